// The page as a person uses it: paste, see the highlights, toggle layers, use the keyboard, the
// panel, the cards and the exports; check the numbers on screen against `analyze` in the same page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { analyzeInPage, articleText, axeViolations, expectedCounts, hoverFirstBox, openPage, screenshotPath, setup, waitReady, waitRendered } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

async function pasteSample(page) {
  await waitReady(page);
  await page.click('#sample');
  await waitRendered(page);
  return page.inputValue('#input');
}

/** Counts of highlights in the rendered article, by layer (first fragments only). */
function domCounts(page) {
  return page.evaluate(() => {
    const art = document.querySelector('#lens .ql-article');
    const n = (t) => art.querySelectorAll(`[data-first][data-t="${t}"]`).length;
    return { q: n('q'), att: n('att'), num: n('num') };
  });
}

function parseCSV(s) {
  const rows = [];
  let row = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

describe('page', () => {
  test('paste an article: highlights match analyze(), every character is rendered, no console errors', async () => {
    const { page, context, log } = await openPage(env);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
    await waitReady(page);
    const sample = await page.evaluate(async () => (await import('./sample.js')).SAMPLE);
    await page.evaluate((t) => navigator.clipboard.writeText(t), sample);
    await page.focus('#input');
    await page.keyboard.press('Control+V');
    await waitRendered(page);
    const text = await page.inputValue('#input');
    assert.equal(text, sample, 'pasted');
    assert.ok(text.length > 1000);
    assert.equal(await articleText(page), text, 'rendered text equals the input');
    const a = await analyzeInPage(page, text);
    assert.ok(a.quotes.length > 0 && a.numbers.length > 0, 'the sample has quotes and numbers');
    const want = expectedCounts(a);
    assert.deepEqual(await domCounts(page), want);
    const legend = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('#lens [data-count]')].map((e) => [e.dataset.count, +e.textContent])));
    assert.deepEqual(legend, { quotes: want.q, attributions: want.att, numbers: want.num });
    // Blocks: boilerplate, captions and timestamps are kept, dimmed.
    const blocks = await page.evaluate(() => [...document.querySelectorAll('#lens .ql-blk')].map((b) => ({
      cls: b.className, text: b.textContent, color: getComputedStyle(b).color,
    })));
    const body = await page.evaluate(() => getComputedStyle(document.querySelector('#lens .ql-blk-paragraph')).color);
    for (const b of a.blocks) {
      const r = blocks.find((x) => x.cls.includes('ql-blk-' + b.kind) && x.text === text.slice(b.start, b.end));
      assert.ok(r, `block ${b.kind} at ${b.start} is rendered whole`);
      if (['boilerplate', 'caption', 'timestamp'].includes(b.kind)) assert.notEqual(r.color, body, `${b.kind} is dimmed`);
    }
    // One speaker's quotes share a colour; quotes of different speakers do not.
    const tints = await page.evaluate(() => [...document.querySelectorAll('#lens [data-first][data-t="q"]')].map((e) => getComputedStyle(e).backgroundColor));
    const sp = a.speakers.filter((s) => s.quotes.length > 1);
    for (const s of sp) {
      const direct = s.quotes.filter((i) => a.quotes[i].kind === 'direct');
      for (const i of direct) assert.equal(tints[i], tints[direct[0]], `quotes of ${s.name} share a tint`);
    }
    const firstDirect = a.speakers.map((s) => s.quotes.find((i) => a.quotes[i].kind === 'direct')).filter((i) => i != null);
    if (firstDirect.length >= 2) assert.notEqual(tints[firstDirect[0]], tints[firstDirect[1]], 'different speakers, different tints');
    // Screen readers get the type and speaker of each highlight (generated content with a text
    // alternative: in the accessibility tree, not in the text).
    const cdp = await context.newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const spoken = nodes.filter((n) => n.role?.value === 'StaticText').map((n) => n.name?.value ?? '');
    const KIND = { direct: 'Direct quote', indirect: 'Reported speech', mixed: 'Mixed quote' };
    const quoteLabels = spoken.filter((s) => /^(Direct quote|Reported speech|Mixed quote)/.test(s));
    assert.equal(quoteLabels.length, a.quotes.length, 'one spoken label per quote');
    for (const q of a.quotes) {
      const want = KIND[q.kind] + (q.speaker ? ' by ' + q.speaker.name : '');
      assert.ok(quoteLabels.some((l) => l.startsWith(want)), `a label says "${want}"`);
    }
    assert.equal(spoken.filter((s) => s.startsWith('Number, ')).length, a.numbers.length, 'one spoken label per number');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.csp, []);
    await context.close();
  });

  test('typing re-analyses live (debounced)', async () => {
    const { page, context } = await openPage(env);
    await waitReady(page);
    await page.click('#input');
    await page.keyboard.type('"Hello there," said Ada Lovelace. It cost $5 million.', { delay: 5 });
    await waitRendered(page);
    const text = await page.inputValue('#input');
    assert.equal(await articleText(page), text);
    assert.deepEqual(await domCounts(page), expectedCounts(await analyzeInPage(page, text)));
    await context.close();
  });

  test('layers toggle on and off; counts stay; hidden layers leave the tab order', async () => {
    const { page, context } = await openPage(env);
    const text = await pasteSample(page);
    const a = await analyzeInPage(page, text);
    const qSel = '#lens [data-first][data-t="q"]';
    const bgOn = await page.$eval(qSel, (e) => getComputedStyle(e).backgroundColor);
    assert.notEqual(bgOn, 'rgba(0, 0, 0, 0)');
    for (const [layer, t] of [['quotes', 'q'], ['attributions', 'att'], ['numbers', 'num']]) {
      const box = page.locator(`#lens input[data-layer="${layer}"]`);
      await box.uncheck();
      const st = await page.evaluate((t) => {
        const els = [...document.querySelectorAll(`#lens [data-first][data-t="${t}"]`)];
        return { tab: els.map((e) => e.tabIndex), hidden: document.querySelector('#lens').classList.contains('ql-hide-' + t) };
      }, t);
      assert.ok(st.hidden, `${layer} hidden`);
      assert.ok(st.tab.every((x) => x === -1), `${layer} out of the tab order`);
      assert.equal(await page.locator(`#lens [data-count="${layer}"]`).textContent(), String(expectedCounts(a)[t]));
      if (t === 'q') assert.equal(await page.$eval(qSel, (e) => getComputedStyle(e).backgroundColor), 'rgba(0, 0, 0, 0)');
      if (t === 'num') {
        const style = await page.$eval('#lens [data-first][data-t="num"]', (e) => getComputedStyle(e).borderBottomStyle);
        assert.equal(style, 'none');
      }
    }
    // All off: j moves nowhere; text is still all there.
    await page.locator('#lens .ql-article').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('j');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.t ?? null), null);
    assert.equal(await articleText(page), text);
    await page.locator('#lens input[data-layer="numbers"]').check();
    await page.keyboard.press('j');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.t), 'num', 'j goes to visible layers only');
    await page.locator('#lens input[data-layer="quotes"]').check();
    assert.equal(await page.$eval(qSel, (e) => getComputedStyle(e).backgroundColor), bgOn);
    await context.close();
  });

  test('keyboard: Tab and j/k move between highlights, cards open on focus, Escape closes, Enter + Copy', async () => {
    const { page, context } = await openPage(env);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
    const text = await pasteSample(page);
    const a = await analyzeInPage(page, text);
    const order = await page.evaluate(() => [...document.querySelectorAll('#lens [data-first]')].map((e) => e.dataset.t + e.dataset.i));
    const active = () => page.evaluate(() => (document.activeElement.dataset.t ?? '') + (document.activeElement.dataset.i ?? ''));
    // Tab from the last legend toggle lands on the first highlight.
    await page.focus('#lens input[data-layer="numbers"]');
    await page.keyboard.press('Tab');
    assert.equal(await active(), order[0]);
    await page.keyboard.press('Tab');
    assert.equal(await active(), order[1]);
    await page.keyboard.press('Shift+Tab');
    assert.equal(await active(), order[0]);
    assert.ok(await page.isVisible('#lens .ql-card'), 'focus shows the card');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    assert.equal(await active(), order[2]);
    await page.keyboard.press('k');
    assert.equal(await active(), order[1]);
    await page.keyboard.press('Escape');
    assert.ok(await page.isHidden('#lens .ql-card'), 'Escape closes the card');
    // j/k also work from outside the article (focus on the page body).
    await page.evaluate(() => document.activeElement.blur());
    await page.keyboard.press('j');
    assert.equal(await active(), order[0]);
    // Go to a quote with a speaker: its card shows speaker, resolution, cue, confidence.
    const qi = a.quotes.findIndex((q) => q.speaker && q.cue);
    assert.ok(qi >= 0, 'the sample has an attributed quote');
    const q = a.quotes[qi];
    while ((await active()) !== 'q' + qi) await page.keyboard.press('j');
    const card = await page.locator('#lens .ql-card').textContent();
    assert.ok(card.includes(q.speaker.name), 'card names the speaker');
    assert.ok(card.includes(q.cue.text), 'card shows the cue');
    assert.ok(card.includes(Math.round(q.confidence * 100) + '%'), 'card shows the confidence');
    assert.match(card, /named as written|resolved from/);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-describedby')),
      await page.getAttribute('#lens .ql-card', 'id'), 'the card describes the focused highlight');
    // Enter pins the card and focuses its Copy button; Enter copies quote + attribution.
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'ql-copy');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#lens .ql-copy-msg').textContent === 'Copied');
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(clip.includes(q.text) && clip.includes(q.speaker.name), `clipboard has quote and speaker: ${clip}`);
    await page.keyboard.press('Escape');
    assert.ok(await page.isHidden('#lens .ql-card'));
    assert.equal(await active(), 'q' + qi, 'Escape returns focus to the quote');
    await context.close();
  });

  test('hover shows cards; numbers show their normalised value', async () => {
    const { page, context } = await openPage(env);
    const text = await pasteSample(page);
    const a = await analyzeInPage(page, text);
    const ni = a.numbers.findIndex((n) => n.unit && typeof n.value === 'number');
    assert.ok(ni >= 0, 'the sample has a number with a unit');
    const n = a.numbers[ni];
    await hoverFirstBox(page, `#lens [data-first][data-t="num"][data-i="${ni}"]`);
    await page.waitForSelector('#lens .ql-card:not([hidden])');
    const value = await page.locator('#lens .ql-card [data-value]').textContent();
    assert.ok(value.includes(n.value.toLocaleString('en-US')), `value shown: ${value}`);
    assert.ok(value.includes(n.unit), `unit shown: ${value}`);
    // Hovering a quote shows a quote card.
    await hoverFirstBox(page, '#lens [data-first][data-t="q"]');
    await page.waitForFunction(() => document.querySelector('#lens .ql-card').dataset.kind === 'quote');
    // Moving away closes it.
    await page.mouse.move(1, 1);
    await page.waitForSelector('#lens .ql-card', { state: 'hidden' });
    // A click pins a quote's card (the pointer can leave); a click elsewhere closes it.
    await page.click('#lens [data-first][data-t="q"]');
    await page.mouse.move(1, 1);
    await page.waitForTimeout(400);
    assert.ok(await page.isVisible('#lens .ql-card'), 'pinned card stays');
    await page.mouse.click(5, 5);
    await page.waitForSelector('#lens .ql-card', { state: 'hidden' });
    await context.close();
  });

  test('attributions are linked to their quotes: hover marks the pair, Enter and click jump to the quote', async () => {
    const { page, context } = await openPage(env);
    const text = await pasteSample(page);
    const a = await analyzeInPage(page, text);
    const qi = a.quotes.findIndex((q) => q.speaker);
    assert.ok(qi >= 0);
    const q = a.quotes[qi];
    const att = await page.evaluate(([s, e]) => {
      const el = [...document.querySelectorAll('#lens [data-first][data-t="att"]')].find((x) => x.classList.contains('ql-att-speaker') &&
        x.textContent === document.getElementById('input').value.slice(s, e));
      return el ? el.dataset.i : null;
    }, [q.speaker.start, q.speaker.end]);
    assert.ok(att != null, 'the speaker mention is marked');
    const sel = `#lens [data-first][data-t="att"][data-i="${att}"]`;
    await hoverFirstBox(page, sel);
    await page.waitForFunction((i) => [...document.querySelectorAll('#lens .ql-linked')].some((e) => e.dataset.t === 'q' && e.dataset.i === String(i)), qi);
    assert.equal(await page.locator('#lens .ql-card').getAttribute('data-kind'), 'attribution');
    const quotesOfMention = a.quotes.map((x, i) => (x.speaker && x.speaker.start === q.speaker.start && x.speaker.end === q.speaker.end ? i : -1)).filter((i) => i >= 0);
    await page.focus(sel);
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement.dataset.t + document.activeElement.dataset.i);
    assert.equal(focused, 'q' + quotesOfMention[0], 'Enter on a speaker mention goes to its quote');
    await context.close();
  });

  test('who said what: speakers, counts, jump-and-flash, filter to one speaker', async () => {
    const { page, context } = await openPage(env);
    const text = await pasteSample(page);
    const a = await analyzeInPage(page, text);
    const panel = await page.evaluate(() => [...document.querySelectorAll('#lens .ql-speaker')].map((li) => ({
      si: +li.dataset.speaker,
      name: li.querySelector('.ql-speaker-name').textContent,
      count: li.querySelector('.ql-speaker-count').textContent,
      quotes: [...li.querySelectorAll('.ql-quote-link')].map((b) => +b.dataset.quote),
    })));
    const named = panel.filter((p) => p.si >= 0);
    assert.equal(named.length, a.speakers.length);
    named.forEach((p, i) => {
      assert.equal(p.name, a.speakers[i].name);
      assert.equal(p.quotes.length, a.speakers[i].quotes.length);
      assert.ok(p.count.startsWith(String(a.speakers[i].quotes.length)));
      assert.deepEqual(p.quotes, [...p.quotes].sort((x, y) => x - y), 'quotes in text order');
    });
    const listed = panel.flatMap((p) => p.quotes).sort((x, y) => x - y);
    assert.deepEqual(listed, a.quotes.map((_, i) => i), 'every quote is listed once');
    // Click a quote in the panel: it is focused and flashes.
    const target = panel[panel.length - 1].quotes.at(-1);
    await page.click(`#lens .ql-quote-link[data-quote="${target}"]`);
    const st = await page.evaluate(() => ({ t: document.activeElement.dataset.t, i: document.activeElement.dataset.i, flash: document.activeElement.classList.contains('ql-flash') }));
    assert.deepEqual(st, { t: 'q', i: String(target), flash: true });
    // Filter to the first speaker.
    const s0 = a.speakers[0];
    await page.click('#lens .ql-speaker[data-speaker="0"] .ql-filter');
    const f = await page.evaluate(() => ({
      on: document.querySelector('#lens .ql-article').classList.contains('ql-filtering'),
      match: [...document.querySelectorAll('#lens .ql-match[data-first]')].map((e) => +e.dataset.i),
      pressed: document.querySelector('#lens .ql-speaker[data-speaker="0"] .ql-filter').getAttribute('aria-pressed'),
    }));
    assert.ok(f.on);
    assert.equal(f.pressed, 'true');
    assert.deepEqual(f.match, s0.quotes);
    const other = a.quotes.findIndex((_, i) => !s0.quotes.includes(i));
    if (other >= 0) {
      const bg = await page.$eval(`#lens [data-first][data-t="q"][data-i="${other}"]`, (e) => getComputedStyle(e).backgroundColor);
      assert.equal(bg, 'rgba(0, 0, 0, 0)', 'other speakers are not tinted while filtering');
    }
    assert.equal(await articleText(page), text, 'filtering never drops text');
    await page.click('#lens .ql-speaker[data-speaker="0"] .ql-filter');
    assert.equal(await page.evaluate(() => document.querySelector('#lens .ql-article').classList.contains('ql-filtering')), false);
    await context.close();
  });

  test('export JSON, CSV (quotes, numbers) and a Markdown quote sheet', async () => {
    const { page, context } = await openPage(env);
    const text = await pasteSample(page);
    const a = await analyzeInPage(page, text);
    const get = async (kind) => {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
      return { name: dl.suggestedFilename(), body: await readFile(await dl.path(), 'utf8') };
    };
    const json = await get('json');
    assert.match(json.name, /\.json$/);
    const j = JSON.parse(json.body);
    assert.equal(j.text, text);
    assert.deepEqual(j.analysis, a);

    const cq = await get('csv-quotes');
    assert.match(cq.name, /quotes\.csv$/);
    const rq = parseCSV(cq.body);
    assert.equal(rq.length, a.quotes.length + 1, 'header + one row per quote');
    const h = rq[0];
    rq.slice(1).forEach((r, i) => {
      const q = a.quotes[i];
      assert.equal(r[h.indexOf('text')].replace(/^'/, ''), q.text);
      assert.equal(r[h.indexOf('speaker')], q.speaker ? q.speaker.name : '');
      assert.equal(+r[h.indexOf('start')], q.start);
    });

    const cn = await get('csv-numbers');
    const rn = parseCSV(cn.body);
    assert.equal(rn.length, a.numbers.length + 1, 'header + one row per number');
    const hn = rn[0];
    rn.slice(1).forEach((r, i) => {
      assert.equal(r[hn.indexOf('text')].replace(/^'/, ''), a.numbers[i].text);
      assert.equal(r[hn.indexOf('kind')], a.numbers[i].kind);
    });

    const md = await get('markdown');
    assert.match(md.name, /\.md$/);
    assert.match(md.body, /^# Quote sheet: /);
    for (const s of a.speakers) assert.ok(md.body.includes(`## ${s.name} (${s.quotes.length})`), `section for ${s.name}`);
    assert.equal((md.body.match(/^> — /gm) || []).length, a.quotes.length, 'one entry per quote');
    await context.close();
  });

  test('open and drop files: .txt as is, .html reduced to text (nothing run or inserted)', async () => {
    const { page, context, log } = await openPage(env);
    await waitReady(page);
    const txt = '"Files work," said Bo Lin.\r\nIt took 3 days.\n';
    await page.setInputFiles('#file', { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from(txt) });
    await page.waitForFunction(() => document.getElementById('input').value.includes('Files work'));
    await waitRendered(page);
    assert.equal(await articleText(page), txt, 'the file is analysed exactly, CRLF included');
    const html = '<html><head><title>T</title><script>alert("head")</script></head><body><h1>Big news</h1>' +
      '<p>&ldquo;We won,&rdquo; said Ana Ruiz. <img src=x onerror="alert(1)"><b>42</b> votes.</p><script>alert(2)</script></body></html>';
    const dt = await page.evaluateHandle((h) => {
      const d = new DataTransfer();
      d.items.add(new File([h], 'story.html', { type: 'text/html' }));
      return d;
    }, html);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: dt });
    assert.ok(await page.isVisible('#drop'), 'drop zone shows while dragging');
    await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
    await page.waitForFunction(() => document.getElementById('input').value.includes('We won'));
    await waitRendered(page);
    const value = await page.inputValue('#input');
    assert.equal(value, 'Big news\n\n“We won,” said Ana Ruiz. 42 votes.\n');
    assert.equal(await articleText(page), value);
    assert.equal(await page.locator('img, #lens script').count(), 0);
    assert.deepEqual(log.dialogs, []);
    assert.ok(await page.isHidden('#drop'));
    await context.close();
  });

  test('narrow (320 px), print, light and dark: no overflow, no axe violations, screenshots', async () => {
    for (const scheme of ['light', 'dark']) {
      const { page, context } = await openPage(env, '', { viewport: { width: 1280, height: 1000 }, colorScheme: scheme });
      await pasteSample(page);
      // A card open, as a reader would see it.
      const qi = await page.evaluate(() => {
        const e = [...document.querySelectorAll('#lens .ql-blk-paragraph [data-first][data-t="q"]')].find((x) => x.dataset.label.includes(' by '));
        return e ? e.dataset.i : '0';
      });
      await page.focus(`#lens [data-first][data-t="q"][data-i="${qi}"]`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: screenshotPath(`screenshot-${scheme}.png`) });
      const v = await axeViolations(page);
      assert.deepEqual(v, [], `axe (${scheme}): ` + JSON.stringify(v, null, 1));
      await page.setViewportSize({ width: 320, height: 800 });
      await page.keyboard.press('Escape');
      const sw = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(sw <= 320, `no horizontal scroll at 320 px (scrollWidth ${sw})`);
      const v320 = await axeViolations(page);
      assert.deepEqual(v320, [], `axe at 320 px (${scheme}): ` + JSON.stringify(v320, null, 1));
      if (scheme === 'dark') {
        // Printing from a dark-mode browser still gives dark text on white paper.
        await page.emulateMedia({ media: 'print' });
        const ink = await page.evaluate(() => [document.querySelector('.brand'), document.querySelector('#lens .ql-blk-paragraph')].map((e) => getComputedStyle(e).color));
        assert.deepEqual(ink, ['rgb(0, 0, 0)', 'rgb(0, 0, 0)']);
        await page.emulateMedia({ media: 'screen' });
      }
      if (scheme === 'light') {
        await page.screenshot({ path: screenshotPath('screenshot-narrow.png') });
        await page.setViewportSize({ width: 1000, height: 800 });
        await page.emulateMedia({ media: 'print' });
        const p = await page.evaluate(() => ({
          input: getComputedStyle(document.querySelector('.input')).display,
          exportBar: getComputedStyle(document.querySelector('.export')).display,
          article: getComputedStyle(document.querySelector('#lens .ql-article')).display,
          bg: getComputedStyle(document.body).backgroundColor,
        }));
        assert.deepEqual(p, { input: 'none', exportBar: 'none', article: 'block', bg: 'rgb(255, 255, 255)' });
        const pdf = await page.pdf({ format: 'A4' });
        assert.ok(pdf.length > 10_000, 'prints to PDF');
      }
      await context.close();
    }
  });
});

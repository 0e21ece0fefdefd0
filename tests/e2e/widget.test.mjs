// The <quote-lens> widget embedded in a third-party-looking blog (www/embed.html): it renders its
// content and a textarea live, honours `layers` and `panel`, emits `quote-lens:analyzed`, exports
// analyze(), and styles leak in neither direction; theming works through custom properties and ::part.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, expectedCounts, openPage, screenshotPath, setup } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

async function openEmbed(opts) {
  const o = await openPage(env, 'embed.html', opts);
  await o.page.waitForFunction(() => [...document.querySelectorAll('quote-lens')].every((e) => e.dataset.state === 'done'));
  return o;
}

function widgetState(page, sel) {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    const sr = el.shadowRoot;
    const n = (t) => sr.querySelectorAll(`.ql-article [data-first][data-t="${t}"]`).length;
    return {
      text: el.text,
      rendered: sr.querySelector('.ql-article').textContent,
      counts: { q: n('q'), att: n('att'), num: n('num') },
      legend: Object.fromEntries([...sr.querySelectorAll('[data-count]')].map((e) => [e.dataset.count, +e.textContent])),
      hidden: ['q', 'att', 'num'].filter((t) => sr.querySelector('.ql').classList.contains('ql-hide-' + t)),
      panel: !!sr.querySelector('.ql-panel'),
    };
  }, sel);
}

describe('widget', () => {
  test('two widgets render their text with the highlights analyze() finds', async () => {
    const { page, context, log } = await openEmbed();
    for (const sel of ['#excerpt', '#themed']) {
      const st = await widgetState(page, sel);
      assert.ok(st.text.length > 50);
      assert.equal(st.rendered, st.text, `${sel}: every character`);
      const a = await page.evaluate(async (t) => (await import('./dist/quote-lens.js')).analyze(t), st.text);
      const want = expectedCounts(a);
      assert.deepEqual(st.counts, want, `${sel}: highlight counts`);
      assert.deepEqual(st.legend, { quotes: want.q, attributions: want.att, numbers: want.num });
      assert.ok(want.q > 0 && want.num > 0, `${sel} has quotes and numbers`);
    }
    // Content text is dedented: the markup's indentation is not part of the text.
    const ex = await widgetState(page, '#excerpt');
    assert.ok(ex.text.startsWith('"We counted'), JSON.stringify(ex.text.slice(0, 20)));
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.csp, []);
    await context.close();
  });

  test('attributes: layers and panel; changing them re-renders', async () => {
    const { page, context } = await openEmbed();
    const ex = await widgetState(page, '#excerpt');
    assert.deepEqual(ex.hidden, []);
    assert.equal(ex.panel, true);
    const th = await widgetState(page, '#themed');
    assert.deepEqual(th.hidden, ['att'], 'layers="quotes numbers" hides attributions');
    assert.equal(th.panel, false);
    const tabbable = await page.evaluate(() => [...document.querySelector('#themed').shadowRoot.querySelectorAll('[data-first][data-t="att"]')].map((e) => e.tabIndex));
    assert.ok(tabbable.every((t) => t === -1));
    await page.evaluate(() => {
      const el = document.querySelector('#themed');
      el.setAttribute('layers', 'numbers');
      el.setAttribute('panel', '');
    });
    const th2 = await widgetState(page, '#themed');
    assert.deepEqual(th2.hidden, ['q', 'att']);
    assert.equal(th2.panel, true);
    assert.equal(th2.rendered, th2.text);
    await context.close();
  });

  test('follows its textarea live and emits quote-lens:analyzed with the analysis', async () => {
    const { page, context } = await openEmbed();
    await page.evaluate(() => {
      window.__events = [];
      document.addEventListener('quote-lens:analyzed', (e) => window.__events.push({ id: e.target.id, detail: e.detail }));
    });
    await page.click('#draft');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('"Numbers matter," said Dana Wu. The fund grew by 12% to $4.5 billion in 2024.', { delay: 2 });
    await page.waitForFunction(() => window.__events.some((e) => e.id === 'themed' && e.detail.text.endsWith('2024.')));
    const ev = await page.evaluate(() => window.__events.filter((e) => e.id === 'themed').at(-1).detail);
    assert.equal(ev.text, await page.inputValue('#draft'));
    const a = await page.evaluate(async (t) => (await import('./dist/quote-lens.js')).analyze(t), ev.text);
    assert.deepEqual(ev.analysis, a, 'the event carries the analysis');
    const st = await widgetState(page, '#themed');
    assert.equal(st.rendered, ev.text);
    assert.deepEqual(st.counts, expectedCounts(a));
    assert.deepEqual(await page.evaluate(() => document.querySelector('#themed').analysis), a, 'and so does the element');
    // Content widgets follow their content too.
    await page.evaluate(() => {
      document.querySelector('#excerpt').textContent = '"Changed," said Lee Park. 7 people agreed.';
    });
    await page.waitForFunction(() => window.__events.some((e) => e.id === 'excerpt' && e.detail.text.startsWith('"Changed')));
    assert.equal((await widgetState(page, '#excerpt')).rendered, '"Changed," said Lee Park. 7 people agreed.');
    await context.close();
  });

  test('a long input is analysed by the shipped worker (www/dist/worker.js) with the same result', async () => {
    const { page, context, log } = await openEmbed();
    await page.evaluate(() => {
      window.__events = [];
      document.addEventListener('quote-lens:analyzed', (e) => window.__events.push({ id: e.target.id, detail: e.detail }));
      const para = '"We will rebuild the pier," said Ines Moller, the harbour chief. About 1,200 boats use it each year.\n\n';
      const draft = document.querySelector('#draft');
      draft.value = para.repeat(300); // about 30,000 characters: over the worker threshold
      document.querySelector('#themed').refresh();
    });
    await page.waitForFunction(() => window.__events.some((e) => e.id === 'themed' && e.detail.text.length > 20000), null, { timeout: 20_000 });
    const ev = await page.evaluate(() => window.__events.filter((e) => e.id === 'themed').at(-1).detail);
    assert.equal(ev.engine, 'worker');
    const a = await page.evaluate(async (t) => (await import('./dist/quote-lens.js')).analyze(t), ev.text);
    assert.deepEqual(ev.analysis, a, 'worker and main thread agree');
    assert.equal(a.quotes.length, 300);
    assert.equal(a.numbers.length, 300);
    assert.equal((await widgetState(page, '#themed')).rendered, ev.text);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.csp, []);
    await context.close();
  });

  test('keyboard and cards work inside the widget', async () => {
    const { page, context } = await openEmbed();
    const first = 'quote-lens#excerpt [data-first]';
    await page.focus(first);
    const active = () => page.evaluate(() => {
      const a = document.querySelector('#excerpt').shadowRoot.activeElement;
      return a ? (a.dataset.t ?? a.tagName) + (a.dataset.i ?? '') : null;
    });
    const order = await page.evaluate(() => [...document.querySelector('#excerpt').shadowRoot.querySelectorAll('[data-first]')].map((e) => e.dataset.t + e.dataset.i));
    assert.equal(await active(), order[0]);
    assert.ok(await page.isVisible('quote-lens#excerpt .ql-card'));
    await page.keyboard.press('j');
    assert.equal(await active(), order[1]);
    await page.keyboard.press('Tab');
    assert.equal(await active(), order[2]);
    await page.keyboard.press('k');
    assert.equal(await active(), order[1]);
    await page.keyboard.press('Escape');
    assert.ok(await page.isHidden('quote-lens#excerpt .ql-card'));
    // Panel quote buttons jump into the article.
    await page.click('quote-lens#excerpt .ql-quote-link');
    assert.match(await active(), /^q\d+$/);
    await context.close();
  });

  for (const topLayer of [true, false]) test(`the card opens by its highlight inside a transformed, clipped, stacked host (${topLayer ? 'top layer' : 'no popover API'})`, async () => {
    const { page, context } = await openEmbed();
    // Browsers without the popover API: the card stays a fixed box, moved by what it measures.
    if (!topLayer) await page.evaluate(() => document.querySelector('#excerpt').shadowRoot.querySelector('.ql-card').removeAttribute('popover'));
    // Host pages put widgets in transformed, overflow-clipped boxes under high z-index headers:
    // a transform makes the ancestor the containing block of a position: fixed card.
    await page.evaluate(() => {
      const host = document.querySelector('#excerpt').parentElement;
      Object.assign(host.style, { transform: 'translate(37px, 23px)', overflow: 'hidden', position: 'relative', zIndex: '0' });
    });
    const first = 'quote-lens#excerpt [data-first]';
    await page.focus(first);
    assert.ok(await page.isVisible('quote-lens#excerpt .ql-card'));
    const geo = await page.evaluate(() => {
      const sr = document.querySelector('#excerpt').shadowRoot;
      const h = sr.querySelector('[data-first]').getBoundingClientRect();
      const c = sr.querySelector('.ql-card').getBoundingClientRect();
      const mid = document.elementFromPoint(c.left + c.width / 2, c.top + Math.min(10, c.height / 2));
      return { h: { left: h.left, top: h.top, bottom: h.bottom }, c: { left: c.left, top: c.top, bottom: c.bottom, width: c.width },
        vw: document.documentElement.clientWidth, onTop: mid === document.querySelector('#excerpt'),
        popover: sr.querySelector('.ql-card').matches('[popover]:popover-open') };
    });
    // Below the highlight (6px gap) or above it, never shifted by the ancestor's transform.
    const below = Math.abs(geo.c.top - (geo.h.bottom + 6)) <= 1;
    const above = Math.abs(geo.c.bottom - (geo.h.top - 6)) <= 1;
    assert.ok(below || above, `card at ${JSON.stringify(geo.c)} for highlight ${JSON.stringify(geo.h)}`);
    assert.ok(geo.c.left >= 7 && geo.c.left + geo.c.width <= geo.vw - 7, 'card inside the viewport');
    assert.ok(Math.abs(geo.c.left - Math.max(8, Math.min(geo.h.left, geo.vw - geo.c.width - 8))) <= 1, 'card aligned with the highlight');
    assert.equal(geo.popover, topLayer);
    if (topLayer) assert.ok(geo.onTop, 'nothing of the host page covers the card');
    await context.close();
  });

  test('styles leak in neither direction; theming via custom properties and ::part', async () => {
    const { page, context } = await openEmbed();
    const st = await page.evaluate(() => {
      const cs = (e, p) => getComputedStyle(e).getPropertyValue(p);
      const sr = document.querySelector('#excerpt').shadowRoot;
      const art = sr.querySelector('.ql-article');
      const q = sr.querySelector('[data-t="q"]');
      const num = sr.querySelector('[data-t="num"]');
      const th = document.querySelector('#themed').shadowRoot;
      return {
        inside: {
          transform: cs(art, 'text-transform'),
          spanStyle: cs(q, 'font-style'),
          spanColor: cs(q, 'color'),
          qDecoration: cs(q, 'text-decoration-line'),
          qBg: cs(q, 'background-color'),
          numBorderTop: cs(num, 'border-top-style'),
          lineHeight: cs(sr.querySelector('.ql-legend'), 'line-height'),
          button: cs(sr.querySelector('.ql-filter'), 'font-size'),
          letterSpacing: cs(art, 'letter-spacing'),
        },
        outside: {
          q: cs(document.getElementById('outside-q'), 'background-color'),
          qDecoration: cs(document.getElementById('outside-q'), 'text-decoration-line'),
          num: cs(document.getElementById('outside-num'), 'border-top-style'),
          mark: cs(document.getElementById('outside-mark'), 'background-color'),
          bodyFont: cs(document.body, 'font-family'),
          linkStyles: document.querySelectorAll('link[rel=stylesheet]').length,
          docStyleSheets: document.styleSheets.length,
        },
        themed: {
          radius: cs(th.querySelector('.ql-widget'), 'border-top-left-radius'),
          font: cs(th.querySelector('.ql-article'), 'font-family'),
          bg: cs(th.querySelector('.ql-widget'), 'background-color'),
          numColor: cs(th.querySelector('[data-first][data-t="num"]'), 'color'),
        },
      };
    });
    // Inside: the blog's rules (uppercase .ql-article, oblique red spans, struck-through .ql-q,
    // bordered .ql-num, 24px buttons, line-height 2, letter-spacing) do not apply.
    assert.equal(st.inside.transform, 'none');
    assert.equal(st.inside.spanStyle, 'normal');
    assert.notEqual(st.inside.spanColor, 'rgb(122, 31, 0)');
    assert.equal(st.inside.qDecoration, 'none');
    assert.notEqual(st.inside.qBg, 'rgb(43, 33, 24)');
    assert.equal(st.inside.numBorderTop, 'none');
    assert.notEqual(st.inside.button, '24px');
    assert.equal(st.inside.letterSpacing, 'normal');
    // Outside: the widget's class names keep the blog's meaning.
    assert.equal(st.outside.q, 'rgb(43, 33, 24)');
    assert.equal(st.outside.qDecoration, 'line-through');
    assert.equal(st.outside.num, 'solid');
    assert.equal(st.outside.mark, 'rgb(255, 212, 0)');
    assert.match(st.outside.bodyFont, /Palatino/);
    assert.equal(st.outside.linkStyles, 1, 'the widget adds no stylesheet to the document');
    assert.equal(st.outside.docStyleSheets, 1);
    // Theming: ::part(root) squares the corners, custom properties set font and colours.
    assert.equal(st.themed.radius, '0px');
    assert.match(st.themed.font, /Palatino/);
    assert.equal(st.themed.bg, 'rgb(255, 253, 248)');
    assert.equal(st.themed.numColor, 'rgb(90, 22, 0)', '--ql-number colours the numbers');
    await context.close();
  });

  test('the embed page passes axe, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const { page, context } = await openEmbed({ colorScheme, viewport: { width: 1000, height: 1000 } });
      if (colorScheme === 'light') await page.screenshot({ path: screenshotPath('screenshot-embed.png'), fullPage: true });
      const v = await axeViolations(page);
      assert.deepEqual(v, [], `${colorScheme}: ${JSON.stringify(v, null, 1)}`);
      await context.close();
    }
  });
});

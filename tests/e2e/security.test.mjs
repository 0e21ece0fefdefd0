// Hostile and messy input: pasted HTML stays literal text (page and widget), nothing runs, nothing
// navigates; every character survives (emoji, CJK, combining marks, RTL, CRLF, NBSP, zero-width);
// the strict CSP is never violated; no network request after load; no HTML-building APIs in www/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { analyzeInPage, articleText, expectedCounts, hoverFirstBox, openPage, setup, waitReady, waitRendered } from './helpers.mjs';

const WWW = fileURLToPath(new URL('../../www/', import.meta.url));

export const HOSTILE = [
  'Breaking: <img src=x onerror="alert(\'img\')"> and <script>alert("script")</script> were pasted.',
  '',
  '"Click <a href="javascript:alert(\'js\')">here</a>," said <b>Eve Mallory</b>, who paid $3,000.',
  '',
  '<iframe src="javascript:alert(2)"></iframe><svg onload="alert(3)"><style>body{display:none}</style>',
  '&lt;b&gt;entities&lt;/b&gt; &amp; &#x3C;img src=x onerror=alert(4)&#x3E; &quot;not a quote&quot; &nbsp;',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(5)"><form action="https://example.com"><button>Go</button></form>',
  '"</span><span onmouseover=alert(6)>hover me</span>," she said.',
].join('\n');

export const UNICODE = [
  'Emoji 👩‍👩‍👧‍👦 and flags 🇳🇬🇺🇦: "We raised 💶 4 million 🎉," said Zoë Ødegård.',
  'CJK: 「東京で３００人が集まった」と田中氏は語った。中文：“我们会回来的，”他说。',
  'Combining: e\u0301 n\u0303 a\u0308\u0304 Z\u0351\u0352\u0353; Hangul: 한국어 텍스트.',
  'RTL: "שלום עולם," אמר דוד כהן. قال أحمد: «سنعود في ٢٠٢٥». \u202Eevil\u202C \u200Fmark\u200E',
  'NBSP:\u00A0100\u00A0km, narrow\u202F5\u202F%, ZW: a\u200Bb\u200Cc\u200Dd\uFEFFe, soft\u00ADhyphen, tab\there.',
  '',
  '   "Indented quote," said Ana.   ',
].join('\r\n');

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** No element in `root` other than the renderer's spans; none created from the pasted markup. */
function foreignElements(page, selector) {
  return page.evaluate((sel) => {
    const [host, inner] = sel.split(' >>> ');
    const scope = inner ? document.querySelector(host).shadowRoot.querySelector(inner) : document.querySelector(host);
    return [...scope.querySelectorAll('*')].filter((e) => e.tagName !== 'SPAN' || [...e.attributes].some((a) => /^on/i.test(a.name) || a.name === 'href' || a.name === 'src'))
      .map((e) => e.outerHTML.slice(0, 80));
  }, selector);
}

function globalForeign(page) {
  return page.evaluate(() => ({
    elements: document.querySelectorAll('img, iframe, svg, style, form, meta[http-equiv], script:not([src])').length,
    jsLinks: document.querySelectorAll('a[href^="javascript"]').length,
    handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
  }));
}


describe('security and robustness', () => {
  test('hostile HTML pasted into the page is literal text: nothing created, run or navigated', async () => {
    const { page, context, log } = await openPage(env);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
    await waitReady(page);
    const url = page.url();
    // A real paste, with an HTML flavour on the clipboard too: the textarea takes only the text.
    await page.evaluate(async (t) => {
      const item = new ClipboardItem({
        'text/plain': new Blob([t], { type: 'text/plain' }),
        'text/html': new Blob([t], { type: 'text/html' }),
      });
      await navigator.clipboard.write([item]);
    }, HOSTILE);
    // Chromium sanitises the text/html flavour by parsing it in this document, which the page's
    // CSP duly blocks and reports: those reports are the test's own doing, not the page's.
    await page.waitForTimeout(100);
    log.csp.length = 0;
    log.errors.length = 0;
    await page.focus('#input');
    await page.keyboard.press('Control+V');
    await page.waitForFunction(() => document.getElementById('input').value.length > 0);
    await waitRendered(page);
    const value = await page.inputValue('#input');
    assert.equal(value, HOSTILE, 'the paste arrived as text');
    assert.equal(await articleText(page), HOSTILE, 'rendered character for character');
    assert.deepEqual(await foreignElements(page, '#lens .ql-article'), []);
    // Open cards and the panel over the hostile text too.
    for (const h of await page.$$('#lens [data-first]')) await h.focus();
    await page.keyboard.press('Escape');
    await hoverFirstBox(page, '#lens [data-first]');
    await page.waitForSelector('#lens .ql-card:not([hidden])');
    assert.deepEqual(await globalForeign(page), { elements: 0, jsLinks: 0, handlers: 0 });
    const a = await analyzeInPage(page, value);
    const counts = await page.evaluate(() => {
      const n = (t) => document.querySelectorAll(`#lens .ql-article [data-first][data-t="${t}"]`).length;
      return { q: n('q'), att: n('att'), num: n('num') };
    });
    assert.deepEqual(counts, expectedCounts(a));
    await page.waitForTimeout(200);
    assert.deepEqual(log.dialogs, [], 'no dialog');
    assert.equal(page.url(), url, 'no navigation');
    assert.deepEqual(log.navigations, [url]);
    assert.deepEqual(log.csp, [], 'no CSP violation');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('emoji, CJK, combining marks, RTL, CRLF, NBSP and zero-width characters survive exactly', async () => {
    const { page, context, log } = await openPage(env);
    await waitReady(page);
    await page.fill('#input', UNICODE);
    await waitRendered(page);
    const value = await page.inputValue('#input');
    assert.equal(value, UNICODE.replace(/\r\n/g, '\n'), 'a textarea keeps everything but turns CRLF into LF');
    assert.equal(await articleText(page), value);
    // The exact text, CRLF included, through a file.
    await page.setInputFiles('#file', { name: 'u.txt', mimeType: 'text/plain', buffer: Buffer.from(UNICODE) });
    await page.waitForFunction(() => document.getElementById('input').value.startsWith('Emoji'));
    await waitRendered(page);
    assert.equal(await articleText(page), UNICODE);
    const a = await analyzeInPage(page, UNICODE);
    for (const q of a.quotes) assert.equal(UNICODE.slice(q.start, q.end), q.text, 'offsets are UTF-16');
    const rendered = await page.evaluate(() => [...document.querySelectorAll('#lens [data-t="q"]')].reduce((m, e) => {
      (m[e.dataset.i] ??= []).push(e.textContent);
      return m;
    }, {}));
    a.quotes.forEach((q, i) => assert.equal(rendered[i].join(''), q.text, 'each quote highlight covers exactly its text'));
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.csp, []);
    await context.close();
  });

  test('the widget shows hostile and messy text literally, from its content and from a textarea', async () => {
    const { page, context, log } = await openPage(env, 'embed.html');
    await page.waitForFunction(() => [...document.querySelectorAll('quote-lens')].every((e) => e.dataset.state === 'done'));
    const url = page.url();
    const shadowText = (sel) => page.evaluate((s) => document.querySelector(s).shadowRoot.querySelector('.ql-article').textContent, sel);
    // Through the `for` textarea.
    await page.fill('#draft', HOSTILE);
    await page.waitForFunction((t) => document.querySelector('#themed').text === t, HOSTILE);
    await page.waitForFunction(() => document.querySelector('#themed').dataset.state === 'done');
    assert.equal(await shadowText('#themed'), HOSTILE);
    assert.deepEqual(await foreignElements(page, '#themed >>> .ql-article'), []);
    // Through the element's own text content, set by script (CR and LF kept).
    for (const t of [HOSTILE, UNICODE]) {
      await page.evaluate((t) => {
        const el = document.createElement('quote-lens');
        el.id = 'dyn';
        el.setAttribute('panel', '');
        el.textContent = t;
        document.getElementById('dyn')?.remove();
        document.body.append(el);
      }, t);
      await page.waitForFunction(() => document.querySelector('#dyn').dataset.state === 'done');
      assert.equal(await shadowText('#dyn'), t);
      assert.deepEqual(await foreignElements(page, '#dyn >>> .ql-article'), []);
      assert.deepEqual(await foreignElements(page, '#dyn >>> .ql-panel').then((x) => x.filter((h) => !/^<(h2|h3|ul|ol|li|div|p|button|aside)/.test(h))), []);
    }
    assert.deepEqual(await globalForeign(page), { elements: 0, jsLinks: 0, handlers: 0 });
    await page.waitForTimeout(200);
    assert.deepEqual(log.dialogs, []);
    assert.equal(page.url(), url);
    assert.deepEqual(log.csp, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('no network request after load, and no CSP violation, while pasting, analysing, exporting', async () => {
    const { page, context, log } = await openPage(env);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
    await waitReady(page);
    await page.waitForLoadState('networkidle');
    const atLoad = log.requests.length;
    const served = env.requests.length;
    await page.evaluate((t) => navigator.clipboard.writeText(t), HOSTILE + '\n\n' + UNICODE);
    await page.focus('#input');
    await page.keyboard.press('Control+V');
    await waitRendered(page);
    await page.click('#sample');
    await waitRendered(page);
    await hoverFirstBox(page, '#lens [data-first][data-t="num"]');
    await page.locator('#lens input[data-layer="quotes"]').uncheck();
    await page.locator('#lens input[data-layer="quotes"]').check();
    await page.click('#lens .ql-quote-link');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="json"]')]);
    await dl.path();
    await page.waitForTimeout(300);
    const after = log.requests.slice(atLoad).filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'));
    assert.deepEqual(after, [], 'no request after load');
    assert.equal(env.requests.length, served, 'the server saw nothing after load');
    assert.deepEqual(log.csp, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('www/ never builds HTML from strings and has no inline script or style', async () => {
    const files = [];
    const walk = async (dir) => {
      for (const e of await readdir(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) {
          if (e.name !== 'pkg') await walk(p);
        } else files.push(p);
      }
    };
    await walk(WWW);
    assert.ok(files.some((f) => f.endsWith('lens.js')));
    for (const f of files) {
      const s = await readFile(f, 'utf8');
      if (/\.(m?js|html)$/.test(f)) {
        assert.doesNotMatch(s, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(|srcdoc/, f);
      }
      if (f.endsWith('.html')) {
        assert.doesNotMatch(s, /\sstyle\s*=|<style|\son[a-z]+\s*=|javascript:/i, f);
        for (const m of s.matchAll(/<script\b[^>]*>/g)) assert.match(m[0], /\ssrc=/, `${f}: only external scripts`);
        assert.match(s, /<link rel="icon" href="data:,">/, `${f}: favicon link`);
      }
    }
  });
});

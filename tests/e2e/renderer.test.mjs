// The renderer under fire: random, overlapping, crossing, nested, empty and invalid spans (as a
// buggy or future analysis could produce), rendered whole and in tiny chunks. Every character must
// come out once and in order, and every highlight must cover exactly its text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setup, waitReady } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

test('random overlapping spans: every character once, in order; highlights cover exactly their text', async () => {
  const { page, context, log } = await openPage(env);
  await waitReady(page);
  const result = await page.evaluate(async () => {
    const { renderArticle } = await import('./lens.js');
    let seed = 12345;
    const rnd = (n) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const ALPHA = ['a', 'b', ' ', '\n', '\n\n', '"', '👍', 'é', 'ש', '東', '\u200b', '\u00a0', '\r\n', '<b>', '&amp;', '1', '2,000'];
    const failures = [];
    let checked = 0;
    for (let iter = 0; iter < 250; iter++) {
      let text = '';
      const want = rnd(300);
      while (text.length < want) text += ALPHA[rnd(ALPHA.length)];
      const L = text.length;
      const span = () => {
        const r = rnd(10);
        if (r === 0) return { start: rnd(L + 5), end: rnd(L + 5) }; // maybe reversed or out of range
        if (r === 1) return { start: 1.5, end: 3 };
        const s = rnd(L + 1);
        return { start: s, end: Math.min(L, s + rnd(60)) };
      };
      const mention = () => (rnd(3) ? null : { ...span(), name: 'N' + rnd(5), text: 'x', resolution: 'name' });
      const quotes = Array.from({ length: rnd(12) }, () => ({
        ...span(), text: '', kind: ['direct', 'indirect', 'mixed'][rnd(3)], speaker: mention(), cue: rnd(2) ? span() : null,
        via: rnd(5) ? null : mention(), group: 1, confidence: 0.5,
      }));
      quotes.forEach((q) => (q.text = text.slice(q.start, q.end)));
      const numbers = Array.from({ length: rnd(10) }, () => ({ ...span(), text: '', kind: 'count', value: rnd(1000), high: null, unit: rnd(2) ? 'USD' : null, approx: null }));
      const blocks = Array.from({ length: rnd(8) }, () => ({ ...span(), kind: ['paragraph', 'heading', 'caption', 'boilerplate', 'timestamp'][rnd(5)] }));
      const speakers = [{ name: 'N0', mentions: [], quotes: quotes.map((_, i) => i).filter(() => rnd(2)) }];
      const a = { offsets: 'utf16', quotes, numbers, speakers, blocks, sentences: [] };
      const host = document.createElement('div');
      const r = renderArticle(host, text, a, { firstChunk: rnd(3) ? 1e9 : rnd(50), chunk: 1 + rnd(40), budget: 0.01 });
      await r.done;
      checked++;
      const fail = (m) => failures.length < 5 && failures.push({ iter, m, text: JSON.stringify(text).slice(0, 200) });
      if (host.textContent !== text) fail('text differs');
      if ([...host.querySelectorAll('*')].some((e) => e.tagName !== 'SPAN' && !(e.tagName === 'DIV' && e.className === 'ql-group'))) fail('foreign element');
      const valid = (s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= L && s.start < s.end;
      for (const [t, list] of [['q', quotes], ['num', numbers]]) {
        list.forEach((s, i) => {
          const frags = [...host.querySelectorAll(`[data-t="${t}"][data-i="${i}"]`)];
          const firsts = frags.filter((e) => e.hasAttribute('data-first')).length;
          if (!valid(s)) {
            if (frags.length) fail(`invalid ${t}${i} rendered`);
            return;
          }
          if (firsts !== 1) fail(`${t}${i}: ${firsts} first fragments`);
          const got = frags.map((e) => e.textContent).join('');
          if (got !== text.slice(s.start, s.end)) fail(`${t}${i} covers ${JSON.stringify(got)} not ${JSON.stringify(text.slice(s.start, s.end))}`);
        });
      }
    }
    return { failures, checked };
  });
  assert.equal(result.checked, 250);
  assert.deepEqual(result.failures, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

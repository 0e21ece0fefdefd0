// Runs in the benchmark page: quotelens (the release wasm) and compromise over the same texts,
// in the same page, with the same timer. Driven by scripts/bench.mjs.
import init, { analyze } from '/pkg/quotelens.js';
import nlp from '/vendor/compromise/compromise-three.mjs';

const ready = init();

/** Time `fn(text)` on one text: runs it `reps` times and returns ms per run. */
function timeOne(fn, text, reps) {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) fn(text);
  return (performance.now() - t0) / reps;
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), mean: s.reduce((a, b) => a + b, 0) / s.length, n: s.length };
}

const quotelens = (t) => analyze(t);
const compromise = (t) => {
  const doc = nlp(t);
  return [doc.quotations().out('array'), doc.numbers().out('array')];
};

window.runBench = async function runBench(texts, { reps = 20, peerReps = 2 } = {}) {
  await ready;
  for (const t of texts.slice(0, 5)) { quotelens(t); compromise(t); } // warm-up (JIT, allocator)
  const ql = texts.map((t) => timeOne(quotelens, t, reps));
  const cp = texts.map((t) => timeOne(compromise, t, peerReps));
  const chars = texts.reduce((a, t) => a + t.length, 0);
  const bytes = texts.reduce((a, t) => a + new TextEncoder().encode(t).length, 0);
  const qlTotal = ql.reduce((a, b) => a + b, 0);
  const cpTotal = cp.reduce((a, b) => a + b, 0);
  // scaling: one text of ~1 MB and one of ~10 MB made of the corpus articles
  const joined = texts.join('\n\n');
  const make = (target) => joined.repeat(Math.ceil(target / joined.length)).slice(0, target);
  const one = make(1 << 20), ten = make(10 << 20);
  const t1 = timeOne(quotelens, one, 3);
  const t10 = timeOne(quotelens, ten, 1);
  const found = analyze(ten);
  return {
    articles: texts.length, chars, bytes,
    quotelens: stats(ql), compromise: stats(cp),
    ratioMedian: stats(cp).median / stats(ql).median,
    ratioTotal: cpTotal / qlTotal,
    mbPerS: bytes / 1e6 / (qlTotal / 1000),
    scaling: { oneMbMs: t1, tenMbMs: t10, ratio: t10 / t1, tenMbQuotes: found.quotes.length, tenMbNumbers: found.numbers.length },
    crossOriginIsolated: self.crossOriginIsolated,
  };
};
document.getElementById('status').textContent = 'ready';

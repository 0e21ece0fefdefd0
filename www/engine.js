// The analysis engine: the wasm core on the main thread for ordinary articles, and a module
// Worker (worker.js) for large inputs so that the page stays responsive. The compiled
// WebAssembly.Module is shared with the worker, so the wasm is fetched once.
import init, { analyze as wasmAnalyze } from './pkg/quotelens.js';

/** Inputs longer than this (UTF-16 units) are analysed in the worker: long articles already take
 *  the core a noticeable time, and the page must keep answering keys while it works. */
export const WORKER_THRESHOLD = 20_000;

let modP = null;
let readyP = null;
let worker = null;
let workerReady = null;
let seq = 0;
const pending = new Map();

function compile() {
  if (!modP) {
    const url = new URL('./pkg/quotelens_bg.wasm', import.meta.url);
    modP = fetch(url).then(async (res) => {
      if (!res.ok) throw new Error(`quotelens: cannot load ${url.pathname} (${res.status})`);
      return WebAssembly.compile(await res.arrayBuffer());
    });
  }
  return modP;
}

/** Resolves once the core can analyse on this thread. */
export function ready() {
  if (!readyP) readyP = compile().then((module) => init({ module_or_path: module }));
  return readyP;
}

/** Starts the worker now (the page does this at load so that no request is made later). */
export function startWorker() {
  if (workerReady) return workerReady;
  workerReady = compile().then(
    (module) =>
      new Promise((ok) => {
        let w;
        try {
          w = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'quotelens' });
        } catch {
          ok(null);
          return;
        }
        w.addEventListener('message', (e) => {
          const m = e.data;
          if (m.type === 'ready') {
            worker = w;
            ok(w);
          } else if (m.type === 'result' || m.type === 'error') {
            const p = pending.get(m.id);
            pending.delete(m.id);
            if (!p) return;
            if (m.type === 'result') p.ok(m.analysis);
            else p.fail(new Error(m.message));
          }
        });
        w.addEventListener('error', () => {
          // Before it is ready: analyse on the main thread instead. After: fail what was waiting.
          ok(null);
          for (const p of pending.values()) p.fail(new Error('the analysis worker stopped'));
          pending.clear();
        });
        w.postMessage({ type: 'init', module });
      }),
  );
  return workerReady;
}

/** Synchronous analysis (after `ready()`). */
export function analyzeSync(text) {
  return wasmAnalyze(text);
}

/**
 * Analyses `text`; large inputs go to the worker when it can start. Resolves to
 * { analysis, engine: "main" | "worker", ms }.
 */
export async function analyzeText(text) {
  await ready();
  const t0 = performance.now();
  if (text.length > WORKER_THRESHOLD) {
    const w = await startWorker();
    if (w) {
      const id = ++seq;
      const analysis = await new Promise((ok, fail) => {
        pending.set(id, { ok, fail });
        w.postMessage({ type: 'analyze', id, text });
      });
      return { analysis, engine: 'worker', ms: performance.now() - t0 };
    }
  }
  const analysis = wasmAnalyze(text);
  return { analysis, engine: 'main', ms: performance.now() - t0 };
}

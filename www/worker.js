// Module worker: analyses large inputs off the main thread (see engine.js).
import { initSync, analyze } from './pkg/quotelens.js';

self.addEventListener('message', (e) => {
  const m = e.data;
  if (m.type === 'init') {
    try {
      initSync({ module: m.module });
      self.postMessage({ type: 'ready' });
    } catch (err) {
      self.postMessage({ type: 'error', id: 0, message: String(err) });
    }
  } else if (m.type === 'analyze') {
    try {
      self.postMessage({ type: 'result', id: m.id, analysis: analyze(m.text) });
    } catch (err) {
      self.postMessage({ type: 'error', id: m.id, message: String(err && err.message || err) });
    }
  }
});

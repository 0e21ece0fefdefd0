// The quotelens page: input (paste, type, open or drop a file), live analysis, the rendered
// article with its legend and "who said what" panel, and exports.
import { LensView, LARGE, isTyping, htmlToText, toCSVNumbers, toCSVQuotes, toJSON, toMarkdown } from './lens.js';
import { analyzeText, ready, startWorker } from './engine.js';
import { SAMPLE } from './sample.js';

const $ = (id) => document.getElementById(id);
const body = document.body;
const input = $('input');
const status = $('status');
const view = new LensView($('lens'), { panel: true });
const MAX_FILE = 8 * 1024 * 1024;

let rev = 0;
let timer = 0;
let current = null; // { text, analysis }
let fileText = null; // a loaded file's exact text, analysed until the textarea is edited

const nf = new Intl.NumberFormat('en-US');
const plural = (n, one, many) => `${nf.format(n)} ${n === 1 ? one : many}`;

function schedule(delay) {
  clearTimeout(timer);
  rev++;
  body.dataset.state = 'pending';
  const big = input.value.length > LARGE;
  timer = setTimeout(run, delay ?? (big ? 60 : 150));
}

async function run() {
  const my = rev;
  const text = fileText ?? input.value;
  body.toggleAttribute('data-has-text', text.length > 0);
  if (text.length > LARGE) {
    body.dataset.state = 'analysing';
    status.textContent = `Analysing ${plural(text.length, 'character', 'characters')}…`;
  }
  let result;
  try {
    result = await analyzeText(text);
  } catch (err) {
    if (my !== rev) return;
    body.dataset.state = 'error';
    status.textContent = 'The analysis failed: ' + (err && err.message ? err.message : String(err));
    return;
  }
  if (my !== rev) return;
  const { analysis, engine, ms } = result;
  current = { text, analysis };
  const r = view.update(text, analysis);
  body.dataset.renderMs = r.syncMs.toFixed(2);
  body.dataset.analyzeMs = ms.toFixed(1);
  body.dataset.engine = engine;
  body.dataset.state = 'rendering';
  const done = await r.done;
  if (my !== rev) return;
  body.dataset.renderTotalMs = done.totalMs.toFixed(1);
  body.dataset.chars = String(text.length);
  body.dataset.state = 'done';
  status.textContent = text.length
    ? `${plural(text.length, 'character', 'characters')}: ${plural(analysis.quotes.length, 'quote', 'quotes')}, ` +
      `${plural((analysis.speakers || []).length, 'speaker', 'speakers')}, ${plural((analysis.numbers || []).length, 'number', 'numbers')}. ` +
      `Analysed in ${Math.round(ms)} ms${engine === 'worker' ? ' (in a worker)' : ''}, rendered in ${r.syncMs.toFixed(1)} ms` +
      (done.totalMs > r.syncMs + 0.05 ? ` (all of it in ${Math.round(done.totalMs)} ms)` : '') + '.'
    : 'Ready. Paste an article, or try the sample.';
}

input.addEventListener('input', () => {
  fileText = null;
  schedule();
});

$('sample').addEventListener('click', () => {
  fileText = null;
  input.value = SAMPLE;
  schedule(0);
});
$('clear').addEventListener('click', () => {
  fileText = null;
  input.value = '';
  schedule(0);
  input.focus();
});

// Files: open or drop. HTML is parsed in an inert document and reduced to text.
async function loadFile(file) {
  if (!file) return;
  body.dataset.state = 'pending';
  if (file.size > MAX_FILE) {
    status.textContent = `${file.name} is too large (${plural(file.size, 'byte', 'bytes')}); the limit is 8 MB.`;
    body.dataset.state = 'done';
    return;
  }
  const raw = await file.text();
  const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html';
  fileText = isHtml ? htmlToText(raw) : raw;
  input.value = fileText;
  schedule(0);
}
$('file').addEventListener('change', (e) => {
  loadFile(e.target.files[0]);
  e.target.value = '';
});
const drop = $('drop');
let dragDepth = 0;
const hasFiles = (e) => e.dataTransfer && [...(e.dataTransfer.types || [])].includes('Files');
document.addEventListener('dragenter', (e) => {
  if (!hasFiles(e)) return;
  dragDepth++;
  drop.hidden = false;
});
document.addEventListener('dragleave', () => {
  if (dragDepth > 0 && --dragDepth === 0) drop.hidden = true;
});
document.addEventListener('dragover', (e) => {
  if (hasFiles(e)) e.preventDefault();
});
document.addEventListener('drop', (e) => {
  dragDepth = 0;
  drop.hidden = true;
  if (!hasFiles(e)) return;
  e.preventDefault();
  loadFile(e.dataTransfer.files[0]);
});

// Exports.
function slug() {
  const first = (current?.text.split(/\r?\n/).find((l) => l.trim()) || 'article').toLowerCase();
  return 'quotelens-' + (first.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'article');
}
function download(name, type, data) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
for (const b of document.querySelectorAll('[data-export]')) {
  b.addEventListener('click', () => {
    if (!current) {
      status.textContent = 'Nothing to export yet: paste an article first.';
      return;
    }
    const { text, analysis } = current;
    const base = slug();
    switch (b.dataset.export) {
      case 'json': return download(base + '.json', 'application/json', toJSON(text, analysis));
      case 'csv-quotes': return download(base + '-quotes.csv', 'text/csv', toCSVQuotes(analysis));
      case 'csv-numbers': return download(base + '-numbers.csv', 'text/csv', toCSVNumbers(analysis));
      case 'markdown': return download(base + '-quotes.md', 'text/markdown', toMarkdown(text, analysis));
    }
  });
}

// j / k anywhere on the page (the view handles them itself when focus is inside it).
document.addEventListener('keydown', (e) => {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target;
  if (view.root.contains(t)) return;
  if (isTyping(t)) return;
  if (e.key === 'j' || e.key === 'k') {
    if (view.step(e.key === 'j' ? 1 : -1)) e.preventDefault();
  }
});

// Start: the core, then the worker for large inputs (started now so that nothing is fetched later).
ready()
  .then(() => startWorker())
  .then(() => {
    body.dataset.ready = '1';
    if (input.value) schedule(0);
    else {
      body.dataset.state = 'done';
      status.textContent = 'Ready. Paste an article, or try the sample.';
    }
  })
  .catch((err) => {
    body.dataset.state = 'error';
    status.textContent = 'The analyser could not load: ' + (err && err.message ? err.message : String(err));
  });

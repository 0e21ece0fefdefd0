// <quote-lens>: the quotelens widget. No framework; one line embeds it:
//   <script type="module" src="https://your.site/quotelens/quote-lens.js"></script>
//
//   <quote-lens layers="quotes attributions numbers" panel>Article text…</quote-lens>
//   <textarea id="draft"></textarea> <quote-lens for="draft"></quote-lens>
//
// Attributes: `for` (id of a textarea or input whose value is analysed live; otherwise the element's
// own text content is), `layers` (any of "quotes attributions numbers"; default all three),
// `panel` (show the "who said what" panel). Emits `quote-lens:analyzed` (bubbles, composed) with
// detail { text, analysis, engine, ms } after every analysis. Styles live in its shadow root;
// theme it with --ql-* custom properties and ::part(root|legend|article|panel|card|quote|attribution|number).
// The module also exports `analyze(text)` (a Promise of the analysis) for programmatic use.
import { LensView, LAYERS } from './lens.js';
import { analyzeSync, analyzeText, ready } from './engine.js';

export { ready };
export { numberValueText, quoteCitation, toCSVNumbers, toCSVQuotes, toJSON, toMarkdown } from './lens.js';

/** Analyses `text` with the quotelens core; resolves to the analysis object (UTF-16 offsets). */
export async function analyze(text) {
  await ready();
  return analyzeSync(String(text ?? ''));
}

const STYLES = [new URL('./lens.css', import.meta.url).href, new URL('./quote-lens.css', import.meta.url).href];
const LAYER_ALIASES = { quote: 'quotes', quotes: 'quotes', attribution: 'attributions', attributions: 'attributions',
  speakers: 'attributions', number: 'numbers', numbers: 'numbers' };

/** The text of markup content: surrounding blank lines and the common indentation removed. */
function dedent(raw) {
  const s = raw.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/(?:\r?\n[ \t]*)+$/, '');
  const lines = s.split('\n');
  let indent = Infinity;
  for (const l of lines) {
    if (!l.trim()) continue;
    const m = /^[ \t]*/.exec(l)[0].length;
    if (m < indent) indent = m;
  }
  if (!indent || indent === Infinity) return s;
  const re = new RegExp('^[ \\t]{0,' + indent + '}');
  return lines.map((l) => l.replace(re, '')).join('\n');
}

export class QuoteLens extends HTMLElement {
  static get observedAttributes() {
    return ['for', 'layers', 'panel'];
  }

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    for (const href of STYLES) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      shadow.append(link);
    }
    this._view = null;
    this._rootEl = null;
    this._timer = 0;
    this._rev = 0;
    this._source = null;
    this._onInput = () => this._schedule();
    this._observer = new MutationObserver(() => {
      if (!this._source) this._schedule();
    });
    this.analysis = null;
    this.text = '';
  }

  connectedCallback() {
    this._buildView();
    this._bindSource();
    this._schedule(0);
  }

  disconnectedCallback() {
    this._unbindSource();
    this._observer.disconnect();
    clearTimeout(this._timer);
    if (this._view) this._view.destroy();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.isConnected || oldValue === newValue) return;
    if (name === 'for') {
      this._bindSource();
      this._schedule(0);
    } else {
      this._buildView();
      if (this.analysis) this._view.update(this.text, this.analysis);
    }
  }

  /** The layers shown, from the `layers` attribute. */
  get layers() {
    const attr = this.getAttribute('layers');
    if (attr == null || !attr.trim()) return LAYERS.slice();
    const out = new Set();
    for (const w of attr.toLowerCase().split(/[\s,]+/)) if (LAYER_ALIASES[w]) out.add(LAYER_ALIASES[w]);
    return LAYERS.filter((l) => out.has(l));
  }

  /** Re-analyse now (e.g. after setting a textarea's value from script, which fires no event). */
  refresh() {
    this._schedule(0);
  }

  _buildView() {
    if (this._view) this._view.destroy();
    const root = document.createElement('div');
    root.setAttribute('part', 'root');
    root.className = 'ql-widget';
    if (this._rootEl) this._rootEl.replaceWith(root);
    else this.shadowRoot.append(root);
    this._rootEl = root;
    this._view = new LensView(root, { panel: this.hasAttribute('panel'), layers: this.layers, lang: this.closest('[lang]')?.lang });
  }

  _bindSource() {
    this._unbindSource();
    this._observer.disconnect();
    const id = this.getAttribute('for');
    if (id) {
      const rootNode = this.getRootNode();
      const src = (rootNode.getElementById ? rootNode.getElementById(id) : null) || document.getElementById(id);
      if (src) {
        this._source = src;
        src.addEventListener('input', this._onInput);
        return;
      }
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this.isConnected && (this._bindSource(), this._schedule(0)), { once: true });
      }
    }
    this._observer.observe(this, { childList: true, characterData: true, subtree: true });
  }

  _unbindSource() {
    if (this._source) this._source.removeEventListener('input', this._onInput);
    this._source = null;
  }

  _readText() {
    if (this._source) return String(this._source.value ?? this._source.textContent ?? '');
    return dedent(this.textContent || '');
  }

  _schedule(delay = 120) {
    clearTimeout(this._timer);
    this.dataset.state = 'pending';
    this._timer = setTimeout(() => this._run(), delay);
  }

  async _run() {
    const my = ++this._rev;
    const text = this._readText();
    let res;
    try {
      res = await analyzeText(text);
    } catch (err) {
      this.dispatchEvent(new CustomEvent('quote-lens:error', { bubbles: true, composed: true, detail: { error: err } }));
      return;
    }
    if (my !== this._rev || !this.isConnected) return;
    this.text = text;
    this.analysis = res.analysis;
    const r = this._view.update(text, res.analysis);
    await r.done;
    if (my !== this._rev) return;
    this.dataset.state = 'done';
    this.dispatchEvent(new CustomEvent('quote-lens:analyzed', {
      bubbles: true,
      composed: true,
      detail: { text, analysis: res.analysis, engine: res.engine, ms: res.ms, renderMs: r.syncMs },
    }));
  }
}

if (!customElements.get('quote-lens')) customElements.define('quote-lens', QuoteLens);

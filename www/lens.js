// quotelens renderer: turns (text, analysis) into highlighted DOM, with the legend, the
// "who said what" panel and the detail card. Shared by the page (light DOM) and the
// <quote-lens> widget (shadow DOM). Text only ever enters the DOM through text nodes
// (createTextNode / textContent): nothing here builds markup from strings.

export const LAYERS = ['quotes', 'attributions', 'numbers'];
const LAYER_CLASS = { quotes: 'q', attributions: 'att', numbers: 'num' };
export const PALETTE_SIZE = 8;
/** Quotes listed per speaker in the panel before a "Show all" button. */
const PANEL_LIMIT = 50;
/** Inputs above this size render incrementally (and are analysed in a worker by the engine). */
export const LARGE = 200_000;

const RESOLUTION = {
  as_written: 'named as written',
  name: 'resolved from a surname or title',
  pronoun: 'resolved from a pronoun',
  description: 'resolved from a description',
  continuation: 'continues an earlier quote',
};
const KIND = { direct: 'Direct quote', indirect: 'Reported speech', mixed: 'Mixed quote' };
const APPROX = { over: 'more than', under: 'less than', about: 'about', at_least: 'at least', at_most: 'at most' };

export function resolutionText(r) {
  return RESOLUTION[r] || String(r || '');
}

const NF = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
function fmt(v) {
  if (typeof v === 'number' && Number.isFinite(v)) return NF.format(v);
  return v == null ? '' : String(v);
}

/** The normalised value of a number, e.g. "2,000,000,000 USD", "about 40 %", "2024-03-03". */
export function numberValueText(n) {
  let s = fmt(n.value);
  if (n.high != null && n.high !== n.value) s += '–' + fmt(n.high);
  if (n.unit) s += ' ' + n.unit;
  if (n.kind === 'percent' && !n.unit) s += ' %';
  if (n.approx) s = (APPROX[n.approx] || n.approx) + ' ' + s;
  return s.trim() || n.text;
}

/** Speaker index (into analysis.speakers) of every quote, or -1. */
export function quoteSpeakers(a) {
  const out = new Array(a.quotes.length).fill(-1);
  (a.speakers || []).forEach((sp, si) => {
    for (const qi of sp.quotes || []) if (qi >= 0 && qi < out.length && out[qi] < 0) out[qi] = si;
  });
  return out;
}

/** Distinct attribution spans (speaker mention, cue, intermediary), each linked to its quotes. */
export function attributions(a) {
  const byKey = new Map();
  const list = [];
  a.quotes.forEach((q, qi) => {
    for (const [role, m] of [['speaker', q.speaker], ['cue', q.cue], ['via', q.via]]) {
      if (!m || !(m.end > m.start)) continue;
      const key = role + ':' + m.start + ':' + m.end;
      let att = byKey.get(key);
      if (!att) {
        att = { role, start: m.start, end: m.end, text: m.text, name: m.name, resolution: m.resolution, quotes: [] };
        byKey.set(key, att);
        list.push(att);
      }
      att.quotes.push(qi);
    }
  });
  list.sort((x, y) => x.start - y.start || y.end - x.end);
  return list;
}

/** What a quote reads as, with its attribution, for the clipboard and the quote sheet. */
export function quoteCitation(q) {
  const who = q.speaker ? q.speaker.name : 'unattributed';
  const via = q.via ? `, via ${q.via.name}` : '';
  const cue = q.cue ? ` (${q.cue.text})` : '';
  if (q.kind === 'indirect') return `${who}${cue}${via}: ${q.text} [reported speech]`;
  return `“${q.text}” — ${who}${cue}${via}`;
}

// ---------------------------------------------------------------------------------------------
// Segmenting: every span becomes an element; spans are opened in (start, -end, priority) order and
// a span that must close while others opened after it are still open closes them too and they are
// reopened as continuation fragments. Text goes in between as text nodes, so every character of the
// input is emitted exactly once and in order, whatever the nesting or overlap.

const PRIO = { blk: 0, gap: 0, qi: 1, q: 2, att: 3, num: 4 };

function buildSpans(text, a, atts) {
  const len = text.length;
  const ok = (s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= len && s.start < s.end;
  const spans = [];
  // Top level: the blocks, and gaps between them, partition the text.
  const blocks = (a.blocks || []).filter(ok).slice().sort((x, y) => x.start - y.start);
  let pos = 0;
  const gap = (s, e) => {
    if (e <= s) return;
    const t = text.slice(s, e);
    if (/^\s*$/.test(t)) spans.push({ t: 'gap', s, e, p: 0, br: (t.match(/\n/g) || []).length });
    else spans.push({ t: 'blk', s, e, p: 0, kind: 'text' });
  };
  for (const b of blocks) {
    const s = Math.max(b.start, pos);
    if (s >= b.end) continue;
    gap(pos, s);
    spans.push({ t: 'blk', s, e: b.end, p: 0, kind: b.kind });
    pos = b.end;
  }
  gap(pos, len);
  a.quotes.forEach((q, i) => {
    if (ok(q)) spans.push({ t: 'q', s: q.start, e: q.end, p: q.kind === 'direct' ? PRIO.q : PRIO.qi, i });
  });
  atts.forEach((m, i) => {
    if (ok(m)) spans.push({ t: 'att', s: m.start, e: m.end, p: PRIO.att, i });
  });
  (a.numbers || []).forEach((n, i) => {
    if (ok(n)) spans.push({ t: 'num', s: n.start, e: n.end, p: PRIO.num, i });
  });
  spans.sort((x, y) => x.s - y.s || y.e - x.e || x.p - y.p);
  return spans;
}

/**
 * Renders `text` with `analysis` into `container` (emptied first). Builds DOM in DocumentFragments
 * in one pass over the sorted boundaries; inputs above `chunkChars` are rendered in chunks
 * (first screens at once, the rest on later tasks). Returns { index, done, cancel, syncMs }.
 */
export function renderArticle(container, text, a, opts = {}) {
  const doc = container.ownerDocument;
  const t0 = performance.now();
  const atts = opts.atts || attributions(a);
  const qsp = opts.qsp || quoteSpeakers(a);
  const speakers = a.speakers || [];
  const spans = buildSpans(text, a, atts);
  const index = { q: a.quotes.map(() => []), att: atts.map(() => []), num: (a.numbers || []).map(() => []), atts, qsp };
  const firstChunk = opts.firstChunk ?? (text.length > LARGE ? 20_000 : 60_000);
  const chunk = opts.chunk ?? 4_000;

  const labels = {
    q(i) {
      const q = a.quotes[i];
      const si = qsp[i];
      const who = q.speaker ? q.speaker.name : si >= 0 ? speakers[si].name : null;
      return `${KIND[q.kind] || 'Quote'}${who ? ' by ' + who : ', unattributed'}: `;
    },
    att(i) {
      const m = atts[i];
      if (m.role === 'speaker') return `Speaker ${m.name || m.text}: `;
      if (m.role === 'via') return `Intermediary ${m.name || m.text}: `;
      return 'Attribution cue: ';
    },
    num(i) {
      const n = a.numbers[i];
      return `Number, ${n.kind}, ${numberValueText(n)}: `;
    },
  };

  function make(sp, cont) {
    let el;
    if (sp.t === 'gap') {
      el = doc.createElement('span');
      el.className = sp.br >= 2 ? 'ql-gap ql-gap-para' : 'ql-gap';
      return el;
    }
    if (sp.t === 'blk') {
      el = doc.createElement('span');
      el.className = 'ql-blk ql-blk-' + sp.kind;
      return el;
    }
    el = doc.createElement('span');
    let cls;
    if (sp.t === 'q') {
      const q = a.quotes[sp.i];
      const si = qsp[sp.i];
      cls = 'ql-hl ql-q ql-q-' + q.kind + (si >= 0 ? ' ql-spk-' + (si % PALETTE_SIZE) : ' ql-spk-none');
      el.setAttribute('part', 'quote');
    } else if (sp.t === 'att') {
      const m = atts[sp.i];
      const si = qsp[m.quotes[0]];
      cls = 'ql-hl ql-att ql-att-' + m.role + (m.role === 'speaker' && si >= 0 ? ' ql-spk-' + (si % PALETTE_SIZE) : '');
      el.setAttribute('part', 'attribution');
    } else {
      cls = 'ql-hl ql-num ql-num-' + a.numbers[sp.i].kind;
      el.setAttribute('part', 'number');
    }
    el.setAttribute('data-t', sp.t);
    el.setAttribute('data-i', sp.i);
    if (cont) {
      el.className = cls + ' ql-cont';
    } else {
      el.className = cls;
      el.setAttribute('tabindex', opts.hidden && opts.hidden[sp.t] ? '-1' : '0');
      el.setAttribute('data-first', '');
      el.setAttribute('data-label', labels[sp.t](sp.i));
    }
    index[sp.t][sp.i].push(el);
    return el;
  }

  // Walk state, kept across chunks.
  const len = text.length;
  let pos = 0;
  let si = 0;
  const stack = []; // [{sp, el}]
  let cancelled = false;

  function runUntil(limit, root) {
    // Reopen what was open at the end of the previous chunk.
    let parent = root;
    for (const fr of stack) {
      const el = make(fr.sp, true);
      parent.appendChild(el);
      fr.el = el;
      parent = el;
    }
    while (pos < len || si < spans.length || stack.length) {
      let next = si < spans.length ? spans[si].s : len;
      for (const fr of stack) if (fr.sp.e < next) next = fr.sp.e;
      if (next > len) next = len;
      if (next > pos) {
        parent.appendChild(doc.createTextNode(text.slice(pos, next)));
        pos = next;
      }
      // Close every span ending here; reopen the ones above them that go on.
      let k = -1;
      for (let j = 0; j < stack.length; j++) if (stack[j].sp.e <= pos) { k = j; break; }
      if (k >= 0) {
        const above = stack.splice(k);
        parent = k > 0 ? stack[k - 1].el : root;
        for (const fr of above) {
          if (fr.sp.e > pos) {
            const el = make(fr.sp, true);
            parent.appendChild(el);
            stack.push({ sp: fr.sp, el });
            parent = el;
          }
        }
      }
      if (pos >= len && si >= spans.length && !stack.length) return true;
      // A chunk ends only between top-level blocks, so that fragments stay whole.
      if (pos >= limit && !stack.length) return false;
      // Open the spans starting here.
      while (si < spans.length && spans[si].s <= pos) {
        const sp = spans[si++];
        if (sp.e <= pos) continue;
        const el = make(sp, false);
        parent.appendChild(el);
        stack.push({ sp, el });
        parent = el;
      }
    }
    return true;
  }

  // Large texts go in groups of blocks (each chunk one group), so that the article has a few
  // hundred children rather than thousands, and offscreen groups skip layout (content-visibility).
  const large = len > LARGE;
  const group = (f) => {
    if (!large) return f;
    const g = doc.createElement('div');
    g.className = 'ql-group';
    f.appendChild(g);
    return g;
  };
  container.replaceChildren();
  container.classList.toggle('ql-large', large);
  const frag = doc.createDocumentFragment();
  let finished = runUntil(firstChunk, group(frag));
  container.appendChild(frag);
  const syncMs = performance.now() - t0;
  let resolveDone;
  const done = new Promise((r) => (resolveDone = r));
  if (finished) resolveDone({ syncMs, totalMs: syncMs });
  else {
    // The rest in slices, each task working for at most `budget` ms so that input stays responsive.
    const budget = opts.budget ?? 8;
    const step = () => {
      if (cancelled) return;
      const f = doc.createDocumentFragment();
      const t1 = performance.now();
      do finished = runUntil(pos + chunk, group(f));
      while (!finished && performance.now() - t1 < budget);
      container.appendChild(f);
      if (finished) resolveDone({ syncMs, totalMs: performance.now() - t0 });
      else setTimeout(step, 0);
    };
    setTimeout(step, 0);
  }
  return { index, done, syncMs, cancel: () => (cancelled = true) };
}

// ---------------------------------------------------------------------------------------------
// Exports.

export function toJSON(text, a) {
  return JSON.stringify({ generator: 'quotelens', text, analysis: a }, null, 2) + '\n';
}

function csvCell(v) {
  if (v == null) return '';
  if (typeof v === 'number') return String(v);
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s; // keep spreadsheets from evaluating pasted text
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
function csv(rows) {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function toCSVQuotes(a) {
  const rows = [['index', 'kind', 'start', 'end', 'text', 'speaker', 'speaker_mention', 'resolution', 'cue', 'via', 'group', 'confidence']];
  a.quotes.forEach((q, i) =>
    rows.push([i, q.kind, q.start, q.end, q.text, q.speaker?.name ?? '', q.speaker?.text ?? '', q.speaker?.resolution ?? '',
      q.cue?.text ?? '', q.via?.name ?? '', q.group, Math.round(q.confidence * 100) / 100]));
  return csv(rows);
}

export function toCSVNumbers(a) {
  const rows = [['index', 'kind', 'start', 'end', 'text', 'value', 'high', 'unit', 'approx', 'normalised']];
  (a.numbers || []).forEach((n, i) =>
    rows.push([i, n.kind, n.start, n.end, n.text, n.value ?? '', n.high ?? '', n.unit ?? '', n.approx ?? '', numberValueText(n)]));
  return csv(rows);
}

function mdInline(s) {
  return String(s).replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function toMarkdown(text, a) {
  const qsp = quoteSpeakers(a);
  const title = (text.split(/\r?\n/).find((l) => l.trim()) || 'Untitled').trim();
  const out = [`# Quote sheet: ${mdInline(title)}`, ''];
  out.push(`${a.quotes.length} quotes, ${(a.speakers || []).length} speakers, ${(a.numbers || []).length} numbers.`, '');
  const groups = (a.speakers || []).map((sp) => ({ name: sp.name, quotes: [] }));
  const none = { name: 'Unattributed', quotes: [] };
  a.quotes.forEach((q, i) => (qsp[i] >= 0 ? groups[qsp[i]] : none).quotes.push(q));
  if (none.quotes.length) groups.push(none);
  for (const g of groups) {
    if (!g.quotes.length) continue;
    out.push(`## ${mdInline(g.name)} (${g.quotes.length})`, '');
    for (const q of g.quotes) {
      const body = q.kind === 'indirect' ? mdInline(q.text) : '“' + mdInline(q.text) + '”';
      const meta = [KIND[q.kind] || q.kind];
      if (q.speaker) meta.push(`${mdInline(q.speaker.text)} (${resolutionText(q.speaker.resolution)})`);
      if (q.cue) meta.push(`cue “${mdInline(q.cue.text)}”`);
      if (q.via) meta.push(`via ${mdInline(q.via.name)}`);
      meta.push(`confidence ${Math.round(q.confidence * 100)}%`);
      out.push(`> ${body}`, `>`, `> — ${meta.join(' · ')}`, '');
    }
  }
  if ((a.numbers || []).length) {
    out.push('## Numbers', '', '| Text | Kind | Value |', '| --- | --- | --- |');
    for (const n of a.numbers) out.push(`| ${mdInline(n.text)} | ${n.kind} | ${mdInline(numberValueText(n))} |`);
    out.push('');
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// HTML files are reduced to text in an inert document (DOMParser: no scripts run, nothing loads)
// and never inserted into the page.

const BLOCK_TAGS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TR', 'UL', 'TD', 'TH', 'CAPTION', 'TIME']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS']);

export function htmlToText(html) {
  const d = new DOMParser().parseFromString(html, 'text/html');
  const parts = [];
  const walk = (node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) parts.push(n.data.replace(/[ \t\r\n]+/g, ' '));
      else if (n.nodeType === 1) {
        const tag = n.tagName.toUpperCase();
        if (SKIP_TAGS.has(tag)) continue;
        if (tag === 'BR') { parts.push('\n'); continue; }
        const block = BLOCK_TAGS.has(tag);
        if (block) parts.push('\n\n');
        walk(n);
        if (block) parts.push('\n\n');
      }
    }
  };
  if (d.body) walk(d.body);
  return parts.join('')
    .split('\n').map((l) => l.trim()).join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim() + '\n';
}

// ---------------------------------------------------------------------------------------------
// The view: legend, article, panel, card. `root` is an element (light DOM or inside a shadow root).

let uid = 0;

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color', 'image']);
/** Whether keys typed at `t` are text (so j/k must not be taken over). */
export function isTyping(t) {
  if (!t || t.nodeType !== 1) return false;
  if (t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable) return true;
  return t.tagName === 'INPUT' && !NOT_TEXT.has(t.type);
}

function el(doc, tag, cls, text) {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

export class LensView {
  constructor(root, opts = {}) {
    this.root = root;
    this.doc = root.ownerDocument;
    this.opts = opts;
    this.id = 'ql' + ++uid;
    this.hidden = { q: false, att: false, num: false };
    for (const l of LAYERS) if (opts.layers && !opts.layers.includes(l)) this.hidden[LAYER_CLASS[l]] = true;
    this.text = '';
    this.a = null;
    this.render = null;
    this.filter = -2; // speaker index being filtered, -1 = unattributed, -2 = none
    this.build();
  }

  build() {
    const d = this.doc;
    const r = this.root;
    r.classList.add('ql');
    r.replaceChildren();
    this.legend = el(d, 'div', 'ql-legend');
    this.legend.setAttribute('part', 'legend');
    this.legend.setAttribute('role', 'group');
    this.legend.setAttribute('aria-label', 'Layers');
    this.counts = {};
    this.toggles = {};
    for (const l of LAYERS) {
      const c = LAYER_CLASS[l];
      const lab = el(d, 'label', 'ql-toggle ql-toggle-' + c);
      const box = el(d, 'input');
      box.type = 'checkbox';
      box.checked = !this.hidden[c];
      box.dataset.layer = l;
      box.addEventListener('change', () => this.setLayer(l, box.checked));
      const sw = el(d, 'span', 'ql-swatch ql-swatch-' + c);
      sw.setAttribute('aria-hidden', 'true');
      const name = el(d, 'span', 'ql-toggle-name', l[0].toUpperCase() + l.slice(1));
      const count = el(d, 'span', 'ql-count', '0');
      count.dataset.count = l;
      lab.append(box, sw, name, ' ', count);
      this.legend.append(lab);
      this.counts[l] = count;
      this.toggles[l] = box;
    }
    this.body = el(d, 'div', 'ql-body');
    this.article = el(d, 'div', 'ql-article');
    this.article.setAttribute('part', 'article');
    if (this.opts.lang) this.article.lang = this.opts.lang;
    this.body.append(this.article);
    if (this.opts.panel) {
      this.panel = el(d, 'div', 'ql-panel');
      this.panel.setAttribute('part', 'panel');
      this.body.append(this.panel);
    }
    this.card = el(d, 'div', 'ql-card');
    this.card.id = this.id + '-card';
    this.card.setAttribute('part', 'card');
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-label', 'Details');
    this.card.hidden = true;
    // In the top layer (a manual popover) the card escapes the host page's stacking contexts,
    // overflow clipping and transformed ancestors, which would shift a position: fixed box.
    if (typeof this.card.showPopover === 'function') this.card.setAttribute('popover', 'manual');
    this.live = el(d, 'div', 'ql-sr');
    this.live.setAttribute('aria-live', 'polite');
    r.append(this.legend, this.body, this.card, this.live);
    for (const c of Object.keys(this.hidden)) r.classList.toggle('ql-hide-' + c, this.hidden[c]);
    this.wire();
  }

  wire() {
    const art = this.article;
    let leaveTimer = 0;
    art.addEventListener('mouseover', (e) => {
      const h = this.hlFrom(e.target);
      if (!h || this.pinned) return;
      clearTimeout(leaveTimer);
      this.showCard(h, false);
      this.link(h);
    });
    art.addEventListener('mouseout', (e) => {
      if (this.pinned) return;
      const to = e.relatedTarget;
      if (to && (this.card.contains(to) || this.hlFrom(to) === this.anchor)) return;
      leaveTimer = setTimeout(() => {
        if (!this.pinned && !this.focusInside()) this.hideCard();
      }, 250);
    });
    this.card.addEventListener('mouseenter', () => clearTimeout(leaveTimer));
    this.card.addEventListener('mouseleave', () => {
      if (!this.pinned && !this.focusInside()) this.hideCard();
    });
    art.addEventListener('focusin', (e) => {
      const h = this.hlFrom(e.target);
      if (h && !this.quiet) {
        this.pinned = false;
        this.showCard(h, false);
        this.link(h);
      }
    });
    this.root.addEventListener('focusout', () => {
      setTimeout(() => {
        if (!this.focusInside() && !this.pinned) this.hideCard();
      }, 0);
    });
    art.addEventListener('click', (e) => {
      const h = this.hlFrom(e.target);
      if (!h) return;
      if (h.dataset.t === 'att') this.jump('q', this.index.att[+h.dataset.i] && this.render.index.atts[+h.dataset.i].quotes[0]);
      else this.showCard(this.first(h), true);
    });
    this.root.addEventListener('keydown', (e) => this.onKey(e));
    this.scrollHandler = () => {
      if (this.anchor && !this.card.hidden) this.place(this.anchor);
    };
    this.doc.addEventListener('scroll', this.scrollHandler, { passive: true, capture: true });
    // A pinned card closes on a click anywhere else.
    this.outsideHandler = (e) => {
      if (this.card.hidden) return;
      const path = e.composedPath();
      if (path.includes(this.card) || (this.anchor && path.includes(this.anchor))) return;
      this.hideCard();
    };
    this.doc.addEventListener('pointerdown', this.outsideHandler, true);
  }

  focusInside() {
    const rn = this.root.getRootNode();
    const act = rn.activeElement;
    return !!act && (this.card.contains(act) || (this.anchor && this.anchor === act));
  }

  get index() {
    return this.render ? this.render.index : { q: [], att: [], num: [] };
  }

  /** The innermost highlight at `node` whose layer is visible, as its first fragment. */
  hlFrom(node) {
    for (let n = node; n && n !== this.article; n = n.parentNode) {
      if (n.nodeType === 1 && n.dataset && n.dataset.t && !this.hidden[n.dataset.t]) return this.first(n);
    }
    return null;
  }

  first(h) {
    const list = this.index[h.dataset.t] && this.index[h.dataset.t][+h.dataset.i];
    return list && list.length ? list[0] : h;
  }

  onKey(e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    const typing = isTyping(t);
    if (e.key === 'Escape') {
      if (!this.card.hidden) {
        const back = this.card.contains(this.root.getRootNode().activeElement) ? this.anchor : null;
        this.hideCard();
        if (back) {
          this.quiet = true;
          back.focus();
          this.quiet = false;
        }
        e.preventDefault();
      }
      return;
    }
    if (typing) return;
    if (e.key === 'j' || e.key === 'k') {
      this.step(e.key === 'j' ? 1 : -1);
      e.preventDefault();
    } else if (e.key === 'Enter' && t && t.dataset && t.dataset.t) {
      if (t.dataset.t === 'att') this.jump('q', this.render.index.atts[+t.dataset.i].quotes[0]);
      else {
        this.showCard(t, true);
        const b = this.card.querySelector('button');
        if (b) b.focus();
      }
      e.preventDefault();
    }
  }

  /** Move focus to the next (dir 1) or previous (-1) visible highlight. */
  step(dir) {
    const all = [...this.article.querySelectorAll('[data-first]')].filter((h) => !this.hidden[h.dataset.t]);
    if (!all.length) return null;
    const act = this.root.getRootNode().activeElement;
    let i = all.indexOf(act);
    if (i < 0 && this.anchor) i = all.indexOf(this.anchor);
    if (i < 0) i = dir > 0 ? -1 : all.length;
    const n = all[Math.min(all.length - 1, Math.max(0, i + dir))];
    n.focus();
    n.scrollIntoView({ block: 'nearest' });
    return n;
  }

  link(h) {
    for (const x of this.article.querySelectorAll('.ql-linked')) x.classList.remove('ql-linked');
    const t = h.dataset.t;
    const i = +h.dataset.i;
    const idx = this.index;
    let qs = [];
    let as = [];
    if (t === 'q') {
      qs = [i];
      idx.atts.forEach((m, j) => m.quotes.includes(i) && as.push(j));
    } else if (t === 'att') {
      as = [i];
      qs = idx.atts[i].quotes;
    } else return;
    for (const qi of qs) for (const x of idx.q[qi] || []) x.classList.add('ql-linked');
    for (const j of as) for (const x of idx.att[j] || []) x.classList.add('ql-linked');
  }

  hideCard() {
    this.card.hidden = true;
    if (this.card.hasAttribute('popover') && this.card.matches(':popover-open')) this.card.hidePopover();
    this.pinned = false;
    if (this.anchor) this.anchor.removeAttribute('aria-describedby');
    this.anchor = null;
    for (const x of this.article.querySelectorAll('.ql-linked')) x.classList.remove('ql-linked');
  }

  showCard(h, pin) {
    const d = this.doc;
    const t = h.dataset.t;
    const i = +h.dataset.i;
    const a = this.a;
    const c = this.card;
    c.replaceChildren();
    const dl = el(d, 'dl', 'ql-card-dl');
    const row = (k, v, extra) => {
      const dt = el(d, 'dt', null, k);
      const dd = el(d, 'dd', null, v);
      if (extra) dd.append(' ', el(d, 'span', 'ql-card-note', extra));
      dl.append(dt, dd);
    };
    if (t === 'q') {
      const q = a.quotes[i];
      c.dataset.kind = 'quote';
      c.append(el(d, 'p', 'ql-card-title', KIND[q.kind] || 'Quote'));
      if (q.speaker) row('Speaker', q.speaker.name, `(${resolutionText(q.speaker.resolution)}: “${q.speaker.text}”)`);
      else {
        const si = this.render.index.qsp[i];
        row('Speaker', si >= 0 ? a.speakers[si].name : 'not identified');
      }
      row('Cue', q.cue ? q.cue.text : '—');
      if (q.via) row('Via', q.via.name, q.via.text !== q.via.name ? `(“${q.via.text}”)` : null);
      else row('Via', '—');
      row('Confidence', Math.round(q.confidence * 100) + '%');
      c.append(dl);
      const b = el(d, 'button', 'ql-copy', 'Copy quote');
      b.type = 'button';
      const msg = el(d, 'span', 'ql-copy-msg');
      msg.setAttribute('role', 'status');
      b.addEventListener('click', async () => {
        const s = quoteCitation(q);
        try {
          await navigator.clipboard.writeText(s);
          msg.textContent = 'Copied';
        } catch {
          msg.textContent = 'Copy failed: select the text instead';
        }
        this.root.dispatchEvent(new CustomEvent('quote-lens:copy', { bubbles: true, composed: true, detail: { text: s, quote: i } }));
      });
      c.append(b, msg);
    } else if (t === 'num') {
      const n = a.numbers[i];
      c.dataset.kind = 'number';
      c.append(el(d, 'p', 'ql-card-title', 'Number'));
      const v = el(d, 'p', 'ql-card-value', numberValueText(n));
      v.dataset.value = '';
      c.append(v);
      row('Kind', n.kind);
      row('As written', n.text);
      if (n.approx) row('Approximation', APPROX[n.approx] || n.approx);
      c.append(dl);
    } else {
      const m = this.render.index.atts[i];
      c.dataset.kind = 'attribution';
      c.append(el(d, 'p', 'ql-card-title', m.role === 'speaker' ? 'Speaker mention' : m.role === 'via' ? 'Intermediary' : 'Attribution cue'));
      if (m.name) row('Name', m.name, m.resolution ? `(${resolutionText(m.resolution)})` : null);
      row('Text', m.text);
      row('Quotes', String(m.quotes.length));
      c.append(dl);
      const b = el(d, 'button', 'ql-goto', 'Go to quote');
      b.type = 'button';
      b.addEventListener('click', () => this.jump('q', m.quotes[0]));
      c.append(b);
    }
    if (this.anchor && this.anchor !== h) this.anchor.removeAttribute('aria-describedby');
    this.anchor = h;
    h.setAttribute('aria-describedby', c.id);
    this.pinned = !!pin;
    c.hidden = false;
    if (c.hasAttribute('popover') && !c.matches(':popover-open')) c.showPopover();
    this.place(h);
  }

  place(h) {
    const r = h.getBoundingClientRect();
    const c = this.card;
    const vw = this.doc.documentElement.clientWidth;
    const vh = this.doc.documentElement.clientHeight;
    const w = Math.min(c.offsetWidth || 300, vw - 16);
    let x = Math.max(8, Math.min(r.left, vw - w - 8));
    let y = r.bottom + 6;
    const ch = c.offsetHeight || 120;
    if (y + ch > vh - 8 && r.top - ch - 6 > 8) y = r.top - ch - 6;
    c.style.setProperty('left', Math.round(x) + 'px');
    c.style.setProperty('top', Math.round(y) + 'px');
    // Without the top layer, a transformed or filtered ancestor of the widget is the containing
    // block of a fixed box: measure where the card landed and move it by the difference.
    const cr = c.getBoundingClientRect();
    const dx = cr.left - Math.round(x);
    const dy = cr.top - Math.round(y);
    if (Math.abs(dx) > 0.5 || Math.abs(dy) > 0.5) {
      c.style.setProperty('left', Math.round(x - dx) + 'px');
      c.style.setProperty('top', Math.round(y - dy) + 'px');
    }
  }

  /** Scroll to a highlight, focus it and flash it. */
  jump(t, i) {
    const list = this.index[t] && this.index[t][i];
    if (!list || !list.length) return null;
    const h = list[0];
    if (this.hidden[t]) this.setLayer(t === 'q' ? 'quotes' : t === 'att' ? 'attributions' : 'numbers', true);
    h.scrollIntoView({ block: 'center', behavior: 'instant' });
    h.focus({ preventScroll: true });
    for (const x of list) {
      x.classList.remove('ql-flash');
      void x.offsetWidth;
      x.classList.add('ql-flash');
      setTimeout(() => x.classList.remove('ql-flash'), 1600);
    }
    return h;
  }

  setLayer(layer, on) {
    const c = LAYER_CLASS[layer];
    this.hidden[c] = !on;
    this.toggles[layer].checked = on;
    this.root.classList.toggle('ql-hide-' + c, !on);
    for (const list of this.index[c] || []) if (list[0]) list[0].tabIndex = on ? 0 : -1;
    if (!on && this.anchor && this.anchor.dataset.t === c) this.hideCard();
  }

  setFilter(si) {
    this.filter = si;
    const on = si > -2;
    this.article.classList.toggle('ql-filtering', on);
    for (const x of this.article.querySelectorAll('.ql-match')) x.classList.remove('ql-match');
    if (on) {
      const qsp = this.index.qsp;
      qsp.forEach((s, qi) => {
        if (s === si) for (const x of this.index.q[qi]) x.classList.add('ql-match');
      });
    }
    if (this.panel) {
      for (const b of this.panel.querySelectorAll('.ql-filter')) b.setAttribute('aria-pressed', String(+b.dataset.speaker === si));
    }
    this.live.textContent = on ? `Showing quotes by ${si >= 0 ? this.a.speakers[si].name : 'unattributed speakers'}` : 'Showing all quotes';
  }

  /** Render new text and analysis. Resolves when every chunk is in the page. */
  update(text, a) {
    if (this.render) this.render.cancel();
    this.hideCard();
    this.text = text;
    this.a = a;
    const atts = attributions(a);
    const qsp = quoteSpeakers(a);
    this.render = renderArticle(this.article, text, a, { atts, qsp, hidden: this.hidden, ...this.opts.render });
    this.counts.quotes.textContent = String(a.quotes.length);
    this.counts.attributions.textContent = String(atts.length);
    this.counts.numbers.textContent = String((a.numbers || []).length);
    if (this.panel) this.buildPanel();
    if (this.filter > -2) this.setFilter(this.filter < (a.speakers || []).length ? this.filter : -2);
    this.live.textContent = `${a.quotes.length} quotes, ${(a.speakers || []).length} speakers, ${(a.numbers || []).length} numbers`;
    return this.render;
  }

  buildPanel() {
    const d = this.doc;
    const a = this.a;
    const qsp = this.render.index.qsp;
    const p = this.panel;
    p.replaceChildren();
    const h = el(d, 'h2', 'ql-panel-title', 'Who said what');
    p.append(h);
    const groups = (a.speakers || []).map((sp, si) => ({ si, name: sp.name, quotes: [] }));
    const none = { si: -1, name: 'Unattributed', quotes: [] };
    a.quotes.forEach((q, qi) => (qsp[qi] >= 0 ? groups[qsp[qi]] : none).quotes.push(qi));
    if (none.quotes.length) groups.push(none);
    if (!groups.length) p.append(el(d, 'p', 'ql-empty', 'No quotes found yet.'));
    const list = el(d, 'ul', 'ql-speakers');
    for (const g of groups) {
      const li = el(d, 'li', 'ql-speaker' + (g.si >= 0 ? ' ql-spk-' + (g.si % PALETTE_SIZE) : ' ql-spk-none'));
      li.dataset.speaker = g.si;
      const head = el(d, 'div', 'ql-speaker-head');
      const sw = el(d, 'span', 'ql-dot');
      sw.setAttribute('aria-hidden', 'true');
      const name = el(d, 'h3', 'ql-speaker-name', g.name);
      const n = el(d, 'span', 'ql-speaker-count', `${g.quotes.length} ${g.quotes.length === 1 ? 'quote' : 'quotes'}`);
      const f = el(d, 'button', 'ql-filter', 'Filter');
      f.type = 'button';
      f.dataset.speaker = g.si;
      f.setAttribute('aria-pressed', String(this.filter === g.si));
      f.setAttribute('aria-label', `Filter: only quotes by ${g.name}`);
      f.addEventListener('click', () => this.setFilter(this.filter === g.si ? -2 : g.si));
      const who = el(d, 'div', 'ql-speaker-who');
      who.append(name, n);
      head.append(sw, who, f);
      li.append(head);
      if (g.si >= 0) {
        const forms = new Map();
        for (const qi of g.quotes) {
          const s = a.quotes[qi].speaker;
          if (s) forms.set(s.text, s.resolution);
        }
        if (forms.size) {
          const ff = el(d, 'p', 'ql-speaker-forms', 'Named as: ' + [...forms].slice(0, 8).map(([t, r]) => `“${t}” (${resolutionText(r)})`).join(', ') + (forms.size > 8 ? ', …' : ''));
          li.append(ff);
        }
      }
      const ol = el(d, 'ol', 'ql-speaker-quotes');
      const addQuotes = (from, to) => {
        for (const qi of g.quotes.slice(from, to)) ol.append(this.quoteButton(qi));
      };
      addQuotes(0, PANEL_LIMIT);
      li.append(ol);
      if (g.quotes.length > PANEL_LIMIT) {
        const more = el(d, 'button', 'ql-more', `Show all ${g.quotes.length} quotes`);
        more.type = 'button';
        more.addEventListener('click', () => {
          more.remove();
          addQuotes(PANEL_LIMIT);
        });
        li.append(more);
      }
      list.append(li);
    }
    p.append(list);
  }

  quoteButton(qi) {
    const d = this.doc;
    const q = this.a.quotes[qi];
    const item = el(d, 'li');
    const b = el(d, 'button', 'ql-quote-link');
    b.type = 'button';
    b.dataset.quote = qi;
    const short = q.text.length > 90 ? q.text.slice(0, 88).trimEnd() + '…' : q.text;
    b.textContent = q.kind === 'indirect' ? short : '“' + short + '”';
    b.addEventListener('click', () => this.jump('q', qi));
    item.append(b);
    return item;
  }

  destroy() {
    if (this.render) this.render.cancel();
    this.doc.removeEventListener('scroll', this.scrollHandler, { capture: true });
    this.doc.removeEventListener('pointerdown', this.outsideHandler, true);
  }
}

// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, against
// www/ served by scripts/server.mjs (with its strict CSP) on a free localhost port.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/server.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function setup() {
  const { server, url, requests } = await startServer({ port: 0 });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    url,
    requests,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * Opens a page in a fresh context and records what a test needs to check: console errors,
 * page errors, CSP violations (listened for before any page script runs), dialogs, requests.
 */
export async function openPage(env, path = '', contextOptions = {}) {
  const context = await env.browser.newContext({ acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  const log = { errors: [], csp: [], dialogs: [], requests: [], navigations: [] };
  page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('framenavigated', (f) => f === page.mainFrame() && log.navigations.push(f.url()));
  await page.exposeBinding('__reportCsp', (_src, v) => log.csp.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportCsp(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto(env.url + path);
  return { page, context, log };
}

/** Waits until the page has analysed and fully rendered what is in the textarea. */
export async function waitRendered(page, timeout = 20_000) {
  // The page sets data-state="pending" synchronously on every edit, so "done" means this text is in.
  await page.waitForFunction(() => document.body.dataset.state === 'done', null, { timeout });
}

export async function waitReady(page) {
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 20_000 });
}

/** The rendered article's text, exactly as it is in the DOM. */
export function articleText(page) {
  return page.evaluate(() => document.querySelector('#lens .ql-article').textContent);
}

/** The analysis of `text` computed by the module's own `analyze` in the same page. */
export function analyzeInPage(page, text) {
  return page.evaluate(async (t) => {
    const m = await import('./quote-lens.js');
    return m.analyze(t);
  }, text);
}

/** Expected highlight counts from an analysis, as the renderer must show them. */
export function expectedCounts(a) {
  const keys = new Set();
  for (const q of a.quotes) {
    for (const [role, m] of [['speaker', q.speaker], ['cue', q.cue], ['via', q.via]]) {
      if (m && m.end > m.start) keys.add(`${role}:${m.start}:${m.end}`);
    }
  }
  return { q: a.quotes.length, att: keys.size, num: a.numbers.length };
}

/** Moves the mouse over the first line box of an element (an inline highlight can wrap). */
export async function hoverFirstBox(page, selector) {
  const r = await page.evaluate((sel) => {
    const e = document.querySelector(sel);
    e.scrollIntoView({ block: 'center' });
    const b = e.getClientRects()[0];
    return { x: b.left + Math.min(4, b.width / 2), y: b.top + b.height / 2 };
  }, selector);
  await page.mouse.move(r.x, r.y);
}

/**
 * Where screenshots go: tests/e2e/artifacts/ (gitignored) by default, docs/ (the committed
 * screenshots the README shows) when UPDATE_SCREENSHOTS=1.
 */
export function screenshotPath(name) {
  const dir = fileURLToPath(new URL(process.env.UPDATE_SCREENSHOTS === '1' ? '../../docs/' : './artifacts/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  return dir + name;
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations on the page: id, impact and the first three nodes of each. */
export async function axeViolations(page) {
  // The page's CSP forbids inline scripts (addScriptTag): evaluate the library through the driver.
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(await readFile(AXE, 'utf8'));
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + n.failureSummary) }));
  });
}

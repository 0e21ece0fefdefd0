// The browser benchmark: builds nothing itself (scripts/bench.sh builds the release wasm first),
// runs quotelens and compromise over the same articles in one headless Chromium page, and prints
// per-article median and p95, the ratio, MB/s, the 1 MB / 10 MB scaling, and the shipped sizes.
//   node scripts/bench.mjs [GOLD.jsonl]   (default ../shared/eval/polnear-dev.gold.jsonl)
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const gold = process.argv[2] ?? resolve(root, '../shared/eval/polnear-dev.gold.jsonl');
if (!existsSync(gold)) {
  console.error(`bench: ${gold} not found (the benchmark corpus lives in ../shared/eval)`);
  process.exit(2);
}
const texts = readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);

const { server, url } = await startServer({
  extraRoots: { '/bench/': resolve(root, 'bench'), '/vendor/compromise/': resolve(root, 'node_modules/compromise/builds/three') },
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  await page.goto(url + 'bench/');
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const r = await page.evaluate((t) => window.runBench(t), texts);
  const ms = (x) => `${x.toFixed(3)} ms`;
  const version = await browser.version();
  console.log(`corpus: ${r.articles} articles of ${gold.split('/').pop()}, ${(r.bytes / 1e6).toFixed(2)} MB; Chromium ${version}`);
  console.log(`                      median        p95       mean   (per article, same page, same timer)`);
  console.log(`quotelens (wasm)  ${ms(r.quotelens.median).padStart(11)} ${ms(r.quotelens.p95).padStart(10)} ${ms(r.quotelens.mean).padStart(10)}`);
  console.log(`compromise        ${ms(r.compromise.median).padStart(11)} ${ms(r.compromise.p95).padStart(10)} ${ms(r.compromise.mean).padStart(10)}`);
  console.log(`ratio (compromise / quotelens): ${r.ratioMedian.toFixed(1)}x on the median article, ${r.ratioTotal.toFixed(1)}x on the whole corpus`);
  console.log(`throughput: ${r.mbPerS.toFixed(1)} MB/s over the corpus`);
  console.log(`scaling: 1 MB in ${r.scaling.oneMbMs.toFixed(1)} ms, 10 MB in ${r.scaling.tenMbMs.toFixed(1)} ms ` +
    `(${r.scaling.ratio.toFixed(2)}x for 10x the input; ${r.scaling.tenMbQuotes} quotes, ${r.scaling.tenMbNumbers} numbers)`);
  console.log('\nshipped sizes:');
  console.log(execFileSync('node', [resolve(root, 'scripts/size.mjs')], { encoding: 'utf8' }).trimEnd());
  console.log(`compromise (one file, for scale): ${(execFileSync('gzip', ['-9c', resolve(root, 'node_modules/compromise/builds/compromise.js')]).length / 1024).toFixed(1)} KB gzipped`);
} finally {
  await browser.close();
  server.close();
}

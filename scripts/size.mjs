// The widget's whole download, gzipped: the wasm, its JS glue, the widget's modules (the element,
// the renderer, the engine and its worker) and its CSS.
//   node scripts/size.mjs           prints the sizes
//   node scripts/size.mjs --check   also fails when the total exceeds the budget (120 KB gzipped)
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET = 120 * 1024;
const www = fileURLToPath(new URL('../www/', import.meta.url));
const files = ['pkg/quotelens_bg.wasm', 'pkg/quotelens.js', 'quote-lens.js', 'quote-lens.css', 'lens.js', 'lens.css',
  'engine.js', 'worker.js'];
let total = 0;
for (const f of files) {
  if (!existsSync(www + f)) {
    console.error(`missing: www/${f} (run scripts/build.sh first)`);
    process.exit(1);
  }
  const raw = readFileSync(www + f);
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  console.log(`${f.padEnd(24)} ${String(raw.length).padStart(8)} B   ${(gz / 1024).toFixed(1).padStart(6)} KB gzipped`);
}
console.log(`${'widget download'.padEnd(24)} ${' '.repeat(10)} ${(total / 1024).toFixed(1).padStart(7)} KB gzipped (budget ${BUDGET / 1024} KB)`);
if (process.argv.includes('--check') && total > BUDGET) {
  console.error(`size budget exceeded: ${(total / 1024).toFixed(1)} KB > ${BUDGET / 1024} KB`);
  process.exit(1);
}

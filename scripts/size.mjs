// Prints the gzip and brotli size of every built file in dist/cdn (run `npm run build` first),
// and checks the budget of issue #2: dist/cdn/loc-screener.js at most 14 KB gzip.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = new URL('../dist/cdn/', import.meta.url);
if (!existsSync(dir)) {
  console.error('dist/cdn is missing: run `npm run build` first.');
  process.exit(1);
}
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const rows = readdirSync(dir)
  .filter((f) => f.endsWith('.js'))
  .sort()
  .map((f) => {
    const buf = readFileSync(new URL(f, dir));
    return {
      file: `dist/cdn/${f}`,
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
const w = Math.max(...rows.map((r) => r.file.length));
console.log(`${'file'.padEnd(w)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}`);
for (const r of rows) console.log(`${r.file.padEnd(w)}  ${kb(r.raw).padStart(9)}  ${kb(r.gzip).padStart(9)}  ${kb(r.brotli).padStart(9)}`);
const budgets = { 'dist/cdn/loc-screener.js': 14 * 1024 };
for (const [file, max] of Object.entries(budgets)) {
  const r = rows.find((x) => x.file === file);
  if (r) console.log(`budget ${file}: ${kb(r.gzip)} gzip of ${kb(max)} — ${r.gzip <= max ? 'within' : `OVER by ${kb(r.gzip - max)}`}`);
}

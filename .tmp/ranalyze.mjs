import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import * as eb from 'esbuild';
import zlib from 'node:zlib';
const entry = process.argv[2];
const b = await rollup({ input: entry, plugins: [nodeResolve({ exportConditions: ['production'] }), esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }), minifyHTML()] });
const { output } = await b.generate({ format: 'es' });
const main = output.find((o) => o.isEntry);
let rows = [];
for (const [id, m] of Object.entries(main.modules)) {
  if (!m.code) continue;
  const min = (await eb.transform(m.code, { minify: true, target: 'es2021' })).code;
  rows.push([id.replace(/.*node_modules\//, 'nm/').replace(process.cwd() + '/', ''), min.length, zlib.gzipSync(min, { level: 9 }).length]);
}
rows.sort((a, b) => b[1] - a[1]);
let t = 0, tg = 0;
for (const [k, v, g] of rows) { t += v; tg += g; console.log(String(v).padStart(7), String(g).padStart(6), k); }
console.log(String(t).padStart(7), String(tg).padStart(6), 'sum (separately gzipped)');

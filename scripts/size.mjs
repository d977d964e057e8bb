// Prints the raw, gzip and brotli size of every built file in dist/cdn (run `npm run build` first),
// writes the table to docs/size.md, and compares the budgets of issues #2–#4 and #6.
// Usage: node scripts/size.mjs [--check]
//   --check     exits 1 when an issue's budget is exceeded (they are not met today: see docs/size.md)
// The limits `npm test` checks, so that no change makes a file bigger unnoticed, are in .size-limit.mjs
// (size-limit, run by `npm run test:size`).
import { readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { CDN as dir, PAGE_LOADS, cdnFiles, closure, isEntry, isLanguage } from './cdn-graph.mjs';
import { build } from 'esbuild';

if (!existsSync(dir)) {
  console.error('dist/cdn is missing: run `npm run build` first.');
  process.exit(1);
}
const KB = 1024;
const kb = (n) => `${(n / KB).toFixed(2)} KB`;
const measure = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const files = cdnFiles();
const fileRows = files.map((f) => ({ file: `dist/cdn/${f}`, ...measure(readFileSync(new URL(f, dir))) }));
const sum = (list) => list.reduce((t, f) => {
  const r = fileRows.find((x) => x.file === `dist/cdn/${f}`);
  return { raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli };
}, { raw: 0, gzip: 0, brotli: 0 });
// What a page pays before its first render, for each entry and for the documented ways to load several widgets.
const loads = [
  ...files.filter(isEntry).map((f) => ({ name: f, entry: true, files: closure([f]) })),
  ...PAGE_LOADS.map((l) => ({ name: l.name, files: closure(l.entries) })),
].map((l) => ({ ...l, ...sum(l.files) }));
// `rows`: one line per entry (with its shared chunks) and per language chunk, for the budgets below.
const rows = [
  ...loads.filter((l) => l.entry).map((l) => ({ file: `dist/cdn/${l.name}`, raw: l.raw, gzip: l.gzip, brotli: l.brotli })),
  ...fileRows.filter((r) => isLanguage(r.file)),
];

// Budgets (gzip). Language chunks are named chunks/es.<hash>.js by rollup.config.mjs.
const budgets = [
  { name: 'all three widgets, English (level-of-care-widgets.js)', files: ['dist/cdn/level-of-care-widgets.js'], max: 24 * KB },
  // Issue #12: the screener's first screen (its entry and what it imports before the first render) within 12 KB.
  { name: 'loc-screener.js, first screen (issue #12: 12 KB)', files: ['dist/cdn/loc-screener.js'], max: 12 * KB },
  { name: 'iop-compare.js (issue #3: 10 KB; #6: 14 KB)', files: ['dist/cdn/iop-compare.js'], max: 10 * KB },
  { name: 'program-checklist.js (issue #4: 10 KB; #6: 14 KB)', files: ['dist/cdn/program-checklist.js'], max: 10 * KB },
  // Issue #12: 4 KB a language chunk. The screener's questions and results (once one 8.9 KB catalog) are three,
  // loc-screener-questions, loc-screener-results and loc-screener-flow (2.8 to 3.5 KB), loaded side by side with them
  // after the first screen: see docs/performance.md.
  ...rows.filter((r) => isLanguage(r.file)).map((r) => ({ name: `language chunk ${r.file}`, files: [r.file], max: 4 * KB })),
];
const results = budgets
  .map((b) => {
    const found = b.files.map((f) => rows.find((r) => r.file === f)).filter(Boolean);
    if (found.length !== b.files.length) return null;
    const gzip = found.reduce((n, r) => n + r.gzip, 0);
    return { ...b, gzip, ok: gzip <= b.max };
  })
  .filter(Boolean);

// The floor: what any widget written with the fixed stack must ship before its first line of logic.
// A synthetic element that uses the Lit and @lit/localize features the widgets use and renders every
// visitor-facing English string of the widget's catalogs (its own and the shared one, from the XLIFF
// sources), bundled and minified like the CDN files. No logic, no styles, no configuration parsing:
// a lower bound, so a budget under it cannot be met without cutting required content.
const decode = (x) => x.replace(/<x [^>]*\/>/g, '${0}').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const sources = (catalog) =>
  [...readFileSync(new URL(`../locales/${catalog}/es.xlf`, import.meta.url), 'utf8').matchAll(/<source>([\s\S]*?)<\/source>/g)].map((m) => decode(m[1]));
async function floor(catalogs) {
  const strings = catalogs.flatMap(sources);
  const contents = `
    import { LitElement, html, css } from 'lit';
    import { property } from 'lit/decorators.js';
    import { configureLocalization, msg, str, updateWhenLocaleChanges } from '@lit/localize';
    configureLocalization({ sourceLocale: 'en', targetLocales: ['es'], loadLocale: () => import('data:text/javascript,export const templates = {}') });
    const n = 1;
    class X extends LitElement {
      static styles = css\`:host { display: block }\`;
      constructor() { super(); updateWhenLocaleChanges(this); }
      render() { return html\`\${[${strings.map((x) => `msg(${x.includes('${') ? `str\`${x.replace(/`/g, '\\`').replace(/\$\{0\}/g, '${n}')}\`` : JSON.stringify(x)})`).join(',')}]}\`; }
    }
    property()(X.prototype, 'a');
    customElements.define('x-floor', X);`;
  const out = await build({
    stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true, minify: true, format: 'esm', write: false, target: 'es2021', conditions: ['production'], external: ['data:*'], legalComments: 'none',
  });
  return { strings: strings.length, gzip: gzipSync(out.outputFiles[0].contents, { level: 9 }).length };
}
const floors = [];
for (const [file, catalogs] of [
  ['loc-screener.js', ['loc-screener', 'shared']],
  ['iop-compare.js', ['iop-compare', 'shared']],
  ['program-checklist.js', ['program-checklist', 'shared']],
  ['level-of-care-widgets.js', ['loc-screener', 'iop-compare', 'program-checklist', 'shared']],
]) {
  const built = rows.find((r) => r.file === `dist/cdn/${file}`);
  if (built) floors.push({ file, ...(await floor(catalogs)), built: built.gzip });
}
const base = (await floor([])).gzip;
// A language chunk is one `templates` object: @lit/localize's ids (17-character hashes) and the
// translations. The Spanish text alone, gzipped, is that chunk's floor.
const spanish = ['loc-screener', 'iop-compare', 'program-checklist', 'shared'].map((catalog) => {
  const xml = readFileSync(new URL(`../locales/${catalog}/es.xlf`, import.meta.url), 'utf8');
  const targets = [...xml.matchAll(/<target>([\s\S]*?)<\/target>/g)].map((m) => decode(m[1]));
  return { catalog, strings: targets.length, gzip: gzipSync(JSON.stringify(targets), { level: 9 }).length };
});

const table = (title, list) => {
  const w = Math.max(title.length, ...list.map((r) => r.name.length));
  console.log(`${title.padEnd(w)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}`);
  for (const r of list) console.log(`${r.name.padEnd(w)}  ${kb(r.raw).padStart(9)}  ${kb(r.gzip).padStart(9)}  ${kb(r.brotli).padStart(9)}`);
  console.log('');
};
const loadRows = loads.map((l) => ({ ...l, name: `${l.entry ? `dist/cdn/${l.name}` : l.name} (${l.files.length} file${l.files.length > 1 ? 's' : ''})` }));
table('what a page loads before the first render', loadRows);
table('file', fileRows.map((r) => ({ ...r, name: r.file })));
console.log(`floor: Lit + @lit/localize with no text: ${kb(base)}`);
for (const f of floors) console.log(`floor ${f.file}: Lit + @lit/localize + its ${f.strings} English strings ${kb(f.gzip)}; built ${kb(f.built)}`);
for (const c of spanish) console.log(`floor Spanish chunk of ${c.catalog}: its ${c.strings} Spanish strings alone ${kb(c.gzip)}`);
console.log('');
for (const b of results) console.log(`budget ${b.name}: ${kb(b.gzip)} of ${kb(b.max)} — ${b.ok ? 'within' : `OVER by ${kb(b.gzip - b.max)}`}`);

const md = [
  '# Sizes',
  '',
  'Generated by `npm run size` after `npm run build`. Sizes of the CDN files; the npm build leaves Lit to your bundler.',
  'The module files are one graph: each entry imports shared chunks from `dist/cdn/chunks/` (Lit, @lit/localize and',
  'the shared base in `chunks/shared.*.js`), so a page pays for each chunk once whatever mix of files it loads.',
  'Languages are lazy chunks. The classic script is the one self-contained file.',
  '',
  '## What a page loads before the first render',
  '',
  '| load | files | raw | gzip | brotli |',
  '|---|---:|---:|---:|---:|',
  ...loads.map((l) => `| ${l.entry ? `\`${l.name}\`` : l.name} | ${l.files.length} | ${kb(l.raw)} | ${kb(l.gzip)} | ${kb(l.brotli)} |`),
  '',
  '## Every file',
  '',
  '| file | raw | gzip | brotli |',
  '|---|---:|---:|---:|',
  ...fileRows.map((r) => `| \`${r.file}\` | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`),
  '',
  '## The floor',
  '',
  'What any widget built with the fixed stack ships before its first line of logic: a synthetic element that uses',
  'Lit and @lit/localize as the widgets do and renders every visitor-facing English string of its catalogs',
  '(see `scripts/size.mjs`). A lower bound: no logic, styles or configuration parsing.',
  '',
  '| file | English strings | floor (gzip) | built (gzip) | built above floor |',
  '|---|---:|---:|---:|---:|',
  `| Lit + @lit/localize alone | 0 | ${kb(base)} | | |`,
  ...floors.map((f) => `| \`${f.file}\` | ${f.strings} | ${kb(f.gzip)} | ${kb(f.built)} | ${kb(f.built - f.gzip)} |`),
  '',
  'A language chunk holds only the translations, keyed by @lit/localize ids; the Spanish text alone, gzipped:',
  '',
  '| catalog | Spanish strings | text alone (gzip) |',
  '|---|---:|---:|',
  ...spanish.map((c) => `| ${c.catalog} | ${c.strings} | ${kb(c.gzip)} |`),
  '',
  '## Budgets',
  '',
  '| budget (gzip) | measured | limit | |',
  '|---|---:|---:|---|',
  ...results.map((b) => `| ${b.name} | ${kb(b.gzip)} | ${kb(b.max)} | ${b.ok ? 'within' : 'over'} |`),
  '',
];
mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
writeFileSync(new URL('../docs/size.md', import.meta.url), md.join('\n'));
console.log('\nwrote docs/size.md');
if (process.argv.includes('--check') && results.some((b) => !b.ok)) process.exit(1);

// The CDN module graph (rollup.config.mjs): which files a page downloads before the first render when it
// loads some entries, following static imports only (languages are lazy `import()`s and are left out).
// Shared by scripts/size.mjs (docs/size.md) and .size-limit.mjs (the size checks `npm test` runs).
import { readFileSync, readdirSync } from 'node:fs';
import { sep } from 'node:path';

export const CDN = new URL('../dist/cdn/', import.meta.url);

/** Every .js file under dist/cdn, as paths relative to it with forward slashes, sorted. */
export const cdnFiles = () =>
  readdirSync(CDN, { recursive: true })
    .map((f) => String(f).split(sep).join('/'))
    .filter((f) => f.endsWith('.js'))
    .sort();

/** The files a module imports statically, relative to dist/cdn. */
export function staticImports(file) {
  const text = readFileSync(new URL(file, CDN), 'utf8');
  const from = new URL(file, 'x:/');
  return [...text.matchAll(/import\s*(?:[\w{}$,*\s]+from\s*)?["'](\.\.?\/[^"']+)["']/g)].map((m) => new URL(m[1], from).pathname.slice(1));
}

/** The entries and everything they import statically, each once. */
export function closure(entries) {
  const seen = new Set();
  const walk = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    staticImports(f).forEach(walk);
  };
  entries.forEach(walk);
  return [...seen];
}

export const isEntry = (f) => !f.includes('/');
export const isLanguage = (f) => /(^|\/)es\.[\w-]+\.js$/.test(f);

/** The documented ways to put all three widgets on one page, besides the all-in-one entry: what each loads first. */
export const PAGE_LOADS = [
  { name: 'all three per-widget files side by side', entries: ['loc-screener.js', 'iop-compare.js', 'program-checklist.js'] },
  { name: 'autoloader with all three widgets', entries: ['autoloader.js', 'loc-screener.js', 'iop-compare.js', 'program-checklist.js'] },
  { name: 'a per-widget file and the all-in-one file', entries: ['loc-screener.js', 'level-of-care-widgets.js'] },
];

// Runs lit-localize for every catalog in locales/*.json: `shared` (src/shared) plus one per widget,
// so each widget's Spanish text is its own lazy chunk.
// lit-localize extracts from every file the inputs import, so a widget's catalog would repeat the
// shared strings: this script removes them from widget catalogs after extract and after build.
// Usage: node scripts/localize.mjs extract|build
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const cmd = process.argv[2];
if (cmd !== 'extract' && cmd !== 'build') {
  console.error('usage: node scripts/localize.mjs extract|build');
  process.exit(2);
}
const bin = join(root, 'node_modules/.bin/lit-localize');
const catalogs = readdirSync(join(root, 'locales'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort((a, b) => (a === 'shared' ? -1 : b === 'shared' ? 1 : a.localeCompare(b)));

const unitRe = /<trans-unit id="([^"]+)">[\s\S]*?<\/trans-unit>\n?/g;
const sharedIds = () => {
  const f = join(root, 'locales/shared/es.xlf');
  return new Set(existsSync(f) ? [...readFileSync(f, 'utf8').matchAll(unitRe)].map((m) => m[1]) : []);
};

for (const name of catalogs) {
  execFileSync(bin, [cmd, '--config', join(root, 'locales', `${name}.json`)], { stdio: 'pipe', cwd: root });
  if (name === 'shared') continue;
  const ids = sharedIds();
  if (cmd === 'extract') {
    const f = join(root, 'locales', name, 'es.xlf');
    writeFileSync(f, readFileSync(f, 'utf8').replace(unitRe, (unit, id) => (ids.has(id) ? '' : unit)));
  } else {
    const f = join(root, 'src/locales', name, 'es.ts');
    const lines = readFileSync(f, 'utf8').split('\n');
    writeFileSync(f, lines.filter((l) => !ids.has(/^\s*'([^']+)':/.exec(l)?.[1])).join('\n'));
  }
}
console.log(`lit-localize ${cmd}: ${catalogs.join(', ')}`);

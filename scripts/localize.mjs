// Runs lit-localize for every catalog in locales/*.json: `shared` (src/shared) plus one or more per widget, so each
// widget's Spanish text is its own lazy chunk, and the screener's start screen (`loc-screener`) is apart from the
// words of its questions and results (`loc-screener-flow`, loaded with src/components/loc-screener/flow.ts).
// lit-localize extracts from every file the inputs import, so this script keeps in each catalog only the messages
// found in that catalog's own input files, less those of the catalogs always loaded before it (DEPENDS): after
// extract it trims the XLIFF, after build the generated module.
// Usage: node scripts/localize.mjs extract|build
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';

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
  .sort();
/**
 * Catalogs always loaded before another one: their messages are not repeated in it. `crisis` (the crisis band and
 * helplines, src/shared/crisis.ts) is part of the first file, not lazy, so a Spanish page shows crisis help in Spanish
 * at once; `shared` (the rest of src/shared) comes next, for every widget.
 */
const DEPENDS = { crisis: [], shared: ['crisis'], 'loc-screener-flow': ['loc-screener'] };
const before = (name) => DEPENDS[name] && !name.includes('-') ? DEPENDS[name] : ['crisis', 'shared', ...(DEPENDS[name] ?? [])];

/** The names of the messages written in a catalog's own input files (not in the files they import). */
function ownMessages(name) {
  const config = readConfigFileAndWriteSchema(join(root, 'locales', `${name}.json`));
  const localizer = new RuntimeLitLocalizer(config);
  const program = localizer.program;
  const own = new Set(program.getRootFileNames().map((f) => resolve(f)));
  // The extractor walks program.getSourceFiles(): show it only the catalog's own files. The type checker, which it
  // needs to recognise `msg`, is made first, so it still sees the whole program.
  program.getTypeChecker();
  const all = program.getSourceFiles.bind(program);
  program.getSourceFiles = () => all().filter((f) => own.has(resolve(f.fileName)));
  return new Set(localizer.extractSourceMessages().messages.map((m) => m.name));
}

const owned = new Map(catalogs.map((c) => [c, ownMessages(c)]));
const unitRe = /<trans-unit id="([^"]+)">[\s\S]*?<\/trans-unit>\n?/g;
for (const name of catalogs) {
  execFileSync(bin, [cmd, '--config', join(root, 'locales', `${name}.json`)], { stdio: 'pipe', cwd: root });
  const keep = (id) => owned.get(name).has(id) && !before(name).some((b) => owned.get(b).has(id));
  if (cmd === 'extract') {
    const f = join(root, 'locales', name, 'es.xlf');
    writeFileSync(f, readFileSync(f, 'utf8').replace(unitRe, (unit, id) => (keep(id) ? unit : '')));
  } else {
    const f = join(root, 'src/locales', name, 'es.ts');
    const lines = readFileSync(f, 'utf8').split('\n');
    writeFileSync(f, lines.filter((l) => { const id = /^\s*'([^']+)':/.exec(l)?.[1]; return !id || keep(id); }).join('\n'));
  }
}
console.log(`lit-localize ${cmd}: ${catalogs.join(', ')}`);

// Runs lit-localize for every catalog in locales/*.json: `shared` (src/shared) plus one or more per widget, so each
// widget's Spanish text is its own lazy chunk, and the screener's start screen (`loc-screener`) is apart from the
// words of its questions and results, loaded with src/components/loc-screener/flow.ts in three chunks side by side
// (each under 4 KB gzip, issue #12): `loc-screener-questions` (questions-copy.ts), `loc-screener-results`
// (results-copy.ts) and `loc-screener-flow` (flow.ts, warnings-copy.ts and summary.ts: the question screen's
// buttons, the crisis panel, the result page, the warnings and the summary).
// lit-localize extracts from every file the inputs import, so this script runs it in-process, with its extractor
// shown only each catalog's own input files, and then drops the messages of the catalogs always loaded before it
// (BASE, DEPENDS): after extract from the XLIFF, after build from the generated module.
// Usage: node scripts/localize.mjs extract|build
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
const catalogs = readdirSync(join(root, 'locales'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
/**
 * Catalogs always loaded before another one: their messages are not repeated in it. `crisis` (the crisis band and
 * helplines, src/shared/crisis.ts) is part of the first file, not lazy, so a Spanish page shows crisis help in Spanish
 * at once; `shared` (the rest of src/shared) comes next, for every widget (BASE, in that order). DEPENDS adds a
 * widget's own earlier catalogs.
 */
const BASE = ['crisis', 'shared'];
const DEPENDS = { 'loc-screener-flow': ['loc-screener'], 'loc-screener-questions': ['loc-screener'], 'loc-screener-results': ['loc-screener'] };
const before = (name) => (BASE.includes(name) ? BASE.slice(0, BASE.indexOf(name)) : [...BASE, ...(DEPENDS[name] ?? [])]);

/** A catalog's localizer whose extractor sees only the catalog's own input files (not the files they import). */
function ownLocalizer(name) {
  const config = readConfigFileAndWriteSchema(join(root, 'locales', `${name}.json`));
  const localizer = new RuntimeLitLocalizer(config);
  const program = localizer.program;
  const own = new Set(program.getRootFileNames().map((f) => resolve(f)));
  // The extractor walks program.getSourceFiles(): show it only the catalog's own files. The type checker, which it
  // needs to recognise `msg`, is made first, so it still sees the whole program.
  program.getTypeChecker();
  const all = program.getSourceFiles.bind(program);
  program.getSourceFiles = () => all().filter((f) => own.has(resolve(f.fileName)));
  const { errors } = localizer.extractSourceMessages();
  if (errors.length) throw new Error(`lit-localize could not analyze catalog ${name}:\n${errors.map((e) => (typeof e.messageText === 'string' ? e.messageText : e.messageText.messageText)).join('\n')}`);
  return localizer;
}

const localizers = new Map(catalogs.map((c) => [c, ownLocalizer(c)]));
const owned = new Map(catalogs.map((c) => [c, new Set(localizers.get(c).extractSourceMessages().messages.map((m) => m.name))]));
const unitRe = /<trans-unit id="([^"]+)">[\s\S]*?<\/trans-unit>\n?/g;
for (const name of catalogs) {
  const keep = (id) => !before(name).some((b) => owned.get(b).has(id));
  // Extract writes the XLIFF, build the module (after checking every translation's placeholders), as the CLI does.
  // Build warns of each message with no translation in this catalog: those of earlier catalogs are dropped below, so
  // only the others are worth a warning.
  const warn = console.warn;
  console.warn = (...args) => {
    const id = /message (\S+) is missing/.exec(String(args[0]))?.[1];
    if (!id || keep(id)) warn(...args);
  };
  try {
    if (cmd === 'extract') await localizers.get(name).writeInterchangeFiles();
    else await localizers.get(name).build();
  } finally {
    console.warn = warn;
  }
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

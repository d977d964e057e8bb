// Checks that every catalog is extracted, fully translated and built:
// 1. lit-localize extract (keeps existing translations, adds new source strings);
// 2. every <trans-unit> has a non-empty <target>;
// 3. lit-localize build regenerates src/locales/* and the result matches what is committed;
// 4. the Spanish follows the project's word choices (issue #15): gender-neutral (no "(a)" endings, read aloud as
//    "muerto a", and no "el paciente"), "consumir" for drug use (never "usar drogas"), and "atención" for care
//    ("nivel de atención"; "cuidado" was used for the same thing in one widget).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd) => execFileSync(process.execPath, [join(root, 'scripts/localize.mjs'), cmd], { cwd: root, stdio: 'pipe' });
const generated = () => {
  const out = new Map();
  const dir = join(root, 'src/locales');
  if (!existsSync(dir)) return out;
  for (const cat of readdirSync(dir)) for (const f of readdirSync(join(dir, cat))) out.set(`${cat}/${f}`, readFileSync(join(dir, cat, f), 'utf8'));
  return out;
};

run('extract');
let problems = 0;
let units = 0;
for (const cat of readdirSync(join(root, 'locales')).filter((f) => f.endsWith('.json'))) {
  const name = cat.replace(/\.json$/, '');
  const xlf = join(root, 'locales', name, 'es.xlf');
  const xml = readFileSync(xlf, 'utf8');
  for (const m of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    units++;
    const target = /<target>([\s\S]*?)<\/target>/.exec(m[2]);
    if (!target || !target[1].trim()) {
      problems++;
      console.error(`untranslated (${name}/es): ${/<source>([\s\S]*?)<\/source>/.exec(m[2])[1]}`);
    }
  }
}
const STYLE = [
  [/\p{L}\((?:a|as|os)\)|\p{L}o\/a\b/u, 'a gendered "(a)" or "o/a" ending: reword it gender-neutral'],
  [/\b(?:el|los|del|al) pacientes?\b/i, '"el paciente": say "la persona" (gender-neutral)'],
  [/\bus(?:a|an|ar|ó|aba|ando|e|en)\b(?:\s+\S+){0,3}\s+drogas\b/i, 'drug use is "consumir", not "usar"'],
  [/\bcuidados?\b/i, 'care is "atención" ("nivel de atención"), not "cuidado"'],
];
for (const cat of readdirSync(join(root, 'locales')).filter((f) => f.endsWith('.json'))) {
  const name = cat.replace(/\.json$/, '');
  const xml = readFileSync(join(root, 'locales', name, 'es.xlf'), 'utf8');
  for (const [, target] of xml.matchAll(/<target>([\s\S]*?)<\/target>/g)) {
    for (const [re, why] of STYLE) {
      if (re.test(target)) {
        problems++;
        console.error(`Spanish style (${name}/es): ${why}: ${target}`);
      }
    }
  }
}
const before = generated();
run('build');
const after = generated();
for (const [k, v] of after) {
  if (before.get(k) !== v) {
    problems++;
    console.error(`src/locales/${k} was out of date; it has been rebuilt — commit it.`);
  }
}
if (problems) {
  console.error(`locales: ${problems} problem(s) in ${units} strings`);
  process.exit(1);
}
console.log(`locales: ${units} strings, all translated to Spanish, generated modules up to date`);

// Translator helper: fills <target> elements of an XLIFF file from a JSON map of
// English source text → translation. Existing targets are replaced only with --force.
// Usage: node scripts/xliff-apply.mjs locales/<catalog>/es.xlf translations.json [--force]
import { readFileSync, writeFileSync } from 'node:fs';

const [file, mapFile, flag] = process.argv.slice(2);
if (!file || !mapFile) {
  console.error('usage: node scripts/xliff-apply.mjs <file.xlf> <map.json> [--force]');
  process.exit(2);
}
const map = JSON.parse(readFileSync(mapFile, 'utf8'));
let xml = readFileSync(file, 'utf8');
let filled = 0;
const missing = [];
xml = xml.replace(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g, (unit, id, body) => {
  const src = /<source>([\s\S]*?)<\/source>/.exec(body)[1];
  const hasTarget = /<target>/.test(body);
  if (hasTarget && flag !== '--force') return unit;
  const key = src.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  // Placeholders (<x .../>) are matched by position: the map uses {0}, {1}, … in their place.
  const xs = src.match(/<x [^>]*\/>/g) ?? [];
  const plain = key.replace(/<x [^>]*\/>/g, (() => { let i = 0; return () => `{${i++}}`; })());
  const target = map[plain] ?? map[key];
  if (target == null) {
    if (!hasTarget) missing.push(plain);
    return unit;
  }
  const esc = String(target).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const withX = esc.replace(/\{(\d+)\}/g, (_, n) => xs[Number(n)] ?? `{${n}}`);
  filled++;
  const cleaned = body.replace(/\s*<target>[\s\S]*?<\/target>/, '');
  return `<trans-unit id="${id}">${cleaned.replace(/(<\/source>)/, `$1\n  <target>${withX}</target>`)}</trans-unit>`;
});
writeFileSync(file, xml);
console.log(`${file}: ${filled} filled, ${missing.length} still missing`);
for (const m of missing) console.log(`  missing: ${m}`);

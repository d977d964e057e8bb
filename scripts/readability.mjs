// Plain-language report: the Flesch-Kincaid grade of every visitor-facing English string, taken from
// each catalog's XLIFF sources (what visitors read), per widget. Short interface strings (under 4 words)
// are reported as part of the widget total but not judged alone: formulas are not meaningful for them.
// Limits (clinical brief §6): each catalog at most grade 6 overall; no question (a string ending in ?)
// of 4+ words above grade 6, and no other string of 4+ words above grade 8.
// Usage: node scripts/readability.mjs [--check]   (--check exits 1 when a catalog is over a limit)
import { readFileSync, readdirSync } from 'node:fs';
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';

const root = new URL('../locales/', import.meta.url);
const decode = (s) =>
  s.replace(/<x [^>]*\/>/g, '5').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
// Real words are measured, drug names, acronyms and web addresses included: a visitor reads them too. The only
// words left out are the level names the clinical brief mandates word for word (§1.6 C14: "high-intensity
// outpatient", "partial hospitalization"), which no plainer wording may replace. Numbers and phone numbers have
// no letters, so they are not words.
const MANDATED = /\b(high-intensity outpatient|partial hospitalization)\b/gi;

function counts(text) {
  const clean = text.replace(MANDATED, 'name');
  const sentences = Math.max(1, (clean.match(/[.!?]+(\s|$)/g) ?? []).length);
  const words = clean.match(/[A-Za-z']+/g) ?? [];
  return { sentence: sentences, word: words.length, syllable: words.reduce((n, w) => n + syllable(w), 0) };
}

const LIMIT = Number(process.env.FK_LIMIT ?? 8);
const QUESTION_LIMIT = 6;
// Strings of 1–3 words (labels, names, "Privacy") are not judged alone: a formula gives one long word grade 20.
const MIN_WORDS = Number(process.env.MIN_WORDS ?? 4);
let over = 0;
for (const file of readdirSync(root).filter((f) => f.endsWith('.json')).sort()) {
  const name = file.replace(/\.json$/, '');
  const xml = readFileSync(new URL(`${name}/es.xlf`, root), 'utf8');
  const strings = [...xml.matchAll(/<source>([\s\S]*?)<\/source>/g)].map((m) => decode(m[1]));
  const total = { sentence: 0, word: 0, syllable: 0 };
  const hard = [];
  for (const s of strings) {
    const c = counts(s);
    total.sentence += c.sentence;
    total.word += c.word;
    total.syllable += c.syllable;
    if (c.word >= MIN_WORDS) {
      // Questions the visitor answers are held to grade 6; explanations and results to grade 8.
      const limit = s.trim().endsWith('?') ? QUESTION_LIMIT : LIMIT;
      const g = fleschKincaid(c);
      if (g > limit) hard.push([g, s]);
    }
  }
  const grade = fleschKincaid(total);
  console.log(`${name}: ${strings.length} strings, ${total.word} words, grade ${grade.toFixed(1)} overall; ${hard.length} strings above their limit (questions ${QUESTION_LIMIT}, other text ${LIMIT})`);
  for (const [g, s] of hard.sort((a, b) => b[0] - a[0]).slice(0, 8)) console.log(`  ${g.toFixed(1)}  ${s}`);
  if (grade > 6 || hard.length) over++;
}
if (process.argv.includes('--check') && over) {
  console.error(`readability: ${over} catalog(s) above grade 6 overall or with strings above their limit`);
  process.exit(1);
}

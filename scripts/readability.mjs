// Plain-language report: the Flesch-Kincaid grade of every visitor-facing English string, taken from
// each catalog's XLIFF sources (what visitors read), per widget. Short interface strings (under 5 words)
// are reported as part of the widget total but not judged alone: formulas are not meaningful for them.
// Limits (clinical brief §6): each catalog at most grade 6 overall; no question (a string ending in ?)
// of 5+ words above grade 6, and no other string of 5+ words above grade 8.
// Usage: node scripts/readability.mjs [--check]   (--check exits 1 when a catalog is over a limit)
import { readFileSync, readdirSync } from 'node:fs';
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';

const root = new URL('../locales/', import.meta.url);
const decode = (s) =>
  s.replace(/<x [^>]*\/>/g, '5').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
// Proper names, numbers and the level names the clinical brief mandates word for word (§1.6 C14),
// which formulas misread as long words.
const NAMES = /\b(high-intensity outpatient|partial hospitalization|cognitive behavioral therapy|dialectical behavior therapy|motivational interviewing|Joint Commission|SAMHSA|FindTreatment\.gov|988lifeline\.org|ASAM|IOP|PHP|OP|DTs|Narcan|naloxone|buprenorphine|methadone|naltrexone|Xanax|Valium|fentanyl|marijuana|opioids?|1-800-\d{3}-\d{4}|\d+(?:[–-]\d+)?)\b/gi;

function counts(text) {
  const clean = text.replace(NAMES, 'name');
  const sentences = Math.max(1, (clean.match(/[.!?]+(\s|$)/g) ?? []).length);
  const words = clean.match(/[A-Za-z']+/g) ?? [];
  return { sentence: sentences, word: words.length, syllable: words.reduce((n, w) => n + syllable(w), 0) };
}

const LIMIT = Number(process.env.FK_LIMIT ?? 8);
const QUESTION_LIMIT = 6;
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
    if (c.word >= 5) {
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

// Size checks (`npm run test:size`, part of `npm test`), with size-limit (@size-limit/file): each CDN entry
// counted with the shared chunks it imports before the first render (scripts/cdn-graph.mjs), in gzip (with a
// limit) and brotli (reported); every Spanish chunk; the ways to put all three widgets on a page.
// Limits are today's measured gzip plus about 2 %: lower one when a file shrinks, raise one only on purpose
// and say why here. Issue budgets (14 KB for the screener, 24 KB for all three…) are in scripts/size.mjs.
// 2026-12-02: screener v2 (issue #10: helper wording, step-down, crisis panels, the summary) +3.9 KB; one CDN
// module graph (issue #12): files compressed one by one cost the screener alone about 1.7 KB, while all three
// widgets loaded one by one or through the autoloader pay 41 KB instead of about 60. Then attribute parity for
// WordPress (issue #11: center-name, cta-label and cta-<level>-href/phone/label, so no child script is needed)
// +0.3 to 0.6 KB. Then the accessibility audit (issue #15: one-line checklist items that open, notes named by
// item, Undo after "Clear saved answers", focus rings on light and dark pages, in-place red-flag note) +0.4 KB.
// Then hardening (issue #14: bounded notices, streamed config-src with its limits, invisible-character and
// link checks in the shared parsers, event details shaped for privacy, remember per page with expiry,
// styles rebuilt on adoption) +1.2 to 1.7 KB a widget, +2.3 KB for all three.
// 2026-12-02 (issue #12, second part): the screener's first screen loads alone; its questions, rules, results and
// summary (flow.ts, with their styles and Spanish) load when the page is idle or Start is pressed, and the settings
// controller (child JSON, config-src, notices) only when an element has settings. Screener 29.1 → 12.4 KB; all three
// 44.4 → 32.7 KB. The comparison and the checklist pay about 1.2 KB more: the chunks the screener no longer shares
// with them (settings, levels) are files of their own, each compressed alone. The crisis band's Spanish (0.3 KB)
// is in the first file.
// 2026-12-02 (issue #12, language chunks): the Spanish of the screener's questions and results, one 8.9 KB catalog,
// is three loaded side by side (questions 3.5 KB, results 2.8 KB, crisis panel, warnings and summary 3.5 KB; 9.8 KB
// in all). The Spanish limit is now the largest language chunk, the checklist's (3.93 KB), plus about 2 %: 9.1 → 4.0.
// 2026-12-02 (issue #12, third part): the editor notice, its styles and the re-parse rule moved from the base element
// to the settings chunk, and Lit's directives to the flow: the screener's first screen 12.44 → 12.00 KB (limit 12.25).
// The checklist's "Why it matters" and "A good answer" texts (shown only in an opened item) load right after its first
// render (details-copy.ts): the checklist 23.68 → 22.85 KB, all three 32.87 → 32.04 KB. Then the checklist draws its
// items' opened parts when the page is idle (a quarter less time to its first paint at 4× CPU): +0.26 KB, 23.11 KB.
import { PAGE_LOADS, cdnFiles, closure, isEntry, isLanguage } from './scripts/cdn-graph.mjs';

const KB = 1024;
const GZIP_LIMITS = {
  'loc-screener.js': 12.25,
  'iop-compare.js': 22.6,
  'program-checklist.js': 23.3,
  'level-of-care-widgets.js': 32.7,
  'level-of-care-widgets.classic.js': 58.2,
  'autoloader.js': 0.6,
};
const LANGUAGE_LIMIT = 4.0;
const limit = (kb) => `${Math.round(kb * KB)} B`;
const at = (files) => files.map((f) => `dist/cdn/${f}`);

let files;
try {
  files = cdnFiles();
} catch {
  throw new Error('dist/cdn is missing: run `npm run build` first.');
}
const entries = files.filter(isEntry);
const unknown = entries.filter((f) => !(f in GZIP_LIMITS));
if (unknown.length) throw new Error(`new CDN entries with no size limit in .size-limit.mjs: ${unknown.join(', ')}`);

export default [
  ...entries.flatMap((f) => [
    { name: `${f} (with its shared chunks), gzip`, path: at(closure([f])), gzip: true, limit: limit(GZIP_LIMITS[f]) },
    { name: `${f} (with its shared chunks), brotli`, path: at(closure([f])), brotli: true },
  ]),
  // Each way to put all three widgets on a page pays at most the all-in-one file's limit (plus the autoloader's).
  ...PAGE_LOADS.map((l) => ({
    name: `${l.name}, gzip`,
    path: at(closure(l.entries)),
    gzip: true,
    limit: limit(GZIP_LIMITS['level-of-care-widgets.js'] + (l.entries.includes('autoloader.js') ? GZIP_LIMITS['autoloader.js'] : 0)),
  })),
  ...files.filter(isLanguage).map((f) => ({ name: `Spanish chunk ${f}, gzip`, path: at([f]), gzip: true, limit: limit(LANGUAGE_LIMIT) })),
];

// Entry of the all-in-one CDN files (not part of the npm build):
// - dist/cdn/level-of-care-widgets.js: an ES module that imports the three per-widget entries, so it shares
//   every chunk with them (a page that loads both runs each module once); Spanish is in lazy chunks.
// - dist/cdn/level-of-care-widgets.classic.js: the same as a classic script (IIFE) with Spanish inlined.
// Module evaluation is synchronous, so every widget's language catalog is registered before the first
// element asks for a language (src/shared/localize.ts).
import '../components/loc-screener/define.js';
import '../components/iop-compare/define.js';
import '../components/program-checklist/define.js';

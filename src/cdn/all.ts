// Entry of the all-in-one CDN files (not part of the npm build):
// - dist/cdn/level-of-care-widgets.js: an ES module; Spanish is in lazy chunks beside it.
// - dist/cdn/level-of-care-widgets.classic.js: the same as a classic script (IIFE) with Spanish inlined.
import '../define.js';

/**
 * Registers all three widgets under their default tags: `<loc-screener>`, `<iop-compare>` and
 * `<program-checklist>`. Import `level-of-care-widgets/define` once; registering twice is harmless.
 * To load only some widgets, import `level-of-care-widgets/<tag>/define` instead.
 */
// The element modules first: each registers its language catalog when it is evaluated, so every
// catalog is known before the first element upgrades and asks for a language.
import './components/loc-screener/loc-screener.js';
import './components/iop-compare/iop-compare.js';
import './components/program-checklist/program-checklist.js';
import './components/loc-screener/define.js';
import './components/iop-compare/define.js';
import './components/program-checklist/define.js';

/**
 * For React Server Components (Next.js App Router): a Server Component that only imports this module
 * does not send it to the browser (the built file is a `'use client'` module), so nothing registers.
 * Render `<LevelOfCareWidgets />` once (in a layout or page) instead: it renders nothing, and the
 * browser loads this module with it. Needs no React import.
 */
export function LevelOfCareWidgets(): null {
  return null;
}

/**
 * level-of-care-widgets: the element classes and types, with no side effects.
 * Import `level-of-care-widgets/<tag>/define` (or call `Class.define('my-tag')`) to register them.
 */
export { LocElement } from './shared/base-element.js';
export { LocScreener } from './components/loc-screener/loc-screener.js';
export { IopCompare } from './components/iop-compare/iop-compare.js';
export { ProgramChecklist } from './components/program-checklist/program-checklist.js';
export type {
  LocScreenerEventMap,
  ScreenerCompleteDetail,
  ScreenerCrisisDetail,
  ScreenerCtaDetail,
  ScreenerStepDetail,
} from './components/loc-screener/loc-screener.js';
export type { IopCompareEventMap } from './components/iop-compare/iop-compare.js';
export type { ProgramChecklistEventMap } from './components/program-checklist/program-checklist.js';
export type * from './core/index.js';

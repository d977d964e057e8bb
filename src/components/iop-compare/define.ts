import { IopCompare } from './iop-compare.js';
import type { CompareLevelId } from '../../core/compare/config.js';

IopCompare.define('iop-compare');

/** Events of `<iop-compare>`; they bubble and are composed, so they can be heard on `document`. */
export interface IopCompareEventMap {
  'iop-compare-select': CustomEvent<{ level: CompareLevelId }>;
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-compare': IopCompare;
  }
  interface HTMLElementEventMap extends IopCompareEventMap {}
  interface DocumentEventMap extends IopCompareEventMap {}
}

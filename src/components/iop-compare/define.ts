import { IopCompare } from './iop-compare.js';

IopCompare.define('iop-compare');

export type { IopCompareEventMap } from './iop-compare.js';

declare global {
  interface HTMLElementTagNameMap {
    'iop-compare': IopCompare;
  }
}

import { IopCompare } from './iop-compare.js';
import type { CompareLevelId } from '../../core/compare/config.js';

IopCompare.define('iop-compare');

declare global {
  interface HTMLElementTagNameMap {
    'iop-compare': IopCompare;
  }
  interface HTMLElementEventMap {
    'iop-compare-select': CustomEvent<{ level: CompareLevelId }>;
  }
}

import { LocScreener } from './loc-screener.js';

LocScreener.define('loc-screener');

export type { LocScreenerEventMap } from './loc-screener.js';

declare global {
  interface HTMLElementTagNameMap {
    'loc-screener': LocScreener;
  }
}

import { LocScreener } from './loc-screener.js';

LocScreener.define('loc-screener');

declare global {
  interface HTMLElementTagNameMap {
    'loc-screener': LocScreener;
  }
}

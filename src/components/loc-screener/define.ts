import { LocScreener } from './loc-screener.js';
import type { ScreenerCompleteDetail, ScreenerCrisisDetail, ScreenerCtaDetail, ScreenerStepDetail } from './loc-screener.js';

LocScreener.define('loc-screener');

/** Events of `<loc-screener>`; all bubble and are composed, so they can be heard on `document`. */
export interface LocScreenerEventMap {
  'loc-screener-start': CustomEvent<{ total: number }>;
  'loc-screener-step': CustomEvent<ScreenerStepDetail>;
  'loc-screener-crisis': CustomEvent<ScreenerCrisisDetail>;
  'loc-screener-complete': CustomEvent<ScreenerCompleteDetail>;
  'loc-screener-cta': CustomEvent<ScreenerCtaDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'loc-screener': LocScreener;
  }
  interface HTMLElementEventMap extends LocScreenerEventMap {}
  interface DocumentEventMap extends LocScreenerEventMap {}
}

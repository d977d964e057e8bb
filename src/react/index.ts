/**
 * React components for the three widgets, made with `@lit/react`, with typed event props.
 *
 * ```tsx
 * import 'level-of-care-widgets/define'; // registers <loc-screener>, <iop-compare>, <program-checklist>
 * import { LocScreener } from 'level-of-care-widgets/react';
 *
 * <LocScreener levelsOffered="php iop op" onComplete={(e) => console.log(e.detail.level)} />;
 * ```
 *
 * Importing this module registers no element: it only renders the default tags. Register them
 * once with `level-of-care-widgets/define` (all three) or `level-of-care-widgets/<tag>/define`.
 * Properties use their JavaScript names (`levelsOffered`, `ctaPhone`, `focusArea`, `storageKey`…).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { CompareLevelId } from '../core/compare/config.js';
import type { ChecklistCounts } from '../core/checklist/index.js';
import {
  LocScreener as LocScreenerElement,
  type ScreenerCompleteDetail,
  type ScreenerCrisisDetail,
  type ScreenerCtaDetail,
  type ScreenerStepDetail,
} from '../components/loc-screener/loc-screener.js';
import { IopCompare as IopCompareElement } from '../components/iop-compare/iop-compare.js';
import { ProgramChecklist as ProgramChecklistElement } from '../components/program-checklist/program-checklist.js';

export type { ChecklistCounts, CompareLevelId, ScreenerCompleteDetail, ScreenerCrisisDetail, ScreenerCtaDetail, ScreenerStepDetail };

/** Detail of `loc-screener-start`. */
export interface ScreenerStartDetail {
  total: number;
}

/** Detail of `iop-compare-select`. */
export interface IopCompareSelectDetail {
  level: CompareLevelId;
}

/** `<loc-screener>`: onStart, onStep, onCrisis, onComplete, onCta. */
export const LocScreener = createComponent({
  react: React,
  tagName: 'loc-screener',
  elementClass: LocScreenerElement,
  displayName: 'LocScreener',
  events: {
    onStart: 'loc-screener-start' as EventName<CustomEvent<ScreenerStartDetail>>,
    onStep: 'loc-screener-step' as EventName<CustomEvent<ScreenerStepDetail>>,
    onCrisis: 'loc-screener-crisis' as EventName<CustomEvent<ScreenerCrisisDetail>>,
    onComplete: 'loc-screener-complete' as EventName<CustomEvent<ScreenerCompleteDetail>>,
    onCta: 'loc-screener-cta' as EventName<CustomEvent<ScreenerCtaDetail>>,
  },
});

/** `<iop-compare>`: onSelect. */
export const IopCompare = createComponent({
  react: React,
  tagName: 'iop-compare',
  elementClass: IopCompareElement,
  displayName: 'IopCompare',
  events: {
    onSelect: 'iop-compare-select' as EventName<CustomEvent<IopCompareSelectDetail>>,
  },
});

/** `<program-checklist>`: onChange, onComplete. */
export const ProgramChecklist = createComponent({
  react: React,
  tagName: 'program-checklist',
  elementClass: ProgramChecklistElement,
  displayName: 'ProgramChecklist',
  events: {
    onChange: 'program-checklist-change' as EventName<CustomEvent<ChecklistCounts>>,
    onComplete: 'program-checklist-complete' as EventName<CustomEvent<ChecklistCounts>>,
  },
});

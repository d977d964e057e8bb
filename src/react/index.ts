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
 * Importing this module registers no element; rendering a component registers its element under the
 * default tag if that tag is still free (in the browser). Raw tags need `level-of-care-widgets/define`.
 * Properties use their JavaScript names (`levelsOffered`, `ctaPhone`, `focusArea`, `storageKey`…).
 *
 * The built file starts with `'use client'` (rollup.config.mjs adds it), so Next.js App Router pages
 * (Server Components) can render these components as they are. With no children, each renders the
 * crisis numbers as plain links inside its tag (src/fallback.ts): server HTML and pages whose script
 * fails show them, and the upgraded element hides them (its shadow root has no slot).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { FALLBACK, fallbackLang } from '../fallback.js';
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
const LocScreenerBase = createComponent({
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
const IopCompareBase = createComponent({
  react: React,
  tagName: 'iop-compare',
  elementClass: IopCompareElement,
  displayName: 'IopCompare',
  events: {
    onSelect: 'iop-compare-select' as EventName<CustomEvent<IopCompareSelectDetail>>,
  },
});

/** `<program-checklist>`: onChange, onComplete. */
const ProgramChecklistBase = createComponent({
  react: React,
  tagName: 'program-checklist',
  elementClass: ProgramChecklistElement,
  displayName: 'ProgramChecklist',
  events: {
    onChange: 'program-checklist-change' as EventName<CustomEvent<ChecklistCounts>>,
    onComplete: 'program-checklist-complete' as EventName<CustomEvent<ChecklistCounts>>,
  },
});

/** The crisis links of src/fallback.ts as React elements, in the widget's `lang` (else English). */
export function CrisisFallback({ lang }: { lang?: string }): React.ReactElement {
  const h = React.createElement;
  const lines = FALLBACK[fallbackLang(lang)].map((line, i) => {
    const parts = line.parts.map((p, j) => (typeof p === 'string' ? p : h('a', { key: j, href: p.href }, p.text)));
    return h(React.Fragment, { key: i }, i ? ' ' : null, line.strong ? h('strong', null, ...parts) : parts);
  });
  return h('p', { 'data-loc-fallback': '' }, ...lines);
}

/**
 * The @lit/react component, with the crisis fallback as its children when it is given none. In the
 * browser, rendering it registers its element under the default tag when that tag is free, so the
 * wrappers work alone (a Next.js Server Component that imports the define module does not send it to
 * the browser). Registering is safe to repeat (`LocElement.define`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any wrapper, whatever its props; they are passed through untouched
function withFallback<C extends React.ForwardRefExoticComponent<any>>(Base: C, tag: string, element: { define(tag: string): unknown }, displayName: string): C {
  const Wrapped = React.forwardRef<unknown, { children?: React.ReactNode; lang?: string }>((props, ref) => {
    if (typeof document !== 'undefined' && !customElements.get(tag)) element.define(tag);
    return React.createElement(Base, { ...props, ref }, props.children ?? React.createElement(CrisisFallback, { lang: props.lang }));
  });
  Wrapped.displayName = displayName;
  return Wrapped as unknown as C;
}

/** `<loc-screener>`: onStart, onStep (detail `index` is 1-based), onCrisis, onComplete, onCta. */
export const LocScreener = withFallback(LocScreenerBase, 'loc-screener', LocScreenerElement, 'LocScreener');
/** `<iop-compare>`: onSelect. */
export const IopCompare = withFallback(IopCompareBase, 'iop-compare', IopCompareElement, 'IopCompare');
/** `<program-checklist>`: onChange, onComplete. */
export const ProgramChecklist = withFallback(ProgramChecklistBase, 'program-checklist', ProgramChecklistElement, 'ProgramChecklist');

import { type IssueList, parseBoolean, quote } from '../config.js';
import type { ContactId, CrisisKind, ScreenerResult } from './evaluate.js';
import type { Answers, QuestionId } from './questions.js';

/**
 * What the screener's events tell the page (issue #14). Analytics tags listen on `document`, so by
 * default an event holds only what a site needs for counts and conversion, and nothing that reveals an
 * answer, a reason, an age or audience, who answers, or a crisis kind:
 * - `basic` (default): start `{ total }`, step `{ index }`, crisis `{}`, complete `{ level, offered, complete }`,
 *   cta `{ level, kind }` with kind `phone`, `link` or `help` (the site's own `href` is added for phone and link);
 * - `reasons`: adds the question id and total to steps, `{ kind, crises, contacts }` to crisis, reasons, warnings,
 *   audience, focus, respondent and counts to complete, and the exact kind and address to cta;
 * - `answers`: `reasons` plus the raw answers in complete (the old `include-answers`, kept as an alias).
 */
export type EventDetailLevel = 'basic' | 'reasons' | 'answers';
export const EVENT_DETAIL_LEVELS: readonly EventDetailLevel[] = ['basic', 'reasons', 'answers'];

/** `event-detail`, with `include-answers` (any value but `false`) as an alias of `answers`; the larger wins. */
export function parseEventDetail(value: string | null | undefined, includeAnswers: string | null | undefined, issues: IssueList): EventDetailLevel {
  let level: EventDetailLevel = 'basic';
  const v = value?.trim().toLowerCase();
  if (v) {
    if ((EVENT_DETAIL_LEVELS as readonly string[]).includes(v)) level = v as EventDetailLevel;
    else issues.add('event-detail', `${quote(value)} is not allowed. Use one of: ${EVENT_DETAIL_LEVELS.join(', ')}. Events carry the basic detail.`);
  }
  return parseBoolean(includeAnswers) ? 'answers' : level;
}

export interface ScreenerStepDetail {
  /** 1-based position of the question shown. */
  index: number;
  /** With `event-detail="reasons"` or more: questions expected in all (depends on answers). */
  total?: number;
  /** With `event-detail="reasons"` or more: the question id (never the answer). */
  question?: QuestionId;
}

export interface ScreenerCrisisDetail {
  /** With `event-detail="reasons"` or more: the most urgent kind. */
  kind?: CrisisKind;
  crises?: CrisisKind[];
  contacts?: ContactId[];
}

export interface ScreenerCompleteDetail {
  level: ScreenerResult['level'];
  /** Whether the program offers the level (`levels-offered`); null when the host did not say. */
  offered: boolean | null;
  /** Always true: the visitor reached a result. */
  complete: true;
  reasons?: string[];
  warnings?: string[];
  audience?: ScreenerResult['audience'];
  focus?: ScreenerResult['focus'];
  respondent?: ScreenerResult['respondent'];
  asked?: number;
  answered?: number;
  /** Only with `event-detail="answers"` (or `include-answers`). */
  answers?: Answers;
}

export type ScreenerCtaKind = 'phone' | 'link' | 'helpline' | 'findtreatment' | ContactId;
export interface ScreenerCtaDetail {
  level: ScreenerResult['level'];
  /** `phone` or `link` (the site's own), else `help` by default; the exact kind with `event-detail="reasons"` or more. */
  kind: ScreenerCtaKind | 'help';
  /** The site's own phone or link; any address with `event-detail="reasons"` or more. */
  href?: string;
}

const more = (level: EventDetailLevel) => level !== 'basic';

export function stepDetail(level: EventDetailLevel, index: number, total: number, question: QuestionId): ScreenerStepDetail {
  return more(level) ? { index, total, question } : { index };
}

export function crisisDetail(level: EventDetailLevel, r: ScreenerResult): ScreenerCrisisDetail {
  return more(level) && r.crisis ? { kind: r.crisis, crises: [...r.crises], contacts: [...r.contacts] } : {};
}

export function completeDetail(level: EventDetailLevel, r: ScreenerResult, answers: Answers): ScreenerCompleteDetail {
  const d: ScreenerCompleteDetail = { level: r.level, offered: r.offered, complete: true };
  if (!more(level)) return d;
  Object.assign(d, {
    reasons: r.reasons.map((x) => x.code),
    warnings: r.warnings.map((x) => x.code),
    audience: r.audience,
    focus: r.focus,
    respondent: r.respondent,
    asked: r.asked.length,
    answered: r.answered,
  });
  if (level === 'answers') d.answers = JSON.parse(JSON.stringify(answers)) as Answers;
  return d;
}

export function ctaDetail(level: EventDetailLevel, resultLevel: ScreenerResult['level'], kind: ScreenerCtaKind, href: string): ScreenerCtaDetail {
  if (more(level)) return { level: resultLevel, kind, href };
  // A helpline (domestic violence, Poison Help, 988) names what the visitor told: by default only "help".
  return kind === 'phone' || kind === 'link' ? { level: resultLevel, kind, href } : { level: resultLevel, kind: 'help' };
}

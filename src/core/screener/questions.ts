import type { Audience } from '../levels.js';

/**
 * The screener's question bank. Ids and option values are stable API: hosts that ask for raw
 * answers receive them, and tests pin them. Wording lives with the component (localized); this
 * file holds structure and skip logic only.
 *
 * No validated instrument is reproduced here. The mood and anxiety questions are our own plain
 * wording informed by what PHQ/GAD screens ask about (brief §3); they produce no score. The
 * safety questions route to 988/911 only, as the brief advises for ASQ-style items (brief §3, §4.2).
 */

export type Focus = 'substance' | 'mental-health' | 'both';
export const FOCUSES: readonly Focus[] = ['substance', 'mental-health', 'both'];

/** Who answers: the person themself, or someone helping them (brief §1.6 C12). */
export type Respondent = 'self' | 'other';
export const RESPONDENTS: readonly Respondent[] = ['self', 'other'];

/** What a question informs (the six dimensions, in plain names, plus context). */
export type Area =
  | 'context'
  | 'danger'
  | 'withdrawal'
  | 'medical'
  | 'mental-health'
  | 'use'
  | 'relapse'
  | 'environment'
  | 'readiness';

export type QuestionKind = 'single' | 'multi';

export interface Question {
  readonly id: QuestionId;
  readonly kind: QuestionKind;
  readonly area: Area;
  readonly options: readonly string[];
  /** For multi questions: the option that clears the others ("none of these"). */
  readonly exclusive?: string;
}

export const QUESTIONS = [
  {
    id: 'danger-now',
    kind: 'multi',
    area: 'danger',
    // First on every path (brief §1.5: red flags first). Red flags happening now (§1.5 red-flag row, §4.2): overdose
    // signs, seizure, chest pain, confusion or hallucinations (C9: not blamed on withdrawal), severe withdrawal signs
    // after stopping (C4: high fever or racing heart; ordinary shakes are asked later and are not an emergency),
    // poisoning while awake (§4.1), intent to harm someone else.
    options: ['cant-wake', 'seizure', 'chest-pain', 'confused', 'withdrawal-severe', 'took-too-much', 'hurt-others', 'none'],
    exclusive: 'none',
  },
  {
    id: 'who',
    kind: 'single',
    area: 'context',
    // Who it is for, and their age, in one question (brief §1.6 C12: ask who it is for first; §1.5 adolescents).
    options: ['self-adult', 'self-teen', 'other-adult', 'other-teen'],
  },
  { id: 'focus', kind: 'single', area: 'context', options: ['substance', 'mental-health', 'both'] },
  {
    id: 'suicide',
    kind: 'single',
    area: 'mental-health',
    // Graded from none to acute (brief §1.5 red flags and D3 rows; §4.2 suicide risk).
    options: ['no', 'wish', 'thoughts', 'now', 'plan'],
  },
  { id: 'use-frequency', kind: 'single', area: 'use', options: ['never', 'less-than-weekly', 'weekly', 'daily'] },
  {
    id: 'substances',
    kind: 'multi',
    area: 'use',
    // Sleep or anxiety pills are split by how they are taken (brief §1.6 C3): exactly as prescribed, or not.
    options: ['alcohol', 'opioids', 'sedatives', 'sedatives-prescribed', 'stimulants', 'cannabis', 'other'],
  },
  {
    id: 'use-problems',
    kind: 'multi',
    area: 'use',
    // Plain-language versions of the 11 DSM-5 use-disorder criteria, counted for the severity heuristic (brief §1.4).
    // `cant-cut-down` is the criterion "a wish or failed efforts to cut down", so it also carries C3's wish to stop.
    options: [
      'more-than-planned',
      'cant-cut-down',
      'lots-of-time',
      'cravings',
      'duties',
      'relationships',
      'gave-up-activities',
      'risky',
      'health-harm',
      'tolerance',
      'withdrawal',
      'none',
    ],
    exclusive: 'none',
  },
  {
    id: 'withdrawal',
    kind: 'multi',
    area: 'withdrawal',
    // Withdrawal history (brief §1.5 D1 rows; §4.2 DTs and benzodiazepine withdrawal); `shakes` is mild withdrawal (C4).
    options: ['seizure', 'dts', 'shakes', 'opioid-sick', 'none'],
    exclusive: 'none',
  },
  {
    id: 'medical',
    kind: 'multi',
    area: 'medical',
    // Brief §1.5 D2 row: unstable problems needing daily nursing; pregnancy with complications; C5 pregnancy.
    options: ['pregnant-problems', 'pregnant', 'daily-care', 'none'],
    exclusive: 'none',
  },
  {
    id: 'mood',
    kind: 'single',
    area: 'mental-health',
    // Past two weeks, felt down, hopeless, very nervous or unable to stop worrying (brief §3, our own wording).
    options: ['not-at-all', 'some-days', 'more-than-half', 'nearly-every-day'],
  },
  {
    id: 'self-care',
    kind: 'single',
    area: 'mental-health',
    // Brief §1.5 D3: "cannot care for self" points to psychiatric inpatient care.
    options: ['yes', 'hard', 'no'],
  },
  {
    id: 'recent-care',
    kind: 'single',
    area: 'relapse',
    // Step-down (brief §1.6 C2): finished detox, a hospital, residential or a day program in about the last month.
    options: ['no', 'yes-stable', 'yes-struggling'],
  },
  {
    id: 'past-treatment',
    kind: 'single',
    area: 'relapse',
    // Brief §1.5 D5 rows: relapse after treatment, not enough despite current OP/IOP.
    options: ['no', 'yes-well', 'yes-returned', 'yes-many-times', 'now-not-enough'],
  },
  {
    id: 'home',
    kind: 'multi',
    area: 'environment',
    // Brief §1.5 D6 rows: safety, stability, people using at home, a supportive person — each said explicitly (C11:
    // an unticked box is "not said", never "no"); C10: someone hurts or threatens them. `hard-to-attend` is the
    // attendance barrier (seeds/004: virtual sessions, evening hours).
    options: ['safe-stable', 'support', 'no-support', 'others-use', 'unsafe', 'unstable', 'hard-to-attend'],
  },
  { id: 'readiness', kind: 'single', area: 'readiness', options: ['ready', 'unsure', 'not-ready'] },
] as const satisfies readonly (Omit<Question, 'id' | 'options'> & { id: string; options: readonly string[] })[];

export type QuestionId = (typeof QUESTIONS)[number]['id'];
export const QUESTION_IDS: readonly QuestionId[] = QUESTIONS.map((q) => q.id);

type OptionsOf<Id extends QuestionId> = Extract<(typeof QUESTIONS)[number], { id: Id }>['options'][number];
type KindOf<Id extends QuestionId> = Extract<(typeof QUESTIONS)[number], { id: Id }>['kind'];

/** Answers keyed by question id: a string for single questions, a string array for multi questions. */
export type Answers = {
  [Id in QuestionId]?: KindOf<Id> extends 'multi' ? readonly OptionsOf<Id>[] : OptionsOf<Id>;
};

const byId = new Map<string, Question>(QUESTIONS.map((q) => [q.id, q as Question]));

export function getQuestion(id: string): Question | undefined {
  return byId.get(id);
}

/** Context the host may fix, so the matching question (or options) is skipped. */
export interface ScreenerContext {
  readonly audience?: Audience;
  readonly focus?: Focus;
  readonly respondent?: Respondent;
}

/** The options shown for a question: `who` leaves out the ones that contradict what the host fixed. */
export function questionOptions(id: QuestionId, ctx: ScreenerContext = {}): readonly string[] {
  const q = byId.get(id)!;
  if (id !== 'who') return q.options;
  return q.options.filter(
    (o) =>
      (!ctx.respondent || o.startsWith(ctx.respondent)) &&
      (!ctx.audience || o.endsWith(ctx.audience === 'adult' ? 'adult' : 'teen')),
  );
}

/** The focus in effect: the host's, else the visitor's answer, else `both` (ask about everything). */
export function effectiveFocus(answers: Answers, ctx: ScreenerContext = {}): Focus {
  return ctx.focus ?? answers.focus ?? 'both';
}

/** The audience in effect: the host's, else the visitor's `who` answer, else adult. */
export function effectiveAudience(answers: Answers, ctx: ScreenerContext = {}): Audience {
  if (ctx.audience) return ctx.audience;
  return answers.who?.endsWith('teen') ? 'adolescent' : 'adult';
}

/** Who is answering: the host's setting, else the visitor's `who` answer, else the person themself. */
export function effectiveRespondent(answers: Answers, ctx: ScreenerContext = {}): Respondent {
  if (ctx.respondent) return ctx.respondent;
  return answers.who?.startsWith('other') ? 'other' : 'self';
}

const asksSubstance = (f: Focus) => f !== 'mental-health';
const asksMental = (f: Focus) => f !== 'substance';

/**
 * Skip logic: whether a question is asked, given the answers so far and the host's context. Whether a
 * question is asked depends only on answers to questions before it, so the progress total can be bounded
 * (see `progressTotal`). At most 15 questions are asked on any path (proved in the core tests by walking
 * every path).
 */
export function isAsked(id: QuestionId, answers: Answers, ctx: ScreenerContext = {}): boolean {
  const focus = effectiveFocus(answers, ctx);
  const uses = answers['use-frequency'] !== 'never';
  switch (id) {
    case 'focus':
      return !ctx.focus;
    case 'who':
      return questionOptions('who', ctx).length > 1;
    case 'danger-now':
    case 'suicide':
    case 'medical':
    case 'recent-care':
    case 'home':
    case 'readiness':
      return true;
    case 'past-treatment':
      // Someone who just left a more intensive level has had treatment: the step-down answer says the rest (C2).
      return answers['recent-care'] !== 'yes-stable' && answers['recent-care'] !== 'yes-struggling';
    case 'use-frequency':
      return asksSubstance(focus);
    case 'substances':
    case 'use-problems':
    case 'withdrawal':
      return asksSubstance(focus) && uses;
    case 'mood':
      return asksMental(focus);
    case 'self-care': {
      // Asked when mood is often low, or whenever suicidal thoughts were reported.
      const mood = answers.mood;
      const s = answers.suicide;
      return asksMental(focus) && (mood === 'more-than-half' || mood === 'nearly-every-day' || s === 'wish' || s === 'thoughts');
    }
  }
}

/** The questions asked, in order, for the answers given so far. */
export function askedQuestions(answers: Answers, ctx: ScreenerContext = {}): QuestionId[] {
  return QUESTION_IDS.filter((id) => isAsked(id, answers, ctx));
}

/**
 * The total to show on the screen of question `current`: the most questions that could still be asked,
 * counting answers to the questions before it only. It never changes while the visitor answers the current
 * question, and never grows as they go forward (an unanswered question counts as the answer that asks the most).
 */
export function progressTotal(answers: Answers, current: QuestionId, ctx: ScreenerContext = {}): number {
  const before: Record<string, unknown> = {};
  let moodAhead = true;
  for (const id of QUESTION_IDS) {
    if (id === current) break;
    if (id === 'mood') moodAhead = false;
    if (answers[id] !== undefined) before[id] = answers[id];
  }
  // Questions from the current one on count as the answer that asks the most: no answer does that for focus (both),
  // frequency (uses) and recent care (not just out of care); for mood, often low (which asks about self-care).
  if (moodAhead) before.mood = 'nearly-every-day';
  return askedQuestions(before as Answers, ctx).length;
}

/** Keep only the answers to questions that are still asked, with valid option values. */
export function cleanAnswers(input: unknown, ctx: ScreenerContext = {}): Answers {
  const raw: Record<string, unknown> = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const q of QUESTIONS as readonly Question[]) {
    if (!Object.prototype.hasOwnProperty.call(raw, q.id)) continue;
    const v = raw[q.id];
    const options = questionOptions(q.id, ctx);
    if (q.kind === 'single') {
      if (typeof v === 'string' && options.includes(v)) out[q.id] = v;
    } else if (Array.isArray(v)) {
      let values = [...new Set(v.filter((x): x is string => typeof x === 'string' && options.includes(x)))];
      if (q.exclusive && values.length > 1) values = values.filter((x) => x !== q.exclusive);
      out[q.id] = values;
    }
  }
  // Drop answers to questions the skip logic no longer asks (e.g. after changing focus).
  const answers = out as Answers;
  for (const id of QUESTION_IDS) {
    if (id in out && !isAsked(id, answers, ctx)) delete out[id];
  }
  return answers;
}

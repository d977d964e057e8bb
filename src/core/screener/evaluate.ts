import { type Audience, type CareLevelId, type LevelId, higherLevel, levelRank } from '../levels.js';
import {
  type Answers,
  type Focus,
  type QuestionId,
  type ScreenerContext,
  askedQuestions,
  cleanAnswers,
  effectiveAudience,
  effectiveFocus,
} from './questions.js';

/**
 * The screener's rules: a product heuristic informed by publicly described ASAM concepts
 * (clinical brief §1.4–§1.5), not ASAM's licensed algorithm and not a placement or diagnosis.
 *
 * Order (brief §1.5): red flags first, and any one gives `emergency`. Otherwise each area proposes
 * a minimum level and the result is the highest of those minimums, never an average (§1.4).
 * Readiness never raises the level (§1.5 D4 row).
 */

export type CrisisKind = 'overdose' | 'medical' | 'suicide' | 'harm-others' | 'poison';
/** Most urgent first. */
export const CRISIS_KINDS: readonly CrisisKind[] = ['overdose', 'medical', 'suicide', 'harm-others', 'poison'];

export type ContactId = '911' | '988' | 'poison';

/** Who to contact for each kind of danger (brief §4.1, §4.2). */
export const CRISIS_CONTACTS: Readonly<Record<CrisisKind, readonly ContactId[]>> = {
  // Every red flag: 911 / ER, plus 988 (brief §1.5 red-flag row); Poison Help first for an awake person.
  // Opioid overdose: call 911, give naloxone, recovery position (brief §4.2, CDPH).
  overdose: ['911', '988'],
  // Seizure now, chest pain, confusion or hallucinations, withdrawal signs now: emergency care (brief §1.5, §4.2 DTs).
  medical: ['911', '988'],
  // Thinking of suicide right now, or a plan or recent attempt: 911, plus 988 (brief §1.5, §4.2).
  suicide: ['911', '988'],
  // Intent to hurt someone else: 911, plus 988 (brief §1.5 red-flag row).
  'harm-others': ['911', '988'],
  // Took too much but awake: Poison Help 1-800-222-1222; 911 instead if unconscious, seizure or trouble breathing
  // (brief §4.1); 988 as for every red flag (§1.5), since taking too much can be self-harm.
  poison: ['poison', '911', '988'],
};

export type ReasonCode =
  | 'crisis-overdose'
  | 'crisis-medical'
  | 'crisis-suicide'
  | 'crisis-harm-others'
  | 'crisis-poison'
  | 'withdrawal-severe'
  | 'withdrawal-with-support'
  | 'withdrawal-without-support'
  | 'medical-needs'
  | 'cannot-care-for-self'
  | 'suicidal-thoughts'
  | 'death-wish'
  | 'mood-severe-struggling'
  | 'mood-severe'
  | 'mood-moderate'
  | 'use-severe'
  | 'use-moderate'
  | 'use-some'
  | 'use-early'
  | 'not-enough-now'
  | 'repeated-return'
  | 'returned-after-treatment'
  | 'home-unsafe'
  | 'home-others-use'
  | 'home-no-support'
  | 'readiness';

export type WarningCode =
  | 'dont-stop-suddenly'
  | 'talk-today'
  | 'opioid-medication'
  | 'naloxone'
  | 'pregnant'
  | 'medical-first'
  | 'attend-barrier';

export interface Reason {
  readonly code: ReasonCode;
  /** The minimum level this reason points to (`none` for reasons that never raise the level). */
  readonly level: LevelId;
  /** The questions whose answers drove it. */
  readonly questions: readonly QuestionId[];
}

export interface Warning {
  readonly code: WarningCode;
  readonly questions: readonly QuestionId[];
}

export interface ScreenerOptions extends ScreenerContext {
  /** Levels the host program offers. Absent or empty: the host did not say. */
  readonly levelsOffered?: readonly CareLevelId[];
}

export interface ScreenerResult {
  /** Suggested level to ask about. `emergency` when any red flag is present; `none` when nothing points to care. */
  readonly level: LevelId;
  /** The most urgent danger, or null. */
  readonly crisis: CrisisKind | null;
  /** Every danger reported, most urgent first. */
  readonly crises: readonly CrisisKind[];
  /** Who to contact, most important first (empty when there is no crisis). */
  readonly contacts: readonly ContactId[];
  /** Why, most intensive first. */
  readonly reasons: readonly Reason[];
  readonly warnings: readonly Warning[];
  /** Whether the host offers the suggested level; null when the host did not say or the level is not a program level. */
  readonly offered: boolean | null;
  readonly audience: Audience;
  readonly focus: Focus;
  /** Questions asked for these answers, in order. */
  readonly asked: readonly QuestionId[];
  /** How many of them have an answer. */
  readonly answered: number;
  readonly complete: boolean;
}

const has = <T extends string>(list: readonly T[] | undefined, ...values: T[]) =>
  !!list && values.some((v) => list.includes(v));

/** Red flags → crisis kinds (brief §1.5 red-flag row, §4.2). */
export function findCrises(answers: Answers): CrisisKind[] {
  const found = new Set<CrisisKind>();
  const d = answers['danger-now'];
  if (has(d, 'cant-wake')) found.add('overdose'); // unresponsive, barely breathing, blue lips (§1.5, §4.2)
  // Seizure now, chest pain, confusion/hallucinations now (§1.5 red flags); shaking, sweating or fever now after
  // stopping alcohol or sedatives: "if symptoms are happening now → ER" (§1.5 D1 row 1; §4.2 DTs).
  if (has(d, 'seizure', 'chest-pain', 'confused', 'withdrawal-now')) found.add('medical');
  if (has(d, 'hurt-others')) found.add('harm-others'); // intent to harm others (§1.5)
  if (has(d, 'took-too-much')) found.add('poison'); // Poison Help for an awake person (§4.1)
  if (answers.suicide === 'now' || answers.suicide === 'plan') found.add('suicide'); // ASQ item-5 concept, plan or attempt (§1.5, §4.2)
  return CRISIS_KINDS.filter((k) => found.has(k));
}

export function contactsFor(crises: readonly CrisisKind[]): ContactId[] {
  const out: ContactId[] = [];
  for (const k of crises) for (const c of CRISIS_CONTACTS[k]) if (!out.includes(c)) out.push(c);
  return out;
}

const USE_PROBLEM_COUNTED = (v: string) => v !== 'none';
/** Reasons that come from alcohol or drug use itself. */
const SUBSTANCE_REASONS: readonly ReasonCode[] = [
  'withdrawal-severe',
  'withdrawal-with-support',
  'withdrawal-without-support',
  'use-severe',
  'use-moderate',
  'use-some',
  'use-early',
  'not-enough-now',
  'repeated-return',
  'returned-after-treatment',
];

/**
 * Evaluate answers (partial answers are valid). Never throws: unknown keys and values are ignored.
 */
export function evaluateScreener(input: unknown, options: ScreenerOptions = {}): ScreenerResult {
  const ctx: ScreenerContext = { audience: options.audience, focus: options.focus };
  const a = cleanAnswers(input, ctx);
  const focus = effectiveFocus(a, ctx);
  const audience = effectiveAudience(a, ctx);
  const asked = askedQuestions(a, ctx);
  const answered = asked.filter((id) => a[id] !== undefined).length;
  const reasons: Reason[] = [];
  const warnings: Warning[] = [];
  const reason = (code: ReasonCode, level: LevelId, ...questions: QuestionId[]) => reasons.push({ code, level, questions });
  const warn = (code: WarningCode, ...questions: QuestionId[]) => {
    if (!warnings.some((w) => w.code === code)) warnings.push({ code, questions });
  };

  const crises = findCrises(a);
  for (const k of crises) reason(`crisis-${k}`, 'emergency', k === 'suicide' ? 'suicide' : 'danger-now');

  const home = a.home;
  const hasSupport = has(home, 'support');
  const freq = a['use-frequency'];
  // Daily use, or a skipped frequency question: the withdrawal rules assume the worse (conservative).
  const daily = freq === 'daily' || freq === undefined;
  const substances = a.substances;
  // Alcohol and sedatives carry the withdrawal seizure risk; unknown or unnamed ("something else") substances are
  // treated the same (conservative, brief header).
  const sedating = !substances || substances.length === 0 || has(substances, 'alcohol', 'sedatives', 'other');

  // D1 withdrawal ----------------------------------------------------------------------------
  const w = a.withdrawal;
  if (has(w, 'seizure', 'dts')) {
    // Past withdrawal seizures or DTs → medically managed withdrawal, 3.7/4 (brief §1.5 D1 row 1; §4.2 DTs).
    reason('withdrawal-severe', 'inpatient', 'withdrawal');
    warn('dont-stop-suddenly', 'withdrawal');
  } else if (has(w, 'shakes') && daily && sedating) {
    // Daily alcohol/sedative use with prior shakes or sweats: medical evaluation before stopping; ambulatory
    // withdrawal only with a clinician and support, else residential/inpatient (brief §1.5 D1 row 2).
    // Only a supportive person the visitor confirmed allows the outpatient route (conservative reading).
    if (hasSupport) reason('withdrawal-with-support', 'iop', 'withdrawal', 'use-frequency', 'home');
    else reason('withdrawal-without-support', 'inpatient', 'withdrawal', 'use-frequency', 'home');
    warn('dont-stop-suddenly', 'withdrawal', 'use-frequency');
  }
  if (freq === 'daily' && has(substances, 'alcohol', 'sedatives')) {
    // People dependent on alcohol or benzodiazepines should not stop suddenly without medical help (brief §1.5 D1 row 2; §4.2).
    warn('dont-stop-suddenly', 'use-frequency', 'substances');
  }
  if (has(substances, 'opioids') || has(w, 'opioid-sick')) {
    // Medication for opioid use disorder at any level (brief §1.5 D1 row 3; §2.2 sign 2).
    warn('opioid-medication', has(substances, 'opioids') ? 'substances' : 'withdrawal');
    // Naloxone reverses opioid overdose (brief §4.2).
    warn('naloxone', has(substances, 'opioids') ? 'substances' : 'withdrawal');
  }

  // D3 mental health ---------------------------------------------------------------------------
  if (a['self-care'] === 'no') {
    // Cannot care for self → psychiatric inpatient / Level 4 (brief §1.5 D3 row 1).
    reason('cannot-care-for-self', 'inpatient', 'self-care');
    warn('talk-today', 'self-care');
  }
  if (a.suicide === 'thoughts') {
    // Thoughts of suicide without a plan, not right now: same-day clinician contact + 988; PHP/IOP with psychiatric
    // services (§1.5 D3 row 2). Active thoughts are more than a passive wish, so the higher of the pair (PHP).
    reason('suicidal-thoughts', 'php', 'suicide');
    warn('talk-today', 'suicide');
  } else if (a.suicide === 'wish') {
    // Passive death wish without plan: same-day clinician contact + 988; PHP/IOP (§1.5 D3 row 2) — IOP as the minimum.
    reason('death-wish', 'iop', 'suicide');
    warn('talk-today', 'suicide');
  }
  // Mood: our own wording, mapped conservatively to the PHQ/GAD bands of §1.5 D3 (rows 2–3). Not a score.
  const mood = a.mood;
  if (mood === 'nearly-every-day') {
    // Severe band → same-day or urgent clinician contact + 988; PHP/IOP (§1.5 D3 row 2).
    if (a['self-care'] === 'hard') reason('mood-severe-struggling', 'php', 'mood', 'self-care');
    else reason('mood-severe', 'iop', 'mood');
    warn('talk-today', 'mood');
  } else if (mood === 'more-than-half') reason('mood-moderate', 'op', 'mood'); // moderate band → IOP/OP (§1.5 D3 row 3)

  // Use severity (brief §1.4 addictionpolicy heuristic; §1.5 severity rows) -----------------------
  const problems = (a['use-problems'] ?? []).filter(USE_PROBLEM_COUNTED).length;
  // Counted whenever the person uses (the frequency may be skipped); weekly or daily use alone is early help even
  // when the problems question was skipped (§1.5 severity row: AUDIT-C positive, 0–1 symptoms → early intervention).
  if (freq !== 'never' && (a['use-problems'] !== undefined || freq === 'weekly' || freq === 'daily')) {
    if (problems >= 6) reason('use-severe', 'residential', 'use-problems'); // 6+ → residential
    else if (problems >= 4) reason('use-moderate', 'iop', 'use-problems'); // 4–5 → IOP–PHP (IOP as the minimum)
    else if (problems >= 2) reason('use-some', 'op', 'use-problems'); // 2–3 → OP
    else if (problems === 1 || freq === 'weekly' || freq === 'daily')
      reason('use-early', 'early', 'use-problems', 'use-frequency'); // ≥ weekly use or 1 problem → 0.5 early help
  }

  // D5 relapse / continued use (brief §1.5 D5 rows) ----------------------------------------------
  switch (a['past-treatment']) {
    case 'now-not-enough':
      reason('not-enough-now', 'php', 'past-treatment'); // not enough despite current OP/IOP → PHP or residential
      break;
    case 'yes-many-times':
      reason('repeated-return', 'php', 'past-treatment'); // repeated relapse after treatment → PHP or residential
      break;
    case 'yes-returned':
      reason('returned-after-treatment', 'iop', 'past-treatment'); // recent return with some skills → IOP
      break;
    default:
      break;
  }

  // The level that alcohol or drug use itself calls for (withdrawal, use severity, relapse), for D2 and D6:
  // both are dimensions of substance use care (§1.5), so they raise only a substance use need of OP or more.
  const uses =
    focus !== 'mental-health' &&
    (freq !== 'never' || problems > 0 || has(w, 'seizure', 'dts', 'shakes', 'opioid-sick'));
  const substanceLevel = uses
    ? reasons.filter((r) => SUBSTANCE_REASONS.includes(r.code)).reduce<LevelId>((lvl, r) => higherLevel(lvl, r.level), 'none')
    : 'none';
  const substanceNeed = levelRank(substanceLevel) >= levelRank('op');

  // D2 medical, after the other areas -------------------------------------------------------------
  const m = a.medical;
  if (has(m, 'pregnant-problems', 'daily-care')) {
    // Unstable medical problems needing daily nursing; pregnancy with complications → 3.7/4 or medical care
    // first (§1.5 D2). With a substance use need of OP or more: 24-hour medical care. Otherwise: see a doctor.
    if (substanceNeed) reason('medical-needs', 'inpatient', 'medical');
    else warn('medical-first', 'medical');
  }
  if (has(m, 'pregnant', 'pregnant-problems')) warn('pregnant', 'medical'); // pregnancy is a medical consideration (§1.5 D2)

  // D6 living environment: the recovery environment of substance use care (§1.5 D6 rows). It raises a
  // substance use need of at least OP, never creates one: an unsafe home or people drinking there do not
  // make a mental-health need residential.
  if (home && substanceNeed && !crises.length) {
    if (has(home, 'unsafe', 'unstable')) {
      // Unsafe home or unstable housing → residential; the source articles say IOP is not a fit (§1.5 D6 row 1).
      reason('home-unsafe', 'residential', 'home');
    } else if (has(home, 'others-use')) {
      // People using at home → residential (§1.5 D6 row 1).
      reason('home-others-use', 'residential', 'home');
    } else if (!hasSupport) {
      // No supportive person: the row's lower option, IOP (with recovery housing) (§1.5 D6 row 1).
      reason('home-no-support', 'iop', 'home');
    }
  }
  if (a.attend === 'no' || a.attend === 'hard') warn('attend-barrier', 'attend'); // virtual sessions, transport help (seeds/004)

  // D4 readiness never raises the level (§1.5 D4 row).
  if (a.readiness === 'unsure' || a.readiness === 'not-ready') reason('readiness', 'none', 'readiness');

  const level: LevelId = crises.length
    ? 'emergency'
    : reasons.reduce<LevelId>((lvl, r) => higherLevel(lvl, r.level), 'none');
  reasons.sort((x, y) => levelRank(y.level) - levelRank(x.level));

  const offeredList = options.levelsOffered;
  const offered =
    offeredList && offeredList.length && level !== 'emergency' && level !== 'none'
      ? offeredList.includes(level as CareLevelId)
      : null;

  return {
    level,
    crisis: crises[0] ?? null,
    crises,
    contacts: contactsFor(crises),
    reasons,
    warnings,
    offered,
    audience,
    focus,
    asked,
    answered,
    complete: answered === asked.length,
  };
}

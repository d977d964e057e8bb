import { type Audience, type CareLevelId, type LevelId, higherLevel, levelRank } from '../levels.js';
import {
  type Answers,
  type Focus,
  type QuestionId,
  type Respondent,
  type ScreenerContext,
  askedQuestions,
  cleanAnswers,
  effectiveAudience,
  effectiveFocus,
  effectiveRespondent,
} from './questions.js';

/**
 * The screener's rules: a product heuristic informed by publicly described ASAM concepts
 * (clinical brief §1.4–§1.6), not ASAM's licensed algorithm and not a placement or diagnosis.
 * Where §1.6 (C1–C15) and §1.5 differ, §1.6 wins.
 *
 * Order (brief §1.5): red flags first, and any one gives `emergency`. Otherwise each area proposes
 * a minimum level and the result is the highest of those minimums, never an average (§1.4), aiming
 * for the least intensive safe level (§1.4, C1). Readiness never raises the level (§1.5 D4 row). Who
 * answers (the person or a helper, C12) never changes the level: only the wording.
 */

export type CrisisKind = 'overdose' | 'medical' | 'suicide' | 'harm-others' | 'poison';
/** Most urgent first. */
export const CRISIS_KINDS: readonly CrisisKind[] = ['overdose', 'medical', 'suicide', 'harm-others', 'poison'];

export type ContactId = '911' | '988' | 'poison';

/** Who to call for each kind of danger, loudest first (brief §4.1, §4.2, §1.6 C7–C8). */
export const CRISIS_CONTACTS: Readonly<Record<CrisisKind, readonly ContactId[]>> = {
  // Overdose: 911 first and loudest; 988 is not the call for an overdose (C8; §4.2 CDPH).
  overdose: ['911'],
  // Seizure now, chest pain, confusion or hallucinations, severe withdrawal signs: emergency care (§1.5, §4.2 DTs, C4).
  medical: ['911'],
  // Thinking of suicide right now, or a plan or recent attempt: 911 if in danger now, 988 to talk (§1.5, §4.2, C7).
  suicide: ['911', '988'],
  // Intent to hurt someone else: 911, plus 988 (§1.5 red-flag row).
  'harm-others': ['911', '988'],
  // Took too much but awake: Poison Help 1-800-222-1222; 911 instead if unconscious, seizure or trouble breathing (§4.1).
  poison: ['poison', '911'],
};

/**
 * Quieter help offered after the main calls, where it fits: 988 to talk after a medical emergency that may be a
 * mental-health crisis (confusion, seeing things: §1.5 "plus 988", C9), or after taking too much, which can be
 * self-harm. Never for an overdose (C8: 988 is not the call; the crisis band above lists it anyway).
 */
export const CRISIS_QUIET_CONTACTS: Readonly<Record<CrisisKind, readonly ContactId[]>> = {
  overdose: [],
  medical: ['988'],
  suicide: [],
  'harm-others': [],
  poison: ['988'],
};

export type ReasonCode =
  | 'crisis-overdose'
  | 'crisis-medical'
  | 'crisis-suicide'
  | 'crisis-harm-others'
  | 'crisis-poison'
  | 'withdrawal-severe'
  | 'withdrawal-without-support'
  | 'dependence'
  | 'pregnant-use'
  | 'medical-needs'
  | 'cannot-care-for-self'
  | 'suicidal-thoughts'
  | 'death-wish'
  | 'mood-severe-struggling'
  | 'mood-severe'
  | 'mood-moderate'
  | 'co-occurring'
  | 'use-severe'
  | 'use-moderate'
  | 'use-some'
  | 'use-early'
  | 'step-down'
  | 'recent-care-struggling'
  | 'not-enough-now'
  | 'repeated-return'
  | 'returned-after-treatment'
  | 'home-unsafe'
  | 'home-others-use'
  | 'home-no-support'
  | 'readiness';

export type WarningCode =
  | 'doctor-today'
  | 'dont-stop-suddenly'
  | 'ask-prescriber'
  | 'talk-today'
  | 'pregnant-doctor-week'
  | 'opioid-medication'
  | 'opioid-medication-pregnancy'
  | 'naloxone'
  | 'pregnant'
  | 'medical-first'
  | 'call-care-team'
  | 'domestic-violence'
  | 'attend-barrier';

/** What a helper can do (brief §1.6 C12), shown when someone answers for another person. */
export type HelperTipCode = 'stay-with-them' | 'naloxone' | 'family-program' | 'helpline';

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
  /** Who to call, loudest first (empty when there is no crisis). */
  readonly contacts: readonly ContactId[];
  /** Quieter help shown after `contacts` where it fits (brief C8, C9). */
  readonly moreContacts: readonly ContactId[];
  /** Why, most intensive first. */
  readonly reasons: readonly Reason[];
  readonly warnings: readonly Warning[];
  /** What a helper can do; empty unless `respondent` is `other` (brief C12). */
  readonly helperTips: readonly HelperTipCode[];
  /** Whether the host offers the suggested level; null when the host did not say or the level is not a program level. */
  readonly offered: boolean | null;
  readonly audience: Audience;
  readonly focus: Focus;
  /** Who is answering: the person (`self`) or someone helping them (`other`). */
  readonly respondent: Respondent;
  /** Questions asked for these answers, in order. */
  readonly asked: readonly QuestionId[];
  /** How many of them have an answer. */
  readonly answered: number;
  readonly complete: boolean;
}

const has = <T extends string>(list: readonly T[] | undefined, ...values: T[]) =>
  !!list && values.some((v) => list.includes(v));

/** Red flags → crisis kinds (brief §1.5 red-flag row, §4.2, C4, C9). */
export function findCrises(answers: Answers): CrisisKind[] {
  const found = new Set<CrisisKind>();
  const d = answers['danger-now'];
  if (has(d, 'cant-wake')) found.add('overdose'); // unresponsive, barely breathing, blue lips, tiny pupils (§1.5, §4.2)
  // Seizure now, chest pain, confusion or seeing/hearing things now (§1.5 red flags, C9); high fever or a racing heart
  // after stopping alcohol or pills (C4: the severe signs; mild shakes are not an emergency by themselves).
  if (has(d, 'seizure', 'chest-pain', 'confused', 'withdrawal-severe')) found.add('medical');
  if (has(d, 'hurt-others')) found.add('harm-others'); // intent to harm others (§1.5)
  if (has(d, 'took-too-much')) found.add('poison'); // Poison Help for an awake person (§4.1)
  if (answers.suicide === 'now' || answers.suicide === 'plan') found.add('suicide'); // ASQ item-5 concept, plan or attempt (§1.5, §4.2)
  return CRISIS_KINDS.filter((k) => found.has(k));
}

function merged(crises: readonly CrisisKind[], table: Readonly<Record<CrisisKind, readonly ContactId[]>>, not: readonly ContactId[] = []): ContactId[] {
  const out: ContactId[] = [];
  for (const k of crises) for (const c of table[k]) if (!out.includes(c) && !not.includes(c)) out.push(c);
  return out;
}

export function contactsFor(crises: readonly CrisisKind[]): ContactId[] {
  return merged(crises, CRISIS_CONTACTS);
}

/** Reasons that come from alcohol or drug use itself. */
const SUBSTANCE_REASONS: readonly ReasonCode[] = [
  'withdrawal-severe',
  'withdrawal-without-support',
  'dependence',
  'use-severe',
  'use-moderate',
  'use-some',
  'use-early',
  'not-enough-now',
  'repeated-return',
  'returned-after-treatment',
];

/** Reasons a stable step-down caps at IOP (brief C2): how much use there was, and the history of returning to it. */
const STEP_DOWN_CAPPED: readonly ReasonCode[] = [
  'withdrawal-severe',
  'withdrawal-without-support',
  'use-severe',
  'use-moderate',
  'repeated-return',
  'returned-after-treatment',
  'not-enough-now',
];

/**
 * Evaluate answers (partial answers are valid). Never throws: unknown keys and values are ignored.
 */
export function evaluateScreener(input: unknown, options: ScreenerOptions = {}): ScreenerResult {
  const ctx: ScreenerContext = { audience: options.audience, focus: options.focus, respondent: options.respondent };
  const a = cleanAnswers(input, ctx);
  const focus = effectiveFocus(a, ctx);
  const audience = effectiveAudience(a, ctx);
  const respondent = effectiveRespondent(a, ctx);
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
  // C11: an unticked box is "not said", never "no". Only an explicit "no one supports" counts, and a ticked
  // supportive person cancels it (ticking a support box never raises the level).
  const noSupport = has(home, 'no-support') && !has(home, 'support');
  const freq = a['use-frequency'];
  // Daily use, or a skipped frequency question: the withdrawal warnings assume the worse (conservative).
  const daily = freq === 'daily' || freq === undefined;
  const substances = a.substances;
  const unnamed = !substances || substances.length === 0;
  // Alcohol and sleep/anxiety pills not taken exactly as prescribed carry the withdrawal seizure risk (C3); unknown or
  // unnamed ("something else") substances are treated the same (conservative, brief header).
  const sedating = unnamed || has(substances, 'alcohol', 'sedatives', 'other');
  const problemList = (a['use-problems'] ?? []).filter((v) => v !== 'none');
  const problems = problemList.length;
  const problemsSkipped = a['use-problems'] === undefined;
  const pregnant = has(a.medical, 'pregnant', 'pregnant-problems');
  const opioids = has(substances, 'opioids');

  // D1 withdrawal ----------------------------------------------------------------------------
  const w = a.withdrawal;
  const shakes = has(w, 'shakes');
  if (has(w, 'seizure', 'dts')) {
    // Past withdrawal seizures or DTs → medically managed withdrawal, 3.7/4 (brief §1.5 D1 row 1; §4.2 DTs; C3 ASAM 2020).
    reason('withdrawal-severe', 'inpatient', 'withdrawal');
    warn('dont-stop-suddenly', 'withdrawal');
  }
  // C3: daily alcohol, or sleep/anxiety pills not taken exactly as prescribed, with a use problem or a wish to stop
  // (the "wish or failed efforts to cut down" problem) — or with past shakes (C4) — means physical dependence is
  // likely: a doctor before stopping, and never below IOP (medically guided withdrawal, 4th-ed. 1.7 / 2.7). A skipped
  // problems question after "every day" is not read as "no problems" (C11, conservative); a skipped frequency needs
  // shakes, or a problem with alcohol or pills named, before the rule assumes daily use.
  const dependent =
    sedating &&
    ((freq === 'daily' && (problems > 0 || problemsSkipped || shakes)) ||
      (freq === undefined && (shakes || (has(substances, 'alcohol', 'sedatives') && problems > 0))));
  if (dependent) {
    reason('dependence', 'iop', 'use-frequency', 'substances', 'use-problems');
    if (shakes && noSupport) {
      // Mild withdrawal with no supportive person: outpatient withdrawal needs a clinician and support, else 24-hour
      // care (§1.5 D1 row 2). Only an explicit "no one supports" counts (C11).
      reason('withdrawal-without-support', 'inpatient', 'withdrawal', 'home');
    }
  }
  if (shakes && sedating && (daily || freq === 'weekly')) {
    // C4: morning shakes or sweats that stop after a drink are mild withdrawal: same-day doctor advice, not 911.
    warn('doctor-today', 'withdrawal');
  } else if ((freq === 'daily' && has(substances, 'alcohol', 'sedatives')) || has(w, 'seizure', 'dts')) {
    // Stopping alcohol or benzodiazepines suddenly can cause seizures (§4.2; C3 FDA boxed warning).
    warn('dont-stop-suddenly', 'use-frequency', 'substances');
  }
  if (has(substances, 'sedatives-prescribed') && !has(substances, 'sedatives')) {
    // C3: pills taken exactly as prescribed, with no problems: only "do not stop suddenly; ask your prescriber".
    warn('ask-prescriber', 'substances');
  }
  if (opioids || has(w, 'opioid-sick')) {
    // Medication for opioid use disorder at any level (§1.5 D1 row 3; §2.2 sign 2). In pregnancy: buprenorphine or
    // methadone, never naltrexone for someone using opioids (C5).
    warn(pregnant ? 'opioid-medication-pregnancy' : 'opioid-medication', opioids ? 'substances' : 'withdrawal');
  }
  if (has(substances, 'opioids', 'stimulants', 'sedatives', 'other') || has(w, 'opioid-sick')) {
    // C6: naloxone for everyone who uses drugs: fentanyl is found in fake pills, cocaine and meth.
    warn('naloxone', opioids ? 'substances' : 'withdrawal');
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
  const moodModerate = mood === 'more-than-half' || mood === 'nearly-every-day';
  if (mood === 'nearly-every-day') {
    // Severe band → same-day or urgent clinician contact + 988; PHP/IOP (§1.5 D3 row 2).
    if (a['self-care'] === 'hard') reason('mood-severe-struggling', 'php', 'mood', 'self-care');
    else reason('mood-severe', 'iop', 'mood');
    warn('talk-today', 'mood');
  } else if (mood === 'more-than-half') reason('mood-moderate', 'op', 'mood'); // moderate band → IOP/OP (§1.5 D3 row 3)

  // Use severity (brief §1.4 addictionpolicy heuristic; §1.5 severity rows; C1) ---------------------
  const repeated = a['past-treatment'] === 'yes-many-times';
  const d6 = has(home, 'unsafe', 'unstable', 'others-use') || noSupport;
  // Counted whenever the person uses (the frequency may be skipped); weekly or daily use alone is early help even
  // when the problems question was skipped (§1.5 severity row: AUDIT-C positive, 0–1 symptoms → early intervention).
  if (freq !== 'never' && (!problemsSkipped || freq === 'weekly' || freq === 'daily')) {
    // C1: 6+ problems alone set a floor of IOP, never residential; residential needs a D5/D6 reason (repeated return
    // after treatment, people using at home, no safe housing, no support).
    if (problems >= 6) reason('use-severe', repeated || d6 ? 'residential' : 'iop', 'use-problems');
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

  // The level that alcohol or drug use itself calls for (withdrawal, use severity, relapse), for D2, D6 and C5:
  // they raise only a substance use need of OP or more (§1.5).
  const uses =
    focus !== 'mental-health' &&
    (freq !== 'never' || problems > 0 || has(w, 'seizure', 'dts', 'shakes', 'opioid-sick'));
  const substanceLevel = uses
    ? reasons.filter((r) => SUBSTANCE_REASONS.includes(r.code)).reduce<LevelId>((lvl, r) => higherLevel(lvl, r.level), 'none')
    : 'none';
  const substanceNeed = levelRank(substanceLevel) >= levelRank('op');

  // C13: moderate low mood or worry with substance use → a program that treats both (names it; does not raise).
  if (moodModerate && uses && levelRank(substanceLevel) >= levelRank('early')) reason('co-occurring', 'none', 'mood', 'use-frequency');

  // D2 medical and C5 pregnancy, after the other areas -------------------------------------------
  const m = a.medical;
  if (has(m, 'pregnant-problems', 'daily-care')) {
    // Unstable medical problems needing daily nursing; pregnancy with complications → 3.7/4 or medical care
    // first (§1.5 D2). With a substance use need of OP or more: 24-hour medical care. Otherwise: see a doctor.
    if (substanceNeed) reason('medical-needs', 'inpatient', 'medical');
    else warn('medical-first', 'medical');
  }
  const dailyRisky = freq === 'daily' && (opioids || has(substances, 'alcohol', 'sedatives'));
  if (pregnant && uses && (substanceNeed || dailyRisky)) {
    // C5: pregnant with a substance use need of OP or more, or daily opioid, alcohol or sedative use not exactly as
    // prescribed: see a doctor or prenatal care this week, do not stop opioids suddenly; never below IOP (a priority
    // population for admission).
    reason('pregnant-use', 'iop', 'medical', 'use-frequency');
    warn('pregnant-doctor-week', 'medical');
  } else if (pregnant) warn('pregnant', 'medical'); // pregnancy is a medical consideration (§1.5 D2)

  // D6 living environment: the recovery environment of substance use care (§1.5 D6 rows). It raises a
  // substance use need of at least OP, never creates one. C10: an unsafe home is always named, any focus.
  if (home && substanceNeed && !crises.length) {
    if (has(home, 'unsafe', 'unstable')) {
      // Unsafe home or unstable housing → residential; the source articles say IOP is not a fit (§1.5 D6 row 1).
      reason('home-unsafe', 'residential', 'home');
    } else if (has(home, 'others-use')) {
      // People using at home → residential (§1.5 D6 row 1).
      reason('home-others-use', 'residential', 'home');
    } else if (noSupport) {
      // No supportive person, said explicitly (C11): the row's lower option, IOP (with recovery housing) (§1.5 D6 row 1).
      reason('home-no-support', 'iop', 'home');
    }
  }
  // C10: someone hurts or threatens them → the National Domestic Violence Hotline, whatever the focus or level.
  if (has(home, 'unsafe')) warn('domestic-violence', 'home');
  if (has(home, 'hard-to-attend')) warn('attend-barrier', 'home'); // virtual sessions, transport help (seeds/004)

  // C2 step-down ---------------------------------------------------------------------------------
  const recent = a['recent-care'];
  if (recent === 'yes-stable') {
    // Just finished detox, a hospital, residential or a day program, and stable: step down to IOP, or OP if few
    // problems now — not the level they just left. How much they used and their history of returning are capped at
    // IOP, and so is past withdrawal, now behind them; safety floors that describe today (medical needs, mental
    // health, an unsafe home) are not.
    for (let i = 0; i < reasons.length; i++) {
      const r = reasons[i];
      if (STEP_DOWN_CAPPED.includes(r.code) && levelRank(r.level) > levelRank('iop')) reasons[i] = { ...r, level: 'iop' };
    }
    reason('step-down', problems >= 4 || moodModerate ? 'iop' : 'op', 'recent-care');
  } else if (recent === 'yes-struggling') {
    // Just out of more intensive care and struggling or using again: not a stable step-down. Recent return to use
    // with some skills → IOP (§1.5 D5 row 2) as a floor; reassessment moves people up or down (§1.4): call the team.
    reason('recent-care-struggling', 'iop', 'recent-care');
    warn('call-care-team', 'recent-care');
  }

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

  // C12: what a helper can do — stay with them when suicide or danger came up (C7), naloxone for drug use (C6),
  // family programs (seeds/004 family sessions), and the SAMHSA helpline, which gives referrals to families (§4.1).
  const helperTips: HelperTipCode[] = [];
  if (respondent === 'other') {
    if (crises.length || a.suicide === 'wish' || a.suicide === 'thoughts' || a['self-care'] === 'no') helperTips.push('stay-with-them');
    if (warnings.some((x) => x.code === 'naloxone')) helperTips.push('naloxone');
    helperTips.push('family-program', 'helpline');
  }

  const contacts = contactsFor(crises);
  return {
    level,
    crisis: crises[0] ?? null,
    crises,
    contacts,
    moreContacts: merged(crises, CRISIS_QUIET_CONTACTS, contacts),
    reasons,
    warnings,
    helperTips,
    offered,
    audience,
    focus,
    respondent,
    asked,
    answered,
    complete: answered === asked.length,
  };
}

/**
 * The reasons to show under the result: not the crisis reasons (the crisis panel says those), and not a reason
 * for a lower level that argues against the result (early help "can stop problems from growing" is no reason
 * for a program).
 */
export function shownReasons(result: ScreenerResult): Reason[] {
  return result.reasons.filter(
    (r) => r.level !== 'emergency' && !(r.code === 'use-early' && levelRank(result.level) > levelRank('early')),
  );
}

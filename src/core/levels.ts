import type { SourceId } from './sources.js';

/**
 * Levels of care, most intensive first. The names are consumer labels informed by publicly
 * described ASAM concepts (clinical brief §1.2); they are not ASAM placements.
 */
export const LEVEL_IDS = ['emergency', 'inpatient', 'residential', 'php', 'iop', 'op', 'early', 'none'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

/** Levels a program can offer (everything but `emergency` and `none`). */
export const CARE_LEVEL_IDS = ['inpatient', 'residential', 'php', 'iop', 'op', 'early'] as const;
export type CareLevelId = (typeof CARE_LEVEL_IDS)[number];

export type Audience = 'adult' | 'adolescent';
export const AUDIENCES: readonly Audience[] = ['adult', 'adolescent'];

export function isLevelId(value: unknown): value is LevelId {
  return typeof value === 'string' && (LEVEL_IDS as readonly string[]).includes(value);
}

export function isCareLevelId(value: unknown): value is CareLevelId {
  return typeof value === 'string' && (CARE_LEVEL_IDS as readonly string[]).includes(value);
}

/** Higher is more intensive: `none` is 0, `emergency` is 7. */
export function levelRank(id: LevelId): number {
  return LEVEL_IDS.length - 1 - LEVEL_IDS.indexOf(id);
}

/** The more intensive of two levels (placement is the highest minimum, never an average: brief §1.4). */
export function higherLevel(a: LevelId, b: LevelId): LevelId {
  return levelRank(a) >= levelRank(b) ? a : b;
}

/** A closed or open numeric range; `max` is inclusive unless `maxExclusive` is set. */
export interface Range {
  readonly min?: number;
  readonly max?: number;
  readonly maxExclusive?: boolean;
}

/** A fact with the sources it traces to. */
export interface Sourced<T> {
  readonly value: T;
  readonly sources: readonly SourceId[];
}

/** Where the person sleeps while in care. */
export type Setting = 'home' | 'program' | 'hospital';
/** How much medical support is part of the level. */
export type MedicalSupport = 'referral' | 'varies' | 'on-site' | 'staff-24h' | 'medical-24h';

export interface LevelFacts {
  readonly id: CareLevelId;
  /** Informing ASAM 3rd-edition level number, for optional display (brief §1.2). */
  readonly asamLevel: string;
  /** Hours of care a week, by audience. */
  readonly hoursPerWeek: Sourced<Readonly<Record<Audience, Range>>>;
  readonly daysPerWeek?: Sourced<Range>;
  readonly hoursPerDay?: Sourced<Range>;
  readonly setting: Sourced<Setting>;
  readonly medical: Sourced<MedicalSupport>;
  /** Typical length in weeks, where a source gives one. */
  readonly lengthWeeks?: Sourced<Range>;
  /** Who the level usually fits (worded by each widget). */
  readonly fits?: Sourced<FitCode>;
  /** The usual sign that the level is not enough. */
  readonly notEnough?: Sourced<NotEnoughCode>;
  /** How far the person keeps work, school and family during care. */
  readonly dailyLife?: Sourced<DailyLife>;
  /** Relative cost among op, iop, php, residential and inpatient: 1 lowest, 5 highest. */
  readonly costRank?: Sourced<number>;
  /** Levels people usually move up to when they need more care. */
  readonly stepUp?: Sourced<readonly CareLevelId[]>;
  /** Levels people usually move down to when they are ready for less. */
  readonly stepDown?: Sourced<readonly CareLevelId[]>;
}

/** Who a level usually fits. */
export type FitCode = 'mild' | 'mild-moderate' | 'daily-structure' | 'severe-or-unsafe-home' | 'medical-24h';
/** The usual sign that a level is not enough. */
export type NotEnoughCode = 'use-continues' | 'withdrawal-unsafe-home' | 'needs-24h' | 'needs-medical' | 'emergency';
/** Keeps work, school and family; makes them hard; or puts them on hold. */
export type DailyLife = 'keeps' | 'hard' | 'paused';

/**
 * The schedule numbers of the outpatient levels, on their own so a widget that shows only these
 * (the screener's result) does not bundle every fact. LEVEL_FACTS below uses the same objects.
 */
export const SCHEDULE = {
  // OP: under 9 h/wk adults, under 6 h/wk adolescents (brief §1.3, [V] midshorebehavioralhealth.org).
  opHours: { adult: { max: 9, maxExclusive: true }, adolescent: { max: 6, maxExclusive: true } },
  // "one or two hours of therapy once or twice a week" (seeds/001; brief §1.3 OP row).
  opDays: { min: 1, max: 2 },
  // IOP: 9+ h/wk adults, 6+ adolescents; often quoted 9–19 (brief §1.3, SAMHSA 2021 Advisory [V]); Medicare's IOP
  // benefit since 2024 is 9–19 hours a week, PHP 20 or more (brief §1.6 C14).
  iopHours: { adult: { min: 9, max: 20, maxExclusive: true }, adolescent: { min: 6, max: 20, maxExclusive: true } },
  // Three or more sessions a week, typically 3–5 days (seeds/000, seeds/004).
  iopDays: { min: 3, max: 5 },
  // "Several hours a day", "a few hours per session" (seeds/003, seeds/004). About 3 hours a day keeps 3–5 days
  // inside the adult 9–19 hours a week (brief §1.3): 3 × 3 = 9, 5 × 3 = 15; 4 hours on 5 days would reach PHP's 20.
  iopHoursPerDay: { min: 3, max: 3 },
  // Typically 8–12 weeks (seeds/004).
  iopWeeks: { min: 8, max: 12 },
  // PHP: 20+ h/wk for adults and adolescents (brief §1.3 [V]).
  phpHours: { adult: { min: 20 }, adolescent: { min: 20 } },
  // 3–5 days a week (seeds/000), often five (seeds/004), 5–6 hours a day (seeds/000; brief §1.3 PHP note).
  // 20+ h a week (brief §1.3) at 5–6 hours a day takes at least 4 days: 4–5 (4 × 5 = 20).
  phpDays: { min: 4, max: 5 },
  phpHoursPerDay: { min: 5, max: 6 },
} as const satisfies Record<string, Range | Record<Audience, Range>>;

/**
 * The facts every widget shows. Each value cites its source (see sources.ts and the brief section
 * named there). Changing a number here changes the screener's result text and the comparison table.
 */
export const LEVEL_FACTS: Readonly<Record<CareLevelId, LevelFacts>> = {
  early: {
    id: 'early',
    asamLevel: '0.5',
    // Early intervention / education: brief §1.2 (0.5) and §1.4 severity heuristic. No hour threshold is given.
    hoursPerWeek: { value: { adult: {}, adolescent: {} }, sources: ['asam-levels'] },
    setting: { value: 'home', sources: ['asam-levels'] },
    medical: { value: 'referral', sources: ['asam-levels'] },
  },
  op: {
    id: 'op',
    asamLevel: '1',
    // OP: under 9 h/wk adults, under 6 h/wk adolescents (brief §1.3, [V] midshorebehavioralhealth.org).
    hoursPerWeek: {
      value: SCHEDULE.opHours,
      sources: ['asam-hours', 'seed-levels'],
    },
    // "one or two hours of therapy once or twice a week" (seeds/001; brief §1.3 OP row).
    daysPerWeek: { value: SCHEDULE.opDays, sources: ['seed-levels'] },
    setting: { value: 'home', sources: ['seed-levels'] },
    medical: { value: 'referral', sources: ['asam-levels'] },
    // Outpatient suits milder use or people coming from more intensive care (seeds/000).
    fits: { value: 'mild', sources: ['seed-levels'] },
    // IOP is for people who need more structure than standard outpatient gives (seeds/000); reassessment
    // moves people up when needed (brief §1.4, §1.5 D5 "cannot cut down despite current OP/IOP").
    notEnough: { value: 'use-continues', sources: ['seed-levels', 'reassessment'] },
    // One or two sessions a week fit around daily life (seeds/001, seeds/000).
    dailyLife: { value: 'keeps', sources: ['seed-levels'] },
    // Cost order: fewer hours and no overnight stay cost less (seeds/004 "Lower cost than inpatient
    // programs"). The OP < IOP < PHP steps follow hours of care (brief §1.3) [K: provisional].
    costRank: { value: 1, sources: ['seed-iop-length'] },
    // People move up from outpatient to IOP (seeds/001); IOP can be step-up care (brief §2.1).
    stepUp: { value: ['iop'], sources: ['seed-levels', 'samhsa-iop-advisory'] },
    stepDown: { value: [], sources: ['seed-levels'] },
  },
  iop: {
    id: 'iop',
    asamLevel: '2.1',
    // IOP: 9+ h/wk adults, 6+ adolescents; often quoted 9–19 (brief §1.3, SAMHSA 2021 Advisory [V]).
    hoursPerWeek: {
      // Medicare's IOP benefit since 2024: 9–19 hours a week (brief §1.6 C14).
      value: SCHEDULE.iopHours,
      sources: ['cms-iop', 'samhsa-iop-advisory', 'asam-hours'],
    },
    // Three or more sessions a week, typically 3–5 days (seeds/000, seeds/004).
    daysPerWeek: { value: SCHEDULE.iopDays, sources: ['seed-levels', 'seed-iop-length'] },
    // About 3 hours a day: "a few hours per session" (seeds/004), with 9–19 h over 3–5 days (brief §1.3); see SCHEDULE.
    hoursPerDay: { value: SCHEDULE.iopHoursPerDay, sources: ['seed-iop-length', 'asam-hours'] },
    setting: { value: 'home', sources: ['samhsa-iop-advisory', 'seed-levels'] },
    // Some IOPs offer medication management, others do not (seeds/003).
    medical: { value: 'varies', sources: ['seed-iop-length'] },
    // Typically 8–12 weeks (seeds/004).
    lengthWeeks: { value: SCHEDULE.iopWeeks, sources: ['seed-iop-length'] },
    // Mild to moderate use, a stable and supportive home, or stepping down (seeds/000, seeds/004).
    // IOP is often a step down from more intensive levels (CHCS 2023 on the CMS rule, C2).
    fits: { value: 'mild-moderate', sources: ['cms-iop', 'seed-levels', 'seed-iop-length'] },
    // Severe withdrawal, unstable health, unsafe home or high relapse risk need more (seeds/004; brief §1.5 D6).
    notEnough: { value: 'withdrawal-unsafe-home', sources: ['seed-iop-length'] },
    // Little or no interruption to work, school or family (seeds/000, seeds/004).
    dailyLife: { value: 'keeps', sources: ['seed-levels', 'seed-iop-length'] },
    // Cheaper than residential or hospital care: no overnight stays (seeds/004).
    costRank: { value: 2, sources: ['seed-iop-length'] },
    // IOP can be step-up or step-down care (brief §2.1); more care is PHP, residential or inpatient (seeds/004).
    stepUp: { value: ['php', 'residential'], sources: ['samhsa-iop-advisory', 'seed-iop-length'] },
    // After IOP, people often move to standard outpatient care (seeds/000).
    stepDown: { value: ['op'], sources: ['seed-levels'] },
  },
  php: {
    id: 'php',
    asamLevel: '2.5',
    // PHP: 20+ h/wk for adults and adolescents (brief §1.3 [V]).
    // PHP 20 or more hours a week (brief §1.3; CMS 2024, C14).
    hoursPerWeek: { value: SCHEDULE.phpHours, sources: ['cms-iop', 'asam-hours', 'php-hours'] },
    // 4–5 days a week, 5–6 hours a day (seeds/000, seeds/004; brief §1.3): see SCHEDULE.
    daysPerWeek: { value: SCHEDULE.phpDays, sources: ['seed-levels', 'seed-iop-length', 'php-hours'] },
    hoursPerDay: { value: SCHEDULE.phpHoursPerDay, sources: ['seed-levels', 'php-hours'] },
    setting: { value: 'home', sources: ['seed-levels'] },
    medical: { value: 'on-site', sources: ['asam-levels'] },
    // More care each day, but not 24-hour supervision (seeds/004).
    fits: { value: 'daily-structure', sources: ['seed-iop-length'] },
    // Needs supervision around the clock or a safe place to live (seeds/004; brief §1.5 D5, D6).
    notEnough: { value: 'needs-24h', sources: ['seed-iop-length'] },
    // Full days, most weekdays: hard to keep a job or school at the same time (seeds/000, seeds/004).
    dailyLife: { value: 'hard', sources: ['seed-levels', 'seed-iop-length'] },
    // More hours than IOP, no overnight stay (seeds/004; brief §1.3) [K: provisional order].
    costRank: { value: 3, sources: ['seed-iop-length'] },
    // Reassessment moves people up or down (brief §1.4); after PHP, people often step down to IOP (seeds/000).
    stepUp: { value: ['residential', 'inpatient'], sources: ['reassessment'] },
    stepDown: { value: ['iop'], sources: ['seed-levels'] },
  },
  residential: {
    id: 'residential',
    asamLevel: '3.1–3.5',
    // 3.1: at least 5 h/wk of clinical services inside 24-hour structure (brief §1.3 [V]).
    hoursPerWeek: { value: { adult: { min: 5 }, adolescent: { min: 5 } }, sources: ['residential-311'] },
    // Live-in, 24-hour care (seeds/000, seeds/004).
    setting: { value: 'program', sources: ['seed-levels', 'seed-iop-length'] },
    // Clinically managed: staff around the clock, led by addiction specialists (brief §1.2).
    medical: { value: 'staff-24h', sources: ['asam-levels'] },
    // Severe addiction, or a home that is not safe or stable (seeds/004, seeds/000; brief §1.5 D6).
    fits: { value: 'severe-or-unsafe-home', sources: ['seed-iop-length', 'seed-levels'] },
    // Medical withdrawal care needs a medically monitored or managed level (brief §1.2 3.7/4, §4.2).
    notEnough: { value: 'needs-medical', sources: ['asam-levels', 'withdrawal-dts'] },
    // Live-in care: work, school and home life are put on hold (seeds/000).
    dailyLife: { value: 'paused', sources: ['seed-levels'] },
    // Overnight stays cost more than outpatient care (seeds/004).
    costRank: { value: 4, sources: ['seed-iop-length'] },
    // Reassessment moves people up or down (brief §1.4); IOP and PHP are step-down care after residential (seeds/000, seeds/004).
    stepUp: { value: ['inpatient'], sources: ['reassessment'] },
    stepDown: { value: ['php', 'iop'], sources: ['seed-levels', 'seed-iop-length'] },
  },
  inpatient: {
    id: 'inpatient',
    asamLevel: '3.7–4',
    hoursPerWeek: { value: { adult: {}, adolescent: {} }, sources: ['asam-levels'] },
    setting: { value: 'hospital', sources: ['asam-levels'] },
    // Medically monitored / managed: physician-led team, 24-hour nursing (brief §1.2).
    medical: { value: 'medical-24h', sources: ['asam-levels'] },
    // Withdrawal or health problems that need doctors and nurses day and night (brief §1.2, §1.5 D1/D2, §4.2).
    fits: { value: 'medical-24h', sources: ['asam-levels', 'withdrawal-dts'] },
    // Emergency signs (overdose, seizures, confusion) mean 911 or the ER (brief §4.2).
    notEnough: { value: 'emergency', sources: ['overdose', 'withdrawal-dts'] },
    dailyLife: { value: 'paused', sources: ['asam-levels'] },
    // Hospital-based care costs the most (seeds/004).
    costRank: { value: 5, sources: ['seed-iop-length'] },
    stepUp: { value: [], sources: ['reassessment'] },
    // People step down from inpatient to residential, PHP or IOP (seeds/004; brief §1.4).
    stepDown: { value: ['residential', 'php', 'iop'], sources: ['seed-iop-length', 'reassessment'] },
  },
};

/**
 * The default items of `<program-checklist>`: stable ids and their sources. The visible wording
 * (sign, question, why it matters, what a good answer sounds like) is localized in the component.
 * Each item cites the section of the clinical brief (shared/clinical-brief.md) it comes from.
 */

/** A source of the checklist. Titles are proper names and stay untranslated. */
export interface ChecklistSource {
  readonly id: ChecklistSourceId;
  readonly title: string;
  readonly url?: string;
  /** Where in the clinical brief the fact is recorded. */
  readonly brief: string;
}

export type ChecklistSourceId = 'samhsa-quality' | 'niaaa-navigator' | 'samhsa-iop' | 'seed-articles';

export const CHECKLIST_SOURCES: Readonly<Record<ChecklistSourceId, ChecklistSource>> = {
  'samhsa-quality': { id: 'samhsa-quality', title: 'SAMHSA: Finding Quality Treatment for Substance Use Disorders', brief: '§2.2' },
  'niaaa-navigator': { id: 'niaaa-navigator', title: 'NIAAA Alcohol Treatment Navigator', url: 'https://alcoholtreatment.niaaa.nih.gov/how-to-find-alcohol-treatment/10-questions-for-alcohol-treatment-programs', brief: '§2.3' },
  'samhsa-iop': { id: 'samhsa-iop', title: 'SAMHSA Advisory on intensive outpatient treatment (2021)', url: 'https://store.samhsa.gov/sites/default/files/SAMHSA_Digital_Download/pep20-02-01-021.pdf', brief: '§1.3, §2.1' },
  'seed-articles': { id: 'seed-articles', title: 'Articles on intensive outpatient programs (project research)', brief: 'seeds/000, 002, 004' },
};

export interface DefaultItem {
  readonly id: string;
  readonly sources: readonly ChecklistSourceId[];
}

/** Default items, in the order a caller would ask them. */
export const DEFAULT_ITEMS: readonly DefaultItem[] = [
  // §2.2 sign 1 (licensed, in good standing) [V]; §2.3 sign 1 (license + independent accreditation) [V];
  // Joint Commission: seeds/000; CARF: §2.3 suggested items.
  { id: 'licensed', sources: ['samhsa-quality', 'niaaa-navigator'] },
  // §2.3 sign 1: credentialed counselors, at least one MD on staff or on call [V]; §2.2 sign 1 staff licensure [V].
  { id: 'staff', sources: ['niaaa-navigator', 'samhsa-quality'] },
  // §2.3 sign 2: full assessment (drinking, other drugs, medical and mental health, job, housing, family, legal) [V].
  { id: 'assessment', sources: ['niaaa-navigator'] },
  // §2.3 sign 3: tailored plan [K]; §2.1 TIP 47 treatment planning [V]; seeds/000 personalized plans.
  { id: 'plan', sources: ['niaaa-navigator', 'seed-articles'] },
  // §2.2 sign 3 evidence-based practices (CBT, motivational therapies) [K]; seeds/004 CBT, MI, DBT.
  // Contingency management is not in the brief and is not named.
  { id: 'therapies', sources: ['samhsa-quality', 'seed-articles'] },
  // §2.2 sign 2 FDA-approved medications for alcohol and opioid use disorders [V heading]; §2.3 sign 4 (3 AUD
  // medications) [V]; §1.5 D1 buprenorphine, methadone, naltrexone for OUD; §2.1 links to MOUD improve retention [V].
  { id: 'medications', sources: ['samhsa-quality', 'niaaa-navigator', 'samhsa-iop'] },
  // §2.3 Q3–Q10 co-occurring care [K]; §1.1 all programs expected to be co-occurring capable [V].
  { id: 'mental-health', sources: ['niaaa-navigator'] },
  // §2.2 sign 4 families [K]; §2.1 family psychoeducation is a core IOP service [V]; seeds/004 family sessions.
  { id: 'family', sources: ['samhsa-quality', 'samhsa-iop'] },
  // §1.3 / §2.1 IOP at least 9 h/week for adults, 6 for teens [V]; seeds/000 three or more sessions a week;
  // seeds/004 morning or evening sessions and virtual sessions.
  { id: 'schedule', sources: ['samhsa-iop', 'seed-articles'] },
  // §2.2 step 1 insurance network or state funding [V]; §2.3 Q2 cost estimate and extra charges [V].
  { id: 'costs', sources: ['niaaa-navigator', 'samhsa-quality'] },
  // §2.2 step 3 aim for an appointment within 48 hours, some take walk-ins [V]; §2.3 Q1 how soon [V].
  { id: 'start', sources: ['samhsa-quality', 'niaaa-navigator'] },
  // §2.3 sign 5 support for long-term recovery and relapse handling [K]; §2.3 suggested items: a relapse plan
  // that does not automatically discharge. Conservative wording: ask, do not promise.
  { id: 'relapse', sources: ['niaaa-navigator'] },
  // §2.2 sign 5 supportive services and ongoing care [K]; §2.1 step-down care [V]; seeds/000, 002, 004 aftercare.
  { id: 'aftercare', sources: ['samhsa-quality', 'samhsa-iop', 'seed-articles'] },
  // §2.3 suggested items: 24-hour crisis access; §4.1 988 always available.
  { id: 'crisis', sources: ['niaaa-navigator'] },
  // seeds/004 privacy; seeds/002 confidential sessions. No legal claims are made.
  { id: 'privacy', sources: ['seed-articles'] },
];

export const DEFAULT_ITEM_IDS: readonly string[] = DEFAULT_ITEMS.map((i) => i.id);

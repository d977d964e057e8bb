/**
 * Sources behind every clinical fact and rule in this library.
 * Each entry names the section of `shared/clinical-brief.md` (the project's research notes)
 * that records the fact, and the public page the brief cites.
 * Titles are proper names of publications and are shown untranslated.
 */
export interface Source {
  /** Stable id used by facts and rules. */
  readonly id: SourceId;
  /** Publication or publisher name. */
  readonly title: string;
  /** Public page the clinical brief cites; absent for source articles kept only in the project's research files. */
  readonly url?: string;
  /** Where in the clinical brief the fact is recorded. */
  readonly brief: string;
  /**
   * Who published it (brief §1.6 C15): a government body, a professional or policy body, another website, or one of
   * the treatment-center articles the project started from. Visitors see government and professional sources first.
   */
  readonly kind: SourceKind;
}

export type SourceKind = 'government' | 'professional' | 'other' | 'seed';
/** Display order of source kinds (C15: government and professional bodies before marketing pages). */
export const SOURCE_KIND_ORDER: readonly SourceKind[] = ['government', 'professional', 'other', 'seed'];

export type SourceId =
  | 'samhsa-iop-advisory'
  | 'cms-iop'
  | 'asam-hours'
  | 'asam-placement'
  | 'seed-levels'
  | 'seed-iop-length'
  | 'tip-47'
  | 'php-hours'
  | 'residential-311'
  | 'asam-levels'
  | 'withdrawal-dts'
  | 'benzo-withdrawal'
  | 'overdose'
  | 'poison-help'
  | 'lifeline-988'
  | 'samhsa-helpline'
  | 'findtreatment'
  | 'severity-heuristic'
  | 'screening-not-diagnosis'
  | 'reassessment';

const list: readonly Source[] = [
  { id: 'samhsa-iop-advisory', title: 'SAMHSA Advisory on intensive outpatient treatment, PEP20-02-01-021 (2021)', url: 'https://store.samhsa.gov/sites/default/files/SAMHSA_Digital_Download/pep20-02-01-021.pdf', brief: '§1.3, §2.1', kind: 'government' },
  // CMS's 2024 outpatient rule, as summarised by the Center for Health Care Strategies (brief §1.6 C14, C2): Medicare
  // covers IOP at 9–19 hours a week and PHP at 20 or more; IOP is often a step down from more intensive levels.
  { id: 'cms-iop', title: 'Center for Health Care Strategies: New changes to intensive outpatient program coverage (CMS 2024 rule)', url: 'https://www.chcs.org/resource/new-changes-to-intensive-outpatient-program-coverage/', brief: '§1.6 C2, C14', kind: 'professional' },
  { id: 'asam-hours', title: 'Mid Shore Behavioral Health: ASAM Criteria glossary', url: 'https://midshorebehavioralhealth.org/glossary/asam-criteria/', brief: '§1.3', kind: 'other' },
  { id: 'asam-placement', title: 'ASAM CONTINUUM knowledge base: frequently asked questions', url: 'https://www.asam.org/asam-criteria/asam-criteria-software/asam-continuum/knowledge-base/details/knowledge-base-continuum/2023/07/10/frequently-asked-questions', brief: '§1.4', kind: 'professional' },
  { id: 'seed-levels', title: 'Treatment-center article (DetoxRehabs.net): IOP vs. residential rehab and other outpatient care', brief: 'seeds/000', kind: 'seed' },
  { id: 'seed-iop-length', title: 'Treatment-center article: intensive outpatient substance abuse treatment (length, schedule, step-down)', brief: 'seeds/004', kind: 'seed' },
  { id: 'tip-47', title: 'SAMHSA TIP 47: Clinical Issues in Intensive Outpatient Treatment', url: 'https://www.ncbi.nlm.nih.gov/books/NBK64093/', brief: '§2.1', kind: 'government' },
  { id: 'php-hours', title: 'Ascend Recovery: What is a partial hospitalization program', url: 'https://ascendrecoveryfl.com/drug-rehab/what-is-a-partial-hospitalization-program', brief: '§1.3', kind: 'other' },
  { id: 'residential-311', title: 'Christine Ortoll Recovery: levels of care', url: 'https://christineortollrecovery.org/levels-of-care/', brief: '§1.3', kind: 'other' },
  { id: 'asam-levels', title: 'Addictions Counseling (open textbook), chapter 1: levels of care', url: 'https://cod.pressbooks.pub/addictionscounseling/chapter/chapter-1/', brief: '§1.2', kind: 'professional' },
  { id: 'withdrawal-dts', title: 'Delirium tremens patient guide', url: 'https://iris.hattiesburgclinic.com/patadv/aha/aha_dtremens_bha.htm', brief: '§4.2', kind: 'other' },
  { id: 'benzo-withdrawal', title: 'Benzodiazepine withdrawal: why medical supervision matters', url: 'https://www.newhorizonscenters.com/blog/benzodiazepine-withdrawal-why-medical-supervision-is-critical', brief: '§4.2', kind: 'other' },
  { id: 'overdose', title: 'California Department of Public Health: opioid overdose prevention', url: 'https://www.cdph.ca.gov/Programs/CCDPHP/opioids/Pages/Prevention.aspx', brief: '§4.2', kind: 'government' },
  { id: 'poison-help', title: 'HRSA Poison Help', url: 'https://www.poisonhelp.hrsa.gov/poison-centers/index.html', brief: '§4.1', kind: 'government' },
  { id: 'lifeline-988', title: '988 Suicide & Crisis Lifeline', url: 'https://988lifeline.org/', brief: '§4.1', kind: 'government' },
  { id: 'samhsa-helpline', title: 'SAMHSA National Helpline', url: 'https://www.samhsa.gov/find-help/national-helpline', brief: '§4.1', kind: 'government' },
  { id: 'findtreatment', title: 'FindTreatment.gov (SAMHSA)', url: 'https://findtreatment.gov/', brief: '§5', kind: 'government' },
  { id: 'severity-heuristic', title: 'Addiction Policy Forum: severity for providers', url: 'https://www.addictionpolicy.org/severity-for-providers', brief: '§1.4', kind: 'professional' },
  { id: 'screening-not-diagnosis', title: 'Mental Health America: about MHA screening', url: 'https://www.mhanational.org/about-mha-screening', brief: '§4.3', kind: 'professional' },
  { id: 'reassessment', title: 'Therapeutic Justice Institute: ASAM Criteria, 4th edition (blog)', url: 'https://therapeuticjusticeinstitute.com/blog', brief: '§1.4', kind: 'other' },
];

export const SOURCES: Readonly<Record<SourceId, Source>> = Object.freeze(
  Object.fromEntries(list.map((s) => [s.id, Object.freeze(s)])) as Record<SourceId, Source>,
);

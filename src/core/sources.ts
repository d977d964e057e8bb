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
}

export type SourceId =
  | 'samhsa-iop-advisory'
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
  { id: 'samhsa-iop-advisory', title: 'SAMHSA Advisory on intensive outpatient treatment, PEP20-02-01-021 (2021)', url: 'https://store.samhsa.gov/sites/default/files/SAMHSA_Digital_Download/pep20-02-01-021.pdf', brief: '§1.3, §2.1' },
  { id: 'asam-hours', title: 'Mid Shore Behavioral Health: ASAM Criteria glossary', url: 'https://midshorebehavioralhealth.org/glossary/asam-criteria/', brief: '§1.3' },
  { id: 'asam-placement', title: 'ASAM CONTINUUM knowledge base: frequently asked questions', url: 'https://www.asam.org/asam-criteria/asam-criteria-software/asam-continuum/knowledge-base/details/knowledge-base-continuum/2023/07/10/frequently-asked-questions', brief: '§1.4' },
  { id: 'seed-levels', title: 'DetoxRehabs.net: IOP vs. residential rehab and other outpatient care', brief: 'seeds/000' },
  { id: 'seed-iop-length', title: 'Article: intensive outpatient substance abuse treatment (length, schedule, step-down)', brief: 'seeds/004' },
  { id: 'tip-47', title: 'SAMHSA TIP 47: Clinical Issues in Intensive Outpatient Treatment', url: 'https://www.ncbi.nlm.nih.gov/books/NBK64093/', brief: '§2.1' },
  { id: 'php-hours', title: 'Ascend Recovery: What is a partial hospitalization program', url: 'https://ascendrecoveryfl.com/drug-rehab/what-is-a-partial-hospitalization-program', brief: '§1.3' },
  { id: 'residential-311', title: 'Christine Ortoll Recovery: levels of care', url: 'https://christineortollrecovery.org/levels-of-care/', brief: '§1.3' },
  { id: 'asam-levels', title: 'Addictions Counseling (open textbook), chapter 1: levels of care', url: 'https://cod.pressbooks.pub/addictionscounseling/chapter/chapter-1/', brief: '§1.2' },
  { id: 'withdrawal-dts', title: 'Delirium tremens patient guide', url: 'https://iris.hattiesburgclinic.com/patadv/aha/aha_dtremens_bha.htm', brief: '§4.2' },
  { id: 'benzo-withdrawal', title: 'Benzodiazepine withdrawal: why medical supervision matters', url: 'https://www.newhorizonscenters.com/blog/benzodiazepine-withdrawal-why-medical-supervision-is-critical', brief: '§4.2' },
  { id: 'overdose', title: 'California Department of Public Health: opioid overdose prevention', url: 'https://www.cdph.ca.gov/Programs/CCDPHP/opioids/Pages/Prevention.aspx', brief: '§4.2' },
  { id: 'poison-help', title: 'HRSA Poison Help', url: 'https://www.poisonhelp.hrsa.gov/poison-centers/index.html', brief: '§4.1' },
  { id: 'lifeline-988', title: '988 Suicide & Crisis Lifeline', url: 'https://988lifeline.org/', brief: '§4.1' },
  { id: 'samhsa-helpline', title: 'SAMHSA National Helpline', url: 'https://www.samhsa.gov/find-help/national-helpline', brief: '§4.1' },
  { id: 'findtreatment', title: 'FindTreatment.gov (SAMHSA)', url: 'https://findtreatment.gov/', brief: '§5' },
  { id: 'severity-heuristic', title: 'Addiction Policy Forum: severity for providers', url: 'https://www.addictionpolicy.org/severity-for-providers', brief: '§1.4' },
  { id: 'screening-not-diagnosis', title: 'Mental Health America: about MHA screening', url: 'https://www.mhanational.org/about-mha-screening', brief: '§4.3' },
  { id: 'reassessment', title: 'Therapeutic Justice Institute: ASAM Criteria, 4th edition (blog)', url: 'https://therapeuticjusticeinstitute.com/blog', brief: '§1.4' },
];

export const SOURCES: Readonly<Record<SourceId, Source>> = Object.freeze(
  Object.fromEntries(list.map((s) => [s.id, Object.freeze(s)])) as Record<SourceId, Source>,
);

import { type Audience, type CareLevelId, type DailyLife, type FitCode, type LevelFacts, type MedicalSupport, type NotEnoughCode, type Range, type Setting, LEVEL_FACTS } from '../levels.js';
import { type Source, type SourceId, SOURCE_KIND_ORDER, SOURCES } from '../sources.js';
import { type CompareConfig, type CompareCta, type CompareLevelId, type CompareRowId, COMPARE_ROW_IDS } from './config.js';

/** One cell's fact as data; each widget words it in the visitor's language. */
export type CellValue =
  | { readonly row: 'hours'; readonly range: Range; readonly setting: Setting }
  | { readonly row: 'schedule'; readonly days?: Range; readonly hoursPerDay?: Range; readonly setting: Setting }
  | { readonly row: 'setting'; readonly value: Setting }
  | { readonly row: 'medical'; readonly value: MedicalSupport }
  | { readonly row: 'length'; readonly weeks?: Range }
  | { readonly row: 'fits'; readonly value: FitCode }
  | { readonly row: 'notEnough'; readonly value: NotEnoughCode }
  | { readonly row: 'dailyLife'; readonly value: DailyLife }
  | { readonly row: 'cost'; readonly rank: number }
  | { readonly row: 'steps'; readonly up: readonly CareLevelId[]; readonly down: readonly CareLevelId[] };

export interface ComparisonCell {
  readonly level: CompareLevelId;
  readonly value: CellValue;
  readonly sources: readonly SourceId[];
  /** Numbers of the notes (1-based, ascending) that hold this cell's sources. */
  readonly notes: readonly number[];
  /** The host program's own text for this cell, shown apart from the general fact. */
  readonly own?: string;
}

export interface ComparisonColumn {
  readonly id: CompareLevelId;
  readonly asamLevel: string;
  readonly highlighted: boolean;
  readonly cta?: CompareCta;
}

export interface ComparisonRow {
  readonly id: CompareRowId;
  /** One cell per column, in column order. */
  readonly cells: readonly ComparisonCell[];
}

export interface ComparisonNote {
  readonly n: number;
  readonly source: Source;
}

export interface Comparison {
  readonly audience: Audience;
  readonly centerName?: string;
  readonly columns: readonly ComparisonColumn[];
  readonly rows: readonly ComparisonRow[];
  /** Sources, government and professional bodies first (brief C15), then in order of first use, row by row. */
  readonly notes: readonly ComparisonNote[];
}

const union = (...lists: (readonly SourceId[] | undefined)[]): SourceId[] => [...new Set(lists.flatMap((l) => l ?? []))];

/** The general fact for one level and row, with its sources (all from LEVEL_FACTS). */
export function levelFact(f: LevelFacts, row: CompareRowId, audience: Audience): { value: CellValue; sources: SourceId[] } {
  switch (row) {
    case 'hours':
      return {
        value: { row, range: f.hoursPerWeek.value[audience], setting: f.setting.value },
        sources: union(f.hoursPerWeek.sources, f.setting.value === 'home' ? [] : f.setting.sources),
      };
    case 'schedule':
      return {
        value: { row, days: f.daysPerWeek?.value, hoursPerDay: f.hoursPerDay?.value, setting: f.setting.value },
        sources: f.daysPerWeek || f.hoursPerDay ? union(f.daysPerWeek?.sources, f.hoursPerDay?.sources) : union(f.setting.sources),
      };
    case 'setting':
      return { value: { row, value: f.setting.value }, sources: union(f.setting.sources) };
    case 'medical':
      return { value: { row, value: f.medical.value }, sources: union(f.medical.sources) };
    case 'length':
      // No fixed length where no source gives one: placement follows needs, not set program lengths (brief §1.4).
      return { value: { row, weeks: f.lengthWeeks?.value }, sources: union(f.lengthWeeks?.sources ?? ['reassessment']) };
    case 'fits':
      return { value: { row, value: f.fits!.value }, sources: union(f.fits!.sources) };
    case 'notEnough':
      return { value: { row, value: f.notEnough!.value }, sources: union(f.notEnough!.sources) };
    case 'dailyLife':
      return { value: { row, value: f.dailyLife!.value }, sources: union(f.dailyLife!.sources) };
    case 'cost':
      return { value: { row, rank: f.costRank!.value }, sources: union(f.costRank!.sources) };
    case 'steps':
      return {
        value: { row, up: f.stepUp?.value ?? [], down: f.stepDown?.value ?? [] },
        sources: union(f.stepUp?.sources, f.stepDown?.sources),
      };
  }
}

/** The comparison table as data: columns, rows of sourced facts with host overrides, and numbered notes. */
export function buildComparison(config: CompareConfig): Comparison {
  // Notes are numbered government and professional sources first (brief §1.6 C15), then in order of first use.
  const used: SourceId[] = [];
  for (const row of COMPARE_ROW_IDS)
    for (const level of config.levels) for (const id of levelFact(LEVEL_FACTS[level], row, config.audience).sources) if (!used.includes(id)) used.push(id);
  const rank = (id: SourceId) => SOURCE_KIND_ORDER.indexOf(SOURCES[id].kind);
  const order = used.map((id, i) => [id, i] as const).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([id]) => id);
  const num = (id: SourceId): number => order.indexOf(id) + 1;
  const rows = COMPARE_ROW_IDS.map((id) => ({
    id,
    cells: config.levels.map((level): ComparisonCell => {
      const { value, sources } = levelFact(LEVEL_FACTS[level], id, config.audience);
      const own = config.cells[level]?.[id];
      return { level, value, sources, notes: sources.map(num).sort((a, b) => a - b), ...(own ? { own } : {}) };
    }),
  }));
  return {
    audience: config.audience,
    centerName: config.centerName,
    columns: config.levels.map((id) => ({
      id,
      asamLevel: LEVEL_FACTS[id].asamLevel,
      highlighted: id === config.highlight,
      ...(config.cta[id] ? { cta: config.cta[id] } : {}),
    })),
    rows,
    notes: order.map((id, i) => ({ n: i + 1, source: SOURCES[id] })),
  };
}

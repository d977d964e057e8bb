/**
 * `<iop-compare>`'s field table: every JSON setting, in the schema's order, with the ids and limits the parser
 * (config.ts) reads and the words an editor sees. schemas/iop-compare.v1.json is written from it
 * (scripts/schemas.mjs); build and test time only, never in a widget's bundle (see src/core/schema.ts).
 */
import { AUDIENCES } from '../levels.js';
import { ATTRIBUTES_COMMENT, type AttributeField, type Field, type SchemaMeta, type TextField } from '../schema.js';
import {
  COMPARE_CELL_MAX,
  COMPARE_CTA_KEYS,
  COMPARE_JSON_KEYS,
  COMPARE_LABEL_MAX,
  COMPARE_LEVEL_IDS,
  COMPARE_NAME_MAX,
  COMPARE_ROW_IDS,
  DEFAULT_COMPARE_LEVELS,
} from './config.js';

const cell = (row: string): TextField => ({ kind: 'text', max: COMPARE_CELL_MAX, about: `Your text for the "${row}" row.` });

/** Every key of COMPARE_JSON_KEYS but `version` (the same in every schema), in that order. */
export const COMPARE_FIELDS = {
  centerName: { kind: 'text', max: COMPARE_NAME_MAX, about: 'Your program’s name, shown as "At …:" beside your own text.', attribute: 'center-name' },
  cells: {
    kind: 'keyed',
    keys: COMPARE_LEVEL_IDS,
    key: 'A level of care.',
    about: 'Your program’s own text for a level and a row, shown beside the general fact.',
    value: {
      kind: 'group',
      about: `Your text by row. Rows: ${COMPARE_ROW_IDS.join(', ')}.`,
      fields: Object.fromEntries(COMPARE_ROW_IDS.map((row) => [row, cell(row)])),
    },
  },
  cta: {
    kind: 'keyed',
    keys: COMPARE_LEVEL_IDS,
    key: 'A level of care.',
    about: 'A button under a level, with a link.',
    value: {
      kind: 'group',
      fields: {
        href: { kind: 'link', required: true },
        label: { kind: 'text', max: COMPARE_LABEL_MAX, about: 'The button text.' },
      } satisfies { [K in (typeof COMPARE_CTA_KEYS)[number]]: Field },
    },
    attribute: 'cta-{level}-{key}',
  },
} as const satisfies { [K in Exclude<(typeof COMPARE_JSON_KEYS)[number], 'version'>]: Field };

/** The element's attributes with no JSON setting (besides COMMON_ATTRIBUTES). */
export const COMPARE_ATTRIBUTES = {
  levels: { kind: 'ids', values: COMPARE_LEVEL_IDS, default: DEFAULT_COMPARE_LEVELS },
  audience: { kind: 'choice', values: AUDIENCES, default: 'adult' },
  highlight: { kind: 'choice', values: COMPARE_LEVEL_IDS },
  'no-link': { kind: 'flag' },
} as const satisfies { [name: string]: AttributeField };

export const COMPARE_SCHEMA: SchemaMeta = {
  tag: 'iop-compare',
  attributes: ATTRIBUTES_COMMENT,
  examples: [
    {
      version: 1,
      centerName: 'Riverbend',
      cells: { iop: { schedule: 'Mon, Wed, Thu, 6–9 pm' } },
      cta: { iop: { href: '/iop', label: 'Ask about our IOP' } },
    },
  ],
};

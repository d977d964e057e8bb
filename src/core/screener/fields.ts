/**
 * `<loc-screener>`'s field table: every JSON setting, in the schema's order, with the ids and limits the parser
 * (config.ts) reads and the words an editor sees. schemas/loc-screener.v1.json is written from it
 * (scripts/schemas.mjs); build and test time only, never in a widget's bundle (see src/core/schema.ts).
 */
import { AUDIENCES, CARE_LEVEL_IDS } from '../levels.js';
import { ATTRIBUTES_COMMENT, type AttributeField, type Field, type GroupField, type SchemaMeta } from '../schema.js';
import { LEVEL_CTA_KEYS, SCREENER_JSON_KEYS, SCREENER_LABEL_MAX, SCREENER_NAME_MAX } from './config.js';
import { EVENT_DETAIL_LEVELS } from './events.js';
import { FOCUSES, RESPONDENTS } from './questions.js';

/** A call to action: its keys are the parser's LEVEL_CTA_KEYS. */
const CTA: GroupField = {
  kind: 'group',
  ref: 'cta',
  nullable: true,
  about: 'A call to action: a phone number and/or a link, with an optional button label.',
  fields: {
    phone: { kind: 'phone' },
    href: { kind: 'link' },
    label: { kind: 'text', max: SCREENER_LABEL_MAX, about: 'The button text.' },
  } satisfies { [K in (typeof LEVEL_CTA_KEYS)[number]]: Field },
};

/** Every key of SCREENER_JSON_KEYS but `version` (the same in every schema), in that order. */
export const SCREENER_FIELDS = {
  centerName: { kind: 'text', max: SCREENER_NAME_MAX, about: 'Your center’s name, shown as "Shared by …".', attribute: 'center-name' },
  audience: { kind: 'choice', values: AUDIENCES, about: 'Who the questions are for. Leave it out to ask the person’s age.', attribute: 'audience' },
  focus: { kind: 'choice', values: FOCUSES, about: 'What the questions are about. Leave it out to ask.', attribute: 'focus' },
  respondent: {
    kind: 'choice',
    values: RESPONDENTS,
    listed: true,
    about: 'Who answers. Leave it out to ask. self: the person themself; other: someone helping them, so every question and result speaks of "them".',
    attribute: 'respondent',
  },
  levelsOffered: {
    kind: 'ids',
    values: CARE_LEVEL_IDS,
    about: 'The levels of care your center offers.',
    item: 'A level of care.',
    examples: [['php', 'iop', 'op']],
    attribute: 'levels-offered',
  },
  cta: { ...CTA, attribute: 'cta-{key}' },
  levels: {
    kind: 'keyed',
    keys: CARE_LEVEL_IDS,
    key: 'A level of care.',
    value: CTA,
    about: 'A call to action for one level, used instead of "cta" when the result is that level.',
    attribute: 'cta-{level}-{key}',
  },
} as const satisfies { [K in Exclude<(typeof SCREENER_JSON_KEYS)[number], 'version'>]: Field };

/** The element's attributes with no JSON setting (besides COMMON_ATTRIBUTES). */
export const SCREENER_ATTRIBUTES = {
  'event-detail': { kind: 'choice', values: EVENT_DETAIL_LEVELS, default: 'basic' },
  'include-answers': { kind: 'flag' },
} as const satisfies { [name: string]: AttributeField };

export const SCREENER_SCHEMA: SchemaMeta = {
  tag: 'loc-screener',
  about: 'Attributes win over the same setting here.',
  attributes: ATTRIBUTES_COMMENT,
  examples: [
    {
      version: 1,
      centerName: 'Riverbend Recovery',
      audience: 'adult',
      focus: 'both',
      levelsOffered: ['php', 'iop', 'op'],
      cta: { phone: '1-555-555-0100', href: '/contact', label: 'Call our team' },
      levels: { iop: { href: '/iop', label: 'See our evening IOP' } },
    },
  ],
};

/**
 * `<program-checklist>`'s field table: every JSON setting, in the schema's order, with the ids and limits the
 * parser (config.ts) reads and the words an editor sees. schemas/program-checklist.v1.json is written from it
 * (scripts/schemas.mjs); build and test time only, never in a widget's bundle (see src/core/schema.ts).
 */
import { type AttributeField, type Field, RESERVED_IDS, type SchemaMeta } from '../schema.js';
import {
  CHECKLIST_ADD_KEYS,
  CHECKLIST_ADD_MAX,
  CHECKLIST_ID_RE,
  CHECKLIST_JSON_KEYS,
  CHECKLIST_MAX_ADDED,
  CHECKLIST_MODES,
  CHECKLIST_NOTE_MAX,
  CHECKLIST_REMEMBER_DAYS_MAX,
  isStorageKey,
} from './config.js';
import { DEFAULT_ITEM_IDS } from './items.js';
import { DEFAULT_REMEMBER_DAYS } from './state.js';

/** Every key of CHECKLIST_JSON_KEYS but `version` (the same in every schema), in that order. */
export const CHECKLIST_FIELDS = {
  hide: { kind: 'ids', values: DEFAULT_ITEM_IDS, about: 'Built-in items to leave out.', item: 'A built-in item.' },
  add: {
    kind: 'list',
    max: CHECKLIST_MAX_ADDED,
    about: `Your own items, shown after the built-in ones, at most ${CHECKLIST_MAX_ADDED}. Shown as written in every language.`,
    item: {
      kind: 'group',
      fields: {
        id: {
          kind: 'new-id',
          pattern: CHECKLIST_ID_RE,
          // The parser refuses a built-in id (already used) and any id `in {}` is true for.
          not: [...DEFAULT_ITEM_IDS, ...RESERVED_IDS(CHECKLIST_ID_RE)],
          required: true,
          about: 'A new id, not one of the built-in items: lowercase letters, digits and dashes, like "our-item".',
        },
        sign: { kind: 'text', max: CHECKLIST_ADD_MAX.sign, required: true, about: 'What a good program does.' },
        ask: { kind: 'text', max: CHECKLIST_ADD_MAX.ask, required: true, about: 'The question to ask.' },
        why: { kind: 'text', max: CHECKLIST_ADD_MAX.why, about: 'Why it matters.' },
        good: { kind: 'text', max: CHECKLIST_ADD_MAX.good, about: 'What a good answer sounds like.' },
      } satisfies { [K in (typeof CHECKLIST_ADD_KEYS)[number]]: Field },
    },
  },
  meets: {
    kind: 'marks',
    about: 'Showcase mode: the items your program meets. Either a list of ids, or an object of id → a short note (or true for no note).',
    id: {
      kind: 'new-id',
      pattern: CHECKLIST_ID_RE,
      not: RESERVED_IDS(CHECKLIST_ID_RE),
      about: 'An item id: lowercase letters, digits and dashes, up to 40 characters.',
    },
    max: CHECKLIST_NOTE_MAX,
    noteError: `Use a short note as text (at most ${CHECKLIST_NOTE_MAX} characters), or true.`,
  },
} as const satisfies { [K in Exclude<(typeof CHECKLIST_JSON_KEYS)[number], 'version'>]: Field };

/** The element's attributes with no JSON setting (besides COMMON_ATTRIBUTES). */
export const CHECKLIST_ATTRIBUTES = {
  mode: { kind: 'choice', values: CHECKLIST_MODES, default: 'visitor' },
  remember: { kind: 'flag' },
  'storage-key': { kind: 'key', valid: isStorageKey },
  'remember-days': { kind: 'number', min: 1, max: CHECKLIST_REMEMBER_DAYS_MAX, default: DEFAULT_REMEMBER_DAYS },
} as const satisfies { [name: string]: AttributeField };

export const CHECKLIST_SCHEMA: SchemaMeta = {
  tag: 'program-checklist',
  about: 'Rules the schema cannot check, but the widget does: each added id is used once, and "meets" names only items that are shown.',
  attributes: 'No setting here has an attribute yet: on WordPress the plugin writes these settings into the page for you.',
  examples: [{ version: 1, hide: ['privacy'], add: [{ id: 'our-item', sign: 'Free rides to group', ask: 'Do you help with rides?' }], meets: { licensed: 'Licensed by the state, CARF accredited' } }],
};

/**
 * The JSON Schemas in schemas/*.json are written from here (scripts/schemas.mjs), not by hand (issue #16).
 *
 * Each widget has one field table (src/core/<widget>/fields.ts): every setting with its kind, the ids it allows,
 * its limits, the attribute that also sets it, and the words an editor sees. The ids and limits in a table are
 * the very constants the widget's parser reads (CARE_LEVEL_IDS, SCREENER_LABEL_MAX…), and the link and phone
 * patterns are made from the parser's own rule, so the schema cannot say something the widget does not do.
 *
 * Build and test time only: no widget imports this file or the tables (test/core/schemas.test.ts checks), so
 * none of these words reach a visitor's browser, and no schema validator does either.
 */
import { LINK_PATTERN, PHONE_MAX_DIGITS, PHONE_MIN_DIGITS } from './config.js';

/** Plain text, shown as written: trimmed, at most `max` characters. `required`: it must be there and not blank. */
export interface TextField {
  readonly kind: 'text';
  readonly max: number;
  readonly about: string;
  readonly required?: true;
  readonly attribute?: string;
}
/** One id from a list. `listed`: the description names and explains the ids itself. */
export interface ChoiceField {
  readonly kind: 'choice';
  readonly values: readonly string[];
  readonly about: string;
  readonly listed?: true;
  readonly attribute?: string;
}
/** A list of ids from a list; `item` says what one id is ("A level of care."). */
export interface IdListField {
  readonly kind: 'ids';
  readonly values: readonly string[];
  readonly about: string;
  readonly item: string;
  readonly examples?: readonly (readonly string[])[];
  readonly attribute?: string;
}
export interface PhoneField {
  readonly kind: 'phone';
}
export interface LinkField {
  readonly kind: 'link';
  readonly required?: true;
}
/** An id the host makes up (the checklist's own items): `pattern`, and never one of `not`. */
export interface NewIdField {
  readonly kind: 'new-id';
  readonly pattern: RegExp;
  readonly not: readonly string[];
  readonly about: string;
  readonly required?: true;
}
/**
 * An object with known keys. `nullable`: null means "not set". `ref`: written once under `$defs` and referred to
 * (the screener's call to action, used by `cta` and by each of `levels`).
 */
export interface GroupField {
  readonly kind: 'group';
  readonly fields: Fields;
  readonly about?: string;
  readonly nullable?: true;
  readonly ref?: string;
  readonly attribute?: string;
}
/** An object keyed by ids (levels of care), each value a `value` field; `key` says what one key is. */
export interface KeyedField {
  readonly kind: 'keyed';
  readonly keys: readonly string[];
  readonly key: string;
  readonly value: Field;
  readonly about: string;
  readonly attribute?: string;
}
/** A list of groups, at most `max`. */
export interface ListField {
  readonly kind: 'list';
  readonly max: number;
  readonly item: GroupField;
  readonly about: string;
}
/** Items marked by id: a list of ids, or an object of id → a short note (at most `max`) or true. */
export interface MarksField {
  readonly kind: 'marks';
  readonly id: NewIdField;
  readonly max: number;
  readonly about: string;
  readonly noteError: string;
}
export type Field = TextField | ChoiceField | IdListField | PhoneField | LinkField | NewIdField | GroupField | KeyedField | ListField | MarksField;
export type Fields = { readonly [key: string]: Field };

/**
 * An element attribute with no JSON setting (the ones with a setting are named by its `attribute`). Not in the
 * schema, but in the same table, so the element's documented attributes (custom-elements.json, which the
 * WordPress plugin and editors read) and the demo's builder are checked against it (test/core/attributes.test.ts).
 * `default` is what the parser uses when the attribute is absent.
 */
export type AttributeField =
  | { readonly kind: 'choice'; readonly values: readonly string[]; readonly default?: string }
  | { readonly kind: 'ids'; readonly values: readonly string[]; readonly default?: readonly string[] }
  | { readonly kind: 'flag' }
  | { readonly kind: 'key'; readonly valid: (text: string) => boolean }
  | { readonly kind: 'number'; readonly min: number; readonly max: number; readonly default: number };
export type AttributeFields = { readonly [name: string]: AttributeField };

/** What every widget's element reads besides its settings (the shared base element). */
export const COMMON_ATTRIBUTES = ['lang', 'config-src'] as const;

/**
 * Every attribute name a table's settings stand for: `{key}` is a key of the group, `{level}` a key of the
 * keyed object (then `{key}` a key of its group), e.g. `cta-{level}-{key}` gives `cta-iop-href`…
 */
export function settingAttributes(fields: Fields): string[] {
  const keysOf = (f: Field): string[] => (f.kind === 'group' ? Object.keys(f.fields) : []);
  return Object.values(fields).flatMap((f) => {
    const pattern = 'attribute' in f ? f.attribute : undefined;
    if (!pattern) return [];
    if (pattern.includes('{level}') && f.kind === 'keyed')
      return f.keys.flatMap((level) => keysOf(f.value).map((key) => pattern.replace('{level}', level).replace('{key}', key)));
    if (pattern.includes('{key}')) return keysOf(f).map((key) => pattern.replace('{key}', key));
    return [pattern];
  });
}

/** What a schema says about its widget as a whole. */
export interface SchemaMeta {
  readonly tag: string;
  /** Said after "Settings for <tag>, in a …": what only this widget adds. */
  readonly about?: string;
  /** How attributes relate to these settings, at the end of `$comment`. */
  readonly attributes: string;
  readonly examples: readonly object[];
}

const SCHEMA = 'https://json-schema.org/draft/2020-12/schema';
const COMMENT =
  'Written by `npm run schemas` from the widget\'s field table in src/core: do not edit this file by hand. Matches what the widget accepts (src/core). The schema is a little stricter than the widget in two ways: ids must be lowercase with no spaces around them, and text lengths also count spaces at the ends (the widget trims them first). Checked by test/core/schemas.test.ts.';
/** What the schemas of widgets with attributes say about them. */
export const ATTRIBUTES_COMMENT =
  'Each property with "x-attribute" can also be set with that attribute of the element (a list as ids separated by spaces); {key} stands for a key of the object and {level} for a level id. An attribute wins over the same setting here.';

const LINK_ABOUT =
  'Where the button goes. A full https:// address (plain letters in the site name, a port from 1 to 65535) or a path on your site like "/contact". http://, mailto: and other kinds are refused.';
const LINK_ERROR = 'Use a full https:// address or a path on your site, like "/contact". http://, mailto:, javascript:, data: and //other-site links are refused.';

/**
 * The parser's link rule for a schema: JSON Schema patterns have no "ignore case" flag, so the two places the
 * rule has letters (the scheme, and the host's first character class) are spelled in both cases; spaces at the
 * ends are allowed (the parser trims them), and so is "" (not set).
 */
export function linkPattern(): string {
  const caseless = LINK_PATTERN.replace('https://', '[hH][tT][tT][pP][sS]://').replace(/\[a-z0-9/g, '[a-zA-Z0-9');
  // Both replacements must have happened, or the parser's rule changed shape and this needs a look.
  if (caseless.split('[hH]').length !== 2 || caseless.split('[a-zA-Z0-9').length !== 3) throw new Error('schema: the link rule in config.ts changed shape');
  return `^(?:|\\s*${caseless}\\s*)$`;
}

/**
 * The parser's phone rule for a schema: after trimming, a leading +, then digits, spaces and ( ) . - with
 * PHONE_MIN_DIGITS to PHONE_MAX_DIGITS digits. U+FEFF counts as a space in a regex but the parser drops it as
 * an invisible character (with a notice), so it is left out of the spaces.
 */
export function phonePattern(): string {
  const gap = '(?:[^\\S\\ufeff]|[().-])*';
  return `^(?:|\\s*\\+?${gap}(?:\\d${gap}){${PHONE_MIN_DIGITS},${PHONE_MAX_DIGITS}}\\s*)$`;
}

const list = (values: readonly string[]) => values.join(', ');
const oneOf = (values: readonly string[]) => `One of: ${list(values)}.`;
const useOneOf = (values: readonly string[]) => `Use one of: ${list(values)} (lowercase).`;
const attr = (f: { attribute?: string }) => (f.attribute ? { 'x-attribute': f.attribute } : {});
const plainText = (about: string, max: number) => `${about} Plain text, at most ${max} characters.`;

type Json = { [key: string]: unknown };

/** One field as JSON Schema; groups with a `ref` are added to `defs` once. */
function node(f: Field, defs: Json): Json {
  switch (f.kind) {
    case 'text':
      return f.required
        ? { description: plainText(f.about, f.max), type: 'string', pattern: '\\S', maxLength: f.max, ...attr(f) }
        : { description: plainText(f.about, f.max), type: ['string', 'null'], maxLength: f.max, ...attr(f) };
    case 'choice':
      return {
        description: f.listed ? f.about : `${f.about} ${oneOf(f.values)}`,
        enum: [...f.values, null],
        errorMessage: useOneOf(f.values),
        type: ['string', 'null'],
        ...attr(f),
      };
    case 'ids':
      return {
        description: `${f.about} A list of: ${list(f.values)}.`,
        type: ['array', 'null'],
        items: { description: `${f.item} ${oneOf(f.values)}`, enum: [...f.values], errorMessage: useOneOf(f.values) },
        ...(f.examples ? { examples: f.examples } : {}),
        ...attr(f),
      };
    case 'phone':
      return {
        description: `A phone number: digits with spaces, dots, dashes or parentheses, and a leading + if you like. ${PHONE_MIN_DIGITS} to ${PHONE_MAX_DIGITS} digits.`,
        type: ['string', 'null'],
        pattern: phonePattern(),
        patternErrorMessage: `Use a phone number with ${PHONE_MIN_DIGITS} to ${PHONE_MAX_DIGITS} digits, like "1-800-555-0100".`,
        examples: ['1-555-555-0100'],
      };
    case 'link':
      return {
        description: LINK_ABOUT,
        type: f.required ? 'string' : ['string', 'null'],
        pattern: linkPattern(),
        patternErrorMessage: LINK_ERROR,
        examples: ['/contact', 'https://example.org/contact'],
      };
    case 'new-id':
      return {
        description: f.about,
        type: 'string',
        pattern: f.pattern.source,
        not: f.not.length === 1 ? { const: f.not[0] } : { enum: [...f.not] },
        patternErrorMessage: 'Use lowercase letters, digits and dashes, like "our-item".',
      };
    case 'group': {
      const required = Object.keys(f.fields).filter((k) => (f.fields[k] as { required?: true }).required);
      const body: Json = {
        ...(f.about ? { description: f.about } : {}),
        type: f.nullable ? ['object', 'null'] : 'object',
        properties: properties(f.fields, defs),
        ...(required.length ? { required } : {}),
        additionalProperties: false,
      };
      if (!f.ref) return { ...body, ...attr(f) };
      defs[f.ref] ??= body;
      return { $ref: `#/$defs/${f.ref}`, ...attr(f) };
    }
    case 'keyed':
      return {
        description: `${f.about} Keys: ${list(f.keys)}.`,
        type: ['object', 'null'],
        propertyNames: { description: `${f.key} ${oneOf(f.keys)}`, enum: [...f.keys], errorMessage: useOneOf(f.keys) },
        // A referenced group is named by its $ref alone here: its own attribute pattern belongs to the top level.
        additionalProperties: f.value.kind === 'group' && f.value.ref ? { $ref: `#/$defs/${f.value.ref}` } : node(f.value, defs),
        ...attr(f),
      };
    case 'list':
      return { description: f.about, type: ['array', 'null'], maxItems: f.max, items: node(f.item, defs) };
    case 'marks': {
      const id = node(f.id, defs);
      return {
        description: f.about,
        type: ['object', 'array', 'null'],
        items: id,
        propertyNames: id,
        additionalProperties: { anyOf: [{ const: true }, { type: 'null' }, { type: 'string', maxLength: f.max }], errorMessage: f.noteError },
      };
    }
  }
}

function properties(fields: Fields, defs: Json): Json {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, node(f, defs)]));
}

/** The ids `key in {}` is true for that a host could write (only "constructor"): the checklist refuses them. */
export const RESERVED_IDS = (re: RegExp): string[] => Object.getOwnPropertyNames(Object.prototype).filter((n) => re.test(n));

/** A widget's settings schema, version 1, from its field table. */
export function buildSchema(meta: SchemaMeta, fields: Fields): Json {
  const defs: Json = {};
  const props = properties(fields, defs);
  return {
    $schema: SCHEMA,
    $id: `https://unpkg.com/level-of-care-widgets/schemas/${meta.tag}.v1.json`,
    title: `<${meta.tag}> settings, version 1`,
    description: `Settings for <${meta.tag}>, in a <script type="application/json"> inside the element or a file named by its config-src attribute.${meta.about ? ` ${meta.about}` : ''}`,
    $comment: `${COMMENT} ${meta.attributes}`,
    examples: meta.examples,
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'Optional: the address of this schema, for editors that check settings as you type.' },
      version: { description: 'The settings format. Only 1 exists. You can leave it out.', const: 1, errorMessage: 'Use 1: it is the only settings version.' },
      ...props,
    },
    additionalProperties: false,
    ...(Object.keys(defs).length ? { $defs: defs } : {}),
  };
}

/** The schema file's text: two-space JSON and a final newline, as committed. */
export const schemaText = (schema: object): string => `${JSON.stringify(schema, null, 2)}\n`;

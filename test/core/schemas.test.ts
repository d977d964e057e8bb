// The JSON Schemas in schemas/ describe exactly what the core parsers accept: for every example,
// the schema says "valid" when, and only when, the widget's parser reports no issue.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import {
  CHECKLIST_JSON_KEYS,
  COMPARE_JSON_KEYS,
  parseChecklistConfig,
  parseCompareConfig,
  parseScreenerConfig,
  SCREENER_JSON_KEYS,
} from '../../src/core/index.js';
import { buildSchema, type Fields, type SchemaMeta, schemaText } from '../../src/core/schema.js';
import { SCREENER_FIELDS, SCREENER_SCHEMA } from '../../src/core/screener/fields.js';
import { COMPARE_FIELDS, COMPARE_SCHEMA } from '../../src/core/compare/fields.js';
import { CHECKLIST_FIELDS, CHECKLIST_SCHEMA } from '../../src/core/checklist/fields.js';

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
// Keywords VS Code (and other editors) show as friendly messages; not part of validation.
ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
// The element attribute that sets the same setting (test/core/attributes.test.ts checks the names).
ajv.addKeyword({ keyword: 'x-attribute', schemaType: 'string' });

const load = (tag: string) => {
  const schema = JSON.parse(readFileSync(new URL(`../../schemas/${tag}.v1.json`, import.meta.url), 'utf8'));
  return { schema, validate: ajv.getSchema(schema.$id) ?? ajv.compile(schema) };
};

type Parse = (json: string) => readonly { field: string; message: string }[];
const widgets: Record<string, Parse> = {
  'loc-screener': (json) => parseScreenerConfig({}, json).issues,
  'iop-compare': (json) => parseCompareConfig({}, json).issues,
  'program-checklist': (json) => parseChecklistConfig({}, json).issues,
};

const long = (n: number) => 'x'.repeat(n);

/** Examples per widget: [name, settings, valid]. */
const examples: Record<string, [string, unknown, boolean][]> = {
  'loc-screener': [
    ['empty object', {}, true],
    ['README example', { version: 1, centerName: 'Riverbend Recovery', audience: 'adult', focus: 'both', levelsOffered: ['php', 'iop', 'op'], cta: { phone: '1-555-555-0100', href: '/contact', label: 'Call our team' }, levels: { iop: { href: '/iop', label: 'See our evening IOP' } } }, true],
    ['every level and null values', { centerName: null, audience: null, focus: 'mental-health', levelsOffered: ['inpatient', 'residential', 'php', 'iop', 'op', 'early'], cta: null, levels: { op: null, early: { phone: '+1 (555) 010.0100' } } }, true],
    ['cta with a path link and an empty phone', { cta: { phone: '', href: '/intake' } }, true],
    ['cta with a mailto link (issue #14: https or paths only)', { cta: { href: 'mailto:intake@example.org' } }, false],
    ['cta with an http link', { cta: { href: 'http://example.org' } }, false],
    ['cta label only (no phone or link)', { cta: { label: 'Call us' } }, true],
    ['centerName of 80 characters', { centerName: long(80) }, true],
    ['adolescent, substance', { audience: 'adolescent', focus: 'substance', levelsOffered: [] }, true],
    ['version 2', { version: 2 }, false],
    ['version as text', { version: '1' }, false],
    ['unknown key (typo)', { centreName: 'Riverbend' }, false],
    ['$schema key (for editors, ignored by the widget)', { $schema: 'https://unpkg.com/level-of-care-widgets/schemas/loc-screener.v1.json' }, true],
    ['audience not allowed', { audience: 'kids' }, false],
    ['audience as a number', { audience: 12 }, false],
    ['focus not allowed', { focus: 'alcohol' }, false],
    ['levelsOffered as text', { levelsOffered: 'iop op' }, false],
    ['levelsOffered with an unknown id', { levelsOffered: ['iop', 'spaceship'] }, false],
    ['levelsOffered with emergency', { levelsOffered: ['emergency'] }, false],
    ['centerName too long', { centerName: long(81) }, false],
    ['centerName as a number', { centerName: 7 }, false],
    ['cta as text', { cta: '555-0100' }, false],
    ['cta phone with letters', { cta: { phone: 'call us' } }, false],
    ['cta phone too short', { cta: { phone: '12' } }, false],
    ['cta phone too long', { cta: { phone: '1'.repeat(16) } }, false],
    ['cta javascript link', { cta: { href: 'javascript:alert(1)' } }, false],
    ['cta link to another site without https', { cta: { href: '//evil.example' } }, false],
    ['cta unknown key', { cta: { phone: '555-0100', url: '/x' } }, false],
    ['cta label too long', { cta: { phone: '555-0100', label: long(61) } }, false],
    ['levels as a list', { levels: ['iop'] }, false],
    ['levels with an unknown level', { levels: { detox: { href: '/detox' } } }, false],
    ['levels value as text', { levels: { iop: '/iop' } }, false],
  ],
  'iop-compare': [
    ['empty object', {}, true],
    ['README example', { version: 1, centerName: 'Riverbend', cells: { iop: { schedule: 'Mon, Wed, Thu, 6–9 pm' } }, cta: { iop: { href: '/iop', label: 'Ask about our IOP' } } }, true],
    ['every row and level', { cells: { op: { hours: 'a', schedule: 'b', setting: 'c', medical: 'd', length: 'e', fits: 'f', notEnough: 'g', dailyLife: 'h', cost: 'i', steps: 'j' }, inpatient: { cost: null } }, cta: { inpatient: { href: 'https://example.org/' } } }, true],
    ['null groups', { centerName: null, cells: null, cta: null }, true],
    ['cell text of 160 characters', { cells: { iop: { fits: long(160) } } }, true],
    ['version 0', { version: 0 }, false],
    ['unknown key', { levels: ['iop'] }, false],
    ['cells for early help (not in the table)', { cells: { early: { hours: 'x' } } }, false],
    ['cells value as text', { cells: { iop: 'Evenings' } }, false],
    ['cells value null', { cells: { iop: null } }, false],
    ['cells unknown row', { cells: { iop: { price: '$' } } }, false],
    ['cell text too long', { cells: { iop: { fits: long(161) } } }, false],
    ['cell text as a number', { cells: { iop: { hours: 9 } } }, false],
    ['cta without href', { cta: { iop: { label: 'Ask' } } }, false],
    ['cta href null', { cta: { iop: { href: null } } }, false],
    ['cta unsafe href', { cta: { iop: { href: 'data:text/html,<b>' } } }, false],
    ['cta unknown key', { cta: { iop: { href: '/iop', phone: '555-0100' } } }, false],
    ['cta label too long', { cta: { iop: { href: '/iop', label: long(61) } } }, false],
    ['cta as a list', { cta: [{ href: '/iop' }] }, false],
  ],
  'program-checklist': [
    ['empty object', {}, true],
    ['doc example', { version: 1, hide: ['privacy'], add: [{ id: 'our-item', sign: 'Free rides', ask: 'Do you help with rides?', why: 'Getting there matters.', good: 'Yes, a van.' }], meets: { licensed: 'Licensed by the state, CARF accredited' } }, true],
    ['meets as a list, with an added item', { add: [{ id: 'van', sign: 'Rides', ask: 'Rides?' }], meets: ['licensed', 'van'] }, true],
    ['meets notes: true, null and text', { meets: { licensed: true, staff: null, plan: 'Written with you' } }, true],
    ['20 added items', { add: Array.from({ length: 20 }, (_, i) => ({ id: `item-${i}`, sign: 's', ask: 'a' })) }, true],
    ['null groups', { hide: null, add: null, meets: null }, true],
    ['hide every item', { hide: ['licensed', 'staff', 'assessment', 'plan', 'therapies', 'medications', 'mental-health', 'family', 'schedule', 'costs', 'start', 'relapse', 'aftercare', 'crisis', 'privacy'] }, true],
    ['version 2', { version: 2 }, false],
    ['unknown key', { remove: ['privacy'] }, false],
    ['hide as text', { hide: 'privacy' }, false],
    ['hide an unknown id', { hide: ['wifi'] }, false],
    ['add as an object', { add: { id: 'x', sign: 's', ask: 'a' } }, false],
    ['21 added items', { add: Array.from({ length: 21 }, (_, i) => ({ id: `item-${i}`, sign: 's', ask: 'a' })) }, false],
    ['added item without ask', { add: [{ id: 'x', sign: 's' }] }, false],
    ['added item with a blank sign', { add: [{ id: 'x', sign: '   ', ask: 'a' }] }, false],
    ['added item with an upper-case id', { add: [{ id: 'Our-Item', sign: 's', ask: 'a' }] }, false],
    ['added item id "constructor"', { add: [{ id: 'constructor', sign: 's', ask: 'a' }] }, false],
    ['added item reusing a built-in id', { add: [{ id: 'licensed', sign: 's', ask: 'a' }] }, false],
    ['added item with an unknown key', { add: [{ id: 'x', sign: 's', ask: 'a', link: '/x' }] }, false],
    ['added item sign too long', { add: [{ id: 'x', sign: long(121), ask: 'a' }] }, false],
    ['added item as text', { add: ['rides'] }, false],
    ['meets an id that is not an id', { meets: ['Licensed by the state'] }, false],
    ['meets a number', { meets: [3] }, false],
    ['meets note false', { meets: { licensed: false } }, false],
    ['meets note too long', { meets: { licensed: long(201) } }, false],
    ['meets as text', { meets: 'licensed' }, false],
  ],
};

/** Rules the schema cannot express (they depend on other fields); only the widget checks them. */
const widgetOnly: Record<string, [string, unknown][]> = {
  'program-checklist': [
    ['the same added id twice', { add: [{ id: 'x', sign: 's', ask: 'a' }, { id: 'x', sign: 's', ask: 'a' }] }],
    ['meets names a hidden item', { hide: ['privacy'], meets: ['privacy'] }],
    ['meets names an item that was not added', { meets: ['our-item'] }],
    ['meets names an item that was not added, with a note', { meets: { wifi: 'Free wifi' } }],
  ],
};

for (const [tag, parse] of Object.entries(widgets)) {
  describe(`schemas/${tag}.v1.json`, () => {
    const { schema, validate } = load(tag);

    it('is a draft 2020-12 schema with a versioned $id and its own example valid', () => {
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.equal(schema.$id, `https://unpkg.com/level-of-care-widgets/schemas/${tag}.v1.json`);
      for (const ex of schema.examples) {
        assert.ok(validate(ex), JSON.stringify(validate.errors));
        assert.deepEqual(parse(JSON.stringify(ex)), []);
      }
    });

    for (const [name, settings, valid] of examples[tag]) {
      it(`${valid ? 'accepts' : 'refuses'}: ${name}`, () => {
        const schemaOk = validate(settings) as boolean;
        const issues = parse(JSON.stringify(settings));
        assert.equal(schemaOk, valid, `schema: ${JSON.stringify(validate.errors)}`);
        assert.equal(issues.length === 0, valid, `parser: ${JSON.stringify(issues)}`);
      });
    }

    for (const [name, settings] of widgetOnly[tag] ?? []) {
      it(`widget-only rule (documented in the schema description): ${name}`, () => {
        assert.equal(validate(settings), true);
        assert.notEqual(parse(JSON.stringify(settings)).length, 0);
        assert.match(schema.description, /Rules the schema cannot check/);
      });
    }
  });
}

describe('phone and link patterns match the parser exactly', () => {
  const { validate } = load('loc-screener');
  const agree = (cta: Record<string, string>) => {
    const schemaOk = validate({ cta }) as boolean;
    const parserOk = parseScreenerConfig({}, JSON.stringify({ cta })).issues.length === 0;
    assert.equal(schemaOk, parserOk, `${JSON.stringify(cta)}: schema ${schemaOk}, parser ${parserOk}`);
  };
  const chars = (s: string) => fc.string({ unit: fc.constantFrom(...s), maxLength: 24 });

  it('phone numbers', () => {
    fc.assert(fc.property(chars('0123456789 +-.()x\t\u00a0'), (phone) => agree({ phone })), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ maxLength: 20 }), (phone) => agree({ phone })), { numRuns: 1000 });
  });

  it('links', () => {
    const pieces = ['https://', 'http://', 'HTTPS://', 'mailto:', 'javascript:', 'data:', '//', '/', '?', '#', '.', 'a', '@', ' ', '\u00a0', '<', '"', '`', 'e.org', '\n', ':'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (parts) => agree({ href: parts.join('') })), { numRuns: 4000 });
    fc.assert(fc.property(fc.string({ maxLength: 20 }), (href) => agree({ href })), { numRuns: 1000 });
  });
});

// Issue #16: the schemas are written from the field tables in src/core (npm run schemas), which read the
// parsers' own ids, limits and link rule; nothing in them is kept in step by hand.
describe('schemas/*.json are written from the field tables', () => {
  const tables: [SchemaMeta, Fields, readonly string[]][] = [
    [SCREENER_SCHEMA, SCREENER_FIELDS, SCREENER_JSON_KEYS],
    [COMPARE_SCHEMA, COMPARE_FIELDS, COMPARE_JSON_KEYS],
    [CHECKLIST_SCHEMA, CHECKLIST_FIELDS, CHECKLIST_JSON_KEYS],
  ];
  for (const [meta, fields, keys] of tables) {
    it(`schemas/${meta.tag}.v1.json is what its table gives (else run npm run schemas)`, () => {
      const committed = readFileSync(new URL(`../../schemas/${meta.tag}.v1.json`, import.meta.url), 'utf8');
      assert.equal(committed, schemaText(buildSchema(meta, fields)), `schemas/${meta.tag}.v1.json is stale: run \`npm run schemas\` and commit it`);
    });
    it(`${meta.tag}: the table has the parser's JSON keys, in the parser's order`, () => {
      assert.deepEqual(['version', ...Object.keys(fields)], [...keys]);
    });
  }

  it('a table change reaches the schema (the check above can fail)', () => {
    const shorter = { ...SCREENER_FIELDS, centerName: { ...SCREENER_FIELDS.centerName, max: 79 } };
    const committed = readFileSync(new URL('../../schemas/loc-screener.v1.json', import.meta.url), 'utf8');
    assert.notEqual(schemaText(buildSchema(SCREENER_SCHEMA, shorter)), committed);
  });

  it('no widget, and no entry of the package, imports the tables or the schema builder (they never reach a browser)', () => {
    const src = new URL('../../src/', import.meta.url);
    const entries = [
      ...readdirSync(new URL('components/', src)).map((d) => `components/${d}/define.ts`),
      'index.ts',
      'define.ts',
      'fallback.ts',
      'core/index.ts',
      'react/index.ts',
      'ssr/index.ts',
      'cdn/all.ts',
      'cdn/autoloader.ts',
    ].filter((f) => existsSync(new URL(f, src)));
    assert.ok(entries.length >= 9, 'entries found');
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(new URL(file, src), 'utf8');
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const next = new URL(m[1].replace(/\.js$/, '.ts'), new URL(file, src)).pathname.slice(src.pathname.length);
        if (existsSync(new URL(next, src))) walk(next);
      }
    };
    for (const e of entries) walk(e);
    assert.ok(seen.has('core/screener/config.ts') && seen.has('core/checklist/config.ts') && seen.has('core/compare/config.ts'), 'the walk reaches the parsers');
    const leaked = [...seen].filter((f) => f === 'core/schema.ts' || /\/fields\.ts$/.test(f));
    assert.deepEqual(leaked, []);
  });
});

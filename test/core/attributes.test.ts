// Attribute parity (issue #11): every setting the WordPress plugin and raw HTML need can be written as a plain
// attribute, named in the schemas by "x-attribute", documented in the element's JSDoc, and parsed like the JSON.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { CARE_LEVEL_IDS, COMPARE_LEVEL_IDS, ctaForLevel, parseChecklistConfig, parseCompareConfig, parseScreenerConfig } from '../../src/core/index.js';
import { type AttributeFields, COMMON_ATTRIBUTES, type Fields, settingAttributes } from '../../src/core/schema.js';
import { SCREENER_ATTRIBUTES, SCREENER_FIELDS } from '../../src/core/screener/fields.js';
import { COMPARE_ATTRIBUTES, COMPARE_FIELDS } from '../../src/core/compare/fields.js';
import { CHECKLIST_ATTRIBUTES, CHECKLIST_FIELDS } from '../../src/core/checklist/fields.js';
// @ts-expect-error: a plain JavaScript build script without types.
import { elementData } from '../../scripts/wordpress-build.mjs';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const schema = (tag: string) => JSON.parse(read(`schemas/${tag}.v1.json`));
/** The attribute names documented with `@attr` in a component's JSDoc (what custom-elements.json lists). */
const documented = (tag: string) =>
  new Set([...read(`src/components/${tag}/${tag}.ts`).matchAll(/@attr \{[^}]*\} \[?([a-z-]+)/g)].map((m) => m[1]));

type Attrs = Record<string, string>;
/**
 * Settings to attributes by the schema's "x-attribute" (the same mapping the WordPress plugin applies in PHP):
 * `{key}` is a key of the object, `{level}` a level id; lists become ids separated by spaces.
 */
function toAttributes(s: { properties: Record<string, { 'x-attribute'?: string }> }, settings: Record<string, unknown>): { attrs: Attrs; rest: Record<string, unknown> } {
  const attrs: Attrs = {};
  const rest: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(settings)) {
    const pattern = s.properties[name]?.['x-attribute'];
    if (!pattern || value == null) {
      if (value != null) rest[name] = value;
      continue;
    }
    if (pattern.includes('{level}')) {
      for (const [level, cta] of Object.entries(value as Record<string, Record<string, string>>))
        for (const [key, v] of Object.entries(cta ?? {})) attrs[pattern.replace('{level}', level).replace('{key}', key)] = v;
    } else if (pattern.includes('{key}')) {
      for (const [key, v] of Object.entries(value as Record<string, string>)) attrs[pattern.replace('{key}', key)] = v;
    } else attrs[pattern] = Array.isArray(value) ? value.join(' ') : String(value);
  }
  return { attrs, rest };
}

/** Every attribute name a pattern stands for. */
const expand = (pattern: string, levels: readonly string[], keys: readonly string[]) =>
  levels.flatMap((level) => keys.map((key) => pattern.replace('{level}', level).replace('{key}', key)));

describe('schemas name attributes the elements document', () => {
  const cases: [string, readonly string[]][] = [
    ['loc-screener', CARE_LEVEL_IDS],
    ['iop-compare', COMPARE_LEVEL_IDS],
  ];
  for (const [tag, levels] of cases) {
    it(tag, () => {
      const s = schema(tag);
      const docs = documented(tag);
      const names: string[] = [];
      for (const [prop, def] of Object.entries<Record<string, unknown>>(s.properties)) {
        const pattern = def['x-attribute'] as string | undefined;
        if (!pattern) continue;
        // The keys of a call to action: the referenced definition's, or the per-level object's.
        const deref = (d: Record<string, unknown>): Record<string, unknown> => (d.$ref ? s.$defs[String(d.$ref).split('/').pop()!] : d);
        const target = pattern.includes('{level}') ? deref(def.additionalProperties as Record<string, unknown>) : deref(def);
        const keys = Object.keys((target as { properties?: object }).properties ?? {});
        const all = pattern.includes('{') ? expand(pattern, pattern.includes('{level}') ? levels : [''], keys) : [pattern];
        assert.ok(all.length, `${prop} maps to attributes`);
        names.push(...all);
      }
      for (const n of names) assert.ok(docs.has(n), `${tag}: ${n} is in the schema but not documented with @attr`);
      assert.ok(names.includes('center-name'));
    });
  }
});

describe('loc-screener: attributes match the JSON settings', () => {
  const s = schema('loc-screener');
  it('the schema example gives the same settings as attributes as in JSON', () => {
    for (const example of s.examples as Record<string, unknown>[]) {
      const { version: _v, ...settings } = example;
      const { attrs, rest } = toAttributes(s, settings);
      assert.deepEqual(rest, {}, 'every screener setting has an attribute');
      const fromJson = parseScreenerConfig({}, JSON.stringify(example));
      const fromAttrs = parseScreenerConfig(attrs, null);
      assert.deepEqual(fromAttrs.issues, []);
      assert.deepEqual(fromAttrs.config, fromJson.config);
      assert.equal(attrs['cta-iop-label'], 'See our evening IOP');
    }
  });

  it('any valid call to action per level reads the same either way', () => {
    const cta = fc.record(
      { phone: fc.constantFrom('1-555-555-0100', '+1 (555) 010.0100'), href: fc.constantFrom('/iop', 'https://example.org/php', 'mailto:a@example.org'), label: fc.constantFrom('Call us', 'See our IOP', 'Llámenos') },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...CARE_LEVEL_IDS), cta), cta, fc.string({ maxLength: 30 }), (levels, main, name) => {
        const settings = { centerName: name.trim() ? name.replace(/[<&]/g, '') : undefined, cta: main, levels };
        const { attrs } = toAttributes(s, settings);
        const a = parseScreenerConfig(attrs, null).config;
        const j = parseScreenerConfig({}, JSON.stringify(settings)).config;
        for (const level of CARE_LEVEL_IDS) assert.deepEqual(ctaForLevel(a, level), ctaForLevel(j, level));
        assert.equal(a.centerName, j.centerName);
      }),
      { numRuns: 300 },
    );
  });

  it('attributes win over JSON, part by part', () => {
    const json = JSON.stringify({ centerName: 'From JSON', cta: { phone: '555-0100', label: 'JSON label' }, levels: { iop: { href: '/json-iop', label: 'JSON IOP' } } });
    const { config, issues } = parseScreenerConfig({ 'center-name': 'Riverbend', 'cta-label': 'Call Riverbend', 'cta-iop-href': '/iop' }, json);
    assert.deepEqual(issues, []);
    assert.equal(config.centerName, 'Riverbend');
    assert.deepEqual(config.cta, { phone: { display: '555-0100', href: 'tel:5550100' }, href: undefined, label: 'Call Riverbend' });
    // The level's link is the attribute's; its label still comes from JSON.
    assert.deepEqual(config.ctaByLevel.iop, { phone: undefined, href: '/iop', label: 'JSON IOP' });
    assert.deepEqual(ctaForLevel(config, 'iop'), { phone: { display: '555-0100', href: 'tel:5550100' }, href: '/iop', phoneLabel: 'Call Riverbend', linkLabel: 'JSON IOP' });
  });

  it('bad attributes get a clear message and are ignored', () => {
    const { config, issues } = parseScreenerConfig(
      {
        'center-name': `<img src=x onerror=alert(1)>${'x'.repeat(90)}`,
        'cta-label': 'y'.repeat(61),
        'cta-iop-href': 'javascript:alert(1)',
        'cta-php-phone': 'call us',
        'cta-op-label': 'Only a label',
        'cta-early-href': '//evil.example',
      },
      null,
    );
    const fields = issues.map((i) => i.field);
    assert.deepEqual(fields.sort(), ['center-name', 'center-name', 'cta-early-href', 'cta-iop-href', 'cta-label', 'cta-label', 'cta-op-label', 'cta-php-phone'].sort());
    assert.match(issues.filter((i) => i.field === 'cta-label')[1].message, /add cta-phone or cta-href/);
    assert.match(issues.find((i) => i.field === 'cta-op-label')!.message, /add cta-op-href or cta-op-phone/);
    assert.match(issues.find((i) => i.field === 'cta-iop-href')!.message, /not a safe link/);
    assert.equal(config.centerName?.length, 80, 'shortened, shown as text');
    assert.equal(config.cta.label, undefined, 'no button to name');
    assert.deepEqual(config.ctaByLevel, {});
  });

  it('unknown levels in attribute names are ignored without breaking', () => {
    const { config, issues } = parseScreenerConfig({ 'cta-detox-href': '/detox' } as never, null);
    assert.deepEqual(issues, []);
    assert.deepEqual(config.ctaByLevel, {});
  });
});

describe('iop-compare: attributes match the JSON settings', () => {
  const s = schema('iop-compare');
  it('the schema example gives the same buttons and name as attributes', () => {
    for (const example of s.examples as Record<string, unknown>[]) {
      const { attrs, rest } = toAttributes(s, example);
      assert.deepEqual(Object.keys(rest).sort(), ['cells', 'version'], 'only the table text stays JSON-only');
      const a = parseCompareConfig(attrs, null);
      const j = parseCompareConfig({}, JSON.stringify(example));
      assert.deepEqual(a.issues, []);
      assert.deepEqual(a.config.cta, j.config.cta);
      assert.equal(a.config.centerName, j.config.centerName);
    }
  });

  it('attributes win over JSON, part by part; bad ones are reported', () => {
    const json = JSON.stringify({ centerName: 'JSON', cta: { iop: { href: '/json-iop', label: 'JSON label' } } });
    const ok = parseCompareConfig({ 'center-name': 'Riverbend', 'cta-iop-label': 'Ask about IOP', 'cta-php-href': 'https://example.org/php' }, json);
    assert.deepEqual(ok.issues, []);
    assert.equal(ok.config.centerName, 'Riverbend');
    assert.deepEqual(ok.config.cta, { iop: { href: '/json-iop', label: 'Ask about IOP' }, php: { href: 'https://example.org/php' } });

    const bad = parseCompareConfig({ 'cta-op-href': 'data:text/html,hi', 'cta-residential-label': 'No link', 'center-name': '  ' }, null);
    assert.deepEqual(bad.issues.map((i) => i.field).sort(), ['cta-op-href', 'cta-residential-label']);
    assert.match(bad.issues.find((i) => i.field === 'cta-residential-label')!.message, /add cta-residential-href/);
    assert.deepEqual(bad.config.cta, {});
    assert.equal(bad.config.centerName, undefined);
  });
});

// Issue #16: one field table per widget (src/core/<widget>/fields.ts) names every attribute, with its ids, default
// and kind. The element's documented attributes (custom-elements.json, which the WordPress plugin's block controls
// and shortcodes are built from) and the demo's snippet builder must say the same.
type Element = { attributes: { name: string; type: string; enum?: string[]; list?: string[]; default?: string }[] };
const tables: [string, Fields, AttributeFields, (attrs: Record<string, string>) => Record<string, unknown>][] = [
  ['loc-screener', SCREENER_FIELDS, SCREENER_ATTRIBUTES, (a) => ({ ...parseScreenerConfig(a, null).config })],
  ['iop-compare', COMPARE_FIELDS, COMPARE_ATTRIBUTES, (a) => ({ ...parseCompareConfig(a, null).config })],
  ['program-checklist', CHECKLIST_FIELDS, CHECKLIST_ATTRIBUTES, (a) => ({ ...parseChecklistConfig(a, null).config })],
];
const elements = elementData() as Record<string, Element>;
/** The parsed setting an attribute sets, where its name differs ('event-detail' → eventDetail…). */
const settingOf = (name: string) => ({ 'remember-days': 'rememberDays', 'event-detail': 'eventDetail' })[name] ?? name;

describe('the field tables describe every attribute the elements document', () => {
  for (const [tag, fields, attributes, parse] of tables) {
    it(`${tag}: the same attribute names`, () => {
      const fromTable = [...settingAttributes(fields), ...Object.keys(attributes), ...COMMON_ATTRIBUTES].sort();
      assert.deepEqual(elements[tag].attributes.map((a) => a.name).sort(), fromTable);
      assert.deepEqual([...documented(tag)].sort(), fromTable, 'the @attr JSDoc custom-elements.json is made from');
    });

    it(`${tag}: the same ids, flags and defaults, and the parser's defaults`, () => {
      const el = new Map(elements[tag].attributes.map((a) => [a.name, a]));
      const choices: [string, readonly string[]][] = Object.values(fields).flatMap((f) => (f.kind === 'choice' && f.attribute ? [[f.attribute, f.values] as [string, readonly string[]]] : []));
      for (const [name, a] of Object.entries(attributes)) {
        const e = el.get(name)!;
        if (a.kind === 'choice') choices.push([name, a.values]);
        if (a.kind === 'flag') assert.equal(e.type, 'boolean', `${name} is a boolean attribute`);
        if (a.kind === 'number') assert.equal(e.type, 'string', `${name} is read as text`);
        if (a.kind === 'ids') assert.deepEqual(e.list, [...a.values], `${name}: the ids offered as checkboxes`);
        if ('default' in a && a.default !== undefined) {
          const shown = Array.isArray(a.default) ? a.default.join(' ') : String(a.default);
          assert.equal(e.default, shown, `${name}: documented default`);
          assert.deepEqual(parse({})[settingOf(name)], a.default, `${name}: the parser's default`);
        }
      }
      assert.ok(choices.length >= 1);
      for (const [name, values] of choices) assert.deepEqual(el.get(name)!.enum, [...values], `${name}: documented ids`);
    });
  }

  it('the checklist parser takes exactly the storage keys and days the table allows', () => {
    const a = CHECKLIST_ATTRIBUTES;
    const keys: [string, boolean][] = [['a', true], ['x'.repeat(40), true], ['my_key-2', true], ['x'.repeat(41), false], ['a b', false], ['ü', false], ['', false]];
    for (const [key, ok] of keys) {
      assert.equal(a['storage-key'].valid(key), ok, key);
      assert.equal(parseChecklistConfig({ 'storage-key': key }, null).config.storageKey === key, ok, key);
    }
    for (const days of [a['remember-days'].min - 1, a['remember-days'].min, a['remember-days'].max, a['remember-days'].max + 1])
      assert.equal(parseChecklistConfig({ 'remember-days': String(days) }, null).issues.length === 0, days >= a['remember-days'].min && days <= a['remember-days'].max, String(days));
  });
});

describe("the demo's snippet builder offers what the tables allow", () => {
  // demo/builder.js is a browser module: its WIDGETS literal is read as data, not run.
  const text = read('demo/builder.js');
  const literal = /const WIDGETS = (\{[\s\S]*?\n\});/.exec(text)?.[1];
  assert.ok(literal, 'demo/builder.js has its WIDGETS table');
  const builder = new Function(`return ${literal}`)() as Record<string, { name: string; options?: [string, string][]; hint?: string; flag?: boolean }[]>;
  for (const [tag, fields, attributes] of tables) {
    it(tag, () => {
      const known = new Set([...settingAttributes(fields), ...Object.keys(attributes), ...COMMON_ATTRIBUTES]);
      const kinds = new Map<string, { values?: readonly string[]; default?: unknown; flag?: boolean }>();
      for (const f of Object.values(fields)) if ((f.kind === 'choice' || f.kind === 'ids') && f.attribute) kinds.set(f.attribute, { values: f.values });
      for (const [n, a] of Object.entries(attributes)) kinds.set(n, { ...a, flag: a.kind === 'flag' });
      for (const b of builder[tag]) {
        assert.ok(known.has(b.name), `${tag}: the builder offers ${b.name}, which the element does not read`);
        const k = kinds.get(b.name);
        if (b.flag) assert.ok(k?.flag, `${b.name} is a flag`);
        if (b.options) {
          const offered = b.options.map(([v]) => v).filter(Boolean);
          // "" stands for the default (or "ask the person"): every other allowed id is offered.
          assert.deepEqual(offered, k!.values!.filter((v) => offered.includes(v) || v !== k!.default), `${tag} ${b.name}`);
        }
        if (k?.values && !b.options) assert.match(b.hint ?? '', new RegExp(`: ${k.values.join(' ')}$`), `${tag} ${b.name}: the ids named in the hint`);
      }
    });
  }
});

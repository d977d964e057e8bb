// Attribute parity (issue #11): every setting the WordPress plugin and raw HTML need can be written as a plain
// attribute, named in the schemas by "x-attribute", documented in the element's JSDoc, and parsed like the JSON.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { CARE_LEVEL_IDS, COMPARE_LEVEL_IDS, ctaForLevel, parseCompareConfig, parseScreenerConfig } from '../../src/core/index.js';

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

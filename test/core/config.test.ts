import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IssueList, ctaForLevel, parseHref, parsePhone, parseScreenerConfig, quote } from '../../src/core/index.js';

const fields = (issues: readonly { field: string }[]) => issues.map((i) => i.field);

describe('shared parsers', () => {
  it('accepts phone numbers and builds tel: links', () => {
    const issues = new IssueList();
    assert.deepEqual(parsePhone('1-800-555-0100', 'p', issues), { display: '1-800-555-0100', href: 'tel:18005550100' });
    assert.deepEqual(parsePhone('+1 (555) 010.0100', 'p', issues), { display: '+1 (555) 010.0100', href: 'tel:+15550100100' });
    assert.equal(issues.items.length, 0);
  });
  it('refuses non-phones with a message naming the field', () => {
    for (const bad of ['call us', '12', 'tel:911', '555-0100<img>', '1'.repeat(16)]) {
      const issues = new IssueList();
      assert.equal(parsePhone(bad, 'cta-phone', issues), undefined, bad);
      assert.equal(issues.items[0].field, 'cta-phone');
      assert.match(issues.items[0].message, /phone number/);
    }
  });
  it('accepts only safe links', () => {
    const ok = ['https://example.org/contact', 'HTTPS://example.org', 'https://example.org:8443/x?y#z', '/contact', '#apply', '?x=1', './iop', '/café'];
    const bad = ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>', '//evil.example', 'vbscript:x', 'https://a.b/"onmouseover="x', 'ftp://x',
      // Issue #14: http:, mailto:, bad ports, user names, look-alike hosts and invisible characters.
      'http://example.org', 'mailto:intake@example.org', 'https://example.org:0/', 'https://example.org:65536/', 'https://example.org:/', 'https://example.org:80x/',
      'https://user@example.org', 'https://ｅｘａｍｐｌｅ.org', 'https://exam\u0440le.org', '/contact\u202e', 'https://example.org/\u200bx'];
    for (const href of ok) assert.equal(parseHref(href, 'h', new IssueList()), href, href);
    for (const href of bad) {
      const issues = new IssueList();
      assert.equal(parseHref(href, 'cta-href', issues), undefined, href);
      assert.match(issues.items[0].message, /not a safe link/);
    }
  });
  it('says why a link is refused: http, a port, a look-alike host (issue #14)', () => {
    for (const [href, why] of [
      ['http://example.org', /http:\/\/ is not private/],
      ['https://example.org:99999', /port is not a number from 1 to 65535/],
      ['https://ｅｘａｍｐｌｅ.org', /not plain ASCII/],
    ] as const) {
      const issues = new IssueList();
      parseHref(href, 'cta-href', issues);
      assert.match(issues.items[0].message, why);
    }
  });
  it('drops invisible and bidi characters from text and phones, with a notice (issue #14)', async () => {
    const { parseText } = await import('../../src/core/index.js');
    const marks = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200b', '\u200c', '\u200d', '\ufeff', '\u061c', '\u00ad', '\u{e0041}'];
    for (const m of marks) {
      const issues = new IssueList();
      assert.equal(parseText(`Crisis line ${m}889`, 'json.cta.label', issues), 'Crisis line 889', JSON.stringify(m));
      assert.match(issues.items[0].message, /invisible characters/);
      assert.ok(!/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u200b-\u200d\ufeff]/.test(issues.items[0].message), 'the notice names them instead');
      const p = new IssueList();
      assert.deepEqual(parsePhone(`555${m}-0100`, 'cta-phone', p), { display: '555-0100', href: 'tel:5550100' });
      assert.equal(p.items[0].field, 'cta-phone');
    }
    const clean = new IssueList();
    assert.equal(parseText('Llame al 988 — ayuda', 'x', clean), 'Llame al 988 — ayuda');
    assert.equal(clean.items.length, 0);
  });
  it('quotes values shortly and without control characters', () => {
    assert.equal(quote('a\nb'), '"a b"');
    assert.ok(quote('x'.repeat(200)).length < 70);
    assert.equal(quote({ a: 1 }), '{"a":1}');
    // Text in quotes, numbers without: "1" and 1 look different.
    assert.equal(quote('1'), '"1"');
    assert.equal(quote(1), '1');
  });
  it('names curly quotes, which look like straight ones', () => {
    assert.match(quote('“/contact”'), /curly quotes/);
    assert.equal(quote('/contact'), '"/contact"');
  });
});

describe('parseScreenerConfig', () => {
  it('reads attributes', () => {
    const { config, issues } = parseScreenerConfig({
      audience: 'Adolescent',
      focus: 'substance',
      'levels-offered': 'php, iop op',
      'cta-phone': '555-010-0100',
      'cta-href': '/contact',
      'include-answers': '',
    });
    assert.deepEqual(issues, []);
    assert.equal(config.audience, 'adolescent');
    assert.equal(config.focus, 'substance');
    assert.deepEqual(config.levelsOffered, ['php', 'iop', 'op']);
    assert.equal(config.cta.phone?.href, 'tel:5550100100');
    assert.equal(config.cta.href, '/contact');
    assert.equal(config.includeAnswers, true);
  });

  it('reads the versioned JSON, and attributes win', () => {
    const json = JSON.stringify({
      version: 1,
      centerName: 'Riverbend Recovery',
      audience: 'adult',
      levelsOffered: ['iop', 'op'],
      cta: { phone: '555-0100', label: 'Call our team' },
      levels: { iop: { href: '/iop', label: 'See our evening IOP' } },
    });
    const { config, issues } = parseScreenerConfig({ audience: 'adolescent' }, json);
    assert.deepEqual(issues, []);
    assert.equal(config.audience, 'adolescent');
    assert.equal(config.centerName, 'Riverbend Recovery');
    assert.deepEqual(config.levelsOffered, ['iop', 'op']);
    assert.equal(ctaForLevel(config, 'iop')?.href, '/iop');
    assert.equal(ctaForLevel(config, 'op')?.phoneLabel, 'Call our team');
    // The level's own link and label, and the default phone with its label, stay together (issue #10).
    assert.deepEqual(ctaForLevel(config, 'iop'), {
      phone: config.cta.phone,
      href: '/iop',
      phoneLabel: 'Call our team',
      linkLabel: 'See our evening IOP',
    });
    assert.equal(config.includeAnswers, false);
  });

  it('reports every bad setting by field and keeps the valid part', () => {
    const { config, issues } = parseScreenerConfig(
      { audience: 'kids', focus: 'everything', 'levels-offered': 'iop spaceship emergency', 'cta-phone': 'call', 'cta-href': 'javascript:alert(1)' },
      JSON.stringify({ version: 2, colour: 'red', cta: 'yes', levels: { moon: {}, op: { phone: 12 } }, levelsOffered: 'op' }),
    );
    assert.deepEqual(fields(issues).sort(), [
      'audience',
      'cta-href',
      'cta-phone',
      'focus',
      'json',
      'json.cta',
      'json.levels',
      'json.levels.op.phone',
      'json.version',
      'levels-offered',
    ]);
    assert.equal(config.audience, undefined);
    assert.deepEqual(config.levelsOffered, ['iop']);
    assert.equal(config.cta.href, undefined);
    const lv = issues.find((i) => i.field === 'levels-offered')!;
    assert.match(lv.message, /"spaceship", "emergency"/);
    assert.match(lv.message, /Allowed: inpatient, residential, php, iop, op, early/);
  });

  it('explains invalid JSON and falls back to attributes', () => {
    for (const text of ['{not json', '[1,2]', '"text"', 'null', '42']) {
      const { config, issues } = parseScreenerConfig({ focus: 'both' }, text);
      assert.equal(config.focus, 'both', text);
      assert.equal(issues.length, text === 'null' ? 1 : 1, text);
      assert.equal(issues[0].field, 'json');
    }
    assert.deepEqual(parseScreenerConfig({}, '   ').issues, []);
  });

  it('keeps hostile strings as plain data, shortened', () => {
    const evil = '<img src=x onerror=alert(1)>"><script>alert(1)</script>';
    const { config } = parseScreenerConfig({}, JSON.stringify({ centerName: evil, cta: { href: '/x', label: evil } }));
    assert.equal(config.centerName, evil);
    assert.equal(config.cta.label, evil.slice(0, 60));
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.record({
          audience: fc.option(fc.string()),
          focus: fc.option(fc.string()),
          'levels-offered': fc.option(fc.string()),
          'cta-phone': fc.option(fc.string()),
          'cta-href': fc.option(fc.string()),
          'include-answers': fc.option(fc.string()),
        }),
        fc.oneof(fc.string(), fc.json(), fc.anything().map((v) => { try { return JSON.stringify(v) ?? ''; } catch { return ''; } })),
        (attrs, json) => {
          const { config, issues } = parseScreenerConfig(attrs, json);
          assert.ok(Array.isArray(issues));
          for (const i of issues) assert.ok(i.field && i.message);
          if (config.cta.href) assert.ok(!/^\s*(javascript|data|vbscript):/i.test(config.cta.href));
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 2000) },
    );
  });
});

describe('$schema key', () => {
  it('is allowed in every widget JSON, so editors can point at the schema', () => {
    const { issues } = parseScreenerConfig({}, JSON.stringify({ $schema: 'https://unpkg.com/level-of-care-widgets/schemas/loc-screener.v1.json', version: 1 }));
    assert.deepEqual(issues, []);
  });
});

describe('links with backslashes', () => {
  it('refuses /\\host tricks that browsers read as another site', () => {
    for (const href of ['/\\evil.example/x', '\\\\evil.example', '/a\\b']) {
      const issues = new IssueList();
      assert.equal(parseHref(href, 'cta-href', issues), undefined, href);
      assert.equal(issues.items.length, 1);
    }
  });
});

describe('bounded notices (issue #14)', () => {
  const many = Array.from({ length: 100_000 }, (_, i) => `nope-${i}`);
  it('100 000 unknown ids give one issue per setting, with the count and the first few', async () => {
    const { parseChecklistConfig, parseCompareConfig } = await import('../../src/core/index.js');
    const checklist = parseChecklistConfig({}, JSON.stringify({ version: 1, hide: many, meets: many }));
    assert.deepEqual(fields(checklist.issues), ['json.hide', 'json.meets']);
    for (const i of checklist.issues) {
      assert.match(i.message, /100000 unknown/);
      assert.match(i.message, /"nope-0", "nope-1", "nope-2", "nope-3", "nope-4" and 99995 more/);
      assert.ok(i.message.length < 600, `short: ${i.message.length}`);
    }
    const compare = parseCompareConfig({ levels: many.join(' ') }, JSON.stringify({ version: 1, cells: Object.fromEntries(many.map((k) => [k, {}])) }));
    assert.deepEqual(fields(compare.issues), ['levels', 'json.cells']);
    assert.ok(compare.issues.every((i) => i.message.length < 600));
    const screener = parseScreenerConfig({ 'levels-offered': many.join(',') }, JSON.stringify({ version: 1, levels: Object.fromEntries(many.map((k) => [k, {}])), ...Object.fromEntries(many.slice(0, 1000).map((k) => [k, 1])) }));
    assert.deepEqual(fields(screener.issues).sort(), ['json', 'json.levels', 'levels-offered']);
    assert.ok(screener.issues.every((i) => i.message.length < 600));
  });
  it('at most 20 problems are listed, then one line counts the rest', () => {
    const issues = new IssueList();
    for (let i = 0; i < 5000; i++) parsePhone(`bad ${i}`, `p${i}`, issues);
    assert.equal(issues.items.length, 21);
    assert.equal(issues.items[20].field, 'settings');
    assert.match(issues.items[20].message, /^4980 more problems not listed/);
  });
  it('a 10 MB value is quoted in a short message', () => {
    assert.ok(quote('x'.repeat(10_000_000)).length < 70);
  });
});

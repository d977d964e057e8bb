/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  COMPARE_LEVEL_IDS,
  COMPARE_ROW_IDS,
  LEVEL_FACTS,
  SOURCES,
  SOURCE_KIND_ORDER,
  buildComparison,
  levelFact,
  parseCompareConfig,
} from '../../src/core/index.js';

const build = (attrs: Parameters<typeof parseCompareConfig>[0] = {}, json?: string) => buildComparison(parseCompareConfig(attrs, json).config);
const fields = (issues: readonly { field: string }[]) => issues.map((i) => i.field);
const cell = (c: ReturnType<typeof build>, row: string, level: string) =>
  c.rows.find((r) => r.id === row)!.cells.find((x) => x.level === level)!;

describe('compare: facts', () => {
  it('every shown fact has at least one known source, for both audiences', () => {
    for (const audience of ['adult', 'adolescent'] as const)
      for (const level of COMPARE_LEVEL_IDS)
        for (const row of COMPARE_ROW_IDS) {
          const { sources } = levelFact(LEVEL_FACTS[level], row, audience);
          assert.ok(sources.length > 0, `${level}/${row}`);
          for (const s of sources) assert.ok(SOURCES[s], `${level}/${row}: unknown source ${s}`);
        }
  });
  it('numbers notes government and professional sources first (C15), then by first use, and points each cell at its notes', () => {
    const c = build({ levels: 'op iop php residential inpatient' });
    assert.deepEqual(
      c.notes.map((n) => n.n),
      c.notes.map((_, i) => i + 1),
    );
    assert.equal(new Set(c.notes.map((n) => n.source.id)).size, c.notes.length);
    for (const r of c.rows)
      for (const x of r.cells) {
        assert.deepEqual(x.notes.map((n) => c.notes[n - 1].source.id).sort(), [...x.sources].sort());
        assert.deepEqual(x.notes, [...x.notes].sort((a, b) => a - b));
      }
    // Kinds never go backwards: government, professional, other, then the treatment-center articles (brief §1.6 C15).
    const kinds = c.notes.map((n) => SOURCE_KIND_ORDER.indexOf(n.source.kind));
    assert.deepEqual(kinds, [...kinds].sort((a, b) => a - b));
    assert.equal(c.notes[0].source.kind, 'government');
    assert.equal(c.notes.at(-1)!.source.kind, 'seed');
  });
  it('uses the adult thresholds by default and the adolescent ones with audience="adolescent"', () => {
    const adult = build();
    assert.deepEqual((cell(adult, 'hours', 'op').value as { range: unknown }).range, { max: 9, maxExclusive: true });
    assert.deepEqual((cell(adult, 'hours', 'iop').value as { range: unknown }).range, { min: 9, max: 20, maxExclusive: true });
    assert.deepEqual((cell(adult, 'hours', 'php').value as { range: unknown }).range, { min: 20 });
    const teen = build({ audience: 'adolescent' });
    assert.equal(teen.audience, 'adolescent');
    assert.deepEqual((cell(teen, 'hours', 'op').value as { range: unknown }).range, { max: 6, maxExclusive: true });
    assert.equal((cell(teen, 'hours', 'iop').value as { range: { min: number } }).range.min, 6);
  });
  it('keeps IOP facts from the brief: 3–5 days, 8–12 weeks, living at home; residential lives in', () => {
    const c = build();
    assert.deepEqual(cell(c, 'schedule', 'iop').value, { row: 'schedule', days: { min: 3, max: 5 }, hoursPerDay: { min: 3, max: 3 }, setting: 'home' });
    assert.deepEqual(cell(c, 'length', 'iop').value, { row: 'length', weeks: { min: 8, max: 12 } });
    assert.deepEqual(cell(c, 'setting', 'residential').value, { row: 'setting', value: 'program' });
    assert.deepEqual((cell(c, 'schedule', 'php').value as { hoursPerDay: unknown }).hoursPerDay, { min: 5, max: 6 });
  });
  it('days times hours a day reach the weekly minimum of each level (brief §1.3)', () => {
    for (const id of ['iop', 'php'] as const) {
      const f = LEVEL_FACTS[id];
      const least = f.daysPerWeek!.value.min! * f.hoursPerDay!.value.min!;
      const most = f.daysPerWeek!.value.max! * f.hoursPerDay!.value.max!;
      assert.ok(least >= f.hoursPerWeek.value.adult.min!, `${id}: ${least} h is under ${f.hoursPerWeek.value.adult.min}`);
      const { max: cap, maxExclusive } = f.hoursPerWeek.value.adult;
      if (cap !== undefined) assert.ok(maxExclusive ? most < cap : most <= cap, `${id}: ${most} h reaches ${cap}`);
    }
  });
  it('ranks cost and steps consistently with intensity', () => {
    const c = build({ levels: 'op iop php residential inpatient' });
    const ranks = c.rows.find((r) => r.id === 'cost')!.cells.map((x) => (x.value as { rank: number }).rank);
    assert.deepEqual(ranks, [1, 2, 3, 4, 5]);
    for (const x of c.rows.find((r) => r.id === 'steps')!.cells) {
      const v = x.value as { up: readonly string[]; down: readonly string[] };
      const i = COMPARE_LEVEL_IDS.indexOf(x.level);
      for (const u of v.up) assert.ok(COMPARE_LEVEL_IDS.indexOf(u as never) > i, `${x.level} up ${u}`);
      for (const d of v.down) assert.ok(COMPARE_LEVEL_IDS.indexOf(d as never) < i, `${x.level} down ${d}`);
    }
  });
});

describe('compare: configuration', () => {
  it('defaults to op iop php residential for adults, linked to the screener', () => {
    const { config, issues } = parseCompareConfig({});
    assert.deepEqual(config.levels, ['op', 'iop', 'php', 'residential']);
    assert.equal(config.audience, 'adult');
    assert.equal(config.link, true);
    assert.deepEqual(issues, []);
    assert.equal(parseCompareConfig({ 'no-link': '' }).config.link, false);
  });
  it('picks and orders levels, dropping unknown ids with one issue', () => {
    const { config, issues } = parseCompareConfig({ levels: 'inpatient, IOP op bogus early' });
    assert.deepEqual(config.levels, ['inpatient', 'iop', 'op']);
    assert.deepEqual(fields(issues), ['levels']);
    assert.match(issues[0].message, /"bogus", "early"/);
    assert.deepEqual(build({ levels: 'php op' }).columns.map((c) => c.id), ['php', 'op']);
  });
  it('falls back to the default levels when none are valid', () => {
    const { config, issues } = parseCompareConfig({ levels: 'nope' });
    assert.deepEqual(config.levels, ['op', 'iop', 'php', 'residential']);
    assert.equal(issues.length, 1);
  });
  it('highlights one shown level; refuses unknown or hidden ones', () => {
    assert.deepEqual(build({ highlight: 'iop' }).columns.map((c) => c.highlighted), [false, true, false, false]);
    for (const h of ['detox', 'inpatient']) {
      const { config, issues } = parseCompareConfig({ highlight: h });
      assert.equal(config.highlight, undefined);
      assert.deepEqual(fields(issues), ['highlight']);
    }
  });
  it('rejects a bad audience and keeps the adult thresholds', () => {
    const { config, issues } = parseCompareConfig({ audience: 'kids' });
    assert.equal(config.audience, 'adult');
    assert.deepEqual(fields(issues), ['audience']);
  });
  it('applies host overrides beside the general fact, and calls to action', () => {
    const json = JSON.stringify({
      version: 1,
      centerName: 'Riverbend',
      cells: { iop: { schedule: 'Mon, Wed, Thu, 6–9 pm' } },
      cta: { iop: { href: '/iop', label: 'Ask about our IOP' }, php: { href: 'https://example.org/php' } },
    });
    const { config, issues } = parseCompareConfig({}, json);
    assert.deepEqual(issues, []);
    const c = buildComparison(config);
    assert.equal(c.centerName, 'Riverbend');
    const x = cell(c, 'schedule', 'iop');
    assert.equal(x.own, 'Mon, Wed, Thu, 6–9 pm');
    assert.equal((x.value as { row: string }).row, 'schedule');
    assert.ok(x.sources.length > 0);
    assert.equal(cell(c, 'schedule', 'op').own, undefined);
    assert.deepEqual(c.columns[1].cta, { href: '/iop', label: 'Ask about our IOP' });
    assert.deepEqual(c.columns[2].cta, { href: 'https://example.org/php' });
  });
  it('reports malformed JSON and still builds a full table', () => {
    for (const bad of ['{"version":1,', '[1,2]', '"text"', '42']) {
      const { config, issues } = parseCompareConfig({ levels: 'iop php' }, bad);
      assert.equal(issues.length, 1, bad);
      assert.equal(issues[0].field, 'json');
      const c = buildComparison(config);
      assert.equal(c.rows.length, COMPARE_ROW_IDS.length);
      assert.deepEqual(c.columns.map((x) => x.id), ['iop', 'php']);
    }
  });
  it('keeps the valid part of partly wrong JSON', () => {
    const json = JSON.stringify({
      version: 2,
      extra: true,
      cells: { iop: { schedule: 'Evenings', color: 'red', hours: 12 }, detox: { hours: 'x' }, php: 'no' },
      cta: { iop: { href: 'javascript:alert(1)' }, op: { label: 'No link' }, php: { href: '/php', label: 'PHP' } },
    });
    const { config, issues } = parseCompareConfig({}, json);
    assert.deepEqual(config.cells, { iop: { schedule: 'Evenings' } });
    assert.deepEqual(config.cta, { php: { href: '/php', label: 'PHP' } });
    assert.deepEqual(fields(issues).sort(), [
      'json',
      'json.cells',
      'json.cells.iop',
      'json.cells.iop.hours',
      'json.cells.php',
      'json.cta.iop.href',
      'json.cta.op.href',
      'json.version',
    ]);
  });
  it('keeps hostile strings as plain data', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { config, issues } = parseCompareConfig({}, JSON.stringify({ centerName: evil, cells: { iop: { fits: evil } } }));
    // Kept as typed (shown as text), and the editor is told HTML is not read.
    assert.deepEqual(issues.map((i) => i.field), ['json.centerName', 'json.cells.iop.fits']);
    assert.ok(issues.every((i) => i.message.includes('HTML is not read')));
    assert.equal(config.centerName, evil);
    assert.equal(cell(buildComparison(config), 'fits', 'iop').own, evil);
  });
  it('never throws and always gives a complete table (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), fc.option(fc.string()), fc.option(fc.string()), fc.oneof(fc.string(), fc.json()), (levels, audience, highlight, json) => {
        const { config } = parseCompareConfig({ levels, audience, highlight }, json);
        const c = buildComparison(config);
        assert.ok(c.columns.length >= 1);
        assert.equal(c.rows.length, COMPARE_ROW_IDS.length);
        for (const r of c.rows) assert.equal(r.cells.length, c.columns.length);
        assert.ok(c.columns.filter((x) => x.highlighted).length <= 1);
      }),
    );
  });
});

import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  CHECKLIST_SOURCES,
  DEFAULT_ITEMS,
  DEFAULT_ITEM_IDS,
  type ChecklistState,
  type TextLabels,
  buildChecklistText,
  countAnswers,
  parseChecklistConfig,
  parseSavedState,
  serializeState,
  stillToAsk,
  storageKeyFor,
  updateProgram,
} from '../../src/core/index.js';

const ids = (r: ReturnType<typeof parseChecklistConfig>) => r.config.items.map((i) => i.id);

test('default items: 15 stable ids, each with known sources', () => {
  assert.deepEqual(DEFAULT_ITEM_IDS, [
    'licensed', 'staff', 'assessment', 'plan', 'therapies', 'medications', 'mental-health', 'family',
    'schedule', 'costs', 'start', 'relapse', 'aftercare', 'crisis', 'privacy',
  ]);
  for (const item of DEFAULT_ITEMS) {
    assert.ok(item.sources.length > 0, item.id);
    for (const s of item.sources) assert.ok(CHECKLIST_SOURCES[s]?.brief, `${item.id} → ${s}`);
  }
});

test('config: defaults with no attributes or JSON', () => {
  const r = parseChecklistConfig({});
  assert.deepEqual(r.issues, []);
  assert.equal(r.config.mode, 'visitor');
  assert.equal(r.config.remember, false);
  assert.equal(r.config.storageKey, undefined);
  assert.deepEqual(ids(r), DEFAULT_ITEM_IDS);
  assert.deepEqual(r.config.meets, {});
});

test('config: attributes', () => {
  const r = parseChecklistConfig({ mode: 'Showcase', remember: '', 'storage-key': 'clinic_2' });
  assert.deepEqual(r.issues, []);
  assert.equal(r.config.mode, 'showcase');
  assert.equal(r.config.remember, true);
  assert.equal(r.config.storageKey, 'clinic_2');
  assert.equal(parseChecklistConfig({ remember: 'false' }).config.remember, false);
  const bad = parseChecklistConfig({ mode: 'admin', 'storage-key': 'a b/c' });
  assert.equal(bad.config.mode, 'visitor');
  assert.equal(bad.config.storageKey, undefined);
  assert.deepEqual(bad.issues.map((i) => i.field), ['storage-key', 'mode']);
});

test('config: hide, add and meets from versioned JSON', () => {
  const r = parseChecklistConfig(
    {},
    JSON.stringify({
      version: 1,
      hide: ['privacy', 'family'],
      add: [{ id: 'our-item', sign: 'Peer mentors', ask: 'Do you have peer mentors?', why: 'Hope.', good: 'Yes.' }],
      meets: { licensed: 'Licensed by the state, CARF accredited', 'our-item': true },
    }),
  );
  assert.deepEqual(r.issues, []);
  assert.ok(!ids(r).includes('privacy') && !ids(r).includes('family'));
  assert.equal(ids(r)[ids(r).length - 1], 'our-item');
  assert.deepEqual(r.config.items[r.config.items.length - 1].text, { sign: 'Peer mentors', ask: 'Do you have peer mentors?', why: 'Hope.', good: 'Yes.' });
  assert.deepEqual(r.config.meets, { licensed: 'Licensed by the state, CARF accredited', 'our-item': '' });
  assert.deepEqual(parseChecklistConfig({}, '{"meets":["staff","crisis"]}').config.meets, { staff: '', crisis: '' });
});

test('config: invalid JSON keeps the full default checklist with one issue', () => {
  const r = parseChecklistConfig({}, '{"hide": [');
  assert.deepEqual(ids(r), DEFAULT_ITEM_IDS);
  assert.equal(r.issues.length, 1);
  assert.equal(r.issues[0].field, 'json');
});

test('config: duplicate, unknown and malformed ids are reported and skipped', () => {
  const r = parseChecklistConfig(
    {},
    JSON.stringify({
      version: 2,
      colour: 'red',
      hide: ['nope', 3],
      add: [
        { id: 'licensed', sign: 'x', ask: 'y' },
        { id: 'mine', sign: 'A', ask: 'B' },
        { id: 'mine', sign: 'C', ask: 'D' },
        { id: 'Bad Id', sign: 'x', ask: 'y' },
        { id: 'constructor', sign: 'x', ask: 'y' },
        { id: 'no-ask', sign: 'x' },
        'text',
      ],
      meets: { ghost: 'x', privacy: 5, __proto__: 'x' },
    }),
  );
  assert.deepEqual(ids(r), [...DEFAULT_ITEM_IDS, 'mine']);
  const fields = r.issues.map((i) => i.field);
  for (const f of ['json.version', 'json', 'json.hide', 'json.add[0].id', 'json.add[2].id', 'json.add[3].id', 'json.add[4].id', 'json.add[5]', 'json.add[6]', 'json.meets', 'json.meets.privacy'])
    assert.ok(fields.includes(f), `${f} in ${fields.join(' | ')}`);
  assert.deepEqual(Object.keys(r.config.meets), []);
  assert.equal(Object.getPrototypeOf(r.config.meets), Object.prototype);
});

test('config: wrong shapes are reported, never thrown', () => {
  for (const text of ['[]', '"x"', 'null', '{"hide":"privacy","add":{},"meets":"all"}', '{"add":[null]}']) {
    const r = parseChecklistConfig({}, text);
    assert.ok(r.issues.length > 0, text);
    assert.ok(r.config.items.length >= DEFAULT_ITEM_IDS.length);
  }
});

const state = (): ChecklistState => ({
  active: 0,
  programs: [
    { name: 'Riverbend', answers: { licensed: 'yes', staff: 'no', assessment: 'unsure' }, notes: { licensed: 'CARF\nsince 2019' } },
    { name: '', answers: {}, notes: {} },
  ],
});

test('counts and still-to-ask', () => {
  const s = state();
  const c = countAnswers(DEFAULT_ITEM_IDS, s.programs[0], 2);
  assert.deepEqual(c, { yes: 1, no: 1, unsure: 1, unanswered: 12, total: 15, programs: 2 });
  assert.deepEqual(stillToAsk(['licensed', 'staff', 'assessment', 'plan'], s.programs[0]), ['assessment', 'plan']);
  // Answers for hidden items are not counted.
  assert.equal(countAnswers(['plan'], s.programs[0]).unanswered, 1);
  const next = updateProgram(s, 1, (p) => ({ ...p, name: 'Two' }));
  assert.equal(next.programs[1].name, 'Two');
  assert.equal(s.programs[1].name, '');
});

test('saved state round-trips and uses a versioned key', () => {
  assert.equal(storageKeyFor('default'), 'level-of-care-widgets:program-checklist:v1:default');
  const s = state();
  assert.deepEqual(parseSavedState(serializeState(s)), { state: s });
  assert.deepEqual(parseSavedState(null), {});
});

test('saved state: anything not in the saved format is corrupt', () => {
  const bad = [
    '', 'not json', '{}', '[]', 'null', '1', '{"v":2,"programs":[]}', '{"v":1,"programs":[]}',
    '{"v":1,"programs":[{"name":"a","answers":{"licensed":"maybe"},"notes":{}}]}',
    '{"v":1,"programs":[{"name":1,"answers":{},"notes":{}}]}',
    '{"v":1,"programs":[{"name":"a","answers":{"__proto__":"yes"},"notes":{}}]}',
    '{"v":1,"programs":[{"name":"a","answers":{},"notes":{"x":3}}]}',
    JSON.stringify({ v: 1, programs: [1, 2, 3, 4].map(() => ({ name: '', answers: {}, notes: {} })) }),
  ];
  for (const t of bad) assert.deepEqual(parseSavedState(t), { corrupt: true }, t);
  const outOfRange = parseSavedState('{"v":1,"active":7,"programs":[{"name":"","answers":{},"notes":{}}]}');
  assert.equal(outOfRange.state!.active, 0);
});

test('property: parseSavedState never throws', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ v: 1, programs: [v] }))), (text) => {
      const r = parseSavedState(text);
      assert.ok(r.corrupt === true || r.state !== undefined);
    }),
    { numRuns: 2000 },
  );
});

const labels: TextLabels = {
  title: 'Questions to ask a program',
  answer: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
  unanswered: 'Not answered',
  ask: 'Ask',
  note: 'Note',
  stillToAsk: 'Still to ask',
  programName: (p, n) => p.name || `Program ${n + 1}`,
};

test('plain-text export', () => {
  const items = [
    { id: 'licensed', sign: 'Licensed and accredited', ask: 'Is your program licensed?' },
    { id: 'staff', sign: 'Trained staff', ask: 'Are counselors licensed?' },
    { id: 'assessment', sign: 'Full assessment', ask: 'Do you assess first?' },
    { id: 'plan', sign: 'Written plan', ask: 'Is there a plan?' },
  ];
  const text = buildChecklistText(items, state(), labels);
  assert.equal(
    text,
    [
      'Questions to ask a program',
      '',
      '== Riverbend ==',
      '1. Licensed and accredited: Yes',
      '   Note: CARF / since 2019',
      '2. Trained staff: No',
      '3. Full assessment: Not sure',
      '   Ask: Do you assess first?',
      '4. Written plan: Not answered',
      '   Ask: Is there a plan?',
      'Still to ask: 2',
      '',
      '== Program 2 ==',
      '1. Licensed and accredited: Not answered',
      '   Ask: Is your program licensed?',
      '2. Trained staff: Not answered',
      '   Ask: Are counselors licensed?',
      '3. Full assessment: Not answered',
      '   Ask: Do you assess first?',
      '4. Written plan: Not answered',
      '   Ask: Is there a plan?',
      'Still to ask: 4',
      '',
    ].join('\n'),
  );
});

describe('saved answers expire (issue #14)', () => {
  it('keeps answers younger than maxDays, drops older, undated or future ones, and reads corrupt ones as corrupt first', async () => {
    const { parseSavedState, serializeState, emptyState, pageStorageKey } = await import('../../src/core/checklist/state.js');
    const day = 86_400_000;
    const now = Date.UTC(2026, 0, 31);
    const saved = serializeState(emptyState(), now - 29 * day);
    assert.ok(parseSavedState(saved, 30, now).state);
    assert.deepEqual(parseSavedState(serializeState(emptyState(), now - 31 * day), 30, now), { expired: true });
    assert.deepEqual(parseSavedState(serializeState(emptyState(), now + 2 * day), 30, now), { expired: true });
    assert.deepEqual(parseSavedState('{"v":1,"active":0,"programs":[{"name":"","answers":{},"notes":{}}]}', 30, now), { expired: true });
    assert.deepEqual(parseSavedState('{"v":1,"programs":[{"name":"x","answers":{"a":"maybe"},"notes":{}}]}', 30, now), { corrupt: true });
    assert.ok(parseSavedState(serializeState(emptyState(), now - 300 * day)).state, 'no limit without maxDays');
    assert.notEqual(pageStorageKey('/a', 0), pageStorageKey('/a', 1));
    assert.notEqual(pageStorageKey('/a', 0), pageStorageKey('/b', 0));
  });
  it('remember-days: 1 to 365, default 30', async () => {
    const { parseChecklistConfig } = await import('../../src/core/index.js');
    assert.equal(parseChecklistConfig({}).config.rememberDays, 30);
    assert.equal(parseChecklistConfig({ 'remember-days': '90' }).config.rememberDays, 90);
    for (const bad of ['0', '366', '1.5', 'week']) {
      const r = parseChecklistConfig({ 'remember-days': bad });
      assert.equal(r.config.rememberDays, 30);
      assert.deepEqual(r.issues.map((i) => i.field), ['remember-days']);
    }
  });
});

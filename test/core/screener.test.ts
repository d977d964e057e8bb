import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  type Answers,
  CARE_LEVEL_IDS,
  CRISIS_CONTACTS,
  LEVEL_FACTS,
  LEVEL_IDS,
  QUESTIONS,
  QUESTION_IDS,
  SOURCES,
  askedQuestions,
  cleanAnswers,
  evaluateScreener,
  higherLevel,
  levelRank,
} from '../../src/core/index.js';

const ev = (a: Answers | Record<string, unknown>, o = {}) => evaluateScreener(a, o);
const codes = (a: Answers | Record<string, unknown>, o = {}) => ev(a, o).reasons.map((r) => r.code);

describe('levels', () => {
  it('ranks levels most intensive first and picks the higher one', () => {
    assert.deepEqual([...LEVEL_IDS].sort((a, b) => levelRank(b) - levelRank(a)), [...LEVEL_IDS]);
    assert.equal(levelRank('none'), 0);
    assert.equal(levelRank('emergency'), 7);
    assert.equal(higherLevel('iop', 'php'), 'php');
    assert.equal(higherLevel('residential', 'op'), 'residential');
  });

  it('every fact cites at least one known source', () => {
    for (const id of CARE_LEVEL_IDS) {
      const f = LEVEL_FACTS[id];
      for (const fact of [f.hoursPerWeek, f.daysPerWeek, f.hoursPerDay, f.setting, f.medical, f.lengthWeeks]) {
        if (!fact) continue;
        assert.ok(fact.sources.length > 0, `${id} has a fact without a source`);
        for (const s of fact.sources) assert.ok(SOURCES[s], `${id} cites unknown source ${s}`);
      }
    }
  });

  it('uses the brief §1.3 hour thresholds, with adolescent IOP at 6+', () => {
    assert.deepEqual(LEVEL_FACTS.op.hoursPerWeek.value.adult, { max: 9, maxExclusive: true });
    assert.equal(LEVEL_FACTS.op.hoursPerWeek.value.adolescent.max, 6);
    assert.equal(LEVEL_FACTS.iop.hoursPerWeek.value.adult.min, 9);
    assert.equal(LEVEL_FACTS.iop.hoursPerWeek.value.adolescent.min, 6);
    assert.equal(LEVEL_FACTS.php.hoursPerWeek.value.adult.min, 20);
  });
});

describe('question bank and skip logic', () => {
  it('has unique ids and options, and exclusive options that exist', () => {
    assert.equal(new Set(QUESTION_IDS).size, QUESTION_IDS.length);
    for (const q of QUESTIONS) {
      assert.equal(new Set(q.options).size, q.options.length, q.id);
      if ('exclusive' in q) assert.ok((q.options as readonly string[]).includes(q.exclusive), q.id);
    }
  });

  it('asks at most 15 questions on every path', () => {
    // Walk every combination of the answers that drive skip logic, with and without host context.
    const focuses = [undefined, 'substance', 'mental-health', 'both'] as const;
    const ages = [undefined, 'under-18', '18-plus'] as const;
    const freqs = [undefined, 'never', 'less-than-weekly', 'weekly', 'daily'] as const;
    const moods = [undefined, 'not-at-all', 'some-days', 'more-than-half', 'nearly-every-day'] as const;
    const suicides = [undefined, 'no', 'wish', 'thoughts', 'now', 'plan'] as const;
    const contexts = [{}, { focus: 'both' as const }, { audience: 'adult' as const }, { focus: 'substance' as const, audience: 'adolescent' as const }];
    let max = 0;
    let paths = 0;
    for (const ctx of contexts)
      for (const focus of focuses)
        for (const age of ages)
          for (const f of freqs)
            for (const mood of moods)
              for (const suicide of suicides) {
                const a: Record<string, unknown> = { focus, age, 'use-frequency': f, mood, suicide };
                const n = askedQuestions(cleanAnswers(a, ctx), ctx).length;
                max = Math.max(max, n);
                paths++;
              }
    assert.ok(paths > 1000);
    assert.equal(max, 15);
  });

  it('skips what the host fixed and what does not apply', () => {
    const asked = askedQuestions({}, { focus: 'mental-health', audience: 'adult' });
    assert.ok(!asked.includes('focus') && !asked.includes('age'));
    assert.ok(!asked.includes('use-frequency') && asked.includes('mood'));
    const sub = askedQuestions({ 'use-frequency': 'never' }, { focus: 'substance' });
    assert.ok(!sub.includes('use-problems') && !sub.includes('withdrawal') && !sub.includes('mood'));
    assert.ok(askedQuestions({ mood: 'nearly-every-day' }, { focus: 'both' }).includes('self-care'));
    assert.ok(!askedQuestions({ mood: 'some-days' }, { focus: 'both' }).includes('self-care'));
  });

  it('cleans hostile and malformed answers', () => {
    const a = cleanAnswers({
      focus: '<script>',
      'danger-now': ['none', 'cant-wake', 42, 'cant-wake', '__proto__'],
      suicide: ['now'],
      mood: { toString: () => 'nearly-every-day' },
      extra: 'x',
    });
    assert.deepEqual(a, { 'danger-now': ['cant-wake'] });
    assert.deepEqual(cleanAnswers(null), {});
    assert.deepEqual(cleanAnswers('answers'), {});
  });

  it('drops answers to questions the skip logic no longer asks', () => {
    const a = cleanAnswers({ focus: 'mental-health', 'use-frequency': 'daily', mood: 'some-days' });
    assert.equal(a['use-frequency'], undefined);
    assert.equal(a.mood, 'some-days');
  });
});

describe('red flags (brief §1.5, §4)', () => {
  const cases = [
    // Every red flag: 911 / ER, plus 988 (brief §1.5 red-flag row).
    ['cant-wake', 'overdose', ['911', '988']],
    ['seizure', 'medical', ['911', '988']],
    ['chest-pain', 'medical', ['911', '988']],
    ['confused', 'medical', ['911', '988']],
    // Withdrawal signs happening now → ER (brief §1.5 D1 row 1).
    ['withdrawal-now', 'medical', ['911', '988']],
    ['took-too-much', 'poison', ['poison', '911', '988']],
    ['hurt-others', 'harm-others', ['911', '988']],
  ] as const;
  for (const [option, kind, contacts] of cases) {
    it(`danger-now "${option}" gives emergency with ${kind} contacts`, () => {
      const r = ev({ 'danger-now': [option] });
      assert.equal(r.level, 'emergency');
      assert.equal(r.crisis, kind);
      assert.deepEqual(r.contacts, contacts);
      assert.ok(r.reasons.some((x) => x.code === `crisis-${kind}` && x.questions.includes('danger-now')));
    });
  }
  for (const value of ['now', 'plan'] as const) {
    it(`suicide "${value}" gives emergency with 911 and 988`, () => {
      const r = ev({ suicide: value });
      assert.equal(r.level, 'emergency');
      assert.equal(r.crisis, 'suicide');
      assert.deepEqual(r.contacts, ['911', '988']);
    });
  }
  it('orders several crises most urgent first and merges contacts', () => {
    const r = ev({ 'danger-now': ['took-too-much', 'cant-wake'], suicide: 'now' });
    assert.deepEqual(r.crises, ['overdose', 'suicide', 'poison']);
    assert.equal(r.crisis, 'overdose');
    assert.deepEqual(r.contacts, ['911', '988', 'poison']);
  });
  it('"none of these" never hides a red flag given with it', () => {
    assert.equal(ev({ 'danger-now': ['none', 'seizure'] }).crisis, 'medical');
    assert.equal(ev({ 'danger-now': ['none'] }).crisis, null);
  });
  it('every crisis kind has contacts, 911 or Poison Help first', () => {
    for (const [kind, list] of Object.entries(CRISIS_CONTACTS)) {
      assert.ok(list.length > 0, kind);
      assert.ok(list[0] === '911' || list[0] === 'poison', kind);
    }
  });
});

describe('area rules (brief §1.5)', () => {
  it('D1: past withdrawal seizures or DTs → inpatient, with a do-not-stop warning', () => {
    for (const w of ['seizure', 'dts'] as const) {
      const r = ev({ withdrawal: [w] });
      assert.equal(r.level, 'inpatient');
      assert.ok(r.warnings.some((x) => x.code === 'dont-stop-suddenly'));
    }
  });
  it('D1: daily alcohol with shakes → IOP with a supportive person, inpatient without', () => {
    const base = { 'use-frequency': 'daily', substances: ['alcohol'], withdrawal: ['shakes'] } as const;
    assert.equal(ev({ ...base, home: ['safe-stable', 'support'] }).level, 'iop');
    assert.equal(ev({ ...base, home: ['safe-stable'] }).level, 'inpatient');
    assert.equal(ev({ ...base }).level, 'inpatient'); // support not confirmed: conservative
    assert.ok(codes({ ...base, home: ['support'] }).includes('withdrawal-with-support'));
  });
  it('D1: shakes with weekly cannabis use does not trigger the withdrawal rule', () => {
    assert.ok(!codes({ 'use-frequency': 'weekly', substances: ['cannabis'], withdrawal: ['shakes'] }).some((c) => c.startsWith('withdrawal')));
  });
  it('D1: daily alcohol or sedatives warns not to stop suddenly; opioids add medication and naloxone notes', () => {
    const r = ev({ 'use-frequency': 'daily', substances: ['sedatives'] });
    assert.ok(r.warnings.some((w) => w.code === 'dont-stop-suddenly'));
    const o = ev({ 'use-frequency': 'weekly', substances: ['opioids'] });
    assert.deepEqual(o.warnings.map((w) => w.code).sort(), ['naloxone', 'opioid-medication']);
    assert.ok(ev({ withdrawal: ['opioid-sick'] }).warnings.some((w) => w.code === 'opioid-medication'));
  });
  it('D2: daily medical care or pregnancy with problems → inpatient with a substance use need of OP or more; else a doctor first', () => {
    const need = { 'use-frequency': 'weekly', 'use-problems': ['cravings', 'duties'] } as const; // OP
    assert.equal(ev({ ...need, medical: ['daily-care'] }).level, 'inpatient');
    assert.equal(ev({ ...need, medical: ['pregnant-problems'] }).level, 'inpatient');
    // No such need: no inpatient level, "medical care first" (brief §1.5 D2); other needs keep their own level.
    for (const [answers, level] of [
      [{ medical: ['daily-care'] }, 'none'],
      [{ focus: 'mental-health', suicide: 'no', mood: 'not-at-all', medical: ['pregnant-problems'] }, 'none'],
      [{ focus: 'substance', 'use-frequency': 'never', medical: ['pregnant-problems'] }, 'none'],
      [{ focus: 'substance', 'use-frequency': 'weekly', substances: ['alcohol'], 'use-problems': ['none'], medical: ['pregnant-problems'] }, 'early'],
      [{ focus: 'mental-health', mood: 'more-than-half', 'self-care': 'yes', medical: ['daily-care'] }, 'op'],
    ] as const) {
      const r = ev(answers);
      assert.equal(r.level, level, JSON.stringify(answers));
      assert.ok(r.warnings.some((w) => w.code === 'medical-first'), JSON.stringify(answers));
      assert.ok(!r.reasons.some((x) => x.code === 'medical-needs'));
    }
    const p = ev({ medical: ['pregnant'] });
    assert.equal(p.level, 'none');
    assert.ok(p.warnings.some((w) => w.code === 'pregnant'));
    assert.ok(!p.warnings.some((w) => w.code === 'medical-first'));
  });
  it('D3: suicidal thoughts → PHP, a death wish → IOP, both with talk-today', () => {
    assert.equal(ev({ suicide: 'thoughts' }).level, 'php');
    assert.equal(ev({ suicide: 'wish' }).level, 'iop');
    assert.ok(ev({ suicide: 'wish' }).warnings.some((w) => w.code === 'talk-today'));
    assert.equal(ev({ suicide: 'no' }).level, 'none');
  });
  it('D3: cannot care for self → inpatient; mood bands → OP / IOP / PHP', () => {
    assert.equal(ev({ mood: 'nearly-every-day', 'self-care': 'no' }).level, 'inpatient');
    assert.equal(ev({ mood: 'nearly-every-day', 'self-care': 'hard' }).level, 'php');
    assert.equal(ev({ mood: 'nearly-every-day', 'self-care': 'yes' }).level, 'iop');
    assert.equal(ev({ mood: 'more-than-half' }).level, 'op');
    assert.equal(ev({ mood: 'some-days' }).level, 'none');
  });
  it('D3: low or worried nearly every day → talk to someone today, with 988 (brief §1.5 D3 row 2)', () => {
    for (const selfCare of ['yes', 'hard'] as const) {
      assert.ok(ev({ mood: 'nearly-every-day', 'self-care': selfCare }).warnings.some((w) => w.code === 'talk-today'));
    }
    assert.ok(!ev({ mood: 'more-than-half' }).warnings.some((w) => w.code === 'talk-today'));
  });
  it('use severity: 0–1 problems with weekly use → early; 2–3 → OP; 4–5 → IOP; 6+ → residential', () => {
    const probs = ['more-than-planned', 'cant-cut-down', 'lots-of-time', 'cravings', 'duties', 'relationships', 'risky'] as const;
    const at = (n: number, f = 'weekly') => ev({ 'use-frequency': f, 'use-problems': probs.slice(0, n) } as Answers).level;
    assert.equal(at(0, 'less-than-weekly'), 'none');
    assert.equal(at(0), 'early');
    assert.equal(at(1, 'less-than-weekly'), 'early');
    assert.equal(at(2), 'op');
    assert.equal(at(3), 'op');
    assert.equal(at(4), 'iop');
    assert.equal(at(5), 'iop');
    assert.equal(at(6), 'residential');
    assert.equal(at(7), 'residential');
    assert.equal(ev({ 'use-frequency': 'weekly', 'use-problems': ['none'] }).level, 'early');
  });
  it('a skipped frequency question does not cancel the use and withdrawal rules', () => {
    const six = ['more-than-planned', 'cant-cut-down', 'lots-of-time', 'cravings', 'duties', 'relationships'] as const;
    assert.equal(ev({ focus: 'substance', substances: ['alcohol'], 'use-problems': [...six], withdrawal: ['none'], home: ['safe-stable', 'support'] }).level, 'residential');
    const shakes = ev({ focus: 'substance', substances: ['alcohol'], 'use-problems': ['none'], withdrawal: ['shakes'] });
    assert.equal(shakes.level, 'inpatient'); // no confirmed supportive person (brief §1.5 D1 row 2, conservative)
    assert.ok(shakes.warnings.some((w) => w.code === 'dont-stop-suddenly'));
  });
  it('"something else", used daily with past shakes, is treated like alcohol or sedatives (conservative)', () => {
    assert.equal(ev({ 'use-frequency': 'daily', substances: ['other'], withdrawal: ['shakes'], 'use-problems': ['none'] }).level, 'inpatient');
    assert.equal(ev({ 'use-frequency': 'daily', substances: ['cannabis'], withdrawal: ['shakes'], 'use-problems': ['none'] }).level, 'early');
  });
  it('weekly or daily use is early help even when the problems question was skipped (brief §1.4)', () => {
    assert.equal(ev({ 'use-frequency': 'daily', substances: ['alcohol'] }).level, 'early');
    assert.equal(ev({ 'use-frequency': 'weekly' }).level, 'early');
    assert.equal(ev({ 'use-frequency': 'less-than-weekly' }).level, 'none');
  });
  it('D5: relapse history → IOP or PHP', () => {
    assert.equal(ev({ 'past-treatment': 'yes-returned' }).level, 'iop');
    assert.equal(ev({ 'past-treatment': 'yes-many-times' }).level, 'php');
    assert.equal(ev({ 'past-treatment': 'now-not-enough' }).level, 'php');
    assert.equal(ev({ 'past-treatment': 'yes-well' }).level, 'none');
  });
  it('D6: an unsafe home raises care that is needed, and never creates it', () => {
    const need = { 'use-frequency': 'weekly', 'use-problems': ['cravings', 'duties'] } as const; // OP
    assert.equal(ev({ ...need, home: ['safe-stable', 'support'] }).level, 'op');
    assert.equal(ev({ ...need, home: ['unsafe'] }).level, 'residential');
    assert.equal(ev({ ...need, home: ['unstable', 'support'] }).level, 'residential');
    assert.equal(ev({ ...need, home: ['others-use', 'support'] }).level, 'residential');
    assert.equal(ev({ ...need, home: ['safe-stable'] }).level, 'iop');
    assert.equal(ev({ home: ['unsafe'] }).level, 'none');
    assert.equal(ev({ 'use-frequency': 'weekly', 'use-problems': ['none'], home: ['unsafe'] }).level, 'early');
    // The home rules are about recovery from substance use (brief §1.5 D6): not for a mental-health-only
    // focus, nor for someone who does not use.
    assert.equal(ev({ focus: 'mental-health', mood: 'more-than-half', home: ['others-use', 'support'] }).level, 'op');
    assert.equal(ev({ focus: 'mental-health', mood: 'more-than-half', home: ['unstable'] }).level, 'op');
    assert.equal(ev({ focus: 'mental-health', mood: 'more-than-half', home: ['unsafe'] }).level, 'op');
    assert.equal(ev({ focus: 'both', 'use-frequency': 'never', mood: 'more-than-half', home: ['safe-stable', 'support', 'others-use'] }).level, 'op');
    assert.equal(ev({ focus: 'both', 'use-frequency': 'weekly', 'use-problems': ['cravings', 'duties'], home: ['others-use', 'support'] }).level, 'residential');
    // Using, but the need is mental health only: the home rules stay off.
    const light = { focus: 'both', 'use-frequency': 'less-than-weekly', substances: ['alcohol'], 'use-problems': ['none'], withdrawal: ['none'], 'self-care': 'yes' } as const;
    assert.equal(ev({ ...light, mood: 'more-than-half', home: ['support', 'others-use'] }).level, 'op');
    assert.equal(ev({ ...light, mood: 'nearly-every-day', home: ['unsafe'] }).level, 'iop');
    assert.equal(ev({ focus: 'substance', 'use-frequency': 'less-than-weekly', 'use-problems': ['none'], suicide: 'wish', home: ['unsafe'] }).level, 'iop');
  });
  it('D4: readiness never raises the level', () => {
    for (const readiness of ['ready', 'unsure', 'not-ready'] as const) {
      assert.equal(ev({ readiness }).level, 'none');
      assert.equal(ev({ readiness, mood: 'more-than-half' }).level, 'op');
    }
    assert.ok(codes({ readiness: 'unsure' }).includes('readiness'));
  });
  it('attendance barriers add a note, not a level', () => {
    const r = ev({ attend: 'no', mood: 'more-than-half' });
    assert.equal(r.level, 'op');
    assert.ok(r.warnings.some((w) => w.code === 'attend-barrier'));
  });
  it('the highest minimum wins, never an average (brief §1.4)', () => {
    const r = ev({
      'use-frequency': 'weekly',
      'use-problems': ['cravings', 'duties'],
      'past-treatment': 'yes-returned',
      medical: ['daily-care'],
      home: ['safe-stable', 'support'],
    });
    assert.equal(r.level, 'inpatient');
    assert.deepEqual(
      r.reasons.map((x) => x.level),
      ['inpatient', 'iop', 'op'],
    );
  });
  it('each reason names the questions that drove it', () => {
    const r = ev({ mood: 'nearly-every-day', 'self-care': 'hard', 'past-treatment': 'yes-returned' });
    const byCode = Object.fromEntries(r.reasons.map((x) => [x.code, x.questions]));
    assert.deepEqual(byCode['mood-severe-struggling'], ['mood', 'self-care']);
    assert.deepEqual(byCode['returned-after-treatment'], ['past-treatment']);
  });
});

describe('context and host options', () => {
  it('adolescents come from the host or the age answer', () => {
    assert.equal(ev({ age: 'under-18' }).audience, 'adolescent');
    assert.equal(ev({}, { audience: 'adolescent' }).audience, 'adolescent');
    assert.equal(ev({ age: 'under-18' }, { audience: 'adult' }).audience, 'adult');
    assert.equal(ev({}).audience, 'adult');
  });
  it('says whether the host offers the level', () => {
    const iop = { 'past-treatment': 'yes-returned' } as const;
    assert.equal(ev(iop, { levelsOffered: ['iop', 'op'] }).offered, true);
    assert.equal(ev(iop, { levelsOffered: ['op'] }).offered, false);
    assert.equal(ev(iop, {}).offered, null);
    assert.equal(ev({ suicide: 'now' }, { levelsOffered: ['op'] }).offered, null);
    assert.equal(ev({}, { levelsOffered: ['op'] }).offered, null);
  });
  it('counts asked and answered questions for partial answers', () => {
    const r = ev({ focus: 'substance', age: '18-plus' });
    assert.equal(r.answered, 2);
    assert.equal(r.complete, false);
    assert.equal(r.asked[0], 'focus');
  });
});

// Property tests -------------------------------------------------------------------------------
const questionArb = fc.constantFrom(...QUESTIONS);
const validAnswers: fc.Arbitrary<Answers> = fc
  .array(
    questionArb.chain(
      (q): fc.Arbitrary<[string, unknown]> =>
        q.kind === 'multi'
          ? fc.tuple(fc.constant<string>(q.id), fc.subarray([...q.options] as string[]) as fc.Arbitrary<unknown>)
          : fc.tuple(fc.constant<string>(q.id), fc.constantFrom(...(q.options as readonly string[])) as fc.Arbitrary<unknown>),
    ),
  )
  .map((pairs) => Object.fromEntries(pairs) as Answers);
const junk = fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...QUESTION_IDS, '__proto__', 'constructor', 'x'), fc.anything()));
const optionsArb = fc.record(
  {
    audience: fc.constantFrom('adult', 'adolescent', undefined),
    focus: fc.constantFrom('substance', 'mental-health', 'both', undefined),
    levelsOffered: fc.subarray([...CARE_LEVEL_IDS]),
  },
  { requiredKeys: [] },
);
const redFlag = fc.constantFrom<[string, unknown]>(
  ['danger-now', ['cant-wake']],
  ['danger-now', ['seizure']],
  ['danger-now', ['chest-pain']],
  ['danger-now', ['confused']],
  ['danger-now', ['took-too-much']],
  ['danger-now', ['hurt-others']],
  ['suicide', 'now'],
  ['suicide', 'plan'],
);
const NUM_RUNS = Number(process.env.FC_RUNS ?? 2000);

describe('properties', () => {
  it('any input gives a valid result and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(validAnswers, junk), optionsArb, (a, o) => {
        const r = evaluateScreener(a, o as never);
        assert.ok(LEVEL_IDS.includes(r.level));
        assert.equal(r.crisis !== null, r.level === 'emergency');
        assert.equal(r.contacts.length > 0, r.crisis !== null);
        assert.ok(r.answered <= r.asked.length && r.asked.length <= 15);
        for (const x of r.reasons) assert.ok(levelRank(x.level) <= levelRank(r.level));
        assert.doesNotThrow(() => JSON.stringify(r));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('adding a red flag never lowers the level and always gives emergency', () => {
    fc.assert(
      fc.property(validAnswers, redFlag, optionsArb, (a, [id, v], o) => {
        const before = evaluateScreener(a, o as never);
        const merged: Record<string, unknown> = { ...a };
        merged[id] = Array.isArray(v) ? [...new Set([...((merged[id] as string[]) ?? []).filter((x) => x !== 'none'), ...v])] : v;
        const after = evaluateScreener(merged, o as never);
        assert.ok(levelRank(after.level) >= levelRank(before.level));
        assert.equal(after.level, 'emergency');
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('readiness alone never changes the level', () => {
    fc.assert(
      fc.property(validAnswers, fc.constantFrom('ready', 'unsure', 'not-ready'), (a, readiness) => {
        const { readiness: _omit, ...rest } = a;
        assert.equal(evaluateScreener({ ...rest, readiness }).level, evaluateScreener(rest).level);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('checking one more use problem never lowers the level', () => {
    const probs = QUESTIONS.find((q) => q.id === 'use-problems')!.options.filter((o) => o !== 'none');
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...probs), (a, extra) => {
        const before = evaluateScreener(a);
        const list = ((a['use-problems'] as string[] | undefined) ?? []).filter((x) => x !== 'none');
        const after = evaluateScreener({ ...a, 'use-problems': [...new Set([...list, extra])] });
        assert.ok(levelRank(after.level) >= levelRank(before.level));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

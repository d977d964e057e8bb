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
  progressTotal,
  questionOptions,
  shownReasons,
} from '../../src/core/index.js';
import { CASES } from '../fixtures/screener-cases.js';

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
    const whos = [undefined, 'self-adult', 'other-teen'] as const;
    const recents = [undefined, 'no', 'yes-stable', 'yes-struggling'] as const;
    const freqs = [undefined, 'never', 'less-than-weekly', 'weekly', 'daily'] as const;
    const moods = [undefined, 'not-at-all', 'some-days', 'more-than-half', 'nearly-every-day'] as const;
    const suicides = [undefined, 'no', 'wish', 'thoughts', 'now', 'plan'] as const;
    const contexts = [{}, { focus: 'both' as const }, { audience: 'adult' as const }, { respondent: 'other' as const }, { focus: 'substance' as const, audience: 'adolescent' as const, respondent: 'self' as const }];
    let max = 0;
    let paths = 0;
    for (const ctx of contexts)
      for (const focus of focuses)
        for (const who of whos)
          for (const f of freqs)
            for (const mood of moods)
              for (const suicide of suicides)
                for (const recent of recents) {
                  const a: Record<string, unknown> = { focus, who, 'use-frequency': f, mood, suicide, 'recent-care': recent };
                  const clean = cleanAnswers(a, ctx);
                  const asked = askedQuestions(clean, ctx);
                  max = Math.max(max, asked.length);
                  paths++;
                  // Danger right now is the first question on every path (issue #10).
                  assert.equal(asked[0], 'danger-now');
                  // The total shown on each question never grows as the visitor goes forward, and is exact at the end.
                  let prev = Infinity;
                  for (const id of asked) {
                    const t = progressTotal(clean, id, ctx);
                    assert.ok(t <= prev && t >= asked.length, `${id}: ${t} after ${prev} (${asked.length} asked)`);
                    prev = t;
                  }
                  assert.equal(prev, asked.length);
                }
    assert.ok(paths > 1000);
    assert.equal(max, 15);
  });

  it('skips what the host fixed and what does not apply', () => {
    const asked = askedQuestions({}, { focus: 'mental-health', audience: 'adult', respondent: 'self' });
    assert.ok(!asked.includes('focus') && !asked.includes('who'));
    // One of audience and respondent fixed: "who" is still asked, with only the options that fit.
    assert.deepEqual(questionOptions('who', { respondent: 'other' }), ['other-adult', 'other-teen']);
    assert.deepEqual(questionOptions('who', { audience: 'adolescent' }), ['self-teen', 'other-teen']);
    assert.ok(askedQuestions({}, { audience: 'adult' }).includes('who'));
    assert.equal(cleanAnswers({ who: 'self-adult' }, { respondent: 'other' }).who, undefined);
    // Just out of more intensive care: the past-treatment question is not asked (C2).
    assert.ok(!askedQuestions({ 'recent-care': 'yes-stable' }).includes('past-treatment'));
    assert.ok(askedQuestions({ 'recent-care': 'no' }).includes('past-treatment'));
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

  it('shows a total that does not move while the visitor answers (issue #10: "1 of 14" became "1 of 13")', () => {
    const first = progressTotal({}, 'danger-now');
    assert.equal(first, 15);
    assert.equal(progressTotal({ 'danger-now': ['none'] }, 'danger-now'), first);
    // Answering focus does not change focus's own total; the next question shows the smaller one.
    assert.equal(progressTotal({ focus: 'substance' }, 'focus'), progressTotal({}, 'focus'));
    assert.ok(progressTotal({ focus: 'substance' }, 'suicide') < progressTotal({}, 'suicide'));
  });

  it('drops answers to questions the skip logic no longer asks', () => {
    const a = cleanAnswers({ focus: 'mental-health', 'use-frequency': 'daily', mood: 'some-days' });
    assert.equal(a['use-frequency'], undefined);
    assert.equal(a.mood, 'some-days');
  });
});

describe('red flags (brief §1.5, §4, §1.6 C4, C8, C9)', () => {
  const cases = [
    // Overdose and medical emergencies: 911 alone is the loud call (C8); 988 a quiet line where it fits.
    ['cant-wake', 'overdose', ['911'], []],
    ['seizure', 'medical', ['911'], ['988']],
    ['chest-pain', 'medical', ['911'], ['988']],
    ['confused', 'medical', ['911'], ['988']],
    // Severe withdrawal signs now (C4: high fever, racing heart) → ER.
    ['withdrawal-severe', 'medical', ['911'], ['988']],
    ['took-too-much', 'poison', ['poison', '911'], ['988']],
    ['hurt-others', 'harm-others', ['911', '988'], []],
  ] as const;
  for (const [option, kind, contacts, quiet] of cases) {
    it(`danger-now "${option}" gives emergency with ${kind} contacts`, () => {
      const r = ev({ 'danger-now': [option] });
      assert.equal(r.level, 'emergency');
      assert.equal(r.crisis, kind);
      assert.deepEqual(r.contacts, contacts);
      assert.deepEqual(r.moreContacts, quiet);
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
    assert.deepEqual(r.moreContacts, []);
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

describe('§1.6 rows (they win over §1.5)', () => {
  for (const c of CASES) {
    it(`${c.row}: ${c.name} → ${c.level} (v1 said ${c.v1})`, () => {
      assert.notEqual(c.level === c.v1 && c.row !== 'C10' && c.row !== 'C12', true, 'a fixture must differ from v1 unless the row is about wording');
      assert.equal(ev(c.answers).level, c.level);
    });
  }
  it('C1: six or more problems alone set a floor of IOP; residential needs a D5/D6 reason', () => {
    const six = ['more-than-planned', 'cant-cut-down', 'lots-of-time', 'cravings', 'duties', 'relationships'] as const;
    const base = { 'use-frequency': 'weekly', substances: ['cannabis'], 'use-problems': six } as const;
    assert.equal(ev(base).level, 'iop');
    assert.equal(ev({ ...base, home: ['safe-stable', 'support'] }).level, 'iop');
    for (const extra of [
      { 'past-treatment': 'yes-many-times' },
      { home: ['others-use', 'support'] },
      { home: ['unstable'] },
      { home: ['no-support'] },
    ]) {
      const r = ev({ ...base, ...extra } as Answers);
      assert.equal(r.level, 'residential', JSON.stringify(extra));
      assert.ok(r.reasons.some((x) => x.code === 'use-severe' && x.level === 'residential'));
    }
  });
  it('C2: stable after more intensive care steps down to IOP, or OP with few problems; struggling is not a step-down', () => {
    const six = ['more-than-planned', 'cant-cut-down', 'lots-of-time', 'cravings', 'duties', 'relationships'] as const;
    assert.equal(ev({ 'use-frequency': 'weekly', 'use-problems': six, 'recent-care': 'yes-stable' }).level, 'iop');
    assert.equal(ev({ 'use-frequency': 'weekly', 'use-problems': six, withdrawal: ['seizure'], 'recent-care': 'yes-stable' }).level, 'iop');
    assert.equal(ev({ 'use-frequency': 'weekly', 'use-problems': ['cravings'], 'recent-care': 'yes-stable' }).level, 'op');
    assert.equal(ev({ focus: 'mental-health', mood: 'some-days', 'recent-care': 'yes-stable' }).level, 'op');
    assert.ok(codes({ 'recent-care': 'yes-stable' }).includes('step-down'));
    // Safety floors that describe today stay: an unsafe home with a use need, suicidal thoughts.
    assert.equal(ev({ 'use-frequency': 'weekly', 'use-problems': six, home: ['unsafe'], 'recent-care': 'yes-stable' }).level, 'residential');
    assert.equal(ev({ suicide: 'thoughts', 'recent-care': 'yes-stable' }).level, 'php');
    const s = ev({ 'recent-care': 'yes-struggling' });
    assert.equal(s.level, 'iop');
    assert.ok(s.warnings.some((w) => w.code === 'call-care-team'));
  });
  it('C3: daily alcohol or unprescribed sleep/anxiety pills with a problem or a wish to stop → doctor first, never below IOP', () => {
    for (const sub of ['alcohol', 'sedatives', 'other'] as const) {
      for (const problems of [['cant-cut-down'], ['tolerance'], undefined] as const) {
        const r = ev({ 'use-frequency': 'daily', substances: [sub], ...(problems ? { 'use-problems': problems } : {}) } as Answers);
        assert.equal(r.level, 'iop', `${sub} ${problems}`);
        assert.ok(r.reasons.some((x) => x.code === 'dependence'));
      }
    }
    // Daily, no problems at all (said explicitly), no shakes: no floor, but the do-not-stop warning stays.
    const none = ev({ 'use-frequency': 'daily', substances: ['alcohol'], 'use-problems': ['none'], withdrawal: ['none'] });
    assert.equal(none.level, 'early');
    assert.ok(none.warnings.some((w) => w.code === 'dont-stop-suddenly'));
    // Prescribed pills taken exactly as directed: only "ask your prescriber", no level.
    const rx = ev({ 'use-frequency': 'daily', substances: ['sedatives-prescribed'], 'use-problems': ['none'], withdrawal: ['none'] });
    assert.deepEqual(rx.warnings.map((w) => w.code), ['ask-prescriber']);
    assert.ok(levelRank(rx.level) <= levelRank('early'));
    // Weekly use does not trigger it; cannabis does not either.
    assert.equal(ev({ 'use-frequency': 'weekly', substances: ['alcohol'], 'use-problems': ['cravings'] }).level, 'early');
    assert.equal(ev({ 'use-frequency': 'daily', substances: ['cannabis'], 'use-problems': ['cravings'] }).level, 'early');
    // Nothing answered at all is not read as daily drinking.
    assert.equal(ev({}).level, 'none');
  });
  it('C4: mild shakes are not an emergency: same-day doctor advice and the C3 floor; severe signs are', () => {
    const base = { 'use-frequency': 'daily', substances: ['alcohol'], 'use-problems': ['none'], withdrawal: ['shakes'] } as const;
    const r = ev({ ...base, home: ['safe-stable', 'support'] });
    assert.equal(r.level, 'iop');
    assert.equal(r.crisis, null);
    assert.ok(r.warnings.some((w) => w.code === 'doctor-today'));
    // Only an explicit "no one supports me" makes outpatient withdrawal unsafe (§1.5 D1 row 2, C11).
    assert.equal(ev({ ...base, home: ['safe-stable'] }).level, 'iop');
    assert.equal(ev({ ...base, home: ['no-support'] }).level, 'inpatient');
    assert.equal(ev({ ...base, 'danger-now': ['withdrawal-severe'] }).level, 'emergency');
    // A skipped frequency with shakes still applies the rule (conservative).
    assert.equal(ev({ focus: 'substance', substances: ['alcohol'], 'use-problems': ['none'], withdrawal: ['shakes'] }).level, 'iop');
  });
  it('C5: pregnant with a use need or daily opioid/alcohol/sedative use → doctor this week, buprenorphine or methadone, never below IOP', () => {
    const r = ev({ 'use-frequency': 'daily', substances: ['opioids'], 'use-problems': ['none'], medical: ['pregnant'] });
    assert.equal(r.level, 'iop');
    const w = r.warnings.map((x) => x.code);
    assert.ok(w.includes('pregnant-doctor-week') && w.includes('opioid-medication-pregnancy'));
    assert.ok(!w.includes('opioid-medication'), 'naltrexone is not listed in pregnancy');
    assert.equal(ev({ 'use-frequency': 'weekly', 'use-problems': ['cravings', 'duties'], medical: ['pregnant'] }).level, 'iop');
    assert.equal(ev({ 'use-frequency': 'daily', substances: ['alcohol'], 'use-problems': ['none'], medical: ['pregnant'] }).level, 'iop');
    // Pregnant, weekly use and no problems: no floor, just "tell your doctor".
    const light = ev({ 'use-frequency': 'less-than-weekly', substances: ['alcohol'], 'use-problems': ['none'], medical: ['pregnant'] });
    assert.equal(light.level, 'none');
    assert.ok(light.warnings.some((x) => x.code === 'pregnant'));
  });
  it('C6: naloxone for anyone who uses drugs, not only opioids', () => {
    for (const sub of ['opioids', 'stimulants', 'sedatives', 'other'] as const) {
      assert.ok(ev({ 'use-frequency': 'weekly', substances: [sub] }).warnings.some((w) => w.code === 'naloxone'), sub);
    }
    for (const sub of ['alcohol', 'cannabis', 'sedatives-prescribed'] as const) {
      assert.ok(!ev({ 'use-frequency': 'weekly', substances: [sub] }).warnings.some((w) => w.code === 'naloxone'), sub);
    }
  });
  it('C7: suicide with a plan → 911 and 988; a helper is told to stay with them', () => {
    const r = ev({ suicide: 'plan', who: 'other-adult' });
    assert.deepEqual(r.contacts, ['911', '988']);
    assert.ok(r.helperTips.includes('stay-with-them'));
  });
  it('C8: the overdose panel calls 911 only', () => {
    assert.deepEqual(ev({ 'danger-now': ['cant-wake'] }).contacts, ['911']);
    assert.deepEqual(ev({ 'danger-now': ['cant-wake'] }).moreContacts, []);
  });
  it('C9: seeing or hearing things is an emergency on its own, without any withdrawal answer', () => {
    const r = ev({ 'danger-now': ['confused'], substances: ['stimulants'] });
    assert.equal(r.crisis, 'medical');
  });
  it('C10: an unsafe home is always named with the domestic violence hotline, any focus, any level', () => {
    for (const a of [
      { focus: 'mental-health', home: ['unsafe'] },
      { focus: 'substance', 'use-frequency': 'never', home: ['unsafe'] },
      { focus: 'both', 'use-frequency': 'weekly', 'use-problems': ['cravings', 'duties'], home: ['unsafe'] },
    ] as const) {
      assert.ok(ev(a).warnings.some((w) => w.code === 'domestic-violence'), JSON.stringify(a));
    }
    assert.ok(!ev({ home: ['others-use'] }).warnings.some((w) => w.code === 'domestic-violence'));
  });
  it('C11: an unticked box is "not said"; only explicit answers raise', () => {
    const need = { 'use-frequency': 'weekly', 'use-problems': ['cravings', 'duties'] } as const; // OP
    assert.equal(ev({ ...need }).level, 'op');
    assert.equal(ev({ ...need, home: [] }).level, 'op');
    assert.equal(ev({ ...need, home: ['safe-stable'] }).level, 'op');
    assert.equal(ev({ ...need, home: ['no-support'] }).level, 'iop');
    assert.equal(ev({ ...need, home: ['no-support', 'support'] }).level, 'op');
  });
  it('C12: helper mode changes who is addressed, adds what a helper can do, and never the level', () => {
    const self = ev({ who: 'self-teen', 'use-frequency': 'weekly', substances: ['opioids'], suicide: 'wish' });
    const other = ev({ who: 'other-teen', 'use-frequency': 'weekly', substances: ['opioids'], suicide: 'wish' });
    assert.equal(self.respondent, 'self');
    assert.equal(other.respondent, 'other');
    assert.equal(other.audience, 'adolescent');
    assert.equal(other.level, self.level);
    assert.deepEqual(self.helperTips, []);
    assert.deepEqual(other.helperTips, ['stay-with-them', 'naloxone', 'family-program', 'helpline']);
    assert.equal(ev({}, { respondent: 'other' }).respondent, 'other');
    assert.equal(ev({ who: 'self-adult' }, { respondent: 'other' }).respondent, 'other');
  });
  it('C13: moderate low mood with substance use names a program that treats both', () => {
    const r = ev({ 'use-frequency': 'weekly', 'use-problems': ['cravings', 'duties'], mood: 'more-than-half' });
    const c = r.reasons.find((x) => x.code === 'co-occurring');
    assert.ok(c);
    assert.equal(c.level, 'none');
    assert.ok(!codes({ focus: 'mental-health', mood: 'more-than-half' }).includes('co-occurring'));
    assert.ok(!codes({ 'use-frequency': 'never', mood: 'nearly-every-day' }).includes('co-occurring'));
  });
  it('C14: IOP is 9–19 hours a week for adults, PHP 20 or more', () => {
    assert.deepEqual(LEVEL_FACTS.iop.hoursPerWeek.value.adult, { min: 9, max: 20, maxExclusive: true });
    assert.equal(LEVEL_FACTS.php.hoursPerWeek.value.adult.min, 20);
    assert.ok(LEVEL_FACTS.iop.hoursPerWeek.sources.includes('cms-iop'));
  });
  it('C15: every source says who published it, and government or professional sources exist for the hours', () => {
    for (const s of Object.values(SOURCES)) assert.ok(['government', 'professional', 'other', 'seed'].includes(s.kind), s.id);
    assert.equal(SOURCES['cms-iop'].kind, 'professional');
    assert.equal(SOURCES['samhsa-iop-advisory'].kind, 'government');
  });
  it('a lower level\'s reason is not shown as a reason for a higher one', () => {
    const r = ev({ 'use-frequency': 'weekly', 'use-problems': ['cravings'], mood: 'nearly-every-day', 'self-care': 'yes' });
    assert.equal(r.level, 'iop');
    assert.ok(r.reasons.some((x) => x.code === 'use-early'));
    assert.ok(!shownReasons(r).some((x) => x.code === 'use-early'));
    const e = ev({ 'use-frequency': 'weekly', 'use-problems': ['cravings'] });
    assert.ok(shownReasons(e).some((x) => x.code === 'use-early'));
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
  it('D1: shakes with weekly cannabis use does not trigger the withdrawal rules', () => {
    assert.ok(!codes({ 'use-frequency': 'weekly', substances: ['cannabis'], withdrawal: ['shakes'] }).some((c) => c.startsWith('withdrawal') || c === 'dependence'));
  });
  it('D1: opioids add the medication note', () => {
    const o = ev({ 'use-frequency': 'weekly', substances: ['opioids'] });
    assert.deepEqual(o.warnings.map((w) => w.code).sort(), ['naloxone', 'opioid-medication']);
    assert.ok(ev({ withdrawal: ['opioid-sick'] }).warnings.some((w) => w.code === 'opioid-medication'));
  });
  it('D2: daily medical care or pregnancy with problems → inpatient with a substance use need of OP or more; else a doctor first', () => {
    const need = { 'use-frequency': 'weekly', 'use-problems': ['cravings', 'duties'] } as const; // OP
    assert.equal(ev({ ...need, medical: ['daily-care'] }).level, 'inpatient');
    assert.equal(ev({ ...need, medical: ['pregnant-problems'] }).level, 'inpatient');
    for (const [answers, level] of [
      [{ medical: ['daily-care'] }, 'none'],
      [{ focus: 'mental-health', suicide: 'no', mood: 'not-at-all', medical: ['pregnant-problems'] }, 'none'],
      [{ focus: 'substance', 'use-frequency': 'never', medical: ['pregnant-problems'] }, 'none'],
      [{ focus: 'mental-health', mood: 'more-than-half', 'self-care': 'yes', medical: ['daily-care'] }, 'op'],
    ] as const) {
      const r = ev(answers);
      assert.equal(r.level, level, JSON.stringify(answers));
      assert.ok(r.warnings.some((w) => w.code === 'medical-first'), JSON.stringify(answers));
      assert.ok(!r.reasons.some((x) => x.code === 'medical-needs'));
    }
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
    assert.ok(ev({ mood: 'nearly-every-day', 'self-care': 'yes' }).warnings.some((w) => w.code === 'talk-today'));
    assert.ok(!ev({ mood: 'more-than-half' }).warnings.some((w) => w.code === 'talk-today'));
  });
  it('use severity: 0–1 problems with weekly use → early; 2–3 → OP; 4+ → IOP (C1)', () => {
    const probs = ['more-than-planned', 'lots-of-time', 'cravings', 'duties', 'relationships', 'risky', 'health-harm'] as const;
    const at = (n: number, f = 'weekly') => ev({ 'use-frequency': f, substances: ['cannabis'], 'use-problems': probs.slice(0, n) } as Answers).level;
    assert.equal(at(0, 'less-than-weekly'), 'none');
    assert.equal(at(0), 'early');
    assert.equal(at(1, 'less-than-weekly'), 'early');
    assert.equal(at(2), 'op');
    assert.equal(at(3), 'op');
    assert.equal(at(4), 'iop');
    assert.equal(at(6), 'iop');
    assert.equal(at(7), 'iop');
  });
  it('weekly or daily use is early help even when the problems question was skipped (brief §1.4)', () => {
    assert.equal(ev({ 'use-frequency': 'weekly' }).level, 'early');
    assert.equal(ev({ 'use-frequency': 'daily', substances: ['cannabis'] }).level, 'early');
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
    assert.equal(ev({ home: ['unsafe'] }).level, 'none');
    assert.equal(ev({ 'use-frequency': 'weekly', 'use-problems': ['none'], home: ['unsafe'] }).level, 'early');
    assert.equal(ev({ focus: 'mental-health', mood: 'more-than-half', home: ['others-use', 'support'] }).level, 'op');
    assert.equal(ev({ focus: 'mental-health', mood: 'more-than-half', home: ['unsafe'] }).level, 'op');
  });
  it('D4: readiness never raises the level', () => {
    for (const readiness of ['ready', 'unsure', 'not-ready'] as const) {
      assert.equal(ev({ readiness }).level, 'none');
      assert.equal(ev({ readiness, mood: 'more-than-half' }).level, 'op');
    }
    assert.ok(codes({ readiness: 'unsure' }).includes('readiness'));
  });
  it('attendance barriers add a note, not a level', () => {
    const r = ev({ home: ['hard-to-attend'], mood: 'more-than-half' });
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
    assert.deepEqual(r.reasons.map((x) => x.level), ['inpatient', 'iop', 'op']);
  });
  it('each reason names the questions that drove it', () => {
    const r = ev({ mood: 'nearly-every-day', 'self-care': 'hard', 'past-treatment': 'yes-returned' });
    const byCode = Object.fromEntries(r.reasons.map((x) => [x.code, x.questions]));
    assert.deepEqual(byCode['mood-severe-struggling'], ['mood', 'self-care']);
    assert.deepEqual(byCode['returned-after-treatment'], ['past-treatment']);
  });
});

describe('context and host options', () => {
  it('adolescents come from the host or the who answer', () => {
    assert.equal(ev({ who: 'self-teen' }).audience, 'adolescent');
    assert.equal(ev({ who: 'other-teen' }).audience, 'adolescent');
    assert.equal(ev({}, { audience: 'adolescent' }).audience, 'adolescent');
    assert.equal(ev({ who: 'self-teen' }, { audience: 'adult' }).audience, 'adult');
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
    const r = ev({ focus: 'substance', who: 'self-adult' });
    assert.equal(r.answered, 2);
    assert.equal(r.complete, false);
    assert.equal(r.asked[0], 'danger-now');
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
    respondent: fc.constantFrom('self', 'other', undefined),
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
  ['danger-now', ['withdrawal-severe']],
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

  it('ticking a support box never raises the level (C11)', () => {
    fc.assert(
      fc.property(validAnswers, fc.constantFrom('support', 'safe-stable'), optionsArb, (a, box, o) => {
        const before = evaluateScreener(a, o as never);
        const home = [...new Set([...((a.home as string[] | undefined) ?? []), box])];
        const after = evaluateScreener({ ...a, home }, o as never);
        assert.ok(levelRank(after.level) <= levelRank(before.level), JSON.stringify({ a, box }));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('helper mode never changes the level (C12)', () => {
    const swap: Record<string, string> = { 'self-adult': 'other-adult', 'self-teen': 'other-teen', 'other-adult': 'self-adult', 'other-teen': 'self-teen' };
    fc.assert(
      fc.property(validAnswers, fc.constantFrom('self-adult', 'self-teen', 'other-adult', 'other-teen'), (a, who) => {
        const one = evaluateScreener({ ...a, who });
        const two = evaluateScreener({ ...a, who: swap[who] });
        assert.equal(one.level, two.level);
        assert.deepEqual(one.reasons, two.reasons);
        assert.notEqual(one.respondent, two.respondent);
        const byHost = evaluateScreener(a, { respondent: 'other' });
        assert.equal(byHost.level, evaluateScreener(a, { respondent: 'self' }).level);
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

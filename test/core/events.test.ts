import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  IssueList,
  completeDetail,
  crisisDetail,
  ctaDetail,
  evaluateScreener,
  parseEventDetail,
  parseScreenerConfig,
  stepDetail,
} from '../../src/core/index.js';

// Issue #14: events are private by default; `event-detail` opts in to more.
const TEEN_IN_DANGER = {
  'danger-now': ['none'],
  who: 'self-teen',
  focus: 'both',
  suicide: 'thoughts',
  medical: ['pregnant'],
  'use-frequency': 'daily',
  substances: ['opioids'],
  home: ['unsafe'],
};

describe('event detail (issue #14)', () => {
  it('parses event-detail, with include-answers as an alias of answers and a notice for unknown values', () => {
    const issues = new IssueList();
    assert.equal(parseEventDetail(null, null, issues), 'basic');
    assert.equal(parseEventDetail(' Reasons ', null, issues), 'reasons');
    assert.equal(parseEventDetail('answers', null, issues), 'answers');
    assert.equal(parseEventDetail(null, '', issues), 'answers');
    assert.equal(parseEventDetail('reasons', 'false', issues), 'reasons');
    assert.equal(issues.items.length, 0);
    assert.equal(parseEventDetail('all', null, issues), 'basic');
    assert.equal(issues.items[0].field, 'event-detail');
    assert.equal(parseScreenerConfig({}).config.eventDetail, 'basic');
    assert.equal(parseScreenerConfig({ 'event-detail': 'reasons' }).config.eventDetail, 'reasons');
  });

  it('basic complete detail holds the level, whether offered and completion only', () => {
    const r = evaluateScreener(TEEN_IN_DANGER, { levelsOffered: ['iop'] });
    assert.equal(r.audience, 'adolescent');
    assert.ok(r.reasons.length && r.warnings.length);
    const d = completeDetail('basic', r, TEEN_IN_DANGER as never);
    assert.deepEqual(d, { level: r.level, offered: r.offered, complete: true });
    const rich = completeDetail('reasons', r, TEEN_IN_DANGER as never);
    assert.deepEqual(rich.reasons, r.reasons.map((x) => x.code));
    assert.equal(rich.audience, 'adolescent');
    assert.equal('answers' in rich, false);
    assert.deepEqual(completeDetail('answers', r, TEEN_IN_DANGER as never).answers, TEEN_IN_DANGER);
  });

  it('basic crisis, step and help-link details name no kind, question or helpline', () => {
    const r = evaluateScreener({ 'danger-now': ['took-too-much'] });
    assert.equal(r.crisis, 'poison');
    assert.deepEqual(crisisDetail('basic', r), {});
    assert.deepEqual(crisisDetail('reasons', r), { kind: 'poison', crises: ['poison'], contacts: [...r.contacts] });
    assert.deepEqual(stepDetail('basic', 3, 12, 'suicide'), { index: 3 });
    assert.deepEqual(stepDetail('reasons', 3, 12, 'suicide'), { index: 3, total: 12, question: 'suicide' });
    assert.deepEqual(ctaDetail('basic', 'emergency', 'poison', 'tel:+18002221222'), { level: 'emergency', kind: 'help' });
    assert.deepEqual(ctaDetail('basic', 'iop', 'helpline', 'tel:+18007997233'), { level: 'iop', kind: 'help' });
    assert.deepEqual(ctaDetail('basic', 'iop', 'phone', 'tel:5550100'), { level: 'iop', kind: 'phone', href: 'tel:5550100' });
    assert.deepEqual(ctaDetail('reasons', 'iop', 'helpline', 'tel:1'), { level: 'iop', kind: 'helpline', href: 'tel:1' });
  });
});

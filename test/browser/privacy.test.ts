import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/loc-screener/define.js';
import type { LocScreener } from '../../src/components/loc-screener/loc-screener.js';
import { AUDIENCES, LEVEL_IDS } from '../../src/core/levels.js';
import { CRISIS_KINDS } from '../../src/core/screener/evaluate.js';
import { FOCUSES, QUESTIONS, RESPONDENTS } from '../../src/core/screener/questions.js';

/*
 * Issue #14: analytics tags listen on `document`, so with default settings no event may reveal an answer, a
 * reason, a warning, an age or audience, who answers, or a crisis kind. Every event detail of full walk-throughs
 * (a teen with thoughts of suicide, pregnancy, opioids, an unsafe home; a helper reaching a suicide-plan panel;
 * Poison Help) is recorded and searched.
 */

const TYPES = ['loc-screener-start', 'loc-screener-step', 'loc-screener-crisis', 'loc-screener-complete', 'loc-screener-cta'];
const sr = (el: Element) => el.shadowRoot!;
const currentQuestion = (el: Element) => sr(el).querySelector<HTMLInputElement>('fieldset[part="question"] input')?.name ?? null;

/** The answers chosen on each question: the most sensitive ones. */
const SENSITIVE: Record<string, string[]> = {
  'danger-now': ['none'],
  who: ['self-teen'],
  focus: ['both'],
  suicide: ['thoughts'],
  'use-frequency': ['daily'],
  substances: ['opioids', 'sedatives'],
  withdrawal: ['opioid-sick'],
  medical: ['pregnant'],
  mood: ['nearly-every-day'],
  'self-care': ['hard'],
  'recent-care': ['yes-struggling'],
  'past-treatment': ['yes-many-times'],
  home: ['unsafe', 'others-use'],
  readiness: ['not-ready'],
};

function record(): { details: { type: string; detail: unknown }[]; stop: () => void } {
  const details: { type: string; detail: unknown }[] = [];
  const fn = (e: Event) => details.push({ type: e.type, detail: JSON.parse(JSON.stringify((e as CustomEvent).detail)) });
  for (const t of TYPES) document.addEventListener(t, fn);
  return { details, stop: () => TYPES.forEach((t) => document.removeEventListener(t, fn)) };
}

async function click(el: LocScreener, target: Element | null | undefined, what: string) {
  if (!target) throw new Error(`no ${what} (on ${currentQuestion(el) ?? sr(el).querySelector('h2')?.textContent})`);
  // Links are not followed; everything else acts as usual.
  if (target instanceof HTMLAnchorElement) target.addEventListener('click', (e) => e.preventDefault(), { once: true });
  (target as HTMLElement).click();
  await el.updateComplete;
}

async function choose(el: LocScreener, id: string, values: readonly string[]) {
  for (const v of values) {
    const i = [...sr(el).querySelectorAll<HTMLInputElement>(`input[name="${id}"]`)].find((x) => x.value === v);
    if (i && !i.checked) await click(el, i, `option ${v}`);
  }
}

const submit = (el: LocScreener) => sr(el).querySelector('form button[type="submit"]');
const buttonText = (el: LocScreener, label: string) => [...sr(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === label);

/** Answer every question with `answers` (first option when not listed), with a Back and forth on the way, then click every link of the result. */
async function fullWalk(el: LocScreener, answers: Record<string, string[]>) {
  await click(el, sr(el).querySelector('section.start button'), 'Start');
  for (let n = 0; n < 30 && currentQuestion(el); n++) {
    const id = currentQuestion(el)!;
    await choose(el, id, answers[id] ?? [QUESTIONS.find((q) => q.id === id)!.options[0]]);
    if (n === 4) {
      await click(el, buttonText(el, 'Back'), 'Back');
      await click(el, submit(el), 'Next');
      continue;
    }
    if (sr(el).querySelector('[part="crisis-panel"]')) return;
    await click(el, submit(el), 'Next');
  }
  for (const a of sr(el).querySelectorAll('[part="result"] a, [part="crisis-panel"] a')) await click(el, a, 'a link');
}

const forbidden = new Set<string>([
  ...QUESTIONS.flatMap((q) => [q.id, ...q.options]),
  ...CRISIS_KINDS,
  ...AUDIENCES,
  ...RESPONDENTS,
  ...FOCUSES,
  'teen',
  '911',
  '988',
  'poison',
  'helpline',
  'findtreatment',
]);
/** The site's own phone (cta-phone="555-0100"): telling that it was called is the conversion the site counts. */
const OWN_PHONE = 'tel:5550100';
const ALLOWED_KEYS = new Set(['total', 'index', 'level', 'offered', 'complete', 'kind', 'href']);

/** Every key and string value of the recorded details that would reveal something. */
function leaks(details: { type: string; detail: unknown }[], extra: Set<string>): string[] {
  const found: string[] = [];
  const visit = (v: unknown, key: string, type: string) => {
    if (Array.isArray(v)) {
      found.push(`${type}.${key} is a list`);
      return;
    }
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (!ALLOWED_KEYS.has(k)) found.push(`${type} has "${k}"`);
        visit(x, k, type);
      }
      return;
    }
    if (key === 'level') {
      if (!(LEVEL_IDS as readonly string[]).includes(v as string)) found.push(`${type}.level ${String(v)}`);
      return;
    }
    if (typeof v === 'string' && (forbidden.has(v) || extra.has(v) || (/tel:|sms:|988|1-?800/.test(v) && v !== OWN_PHONE))) found.push(`${type}.${key} = ${v}`);
  };
  for (const d of details) visit(d.detail, '', d.type);
  return found;
}

describe('privacy of events (issue #14)', () => {
  const cases: { name: string; answers: Record<string, string[]>; attrs?: string }[] = [
    { name: 'a teen with thoughts of suicide, pregnancy, opioids and an unsafe home', answers: SENSITIVE },
    { name: 'a helper for a teen reaching the suicide-plan panel', answers: { ...SENSITIVE, who: ['other-teen'], suicide: ['plan'] } },
    { name: 'an adult who took too much (Poison Help)', answers: { ...SENSITIVE, 'danger-now': ['took-too-much'], who: ['self-adult'] } },
    { name: 'a helper for an adult with domestic violence and a per-level link', answers: { ...SENSITIVE, who: ['other-adult'], suicide: ['wish'] } },
  ];
  for (const c of cases) {
    it(`default settings: ${c.name}: no answer, reason, age or crisis kind in any event`, async () => {
      // The same walk with event-detail="reasons" gives the words that must not appear by default.
      const rich = await fixture<LocScreener>(html`<loc-screener event-detail="reasons" cta-phone="555-0100" cta-href="/contact"></loc-screener>`);
      const r1 = record();
      try {
        await fullWalk(rich, c.answers);
      } finally {
        r1.stop();
      }
      const extra = new Set<string>();
      for (const { detail } of r1.details) {
        const d = detail as Record<string, unknown>;
        for (const k of ['reasons', 'warnings', 'crises']) for (const x of (d[k] as string[] | undefined) ?? []) extra.add(x);
      }
      expect(r1.details.some((d) => d.type === 'loc-screener-complete' || d.type === 'loc-screener-crisis')).to.equal(true);
      expect(extra.size, 'the rich walk names reasons or crises').to.be.greaterThan(0);
      expect(leaks(r1.details, extra).length, 'the rich walk reveals (so the check can fail)').to.be.greaterThan(0);

      const el = await fixture<LocScreener>(html`<loc-screener cta-phone="555-0100" cta-href="/contact"></loc-screener>`);
      const r2 = record();
      try {
        await fullWalk(el, c.answers);
      } finally {
        r2.stop();
      }
      expect(r2.details.map((d) => d.type)).to.deep.equal(r1.details.map((d) => d.type));
      expect(leaks(r2.details, extra)).to.deep.equal([]);
      // Steps carry only their position: the order of question ids is not told.
      for (const d of r2.details.filter((x) => x.type === 'loc-screener-step')) expect(Object.keys(d.detail as object)).to.deep.equal(['index']);
      for (const d of r2.details.filter((x) => x.type === 'loc-screener-crisis')) expect(JSON.stringify(d.detail)).to.equal('{}');
    });
  }

  it('event-detail="answers" and the older include-answers add the answers; an unknown value gives a notice and the basic detail', async () => {
    for (const attrs of ['event-detail="answers"', 'include-answers', 'event-detail="everything"']) {
      const el = await fixture<LocScreener>(html`<div></div>`);
      el.innerHTML = `<loc-screener ${attrs} audience="adult" respondent="self" focus="substance"></loc-screener>`;
      const s = el.firstElementChild as LocScreener;
      await s.updateComplete;
      const r = record();
      try {
        await fullWalk(s, { 'danger-now': ['none'], suicide: ['no'], medical: ['none'] });
      } finally {
        r.stop();
      }
      const complete = r.details.find((d) => d.type === 'loc-screener-complete')!.detail as Record<string, unknown>;
      const unknown = attrs.includes('everything');
      expect('answers' in complete, attrs).to.equal(!unknown);
      expect(Boolean(sr(s).querySelector('[part="notice"]')), `notice with ${attrs}`).to.equal(unknown);
    }
  });
});

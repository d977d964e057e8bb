import { fixture, html, expect, waitUntil, oneEvent, aTimeout, elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import '../../src/components/loc-screener/define.js';
import { LocScreener } from '../../src/components/loc-screener/loc-screener.js';
import type {
  ScreenerCompleteDetail,
  ScreenerCrisisDetail,
  ScreenerCtaDetail,
  ScreenerStepDetail,
} from '../../src/components/loc-screener/loc-screener.js';
import { templates as startEs } from '../../src/locales/loc-screener/es.js';
import { templates as questionsEs } from '../../src/locales/loc-screener-questions/es.js';
import { templates as resultsEs } from '../../src/locales/loc-screener-results/es.js';
import { templates as flowEs } from '../../src/locales/loc-screener-flow/es.js';

/** The screener's Spanish: its start screen's catalog and the three of its questions and results (flow.ts). */
const screenerEs = { ...startEs, ...questionsEs, ...resultsEs, ...flowEs };
import { IOP_PATH, type Step } from '../fixtures/screener-paths.js';

/* ------------------------------------------------------------------------------------------------
 * Helpers: everything is queried inside the element's shadow root, and every interaction is a
 * real DOM click or a real key press (sendKeys), never a call into the element's private state.
 * Element identity is asserted as a boolean (`a === b`): a failing chai diff of DOM nodes can
 * stall the runner while it serializes the whole node graph.
 * ---------------------------------------------------------------------------------------------- */


const sr = (el: Element): ShadowRoot => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, sel: string): T | null => sr(el).querySelector<T>(sel);
const qa = <T extends Element = HTMLElement>(el: Element, sel: string): T[] => [...sr(el).querySelectorAll<T>(sel)];
const text = (n: Element | null | undefined): string => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

const startButton = (el: Element) => qa<HTMLButtonElement>(el, 'section.start button')[0] ?? null;
const questionFieldset = (el: Element) => q<HTMLFieldSetElement>(el, 'fieldset[part="question"]');
const crisisPanel = (el: Element) => q(el, '[part="crisis-panel"]');
const resultSection = (el: Element) => q(el, '[part="result"]');
const heading = (el: Element) => q<HTMLHeadingElement>(el, 'h2[data-focus]');
const submitButton = (el: Element) => q<HTMLButtonElement>(el, 'form button[type="submit"]');
const crisisBar = (el: Element) => q(el, '[part="crisis-bar"]');

/** The id of the question on screen (its inputs are named after it), or null. */
function currentQuestion(el: Element): string | null {
  return questionFieldset(el)?.querySelector('input')?.name ?? null;
}

function inputs(el: Element): HTMLInputElement[] {
  return qa<HTMLInputElement>(el, 'fieldset[part="question"] input');
}

function input(el: Element, value: string): HTMLInputElement {
  const found = inputs(el).find((i) => i.value === value);
  if (!found) throw new Error(`No option "${value}" on question "${currentQuestion(el)}"`);
  return found;
}

function checkedValues(el: Element): string[] {
  return inputs(el)
    .filter((i) => i.checked)
    .map((i) => i.value);
}

function buttonByText(el: Element, label: string): HTMLButtonElement {
  const b = qa<HTMLButtonElement>(el, 'button').find((x) => text(x) === label);
  if (!b) throw new Error(`No button "${label}"; buttons: ${qa(el, 'button').map(text).join(' | ')}`);
  return b;
}

function linkHrefs(container: Element | null): string[] {
  return [...(container?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')!);
}

async function start(el: LocScreener): Promise<void> {
  startButton(el)!.click();
  await el.updateComplete;
  expect(questionFieldset(el), 'a question after Start').to.exist;
}

/** Check the given options of the current question (clicking each that is not already checked). */
async function answer(el: LocScreener, ...values: string[]): Promise<void> {
  for (const v of values) {
    const i = input(el, v);
    if (!i.checked) i.click();
    await el.updateComplete;
  }
}

async function next(el: LocScreener): Promise<void> {
  submitButton(el)!.click();
  await el.updateComplete;
}

/** Answer the expected question and go on. */
async function step(el: LocScreener, [id, values]: Step): Promise<void> {
  expect(currentQuestion(el), 'question on screen').to.equal(id);
  await answer(el, ...values);
  await next(el);
}

async function walk(el: LocScreener, path: readonly Step[]): Promise<void> {
  for (const s of path) await step(el, s);
}

/** Press Next/Skip/See my result until the result shows (at most 20 times). */
async function skipToResult(el: LocScreener): Promise<void> {
  for (let i = 0; i < 20 && !resultSection(el); i++) await next(el);
  expect(resultSection(el), 'result screen').to.exist;
}

/** Press Tab until the shadow root's focused element matches, at most `max` times. */
async function tabTo(el: Element, match: (a: Element) => boolean, what: string, max = 25): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const a = sr(el).activeElement;
    if (a && match(a)) return a;
  }
  throw new Error(`Tab never reached ${what}`);
}

function listen<T>(type: string, target: EventTarget = document): { events: CustomEvent<T>[]; stop: () => void } {
  const events: CustomEvent<T>[] = [];
  const fn = (e: Event) => events.push(e as CustomEvent<T>);
  target.addEventListener(type, fn);
  return { events, stop: () => target.removeEventListener(type, fn) };
}

/** A <loc-screener> with attributes and a child JSON script, built with the DOM (so any text is safe). */
function withConfig(json: unknown, attrs: Record<string, string> = {}): HTMLElement {
  const el = document.createElement('loc-screener');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const s = document.createElement('script');
  s.type = 'application/json';
  s.textContent = typeof json === 'string' ? json : JSON.stringify(json);
  el.append(s);
  return el;
}

/** No attributes: the visitor answers focus "both" and every question is asked (15). */
const FULL_PATH: readonly Step[] = [
  ['danger-now', ['none']],
  ['who', ['self-adult']],
  ['focus', ['both']],
  ['suicide', ['no']],
  ['use-frequency', ['weekly']],
  ['substances', ['alcohol']],
  ['use-problems', ['more-than-planned', 'cravings']],
  ['withdrawal', ['none']],
  ['medical', ['none']],
  ['mood', ['more-than-half']],
  ['self-care', ['hard']],
  ['recent-care', ['no']],
  ['past-treatment', ['no']],
  ['home', ['safe-stable', 'support']],
  ['readiness', ['ready']],
];


const IOP_ANSWERS = {
  'danger-now': ['none'],
  suicide: 'no',
  'use-frequency': 'weekly',
  substances: ['cannabis'],
  'use-problems': ['more-than-planned', 'cant-cut-down', 'cravings', 'duties'],
  withdrawal: ['none'],
  medical: ['none'],
  'recent-care': 'no',
  'past-treatment': 'no',
  home: ['safe-stable', 'support'],
  readiness: 'unsure',
};

const CHAT_988 = 'https://988lifeline.org/chat/';

async function english(el: Element): Promise<void> {
  await waitUntil(() => text(crisisBar(el)).includes('Call 911'), 'English crisis bar', { timeout: 15000 });
}

/* ---------------------------------------------------------------------------------------------- */

describe('<loc-screener>', () => {
  describe('accessibility (axe)', () => {
    it('passes axe on the start screen', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener></loc-screener>`);
      await english(el);
      expect(startButton(el)).to.exist;
      await expect(el).to.be.accessible();
    });

    it('passes axe on every one of the 15 questions of a full path, and on the result', async function () {
      this.timeout(90000);
      const el = await fixture<LocScreener>(html`<loc-screener></loc-screener>`);
      await start(el);
      const seen: string[] = [];
      for (const s of FULL_PATH) {
        expect(currentQuestion(el)).to.equal(s[0]);
        seen.push(s[0]);
        await expect(el).to.be.accessible();
        await step(el, s);
      }
      expect(seen).to.have.length(15);
      expect(resultSection(el)).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows "Question 15 of 15" on the last question of the full path', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener></loc-screener>`);
      await start(el);
      await walk(el, FULL_PATH.slice(0, 14));
      expect(currentQuestion(el)).to.equal('readiness');
      expect(text(q(el, '.step'))).to.equal('Question 15 of 15');
      expect(text(submitButton(el))).to.equal('See my result');
    });

    it('passes axe on the crisis panel', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener audience="adult" respondent="self" focus="both"></loc-screener>`);
      await start(el);
      await step(el, ['danger-now', ['none']]);
      await answer(el, 'plan');
      await next(el);
      expect(crisisPanel(el)).to.exist;
      await expect(el).to.be.accessible();
    });

    it('passes axe on the result screen with the "does not offer" help links and the settings notice', async () => {
      const origError = console.error;
      console.error = () => {};
      let el: LocScreener;
      try {
        el = await fixture<LocScreener>(
          html`<loc-screener audience="adult" respondent="self" focus="substance" levels-offered="op spaceship"></loc-screener>`,
        );
        await start(el);
        await walk(el, IOP_PATH);
      } finally {
        console.error = origError;
      }
      expect(resultSection(el)).to.exist;
      expect(q(el, '[part="notice"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('runs from start to result with Tab, Space, Enter and arrow keys only, focusing each new heading', async function () {
      this.timeout(60000);
      const el = await fixture<LocScreener>(html`<loc-screener></loc-screener>`);
      await english(el);
      startButton(el)!.focus();
      expect(sr(el).activeElement === startButton(el), 'Start button focused').to.be.true;
      await sendKeys({ press: ' ' });
      await el.updateComplete;

      const isInput = (v: string) => (a: Element) => a instanceof HTMLInputElement && a.value === v;
      const isSubmit = (a: Element) => a === submitButton(el);
      const seen: string[] = [];

      const expectHeadingFocused = (id: string) => {
        expect(currentQuestion(el)).to.equal(id);
        const h = heading(el)!;
        expect(document.activeElement === el, 'focus is inside the screener').to.be.true;
        expect(sr(el).activeElement === h, `focus on the heading of "${id}"`).to.be.true;
        expect(h.hasAttribute('data-focus')).to.be.true;
        seen.push(id);
      };
      const submit = async () => {
        await tabTo(el, isSubmit, 'the Next button');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      };

      expectHeadingFocused('danger-now');
      await tabTo(el, isInput('none'), '"None of these"');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(checkedValues(el)).to.deep.equal(['none']);
      expect(crisisPanel(el)).to.be.null;
      await submit();

      // who: Tab into the radio group (first radio), ArrowDown selects the second option, ArrowUp the first again.
      expectHeadingFocused('who');
      await tabTo(el, isInput('self-adult'), 'first who radio');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(checkedValues(el)).to.deep.equal(['self-teen']);
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(checkedValues(el)).to.deep.equal(['self-adult']);
      await submit();

      expectHeadingFocused('focus');
      await tabTo(el, isInput('substance'), 'first focus radio');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(checkedValues(el)).to.deep.equal(['mental-health']);
      await submit();

      expectHeadingFocused('suicide');
      await tabTo(el, isInput('no'), 'first suicide radio');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(checkedValues(el)).to.deep.equal(['no']);
      await submit();

      expectHeadingFocused('medical');
      await tabTo(el, isInput('none'), '"None of these"');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      await submit();

      expectHeadingFocused('mood');
      await tabTo(el, isInput('not-at-all'), 'first mood radio');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(checkedValues(el)).to.deep.equal(['not-at-all']);
      await submit();

      expectHeadingFocused('recent-care');
      await tabTo(el, isInput('no'), 'first recent-care radio');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      await submit();

      expectHeadingFocused('past-treatment');
      await tabTo(el, isInput('no'), 'first past-treatment radio');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(checkedValues(el)).to.deep.equal(['yes-well']);
      await submit();

      expectHeadingFocused('home');
      await tabTo(el, isInput('safe-stable'), 'safe-stable');
      await sendKeys({ press: ' ' });
      await tabTo(el, isInput('support'), 'support');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(checkedValues(el)).to.deep.equal(['safe-stable', 'support']);
      await submit();

      expectHeadingFocused('readiness');
      await tabTo(el, isInput('ready'), 'first readiness radio');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(text(submitButton(el))).to.equal('See my result');
      await submit();

      expect(resultSection(el), 'result screen').to.exist;
      const h = heading(el)!;
      expect(resultSection(el)!.contains(h)).to.be.true;
      expect(text(h)).to.equal('Level of care to ask about: No treatment program suggested right now');
      expect(sr(el).activeElement === h, 'focus on the result heading').to.be.true;
      expect(seen).to.deep.equal([
        'danger-now',
        'who',
        'focus',
        'suicide',
        'medical',
        'mood',
        'recent-care',
        'past-treatment',
        'home',
        'readiness',
      ]);
    });

    it('Back button and Skip work from the keyboard and focus the new heading', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener audience="adult" respondent="self" focus="both"></loc-screener>`);
      await english(el);
      startButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(currentQuestion(el)).to.equal('danger-now');
      expect(text(submitButton(el))).to.equal('Skip');
      await tabTo(el, (a) => a === submitButton(el), 'Skip');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(currentQuestion(el)).to.equal('suicide');
      expect(sr(el).activeElement === heading(el), 'heading focused after Skip').to.be.true;
      await tabTo(el, (a) => text(a) === 'Back', 'Back');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(currentQuestion(el)).to.equal('danger-now');
      expect(sr(el).activeElement === heading(el), 'heading focused after Back').to.be.true;
    });
  });

  describe('red flags', () => {
    const dangerCases: { value: string; kind: string; contacts: string[] }[] = [
      // Every red flag: 911 plus 988 (brief §1.5 red-flag row); Poison Help first for an awake person.
      // Overdose and medical emergencies: 911 alone (brief C8); 988 is a quiet line after, where it fits.
      { value: 'cant-wake', kind: 'overdose', contacts: ['tel:911'] },
      { value: 'seizure', kind: 'medical', contacts: ['tel:911'] },
      { value: 'chest-pain', kind: 'medical', contacts: ['tel:911'] },
      { value: 'confused', kind: 'medical', contacts: ['tel:911'] },
      { value: 'withdrawal-severe', kind: 'medical', contacts: ['tel:911'] },
      { value: 'took-too-much', kind: 'poison', contacts: ['tel:+18002221222', 'tel:911'] },
      { value: 'hurt-others', kind: 'harm-others', contacts: ['tel:911', 'tel:988', 'sms:988', CHAT_988] },
    ];

    for (const c of dangerCases) {
      it(`danger-now "${c.value}" offers help in place, and Next shows the crisis panel (${c.kind})`, async () => {
        const el = await fixture<LocScreener>(html`<loc-screener event-detail="reasons" audience="adult" respondent="self" focus="both"></loc-screener>`);
        await start(el);
        expect(currentQuestion(el)).to.equal('danger-now');
        const crisis = listen<ScreenerCrisisDetail>('loc-screener-crisis');
        try {
          input(el, c.value).click();
          await el.updateComplete;
          // WCAG 3.2.2: ticking a sign does not change the screen; a note in a live region offers help at once.
          expect(crisisPanel(el), 'no takeover on ticking').to.be.null;
          expect(text(q(el, '[role="status"] .flag'))).to.contain('This answer means you may need help now.');
          expect(crisis.events).to.have.length(0);
          await next(el);
        } finally {
          crisis.stop();
        }
        const panel = crisisPanel(el);
        expect(panel, 'crisis panel after Next').to.exist;
        expect(questionFieldset(el)).to.be.null;
        // The focused heading says what to do, not only "Get help now".
        expect(text(heading(el))).to.match(/^Get help now (This may be an overdose\. Call 911 now\.|This needs emergency care\. Call 911 now|Call Poison Help now|If someone may get hurt, call 911 now\.)/);
        expect(sr(el).activeElement === heading(el), 'crisis heading focused').to.be.true;
        expect(linkHrefs(panel!.querySelector('.big-contacts'))).to.deep.equal(c.contacts);
        // 911 is the only filled, loud button (C8): every other contact is a calm (secondary) button.
        const loud = [...panel!.querySelectorAll('a.button:not(.secondary)')].map((a) => a.getAttribute('href'));
        expect(loud).to.deep.equal(['tel:911']);
        expect(crisis.events).to.have.length(1);
        expect(crisis.events[0].detail.kind).to.equal(c.kind);
        expect(crisis.events[0].detail.crises).to.deep.equal([c.kind]);
        expect(crisis.events[0].bubbles && crisis.events[0].composed).to.be.true;

        buttonByText(el, 'Back to the questions').click();
        await el.updateComplete;
        expect(crisisPanel(el)).to.be.null;
        expect(currentQuestion(el)).to.equal('danger-now');
        expect(checkedValues(el)).to.deep.equal([c.value]);
      });
    }

    it('the medical panel names withdrawal only when the visitor said the signs came after stopping (C4, C9)', async () => {
      const LINE = 'can be dangerous withdrawal';
      const panelFor = async (focus: string, value: string) => {
        const el = await fixture<LocScreener>(html`<loc-screener audience="adult" respondent="self" focus=${focus}></loc-screener>`);
        await start(el);
        input(el, value).click();
        await el.updateComplete;
        await next(el);
        return text(crisisPanel(el));
      };
      expect(await panelFor('substance', 'withdrawal-severe')).to.contain(LINE);
      expect(await panelFor('mental-health', 'withdrawal-severe')).to.contain(LINE);
      expect(await panelFor('substance', 'seizure')).not.to.contain(LINE);
      expect(await panelFor('substance', 'confused')).not.to.contain(LINE);
      expect(await panelFor('substance', 'chest-pain')).not.to.contain(LINE);
      // Overdose and the quiet 988 line: 988 is offered after a medical emergency, never on the overdose panel (C8).
      expect(await panelFor('substance', 'seizure')).to.contain('Later, to talk with someone: call 988 or text 988.');
      expect(await panelFor('substance', 'cant-wake')).not.to.contain('988');
      expect(await panelFor('mental-health', 'confused')).not.to.contain(LINE);
      expect(await panelFor('mental-health', 'chest-pain')).to.contain('Call 911 now or go to the nearest emergency room.');
    });

    for (const value of ['now', 'plan']) {
      it(`suicide "${value}" shows the crisis panel on Next with 911 and 988`, async () => {
        const el = await fixture<LocScreener>(html`<loc-screener event-detail="reasons" audience="adult" respondent="self" focus="both"></loc-screener>`);
        await start(el);
        await step(el, ['danger-now', ['none']]);
        expect(currentQuestion(el)).to.equal('suicide');
        const crisis = listen<ScreenerCrisisDetail>('loc-screener-crisis');
        try {
          input(el, value).click();
          await el.updateComplete;
          expect(crisisPanel(el), 'no takeover on ticking').to.be.null;
          await next(el);
        } finally {
          crisis.stop();
        }
        const panel = crisisPanel(el);
        expect(panel).to.exist;
        expect(text(heading(el))).to.equal('Get help now You deserve help right now. If you might act on these thoughts, call 911.');
        expect(linkHrefs(panel!.querySelector('.big-contacts'))).to.deep.equal(['tel:911', 'tel:988', 'sms:988', CHAT_988]);
        expect(text(panel)).to.contain('call or text 988');
        // C7: do not stay alone; put means away.
        expect(text(panel)).to.contain('Do not stay alone.');
        expect(text(panel)).to.contain('Put pills, guns and other things you could use to hurt yourself away');
        expect(crisis.events.map((e) => e.detail.kind)).to.deep.equal(['suicide']);
        expect(crisis.events[0].detail.contacts).to.deep.equal(['911', '988']);

        buttonByText(el, 'Back to the questions').click();
        await el.updateComplete;
        expect(currentQuestion(el)).to.equal('suicide');
        expect(checkedValues(el)).to.deep.equal([value]);
      });
    }

    it('does not show the panel for non-acute answers (wish, thoughts, none)', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener audience="adult" respondent="self" focus="both"></loc-screener>`);
      const crisis = listen('loc-screener-crisis');
      try {
        await start(el);
        await answer(el, 'none');
        await next(el);
        await answer(el, 'wish');
        await answer(el, 'thoughts');
        expect(crisisPanel(el)).to.be.null;
        expect(currentQuestion(el)).to.equal('suicide');
      } finally {
        crisis.stop();
      }
      expect(crisis.events).to.have.length(0);
    });

    it('the crisis panel links fire loc-screener-cta with the contact kind', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener event-detail="reasons" audience="adult" respondent="self" focus="both"></loc-screener>`);
      await start(el);
      await answer(el, 'took-too-much');
      await next(el);
      const link = crisisPanel(el)!.querySelector<HTMLAnchorElement>('a[href="tel:+18002221222"]')!;
      expect(text(link)).to.equal('Call Poison Help: 1-800-222-1222');
      link.addEventListener('click', (e) => e.preventDefault());
      const ev = oneEvent(document, 'loc-screener-cta');
      link.click();
      const { detail } = (await ev) as CustomEvent<ScreenerCtaDetail>;
      expect(detail).to.deep.equal({ level: 'emergency', kind: 'poison', href: 'tel:+18002221222' });
    });
  });

  describe('back keeps answers', () => {
    it('keeps every answer when going back step by step, and a changed answer sticks', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener include-answers></loc-screener>`);
      await start(el);
      const path: Step[] = [
        ['danger-now', ['none']],
        ['who', ['self-adult']],
        ['focus', ['substance']],
        ['suicide', ['wish']],
        ['use-frequency', ['weekly']],
        ['substances', ['alcohol', 'cannabis']],
      ];
      await walk(el, path);
      expect(currentQuestion(el)).to.equal('use-problems');

      for (let i = path.length - 1; i >= 0; i--) {
        buttonByText(el, 'Back').click();
        await el.updateComplete;
        expect(currentQuestion(el)).to.equal(path[i][0]);
        expect(checkedValues(el), `answer to ${path[i][0]}`).to.deep.equal(path[i][1]);
        expect(sr(el).activeElement === heading(el), 'heading focused after Back').to.be.true;
      }
      // Back from the first question goes to the start screen.
      buttonByText(el, 'Back').click();
      await el.updateComplete;
      expect(startButton(el)).to.exist;
      await start(el);
      expect(checkedValues(el), 'answers kept after visiting the start screen').to.deep.equal(['none']);

      // Go forward to suicide (danger-now → who → focus → suicide) and change the answer.
      await next(el);
      await next(el);
      await next(el);
      expect(currentQuestion(el)).to.equal('suicide');
      expect(checkedValues(el)).to.deep.equal(['wish']);
      await answer(el, 'no');
      expect(checkedValues(el)).to.deep.equal(['no']);
      await next(el);
      expect(currentQuestion(el)).to.equal('use-frequency');
      expect(checkedValues(el)).to.deep.equal(['weekly']);
      buttonByText(el, 'Back').click();
      await el.updateComplete;
      expect(checkedValues(el), 'changed answer kept').to.deep.equal(['no']);
      await next(el);

      // Uncheck one multi answer and check it stays unchecked after going back and forth.
      await next(el);
      expect(currentQuestion(el)).to.equal('substances');
      input(el, 'alcohol').click();
      await el.updateComplete;
      expect(checkedValues(el)).to.deep.equal(['cannabis']);
      buttonByText(el, 'Back').click();
      await el.updateComplete;
      await next(el);
      expect(checkedValues(el)).to.deep.equal(['cannabis']);

      const done = oneEvent(document, 'loc-screener-complete');
      await skipToResult(el);
      const { detail } = (await done) as CustomEvent<ScreenerCompleteDetail>;
      expect(detail.answers).to.deep.equal({
        'danger-now': ['none'],
        who: 'self-adult',
        focus: 'substance',
        suicide: 'no',
        'use-frequency': 'weekly',
        substances: ['cannabis'],
      });
    });

    it('"Change my answers" on the result goes back to the last question with its answer', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener audience="adult" respondent="self" focus="substance"></loc-screener>`);
      await start(el);
      await walk(el, IOP_PATH);
      expect(resultSection(el)).to.exist;
      buttonByText(el, 'Change my answers').click();
      await el.updateComplete;
      expect(currentQuestion(el)).to.equal('readiness');
      expect(checkedValues(el)).to.deep.equal(['unsure']);
    });

    it('"Start again" forgets every answer', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener audience="adult" respondent="self" focus="substance"></loc-screener>`);
      await start(el);
      await walk(el, IOP_PATH);
      buttonByText(el, 'Start again').click();
      await el.updateComplete;
      expect(startButton(el)).to.exist;
      await start(el);
      expect(currentQuestion(el)).to.equal('danger-now');
      expect(checkedValues(el)).to.deep.equal([]);
    });
  });

  describe('result', () => {
    it('shows the IOP level, its reasons and the "not a diagnosis" text; complete has no answers', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener event-detail="reasons" audience="adult" respondent="self" focus="substance"></loc-screener>`);
      await start(el);
      const done = oneEvent(document, 'loc-screener-complete');
      await walk(el, IOP_PATH);
      const { detail } = (await done) as CustomEvent<ScreenerCompleteDetail>;

      const result = resultSection(el)!;
      expect(result).to.exist;
      expect(text(heading(el))).to.equal('Level of care to ask about: Intensive outpatient (IOP)');
      expect(sr(el).activeElement === heading(el), 'result heading focused').to.be.true;
      expect(text(result)).to.contain('You live at home and go to the program');
      const reasons = [...result.querySelectorAll('h3 + ul li')].map(text);
      expect(reasons).to.deep.equal([
        'Alcohol or drug use has caused several problems for you (4 or 5 on the list).',
        "It's OK to feel unsure. Talking with someone can help you decide. This does not change the suggestion.",
      ]);
      expect(text(result.querySelector('.disclaimer'))).to.contain('This is not a diagnosis or medical advice.');
      expect(result.querySelector('.warnings')).to.be.null;

      expect(detail.level).to.equal('iop');
      expect(detail.reasons).to.deep.equal(['use-moderate', 'readiness']);
      expect(detail.warnings).to.deep.equal([]);
      expect(detail.offered).to.equal(null);
      expect(detail.audience).to.equal('adult');
      expect(detail.focus).to.equal('substance');
      expect(detail.asked).to.equal(11);
      expect(detail.answered).to.equal(11);
      expect(detail).to.not.have.property('answers');
      expect(JSON.stringify(detail)).to.not.contain('cannabis');
      expect(el.currentResult!.level).to.equal('iop');
    });

    it('adds the raw answers to loc-screener-complete with include-answers', async () => {
      const el = await fixture<LocScreener>(
        html`<loc-screener audience="adult" respondent="self" focus="substance" include-answers></loc-screener>`,
      );
      await start(el);
      const done = oneEvent(document, 'loc-screener-complete');
      await walk(el, IOP_PATH);
      const { detail } = (await done) as CustomEvent<ScreenerCompleteDetail>;
      expect(detail.level).to.equal('iop');
      expect(detail.answers).to.deep.equal(IOP_ANSWERS);
    });

    it('include-answers="false" keeps the answers out', async () => {
      const el = await fixture<LocScreener>(
        html`<loc-screener audience="adult" respondent="self" focus="substance" include-answers="false"></loc-screener>`,
      );
      await start(el);
      const done = oneEvent(document, 'loc-screener-complete');
      await walk(el, IOP_PATH);
      const { detail } = (await done) as CustomEvent<ScreenerCompleteDetail>;
      expect(detail).to.not.have.property('answers');
    });

    it('says the program does not offer IOP and shows SAMHSA and FindTreatment.gov (levels-offered="op")', async () => {
      const el = await fixture<LocScreener>(
        html`<loc-screener event-detail="reasons" audience="adult" respondent="self" focus="substance" levels-offered="op" cta-phone="1-555-555-0100"></loc-screener>`,
      );
      await start(el);
      const done = oneEvent(document, 'loc-screener-complete');
      await walk(el, IOP_PATH);
      const { detail } = (await done) as CustomEvent<ScreenerCompleteDetail>;
      expect(detail.offered).to.equal(false);

      const result = resultSection(el)!;
      expect(text(heading(el))).to.equal('Level of care to ask about: Intensive outpatient (IOP)');
      expect(text(result)).to.contain('This program does not offer this level of care.');
      expect(text(result)).to.contain('These free services can help you find one:');
      const samhsa = result.querySelector<HTMLAnchorElement>('a[href="tel:+18006624357"]');
      expect(samhsa, 'SAMHSA helpline').to.exist;
      expect(text(samhsa)).to.equal('1-800-662-4357');
      const ft = result.querySelector<HTMLAnchorElement>('a[href="https://findtreatment.gov/"]');
      expect(ft, 'FindTreatment.gov').to.exist;
      expect(text(ft)).to.equal('FindTreatment.gov');
      expect(ft!.rel).to.contain('noopener');
      // The program's own phone stays, so the visitor can still talk with them about options (issue #10).
      const own = result.querySelector<HTMLAnchorElement>('a[href="tel:15555550100"]');
      expect(Boolean(own), 'the program phone is still shown').to.be.true;
      expect(text(result)).to.contain('You can still call us to talk about your options.');

      for (const [a, kind] of [
        [samhsa!, 'helpline'],
        [ft!, 'findtreatment'],
      ] as const) {
        a.addEventListener('click', (e) => e.preventDefault());
        const ev = oneEvent(document, 'loc-screener-cta');
        a.click();
        const { detail: d } = (await ev) as CustomEvent<ScreenerCtaDetail>;
        expect(d).to.deep.equal({ level: 'iop', kind, href: a.getAttribute('href') });
      }
    });

    it('the "does not offer" text names the center from JSON', async () => {
      const el = await fixture<LocScreener>(
        html`${withConfig({ version: 1, centerName: 'Riverbend Recovery', levelsOffered: ['op'] }, { audience: 'adult', respondent: 'self', focus: 'substance' })}`,
      );
      await start(el);
      await walk(el, IOP_PATH);
      expect(text(resultSection(el))).to.contain('Riverbend Recovery does not offer this level of care.');
    });

    it('shows the call-to-action links (cta-phone, cta-href) and fires loc-screener-cta on click', async () => {
      const el = await fixture<LocScreener>(
        html`<loc-screener audience="adult" respondent="self" focus="substance" levels-offered="php iop op" cta-phone="1-555-555-0100" cta-href="/contact"></loc-screener>`,
      );
      await start(el);
      await walk(el, IOP_PATH);
      const result = resultSection(el)!;
      expect(text(result)).to.not.contain('does not offer');
      const links = [...result.querySelectorAll<HTMLAnchorElement>('.big-contacts a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:15555550100', '/contact']);
      expect(text(links[0])).to.equal('Call us: 1-555-555-0100');
      expect(text(links[1])).to.equal('Contact us');

      const got: ScreenerCtaDetail[] = [];
      const fn = (e: Event) => got.push((e as CustomEvent<ScreenerCtaDetail>).detail);
      document.addEventListener('loc-screener-cta', fn);
      try {
        for (const a of links) {
          a.addEventListener('click', (e) => e.preventDefault());
          a.click();
        }
      } finally {
        document.removeEventListener('loc-screener-cta', fn);
      }
      expect(got).to.deep.equal([
        { level: 'iop', kind: 'phone', href: 'tel:15555550100' },
        { level: 'iop', kind: 'link', href: '/contact' },
      ]);
      // Still on the result (navigation was prevented).
      expect(resultSection(el)).to.exist;
    });

    it('uses a per-level link from JSON before the default one and keeps the default phone', async () => {
      const el = await fixture<LocScreener>(
        html`${withConfig(
          { version: 1, cta: { phone: '555-0100' }, levels: { iop: { href: '/iop', label: 'See our evening IOP' } } },
          { audience: 'adult', respondent: 'self', focus: 'substance' },
        )}`,
      );
      await start(el);
      await walk(el, IOP_PATH);
      const links = [...resultSection(el)!.querySelectorAll<HTMLAnchorElement>('.big-contacts a')];
      // The per-level link replaces the default link, and the default phone stays (issue #10).
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:5550100', '/iop']);
      expect(text(links[1])).to.equal('See our evening IOP');
    });
  });

  describe('settings as plain attributes (no settings script, as WordPress renders them)', () => {
    it('center name, default label and a per-level link and label', async () => {
      const el = await fixture<LocScreener>(
        html`<loc-screener audience="adult" respondent="self" focus="substance" center-name="Riverbend Recovery" cta-phone="555-0100"
          cta-label="Call Riverbend" cta-iop-href="/iop" cta-iop-label="See our evening IOP"></loc-screener>`,
      );
      expect(text(q(el, 'section.start'))).to.contain('Shared by Riverbend Recovery.');
      await start(el);
      await walk(el, IOP_PATH);
      const links = [...resultSection(el)!.querySelectorAll<HTMLAnchorElement>('.big-contacts a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:5550100', '/iop']);
      expect(links.map((a) => text(a))).to.deep.equal(['Call Riverbend: 555-0100', 'See our evening IOP']);
      expect(q(el, '[part="notice"]')).to.be.null;
    });

    it('a per-level phone attribute, and bad values get a notice while the rest works', async () => {
      const el = await fixture<LocScreener>(
        html`<loc-screener audience="adult" respondent="self" focus="substance" cta-iop-phone="555-0199" cta-iop-href="javascript:alert(1)"
          cta-php-label="Only a label" center-name="&lt;b&gt;Bold&lt;/b&gt;"></loc-screener>`,
      );
      const notice = text(q(el, '[part="notice"]'));
      expect(notice).to.contain('cta-iop-href');
      expect(notice).to.contain('cta-php-label');
      expect(notice).to.contain('center-name');
      expect(text(q(el, 'section.start'))).to.contain('Shared by <b>Bold</b>.');
      expect(q(el, 'section.start b')).to.be.null;
      await start(el);
      await walk(el, IOP_PATH);
      const links = [...resultSection(el)!.querySelectorAll<HTMLAnchorElement>('.big-contacts a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:5550199']);
    });
  });

  describe('helper mode (respondent "other")', () => {
    /** IOP_PATH answered by someone helping an adult: the same answers, so the same level (C12). */
    const HELPER_PATH: readonly Step[] = [IOP_PATH[0], ['who', ['other-adult']], ...IOP_PATH.slice(1)];
    const questionLine = (el: Element) => text(q(el, 'h2[data-focus] .q'));

    it('after "Someone else" every question, reason and tip speaks of them, and the level is unchanged', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener audience="adult" focus="substance"></loc-screener>`);
      await start(el);
      // Danger first on every path (issue #10), then who it is for.
      expect(currentQuestion(el)).to.equal('danger-now');
      await step(el, HELPER_PATH[0]);
      expect(currentQuestion(el)).to.equal('who');
      expect(inputs(el).map((i) => i.value)).to.deep.equal(['self-adult', 'other-adult']);
      await step(el, HELPER_PATH[1]);
      expect(questionLine(el)).to.equal('In the past few weeks, have they talked about suicide or wanting to die?');
      expect(text(q(el, '#hint'))).to.equal('If you do not know, you can skip this.');
      const done = oneEvent(document, 'loc-screener-complete');
      await walk(el, HELPER_PATH.slice(2));
      const { detail } = (await done) as CustomEvent<ScreenerCompleteDetail>;
      expect(detail.level).to.equal('iop');
      const result = resultSection(el)!;
      const reasons = [...result.querySelectorAll('h3 + ul li')].map(text);
      expect(reasons[0]).to.equal('Alcohol or drug use has caused several problems for them (4 or 5 on the list).');
      expect(text(result)).to.not.match(/problems for you\b/);
      const tipsHeading = [...result.querySelectorAll('h3')].find((h) => text(h) === 'How you can help');
      expect(Boolean(tipsHeading), '"How you can help" section').to.be.true;
      expect([...tipsHeading!.nextElementSibling!.querySelectorAll('li')].map(text)).to.deep.equal([
        'Ask programs if they have family sessions. Many help family too.',
        'The SAMHSA Helpline, 1-800-662-4357, helps families find care. It is free, private and open 24/7.',
      ]);
    });

    it('the same answers for oneself give the same level with no helper section', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener audience="adult" focus="substance"></loc-screener>`);
      await start(el);
      await walk(el, [IOP_PATH[0], ['who', ['self-adult']], ...IOP_PATH.slice(1)]);
      expect(el.currentResult!.level).to.equal('iop');
      expect(text(resultSection(el))).to.not.contain('How you can help');
      expect(text(resultSection(el))).to.contain('several problems for you');
    });

    it('the suicide-plan panel tells a helper to stay with them and put means away (C7)', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener audience="adult" respondent="other" focus="both"></loc-screener>`);
      await start(el);
      await step(el, ['danger-now', ['none']]);
      expect(currentQuestion(el)).to.equal('suicide');
      await answer(el, 'plan');
      await next(el);
      const panel = crisisPanel(el)!;
      expect(Boolean(panel), 'crisis panel').to.be.true;
      expect(text(panel)).to.contain('Stay with them. Do not leave them alone.');
      expect(text(panel)).to.contain('Put pills, guns and other things they could use to hurt themselves out of reach.');
      expect(text(panel)).to.not.contain('Do not stay alone.');
    });

    it('the suicide-plan panel tells the visitor not to stay alone and to put means away (C7)', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener audience="adult" respondent="self" focus="both"></loc-screener>`);
      await start(el);
      await step(el, ['danger-now', ['none']]);
      await answer(el, 'plan');
      await next(el);
      const panel = crisisPanel(el)!;
      expect(text(panel)).to.contain('Do not stay alone. Go to someone you trust, or ask them to come to you.');
      expect(text(panel)).to.contain('Put pills, guns and other things you could use to hurt yourself away, or give them to someone.');
    });

    it('speaks of them in Spanish too (lang="es")', async function () {
      this.timeout(60000);
      const es = screenerEs as Record<string, unknown>;
      const t = (en: string): string => {
        const v = es[generateMsgId(en, false)];
        if (typeof v !== 'string') throw new Error(`No Spanish for "${en}"`);
        return v;
      };
      const wrap = await fixture<HTMLDivElement>(
        html`<div lang="es"><loc-screener audience="adult" respondent="other" focus="substance"></loc-screener></div>`,
      );
      const el = wrap.querySelector<LocScreener>('loc-screener')!;
      await waitUntil(() => text(startButton(el)) === t('Start'), 'Spanish start screen', { timeout: 30000 });
      await start(el);
      await step(el, IOP_PATH[0]);
      const suicideQ = t('In the past few weeks, have they talked about suicide or wanting to die?');
      expect(questionLine(el)).to.equal(suicideQ);
      expect(suicideQ).to.contain('esta persona');
      await walk(el, IOP_PATH.slice(1));
      const result = resultSection(el)!;
      const reason = t('Alcohol or drug use has caused several problems for them (4 or 5 on the list).');
      expect([...result.querySelectorAll('h3 + ul li')].map(text)[0]).to.equal(reason);
      expect(reason).to.not.equal(t('Alcohol or drug use has caused several problems for you (4 or 5 on the list).'));
      expect(text(result)).to.contain(t('How you can help'));
      expect(text(result)).to.contain(t('Ask programs if they have family sessions. Many help family too.'));
      expect(text(result)).to.not.contain('How you can help');
    });
  });

  describe('summary to share', () => {
    /** A screener whose print dialog is recorded instead of opened. */
    class PrintSpy extends LocScreener {
      printed: { text: string; lang: string; inFrame: boolean }[] = [];
      protected override printWindow(win: Window): void {
        const doc = win.document;
        this.printed.push({
          text: doc.body.textContent ?? '',
          lang: doc.documentElement.lang,
          inFrame: win !== window && win.frameElement?.getRootNode() === this.shadowRoot,
        });
      }
    }
    customElements.define('print-spy-screener', PrintSpy);

    async function resultWith(tag: 'loc-screener' | 'print-spy-screener' = 'loc-screener'): Promise<LocScreener> {
      const el = document.createElement(tag) as LocScreener;
      el.setAttribute('audience', 'adult');
      el.setAttribute('respondent', 'self');
      el.setAttribute('focus', 'substance');
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      parent.append(el);
      await el.updateComplete;
      await english(el);
      await start(el);
      await walk(el, IOP_PATH);
      return el;
    }

    const expectSummary = (got: string) => {
      expect(got).to.contain('Self-screen summary');
      expect(got).to.contain('Level of care to ask about: Intensive outpatient (IOP)');
      expect(got).to.contain('This is not a diagnosis.');
      expect(got).to.contain('- Alcohol or drug use has caused several problems for you (4 or 5 on the list).');
      expect(got).to.contain('Questions to ask');
      expect(got).to.contain('Answers');
      expect(got).to.contain('Marijuana');
    };

    it('shows the summary text on the result, with the level, why, questions to ask and the answers', async () => {
      const el = await resultWith();
      const box = q(el, '.summary-text')!;
      expectSummary(box.textContent ?? '');
      // Plain text: nothing in it is markup.
      expect(box.children.length).to.equal(0);
    });

    it('Print puts only the summary, as text, in a frame inside the widget and opens print there', async () => {
      const el = (await resultWith('print-spy-screener')) as LocScreener & { printed: { text: string; lang: string; inFrame: boolean }[] };
      buttonByText(el, 'Print the summary').click();
      await el.updateComplete;
      expect(el.printed).to.have.length(1);
      expectSummary(el.printed[0].text);
      expect(el.printed[0].text).to.not.contain('Change my answers');
      expect(el.printed[0].lang).to.equal('en');
      expect(el.printed[0].inFrame, 'printed from a frame inside the shadow root').to.be.true;
      // Printing again replaces the frame instead of adding another.
      buttonByText(el, 'Print the summary').click();
      expect(qa(el, 'iframe')).to.have.length(1);
    });

    it('Copy writes the summary text to the clipboard and says so', async () => {
      const el = await resultWith();
      const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      const written: string[] = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
      try {
        buttonByText(el, 'Copy the summary').click();
        await waitUntil(() => written.length === 1, 'clipboard written');
      } finally {
        if (original) Object.defineProperty(navigator, 'clipboard', original);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      }
      expectSummary(written[0]);
      expect(written[0]).to.equal(q(el, '.summary-text')!.textContent);
      await waitUntil(() => text(q(el, '.summary [role="status"]')) === 'The summary was copied.', 'copied message');
    });

    it('when the clipboard is refused, opens and selects the summary and says how to copy it', async () => {
      const el = await resultWith();
      const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      try {
        buttonByText(el, 'Copy the summary').click();
        await waitUntil(() => text(q(el, '.summary [role="status"]')).startsWith('Copy did not work here.'), 'fallback message');
      } finally {
        if (original) Object.defineProperty(navigator, 'clipboard', original);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      }
      expect(q<HTMLDetailsElement>(el, '.summary details')!.open).to.be.true;
      expect(getSelection()!.toString()).to.contain('Level of care to ask about: Intensive outpatient (IOP)');
    });

    it('passes axe with the summary open', async () => {
      const el = await resultWith();
      q<HTMLDetailsElement>(el, '.summary details')!.open = true;
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('start, step, complete and cta bubble and are composed (heard on document from inside another shadow root)', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<loc-screener event-detail="reasons" audience="adult" respondent="self" focus="mental-health" cta-phone="555-0100"></loc-screener>';
      const el = shadow.querySelector('loc-screener') as LocScreener;
      await elementUpdated(el);

      const types = ['loc-screener-start', 'loc-screener-step', 'loc-screener-complete', 'loc-screener-cta'];
      const all: CustomEvent[] = [];
      const origins = new Map<Event, EventTarget>();
      const fn = (e: Event) => {
        all.push(e as CustomEvent);
        origins.set(e, e.composedPath()[0]);
      };
      for (const t of types) document.addEventListener(t, fn);
      try {
        await start(el);
        await walk(el, [
          ['danger-now', ['none']],
          ['suicide', ['no']],
          ['medical', ['none']],
          ['mood', ['nearly-every-day']],
          ['self-care', ['yes']],
          ['recent-care', ['no']],
          ['past-treatment', ['no']],
          ['home', ['safe-stable', 'support']],
          ['readiness', ['ready']],
        ]);
        const a = resultSection(el)!.querySelector<HTMLAnchorElement>('a[href="tel:5550100"]')!;
        a.addEventListener('click', (e) => e.preventDefault());
        a.click();
      } finally {
        for (const t of types) document.removeEventListener(t, fn);
      }

      for (const e of all) {
        expect(e.bubbles, `${e.type} bubbles`).to.be.true;
        expect(e.composed, `${e.type} composed`).to.be.true;
        expect(origins.get(e) === el, `${e.type} comes from the element`).to.be.true;
      }
      const byType = (t: string) => all.filter((e) => e.type === t);
      expect(byType('loc-screener-start').map((e) => e.detail)).to.deep.equal([{ total: 9 }]);

      const steps = byType('loc-screener-step').map((e) => e.detail as ScreenerStepDetail);
      expect(steps.map((d) => d.question)).to.deep.equal([
        'danger-now',
        'suicide',
        'medical',
        'mood',
        'self-care',
        'recent-care',
        'past-treatment',
        'home',
        'readiness',
      ]);
      expect(steps.map((d) => d.index)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      // The total is known from the start and never moves (issue #10).
      expect(steps.map((d) => d.total)).to.deep.equal([9, 9, 9, 9, 9, 9, 9, 9, 9]);
      for (const d of steps) {
        expect(Object.keys(d).sort()).to.deep.equal(['index', 'question', 'total']);
        expect(JSON.stringify(d)).to.not.match(/nearly-every-day|safe-stable|"none"|"no"|"yes"|ready/);
      }

      const complete = byType('loc-screener-complete');
      expect(complete).to.have.length(1);
      expect(complete[0].detail.level).to.equal('iop');
      expect(complete[0].detail.reasons).to.deep.equal(['mood-severe']);
      expect(complete[0].detail).to.not.have.property('answers');

      expect(byType('loc-screener-cta').map((e) => e.detail)).to.deep.equal([
        { level: 'iop', kind: 'phone', href: 'tel:5550100' },
      ]);
      // Order: start, then steps, then complete, then cta.
      expect(all[0].type).to.equal('loc-screener-start');
      expect(all[all.length - 2].type).to.equal('loc-screener-complete');
      expect(all[all.length - 1].type).to.equal('loc-screener-cta');
    });

    it('a step event is fired for Back too, with the question id only', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener event-detail="reasons" audience="adult" respondent="self" focus="both"></loc-screener>`);
      await start(el);
      await step(el, ['danger-now', ['none']]);
      const ev = oneEvent(document, 'loc-screener-step');
      buttonByText(el, 'Back').click();
      const { detail } = (await ev) as CustomEvent<ScreenerStepDetail>;
      expect(detail).to.deep.equal({ index: 1, total: 13, question: 'danger-now' });
    });
  });

  describe('bad configuration', () => {
    const cases: { name: string; attrs?: Record<string, string>; json?: string; fields: string[]; mention: string }[] = [
      { name: 'audience="kids"', attrs: { audience: 'kids' }, fields: ['audience'], mention: 'kids' },
      { name: 'levels-offered="iop spaceship"', attrs: { 'levels-offered': 'iop spaceship' }, fields: ['levels-offered'], mention: 'spaceship' },
      { name: 'cta-href="javascript:alert(1)"', attrs: { 'cta-href': 'javascript:alert(1)' }, fields: ['cta-href'], mention: 'javascript:alert(1)' },
      { name: 'child JSON "{not json"', json: '{not json', fields: ['json'], mention: 'not valid JSON' },
      { name: 'JSON version 2 and a bad phone', json: '{"version":2,"cta":{"phone":"abc"}}', fields: ['json.version', 'json.cta.phone'], mention: 'abc' },
    ];

    for (const c of cases) {
      it(`${c.name}: shows the notice naming the field, logs console.error, and still works`, async () => {
        const errors: unknown[][] = [];
        const origError = console.error;
        console.error = (...args: unknown[]) => {
          errors.push(args);
        };
        let el: LocScreener;
        try {
          const node = c.json != null ? withConfig(c.json, c.attrs) : document.createElement('loc-screener');
          if (c.json == null) for (const [k, v] of Object.entries(c.attrs ?? {})) node.setAttribute(k, v);
          el = await fixture<LocScreener>(html`${node}`);
        } finally {
          console.error = origError;
        }
        const notice = q(el, '[part="notice"]');
        expect(notice, 'settings notice').to.exist;
        expect([...notice!.querySelectorAll('code')].map(text)).to.deep.equal(c.fields);
        expect(text(notice)).to.contain(c.mention);
        expect(errors.length, 'console.error calls').to.equal(c.fields.length);
        for (const f of c.fields) {
          expect(errors.some((args) => String(args[0]).includes(`setting "${f}"`)), `console.error names ${f}`).to.be.true;
        }

        // Still starts and reaches a result.
        await start(el);
        await skipToResult(el);
        expect(text(heading(el))).to.not.equal('');
        expect(q(el, '[part="notice"]'), 'notice still shown on the result').to.exist;
        expect(qa<HTMLAnchorElement>(el, 'a').some((a) => /^javascript:/i.test(a.getAttribute('href') ?? ''))).to.be.false;
        // No repeated logging for the same issue on re-render.
        expect(errors.length).to.equal(c.fields.length);
      });
    }

    it('a valid configuration shows no notice and logs nothing', async () => {
      const errors: unknown[] = [];
      const origError = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        const el = await fixture<LocScreener>(
          html`${withConfig({ version: 1, centerName: 'Riverbend', cta: { phone: '555-0100', href: '/contact' } }, { audience: 'adult', 'levels-offered': 'iop op' })}`,
        );
        expect(q(el, '[part="notice"]')).to.be.null;
        await start(el);
        await skipToResult(el);
      } finally {
        console.error = origError;
      }
      expect(errors).to.deep.equal([]);
    });

    it('re-reads the child JSON when it is added or changed after the element is on the page', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener audience="adult"></loc-screener>`);
      expect(text(q(el, 'section.start'))).to.not.contain('Shared by');
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = JSON.stringify({ version: 1, centerName: 'Riverbend Recovery' });
      el.append(s);
      await waitUntil(() => text(q(el, 'section.start')).includes('Shared by Riverbend Recovery.'), 'centerName from late JSON', {
        timeout: 3000,
      });
      s.textContent = JSON.stringify({ version: 1, centerName: 'Lakeside Clinic' });
      await waitUntil(() => text(q(el, 'section.start')).includes('Shared by Lakeside Clinic.'), 'centerName from changed JSON', {
        timeout: 3000,
      });
    });
  });

  describe('hostile strings in configuration', () => {
    const IMG = '<img src=x onerror=alert(1)>';
    const SCRIPT = '"><script>alert(1)</script>';
    const origAlert = window.alert;
    let alerts = 0;
    beforeEach(() => {
      alerts = 0;
      window.alert = () => {
        alerts++;
      };
    });
    afterEach(() => {
      window.alert = origAlert;
    });

    for (const [name, label] of [
      [IMG, SCRIPT],
      [SCRIPT, IMG],
    ]) {
      it(`renders centerName ${JSON.stringify(name)} as text (start screen, "Call …", "Contact …")`, async () => {
        const el = await fixture<LocScreener>(
          html`${withConfig({ version: 1, centerName: name, cta: { phone: '555-0100', href: '/contact' } }, { audience: 'adult', focus: 'substance' })}`,
        );
        // Shown as typed; the editor is told HTML is not read (a string check: a failing DOM diff stalls the runner).
        expect(text(q(el, '[part="notice"]'))).to.contain('HTML is not read');
        expect(text(q(el, 'section.start'))).to.contain(`Shared by ${name}.`);
        expect(qa(el, 'img, script')).to.have.length(0);
        await start(el);
        await skipToResult(el);
        const links = [...resultSection(el)!.querySelectorAll('.big-contacts a')];
        expect(links.map(text)).to.deep.equal([`Call ${name}: 555-0100`, `Contact ${name}`]);
        expect(qa(el, 'img, script')).to.have.length(0);
        expect(el.querySelectorAll('img')).to.have.length(0);
        expect(el.querySelectorAll('script')).to.have.length(1); // only the configuration script
        await aTimeout(50);
        expect(alerts).to.equal(0);
      });

      it(`renders the cta label ${JSON.stringify(label)} as text`, async () => {
        const el = await fixture<LocScreener>(
          html`${withConfig({ version: 1, centerName: name, cta: { phone: '555-0100', label } }, { audience: 'adult', respondent: 'self', focus: 'substance', 'levels-offered': 'iop' })}`,
        );
        await start(el);
        await walk(el, IOP_PATH);
        const links = [...resultSection(el)!.querySelectorAll('.big-contacts a')];
        expect(links.map(text)).to.deep.equal([`${label}: 555-0100`]);
        expect(qa(el, 'img, script')).to.have.length(0);
        await aTimeout(50);
        expect(alerts).to.equal(0);
      });
    }

    it('renders a hostile name in the "does not offer" text as text', async () => {
      const el = await fixture<LocScreener>(
        html`${withConfig({ version: 1, centerName: IMG, levelsOffered: ['op'] }, { audience: 'adult', respondent: 'self', focus: 'substance' })}`,
      );
      await start(el);
      await walk(el, IOP_PATH);
      expect(text(resultSection(el))).to.contain(`${IMG} does not offer this level of care.`);
      expect(qa(el, 'img, script')).to.have.length(0);
    });
  });

  describe('several instances', () => {
    it('keep separate state', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <loc-screener id="a" audience="adult" respondent="self" focus="both"></loc-screener>
        <loc-screener id="b" audience="adult" respondent="self" focus="both"></loc-screener>
      </div>`);
      const a = wrap.querySelector<LocScreener>('#a')!;
      const b = wrap.querySelector<LocScreener>('#b')!;
      await Promise.all([a.updateComplete, b.updateComplete]);

      await start(a);
      expect(startButton(b), 'b stays on its start screen').to.exist;
      await step(a, ['danger-now', ['none']]);
      await answer(a, 'wish');
      expect(currentQuestion(a)).to.equal('suicide');

      await start(b);
      expect(currentQuestion(b)).to.equal('danger-now');
      expect(checkedValues(b)).to.deep.equal([]);
      await answer(b, 'cant-wake');
      await next(b);
      expect(crisisPanel(b)).to.exist;
      expect(crisisPanel(a), 'a has no crisis').to.be.null;
      expect(currentQuestion(a)).to.equal('suicide');
      expect(checkedValues(a)).to.deep.equal(['wish']);

      buttonByText(a, 'Back').click();
      await a.updateComplete;
      expect(checkedValues(a)).to.deep.equal(['none']);
      expect(crisisPanel(b)).to.exist;
      expect(b.currentResult!.level).to.equal('emergency');
      expect(a.currentResult!.level).to.equal('iop');
    });
  });

  describe('registration', () => {
    it('loading the define module twice and defining the same tag again throw nothing', async () => {
      const warnings: unknown[] = [];
      const origWarn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        // A second copy of the define module (new URL → evaluated again).
        const url = new URL('../../src/components/loc-screener/define.ts?second-copy', import.meta.url).href;
        await import(/* @vite-ignore */ url);
        const ctor = customElements.get('loc-screener') as unknown as typeof LocScreener;
        expect(ctor === LocScreener, 'loc-screener is still LocScreener').to.be.true;
        expect(() => ctor.define('loc-screener')).to.not.throw();
        expect(ctor.define('loc-screener') === LocScreener).to.be.true;
        expect(() => LocScreener.define('loc-screener')).to.not.throw();
      } finally {
        console.warn = origWarn;
      }
      expect(warnings).to.deep.equal([]);
      const el = await fixture<LocScreener>(html`<loc-screener></loc-screener>`);
      expect(startButton(el)).to.exist;
    });

    it('LocScreener.define("my-screener") registers a renamed tag that renders and works', async () => {
      let ctor: CustomElementConstructor | undefined;
      expect(() => {
        ctor = LocScreener.define('my-screener');
      }).to.not.throw();
      expect(customElements.get('my-screener') === ctor, 'my-screener registered').to.be.true;
      expect(() => LocScreener.define('my-screener')).to.not.throw();
      const el = await fixture<LocScreener>('<my-screener audience="adult" focus="both"></my-screener>');
      expect(el instanceof LocScreener, 'my-screener is a LocScreener').to.be.true;
      await english(el);
      expect(text(heading(el))).to.equal('What kind of care could help?');
      await start(el);
      expect(currentQuestion(el)).to.equal('danger-now');
      await answer(el, 'seizure');
      await next(el);
      expect(crisisPanel(el)).to.exist;
    });
  });

  describe('language', () => {
    it('renders Spanish inside lang="es"', async function () {
      this.timeout(60000);
      const wrap = await fixture<HTMLDivElement>(html`<div lang="es"><loc-screener audience="adult" respondent="self" focus="both"></loc-screener></div>`);
      const el = wrap.querySelector<LocScreener>('loc-screener')!;
      // Shared catalog (already translated): the crisis bar.
      await waitUntil(() => text(crisisBar(el)).includes('Llamar al 911'), 'Spanish crisis bar (shared catalog)', {
        timeout: 30000,
      });
      const bar = crisisBar(el)!;
      expect(bar.getAttribute('aria-label')).to.equal('Ayuda en una crisis');
      expect(text(bar)).to.contain('¿Hay peligro ahora? Llame al 911.');
      expect(text(bar)).to.not.contain('Call 911');

      // The screener's own strings follow its Spanish catalog (whatever the translator has filled in).
      const es = screenerEs as Record<string, unknown>;
      const startLabel = es[generateMsgId('Start', false)];
      const title = es[generateMsgId('What kind of care could help?', false)];
      const getHelp = es[generateMsgId('Get help now', false)];
      if (typeof startLabel === 'string') {
        await waitUntil(() => text(startButton(el)) === startLabel, `Spanish Start button "${startLabel}"`, { timeout: 30000 });
      }
      if (typeof title === 'string') expect(text(heading(el))).to.equal(title);
      // Translated at the time of writing: check the words themselves too.
      if (startLabel === 'Empezar') {
        expect(text(startButton(el))).to.equal('Empezar');
        expect(text(heading(el))).to.equal('¿Qué tipo de atención podría ayudar?');
      }
      await start(el);
      await answer(el, 'chest-pain');
      await next(el);
      expect(crisisPanel(el)).to.exist;
      expect(text(crisisPanel(el)!.querySelector('a[href="tel:911"]'))).to.equal('Llamar al 911');
      if (typeof getHelp === 'string') expect(text(heading(el)).startsWith(`${getHelp} `)).to.be.true;
    });

    it('renders English again afterwards', async () => {
      const el = await fixture<LocScreener>(html`<loc-screener audience="adult" respondent="self" focus="both"></loc-screener>`);
      await english(el);
      expect(text(crisisBar(el))).to.not.contain('Llamar');
      expect(crisisBar(el)!.getAttribute('aria-label')).to.equal('Crisis help');
      expect(text(startButton(el))).to.equal('Start');
      expect(text(heading(el))).to.equal('What kind of care could help?');
    });

    it('switches language when an ancestor lang changes', async function () {
      this.timeout(60000);
      const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><loc-screener></loc-screener></div>`);
      const el = wrap.querySelector<LocScreener>('loc-screener')!;
      await english(el);
      wrap.setAttribute('lang', 'es-US');
      await waitUntil(() => text(crisisBar(el)).includes('Llamar al 911'), 'Spanish after lang change', { timeout: 30000 });
      wrap.setAttribute('lang', 'en');
      await english(el);
    });
  });
});

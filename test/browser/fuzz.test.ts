/**
 * Property-based tests (fast-check) of the three widgets in the browser: random and malformed
 * configurations (attributes with random values, unknown attributes, random JSON text and values,
 * `config-src` answers), changed live, and random visitor actions; random answer sequences for the
 * screener, red flags included. Properties:
 *  - nothing is thrown: no uncaught error, no unhandled rejection, and console.error only carries the
 *    documented settings messages (`<tag> setting "field": …`);
 *  - every widget always renders its crisis bar with 911 and 988;
 *  - the screener always shows exactly one of: the start screen, a question, the crisis panel, a result;
 *  - a crisis answer is never lost: while a red-flag option stays checked the screener never shows a
 *    result (nor sends loc-screener-complete), its current result is `emergency`, and Next goes to the
 *    crisis panel; ticking one keeps the question on screen with a note offering help (WCAG 3.2.2).
 *
 * Cases: FC_RUNS (set `window.FC_RUNS` before the tests load, e.g. in a custom test runner HTML) scales
 * every property; FC_SEED replays a run. The defaults keep this file under about a minute on 2 cores.
 */
import fc from 'fast-check';
import { aTimeout, expect } from '@open-wc/testing';
import '../../src/components/loc-screener/define.js';
import '../../src/components/iop-compare/define.js';
import '../../src/components/program-checklist/define.js';
import type { LocScreener } from '../../src/components/loc-screener/loc-screener.js';
import type { IopCompare } from '../../src/components/iop-compare/iop-compare.js';
import type { ProgramChecklist } from '../../src/components/program-checklist/program-checklist.js';
import { CARE_LEVEL_IDS } from '../../src/core/levels.js';
import { COMPARE_LEVEL_IDS, COMPARE_ROW_IDS } from '../../src/core/compare/config.js';
import { DEFAULT_ITEM_IDS } from '../../src/core/checklist/items.js';
import { pageStorageKey, storageKeyFor } from '../../src/core/checklist/state.js';
import { QUESTIONS } from '../../src/core/screener/questions.js';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';

const settings = window as unknown as { FC_RUNS?: number; FC_SEED?: number };
/** Runs of the main properties; the others are scaled from it. */
const FC_RUNS = Number(settings.FC_RUNS) > 0 ? Number(settings.FC_RUNS) : 150;
const FC_SEED = Number.isInteger(settings.FC_SEED) ? settings.FC_SEED : undefined;
const params = <T>(numRuns: number): fc.Parameters<T> => ({ numRuns: Math.max(1, Math.round(numRuns)), seed: FC_SEED });

/** Cases run per property (shrinking included), reported at the end. */
const ran: Record<string, number> = {};
let redFinals = 0;
const started = performance.now();

/* ------------------------------------------------------------------------------------------------
 * Harness: uncaught errors, console.error, fetch for config-src, a container per case.
 * ---------------------------------------------------------------------------------------------- */

const uncaught: string[] = [];
const badLogs: string[] = [];
const onError = (e: ErrorEvent) => void uncaught.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => void uncaught.push(`unhandledrejection: ${String(e.reason)}`);
const realError = console.error;
const realFetch = window.fetch;
const realPrint = window.print;
const realClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
/** The documented settings message: `<tag> setting "field": message`. */
const SETTINGS_LOG = /^<(loc-screener|iop-compare|program-checklist)> setting "[^"]*": /;
/** What `config-src` requests get in the current case. */
let fetchAnswer: { status: number; body: string } = { status: 404, body: '' };
let clipboardWorks = true;

before(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.error = (...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (!SETTINGS_LOG.test(line)) badLogs.push(line);
  };
  window.fetch = async () => new Response(fetchAnswer.body, { status: fetchAnswer.status, headers: { 'content-type': 'application/json' } });
  window.print = () => {};
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: () => (clipboardWorks ? Promise.resolve() : Promise.reject(new Error('denied'))) },
  });
  document.documentElement.lang = 'en';
});

after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  console.error = realError;
  window.fetch = realFetch;
  window.print = realPrint;
  if (realClipboard) Object.defineProperty(navigator, 'clipboard', realClipboard);
  else delete (navigator as unknown as Record<string, unknown>).clipboard;
  document.documentElement.lang = 'en';
  localStorage.clear();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const total = Object.values(ran).reduce((a, b) => a + b, 0);
  console.log(`fuzz: ${JSON.stringify(ran)} = ${total} cases in ${seconds} s (FC_RUNS=${FC_RUNS}); ${redFinals} sequences ended with a red flag checked`);
});

/** Nothing thrown so far in this case. */
function expectNoErrors(where: string): void {
  expect(uncaught, `${where}: uncaught errors`).to.deep.equal([]);
  expect(badLogs, `${where}: console.error other than settings messages`).to.deep.equal([]);
}

function resetHarness(): void {
  uncaught.length = 0;
  badLogs.length = 0;
  localStorage.clear();
}

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

async function settle(el: Lit): Promise<void> {
  await el.updateComplete;
  // Let child-script observers, locale loading and config-src answers land, then render.
  await aTimeout(0);
  await el.updateComplete;
}

/** Build and attach a widget in a fresh container (removed by the caller). */
async function mount<T extends Lit>(tag: string, attrs: Attrs, json: string | undefined, wrapperLang?: string): Promise<{ el: T; box: HTMLElement }> {
  const box = document.createElement('div');
  if (wrapperLang !== undefined) box.lang = wrapperLang;
  const el = document.createElement(tag) as T;
  applyAttrs(el, attrs);
  if (json !== undefined) {
    const s = document.createElement('script');
    s.type = 'application/json';
    s.textContent = json;
    el.append(s);
  }
  box.append(el);
  document.body.append(box);
  await settle(el);
  return { el, box };
}

type Attrs = Record<string, string | null>;

function applyAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    try {
      if (v === null) el.removeAttribute(k);
      else el.setAttribute(k, v);
    } catch {
      // Not a valid attribute name for setAttribute: the page could not set it either.
    }
  }
}

/** Replace, remove or add the child JSON script. */
function applyJson(el: Element, json: string | undefined): void {
  let s = el.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
  if (json === undefined) return s?.remove();
  if (!s) {
    s = document.createElement('script');
    s.type = 'application/json';
    el.append(s);
  }
  s.textContent = json;
}

const sq = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const sqa = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

/** Every widget, always: the crisis bar with 911 and 988. */
function expectCrisisBar(el: Element, where: string): void {
  const bar = sq(el, '[part="crisis-bar"]');
  expect(bar, `${where}: crisis bar`).to.exist;
  const hrefs = [...bar!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
  expect(hrefs, `${where}: crisis bar links`).to.include.members(['tel:911', 'tel:988']);
}

/* ------------------------------------------------------------------------------------------------
 * Arbitraries
 * ---------------------------------------------------------------------------------------------- */

const anyJson = fc.jsonValue({ maxDepth: 3 });
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(...XSS_PAYLOADS),
  fc.constantFrom('', ' ', 'false', 'FALSE', 'true', '__proto__', 'constructor', 'x'.repeat(400)),
);
/** A valid value (in odd case and spacing), or anything. */
const attrFrom = (valid: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid) },
    fc.constantFrom(...valid).map((v) => ` ${v.toUpperCase()} `),
    text,
    fc.constant(null),
  );
const idList = (valid: readonly string[]) =>
  fc.oneof(
    fc
      .tuple(fc.array(fc.oneof(fc.constantFrom(...valid), text), { maxLength: 6 }), fc.constantFrom(' ', ',', ', ', '  ,'))
      .map(([ids, sep]) => ids.join(sep)),
    text,
    fc.constant(null),
  );
const unknownAttrs = fc.dictionary(
  fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), fc.constantFrom('lang', 'config-src', 'hidden', 'dir', 'id', 'class', 'x-y', 'on', 'onclick-ish')),
  fc.oneof(text, fc.constantFrom('en', 'es', 'es-MX', 'fr', '/config.json')),
  { maxKeys: 4 },
);
const phone = fc.oneof(fc.constantFrom('555-0100', '+1 (555) 555-0100', '12', '1'.repeat(16)), text, anyJson);
const href = fc.oneof(fc.constantFrom('/contact', 'https://example.org/x', '#top', 'mailto:a@b.co', 'javascript:alert(1)', '//evil.example'), text, anyJson);
const loose = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, anyJson);
const keyOf = (valid: readonly string[]) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...valid) }, fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor'));
/** Extra unknown keys merged into a JSON object. */
const extraKeys = fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'Version', 'toString')), anyJson, { maxKeys: 2 });

/** JSON settings text: none, garbage, any JSON, or a plausible object with wrong parts. */
const jsonText = (structured: fc.Arbitrary<Record<string, unknown>>) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
    {
      weight: 5,
      arbitrary: fc.tuple(structured, extraKeys).map(([s, extra]) => JSON.stringify({ ...extra, ...s })),
    },
  );

const version = fc.oneof({ weight: 4, arbitrary: fc.constant(1) }, anyJson);
const screenerCta = loose(fc.record({ phone, href, label: loose(text) }, { requiredKeys: [] }));
const screenerJson = fc.record(
  {
    version,
    centerName: loose(text),
    audience: loose(fc.constantFrom('adult', 'adolescent')),
    focus: loose(fc.constantFrom('substance', 'mental-health', 'both')),
    levelsOffered: loose(fc.array(fc.oneof(fc.constantFrom(...CARE_LEVEL_IDS), text), { maxLength: 7 })),
    cta: screenerCta,
    levels: loose(fc.dictionary(keyOf(CARE_LEVEL_IDS), screenerCta, { maxKeys: 4 })),
  },
  { requiredKeys: [] },
);
const screenerAttrs = fc
  .record({
    audience: attrFrom(['adult', 'adolescent']),
    focus: attrFrom(['substance', 'mental-health', 'both']),
    'levels-offered': idList(CARE_LEVEL_IDS),
    'cta-phone': fc.oneof(phone.filter((p): p is string => typeof p === 'string'), fc.constant(null)),
    'cta-href': fc.oneof(href.filter((h): h is string => typeof h === 'string'), fc.constant(null)),
    'include-answers': attrFrom(['', 'false']),
    lang: attrFrom(['en', 'es']),
    'config-src': fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, fc.constantFrom('/settings.json', 'https://evil.example/x.json'), text),
  })
  .chain((known) => unknownAttrs.map((extra) => ({ ...extra, ...known }) as Attrs));

const compareJson = fc.record(
  {
    version,
    centerName: loose(text),
    cells: loose(fc.dictionary(keyOf(COMPARE_LEVEL_IDS), loose(fc.dictionary(keyOf(COMPARE_ROW_IDS), loose(text), { maxKeys: 4 })), { maxKeys: 4 })),
    cta: loose(fc.dictionary(keyOf(COMPARE_LEVEL_IDS), loose(fc.record({ href, label: loose(text) }, { requiredKeys: [] })), { maxKeys: 4 })),
  },
  { requiredKeys: [] },
);
const compareAttrs = fc
  .record({
    levels: idList(COMPARE_LEVEL_IDS),
    audience: attrFrom(['adult', 'adolescent']),
    highlight: attrFrom(COMPARE_LEVEL_IDS),
    'no-link': attrFrom(['', 'false']),
    lang: attrFrom(['en', 'es']),
  })
  .chain((known) => unknownAttrs.map((extra) => ({ ...extra, ...known }) as Attrs));

const itemId = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...DEFAULT_ITEM_IDS, 'our-a', 'our-b') }, fc.string({ maxLength: 10 }));
const checklistJson = fc.record(
  {
    version,
    hide: loose(fc.array(itemId, { maxLength: 5 })),
    add: loose(
      fc.array(
        loose(
          fc.record(
            { id: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('our-a', 'our-b', 'our-c') }, itemId, anyJson), sign: loose(text), ask: loose(text), why: loose(text), good: loose(text) },
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 24 },
      ),
    ),
    meets: fc.oneof(fc.dictionary(itemId, fc.oneof(text, fc.constant(true), anyJson), { maxKeys: 5 }), fc.array(itemId, { maxLength: 5 }), anyJson),
  },
  { requiredKeys: [] },
);
const checklistAttrs = fc
  .record({
    mode: attrFrom(['visitor', 'showcase']),
    remember: attrFrom(['', 'false']),
    'storage-key': attrFrom(['default', 'north', 'a-b_c']),
    lang: attrFrom(['en', 'es']),
  })
  .chain((known) => unknownAttrs.map((extra) => ({ ...extra, ...known }) as Attrs));
/** What a previous visit left in localStorage. */
const savedState = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 30 }),
  fc.json({ maxDepth: 3 }),
  fc
    .record(
      {
        v: version,
        active: fc.oneof(fc.nat(4), anyJson),
        programs: loose(
          fc.array(
            loose(
              fc.record(
                {
                  name: loose(text),
                  answers: loose(fc.dictionary(itemId, loose(fc.constantFrom('yes', 'no', 'unsure')), { maxKeys: 4 })),
                  notes: loose(fc.dictionary(itemId, loose(text), { maxKeys: 3 })),
                },
                { requiredKeys: [] },
              ),
            ),
            { maxLength: 4 },
          ),
        ),
      },
      { requiredKeys: [] },
    )
    .map((s) => JSON.stringify(s)),
);
/** An answer to a `config-src` request. */
const fetchReply = fc.record({
  status: fc.constantFrom(200, 200, 404, 500),
  body: fc.oneof(fc.json({ maxDepth: 2 }), fc.string({ maxLength: 20 }), fc.constant('{"version":1}')),
});
const wrapperLang = fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, fc.constantFrom('en', 'es', 'es-419', 'fr', ''));

/* ------------------------------------------------------------------------------------------------
 * <loc-screener> helpers
 * ---------------------------------------------------------------------------------------------- */

type Screen = 'start' | 'question' | 'crisis' | 'result';

/** Which screen shows; fails unless exactly one does. */
function screenOf(el: Element, where: string): Screen {
  const found = (
    [
      ['start', 'section.start'],
      ['question', 'fieldset[part="question"]'],
      ['crisis', '[part="crisis-panel"]'],
      ['result', '[part="result"]'],
    ] as const
  ).filter(([, sel]) => sq(el, sel));
  expect(
    found.map(([s]) => s),
    `${where}: exactly one of start, question, crisis panel, result`,
  ).to.have.length(1);
  return found[0][0];
}

const submitButton = (el: Element) => sq<HTMLButtonElement>(el, 'form button[type="submit"]');
/** Back on a question; "Back to the questions" on the crisis panel; "Change my answers" on the result. */
const backButton = (el: Element) => sq<HTMLButtonElement>(el, '.actions button.secondary');
/** "Start again" on the crisis panel and the result. */
const againButton = (el: Element) => sqa<HTMLButtonElement>(el, '.actions button')[1] ?? null;
const startButton = (el: Element) => sq<HTMLButtonElement>(el, 'section.start button');

async function checkScreener(el: LocScreener, where: string): Promise<Screen> {
  await settle(el);
  expectNoErrors(where);
  expectCrisisBar(el, where);
  return screenOf(el, where);
}

/* ------------------------------------------------------------------------------------------------
 * Random configurations
 * ---------------------------------------------------------------------------------------------- */

describe('fuzz: random configurations', function () {
  this.timeout(120000);
  beforeEach(resetHarness);

  it('<loc-screener>: random attributes, JSON and config-src, changed live, with a few steps', async () => {
    await fc.assert(
      fc.asyncProperty(
        screenerAttrs,
        jsonText(screenerJson),
        fetchReply,
        wrapperLang,
        screenerAttrs,
        jsonText(screenerJson),
        fc.array(fc.constantFrom('start', 'next', 'next', 'back', 'option'), { maxLength: 8 }),
        async (attrs, json, reply, lang, attrs2, json2, steps) => {
          resetHarness();
          fetchAnswer = reply;
          const { el, box } = await mount<LocScreener>('loc-screener', attrs, json, lang);
          try {
            await checkScreener(el, 'first render');
            for (const s of steps) {
              const screen = screenOf(el, s);
              if (s === 'start' && screen === 'start') startButton(el)!.click();
              else if (s === 'next' && screen === 'question') submitButton(el)!.click();
              else if (s === 'back' && screen !== 'start') backButton(el)!.click();
              else if (s === 'option' && screen === 'question') sqa<HTMLInputElement>(el, 'fieldset[part="question"] input')[0].click();
              await checkScreener(el, `after ${s}`);
            }
            applyAttrs(el, attrs2);
            applyJson(el, json2);
            await checkScreener(el, 'after a live change');
          } finally {
            box.remove();
          }
          ran['screener config'] = (ran['screener config'] ?? 0) + 1;
        },
      ),
      params(FC_RUNS),
    );
  });

  it('<iop-compare>: random attributes, JSON and screener events, changed live', async () => {
    await fc.assert(
      fc.asyncProperty(
        compareAttrs,
        jsonText(compareJson),
        wrapperLang,
        fc.array(fc.oneof(fc.record({ level: fc.constantFrom(...COMPARE_LEVEL_IDS, 'emergency', 'none') }), fc.anything({ maxDepth: 2 })), { maxLength: 3 }),
        compareAttrs,
        jsonText(compareJson),
        async (attrs, json, lang, events, attrs2, json2) => {
          resetHarness();
          const { el, box } = await mount<IopCompare>('iop-compare', attrs, json, lang);
          try {
            const check = async (where: string) => {
              await settle(el);
              expectNoErrors(where);
              expectCrisisBar(el, where);
              // One layout: the table (columns and rows) or one card per level, never both.
              const cols = sqa(el, '[part="table"] thead th[scope="col"]').length;
              const cards = sqa(el, '.card').length;
              expect(cols === 0 || cards === 0, `${where}: one layout (${cols} columns, ${cards} cards)`).to.equal(true);
              expect(cols + cards, `${where}: levels shown`).to.be.within(1, COMPARE_LEVEL_IDS.length);
              if (cols) expect(sqa(el, '[part="table"] tbody tr').length, `${where}: rows`).to.be.at.least(COMPARE_ROW_IDS.length);
            };
            await check('first render');
            for (const detail of events) document.dispatchEvent(new CustomEvent('loc-screener-complete', { detail, bubbles: true, composed: true }));
            await check('after screener events');
            applyAttrs(el, attrs2);
            applyJson(el, json2);
            await check('after a live change');
          } finally {
            box.remove();
          }
          ran['compare config'] = (ran['compare config'] ?? 0) + 1;
        },
      ),
      params(FC_RUNS),
    );
  });

  type ChecklistAction =
    | { t: 'answer'; item: number; v: 'yes' | 'no' | 'unsure' }
    | { t: 'note'; item: number; text: string }
    | { t: 'name'; text: string }
    | { t: 'add' | 'remove' | 'copy' | 'print' | 'clear' }
    | { t: 'tab'; n: number }
    | { t: 'clipboard'; works: boolean };
  const checklistAction: fc.Arbitrary<ChecklistAction> = fc.oneof(
    fc.record({ t: fc.constant('answer' as const), item: fc.nat(40), v: fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const) }),
    fc.record({ t: fc.constant('note' as const), item: fc.nat(40), text }),
    fc.record({ t: fc.constant('name' as const), text }),
    fc.record({ t: fc.constantFrom('add' as const, 'remove' as const, 'copy' as const, 'print' as const, 'clear' as const) }),
    fc.record({ t: fc.constant('tab' as const), n: fc.nat(3) }),
    fc.record({ t: fc.constant('clipboard' as const), works: fc.boolean() }),
  );

  it('<program-checklist>: random attributes, JSON, saved answers and visitor actions, changed live', async () => {
    await fc.assert(
      fc.asyncProperty(
        checklistAttrs,
        jsonText(checklistJson),
        savedState,
        wrapperLang,
        fc.array(checklistAction, { maxLength: 12 }),
        checklistAttrs,
        jsonText(checklistJson),
        async (attrs, json, saved, lang, actions, attrs2, json2) => {
          resetHarness();
          if (saved !== null) for (const key of [...['default', 'north', 'a-b_c'].map(storageKeyFor), pageStorageKey(location.pathname, 0)]) localStorage.setItem(key, saved);
          const { el, box } = await mount<ProgramChecklist>('program-checklist', attrs, json, lang);
          try {
            const check = async (where: string) => {
              await settle(el);
              expectNoErrors(where);
              expectCrisisBar(el, where);
              const visitor = sqa(el, 'fieldset[part="item"]').length;
              const showcase = sqa(el, 'li[part="item"]').length;
              expect(visitor === 0 || showcase === 0, `${where}: one mode at a time`).to.be.true;
              if (visitor) {
                const tabs = sqa(el, '[part="program-tabs"] [role="group"] button').length;
                expect(tabs, `${where}: 1 to 3 programs`).to.be.within(1, 3);
                expect(!!sq(el, '[part="compare"]'), `${where}: comparison iff 2 or more programs`).to.equal(tabs > 1);
                expect(sq(el, '[part="summary"] [role="status"]')!.textContent, `${where}: count`).to.match(/\d/);
              }
            };
            await check('first render');
            for (const a of actions) {
              const items = sqa(el, 'fieldset[part="item"]');
              const row = sq(el, '[part="program-tabs"] > div.row:not([role])');
              const summary = sqa<HTMLButtonElement>(el, '[part="summary"] button');
              if (a.t === 'answer' && items.length) items[a.item % items.length].querySelector<HTMLInputElement>(`input[value="${a.v}"]`)!.click();
              else if (a.t === 'note' && items.length) {
                const ta = items[a.item % items.length].querySelector('textarea')!;
                ta.value = a.text;
                ta.dispatchEvent(new Event('input'));
              } else if (a.t === 'name' && items.length) {
                const input = sq<HTMLInputElement>(el, '[part="program-tabs"] input')!;
                input.value = a.text;
                input.dispatchEvent(new Event('input'));
              } else if ((a.t === 'add' || a.t === 'remove') && row) {
                // The row holds "Add a program" (under 3) then "Remove this program" (2 or more).
                const buttons = [...row.querySelectorAll('button')];
                const tabs = sqa(el, '[part="program-tabs"] [role="group"] button').length;
                const b = a.t === 'add' ? (tabs < 3 ? buttons[0] : undefined) : tabs > 1 ? buttons[buttons.length - 1] : undefined;
                b?.click();
              } else if (a.t === 'tab') sqa<HTMLButtonElement>(el, '[part="program-tabs"] [role="group"] button')[a.n]?.click();
              else if (a.t === 'print') summary[0]?.click();
              else if (a.t === 'copy') summary[1]?.click();
              else if (a.t === 'clear') summary[2]?.click();
              else if (a.t === 'clipboard') clipboardWorks = a.works;
              await check(`after ${a.t}`);
            }
            applyAttrs(el, attrs2);
            applyJson(el, json2);
            await check('after a live change');
          } finally {
            box.remove();
            clipboardWorks = true;
          }
          ran['checklist config'] = (ran['checklist config'] ?? 0) + 1;
        },
      ),
      params(FC_RUNS),
    );
  });
});

/* ------------------------------------------------------------------------------------------------
 * Random answer sequences for the screener
 * ---------------------------------------------------------------------------------------------- */

const DANGER = QUESTIONS.find((q) => q.id === 'danger-now')!;
const RED_DANGER = DANGER.options.filter((o) => o !== DANGER.exclusive);
const RED_SUICIDE = ['now', 'plan'];

/** The test's own record of the two red-flag questions, from the clicks it made. */
class Model {
  danger = new Set<string>();
  suicide: string | undefined;
  get red(): boolean {
    return RED_DANGER.some((o) => this.danger.has(o)) || RED_SUICIDE.includes(this.suicide ?? '');
  }
  /** A click on an option that was (un)checked before the click. */
  click(question: string, value: string, wasChecked: boolean): void {
    if (question === 'danger-now') {
      if (wasChecked) this.danger.delete(value);
      else if (value === DANGER.exclusive) this.danger = new Set([value]);
      else {
        this.danger.delete(DANGER.exclusive!);
        this.danger.add(value);
      }
    } else if (question === 'suicide' && !wasChecked) this.suicide = value;
  }
  reset(): void {
    this.danger = new Set();
    this.suicide = undefined;
  }
}

type Cmd =
  | { t: 'option'; n: number }
  | { t: 'red'; n: number }
  | { t: 'next' | 'back' | 'start' | 'again' }
  | { t: 'attr'; name: 'focus' | 'audience'; value: string | null };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ t: fc.constant('option' as const), n: fc.nat(20) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('red' as const), n: fc.nat(20) }) },
  { weight: 6, arbitrary: fc.constant({ t: 'next' as const }) },
  { weight: 2, arbitrary: fc.constant({ t: 'back' as const }) },
  { weight: 2, arbitrary: fc.constant({ t: 'start' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'again' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('attr' as const),
      name: fc.constantFrom('focus' as const, 'audience' as const),
      value: fc.oneof(fc.constantFrom('substance', 'mental-health', 'both', 'adult', 'adolescent', 'bogus'), fc.constant(null)),
    }),
  },
);

describe('fuzz: random screener answer sequences', function () {
  this.timeout(120000);
  beforeEach(resetHarness);

  it('always one screen; a checked red flag is never lost and Next always lands on the crisis panel', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          audience: fc.constantFrom(null, 'adult', 'adolescent', 'bogus'),
          focus: fc.constantFrom(null, 'substance', 'mental-health', 'both', 'bogus'),
        }),
        // Most sequences start with Start; the rest begin with whatever was drawn (no-ops until Start).
        fc.tuple(fc.boolean(), fc.array(cmd, { minLength: 1, maxLength: 45 })).map(([start, cmds]) => (start ? [{ t: 'start' } as Cmd, ...cmds] : cmds)),
        async (attrs, cmds) => {
          resetHarness();
          const model = new Model();
          const completesWhileRed: string[] = [];
          const { el, box } = await mount<LocScreener>('loc-screener', attrs, undefined);
          el.addEventListener('loc-screener-complete', (e) => {
            if (model.red) completesWhileRed.push(JSON.stringify((e as CustomEvent).detail));
          });
          try {
            let screen = await checkScreener(el, 'first render');
            for (const [k, c] of cmds.entries()) {
              const where = `step ${k + 1} (${c.t})`;
              const before = screen;
              let checkedRed = false;
              if ((c.t === 'option' || c.t === 'red') && screen === 'question') {
                const inputs = sqa<HTMLInputElement>(el, 'fieldset[part="question"] input');
                const question = inputs[0].name;
                let input: HTMLInputElement | undefined = inputs[c.n % inputs.length];
                if (c.t === 'red') {
                  const reds = question === 'danger-now' ? RED_DANGER : question === 'suicide' ? RED_SUICIDE : [];
                  const value = reds.length ? reds[c.n % reds.length] : undefined;
                  input = inputs.find((i) => i.value === value && !i.checked);
                }
                if (input) {
                  const was = input.checked;
                  const wasRed = model.red;
                  input.click();
                  model.click(question, input.value, was);
                  checkedRed = !wasRed && model.red;
                }
              } else if (c.t === 'next' && screen === 'question') submitButton(el)!.click();
              else if (c.t === 'back' && screen !== 'start') backButton(el)!.click();
              else if (c.t === 'start' && screen === 'start') startButton(el)!.click();
              else if (c.t === 'again' && (screen === 'crisis' || screen === 'result')) {
                againButton(el)!.click();
                model.reset();
              } else if (c.t === 'attr') applyAttrs(el, { [c.name]: c.value });
              screen = await checkScreener(el, where);

              expect(el.currentResult?.level === 'emergency', `${where}: result is emergency exactly while a red flag is checked (none before the questions load)`).to.equal(model.red);
              if (model.red) expect(screen, `${where}: no result while a red flag is checked`).to.not.equal('result');
              // A red flag does not change the screen (WCAG 3.2.2): a note in place offers help; Next opens the panel.
              if (checkedRed) {
                expect(screen, `${where}: a red flag keeps the question on screen`).to.equal('question');
                expect(!!sq(el, '[role="status"] .flag'), `${where}: a red flag shows the note in place`).to.be.true;
              }
              if (c.t === 'next' && before === 'question' && model.red) expect(screen, `${where}: Next with a red flag`).to.equal('crisis');
              if (screen === 'question') {
                const inputs = sqa<HTMLInputElement>(el, 'fieldset[part="question"] input');
                const checked = inputs.filter((i) => i.checked).map((i) => i.value);
                if (inputs[0].name === 'danger-now') expect(checked.sort(), `${where}: danger-now answers kept`).to.deep.equal([...model.danger].sort());
                if (inputs[0].name === 'suicide') expect(checked, `${where}: suicide answer kept`).to.deep.equal(model.suicide ? [model.suicide] : []);
              }
            }
            // Finally: with a red flag still checked, go to a question and press Next.
            if (model.red) {
              redFinals++;
              if (screen === 'start') startButton(el)!.click();
              else if (screen === 'crisis') backButton(el)!.click();
              screen = await checkScreener(el, 'final: to a question');
              expect(screen, 'final: a question').to.equal('question');
              submitButton(el)!.click();
              screen = await checkScreener(el, 'final: Next');
              expect(screen, 'final: Next lands on the crisis panel').to.equal('crisis');
            }
            expect(completesWhileRed, 'loc-screener-complete while a red flag was checked').to.deep.equal([]);
          } finally {
            box.remove();
          }
          ran['screener sequences'] = (ran['screener sequences'] ?? 0) + 1;
        },
      ),
      params(FC_RUNS * 2),
    );
  });
});

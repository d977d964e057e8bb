/**
 * XSS: every payload of test/fixtures/xss-payloads.ts goes through every configurable string of every
 * widget (attributes, child JSON, and text the visitor types), with the widget brought to each state
 * where those strings render. For each payload and state:
 *  - no element outside the widgets' own vocabulary (and none of script, img, svg, iframe, object,
 *    embed, style, …) is in the shadow root, and the light DOM and the document hold nothing beyond
 *    what the test put there;
 *  - no `on*` attribute on any rendered element; no URL attribute with a javascript:, data: or
 *    vbscript: scheme (case, whitespace and control characters ignored), and every link resolves to
 *    http(s), tel, sms or mailto;
 *  - `window.__xss` (which the payloads try to set) stays undefined and `alert` is never called;
 *  - where a field is shown as text, the text (trimmed and shortened as documented) is there; where it
 *    is refused, the editor's notice names the field with the same message the core parser gives.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/loc-screener/define.js';
import '../../src/components/iop-compare/define.js';
import '../../src/components/program-checklist/define.js';
import type { LocScreener } from '../../src/components/loc-screener/loc-screener.js';
import type { IopCompare } from '../../src/components/iop-compare/iop-compare.js';
import type { ProgramChecklist } from '../../src/components/program-checklist/program-checklist.js';
import { type ConfigIssue, INVISIBLE } from '../../src/core/config.js';
import { parseScreenerConfig } from '../../src/core/screener/config.js';
import { IOP_PATH } from '../fixtures/screener-paths.js';
import { COMPARE_LEVEL_IDS, COMPARE_ROW_IDS, parseCompareConfig } from '../../src/core/compare/config.js';
import { parseChecklistConfig } from '../../src/core/checklist/config.js';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';

/* ------------------------------------------------------------------------------------------------
 * Tripwires: anything a payload manages to run is recorded here.
 * ---------------------------------------------------------------------------------------------- */

const w = window as unknown as Record<string, unknown>;
/** What ran during the current test (reset before each), and during the whole suite. */
const hits: string[] = [];
const allHits: string[] = [];
let xssValue: unknown;
const hit = (what: string) => {
  hits.push(what);
  allHits.push(what);
};
const realAlert = window.alert;
const realConfirm = window.confirm;
const realPrompt = window.prompt;
const realError = console.error;
const realFetch = window.fetch;
/** Addresses `config-src` asked for (answered 404 here, so no request leaves the page). */
const fetched: string[] = [];

before(() => {
  Object.defineProperty(window, '__xss', {
    configurable: true,
    get: () => xssValue,
    set: (v: unknown) => {
      xssValue = v;
      hit(`window.__xss = ${String(v)}`);
    },
  });
  window.alert = (m?: unknown) => hit(`alert(${String(m)})`);
  window.confirm = (m?: string) => (hit(`confirm(${String(m)})`), false);
  window.prompt = (m?: string) => (hit(`prompt(${String(m)})`), null);
  // Every bad setting is logged once with console.error (documented); keep the runner's log readable.
  console.error = () => {};
  window.fetch = async (input: RequestInfo | URL) => {
    fetched.push(input instanceof Request ? input.url : String(input));
    return new Response('', { status: 404 });
  };
  document.documentElement.lang = 'en';
});

after(async () => {
  // Late tripwires: image errors and navigations of anything injected would have fired by now.
  await aTimeout(300);
  window.alert = realAlert;
  window.confirm = realConfirm;
  window.prompt = realPrompt;
  console.error = realError;
  window.fetch = realFetch;
  expect(allHits, 'nothing ran during the whole XSS suite').to.deep.equal([]);
  delete w.__xss;
});

beforeEach(() => {
  xssValue = undefined;
  hits.length = 0;
});

afterEach(() => localStorage.clear());

/* ------------------------------------------------------------------------------------------------
 * Safety checks
 * ---------------------------------------------------------------------------------------------- */

/** Names an injected element would have; none of these is ever rendered by the widgets. */
const DANGEROUS =
  'script, img, image, svg, math, iframe, frame, frameset, object, embed, applet, style, link, meta, base, template, video, audio, source, track, marquee, portal, noscript';
/** Every element the three widgets render (anything else came from a payload). */
const ALLOWED_TAGS = new Set(
  'a aside br button caption code dd details div dl dt fieldset form h2 h3 input label legend li ol p progress section span strong summary sup table tbody td textarea th thead tr ul'.split(' '),
);
const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'srcdoc', 'poster', 'background', 'ping', 'cite', 'codebase', 'manifest'];
const SAFE_PROTOCOLS = ['http:', 'https:', 'tel:', 'sms:', 'mailto:'];

/** What a URL parser would see: every space, control and invisible character removed, lowercased. */
// eslint-disable-next-line no-control-regex -- control characters are what a URL parser drops
const squash = (v: string) => v.replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u2060\u3000\ufeff]/g, '').toLowerCase();

function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const e of root.querySelectorAll('*')) {
    out.push(e);
    if (e.shadowRoot) out.push(...allElements(e.shadowRoot));
  }
  return out;
}

interface Before {
  readonly light: readonly Element[];
  readonly hostAttrs: readonly string[];
  readonly docDangerous: number;
}

/** Record the light DOM and the document before the widget is attached. */
function snapshot(el: Element): Before {
  return {
    light: [...el.querySelectorAll('*')],
    hostAttrs: el.getAttributeNames().sort(),
    docDangerous: document.querySelectorAll(DANGEROUS).length + el.querySelectorAll(DANGEROUS).length,
  };
}

const short = (s: string) => JSON.stringify(s.length > 70 ? `${s.slice(0, 70)}…` : s);

/** The XSS assertions, for the widget in its current state. */
async function expectSafe(el: HTMLElement, before: Before, where: string): Promise<void> {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const root = el.shadowRoot!;
  const shadow = allElements(root);
  const bad = shadow.filter((e) => e.matches(DANGEROUS) || !ALLOWED_TAGS.has(e.localName)).map((e) => e.localName);
  expect(bad, `${where}: injected elements in the shadow root`).to.deep.equal([]);
  const light = [...el.querySelectorAll('*')];
  expect(light.length === before.light.length && light.every((e, i) => e === before.light[i]), `${where}: light DOM unchanged`).to.be.true;
  expect(el.getAttributeNames().sort(), `${where}: host attributes unchanged`).to.deep.equal(before.hostAttrs);
  expect(document.querySelectorAll(DANGEROUS).length, `${where}: no new script/img/… in the document`).to.equal(before.docDangerous);
  for (const e of [...shadow, ...light]) {
    for (const name of e.getAttributeNames()) {
      expect(name.toLowerCase().startsWith('on'), `${where}: <${e.localName} ${name}> is an event handler attribute`).to.be.false;
      if (!URL_ATTRS.includes(name.toLowerCase())) continue;
      const value = e.getAttribute(name)!;
      expect(/^(javascript|data|vbscript):/.test(squash(value)), `${where}: <${e.localName} ${name}=${short(value)}>`).to.be.false;
    }
  }
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!;
    const protocol = new URL(href, document.baseURI).protocol;
    expect(SAFE_PROTOCOLS.includes(protocol), `${where}: link ${short(href)} has protocol ${protocol}`).to.be.true;
  }
  // `config-src` only ever requests this site.
  const offSite = fetched.filter((u) => new URL(u, document.baseURI).origin !== location.origin);
  expect(offSite, `${where}: requests to another site`).to.deep.equal([]);
  // A tick for anything injected to run (event handlers, image errors, microtasks).
  await aTimeout(0);
  expect(w.__xss, `${where}: window.__xss`).to.equal(undefined);
  expect(hits, `${where}: script ran`).to.deep.equal([]);
}

/* ------------------------------------------------------------------------------------------------
 * Text checks
 * ---------------------------------------------------------------------------------------------- */

/** A JSON text field as the widgets show it: trimmed, invisible characters dropped (issue #14), then shortened to `max` (core parseText). */
const shown = (p: string, max: number): string => {
  const v = p.trim().replace(INVISIBLE, '').trim();
  return v.length > max ? v.slice(0, max) : v;
};

const textOf = (n: Node | null | undefined) => n?.textContent ?? '';

function expectIncludes(hay: string, needle: string, what: string): void {
  expect(hay.includes(needle), `${what} shows ${short(needle)} as text`).to.be.true;
}

/** Each issue of the core parser is in the editor notice: its field in <code>, then its message. */
function expectIssuesShown(el: HTMLElement, issues: readonly ConfigIssue[], where: string): void {
  const items = [...el.shadowRoot!.querySelectorAll('[part="notice"] li')].map((li) => li.textContent);
  for (const i of issues) {
    expect(items.includes(`${i.field}: ${i.message}`), `${where}: notice shows ${i.field}: ${short(i.message)}`).to.be.true;
  }
}

function fields(issues: readonly ConfigIssue[]): string[] {
  return issues.map((i) => i.field);
}

/** Mount `el` (already configured) and return it with its pre-attach snapshot. */
async function mount<T extends HTMLElement>(el: T, wrapperLang?: string): Promise<{ el: T; before: Before }> {
  const before = snapshot(el);
  if (wrapperLang) {
    const wrap = document.createElement('div');
    wrap.lang = wrapperLang;
    wrap.append(el);
    await fixture(html`${wrap}`);
  } else await fixture(html`${el}`);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  // The crisis band is Spanish from the first frame; the rest once the widget stops hiding it (its lang-pending state).
  if (wrapperLang === 'es') {
    expect(textOf(el.shadowRoot!.querySelector('[part="crisis-bar"]'))).to.include('Llame al 911');
    await waitUntil(() => !el.matches(':state(lang-pending)'), 'Spanish text loaded', { timeout: 3000 });
  }
  return { el, before };
}

function create<T extends HTMLElement>(tag: string, attrs: Record<string, string>, json?: unknown): T {
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (json !== undefined) {
    const s = document.createElement('script');
    s.type = 'application/json';
    s.textContent = JSON.stringify(json);
    el.append(s);
  }
  return el;
}

const setJson = (el: HTMLElement, json: unknown) => {
  el.querySelector('script[type="application/json"]')!.textContent = JSON.stringify(json);
};

const payloadName = (i: number, p: string) => `#${i} ${short(p)}`;

/* ------------------------------------------------------------------------------------------------
 * <loc-screener>
 * ---------------------------------------------------------------------------------------------- */

const sq = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const sqa = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];


async function submit(el: LocScreener): Promise<void> {
  sq<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
  await el.updateComplete;
}

async function walkIop(el: LocScreener): Promise<void> {
  for (const [id, values] of IOP_PATH) {
    for (const v of values) {
      const input = sqa<HTMLInputElement>(el, `fieldset[part="question"] input[name="${id}"]`).find((i) => i.value === v);
      expect(input, `option ${id}=${v}`).to.exist;
      if (!input!.checked) input!.click();
      await el.updateComplete;
    }
    await submit(el);
  }
}

/** Press Next/Skip until the result shows. */
async function skipToResult(el: LocScreener): Promise<void> {
  for (let i = 0; i < 20 && !sq(el, '[part="result"]'); i++) await submit(el);
  expect(sq(el, '[part="result"]'), 'result screen').to.exist;
}

async function screenerEverywhere(p: string, lang?: string): Promise<void> {
  // 1. Every attribute and every JSON string at once. Attribute cta-phone and JSON cta.href carry the
  //    payload; JSON cta.phone is valid so the call to action (with the payload label) still shows.
  const attrs: Record<string, string> = {
    audience: p,
    focus: p,
    'levels-offered': p,
    'cta-phone': p,
    'cta-href': p,
    'include-answers': p,
    'config-src': p,
  };
  if (!lang) attrs.lang = p;
  const json = {
    version: 1,
    centerName: p,
    audience: p,
    focus: p,
    levelsOffered: [p],
    cta: { phone: '555-0100', href: p, label: p },
    levels: { op: { phone: p, href: p, label: p }, [p]: { href: '/x', label: p } },
    [p]: p,
  };
  const { el, before } = await mount(create<LocScreener>('loc-screener', attrs, json), lang);
  const { config, issues } = parseScreenerConfig(
    { audience: p, focus: p, 'levels-offered': p, 'cta-phone': p, 'cta-href': p, 'include-answers': p },
    JSON.stringify(json),
  );
  const name = shown(p, 80);
  const label = shown(p, 60);
  expect(config.centerName ?? '').to.equal(name);
  await expectSafe(el, before, 'screener start');
  if (!lang) {
    expectIssuesShown(el, issues, 'screener start');
    if (p.trim()) expect(textOf(sq(el, '[part="notice"]')), 'config-src refused or overridden').to.include('config-src');
    if (name) expectIncludes(textOf(sq(el, 'section.start')), `Shared by ${name}.`, 'start screen');
  } else if (name) expectIncludes(textOf(sq(el, 'section.start')), `Compartido por ${name}.`, 'start screen (Spanish)');
  sq<HTMLButtonElement>(el, 'section.start button')!.click();
  await el.updateComplete;
  await expectSafe(el, before, 'screener question');
  await skipToResult(el);
  await expectSafe(el, before, 'screener result');
  const links = sqa<HTMLAnchorElement>(el, '[part="result"] .big-contacts a');
  const phone = links.find((a) => a.getAttribute('href') === 'tel:5550100');
  expect(phone, 'phone call to action').to.exist;
  if (label) expectIncludes(textOf(phone), `${label}: 555-0100`, 'phone call to action');
  else if (name && !lang) expectIncludes(textOf(phone), `Call ${name}: 555-0100`, 'phone call to action');
  // A payload the core accepts as a link is rendered exactly; a refused one is not rendered at all.
  const hrefs = links.map((a) => a.getAttribute('href'));
  expect(hrefs.filter((h) => h !== 'tel:5550100'), 'only links the core accepted').to.deep.equal(config.cta.href ? [config.cta.href] : []);

  // 2. A level's own call to action (a link with the payload as label) and JSON levelsOffered, then
  //    the "does not offer" text once the JSON changes live.
  const json2 = {
    version: 1,
    centerName: p,
    levelsOffered: [p, 'iop'],
    levels: { iop: { href: '/iop', label: p }, residential: { href: p, label: p } },
  };
  const two = await mount(create<LocScreener>('loc-screener', { audience: 'adult', respondent: 'self', focus: 'substance' }, json2), lang);
  if (!lang) expectIssuesShown(two.el, parseScreenerConfig({ audience: 'adult', respondent: 'self', focus: 'substance' }, JSON.stringify(json2)).issues, 'screener levels');
  sq<HTMLButtonElement>(two.el, 'section.start button')!.click();
  await two.el.updateComplete;
  await walkIop(two.el);
  await expectSafe(two.el, two.before, 'screener IOP result');
  const cta = sqa<HTMLAnchorElement>(two.el, '[part="result"] .big-contacts a');
  expect(cta.map((a) => a.getAttribute('href'))).to.deep.equal(['/iop']);
  if (label) expect(textOf(cta[0]).trim()).to.equal(label);
  else if (name && !lang) expect(textOf(cta[0]).trim()).to.equal(`Contact ${name}`);
  setJson(two.el, { version: 1, centerName: p, levelsOffered: ['op'] });
  await waitUntil(() => !sq(two.el, '[part="result"] .big-contacts'), 'result follows the new JSON', { timeout: 2000 });
  await expectSafe(two.el, two.before, 'screener "does not offer" result');
  if (name) expectIncludes(textOf(sq(two.el, '[part="result"]')), lang ? name : `${name} does not offer this level of care.`, 'result');
}

describe('XSS corpus', () => {
  it('has at least 50 distinct payloads', () => {
    expect(new Set(XSS_PAYLOADS).size).to.equal(XSS_PAYLOADS.length);
    expect(XSS_PAYLOADS.length).to.be.at.least(50);
  });
});

describe('XSS: <loc-screener> (every attribute, every JSON string; start, question, result, "does not offer")', () => {
  XSS_PAYLOADS.forEach((p, i) => {
    it(payloadName(i, p), () => screenerEverywhere(p));
  });
});

/* ------------------------------------------------------------------------------------------------
 * <iop-compare>
 * ---------------------------------------------------------------------------------------------- */

async function compareEverywhere(p: string, lang?: string): Promise<void> {
  const rows = Object.fromEntries(COMPARE_ROW_IDS.map((r) => [r, p]));
  const attrs: Record<string, string> = {
    levels: `op iop php residential inpatient ${p}`,
    audience: p,
    highlight: p,
    'no-link': p,
    'config-src': p,
  };
  if (!lang) attrs.lang = p;
  const json = {
    version: 1,
    centerName: p,
    cells: {
      ...Object.fromEntries(COMPARE_LEVEL_IDS.map((l) => [l, { ...rows }])),
      op: { ...rows, [p]: p },
      [p]: { hours: p },
    },
    cta: {
      op: { href: p, label: p },
      iop: { href: '/iop', label: p },
      php: { href: '/php', label: p, [p]: p },
      residential: { href: p },
      [p]: { href: '/x' },
    },
    [p]: p,
  };
  const { el, before } = await mount(create<IopCompare>('iop-compare', attrs, json), lang);
  const { config, issues } = parseCompareConfig(
    { levels: attrs.levels, audience: p, highlight: p, 'no-link': p },
    JSON.stringify(json),
  );
  await expectSafe(el, before, 'compare');
  if (!lang) {
    expectIssuesShown(el, issues, 'compare');
    if (p.trim()) expect(textOf(sq(el, '[part="notice"]'))).to.include('config-src');
  }
  const name = shown(p, 80);
  const cell = shown(p, 160);
  const label = shown(p, 60);
  const own = sqa(el, '.own');
  const levels = config.levels.length;
  if (cell) {
    // One layout is rendered (the table at this width): one own fact per level and row, each labelled with the center's name.
    expect(own.length, 'own facts in the table').to.equal(levels * COMPARE_ROW_IDS.length);
    for (const o of own) {
      expect(textOf(o).endsWith(cell), `own fact ends with ${short(cell)}`).to.be.true;
      if (!lang) expect(textOf(o.querySelector('strong'))).to.equal(name ? `At ${name}:` : 'Our program:');
      else if (name) expectIncludes(textOf(o.querySelector('strong')), name, 'own fact label');
    }
  } else expect(own.length).to.equal(0);
  // Calls to action: the payload label on /iop and /php; a refused href is not rendered.
  const ctas = sqa<HTMLAnchorElement>(el, 'a.cta');
  const expectedHrefs = COMPARE_LEVEL_IDS.filter((l) => config.cta[l]).map((l) => config.cta[l]!.href);
  expect(ctas.map((a) => a.getAttribute('href')), 'call-to-action links (the table)').to.deep.equal(expectedHrefs);
  for (const a of ctas.filter((x) => ['/iop', '/php'].includes(x.getAttribute('href')!))) {
    if (label) expect(textOf(a).trim()).to.equal(label);
  }
  // The page-level event from a screener, with hostile details.
  for (const detail of [{ level: p }, p, { level: { toString: () => p } }]) {
    document.dispatchEvent(new CustomEvent('loc-screener-complete', { detail, bubbles: true, composed: true }));
  }
  await expectSafe(el, before, 'compare after hostile screener events');
}

describe('XSS: <iop-compare> (every attribute, every cell, every call to action)', () => {
  XSS_PAYLOADS.forEach((p, i) => {
    it(payloadName(i, p), () => compareEverywhere(p));
  });
});

/* ------------------------------------------------------------------------------------------------
 * <program-checklist>
 * ---------------------------------------------------------------------------------------------- */

function checklistJson(p: string) {
  return {
    version: 1,
    hide: [p, 'privacy'],
    add: [
      { id: p, sign: 'Bad id', ask: 'Bad id?' },
      { id: 'xss-a', sign: p, ask: p, why: p, good: p },
      { id: 'xss-b', sign: 'Peer mentors', ask: p, [p]: p },
    ],
    meets: { licensed: p, 'xss-a': p, [p]: p },
    [p]: p,
  };
}

const typeInto = (field: HTMLInputElement | HTMLTextAreaElement, value: string): string => {
  field.value = value;
  field.dispatchEvent(new Event('input'));
  return field.value;
};

async function checklistVisitor(p: string, lang?: string): Promise<void> {
  const attrs: Record<string, string> = { mode: p, remember: p, 'storage-key': p, 'config-src': p };
  if (!lang) attrs.lang = p;
  const json = checklistJson(p);
  const { el, before } = await mount(create<ProgramChecklist>('program-checklist', attrs, json), lang);
  const { config, issues } = parseChecklistConfig({ mode: p, remember: p, 'storage-key': p }, JSON.stringify(json));
  await expectSafe(el, before, 'checklist visitor');
  if (!lang) {
    expectIssuesShown(el, issues, 'checklist visitor');
    if (p.trim()) expect(textOf(sq(el, '[part="notice"]'))).to.include('config-src');
  }
  expect(fields(issues)).to.include('json.add[0].id');
  expect(sqa(el, 'fieldset[part="item"]').length).to.equal(config.items.length);
  const sign = shown(p, 120);
  const long = shown(p, 300);
  // One answer, so the summary lists what is still to ask (before any answer it shows the count only).
  sq<HTMLInputElement>(el, 'input[name="licensed"][value="yes"]')!.click();
  await (el as ProgramChecklist).updateComplete;
  const a = sq(el, 'fieldset[part="item"]:has(input[name="xss-a"])');
  if (sign) {
    expect(a, 'the added item').to.exist;
    expect(textOf(a!.querySelector('summary span'))).to.equal(`${config.items.findIndex((i) => i.id === 'xss-a') + 1}. ${sign}`);
    expectIncludes(textOf(a!.querySelector('details > p')), long, 'ask');
    expectIncludes(textOf(a!.querySelector('details')), long, 'why and good answer');
    expectIncludes(textOf(sq(el, '[part="summary"] ul')), sign, 'still to ask');
  } else expect(a).to.equal(null);
  const b = sq(el, 'fieldset[part="item"]:has(input[name="xss-b"])');
  if (long) expectIncludes(textOf(b!.querySelector('details > p')), long, 'ask of the second added item');

  // What the visitor types: a program name and notes, then a second program and the comparison view.
  const nameInput = () => sq<HTMLInputElement>(el, '[part="program-tabs"] input[type="text"]')!;
  const typedName = typeInto(nameInput(), p).slice(0, 60);
  const notes = sqa<HTMLTextAreaElement>(el, 'fieldset[part="item"] textarea');
  const typedNote = typeInto(notes[0], p).slice(0, 1000);
  if (a) typeInto(a.querySelector('textarea')!, p);
  sq<HTMLInputElement>(el, 'input[name="licensed"][value="yes"]')!.click();
  await el.updateComplete;
  await expectSafe(el, before, 'checklist with typed name and notes');
  const tab = () => sqa(el, '[part="program-tabs"] [role="group"] button').map((x) => textOf(x).trim());
  const displayName = typedName.trim();
  if (displayName) expect(tab()).to.deep.equal([displayName]);
  if (typedNote.trim()) expectIncludes(textOf(notes[0].closest('fieldset')!.querySelector('.print-only')), typedNote, 'printed note');
  // "Add a program": the first button of the row after the name field.
  sq<HTMLButtonElement>(el, '[part="program-tabs"] > div.row:not([role]) button')!.click();
  await el.updateComplete;
  const secondName = typeInto(nameInput(), `2 ${p}`).slice(0, 60).trim();
  await el.updateComplete;
  await expectSafe(el, before, 'checklist comparison view');
  const heads = sqa(el, '[part="compare"] thead th').map((x) => textOf(x).trim());
  if (displayName) expect(heads.slice(1)).to.deep.equal([displayName, secondName]);

  // Copy as text, with the clipboard refused: the text shows in a box.
  const realClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
  try {
    sqa<HTMLButtonElement>(el, '[part="summary"] button')[1].click();
    await waitUntil(() => sq(el, '[part="summary"] textarea[readonly]'), 'copy fallback box', { timeout: 2000 });
  } finally {
    if (realClipboard) Object.defineProperty(navigator, 'clipboard', realClipboard);
    else delete (navigator as unknown as Record<string, unknown>).clipboard;
  }
  await expectSafe(el, before, 'checklist copy fallback');
  const box = sq<HTMLTextAreaElement>(el, '[part="summary"] textarea[readonly]')!;
  if (displayName) expectIncludes(box.value, `== ${displayName} ==`, 'copied text');

  // Saved answers come back from localStorage as text (the widget remembers with any value but "false").
  if (config.remember) {
    // A reload: the first checklist is gone, so the new one is the first of the page and reads its key (issue #14).
    el.remove();
    const again = await mount(create<ProgramChecklist>('program-checklist', attrs, json), lang);
    await expectSafe(again.el, again.before, 'checklist restored from localStorage');
    const names = sqa(again.el, '[part="program-tabs"] [role="group"] button').map((x) => textOf(x).trim());
    expect(names).to.have.length(2);
    if (displayName) expect(names[0]).to.equal(displayName);
  }
}

async function checklistShowcase(p: string, lang?: string): Promise<void> {
  const attrs: Record<string, string> = { mode: 'showcase', 'storage-key': p };
  if (!lang) attrs.lang = p;
  const json = checklistJson(p);
  const { el, before } = await mount(create<ProgramChecklist>('program-checklist', attrs, json), lang);
  const { config, issues } = parseChecklistConfig({ mode: 'showcase', 'storage-key': p }, JSON.stringify(json));
  await expectSafe(el, before, 'checklist showcase');
  if (!lang) expectIssuesShown(el, issues, 'checklist showcase');
  const lists = sqa(el, 'ul.plain');
  const offered = lists.length === 2 ? lists[0] : null;
  const note = shown(p, 200);
  const sign = shown(p, 120);
  const long = shown(p, 300);
  expect(config.meets).to.have.property('licensed');
  if (note) expectIncludes(textOf(offered), note, 'licensed note');
  if (sign) expectIncludes(textOf(offered), sign, 'added item the program meets');
  if (long) expectIncludes(textOf(lists[lists.length - 1]), long, '"Ask us about" question');
  expect(sqa(el, '[part="item"]').length).to.equal(config.items.length);
}

describe('XSS: <program-checklist> visitor mode (attributes, JSON, typed names and notes, comparison, copy, saved answers)', () => {
  XSS_PAYLOADS.forEach((p, i) => {
    it(payloadName(i, p), () => checklistVisitor(p));
  });
});

describe('XSS: <program-checklist> showcase mode (meets notes, added items)', () => {
  XSS_PAYLOADS.forEach((p, i) => {
    it(payloadName(i, p), () => checklistShowcase(p));
  });
});

/* ------------------------------------------------------------------------------------------------
 * Spanish: the translated templates interpolate the same strings (str`…` with placeholders).
 * Last in this file: it switches the bundle's language.
 * ---------------------------------------------------------------------------------------------- */

describe('XSS in Spanish (the widgets that put host strings into translated sentences)', () => {
  // <loc-screener> ("Compartido por …", "Llamar a …", "… no ofrece …") and <iop-compare> ("En …:").
  // <program-checklist> puts no host or visitor string into a translated sentence.
  XSS_PAYLOADS.forEach((p, i) => {
    it(payloadName(i, p), async () => {
      await screenerEverywhere(p, 'es');
      await compareEverywhere(p, 'es');
    });
  });
});

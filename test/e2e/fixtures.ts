// Shared by the end-to-end specs: the `page` fixture with the in-page helpers (page-helpers.js), a record
// of what the page did (`rec`), axe with every rule, the touch-target tally, and a driver that answers the
// screener and the checklist with real clicks (Playwright's locators pierce open shadow roots).
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

declare global {
  interface Window {
    // What page-helpers.js measures (see there): plain objects, read through page.evaluate.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- page-helpers.js is plain JavaScript, with no types to import
    __e2e: any;
    __csp: string[];
    __selected?: string;
  }
}

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
export const STORAGE_PREFIX = 'level-of-care-widgets:program-checklist:v1:';
export const LANGUAGES = [
  { lang: 'en', page: '/demo/index.html', remember: '/demo/program-checklist.html', rememberKey: 'riverbend' },
  { lang: 'es', page: '/demo/es.html', remember: '/demo/program-checklist-es.html', rememberKey: 'riverbend-es' },
] as const;

/** What a page did: every request URL, page errors and console errors. */
export interface Rec {
  requests: string[];
  errors: string[];
  consoleErrors: string[];
}

export const test = base.extend<{ rec: Rec }>({
  // Every page gets the helpers before its own scripts run.
  page: async ({ page }, use) => {
    await page.addInitScript({ path: fileURLToPath(new URL('./page-helpers.js', import.meta.url)) });
    await use(page);
  },
  rec: async ({ page }, use) => {
    const rec: Rec = { requests: [], errors: [], consoleErrors: [] };
    page.on('request', (r) => rec.requests.push(r.url()));
    page.on('pageerror', (e) => rec.errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') rec.consoleErrors.push(m.text());
    });
    await use(rec);
  },
});
export { expect };

/** Records a measured figure: printed by the list reporter and kept as an annotation of the test. */
export function measured(text: string) {
  test.info().annotations.push({ type: 'measured', description: text });
  console.log(`      ${text}`);
}

/** Opens a demo page and waits until every widget on it shows its crisis bar. */
export async function openDemo(page: Page, path: string) {
  const response = await page.goto(path, { waitUntil: 'load' });
  await page.waitForFunction(
    () => {
      const hs = [...document.querySelectorAll('loc-screener, iop-compare, program-checklist')];
      return hs.length > 0 && hs.every((h) => h.shadowRoot?.querySelector('.crisis-bar'));
    },
    null,
    { timeout: 10_000 },
  );
  return response;
}

// ---------------------------------------------------------------------------------------------
// axe with every rule it has: WCAG A/AA, best practice (landmark-unique, region, …), AAA and experimental,
// on the whole document (axe enters open shadow roots). axe-core is injected once per page load and its
// findings are reduced in the page. (@axe-core/playwright's AxeBuilder was measured 3–5× slower per run here:
// it evaluates axe's 550 KB source twice before every run and sends the whole result object back; the
// specs run axe about 80 times.)
const AXE_PATH = fileURLToPath(import.meta.resolve('axe-core/axe.min.js'));

/** Runs axe; returns one line per violation, labelled with the state (empty when there is none). */
export async function axe(page: Page, label: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(() => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    return axe
      .run(document, { runOnly: { type: 'rule', values: axe.getRules().map((r) => r.ruleId) }, resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 4).map((n) => JSON.stringify(n.target)), count: v.nodes.length })));
  });
  return violations.map((v) => `${label}: ${v.id} (${v.impact}, ${v.count} node${v.count > 1 ? 's' : ''}) ${v.targets.join(' ')}`);
}

// ---------------------------------------------------------------------------------------------
// Touch targets (WCAG 2.5.8, held to 44×44 CSS px): measured in each state a spec visits, judged by
// expectTargets at the end of that spec.
export interface Touch {
  states: number;
  count: number;
  minW: number;
  minH: number;
  small: Set<string>;
  inline: Map<string, { w: number; h: number }>;
}
export const newTouch = (): Touch => ({ states: 0, count: 0, minW: Infinity, minH: Infinity, small: new Set(), inline: new Map() });

export async function targets(page: Page, touch: Touch, label: string) {
  const t = await page.evaluate(() => window.__e2e.targets());
  touch.states++;
  touch.count += t.count;
  touch.minW = Math.min(touch.minW, t.min.w);
  touch.minH = Math.min(touch.minH, t.min.h);
  for (const s of t.small as string[]) touch.small.add(`${label}: ${s}`);
  for (const s of t.inline as string[]) {
    const [, what, w, h] = s.match(/^(.*) (\d+)×(\d+)$/)!;
    const prev = touch.inline.get(what);
    if (!prev || +h < prev.h) touch.inline.set(what, { w: +w, h: +h });
  }
}

/** "7 touch targets": buttons, inputs (their label box), summaries, crisis/contact links ≥ 44×44 CSS px in every state measured. */
export async function expectTargets(touch: Touch) {
  await test.step('7 touch targets: buttons, inputs (label box), summaries, crisis/contact links ≥ 44×44 CSS px in every state', () => {
    expect(touch.states > 0 && touch.count > 0, 'nothing measured').toBe(true);
    expect([...touch.small], `${touch.small.size} target(s) under 44×44`).toEqual([]);
    measured(`touch targets: ${touch.count} in ${touch.states} states, smallest ${touch.minW.toFixed(0)} px wide, ${touch.minH.toFixed(0)} px tall`);
    // A link in running text (WCAG 2.5.8 inline exception): reported, not failed.
    if (touch.inline.size) measured(`links in running text (inline exception, reported, not failed): ${[...touch.inline].map(([what, { w, h }]) => `${what} ${w}×${h}`).join('; ')}`);
  });
}

// ---------------------------------------------------------------------------------------------
// Screener driver. One full path through the questions (the answer per question id).
export const PATH: Record<string, string> = {
  'danger-now': 'none',
  who: 'self-adult',
  focus: 'both',
  suicide: 'no',
  'use-frequency': 'weekly',
  substances: 'alcohol',
  'use-problems': 'cravings',
  withdrawal: 'none',
  medical: 'none',
  mood: 'some-days',
  'self-care': 'yes',
  'recent-care': 'no',
  'past-treatment': 'yes-returned',
  home: 'safe-stable',
  readiness: 'ready',
};

/** The screen a screener shows: start, question:<id>, result, crisis (read through the rendered page). */
export const screenOf = (host: Locator) =>
  host.evaluate((h) => {
    const r = h.shadowRoot!;
    if (r.querySelector('section.result')) return 'result';
    if (r.querySelector('section.crisis')) return 'crisis';
    const q = r.querySelector<HTMLInputElement>('form.question input');
    if (q) return `question:${q.name}`;
    if (r.querySelector('section.start')) return 'start';
    return 'none';
  });

/** Waits (5 s at most) until the screener's screen passes `pred`; returns it. */
export async function waitScreen(host: Locator, pred: (s: string) => boolean, what: string) {
  let s = '';
  await expect
    .poll(async () => pred((s = await screenOf(host))), { message: `the screener reaches ${what}`, timeout: 5000, intervals: [20] })
    .toBe(true);
  return s;
}

type Visit = (state: string) => Promise<void>;

/** Start → every question of one full path → result, calling visit(state) on each screen. */
export async function walkScreener(host: Locator, visit: Visit = async () => {}) {
  const states: string[] = [];
  const first = await screenOf(host);
  if (first !== 'start') {
    if (first === 'result' || first === 'crisis') await host.locator('.actions button').last().click();
    await waitScreen(host, (x) => x === 'start', 'start');
  }
  states.push('start');
  await visit('start');
  await host.locator('section.start button').click();
  let s = await waitScreen(host, (x) => x.startsWith('question:'), 'a question');
  for (let i = 0; i < 20 && s.startsWith('question:'); i++) {
    const id = s.slice('question:'.length);
    const value = PATH[id] ?? (await host.locator('form.question input').first().getAttribute('value'));
    await host.locator(`form.question input[value="${value}"]`).click();
    states.push(s);
    await visit(s);
    await host.locator('form.question button[type=submit]').click();
    const prev = s;
    s = await waitScreen(host, (x) => x !== prev, `the screen after ${prev}`);
  }
  expect(s, 'the path ends on the result').toBe('result');
  states.push('result');
  await visit('result');
  return states;
}

/** Start again → the danger question → "can't wake them" → the crisis panel. */
export async function toCrisis(host: Locator, visit: Visit = async () => {}) {
  if ((await screenOf(host)) !== 'start') {
    await host.locator('.actions button').last().click();
    await waitScreen(host, (x) => x === 'start', 'start');
  }
  await host.locator('section.start button').click();
  let s = await waitScreen(host, (x) => x.startsWith('question:'), 'a question');
  for (let i = 0; i < 5 && s !== 'question:danger-now'; i++) {
    const id = s.slice('question:'.length);
    await host.locator(`form.question input[value="${PATH[id]}"]`).click();
    await host.locator('form.question button[type=submit]').click();
    const prev = s;
    s = await waitScreen(host, (x) => x !== prev, `the screen after ${prev}`);
  }
  await host.locator('form.question input[value="cant-wake"]').click();
  // The red flag shows a note in place (WCAG 3.2.2): Next opens the crisis panel.
  await host.locator('form.question .flag').waitFor();
  await host.locator('form.question button[type=submit]').click();
  await waitScreen(host, (x) => x === 'crisis', 'the crisis panel');
  await visit('crisis');
}

/** Answers every item of the visitor checklist (yes/no/not sure in turn), names it, optionally adds a second program. */
export async function useChecklist(host: Locator, { programs = 1 } = {}) {
  const items = host.locator('ol.items > li > fieldset');
  const n = await items.count();
  expect(n, 'the checklist shows items').toBeGreaterThan(0);
  for (let p = 0; p < programs; p++) {
    if (p > 0) await host.locator('[part~="program-tabs"] .row:not([role]) button').first().click();
    await host.locator('[part~="program-tabs"] input[type=text]').fill(`Program ${String.fromCharCode(65 + p)}`);
    // Each item is one line until opened.
    for (let i = 0; i < n; i++) {
      if (!(await items.nth(i).locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) await items.nth(i).locator('summary').click();
      await items.nth(i).locator(`input[value="${['yes', 'no', 'unsure'][(i + p) % 3]}"]`).click();
    }
    await items.first().locator('textarea').fill('Called on Monday');
  }
  return n;
}

// End-to-end checks of the BUILT demo pages (`npm run test:e2e`), in Debian's Chromium (CHROME_PATH or
// /usr/bin/chromium; no browser is downloaded) driven by playwright-core:
//   1. privacy: no request off the server or outside /dist/ and /demo/, no cookies, no storage, no
//      IndexedDB (only the documented key with <program-checklist remember>);
//   2. strict CSP page: header sent, widgets work, no CSP violation, no page error;
//   3. two copies of the script: everything renders, no error;
//   4. keyboard alone: screener Start → result, a red flag ticked with Space (no takeover; the note is
//      announced; Next opens the crisis panel, whose focused heading says what to do), every checklist
//      item, the table's call to action;
//   5. layout: no horizontal overflow at 320 px and at 200 % zoom, in every screener state;
//   6. forced colors: controls keep a visible text/border color; focus ring visible;
//   7. touch targets: 44×44 CSS px for buttons, inputs (their label) and crisis/contact links;
//   8. axe with every rule (WCAG A/AA, best practice, AAA and experimental) in every state, English and Spanish;
//   9. 20 screeners on one page share no state;
//  10. English and Spanish widgets on one page each show their own language.
// Builds first when dist/cdn is missing, serves the repo with scripts/serve.mjs on a free
// 127.0.0.1 port (a child process, always stopped), prints one `ok`/`FAIL` line per check with what it
// measured, ends with `e2e: N passed, M failed` and exits 1 on any failure. About 30–60 s on 2 cores.
// E2E_ONLY=<regex> runs only the checks whose name matches (for debugging).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureBuild, launchChromium, startServer } from './bench-harness.mjs';
import { assert, createReport } from './report.mjs';

const started = Date.now();
const secs = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const AXE_PATH = fileURLToPath(import.meta.resolve('axe-core/axe.min.js'));
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const STORAGE_PREFIX = 'level-of-care-widgets:program-checklist:v1:';

/** Runs one check; a failing check is reported and the others still run. E2E_ONLY=<regex> picks checks. */
const report = createReport({ only: process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY) : null });
const { check } = report;
const note = (text) => console.log(`      ${text}`);

// Ctrl+C still stops the server (bench-harness kills it on exit).
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));
/** The demo server ({ origin, stop }) from bench-harness. */
let server;

// ---------------------------------------------------------------------------------------------
// In-page helpers, installed before any page script runs (window.__e2e). They only read the page.
function pageHelpers() {
  const hosts = () => [...document.querySelectorAll('loc-screener, iop-compare, program-checklist')].filter((h) => h.shadowRoot);
  const rendered = (el) => {
    if (!el.getClientRects().length) return false;
    const cs = getComputedStyle(el);
    return cs.visibility !== 'hidden' && cs.display !== 'none';
  };
  const text = (el) => (el.innerText || el.textContent || el.value || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 50);
  const where = (host) => `${host.localName}[${[...document.querySelectorAll(host.localName)].indexOf(host)}]`;
  const describe = (host, el) => `${where(host)} ${el.localName}${el.classList.length ? '.' + [...el.classList].join('.') : ''}${el.type && el.localName === 'input' ? `[${el.type}]` : ''} "${text(el)}"`;
  const transparent = (c) => !c || c === 'transparent' || /^rgba\([^)]*,\s*0(\.0*)?\)$/.test(c) || /\/\s*0(\.0*)?\)$/.test(c);
  const isButtonLike = (el) => el.localName === 'button' || el.matches('a.button, a.contact, a.cta');
  /** Radios and checkboxes are measured by their label, which is the target a finger hits. */
  const targetBox = (root, el) => (el.matches('input[type=radio], input[type=checkbox]') ? el.closest('label') || (el.id && root.querySelector(`label[for="${el.id}"]`)) || el : el);

  window.__e2e = {
    /** The element that has focus, through open shadow roots, described. */
    active() {
      let a = document.activeElement;
      let host = null;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) {
        host = a;
        a = a.shadowRoot.activeElement;
      }
      if (!a) return null;
      return {
        host: host?.localName ?? null,
        hostIndex: host ? [...document.querySelectorAll(host.localName)].indexOf(host) : -1,
        tag: a.localName,
        type: a.type ?? null,
        value: a.value ?? null,
        name: a.name ?? null,
        checked: a.checked ?? null,
        text: text(a),
        inResult: !!a.closest?.('section.result'),
        inQuestion: !!a.closest?.('form.question'),
        dataFocus: a.hasAttribute?.('data-focus') ?? false,
        cls: a.className || '',
        href: a.getAttribute?.('href') ?? null,
      };
    },
    /** Horizontal overflow: the document, each widget, and each element inside its shadow root. */
    layout() {
      const out = { doc: document.documentElement.scrollWidth, vw: innerWidth, over: [], regions: [], checked: 0, widest: 0 };
      for (const host of hosts()) {
        out.checked++;
        if (host.scrollWidth > host.clientWidth) out.over.push(`${where(host)} host ${host.scrollWidth} > ${host.clientWidth}`);
        const r = host.getBoundingClientRect();
        if (r.right > innerWidth + 0.5) out.over.push(`${where(host)} host right edge ${r.right.toFixed(1)} > viewport ${innerWidth}`);
        for (const el of host.shadowRoot.querySelectorAll('*')) {
          if (!rendered(el) || el.matches('.visually-hidden, style, script')) continue;
          const cs = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          if (box.right > innerWidth + 0.5 && !el.closest('.scroll')) out.over.push(`${describe(host, el)} right edge ${box.right.toFixed(1)} > viewport ${innerWidth}`);
          if (cs.display === 'inline' || cs.display === 'contents' || /^table-(row|cell|column|row-group|header-group|footer-group)/.test(cs.display)) continue;
          out.checked++;
          // A keyboard-focusable scroll region (a wide data table) is allowed to scroll (WCAG 1.4.10 exception).
          if (/auto|scroll/.test(cs.overflowX) && el.tabIndex >= 0) {
            if (el.scrollWidth > el.clientWidth) out.regions.push(`${describe(host, el)} scrolls ${el.scrollWidth}/${el.clientWidth}`);
            continue;
          }
          out.widest = Math.max(out.widest, el.scrollWidth - el.clientWidth);
          if (el.scrollWidth > el.clientWidth) out.over.push(`${describe(host, el)} scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
        }
      }
      return out;
    },
    /** Target sizes: buttons, inputs (label box for radios/checkboxes), summaries and crisis/contact links. */
    targets() {
      const out = { count: 0, min: { w: Infinity, h: Infinity }, small: [], inline: [] };
      for (const host of hosts()) {
        const root = host.shadowRoot;
        for (const el of root.querySelectorAll('button, a[href], input, textarea, select, summary')) {
          if (!rendered(el)) continue;
          const box = targetBox(root, el).getBoundingClientRect();
          const size = `${box.width.toFixed(0)}×${box.height.toFixed(0)}`;
          if (el.localName === 'a' && !isButtonLike(el) && getComputedStyle(el).display === 'inline') {
            // A link in running text (WCAG 2.5.8 inline exception): reported, not failed.
            out.inline.push(`${describe(host, el)} ${size}`);
            continue;
          }
          out.count++;
          out.min.w = Math.min(out.min.w, box.width);
          out.min.h = Math.min(out.min.h, box.height);
          if (box.width < 44 - 0.01 || box.height < 44 - 0.01) out.small.push(`${describe(host, el)} ${size}`);
        }
      }
      return out;
    },
    /** Forced colors: every control has a size and a visible (non-transparent) text or border color. */
    forcedColors() {
      const out = { count: 0, bad: [], colors: new Set() };
      for (const host of hosts()) {
        const root = host.shadowRoot;
        for (const el of root.querySelectorAll('button, a[href], input[type=radio], input[type=checkbox], label.option, .choices label, summary')) {
          if (!rendered(el)) continue;
          out.count++;
          const cs = getComputedStyle(el);
          const b = el.getBoundingClientRect();
          const border = ['Top', 'Right', 'Bottom', 'Left'].some((s) => parseFloat(cs[`border${s}Width`]) > 0 && cs[`border${s}Style`] !== 'none' && !transparent(cs[`border${s}Color`]));
          const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !transparent(cs.outlineColor);
          const color = !transparent(cs.color);
          out.colors.add(cs.color);
          const why = [];
          if (!(b.width > 0 && b.height > 0)) why.push(`size ${b.width}×${b.height}`);
          // Buttons and option labels must keep their outline (a border) so their shape stays visible.
          if ((isButtonLike(el) || el.localName === 'label') && !border && !outline) why.push(`no visible border (${cs.borderTopWidth} ${cs.borderTopStyle} ${cs.borderTopColor})`);
          if (!color && !border && !outline) why.push(`transparent color ${cs.color}`);
          if (why.length) out.bad.push(`${describe(host, el)}: ${why.join(', ')}`);
        }
      }
      out.colors = [...out.colors];
      return out;
    },
    /** The focus indicator of the focused element (through shadow roots). */
    focusRing() {
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      if (!a) return null;
      const cs = getComputedStyle(a);
      return { tag: a.localName, text: text(a), focusVisible: a.matches(':focus-visible'), outlineStyle: cs.outlineStyle, outlineWidth: cs.outlineWidth, outlineColor: cs.outlineColor, border: `${cs.borderTopWidth} ${cs.borderTopStyle} ${cs.borderTopColor}` };
    },
    /** Each widget rendered its crisis bar. */
    rendered() {
      return [...document.querySelectorAll('loc-screener, iop-compare, program-checklist')].map((h) => ({ tag: h.localName, crisis: !!h.shadowRoot?.querySelector('.crisis-bar'), defined: !!customElements.get(h.localName) }));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Screener driver (real clicks through Playwright's shadow-piercing locators).
const PATH = {
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

const screenOf = (host) =>
  host.evaluate((h) => {
    const r = h.shadowRoot;
    if (r.querySelector('section.result')) return 'result';
    if (r.querySelector('section.crisis')) return 'crisis';
    const q = r.querySelector('form.question input');
    if (q) return `question:${q.name}`;
    if (r.querySelector('section.start')) return 'start';
    return 'none';
  });

async function waitScreen(host, pred, what) {
  const until = Date.now() + 5000;
  let s;
  while (Date.now() < until) {
    s = await screenOf(host);
    if (pred(s)) return s;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`screener did not reach ${what} (still ${s})`);
}

/** Start → every question of one full path → result, calling visit(state) on each screen. */
async function walkScreener(host, visit = async () => {}) {
  const states = [];
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
  assert(s === 'result', `the path ended on ${s}, not the result`);
  states.push('result');
  await visit('result');
  return states;
}

/** Start again → the danger question → "can't wake them" → the crisis panel. */
async function toCrisis(host, visit = async () => {}) {
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
async function useChecklist(host, { programs = 1 } = {}) {
  const items = host.locator('ol.items > li > fieldset');
  const n = await items.count();
  assert(n > 0, 'the checklist shows no items');
  for (let p = 0; p < programs; p++) {
    if (p > 0) await host.locator('[part~="program-tabs"] .row:not([role]) button').first().click();
    await host.locator('[part~="program-tabs"] input[type=text]').fill(`Program ${String.fromCharCode(65 + p)}`);
    // Each item is one line until opened.
    for (let i = 0; i < n; i++) {
      if (!(await items.nth(i).locator('details').evaluate((d) => d.open))) await items.nth(i).locator('summary').click();
      await items.nth(i).locator(`input[value="${['yes', 'no', 'unsure'][(i + p) % 3]}"]`).click();
    }
    await items.first().locator('textarea').fill('Called on Monday');
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
async function main() {
  await ensureBuild();
  server = await startServer();
  const base = server.origin;
  const origin = base;
  console.log(`…     serving the repo at ${base} (scripts/serve.mjs)`);
  const browser = await launchChromium();
  try {
    const axeSource = readFileSync(AXE_PATH, 'utf8');
    assert(axeSource.length > 100_000, `axe-core not found at ${AXE_PATH}`);

    /** A fresh context and page with the helpers; records requests, page errors and console errors. */
    async function open(path, ctxOptions = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...ctxOptions });
      await context.addInitScript(pageHelpers);
      const page = await context.newPage();
      const rec = { requests: [], errors: [], consoleErrors: [] };
      page.on('request', (r) => rec.requests.push(r.url()));
      page.on('pageerror', (e) => rec.errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && rec.consoleErrors.push(m.text()));
      const response = await page.goto(base + path, { waitUntil: 'load' });
      await page.waitForFunction(() => {
        const hs = [...document.querySelectorAll('loc-screener, iop-compare, program-checklist')];
        return hs.length > 0 && hs.every((h) => h.shadowRoot?.querySelector('.crisis-bar'));
      }, null, { timeout: 10_000 });
      return { context, page, rec, response };
    }

    // axe in a page: inject once per page load, run on the whole document (axe enters open shadow roots).
    const axeFindings = [];
    let axeRuns = 0;
    async function axe(page, label) {
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
      // Every rule axe has, not only the WCAG A/AA tags: best practice (landmark-unique, region, …) too.
      const violations = await page.evaluate(() =>
        window.axe
          .run(document, { runOnly: { type: 'rule', values: window.axe.getRules().map((r) => r.ruleId) }, resultTypes: ['violations'] })
          .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 4).map((n) => JSON.stringify(n.target)), count: v.nodes.length }))),
      );
      axeRuns++;
      for (const v of violations) axeFindings.push(`${label}: ${v.id} (${v.impact}, ${v.count} node${v.count > 1 ? 's' : ''}) ${v.targets.join(' ')}`);
    }
    // Touch targets and layout are collected per state, then judged by their checks.
    const touch = { states: 0, count: 0, minW: Infinity, minH: Infinity, small: new Set(), inline: new Map() };
    async function targets(page, label) {
      const t = await page.evaluate(() => window.__e2e.targets());
      touch.states++;
      touch.count += t.count;
      touch.minW = Math.min(touch.minW, t.min.w);
      touch.minH = Math.min(touch.minH, t.min.h);
      for (const s of t.small) touch.small.add(`${label}: ${s}`);
      for (const s of t.inline) {
        const [, what, w, h] = s.match(/^(.*) (\d+)×(\d+)$/);
        const prev = touch.inline.get(what);
        if (!prev || +h < prev.h) touch.inline.set(what, { w: +w, h: +h });
      }
    }

    const languages = [
      { lang: 'en', page: '/demo/index.html', remember: '/demo/program-checklist.html', rememberKey: 'riverbend' },
      { lang: 'es', page: '/demo/es.html', remember: '/demo/program-checklist-es.html', rememberKey: 'riverbend-es' },
    ];

    // ------------------------------------------------------------------ 1, 7, 8 (desktop), per language
    for (const L of languages) {
      const { context, page, rec } = await open(L.page);
      const screener = page.locator('loc-screener').first();
      const checklist = page.locator('program-checklist').first();
      const compare = page.locator('iop-compare').first();
      const visit = (what) => async (state) => {
        await axe(page, `${L.lang} ${what} ${state}`);
        await targets(page, `${L.lang} ${what} ${state}`);
      };
      let states = [];
      await check(`8 axe ${L.lang}: screener start, every question of one path, result, crisis panel (${L.page})`, async () => {
        const before = axeFindings.length;
        states = await walkScreener(screener, visit('screener'));
        await toCrisis(screener, visit('screener'));
        const found = axeFindings.slice(before);
        assert(!found.length, `${found.length} violation(s):\n${found.join('\n')}`);
        return `${states.length + 1} states (${states.filter((s) => s.startsWith('question')).length} questions), 0 violations`;
      });
      // Back to a finished screener, so the table follows its result.
      await walkScreener(screener);
      await check(`8 axe ${L.lang}: checklist with answers, 2 programs side by side; table wide`, async () => {
        const before = axeFindings.length;
        const n = await useChecklist(checklist, { programs: 1 });
        await visit('checklist')('visitor, answered');
        await useChecklist(checklist, { programs: 2 });
        assert(await checklist.locator('[part~="compare"] table').isVisible(), 'no comparison table with 2 programs');
        await visit('checklist')('2 programs compared');
        // The table: click a cell, hover the headers, scroll it into view.
        await compare.locator('table tbody td').nth(3).click();
        await compare.locator('thead th').last().hover();
        assert(await compare.locator('table').isVisible(), 'the wide table is not shown at 1280 px');
        await visit('table')('wide');
        await page.setViewportSize({ width: 320, height: 800 });
        await compare.locator('.cards').waitFor({ state: 'visible' });
        await visit('table')('cards (320 px)');
        await visit('checklist')('320 px');
        await page.setViewportSize({ width: 1280, height: 800 });
        const found = axeFindings.slice(before);
        assert(!found.length, `${found.length} violation(s):\n${found.join('\n')}`);
        return `${n} items answered ×2 programs, 5 states, 0 violations`;
      });
      // 1. Privacy, after everything above.
      await check(`1 privacy ${L.lang}: requests, cookies, storage, IndexedDB after the screener, checklist and table (${L.page})`, async () => {
        await page.waitForTimeout(300);
        const off = rec.requests.filter((u) => new URL(u).origin !== origin);
        const paths = [...new Set(rec.requests.filter((u) => new URL(u).origin === origin).map((u) => new URL(u).pathname))];
        const outside = paths.filter((p) => !/^\/(dist|demo)\//.test(p));
        const cookies = await context.cookies();
        const store = await page.evaluate(async () => ({
          local: Object.keys(localStorage),
          session: Object.keys(sessionStorage),
          idb: (await indexedDB.databases()).map((d) => d.name),
        }));
        assert(!off.length, `${off.length} request(s) to another origin: ${off.join(', ')}`);
        assert(!outside.length, `request(s) outside /dist/ and /demo/: ${outside.join(', ')}`);
        assert(!cookies.length, `cookies: ${cookies.map((c) => c.name).join(', ')}`);
        assert(!store.local.length && !store.session.length, `storage: local [${store.local}] session [${store.session}]`);
        assert(!store.idb.length, `IndexedDB databases: ${store.idb.join(', ')}`);
        assert(!rec.errors.length, `page errors: ${rec.errors.join('; ')}`);
        note(`files (${paths.length}): ${paths.join(' ')}`);
        return `${rec.requests.length} requests, all to ${origin} under /dist/ or /demo/ (${paths.length} files, listed below); 0 other origins, 0 cookies, localStorage 0, sessionStorage 0, IndexedDB 0`;
      });
      await context.close();

      // The remember page: only the documented versioned key. Also the showcase checklist for axe/targets.
      const r = await open(L.remember);
      await check(`1 privacy ${L.lang}: <program-checklist remember> stores only ${STORAGE_PREFIX}${L.rememberKey} (${L.remember})`, async () => {
        const host = r.page.locator('program-checklist:not([mode])').first();
        const n = await useChecklist(host, { programs: 2 });
        await axe(r.page, `${L.lang} checklist remember, 2 programs`);
        await targets(r.page, `${L.lang} checklist remember, 2 programs`);
        await axe(r.page, `${L.lang} checklist showcase`);
        const store = await r.page.evaluate(async () => ({
          local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
          session: Object.keys(sessionStorage),
          idb: (await indexedDB.databases()).map((d) => d.name),
        }));
        const keys = Object.keys(store.local);
        const cookies = await r.context.cookies();
        const off = r.rec.requests.filter((u) => new URL(u).origin !== origin || !/^\/(dist|demo)\//.test(new URL(u).pathname));
        assert(keys.length === 1 && keys[0] === STORAGE_PREFIX + L.rememberKey, `localStorage keys: [${keys.join(', ')}]`);
        const saved = JSON.parse(store.local[keys[0]]);
        assert(!store.session.length && !store.idb.length && !cookies.length, `session [${store.session}] idb [${store.idb}] cookies ${cookies.length}`);
        assert(!off.length, `requests: ${off.join(', ')}`);
        return `1 key (${store.local[keys[0]].length} chars, ${saved?.programs?.length ?? '?'} programs, ${n} items), sessionStorage 0, IndexedDB 0, cookies 0, ${r.rec.requests.length} requests all local`;
      });
      await r.context.close();
    }
    await check('8 axe: checklist showcase and the remember checklist, both languages', async () => {
      const found = axeFindings.filter((f) => /checklist (remember|showcase)/.test(f));
      assert(!found.length, found.join('\n'));
      return '4 states, 0 violations';
    });

    // ------------------------------------------------------------------ 8 on cms-paste (showcase of pasted widgets)
    {
      const { context, page } = await open('/demo/cms-paste.html');
      await check('8 axe: cms-paste.html (three pasted widgets, config-src)', async () => {
        const before = axeFindings.length;
        await page.waitForFunction(() => document.querySelectorAll('loc-screener')[1]?.shadowRoot?.textContent.includes('Riverbend'));
        await axe(page, 'cms-paste');
        await targets(page, 'cms-paste');
        const found = axeFindings.slice(before);
        assert(!found.length, found.join('\n'));
        return '0 violations';
      });
      await context.close();
    }

    // ------------------------------------------------------------------ 5 layout at 320 px and at 200 % zoom
    // 200 % zoom: a 1280×800 window zoomed to 200 % lays out a 640×400 CSS px viewport with 2 device
    // pixels per CSS px, so a 640×400 viewport with deviceScaleFactor 2 is the same layout.
    // (CDP Emulation.setPageScaleFactor is a pinch zoom: it does not reflow, so it would not test anything.)
    const layouts = [
      { name: '320 px', viewport: { width: 320, height: 800 }, deviceScaleFactor: 1 },
      { name: '200 % zoom (640×400 CSS px, deviceScaleFactor 2)', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
    ];
    for (const Lay of layouts) {
      for (const L of languages) {
        const { context, page } = await open(L.page, { viewport: Lay.viewport, deviceScaleFactor: Lay.deviceScaleFactor });
        await check(`5 layout ${Lay.name} ${L.lang}: no horizontal overflow in any screener state, checklist or table (${L.page})`, async () => {
          const screener = page.locator('loc-screener').first();
          const problems = [];
          const regions = new Set();
          let maxDoc = 0;
          let elements = 0;
          let n = 0;
          const measure = async (state) => {
            const m = await page.evaluate(() => window.__e2e.layout());
            n++;
            elements += m.checked;
            maxDoc = Math.max(maxDoc, m.doc);
            if (m.doc > m.vw) problems.push(`${state}: document scrollWidth ${m.doc} > ${m.vw}`);
            for (const o of m.over) problems.push(`${state}: ${o}`);
            for (const r of m.regions) regions.add(r);
            if (Lay.viewport.width === 320) await targets(page, `${L.lang} 320 px ${state}`);
          };
          await walkScreener(screener, measure);
          await toCrisis(screener, measure);
          // On a phone the checklist shows one short line per item until opened (it was 7,600 px with 15 open cards).
          const tall = Math.round(await page.locator('program-checklist').first().evaluate((h) => h.getBoundingClientRect().height));
          if (Lay.viewport.width === 320 && tall > 2500) {
            problems.push(`the checklist is ${tall} px tall at 320 px (items should be one line until opened)`);
          }
          await useChecklist(page.locator('program-checklist').first(), { programs: 2 });
          await measure('checklist 2 programs, cards table');
          assert(!problems.length, `${problems.length} overflow(s):\n${[...new Set(problems)].slice(0, 20).join('\n')}`);
          if (regions.size) note(`scroll regions (keyboard-focusable, allowed): ${[...regions].join('; ')}`);
          return `${n} states, ${elements} boxes measured, max document scrollWidth ${maxDoc} ≤ ${Lay.viewport.width}, 0 widget boxes wider than their client width; checklist ${tall} px tall before use`;
        });
        await context.close();
      }
    }

    // ------------------------------------------------------------------ 7 touch targets (collected above)
    await check('7 touch targets: buttons, inputs (label box), summaries, crisis/contact links ≥ 44×44 CSS px in every state', async () => {
      assert(touch.states > 0 && touch.count > 0, 'nothing measured');
      assert(!touch.small.size, `${touch.small.size} target(s) under 44×44:\n${[...touch.small].slice(0, 30).join('\n')}`);
      return `${touch.count} targets in ${touch.states} states (1280 and 320 px), smallest ${touch.minW.toFixed(0)} px wide, ${touch.minH.toFixed(0)} px tall`;
    });
    note(`links in running text (WCAG 2.5.8 inline exception, reported, not failed), ${touch.inline.size}, smallest box each:`);
    for (const [what, { w, h }] of touch.inline) note(`  ${what} ${w}×${h}`);

    // ------------------------------------------------------------------ 6 forced colors
    {
      const { context, page } = await open('/demo/index.html');
      await page.emulateMedia({ forcedColors: 'active' });
      await check('6 forced colors: every control visible (size, text and border color) in each state; focus ring visible', async () => {
        assert(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced-colors emulation is not active');
        const screener = page.locator('loc-screener').first();
        const bad = [];
        let count = 0;
        let states = 0;
        const colors = new Set();
        const probe = async (state) => {
          const f = await page.evaluate(() => window.__e2e.forcedColors());
          states++;
          count += f.count;
          f.colors.forEach((c) => colors.add(c));
          for (const b of f.bad) bad.push(`${state}: ${b}`);
        };
        await walkScreener(screener, probe);
        await toCrisis(screener, probe);
        await useChecklist(page.locator('program-checklist').first(), { programs: 2 });
        await page.locator('program-checklist').first().locator('details').first().evaluate((d) => (d.open = true));
        await probe('checklist and table');
        // The program shown: a thick Highlight border (a SelectedItem fill would hide its name under the backplate).
        const tabs = await page.locator('program-checklist').first().evaluate((h) =>
          [...h.shadowRoot.querySelectorAll('[part="program-tabs"] button')].map((b) => `${b.getAttribute('aria-pressed')}:${getComputedStyle(b).borderTopWidth}`),
        );
        if (!tabs.includes('true:4px') || tabs.some((t) => t.startsWith('false:4px'))) bad.push(`program shown not marked in forced colors: ${tabs.join(', ')}`);
        // Focus rings: focus a control by script, then Tab to the next one (keyboard focus → :focus-visible).
        const rings = [];
        for (const [tag, sel] of [
          ['loc-screener', '.crisis-bar a'],
          ['iop-compare', '.crisis-bar a'],
          ['program-checklist', '.crisis-bar a'],
          ['program-checklist', 'ol.items input[type=radio]'],
        ]) {
          await page.locator(tag).first().evaluate((h) => h.shadowRoot.querySelectorAll('ol.items details').forEach((d) => (d.open = true)));
          await page.locator(tag).first().locator(sel).first().focus();
          await page.keyboard.press('Tab');
          const ring = await page.evaluate(() => window.__e2e.focusRing());
          const visible = ring && ring.focusVisible && ring.outlineStyle !== 'none' && parseFloat(ring.outlineWidth) >= 1 && !/transparent|^rgba\([^)]*,\s*0(\.0*)?\)$/.test(ring.outlineColor);
          rings.push(`${tag} ${ring?.tag} "${ring?.text}": ${ring?.outlineStyle} ${ring?.outlineWidth} ${ring?.outlineColor}`);
          if (!visible) bad.push(`focus ring not visible on ${tag} ${JSON.stringify(ring)}`);
        }
        assert(!bad.length, `${bad.length} problem(s):\n${bad.slice(0, 25).join('\n')}`);
        note(`focus rings: ${rings.join('; ')}`);
        return `${count} controls in ${states} states visible; colors used: ${[...colors].join(', ')}; 4 focus rings visible`;
      });
      await context.close();
    }

    // ------------------------------------------------------------------ 4 keyboard alone
    {
      const { context, page } = await open('/demo/index.html');
      const kb = page.keyboard;
      const active = () => page.evaluate(() => window.__e2e.active());
      /** Presses key until the focused element matches pred (at most max presses). */
      async function tabTo(pred, what, { key = 'Tab', max = 80 } = {}) {
        for (let i = 0; i < max; i++) {
          await kb.press(key);
          const a = await active();
          if (a && pred(a)) return { a, presses: i + 1 };
        }
        throw new Error(`${key} ×${max} never reached ${what}; focus is on ${JSON.stringify(await active())}`);
      }
      const screener = page.locator('loc-screener').first();
      await check('4 keyboard: screener from Start to the result heading with Tab, Shift+Tab, arrows, Space and Enter', async () => {
        let keys = 0;
        const start = await tabTo((a) => a.host === 'loc-screener' && a.tag === 'button', 'the Start button');
        keys += start.presses;
        assert(/start/i.test(start.a.text), `first screener button is "${start.a.text}"`);
        await kb.press('Enter');
        keys++;
        let a = await active();
        assert(a.host === 'loc-screener' && a.tag === 'h2' && a.inQuestion, `after Start focus is on ${JSON.stringify(a)}, not the question heading`);
        let questions = 0;
        let shiftChecked = false;
        for (let i = 0; i < 20; i++) {
          const s = await screenOf(screener);
          if (!s.startsWith('question:')) break;
          questions++;
          const id = s.slice(9);
          const want = PATH[id];
          const info = await screener.evaluate((h) => {
            const inputs = [...h.shadowRoot.querySelectorAll('form.question input')];
            return { type: inputs[0].type, values: inputs.map((i) => i.value) };
          });
          const idx = Math.max(0, info.values.indexOf(want));
          if (info.type === 'radio') {
            const r = await tabTo((x) => x.tag === 'input' && x.type === 'radio', 'the first option');
            keys += r.presses;
            if (idx === 0) await kb.press('Space');
            for (let k = 0; k < idx; k++) await kb.press('ArrowDown');
            keys += Math.max(1, idx);
          } else {
            const r = await tabTo((x) => x.tag === 'input' && x.value === info.values[idx], `option ${info.values[idx]}`);
            keys += r.presses + 1;
            await kb.press('Space');
          }
          a = await active();
          assert(a.value === info.values[idx] && a.checked, `${id}: ${info.values[idx]} is not focused and checked: ${JSON.stringify(a)}`);
          const sub = await tabTo((x) => x.tag === 'button' && x.type === 'submit', 'Next');
          keys += sub.presses;
          if (!shiftChecked) {
            await kb.press('Shift+Tab');
            a = await active();
            assert(a.tag === 'button' && a.type === 'button' && /back/i.test(a.text), `Shift+Tab from Next went to ${JSON.stringify(a)}, not Back`);
            await kb.press('Tab');
            keys += 2;
            shiftChecked = true;
          }
          await kb.press('Enter');
          keys++;
          await waitScreen(screener, (x) => x !== s, `the screen after ${s}`);
          a = await active();
          assert(a.host === 'loc-screener' && a.tag === 'h2' && a.dataFocus, `after ${id} focus is on ${JSON.stringify(a)}, not the next heading`);
        }
        assert((await screenOf(screener)) === 'result', `ended on ${await screenOf(screener)}`);
        a = await active();
        assert(a.tag === 'h2' && a.inResult, `focus is on ${JSON.stringify(a)}, not the result heading`);
        return `${questions} questions, ${keys} key presses, focus on the result heading "${a.text}"`;
      });
      await check('4 keyboard: a red flag ticked with Space keeps the question and announces a note; Next opens the crisis panel, whose focused heading says what to do', async () => {
        // The full text of the focused element (through shadow roots), and the screener's live region.
        const focusedText = () =>
          page.evaluate(() => {
            let x = document.activeElement;
            while (x?.shadowRoot?.activeElement) x = x.shadowRoot.activeElement;
            return { tag: x?.localName, text: (x?.textContent ?? '').replace(/\s+/g, ' ').trim() };
          });
        const status = () => screener.evaluate((h) => (h.shadowRoot.querySelector('form.question [role="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim());
        // From the result: Start again, then Start, with the keyboard.
        await tabTo((x) => x.host === 'loc-screener' && x.tag === 'button' && /start again/i.test(x.text), 'Start again');
        await kb.press('Enter');
        await waitScreen(screener, (x) => x === 'start', 'start');
        await tabTo((x) => x.host === 'loc-screener' && x.tag === 'button' && /^start$/i.test(x.text), 'Start');
        await kb.press('Enter');
        await waitScreen(screener, (x) => x === 'question:danger-now', 'the danger question');
        assert((await status()) === '', `the live region is not empty before: "${await status()}"`);
        await tabTo((x) => x.host === 'loc-screener' && x.value === 'seizure', 'the "A seizure" checkbox', { max: 15 });
        await kb.press('Space');
        let a = await active();
        assert(a.value === 'seizure' && a.checked, `"A seizure" is not focused and ticked: ${JSON.stringify(a)}`);
        assert((await screenOf(screener)) === 'question:danger-now', `ticking a sign changed the screen to ${await screenOf(screener)}`);
        const note = await status();
        assert(note === 'This answer means you may need help now. Get help now', `the live region says "${note}"`);
        // A second sign can be ticked before going on.
        await kb.press('Tab');
        await kb.press('Space');
        a = await active();
        assert(a.value === 'chest-pain' && a.checked && (await screenOf(screener)) === 'question:danger-now', `second sign: ${JSON.stringify(a)}`);
        await tabTo((x) => x.tag === 'button' && x.type === 'submit', 'Next');
        await kb.press('Enter');
        await waitScreen(screener, (x) => x === 'crisis', 'the crisis panel');
        const f = await focusedText();
        const want = 'Get help now This needs emergency care. Call 911 now or go to the nearest emergency room.';
        assert(f.tag === 'h2' && f.text === want, `the crisis panel announces ${JSON.stringify(f)}, not "${want}"`);
        return `note in the live region "${note}"; two signs ticked; Next → focus on the heading "${f.text}"`;
      });
      const checklist = page.locator('program-checklist').first();
      await check('4 keyboard: every checklist item answered with Tab, Space and arrows', async () => {
        const n = await checklist.locator('ol.items > li > fieldset').count();
        let keys = 0;
        for (let i = 0; i < n; i++) {
          // Each item is one line: Tab to its summary, Enter opens it, Tab to its answers.
          const s = await tabTo((x) => x.host === 'program-checklist' && x.tag === 'summary' && x.text.startsWith(`${i + 1}. `), `item ${i + 1}'s summary`, { max: 120 });
          await kb.press('Enter');
          const r = await tabTo((x) => x.host === 'program-checklist' && x.tag === 'input' && x.type === 'radio', `item ${i + 1}`, { max: 10 });
          keys += s.presses + 1 + r.presses;
          const k = i % 3;
          if (k === 0) await kb.press('Space');
          for (let j = 0; j < k; j++) await kb.press('ArrowRight');
          keys += Math.max(1, k);
          const a = await active();
          assert(a.checked && a.value === ['yes', 'no', 'unsure'][k], `item ${i + 1}: ${JSON.stringify(a)}`);
        }
        const answered = await checklist.evaluate((h) => [...h.shadowRoot.querySelectorAll('ol.items fieldset')].filter((f) => f.querySelector('input:checked')).length);
        const status = await checklist.locator('[part~="summary"] p[role=status]').first().innerText();
        assert(answered === n, `${answered} of ${n} items answered`);
        return `${n}/${n} items answered in ${keys} key presses; status "${status}"`;
      });
      await context.close();
      const c2 = await open('/demo/iop-compare.html');
      await check('4 keyboard: the table\'s call to action is reachable and follows with Enter (iop-compare.html)', async () => {
        await c2.page.evaluate(() => document.addEventListener('iop-compare-select', (e) => (window.__selected = e.detail.level)));
        const k2 = c2.page.keyboard;
        let presses = 0;
        let a;
        for (; presses < 80; ) {
          await k2.press('Tab');
          presses++;
          a = await c2.page.evaluate(() => window.__e2e.active());
          if (a?.host === 'iop-compare' && /\bcta\b/.test(a.cls)) break;
        }
        assert(a?.host === 'iop-compare' && /\bcta\b/.test(a.cls), `no call to action reached; focus on ${JSON.stringify(a)}`);
        const ring = await c2.page.evaluate(() => window.__e2e.focusRing());
        assert(ring.focusVisible && ring.outlineStyle !== 'none', `no focus ring: ${JSON.stringify(ring)}`);
        await k2.press('Enter');
        await c2.page.waitForFunction(() => location.hash === '#contact' && window.__selected);
        const sel = await c2.page.evaluate(() => window.__selected);
        return `"${a.text}" reached after ${presses} Tabs, Enter → #contact, iop-compare-select {level: ${sel}}`;
      });
      await c2.context.close();
    }

    // ------------------------------------------------------------------ 2 strict CSP
    /** A fresh page that records CSP violations (window.__csp), page errors, console errors and the scripts requested. */
    async function cspPage() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(() => {
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'} ${e.sourceFile || ''}:${e.lineNumber || ''}`), true);
      });
      const page = await context.newPage();
      const errors = [];
      const consoleErrors = [];
      const scripts = new Set();
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      page.on('request', (r) => r.resourceType() === 'script' && scripts.add(new URL(r.url()).pathname));
      return { context, page, errors, consoleErrors, scripts };
    }
    {
      const { context, page, errors, consoleErrors } = await cspPage();
      await check('2 strict CSP: header sent, widgets render and work, 0 violations, 0 page errors (strict-csp.html)', async () => {
        const res = await page.goto(`${base}/demo/strict-csp.html`, { waitUntil: 'load' });
        const header = res.headers()['content-security-policy'];
        assert(header === CSP, `Content-Security-Policy header: ${header}`);
        await page.waitForFunction(() => {
          const hs = [...document.querySelectorAll('loc-screener, iop-compare, program-checklist')];
          return hs.length >= 4 && hs.every((h) => h.shadowRoot?.querySelector('.crisis-bar'));
        }, null, { timeout: 10_000 });
        const counts = await page.evaluate(() => [...document.querySelectorAll('loc-screener, iop-compare, program-checklist')].map((h) => `${h.localName}${h.getAttribute('mode') ? `(${h.getAttribute('mode')})` : ''}`));
        const screener = page.locator('loc-screener').first();
        // config-src is applied (the screener asks neither age nor focus).
        await page.waitForFunction(() => document.querySelector('loc-screener').shadowRoot.textContent.includes('Riverbend'));
        const states = await walkScreener(screener);
        const level = await screener.locator('section.result h2').innerText();
        const n = await useChecklist(page.locator('program-checklist:not([mode])'), { programs: 2 });
        await page.waitForTimeout(200);
        const csp = await page.evaluate(() => window.__csp);
        const report = await page.locator('#page-report').getAttribute('data-csp');
        assert(!csp.length, `${csp.length} violation(s): ${csp.join('; ')}`);
        assert(report === '0', `the page's own report counts ${report} violations`);
        assert(!errors.length, `page errors: ${errors.join('; ')}`);
        assert(!consoleErrors.length, `console errors: ${consoleErrors.join('; ')}`);
        return `header "${header}"; ${counts.join(', ')} rendered with crisis bars; screener done in ${states.length - 2} questions → "${level}"; checklist ${n} items ×2 programs; 0 violations, 0 page errors`;
      });
      await context.close();
    }

    // ------------------------------------------------------------------ 2 Trusted Types, every loading path
    // `trusted-types lit-html` with no 'allow-duplicates': a second copy of Lit cannot create its policy and its
    // widgets never appear (issue #12). The CDN module files share one Lit, whichever mix a page loads.
    for (const [file, what, lang] of [
      ['strict-csp-autoloader.html', 'the autoloader with all three widgets', 'en'],
      ['strict-csp-mixed.html', 'a per-widget file beside the all-in-one file', 'en'],
      ['strict-csp-es.html', 'the three per-widget files, Spanish', 'es'],
    ]) {
      const { context, page, errors: pageErrors, consoleErrors, scripts } = await cspPage();
      await check(`2 Trusted Types "trusted-types lit-html": ${what} render, 0 violations, 0 errors (${file})`, async () => {
        const res = await page.goto(`${base}/demo/${file}`, { waitUntil: 'load' });
        assert(res.headers()['content-security-policy'] === CSP, `header: ${res.headers()['content-security-policy']}`);
        const label = lang === 'es' ? 'Ayuda en una crisis' : 'Crisis help';
        await page.waitForFunction((label) => {
          const hs = [...document.querySelectorAll('loc-screener, iop-compare, program-checklist')];
          return hs.length === 3 && hs.every((h) => h.shadowRoot?.querySelector('.crisis-bar')?.getAttribute('aria-label') === label);
        }, label, { timeout: 10_000 });
        await walkScreener(page.locator('loc-screener'));
        await page.waitForTimeout(200);
        const csp = await page.evaluate(() => window.__csp);
        const lits = [...scripts].filter((p) => /\/chunks\/shared\.[\w-]+\.js$/.test(p));
        assert(!csp.length, `${csp.length} violation(s): ${csp.join('; ')}`);
        const errors = [...pageErrors, ...consoleErrors];
        assert(!errors.length, `errors: ${errors.join('; ')}`);
        assert(lits.length === 1, `Lit's chunk requested ${lits.length} times: ${[...scripts].join(', ')}`);
        return `3 widgets with the crisis band "${label}", screener walked to its result; ${scripts.size} scripts, one Lit chunk; 0 violations, 0 errors`;
      });
      await context.close();
    }

    // ------------------------------------------------------------------ 3 two copies
    {
      const { context, page, rec } = await open('/demo/two-copies.html');
      await check('3 two copies: all three widgets render, 0 page errors, 0 console errors (two-copies.html)', async () => {
        await page.waitForFunction(() => document.getElementById('defined')?.dataset.ready);
        const ready = await page.locator('#defined').getAttribute('data-ready');
        const r = await page.evaluate(() => window.__e2e.rendered());
        const tags = new Set(r.filter((x) => x.crisis && x.defined).map((x) => x.tag));
        await walkScreener(page.locator('loc-screener').first());
        await page.waitForTimeout(200);
        assert(ready === '3' && tags.size === 3, `ready ${ready}; rendered ${JSON.stringify(r)}`);
        assert(!rec.errors.length, `page errors: ${rec.errors.join('; ')}`);
        assert(!rec.consoleErrors.length, `console errors: ${rec.consoleErrors.join('; ')}`);
        return `${r.length} widgets (${[...tags].join(', ')}) rendered, screener completed, 0 page errors, 0 console errors`;
      });
      await context.close();
    }

    // ------------------------------------------------------------------ 9 twenty instances
    {
      const { context, page, rec } = await open('/demo/many.html');
      await check('9 twenty screeners share no state (many.html)', async () => {
        const hosts = page.locator('loc-screener');
        const count = await hosts.count();
        assert(count === 20, `${count} screeners on the page`);
        const snapshot = () =>
          page.evaluate(() =>
            [...document.querySelectorAll('loc-screener')].map((h) => {
              const r = h.shadowRoot;
              const q = r.querySelector('form.question input');
              const screen = r.querySelector('section.result') ? 'result' : r.querySelector('section.crisis') ? 'crisis' : q ? `q:${q.name}` : 'start';
              return `${screen}|${[...r.querySelectorAll('input:checked')].map((i) => i.value).join(',')}`;
            }),
          );
        // Screener 5: answer its whole path. Every other one must stay on its start screen.
        await walkScreener(hosts.nth(4));
        let s = await snapshot();
        const moved = s.map((x, i) => [i, x]).filter(([i, x]) => i !== 4 && x !== 'start|');
        assert(s[4].startsWith('result'), `screener 5 is on ${s[4]}`);
        assert(!moved.length, `other screeners changed: ${moved.map(([i, x]) => `#${i + 1} ${x}`).join(', ')}`);
        // Screener 12: start it and answer one question differently; 5 keeps its result, 12 starts blank.
        const h12 = hosts.nth(11);
        await h12.locator('section.start button').click();
        await waitScreen(h12, (x) => x.startsWith('question:'), 'a question');
        const blank = await h12.evaluate((h) => h.shadowRoot.querySelectorAll('input:checked').length);
        await h12.locator('form.question input[value="none"]').click();
        s = await snapshot();
        const levels = await page.evaluate(() => [...document.querySelectorAll('loc-screener')].map((h) => h.currentResult?.level));
        assert(blank === 0, `screener 12 opened with ${blank} answer(s) already checked`);
        assert(s[4].startsWith('result') && s[11] === 'q:danger-now|none', `#5 ${s[4]}, #12 ${s[11]}`);
        const others = s.filter((x, i) => i !== 4 && i !== 11 && x !== 'start|');
        assert(!others.length, `others changed: ${others.join(', ')}`);
        assert(levels[4] !== levels[0] || levels[4] === 'none', `screener 1 has screener 5's result (${levels[0]})`);
        assert(!rec.errors.length, `page errors: ${rec.errors.join('; ')}`);
        return `20 screeners; #5 finished (${levels[4]}), #12 on question 1 with its own answer, 18 others untouched on start (result "${levels[0]}")`;
      });
      await context.close();
    }

    // ------------------------------------------------------------------ 10 two languages on one page
    {
      const { context, page, rec } = await open('/demo/bilingual.html');
      const warnings = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await check('10 English and Spanish widgets on one page each show their own language (bilingual.html)', async () => {
        const [en, es] = [page.locator('loc-screener').nth(0), page.locator('loc-screener').nth(1)];
        await es.locator('section.start button', { hasText: 'Empezar' }).waitFor({ timeout: 10_000 });
        const heads = async () => Promise.all([en, es].map((h) => h.locator('h2').first().textContent()));
        let [a, b] = await heads();
        assert(a === 'What kind of care could help?' && b === '¿Qué tipo de atención podría ayudar?', `start headings: "${a}" / "${b}"`);
        await en.locator('section.start button').click();
        await es.locator('section.start button').click();
        await page.waitForTimeout(100);
        [a, b] = await Promise.all([en, es].map((h) => h.locator('legend .q').textContent()));
        assert(a === 'Is any of this happening right now?' && b === '¿Está pasando algo de esto ahora mismo?', `first questions: "${a}" / "${b}"`);
        const captions = await page.locator('iop-compare').evaluateAll((hs) => hs.map((h) => (h.shadowRoot.querySelector('table th[scope="row"]') ?? h.shadowRoot.querySelector('.card dt')).textContent.trim()));
        assert(captions[0] === 'Hours a week' && captions[1] === 'Horas por semana', `first row names (table or cards): ${JSON.stringify(captions)}`);
        const found = axeFindings.length;
        await axe(page, 'bilingual page, both screeners on their first question');
        assert(axeFindings.length === found, `axe: ${axeFindings.slice(found).join('; ')}`);
        assert(!rec.errors.length && !rec.consoleErrors.length, `errors: ${[...rec.errors, ...rec.consoleErrors].join('; ')}`);
        assert(!warnings.length, `console warnings: ${warnings.join('; ')}`);
        return `2 screeners and 2 tables: English beside Spanish through the first question; 0 warnings, 0 errors`;
      });
      await context.close();
    }

    note(`axe: ${axeRuns} runs in all (every rule), ${axeFindings.length} violation(s)`);
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }
}

try {
  await main();
} catch (e) {
  report.fail('e2e could not run', e?.stack ?? e);
}
await server?.stop();
console.log(`…     runtime ${secs()}`);
console.log(report.summary('e2e'));
process.exit(report.failed ? 1 : 0);

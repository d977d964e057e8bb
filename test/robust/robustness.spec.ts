// Robustness (`npm run test:robust`), on pages under bench/ that load the CDN bundle
// dist/cdn/level-of-care-widgets.js:
//   1. 1 000 mount/unmount cycles of each widget (create, append, await updateComplete, check it rendered,
//      remove). After a forced GC (CDP HeapProfiler.collectGarbage), CDP Performance.getMetrics at
//      cycle 100 and at cycle 1 000 must not differ by more than:
//        JSEventListeners and Nodes: 2 % of the cycle-100 figure (at least 2, for rounding);
//        JSHeapUsedSize: 5 % of the cycle-100 figure (at least 256 KB: V8 keeps some compiled code,
//        feedback and inline caches after a GC).
//      A widget that leaks one listener, one node or one detached element per cycle grows by 900.
//   2. The bundle loaded twice (a cache-busting query) and then the per-widget files: no page error, no
//      console.warn (the versions are the same), every widget renders. With another version already
//      registered for <loc-screener>: exactly one warning, naming that tag, and the others still render.
//   3. 20 instances of each widget on one page: starting and answering one screener, answering and
//      adding a program in one checklist, highlighting and clicking one comparison's link change no
//      other instance (a serialization of each shadow DOM: text, classes, checked, values).
import { test as base, expect, type CDPSession, type Page } from '@playwright/test';
import { TAGS, metrics } from '../../scripts/bench-harness.mjs';

const CYCLES = 1000;
const FIRST = 100;
const TOLERANCE = { count: 0.02, countMin: 2, heap: 0.05, heapMin: 256 * 1024 };
/** What each widget shows once rendered. */
const RENDERED: Record<string, string> = { 'loc-screener': 'section.start h2', 'iop-compare': 'tbody tr', 'program-checklist': '[part~=item]' };
const kb = (x: number) => `${(x / 1024).toFixed(0)} KB`;

/** What a page did: page errors, console errors, failed requests and HTTP errors (problems), warnings, scripts. */
interface Seen {
  problems: string[];
  warnings: string[];
  scripts: string[];
}
const test = base.extend<{ seen: Seen; cdp: CDPSession }>({
  seen: async ({ page, baseURL }, use) => {
    const seen: Seen = { problems: [], warnings: [], scripts: [] };
    page.on('pageerror', (e) => seen.problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      // The browser's own favicon request is not the page's.
      if (m.type() === 'error' && !m.location()?.url?.endsWith('/favicon.ico')) seen.problems.push(`console.error: ${m.text()}`);
      if (m.type() === 'warning') seen.warnings.push(m.text());
    });
    page.on('requestfailed', (r) => seen.problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) seen.problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.on('request', (r) => {
      if (r.resourceType() === 'script') seen.scripts.push(r.url().slice(baseURL!.length));
    });
    await use(seen);
  },
  cdp: async ({ page }, use) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await use(cdp);
  },
});

const defined = (page: Page, tags: readonly string[] = TAGS) => page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), tags, { timeout: 15_000 });
/** Waits until every element of the tags shows its rendered marker; returns how many there are. */
const allRendered = async (page: Page, tags: readonly string[]) => {
  await page.waitForFunction(
    ({ tags, sel }) => tags.every((t) => [...document.querySelectorAll(t)].every((el) => el.shadowRoot?.querySelector(sel[t]))),
    { tags, sel: RENDERED },
    { timeout: 15_000 },
  );
  return page.evaluate((tags) => tags.map((t) => document.querySelectorAll(t).length), tags);
};
const measured = (text: string) => {
  test.info().annotations.push({ type: 'measured', description: text });
  console.log(`      ${text}`);
};

// 1. Mount/unmount cycles: one page, each widget in turn (as a user's page would see them).
test('1 000 mount/unmount cycles of each widget leak no listeners, DOM nodes or heap (cycle 100 vs 1 000, after GC); no errors', async ({ page, seen, cdp }) => {
  await page.goto('/bench/robustness.html');
  await defined(page);
  for (const tag of TAGS) {
    await test.step(`<${tag}>: ${CYCLES} mount/unmount cycles leak no listeners, DOM nodes or heap (cycle ${FIRST} vs ${CYCLES}, after GC)`, async () => {
      const cycles = (n: number) =>
        page.evaluate(
          async ({ tag, n, sel }) => {
            for (let i = 0; i < n; i++) {
              const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
              document.body.append(el);
              await el.updateComplete;
              if (!el.shadowRoot?.querySelector(sel)) throw new Error(`<${tag}> did not render ${sel} in cycle ${i}`);
              el.remove();
            }
            // Let any work queued by the last disconnect finish.
            await new Promise((r) => setTimeout(r, 0));
            return document.body.childElementCount;
          },
          { tag, n, sel: RENDERED[tag] },
        );
      const t0 = Date.now();
      const before = await metrics(cdp);
      await cycles(FIRST);
      const at100 = await metrics(cdp);
      for (let done = FIRST; done < CYCLES; done += 150) await cycles(Math.min(150, CYCLES - done));
      const at1000 = await metrics(cdp);
      const ms = Date.now() - t0;
      const grow = (k: string) => at1000[k] - at100[k];
      const allowed = (k: string) => Math.max(TOLERANCE.countMin, Math.floor(at100[k] * TOLERANCE.count));
      const heapAllowed = Math.max(TOLERANCE.heapMin, at100.JSHeapUsedSize * TOLERANCE.heap);
      const figures =
        `listeners ${before.JSEventListeners}→${at100.JSEventListeners}→${at1000.JSEventListeners} (allowed +${allowed('JSEventListeners')}), ` +
        `nodes ${before.Nodes}→${at100.Nodes}→${at1000.Nodes} (allowed +${allowed('Nodes')}), ` +
        `heap ${kb(before.JSHeapUsedSize)}→${kb(at100.JSHeapUsedSize)}→${kb(at1000.JSHeapUsedSize)} (allowed +${kb(heapAllowed)}), ` +
        `${(ms / CYCLES).toFixed(2)} ms/cycle`;
      measured(`<${tag}> ${figures}`);
      expect.soft(grow('JSEventListeners'), `<${tag}>: JS event listeners grew (${figures})`).toBeLessThanOrEqual(allowed('JSEventListeners'));
      expect.soft(grow('Nodes'), `<${tag}>: DOM nodes grew (${figures})`).toBeLessThanOrEqual(allowed('Nodes'));
      expect.soft(grow('JSHeapUsedSize'), `<${tag}>: JS heap grew (${figures})`).toBeLessThanOrEqual(heapAllowed);
    });
  }
  await test.step('mount/unmount cycles: no page errors or console errors', () => {
    expect(seen.problems.slice(0, 5), 'page errors, console errors, failed requests').toEqual([]);
  });
});

// 2. Loaded twice.
test('bundle loaded twice (?copy=2) and the three per-widget files after it: no error, no warning, widgets render', async ({ page, seen }) => {
  await page.goto('/bench/robustness-twice.html');
  await defined(page);
  const counts = await allRendered(page, TAGS);
  // Elements created after every copy loaded render too, with the first registered class.
  const added = await page.evaluate(
    async ({ tags, sel }) => {
      const out: boolean[] = [];
      for (const t of tags) {
        const el = document.createElement(t) as HTMLElement & { updateComplete: Promise<boolean> };
        document.body.append(el);
        await el.updateComplete;
        out.push(!!el.shadowRoot!.querySelector(sel[t]) && el instanceof customElements.get(t)!);
        el.remove();
      }
      return out;
    },
    { tags: TAGS, sel: RENDERED },
  );
  expect(added, 'each widget added later renders, with the first registered class').toEqual([true, true, true]);
  const copies = seen.scripts.filter((s) => /level-of-care-widgets\.js|loc-screener\.js|iop-compare\.js|program-checklist\.js/.test(s));
  expect(copies.length, `all five module scripts load: ${copies.join(', ')}`).toBe(5);
  expect(seen.warnings.filter((w) => w.includes('level-of-care-widgets')), 'our warnings').toEqual([]);
  expect(seen.problems, 'page errors, console errors, failed requests').toEqual([]);
  measured(`${copies.length} copies loaded, ${counts.join('+')} widgets rendered, ${seen.warnings.length} warnings`);
});

test('another version already registered <loc-screener>: one console.warn for that tag only, the others render', async ({ page, seen }) => {
  await page.goto('/bench/robustness-other-version.html');
  await defined(page);
  await allRendered(page, ['iop-compare', 'program-checklist']);
  // Let every module script finish before counting warnings.
  await page.waitForLoadState('load');
  await page.waitForTimeout(100);
  const ours = seen.warnings.filter((w) => w.includes('level-of-care-widgets'));
  expect(ours.length === 1 && ours[0].includes('<loc-screener>') && ours[0].includes('0.0.1-other'), `one warning about <loc-screener> expected, got ${ours.length}: ${ours.join(' | ')}`).toBe(true);
  const version = await page.evaluate(() => (customElements.get('loc-screener') as unknown as { version: string }).version);
  expect(version, 'the first registration stays').toBe('0.0.1-other');
  expect(seen.problems, 'page errors, console errors, failed requests').toEqual([]);
  measured(`"${ours[0].slice(0, 90)}…"`);
});

// 3. Many instances, independent.
test('20 instances of each widget on one page: acting on one changes no other', async ({ page, seen }) => {
  const N = 20;
  await page.goto('/bench/robustness.html');
  await defined(page);
  await page.evaluate(
    ({ tags, n }) => {
      // The comparisons get a call-to-action link (a same-page anchor), so there is something to click.
      const cta = '<script type="application/json">{"version":1,"cta":{"iop":{"href":"#iop","label":"Ask about our IOP"}}}</script>';
      for (const t of tags)
        for (let i = 0; i < n; i++) {
          const el = document.createElement(t);
          el.id = `${t}-${i}`;
          if (t === 'iop-compare') el.innerHTML = cta;
          document.body.append(el);
        }
    },
    { tags: TAGS, n: N },
  );
  const counts = await allRendered(page, TAGS);
  expect(counts, `${N} of each`).toEqual([N, N, N]);
  const snapshot = () =>
    page.evaluate((tags) => {
      const ser = (node: Node): string => {
        if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.replace(/\s+/g, ' ').trim();
        if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
        let s = '';
        if (node.nodeType === Node.ELEMENT_NODE) {
          const el = node as HTMLElement & { checked?: boolean; value?: unknown };
          if (el.localName === 'style') return '';
          s = `<${el.localName}`;
          for (const a of ['class', 'part', 'aria-pressed', 'hidden', 'open', 'disabled', 'href']) if (el.hasAttribute(a)) s += ` ${a}="${el.getAttribute(a)}"`;
          if ('checked' in el) s += ` checked=${el.checked}`;
          if ('value' in el && el.localName !== 'li' && el.localName !== 'progress') s += ` value="${el.value}"`;
          if (el.localName === 'progress') s += ` value=${el.value}`;
          s += '>';
        }
        for (const c of node.childNodes) s += ser(c);
        return s;
      };
      return Object.fromEntries(tags.flatMap((t) => [...document.querySelectorAll(t)].map((el) => [el.id, ser(el.shadowRoot!)])));
    }, TAGS);
  /** Every widget's updates done, including work after its first render (the checklists' opened parts, at idle time). */
  const settled = () =>
    page.evaluate(() => Promise.all([...document.querySelectorAll('loc-screener, iop-compare, program-checklist')].map((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete)));
  /** Runs an action on one instance; that instance must change (when expected), no other may. */
  async function isolated(id: string, action: (el: ReturnType<Page['locator']>) => Promise<unknown>, { changes = true } = {}) {
    await settled();
    const before = await snapshot();
    await action(page.locator(`#${id}`));
    await page.waitForTimeout(30);
    await settled();
    const after = await snapshot();
    const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
    expect(changed.filter((k) => k !== id).slice(0, 5), `acting on #${id} changed other instance(s)`).toEqual([]);
    expect(changed.includes(id), changes ? `#${id} changes` : `#${id} does not change`).toBe(changes);
  }
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    for (const type of ['loc-screener-start', 'loc-screener-step', 'program-checklist-change', 'iop-compare-select'])
      document.addEventListener(type, (e) => seen.push(`${type}@${(e.composedPath()[0] as HTMLElement).id}`));
  });
  const actions: string[] = [];
  for (const k of [3, 14]) {
    const id = `loc-screener-${k}`;
    await isolated(id, (el) => el.getByRole('button', { name: 'Start' }).click());
    // The first question is "is any of this happening right now?": answer "none of these" (a warning sign would open the crisis panel).
    await isolated(id, (el) => el.locator('[part="option"] input[value="none"]').check());
    await isolated(id, (el) => el.locator('button[type="submit"]').click());
    actions.push(`#${id}: Start, answer, Next`);
  }
  for (const k of [0, 7, 19]) {
    const id = `program-checklist-${k}`;
    // Each item is one line until opened.
    await isolated(id, (el) => el.locator('fieldset[part~="item"] summary').first().click());
    await isolated(id, (el) => el.locator('fieldset[part~="item"] input[type="radio"]').first().check());
    await isolated(id, (el) => el.getByRole('button', { name: 'Add a program' }).click());
    await isolated(id, (el) => el.getByRole('textbox').first().fill('Riverbend'));
    actions.push(`#${id}: open an item, answer, add a program, name it`);
  }
  for (const k of [5, 12]) {
    const id = `iop-compare-${k}`;
    await isolated(id, (el) => el.evaluate((e) => e.setAttribute('highlight', 'php')));
    // Same page anchor: the click emits iop-compare-select and changes nothing shown.
    await isolated(id, (el) => el.locator('tbody a.cta').first().click(), { changes: false });
    actions.push(`#${id}: highlight, click its link`);
  }
  const events = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(events.filter((s) => !/@(loc-screener-(3|14)|program-checklist-(0|7|19)|iop-compare-(5|12))$/.test(s)), 'events from instances not acted on').toEqual([]);
  expect(events.some((s) => s.startsWith('iop-compare-select@iop-compare-5')), `an iop-compare-select from #iop-compare-5: ${events.join(', ')}`).toBe(true);
  expect(seen.problems, 'page errors, console errors, failed requests').toEqual([]);
  measured(`${actions.length} instances acted on (${actions.join('; ')}), ${events.length} events, all from the right instance`);
});

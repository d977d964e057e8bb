// Robustness checks (`npm run test:robust`, the last step of `npm test`), in headless Debian Chromium
// (CHROME_PATH or /usr/bin/chromium; no browser is downloaded) on pages under bench/ served by
// scripts/serve.mjs on a free port, all loading the CDN bundle dist/cdn/level-of-care-widgets.js
// (`npm run build` runs first when dist/ is incomplete):
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
// Prints ok/FAIL lines with figures and ends with `robustness: N passed, M failed`; exits 1 on failure.
// About 30–60 s.
import { TAGS, ensureBuild, launchChromium, metrics, startServer } from './bench-harness.mjs';
import { assert, createReport } from './report.mjs';

const CYCLES = 1000;
const FIRST = 100;
const TOLERANCE = { count: 0.02, countMin: 2, heap: 0.05, heapMin: 256 * 1024 };
/** What each widget shows once rendered. */
const RENDERED = { 'loc-screener': 'section.start h2', 'iop-compare': 'tbody tr', 'program-checklist': '[part~=item]' };

const started = Date.now();
const report = createReport();
const { ok, fail, check } = report;
const kb = (x) => `${(x / 1024).toFixed(0)} KB`;

async function main() {
  await ensureBuild();
  const server = await startServer();
  const browser = await launchChromium();
  try {
    /** A fresh context and page, recording page errors, console warnings and errors, failed requests. */
    async function open(path) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = [];
      const warnings = [];
      const scripts = [];
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        // The browser's own favicon request is not the page's.
        if (m.type() === 'error' && !m.location()?.url?.endsWith('/favicon.ico')) problems.push(`console.error: ${m.text()}`);
        if (m.type() === 'warning') warnings.push(m.text());
      });
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`HTTP ${r.status()}: ${r.url()}`));
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url().slice(server.origin.length)));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(server.origin + path);
      return { page, cdp, problems, warnings, scripts, close: () => context.close() };
    }
    const defined = (page, tags = TAGS) => page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), tags, { timeout: 15_000 });
    /** Waits until every element of the tags shows its rendered marker; returns how many there are. */
    const allRendered = (page, tags) =>
      page
        .waitForFunction(
          ({ tags, sel }) => tags.every((t) => [...document.querySelectorAll(t)].every((el) => el.shadowRoot?.querySelector(sel[t]))),
          { tags, sel: RENDERED },
          { timeout: 15_000 },
        )
        .then(() => page.evaluate((tags) => tags.map((t) => document.querySelectorAll(t).length), tags));

    // 1. Mount/unmount cycles.
    {
      const p = await open('/bench/robustness.html');
      try {
        await defined(p.page);
        for (const tag of TAGS) {
          await check(`<${tag}>: ${CYCLES} mount/unmount cycles leak no listeners, DOM nodes or heap (cycle ${FIRST} vs ${CYCLES}, after GC)`, async () => {
            const cycles = (n) =>
              p.page.evaluate(
                async ({ tag, n, sel }) => {
                  for (let i = 0; i < n; i++) {
                    const el = document.createElement(tag);
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
            const before = await metrics(p.cdp);
            await cycles(FIRST);
            const at100 = await metrics(p.cdp);
            for (let done = FIRST; done < CYCLES; done += 150) await cycles(Math.min(150, CYCLES - done));
            const at1000 = await metrics(p.cdp);
            const ms = Date.now() - t0;
            const grow = (k) => at1000[k] - at100[k];
            const allowed = (k) => Math.max(TOLERANCE.countMin, Math.floor(at100[k] * TOLERANCE.count));
            const heapAllowed = Math.max(TOLERANCE.heapMin, at100.JSHeapUsedSize * TOLERANCE.heap);
            const figures =
              `listeners ${before.JSEventListeners}→${at100.JSEventListeners}→${at1000.JSEventListeners} (allowed +${allowed('JSEventListeners')}), ` +
              `nodes ${before.Nodes}→${at100.Nodes}→${at1000.Nodes} (allowed +${allowed('Nodes')}), ` +
              `heap ${kb(before.JSHeapUsedSize)}→${kb(at100.JSHeapUsedSize)}→${kb(at1000.JSHeapUsedSize)} (allowed +${kb(heapAllowed)}), ` +
              `${(ms / CYCLES).toFixed(2)} ms/cycle`;
            const bad = [];
            if (grow('JSEventListeners') > allowed('JSEventListeners')) bad.push(`JS event listeners grew by ${grow('JSEventListeners')}`);
            if (grow('Nodes') > allowed('Nodes')) bad.push(`DOM nodes grew by ${grow('Nodes')}`);
            if (grow('JSHeapUsedSize') > heapAllowed) bad.push(`JS heap grew by ${kb(grow('JSHeapUsedSize'))}`);
            assert(!bad.length, `${bad.join('; ')}\n${figures}`);
            return figures;
          });
        }
        await check('mount/unmount cycles: no page errors or console errors', async () => {
          assert(!p.problems.length, p.problems.slice(0, 5).join('\n'));
        });
      } finally {
        await p.close();
      }
    }

    // 2. Loaded twice.
    await check('bundle loaded twice (?copy=2) and the three per-widget files after it: no error, no warning, widgets render', async () => {
      const p = await open('/bench/robustness-twice.html');
      try {
        await defined(p.page);
        const counts = await allRendered(p.page, TAGS);
        // Elements created after every copy loaded render too, with the first registered class.
        const added = await p.page.evaluate(async ({ tags, sel }) => {
          const out = [];
          for (const t of tags) {
            const el = document.createElement(t);
            document.body.append(el);
            await el.updateComplete;
            out.push(!!el.shadowRoot.querySelector(sel[t]) && el instanceof customElements.get(t));
            el.remove();
          }
          return out;
        }, { tags: TAGS, sel: RENDERED });
        assert(added.every(Boolean), `a widget added later did not render: ${added}`);
        const copies = p.scripts.filter((s) => /level-of-care-widgets\.js|loc-screener\.js|iop-compare\.js|program-checklist\.js/.test(s));
        assert(copies.length === 5, `all five module scripts expected to load: ${copies.join(', ')}`);
        const ours = p.warnings.filter((w) => w.includes('level-of-care-widgets'));
        assert(!ours.length, `unexpected warnings: ${ours.join(' | ')}`);
        assert(!p.problems.length, p.problems.join('\n'));
        return `${copies.length} copies loaded, ${counts.join('+')} widgets rendered, ${p.warnings.length} warnings`;
      } finally {
        await p.close();
      }
    });
    await check('another version already registered <loc-screener>: one console.warn for that tag only, the others render', async () => {
      const p = await open('/bench/robustness-other-version.html');
      try {
        await defined(p.page);
        await allRendered(p.page, ['iop-compare', 'program-checklist']);
        // Let every module script finish before counting warnings.
        await p.page.waitForLoadState('load');
        await p.page.waitForTimeout(100);
        const ours = p.warnings.filter((w) => w.includes('level-of-care-widgets'));
        assert(ours.length === 1 && ours[0].includes('<loc-screener>') && ours[0].includes('0.0.1-other'), `one warning about <loc-screener> expected, got ${ours.length}: ${ours.join(' | ')}`);
        const version = await p.page.evaluate(() => customElements.get('loc-screener').version);
        assert(version === '0.0.1-other', `the first registration must stay: ${version}`);
        assert(!p.problems.length, p.problems.join('\n'));
        return `"${ours[0].slice(0, 90)}…"`;
      } finally {
        await p.close();
      }
    });

    // 3. Many instances, independent.
    {
      const p = await open('/bench/robustness.html');
      const N = 20;
      try {
        await defined(p.page);
        await p.page.evaluate(
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
        const counts = await allRendered(p.page, TAGS);
        assert(counts.every((c) => c === N), `20 of each expected: ${counts}`);
        const snapshot = () =>
          p.page.evaluate((tags) => {
            const ser = (node) => {
              if (node.nodeType === Node.TEXT_NODE) return node.data.replace(/\s+/g, ' ').trim();
              if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
              let s = '';
              if (node.nodeType === Node.ELEMENT_NODE) {
                if (node.localName === 'style') return '';
                s = `<${node.localName}`;
                for (const a of ['class', 'part', 'aria-pressed', 'hidden', 'open', 'disabled', 'href']) if (node.hasAttribute(a)) s += ` ${a}="${node.getAttribute(a)}"`;
                if ('checked' in node) s += ` checked=${node.checked}`;
                if ('value' in node && node.localName !== 'li' && node.localName !== 'progress') s += ` value="${node.value}"`;
                if (node.localName === 'progress') s += ` value=${node.value}`;
                s += '>';
              }
              for (const c of node.childNodes) s += ser(c);
              return s;
            };
            return Object.fromEntries(tags.flatMap((t) => [...document.querySelectorAll(t)].map((el) => [el.id, ser(el.shadowRoot)])));
          }, TAGS);
        /** Runs an action on one instance; that instance must change (when expected), no other may. */
        async function isolated(id, action, { changes = true } = {}) {
          const before = await snapshot();
          await action(p.page.locator(`#${id}`));
          await p.page.waitForTimeout(30);
          await p.page.evaluate(() => Promise.all([...document.querySelectorAll('loc-screener, iop-compare, program-checklist')].map((el) => el.updateComplete)));
          const after = await snapshot();
          const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
          const others = changed.filter((k) => k !== id);
          assert(!others.length, `acting on #${id} changed ${others.length} other instance(s): ${others.slice(0, 5).join(', ')}`);
          assert(changed.includes(id) === changes, changes ? `#${id} did not change` : `#${id} changed`);
        }
        const events = await p.page.evaluateHandle(() => {
          const seen = [];
          for (const type of ['loc-screener-start', 'loc-screener-step', 'program-checklist-change', 'iop-compare-select'])
            document.addEventListener(type, (e) => seen.push(`${type}@${e.composedPath()[0].id}`));
          return seen;
        });
        const actions = [];
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
        const seen = await events.jsonValue();
        const wrong = seen.filter((s) => !/@(loc-screener-(3|14)|program-checklist-(0|7|19)|iop-compare-(5|12))$/.test(s));
        assert(!wrong.length, `events from instances not acted on: ${wrong.join(', ')}`);
        assert(seen.some((s) => s.startsWith('iop-compare-select@iop-compare-5')), `no iop-compare-select from #iop-compare-5: ${seen.join(', ')}`);
        assert(!p.problems.length, p.problems.join('\n'));
        ok(`${N} instances of each widget on one page: acting on one changes no other`, `${actions.length} instances acted on (${actions.join('; ')}), ${seen.length} events, all from the right instance`);
      } catch (e) {
        fail('20 instances of each widget on one page: acting on one changes no other', e);
      } finally {
        await p.close();
      }
    }
  } catch (e) {
    fail('robustness', e);
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }
}

const limit = setTimeout(() => {
  fail('robustness', 'took longer than 3 minutes');
  console.log(report.summary('robustness'));
  process.exit(1);
}, 180_000);
limit.unref();

await main();
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(report.summary('robustness'));
process.exitCode = report.failed ? 1 : 0;

// Benchmark (`npm run bench`): prints figures and writes them to docs/bench.md. Not a test: nothing
// here asserts on timing. Builds first when dist/ is incomplete, serves the repository with
// scripts/serve.mjs on a free port, and measures in headless Debian Chromium (CHROME_PATH or
// /usr/bin/chromium; no browser is downloaded):
//   1. each widget alone (bench/<tag>.html, its per-widget CDN file): time from a performance.mark
//      placed before the module script tag to the first rendered screen heading / table row / checklist
//      item in the shadow root ("render"), and to the next animation frame ("frame", about the first
//      paint). A fresh browser context (empty cache) and the cache disabled for each run.
//   2. 50 <program-checklist> and 50 <iop-compare> on one page (bench/many.html, the all-in-one file):
//      time until all are rendered; JS heap used, DOM nodes and JS event listeners after a forced GC
//      (CDP Performance.getMetrics), with the bundle alone (bench/baseline.html) for comparison.
//   3. hostile settings (issue #14, bench/hostile.html, the all-in-one file): 100 000 unknown ids in each widget
//      (screener levels-offered, compare levels, checklist hide and meets): mark → all three rendered, and the
//      same page without the ids (?clean), so the difference is the cost of the ids.
//   4. evaluateScreener calls per second in Node (dist/npm/core), on pre-generated random answer sets.
// Browser figures are taken without throttling, then again with CDP Emulation.setCPUThrottlingRate 4
// (roughly a mid-range phone). BENCH_RUNS sets the runs per figure (default 15).
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { TAGS, ensureBuild, launchChromium, metrics, root, startServer } from './bench-harness.mjs';

/** The single-widget pages, the screener through the autoloader, and the yardstick: a bare Lit element (bench/bare-lit.js). */
const PAGES = [
  ...TAGS.map((tag) => ({ id: tag, path: `/bench/${tag}.html` })),
  { id: 'loc-screener via autoloader', path: '/bench/loc-screener-autoloader.html' },
  { id: 'bare Lit element', path: '/bench/bare-lit.html' },
];

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 15);
const THROTTLES = [1, 4];
const started = Date.now();

const sorted = (xs) => [...xs].sort((a, b) => a - b);
/** Nearest-rank percentile. */
const pct = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))];
const median = (xs) => pct(xs, 50);
const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (x) => `${(x / 1024 / 1024).toFixed(2)} MB`;

async function main() {
  await ensureBuild();
  await build({
    entryPoints: [join(root, 'bench/bare-lit.js')], outfile: join(root, 'dist/bench/bare-lit.js'),
    bundle: true, minify: true, format: 'esm', target: 'es2021', conditions: ['production'], legalComments: 'none', logLevel: 'warning',
  });
  const server = await startServer();
  const browser = await launchChromium();
  const results = { widgets: {}, many: {}, hostile: {}, node: null };
  try {
    /** Opens a fresh context and page with the cache disabled and the CPU throttled; returns the page and its CDP session. */
    async function fresh(rate) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Performance.enable');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      return { page, cdp, errors, close: () => context.close() };
    }
    /** One measured load; retried twice after a pause, in case dist/ was being rebuilt by another process. */
    async function timed(path, rate) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await timedOnce(path, rate);
        } catch (e) {
          if (attempt >= 3) throw e;
          console.log(`…     ${path}: ${String(e?.message ?? e).split('\n')[0]}; retrying`);
          await new Promise((r) => setTimeout(r, 3000));
        }
      }
    }
    async function timedOnce(path, rate) {
      const p = await fresh(rate);
      try {
        await p.page.goto(server.origin + path);
        // Bounded, so a missing or broken build (or dist/ rebuilt meanwhile) fails instead of hanging.
        const r = await p.page.evaluate(() =>
          Promise.race([window.__bench, new Promise((_, reject) => setTimeout(() => reject(new Error('widgets not rendered within 20 s')), 20_000))]),
        );
        if (p.errors.length) throw new Error(`${path}: ${p.errors.join('; ')}`);
        return { ...r, p };
      } catch (e) {
        await p.close();
        throw e;
      }
    }

    for (const rate of THROTTLES) {
      console.log(`…     CPU throttling ${rate}×: ${TAGS.length} widgets alone, then 50 + 50 on one page, ${RUNS} runs each`);
      // One warm-up load per page so the first measured run does not pay for starting the renderer.
      for (const { path } of PAGES) await (await timed(path, rate)).p.close();
      // Interleaved (page 1, 2, …, then again), so a busy moment on the machine does not fall on one page only.
      for (let i = 0; i < RUNS; i++) {
        for (const { id, path } of PAGES) {
          const r = await timed(path, rate);
          await r.p.close();
          const w = ((results.widgets[id] ??= {})[rate] ??= { render: [], frame: [] });
          w.render.push(r.rendered - r.start);
          w.frame.push(r.frame - r.start);
        }
      }
      const render = [];
      const heap = [];
      let shape;
      for (let i = 0; i < RUNS; i++) {
        const r = await timed('/bench/many.html', rate);
        try {
          render.push(r.rendered - r.start);
          const m = await metrics(r.p.cdp);
          heap.push(m.JSHeapUsedSize);
          const inShadow = await r.p.page.evaluate(() => {
            let n = 0;
            for (const el of document.querySelectorAll('program-checklist, iop-compare')) {
              const w = document.createTreeWalker(el.shadowRoot);
              while (w.nextNode()) n++;
            }
            return n;
          });
          shape = { count: r.count, nodes: m.Nodes, listeners: m.JSEventListeners, inShadow };
        } finally {
          await r.p.close();
        }
      }
      const base = await fresh(rate);
      let baseline;
      try {
        await base.page.goto(`${server.origin}/bench/baseline.html`);
        await base.page.waitForFunction(() => customElements.get('program-checklist') && customElements.get('iop-compare'));
        baseline = await metrics(base.cdp);
      } finally {
        await base.close();
      }
      results.many[rate] = { render, heap, ...shape, baseHeap: baseline.JSHeapUsedSize, baseNodes: baseline.Nodes };
      const hostile = [];
      const clean = [];
      for (let i = 0; i < RUNS; i++) {
        for (const [path, into] of [['/bench/hostile.html', hostile], ['/bench/hostile.html?clean', clean]]) {
          const r = await timed(path, rate);
          await r.p.close();
          into.push(r.rendered - r.start);
        }
      }
      results.hostile[rate] = { hostile, clean };
    }
    // Layout shift on the demo page (issue #12): the sum of layout-shift entries without recent input, from the
    // start until every widget has rendered and a second has passed, at 1280×900 and 375×800.
    results.cls = [];
    for (const [path, viewport] of [['index.html', { width: 1280, height: 900 }], ['index.html', { width: 375, height: 800 }], ['es.html', { width: 1280, height: 900 }], ['es.html', { width: 375, height: 800 }]]) {
      const values = [];
      for (let i = 0; i < Math.min(RUNS, 5); i++) {
        const context = await browser.newContext({ viewport });
        await context.addInitScript(() => {
          window.__cls = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        const page = await context.newPage();
        await page.goto(`${server.origin}/demo/${path}`);
        await page.waitForFunction(() => [...document.querySelectorAll('loc-screener, iop-compare, program-checklist')].every((el) => el.shadowRoot?.querySelector('.crisis-bar')));
        await page.waitForTimeout(1000);
        values.push(await page.evaluate(() => window.__cls));
        await context.close();
      }
      results.cls.push({ path, viewport, values });
    }
    results.chromium = browser.version();
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }

  // evaluateScreener in Node.
  console.log('…     evaluateScreener in Node');
  const core = await import(pathToFileURL(join(root, 'dist/npm/core/index.js')).href);
  results.node = benchEvaluate(core);

  await report(results);
}

/** Random but realistic answer sets: only the questions the screener would ask, given earlier answers; red flags are rare. */
function answerSets(core, n) {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const sets = [];
  for (let i = 0; i < n; i++) {
    const a = {};
    const ctx = rand() < 0.3 ? { audience: pick(['adult', 'adolescent']) } : {};
    for (const q of core.QUESTIONS) {
      if (!core.isAsked(q.id, a, ctx)) continue;
      if (rand() < 0.05) continue; // skipped
      if (q.kind === 'single') {
        a[q.id] = q.id === 'suicide' && rand() < 0.85 ? 'no' : pick(q.options);
      } else if (q.exclusive && rand() < 0.85) {
        a[q.id] = [q.exclusive];
      } else {
        const opts = q.options.filter((o) => o !== q.exclusive);
        const chosen = opts.filter(() => rand() < 0.3);
        a[q.id] = chosen.length ? chosen : [pick(opts)];
      }
    }
    sets.push({ answers: a, ctx });
  }
  return sets;
}

function benchEvaluate(core) {
  const sets = answerSets(core, 10_000);
  const levels = {};
  let sink = 0;
  const loop = (limitMs) => {
    let calls = 0;
    const t0 = performance.now();
    let t = t0;
    while (t - t0 < limitMs) {
      for (let k = 0; k < 500; k++) {
        const s = sets[(calls + k) % sets.length];
        sink += core.evaluateScreener(s.answers, s.ctx).reasons.length;
      }
      calls += 500;
      t = performance.now();
    }
    return { calls, elapsed: t - t0 };
  };
  loop(300); // warm-up (JIT)
  const samples = [];
  for (let i = 0; i < 5; i++) {
    const { calls, elapsed } = loop(400);
    samples.push((calls / elapsed) * 1000);
  }
  for (const s of sets.slice(0, 2000)) {
    const l = core.evaluateScreener(s.answers, s.ctx).level;
    levels[l] = (levels[l] ?? 0) + 1;
  }
  if (sink < 0) console.log(sink);
  const avgAnswered = sets.reduce((n, s) => n + Object.keys(s.answers).length, 0) / sets.length;
  return { perSec: samples, seconds: 2, avgAnswered, levels, sets: sets.length };
}

function report(r) {
  const cpu = os.cpus();
  const machine = `${cpu[0]?.model?.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${os.platform()} ${os.release()}, ${Math.round(os.totalmem() / 1024 ** 3)} GB, load average ${os.loadavg()[0].toFixed(2)} at the end`;
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const label = (rate) => (rate === 1 ? 'none' : `${rate}× (CDP setCPUThrottlingRate, approximates a phone)`);
  const rows = [];
  const head = ['measure', 'CPU throttling', 'median', 'p90', 'other'];
  for (const rate of THROTTLES) {
    const bare = median(r.widgets['bare Lit element'][rate].render);
    for (const { id } of PAGES) {
      const w = r.widgets[id][rate];
      const what = id === 'bare Lit element' ? '<bare-lit> (the yardstick): mark → heading rendered' : `<${id.replace(' via autoloader', '>, through the autoloader')}${id.includes('autoloader') ? '' : '> alone'}: mark → first ${id.startsWith('loc-screener') ? 'heading' : id === 'iop-compare' ? 'row' : 'item'} rendered`;
      const ratio = id === 'bare Lit element' ? '' : `; ${(median(w.render) / bare).toFixed(2)}× the bare Lit element`;
      rows.push([what, label(rate), ms(median(w.render)), ms(pct(w.render, 90)), `next frame: median ${ms(median(w.frame))}, p90 ${ms(pct(w.frame, 90))}${ratio}`]);
    }
    const m = r.many[rate];
    rows.push([`50 <program-checklist> + 50 <iop-compare>: mark → all rendered`, label(rate), ms(median(m.render)), ms(pct(m.render, 90)), `${m.count} widgets`]);
    rows.push([`↳ same page after GC: JS heap used`, label(rate), mb(median(m.heap)), mb(pct(m.heap, 90)), `bundle alone: ${mb(m.baseHeap)}; DOM nodes ${m.nodes} (bundle alone ${m.baseNodes}; ${m.inShadow} in shadow roots); JS event listeners ${m.listeners}`]);
    const { hostile: h, clean: c } = r.hostile[rate];
    rows.push([`3 widgets with 100 000 unknown ids each: mark → all rendered`, label(rate), ms(median(h)), ms(pct(h, 90)), `same page without the ids: median ${ms(median(c))}, p90 ${ms(pct(c, 90))}; cost of the ids ≈ ${ms(median(h) - median(c))} (issue #14: one notice line and one console.error per setting)`]);
  }
  for (const c of r.cls) rows.push([`demo/${c.path}: layout shift (CLS) until all rendered + 1 s, ${c.viewport.width}×${c.viewport.height}`, 'none', median(c.values).toFixed(3), pct(c.values, 90).toFixed(3), `${c.values.length} loads`]);
  const n = r.node;
  rows.push([`evaluateScreener() in Node: calls per second`, 'none', `${Math.round(median(n.perSec)).toLocaleString('en-US')}/s`, `min ${Math.round(Math.min(...n.perSec)).toLocaleString('en-US')}/s`, `${(1e6 / median(n.perSec)).toFixed(1)} µs/call; ${n.sets.toLocaleString('en-US')} pre-generated random answer sets (avg ${n.avgAnswered.toFixed(1)} answers); 5 × 0.4 s after 0.3 s warm-up`]);

  const widths = head.map((h, i) => Math.min(i === 0 ? 62 : i === 1 ? 14 : 16, Math.max(h.length, ...rows.map((x) => String(x[i]).length))));
  const cut = (s, w) => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w));
  const short = (s) => s.replace(/ \(CDP.*\)/, ' phone');
  console.log(`\nlevel-of-care-widgets bench — ${date}`);
  console.log(`${machine}; Chromium ${r.chromium}; Node ${process.version}; ${RUNS} runs per browser figure (fresh context, cache disabled)`);
  console.log(head.map((h, i) => cut(h, widths[i])).join('  '));
  for (const x of rows) console.log([cut(x[0], widths[0]), cut(short(x[1]), widths[1]), x[2].padStart(widths[2]), x[3].padStart(widths[3]), x[4]].join('  '));
  console.log(`levels of the random answer sets (first 2000): ${Object.entries(n.levels).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`bench finished in ${((Date.now() - started) / 1000).toFixed(1)} s; figures written to docs/bench.md`);

  const md = `# Benchmark

Written by \`npm run bench\` (scripts/bench.mjs); figures only, nothing here is asserted. Re-run to update.

- Date: ${date}
- Machine: ${machine}
- Browser: Chromium ${r.chromium} (headless, \`--disable-gpu\`), ${RUNS} runs per browser figure, each in a fresh
  browser context with the cache disabled, served by scripts/serve.mjs on 127.0.0.1
- Node ${process.version}
- CPU throttling: none, then CDP \`Emulation.setCPUThrottlingRate\` 4 (a rough stand-in for a mid-range phone;
  it slows the renderer's main thread, not the network)

"mark" is a \`performance.mark\` in a classic script placed before the widget's module script tag
(bench/mark.js), so the times include fetching, parsing and running the bundle. "Rendered" is when the
element's first update has put the start screen heading (\`<loc-screener>\`), a body row or card
(\`<iop-compare>\`) or a checklist item (\`<program-checklist>\`) in its shadow root; "next frame" is the
following \`requestAnimationFrame\`. Single widgets load their per-widget file (\`dist/cdn/<tag>.js\`);
the 100-widget page loads \`dist/cdn/level-of-care-widgets.js\`. Heap, DOM nodes and listeners come from
CDP \`Performance.getMetrics\` after \`HeapProfiler.collectGarbage\`; about half of the nodes in the shadow roots are
Lit's comment markers, and \`<iop-compare>\` renders both its table and its narrow-screen cards (CSS shows one).
Other processes running on the machine (a load average above 0) widen the p90s.

| measure | CPU throttling | median | p90 | other |
|---|---|---:|---:|---|
${rows.map((x) => `| ${x.map((c) => String(c).replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;')).join(' | ')} |`).join('\n')}

Levels of the random answer sets (first 2000): ${Object.entries(n.levels).map(([k, v]) => `${k} ${v}`).join(', ')}.
`;
  return mkdir(join(root, 'docs'), { recursive: true }).then(() => writeFile(join(root, 'docs/bench.md'), md));
}

const limit = setTimeout(() => {
  console.error('bench: took longer than 8 minutes; stopping');
  process.exit(1);
}, 480_000);
limit.unref();
await main();

// Benchmark (`npm run bench`): prints figures and writes them to docs/bench.md. Not a test: nothing
// here asserts on timing. Builds first when dist/ is incomplete, serves the repository with
// scripts/serve.mjs on a free port (every file sent with cache-control: no-store), and measures in
// headless Debian Chromium (CHROME_PATH or /usr/bin/chromium; no browser or driver is downloaded):
//   1. with tachometer (Debian's chromedriver, `apt-get install -y chromium-driver`; see
//      bench/debian-chromedriver/index.cjs for why nothing is downloaded): each widget alone
//      (bench/<tag>.html, its per-widget CDN file), the screener through the autoloader and the yardstick,
//      a bare Lit element (bench/bare-lit.html), all in one tachometer run per CPU throttling rate, so the
//      pages are loaded in turn in the same browser and compared with each other. Each load is a new tab.
//      Two figures per load, read from performance measures that bench/mark.js records: from a
//      performance.mark placed before the module script tag to the first rendered screen heading / table
//      row / checklist item in the shadow root ("rendered"), and to the next animation frame ("frame",
//      about the first paint). Tachometer gives means with 95% confidence intervals and the difference
//      between pages; medians with their own 95% confidence interval are taken from its raw samples.
//   2. with Playwright, where tachometer cannot (it only reads one number per load from the page, and its
//      only DevTools command is the CPU throttle): 50 <program-checklist> and 50 <iop-compare> on one page
//      (bench/many.html): time until all are rendered, and JS heap used, DOM nodes and JS event listeners
//      after a forced GC (CDP Performance.getMetrics), with the bundle alone (bench/baseline.html); hostile
//      settings (issue #14, bench/hostile.html): 100 000 unknown ids in each widget, and the same page
//      without them (?clean); layout shift (CLS) on the demo pages, which needs an observer installed
//      before the page's own scripts (addInitScript) and a viewport per case, on pages that carry no bench code.
//   3. evaluateScreener calls per second in Node (dist/npm/core), on pre-generated random answer sets.
// Browser timings are taken without throttling, then again with CDP Emulation.setCPUThrottlingRate 4
// (roughly a mid-range phone; tachometer's cpuThrottlingRate sends the same command to each new tab).
// BENCH_RUNS sets the tachometer loads per page (default 15); BENCH_HEAVY_RUNS the runs of the
// many-widget and hostile pages (default 7: one load of the 100-widget page at 4× takes several seconds,
// and on a busy 2-core machine 15 of each did not finish in 25 minutes).
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, TAGS, chromiumPath, ensureBuild, launchChromium, metrics, root, startServer } from './bench-harness.mjs';

/** The single-widget pages, the screener through the autoloader, and the yardstick: a bare Lit element (bench/bare-lit.js). */
const PAGES = [
  ...TAGS.map((tag) => ({ id: tag, path: `/bench/${tag}.html` })),
  { id: 'loc-screener via autoloader', path: '/bench/loc-screener-autoloader.html' },
  { id: 'bare Lit element', path: '/bench/bare-lit.html' },
];

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 15);
const HEAVY_RUNS = Math.max(1, Number(process.env.BENCH_HEAVY_RUNS) || 7);
const THROTTLES = [1, 4];
const started = Date.now();

const sorted = (xs) => [...xs].sort((a, b) => a - b);
/** Nearest-rank percentile. */
const pct = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))];
const median = (xs) => pct(xs, 50);
/**
 * A distribution-free 95% confidence interval for the median: the sorted samples at ranks
 * n/2 − 1.96·√n/2 and n/2 + 1 + 1.96·√n/2, rounded (normal approximation to the binomial; ranks 4
 * and 12 of 15), so no assumption about the shape of the timings, which a busy machine skews.
 */
function medianCI(xs) {
  const s = sorted(xs);
  const n = s.length;
  const half = (1.96 * Math.sqrt(n)) / 2;
  const lo = Math.max(1, Math.round(n / 2 - half));
  const hi = Math.min(n, Math.round(n / 2 + 1 + half));
  return { low: s[lo - 1], high: s[hi - 1] };
}
const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (x) => `${(x / 1024 / 1024).toFixed(2)} MB`;

const TACH = join(root, 'node_modules/tachometer/bin/tach.js');

/** Loads the chromedriver package tachometer asks for (bench/debian-chromedriver): Debian's driver, nothing downloaded. */
async function loadChromedriver() {
  try {
    return (await import('chromedriver')).path;
  } catch (e) {
    throw new Error(`tachometer needs Debian's chromedriver: ${String(e?.message ?? e).split('\n')[0]} (npm install puts bench/debian-chromedriver in node_modules/chromedriver)`, { cause: e });
  }
}

function tachometerVersion() {
  return createRequire(import.meta.url)(join(root, 'node_modules/tachometer/package.json')).version;
}

/**
 * One tachometer run at one CPU throttling rate: every page in PAGES, RUNS loads each, taken in turn
 * (page 1, 2, …, then again) after one warm-up load per page, each load in a new tab of the same
 * browser. Its config, its full output (with its own table comparing every page with every other)
 * and its JSON results are kept in dist/bench/tachometer-<rate>x.*. Returns, per page, the raw
 * samples and tachometer's statistics.
 */
async function tachometer(origin, rate) {
  const dir = join(root, 'dist/bench');
  await mkdir(dir, { recursive: true });
  const base = join(dir, `tachometer-${rate}x`);
  const config = {
    // A fixed number of loads (timeout 0 turns auto-sampling off), so the run time stays bounded.
    sampleSize: RUNS,
    timeout: 0,
    benchmarks: [
      {
        // Both read from performance measures recorded by bench/mark.js from its own mark, so they are the
        // same intervals the page computes; tachometer's polling delay is not part of them.
        measurement: [
          { name: 'rendered', mode: 'performance', entryName: 'bench-rendered' },
          { name: 'frame', mode: 'performance', entryName: 'bench-frame' },
        ],
        browser: {
          name: 'chrome',
          headless: true,
          binary: chromiumPath(),
          addArguments: CHROMIUM_ARGS,
          cpuThrottlingRate: rate,
          windowSize: { width: 1280, height: 900 },
        },
        expand: PAGES.map(({ id, path }) => ({ name: id, url: origin + path })),
      },
    ],
  };
  await writeFile(`${base}.json`, JSON.stringify(config, null, 2) + '\n');
  await rm(`${base}-results.json`, { force: true });
  let output = '';
  const code = await new Promise((resolve, reject) => {
    // Its own process group, so that stopping the bench (the time limit below) also ends the
    // chromedriver and Chromium that tachometer started.
    const child = spawn(process.execPath, [TACH, '--config', `${base}.json`, '--json-file', `${base}-results.json`], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const stop = () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    };
    process.once('exit', stop);
    child.on('close', () => process.off('exit', stop));
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', resolve);
  });
  // Tachometer colours its table with ANSI escapes (ESC [ … m): the log file keeps plain text.
  // eslint-disable-next-line no-control-regex -- the escape character is what is being removed
  output = output.replace(/\x1b\[[0-9;]*m/g, '');
  await writeFile(`${base}.log`, output);
  if (code !== 0) {
    throw new Error(`tachometer exited with ${code} (config ${relative(root, base)}.json); the end of its output:\n${output.trim().slice(-3000)}`);
  }
  const { benchmarks } = JSON.parse(await readFile(`${base}-results.json`, 'utf8'));
  const find = (name) => {
    const i = benchmarks.findIndex((b) => b.name === name);
    if (i < 0) throw new Error(`tachometer results have no "${name}" (${relative(root, base)}-results.json)`);
    return { ...benchmarks[i], index: i };
  };
  const bare = find('bare Lit element [rendered]');
  const out = {};
  for (const { id } of PAGES) {
    const r = find(`${id} [rendered]`);
    const f = find(`${id} [frame]`);
    // differences[j] is this page's mean minus page j's, with a 95% confidence interval, also as a percentage of page j's mean.
    out[id] = { render: r.samples, frame: f.samples, renderMean: r.mean, frameMean: f.mean, vsBare: id === 'bare Lit element' ? null : r.differences[bare.index] };
  }
  out.userAgent = bare.browser.userAgent;
  out.log = relative(root, `${base}.log`);
  return out;
}

async function main() {
  await ensureBuild();
  await build({
    entryPoints: [join(root, 'bench/bare-lit.js')], outfile: join(root, 'dist/bench/bare-lit.js'),
    bundle: true, minify: true, format: 'esm', target: 'es2021', conditions: ['production'], legalComments: 'none', logLevel: 'warning',
  });
  // Before anything starts: fail at once, with the fix, when Debian's chromedriver is missing.
  const driver = await loadChromedriver();
  const server = await startServer();
  const results = { widgets: {}, many: {}, hostile: {}, start: {}, node: null };
  let browser;
  try {
    for (const rate of THROTTLES) {
      console.log(`…     tachometer, CPU throttling ${rate}×: ${PAGES.length} pages, ${RUNS} loads each (plus one warm-up), in turn`);
      const t0 = Date.now();
      results.widgets[rate] = await tachometer(server.origin, rate);
      results.widgets[rate].seconds = (Date.now() - t0) / 1000;
      console.log(`…     tachometer run took ${results.widgets[rate].seconds.toFixed(1)} s`);
    }
    results.tachometer = { version: tachometerVersion(), driver };
    browser = await launchChromium();
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
      console.log(`…     Playwright, CPU throttling ${rate}×: 50 + 50 widgets on one page, the hostile page, ${HEAVY_RUNS} runs each`);
      // One warm-up load so the first measured run does not pay for starting the renderer.
      await (await timed('/bench/many.html', rate)).p.close();
      const render = [];
      const heap = [];
      let shape;
      for (let i = 0; i < HEAVY_RUNS; i++) {
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
      for (let i = 0; i < HEAVY_RUNS; i++) {
        for (const [path, into] of [['/bench/hostile.html', hostile], ['/bench/hostile.html?clean', clean]]) {
          const r = await timed(path, rate);
          await r.p.close();
          into.push(r.rendered - r.start);
        }
      }
      results.hostile[rate] = { hostile, clean };
      // Start → the first question (issue #12: no visible wait). Pressed as soon as the start screen shows (the
      // questions' module usually not loaded yet: the worst case), and once the page has been idle (it has loaded).
      const startAtOnce = [];
      const startIdle = [];
      for (let i = 0; i < HEAVY_RUNS; i++) {
        for (const [idle, into] of [[false, startAtOnce], [true, startIdle]]) {
          const r = await timed('/bench/loc-screener.html', rate);
          try {
            if (idle) await r.p.page.waitForFunction(() => document.querySelector('loc-screener').currentResult !== undefined, null, { timeout: 20_000 });
            into.push(
              await r.p.page.evaluate(async () => {
                const el = document.querySelector('loc-screener');
                const t0 = performance.now();
                el.shadowRoot.querySelector('section.start button').click();
                // updateComplete waits for the questions' module when it is still loading (base-element track()).
                await el.updateComplete;
                if (!el.shadowRoot.querySelector('[part="question"]')) throw new Error('no question after Start');
                return performance.now() - t0;
              }),
            );
          } finally {
            await r.p.close();
          }
        }
      }
      results.start[rate] = { atOnce: startAtOnce, idle: startIdle };
    }
    // Layout shift on the demo page (issue #12): the sum of layout-shift entries without recent input, from the
    // start until every widget has rendered and a second has passed, at 1280×900, 800×1100 (two columns, the page after
    // the screener in view) and 375×800.
    results.cls = [];
    for (const [path, viewport] of ['index.html', 'es.html'].flatMap((p) => [{ width: 1280, height: 900 }, { width: 800, height: 1100 }, { width: 375, height: 800 }].map((v) => [p, v]))) {
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
    await browser?.close().catch(() => {});
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
  const short = (s) => s.replace(/ \(CDP.*\)/, ' phone');
  const range = (ci, unit = ' ms') => `${ci.low.toFixed(1)}–${ci.high.toFixed(1)}${unit}`;
  const signed = (x) => `${x < 0 ? '−' : '+'}${Math.abs(x).toFixed(1)}`;

  // Table 1 (tachometer): start-up of each page, and how it compares with the bare Lit element in the same run.
  const startHead = ['page: mark → first rendered', 'CPU throttling', 'rendered: median (95% CI)', 'rendered: mean, 95% CI', 'next frame: median (95% CI)', 'vs the bare Lit element'];
  const startRows = [];
  for (const rate of THROTTLES) {
    const t = r.widgets[rate];
    const bare = median(t['bare Lit element'].render);
    for (const { id } of PAGES) {
      const w = t[id];
      const what = id === 'bare Lit element' ? '<bare-lit> (the yardstick): heading' : `<${id.replace(' via autoloader', '>, through the autoloader')}${id.includes('autoloader') ? '' : '> alone'}: ${id.startsWith('loc-screener') ? 'heading' : id === 'iop-compare' ? 'row' : 'item'}`;
      // Tachometer's interval is for the difference of means, as a percentage of the bare element's mean: 1 + p/100 is a ratio.
      const vs = w.vsBare
        ? `${(median(w.render) / bare).toFixed(2)}× (medians); means ${(1 + w.vsBare.percentChange.low / 100).toFixed(2)}–${(1 + w.vsBare.percentChange.high / 100).toFixed(2)}×, ${signed(w.vsBare.absolute.low)} to ${signed(w.vsBare.absolute.high)} ms`
        : '';
      startRows.push([what, label(rate), `${ms(median(w.render))} (${range(medianCI(w.render), '')})`, range(w.renderMean), `${ms(median(w.frame))} (${range(medianCI(w.frame), '')})`, vs]);
    }
  }

  // Table 2 (Playwright and Node): what tachometer cannot measure.
  const rows = [];
  const head = ['measure', 'CPU throttling', 'median', 'p90', 'other'];
  for (const rate of THROTTLES) {
    const m = r.many[rate];
    rows.push([`50 <program-checklist> + 50 <iop-compare>: mark → all rendered`, label(rate), ms(median(m.render)), ms(pct(m.render, 90)), `${m.count} widgets`]);
    rows.push([`↳ same page after GC: JS heap used`, label(rate), mb(median(m.heap)), mb(pct(m.heap, 90)), `bundle alone: ${mb(m.baseHeap)}; DOM nodes ${m.nodes} (bundle alone ${m.baseNodes}; ${m.inShadow} in shadow roots); JS event listeners ${m.listeners}`]);
    const { hostile: h, clean: c } = r.hostile[rate];
    rows.push([`3 widgets with 100 000 unknown ids each: mark → all rendered`, label(rate), ms(median(h)), ms(pct(h, 90)), `same page without the ids: median ${ms(median(c))}, p90 ${ms(pct(c, 90))}; cost of the ids ≈ ${ms(median(h) - median(c))} (issue #14: one notice line and one console.error per setting)`]);
    const st = r.start[rate];
    rows.push([`<loc-screener>: Start pressed once the page is idle → first question shown`, label(rate), ms(median(st.idle)), ms(pct(st.idle, 90)), 'the questions\' module loaded while the start screen was read']);
    rows.push([`<loc-screener>: Start pressed as soon as the start screen shows → first question shown`, label(rate), ms(median(st.atOnce)), ms(pct(st.atOnce, 90)), 'the worst case: the questions\' module (and nothing else) is fetched after the press']);
  }
  for (const c of r.cls) rows.push([`demo/${c.path}: layout shift (CLS) until all rendered + 1 s, ${c.viewport.width}×${c.viewport.height}`, 'none', median(c.values).toFixed(3), pct(c.values, 90).toFixed(3), `${c.values.length} loads`]);
  const n = r.node;
  rows.push([`evaluateScreener() in Node: calls per second`, 'none', `${Math.round(median(n.perSec)).toLocaleString('en-US')}/s`, `min ${Math.round(Math.min(...n.perSec)).toLocaleString('en-US')}/s`, `${(1e6 / median(n.perSec)).toFixed(1)} µs/call; ${n.sets.toLocaleString('en-US')} pre-generated random answer sets (avg ${n.avgAnswered.toFixed(1)} answers); 5 × 0.4 s after 0.3 s warm-up`]);

  const cut = (s, w) => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w));
  /** Prints a plain-text table: the first column padded (cut at `first`), the rest padded to their widest cell, the last left as is. */
  const print = (h, rows, first, right) => {
    const xs = rows.map((x) => [x[0], short(x[1]), ...x.slice(2)]);
    const widths = h.map((c, i) => (i === 0 ? Math.min(first, Math.max(c.length, ...xs.map((x) => x[0].length))) : Math.max(c.length, ...xs.map((x) => String(x[i]).length))));
    const line = (x) => x.map((c, i) => (i === x.length - 1 ? c : i === 0 ? cut(c, widths[0]) : right.includes(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ').trimEnd();
    console.log(line(h));
    for (const x of xs) console.log(line(x));
  };
  console.log(`\nlevel-of-care-widgets bench — ${date}`);
  console.log(`${machine}; Chromium ${r.chromium}; Node ${process.version}; tachometer ${r.tachometer.version} with ${r.tachometer.driver}`);
  console.log(`\nStart-up, measured by tachometer: ${RUNS} loads per page and throttling rate, each in a new tab, pages in turn (full tachometer output: ${r.widgets[1].log}, ${r.widgets[4].log})`);
  print(startHead, startRows, 48, [2, 3, 4]);
  console.log(`\nMeasured with Playwright (fresh context, cache disabled; ${HEAVY_RUNS} runs per page figure, ${Math.min(RUNS, 5)} loads per CLS figure) and in Node`);
  print(head, rows, 76, [2, 3]);
  console.log(`levels of the random answer sets (first 2000): ${Object.entries(n.levels).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`bench finished in ${((Date.now() - started) / 1000).toFixed(1)} s; figures written to docs/bench.md`);

  const mdTable = (h, xs, right) =>
    `| ${h.join(' | ')} |\n|${h.map((_, i) => (right.includes(i) ? '---:' : '---')).join('|')}|\n` +
    xs.map((x) => `| ${x.map((c) => String(c).replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;')).join(' | ')} |`).join('\n');
  const md = `# Benchmark

Written by \`npm run bench\` (scripts/bench.mjs); figures only, nothing here is asserted. Re-run to update.

- Date: ${date}
- Machine: ${machine}
- Browser: Chromium ${r.chromium} (headless, \`--disable-gpu\`), pages served by scripts/serve.mjs on 127.0.0.1 with
  \`cache-control: no-store\`
- Start-up figures: tachometer ${r.tachometer.version}, driving Chromium through Debian's chromedriver
  (${r.tachometer.driver}); ${RUNS} loads per page and throttling rate after one warm-up load, each in a new tab
  of one browser (files are sent with \`no-store\`, so nothing is cached between loads), the pages taken in turn in
  one run per throttling rate; its config, full output and JSON results are left in dist/bench/tachometer-*
- Other browser figures: Playwright, ${HEAVY_RUNS} runs per page figure (${Math.min(RUNS, 5)} loads per CLS figure), each in a
  fresh browser context with the cache disabled
- Node ${process.version}
- CPU throttling: none, then CDP \`Emulation.setCPUThrottlingRate\` 4 (a rough stand-in for a mid-range phone;
  it slows the renderer's main thread, not the network). Tachometer's \`cpuThrottlingRate\` sends the same command.

"mark" is a \`performance.mark\` in a classic script placed before the widget's module script tag
(bench/mark.js), so the times include fetching, parsing and running the bundle. "Rendered" is when the
element's first update has put the start screen heading (\`<loc-screener>\`), a body row or card
(\`<iop-compare>\`) or a checklist item (\`<program-checklist>\`) in its shadow root; "next frame" is the
following \`requestAnimationFrame\`. bench/mark.js records both as performance measures, which tachometer reads.
Single widgets load their per-widget file (\`dist/cdn/<tag>.js\`);
the 100-widget page loads \`dist/cdn/level-of-care-widgets.js\`.

## Start-up (tachometer)

Medians come with a 95% confidence interval from the order statistics of the samples (no assumption about
the shape of the timings). The means' 95% confidence intervals, and the comparison with the bare Lit element
(the difference of means, as a ratio and in ms), are tachometer's own figures. The bare Lit element is loaded in
the same run, so a busy machine slows it too.

${mdTable(startHead, startRows, [2, 3, 4])}

## Many widgets, hostile settings, Start, layout shift, evaluateScreener (Playwright and Node)

These stay outside tachometer: it reads one number per page load, and the only DevTools command it sends is the
CPU throttle, so it cannot force a garbage collection and read the heap, DOM node and listener counts, nor press
Start; and layout shift needs an observer installed before the demo page's own scripts run (Playwright's
\`addInitScript\`), at two viewport sizes, on demo pages that carry no bench code. Heap, DOM nodes and listeners come
from CDP \`Performance.getMetrics\` after \`HeapProfiler.collectGarbage\`; about half of the nodes in the shadow roots
are Lit's comment markers, and \`<iop-compare>\` renders one layout, the table at 1280 px. "Start → first question"
is measured in the page, from the click to the update that shows the question (bench/loc-screener.html).
Other processes running on the machine (a load average above 0) widen the p90s.

${mdTable(head, rows, [2, 3])}

Levels of the random answer sets (first 2000): ${Object.entries(n.levels).map(([k, v]) => `${k} ${v}`).join(', ')}.
`;
  return mkdir(join(root, 'docs'), { recursive: true }).then(() => writeFile(join(root, 'docs/bench.md'), md));
}

const limit = setTimeout(() => {
  console.error('bench: took longer than 25 minutes; stopping');
  process.exit(1);
}, 25 * 60_000);
limit.unref();
await main();

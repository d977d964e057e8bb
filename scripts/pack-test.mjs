// npm proof (`npm run test:pack`): packs the package as npm would publish it, then checks it the way
// sites use it, in Debian's Chromium (CHROME_PATH or /usr/bin/chromium; no browser is downloaded):
//   1. the tarball holds every file package.json points to (main, types, unpkg, exports, …);
//   2. a fresh Vite app and a plain esbuild app install the tarball from a temp dir, import the
//      per-widget `define` entries and `level-of-care-widgets/core`, build, and render all three
//      widgets (proves `exports` and `sideEffects`);
//   3. the esbuild app type-checks a .ts file against the published .d.ts files with this project's
//      tsc (moduleResolution: bundler);
//   4. the published CDN files work from a plain static server: the all-in-one module (English and
//      its lazy Spanish chunk), the classic script with a plain <script src> (Spanish inlined), and
//      the autoloader (only the widgets on the page, including ones added later).
//   5. a Next.js App Router app, a Vue app and a Svelte app (scripts/pack-frameworks.mjs): one install
//      for the three, run while the apps above install, then type checks and builds while the
//      checks above run in Chromium; strict type checks with the published
//      framework types; next build + next start (the server HTML already has the crisis band), and in
//      Chromium the widgets render, events arrive, no console errors.
// Needs the npm registry (to install lit, vite, esbuild and the frameworks into the temp apps) and a
// build (`npm run build` runs first when dist/ is incomplete). Prints one line per check (ok or FAIL);
// exits 1 on any FAIL. About 2 minutes on 2 cores with a warm npm cache (the framework apps are most
// of it: install ~40 s, next build ~30-45 s, vue-tsc/svelte-check ~15 s); the framework install adds
// about 15 s more with a cold cache. Stops at 6 minutes. KEEP_PACK_TEST=1 keeps the temp dir.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { TAGS, launchChromium, root } from './bench-harness.mjs';
import { buildFrameworkApps, checkFrameworkApps, installFrameworkApps } from './pack-frameworks.mjs';
import { assert, createReport } from './report.mjs';

const started = Date.now();
const secs = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const report = createReport();
const { fail, check } = report;

// Nested npm commands must not inherit this project's npm script environment (prefix, package).
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^npm_(package_|lifecycle_|config_local_prefix|config_prefix|command)/i.test(k)),
);

/** Runs a command; resolves with its output, rejects with the end of its output on failure. */
function run(cmd, args, { cwd = root, timeout = 150_000, env: childEnv = env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeout);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const tail = out.split('\n').filter((l) => l.trim() && !/Unknown (user|env) config/.test(l)).slice(-15).join('\n');
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(' ')} exited with ${signal ?? code}\n${tail}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// A tiny static server: each mount maps a URL prefix to a directory.
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.json': 'application/json' };
function serve(mounts) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      const prefix = Object.keys(mounts)
        .filter((p) => path.startsWith(p))
        .sort((a, b) => b.length - a.length)[0];
      if (!prefix) throw new Error('no mount');
      const base = mounts[prefix];
      let file = normalize(join(base, path.slice(prefix.length)));
      if (!file.startsWith(normalize(base + sep)) && file !== normalize(base)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      // Under /legacy*/ nothing names a charset, as on many CMS hosts: the page's own encoding applies.
      const type = prefix.startsWith('/legacy') ? (types[extname(file)] ?? '').replace(/; charset=utf-8$/, '') : types[extname(file)];
      res.writeHead(200, { 'content-type': type || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------------------------------------
const page3 = (head) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>pack test</title>${head}</head>
<body>
<loc-screener></loc-screener>
<iop-compare></iop-compare>
<program-checklist></program-checklist>
</body></html>
`;

const defineImports = TAGS.map((t) => `import 'level-of-care-widgets/${t}/define';`).join('\n');
const coreCall = `evaluateScreener({ 'use-frequency': 'weekly', 'past-treatment': 'yes-returned' })`;

// Both apps localize themselves with @lit/localize too, which may be configured only once per copy: the
// Vite app configures it before the widgets load (host-i18n.js is imported first), the esbuild app after
// (a module's body runs after all its imports). The widgets must work either way, and so must the app.
const hostI18n = `import { configureLocalization, msg } from '@lit/localize';
const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr'],
  loadLocale: async () => ({ templates: { 'host-hello': 'Bonjour' } }),
});
(window as unknown as { __hostMsg: Promise<string> }).__hostMsg = setLocale('fr').then(() => msg('Hello', { id: 'host-hello' }));
`;

const viteMain = `import './host-i18n.js';
${defineImports}
import { evaluateScreener } from 'level-of-care-widgets/core';
// The manifest is exported, for tools such as Storybook.
import manifest from 'level-of-care-widgets/custom-elements.json';

window.__manifestTags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean).sort().join(' ');

window.__coreLevel = ${coreCall}.level;
`;

// Bundled by esbuild and type-checked by tsc against the published .d.ts files.
const esbuildMain = `${defineImports}
${hostI18n}
import { evaluateScreener } from 'level-of-care-widgets/core';
import type { ScreenerResult } from 'level-of-care-widgets/core';
import type { LocScreener } from 'level-of-care-widgets/loc-screener';

const result: ScreenerResult = ${coreCall};
(window as unknown as { __coreLevel: string }).__coreLevel = result.level;

const screener: LocScreener | null = document.querySelector('loc-screener');
screener?.addEventListener('loc-screener-complete', (e) => console.info('suggested level:', e.detail.level));

/** Compile-time only: the published types are precise (never \`any\`). */
export function typeChecks(el: LocScreener): ScreenerResult['level'] {
  // @ts-expect-error LocScreener has no such property, so the element type is not \`any\`.
  void el.notAProperty;
  const made: LocScreener = document.createElement('loc-screener');
  document.addEventListener('program-checklist-change', (e) => e.detail.total.toFixed(0));
  document.querySelector('iop-compare')?.addEventListener('iop-compare-select', (e) => e.detail.level.toUpperCase());
  return made.currentResult.level;
}
`;

// Type-checked only: the all-in-one entry and the root entry resolve with their types.
const esbuildTypesOnly = `import 'level-of-care-widgets/define';
import { LocScreener, IopCompare, ProgramChecklist } from 'level-of-care-widgets';

export const classes: CustomElementConstructor[] = [LocScreener, IopCompare, ProgramChecklist];
export const compare: IopCompare | null = document.querySelector('iop-compare');
export const checklist: ProgramChecklist | null = document.querySelector('program-checklist');
`;

// Type-checked alone (its own tsconfig, no define module anywhere in the program): importing only a
// class, for a custom tag, still types the events on elements, document and window, and the root entry
// exports the detail types.
const classOnlyTypes = `import { LocScreener } from 'level-of-care-widgets/loc-screener';
import type { ScreenerCompleteDetail, LocScreenerEventMap, IopCompareEventMap, ProgramChecklistEventMap } from 'level-of-care-widgets';

LocScreener.define('my-screener');
const el = document.querySelector('my-screener') as LocScreener;
el.addEventListener('loc-screener-complete', (e) => e.detail.level.toUpperCase());
window.addEventListener('loc-screener-crisis', (e) => e.detail.contacts?.join()); // contacts only with event-detail="reasons" (issue #14)
document.addEventListener('program-checklist-change', (e) => e.detail.total.toFixed(0));
window.addEventListener('iop-compare-select', (e) => e.detail.level.toUpperCase());
export const detail: ScreenerCompleteDetail['level'] | undefined = undefined;
export type Maps = [LocScreenerEventMap, IopCompareEventMap, ProgramChecklistEventMap];
`;

const tsconfig = {
  compilerOptions: {
    target: 'ES2021',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2021', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  },
  include: ['*.ts'],
};

async function writeApp(dir, files) {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), typeof text === 'string' ? text : JSON.stringify(text, null, 2));
  }
}

// ---------------------------------------------------------------------------------------------
async function main() {
  const needed = ['dist/cdn/level-of-care-widgets.js', 'dist/cdn/level-of-care-widgets.classic.js', 'dist/cdn/autoloader.js', 'dist/npm/define.js', 'dist/types/define.d.ts'];
  if (needed.some((f) => !existsSync(join(root, f)))) {
    console.log('…     dist/ is incomplete: running npm run build');
    await run('npm', ['run', 'build']);
  }

  const work = await mkdtemp(join(tmpdir(), 'loc-pack-test-'));
  console.log(`…     temp dir ${work}`);
  let browser;
  let server;
  try {
    // 1. The tarball.
    let tarball;
    await check('npm pack: the tarball holds every file package.json points to', async () => {
      const out = await run('npm', ['pack', '--json', '--pack-destination', work]);
      const info = JSON.parse(out.slice(out.indexOf('[')))[0];
      tarball = join(work, info.filename);
      const files = new Set(info.files.map((f) => f.path));
      const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
      const targets = new Set([pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr]);
      const walk = (v) => (typeof v === 'string' ? targets.add(v) : v && Object.values(v).forEach(walk));
      walk(pkg.exports);
      // A subpath pattern (`./x/*`) needs at least one file under its prefix.
      const present = (p) => (p.includes('*') ? [...files].some((f) => f.startsWith(p.slice(0, p.indexOf('*')))) : files.has(p));
      const missing = [...targets].filter(Boolean).map((p) => p.replace(/^\.\//, '')).filter((p) => !present(p));
      assert(!missing.length, `missing from the tarball: ${missing.join(', ')}`);
      const cdn = ['dist/cdn/level-of-care-widgets.classic.js', 'dist/cdn/autoloader.js', ...TAGS.map((t) => `dist/cdn/${t}.js`)];
      const missingCdn = cdn.filter((p) => !files.has(p));
      assert(!missingCdn.length, `missing CDN files: ${missingCdn.join(', ')}`);
      const stray = [...files].filter((p) => /^(src|test|scripts|node_modules)\//.test(p));
      assert(!stray.length, `unexpected files: ${stray.slice(0, 5).join(', ')}`);
      return `${info.filename}, ${files.size} files, ${(info.size / 1024).toFixed(0)} KB`;
    });
    if (!tarball) throw new Error('no tarball: the remaining checks need it');

    // 2. Two fresh apps, installed in parallel.
    const viteDir = join(work, 'vite-app');
    const esbuildDir = join(work, 'esbuild-app');
    const pkgJson = (name) => ({ name, private: true, version: '0.0.0', type: 'module' });
    await writeApp(viteDir, {
      'package.json': pkgJson('vite-app'),
      'index.html': page3('<script type="module" src="./main.js"></script>'),
      'main.js': viteMain,
      'host-i18n.js': hostI18n.replace(' as unknown as { __hostMsg: Promise<string> }', ''),
    });
    await writeApp(esbuildDir, {
      'package.json': pkgJson('esbuild-app'),
      'main.ts': esbuildMain,
      'types-only.ts': esbuildTypesOnly,
      'tsconfig.json': tsconfig,
      'class-only/types.ts': classOnlyTypes,
      'class-only/tsconfig.json': { ...tsconfig, include: ['types.ts'] },
    });
    // The framework apps (scripts/pack-frameworks.mjs) install meanwhile, in their own folder.
    const frameworksDir = join(work, 'frameworks');
    const frameworksInstalled = installFrameworkApps(frameworksDir, tarball, { run, check });
    // …and type-check and build as soon as they are installed, while the checks below run.
    const frameworksBuilt = frameworksInstalled.then((installed) => installed && buildFrameworkApps(frameworksDir, { run, check, env }));
    const install = (dir, tool) => run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, tool], { cwd: dir });
    const [viteInstalled, esbuildInstalled] = await Promise.all([
      check('vite app: npm install <tarball> vite', async () => {
        await install(viteDir, 'vite');
        return `vite ${JSON.parse(await readFile(join(viteDir, 'node_modules/vite/package.json'), 'utf8')).version}`;
      }),
      check('esbuild app: npm install <tarball> esbuild', async () => {
        await install(esbuildDir, 'esbuild');
        return `esbuild ${JSON.parse(await readFile(join(esbuildDir, 'node_modules/esbuild/package.json'), 'utf8')).version}`;
      }),
    ]);

    const [viteBuilt, esbuildBuilt] = await Promise.all([
      viteInstalled &&
        check('vite app: vite build', async () => {
          await run(join(viteDir, 'node_modules/.bin/vite'), ['build', '--base', './', '--logLevel', 'warn'], { cwd: viteDir });
          return 'dist/';
        }),
      esbuildInstalled &&
        check('esbuild app: esbuild --bundle main.ts', async () => {
          await mkdir(join(esbuildDir, 'out'), { recursive: true });
          await writeFile(join(esbuildDir, 'out/index.html'), page3('<script type="module" src="./main.js"></script>'));
          await run(join(esbuildDir, 'node_modules/.bin/esbuild'), ['main.ts', '--bundle', '--format=esm', '--minify', '--outfile=out/main.js', '--log-level=warning'], { cwd: esbuildDir });
          return `out/main.js ${((await stat(join(esbuildDir, 'out/main.js'))).size / 1024).toFixed(0)} KB`;
        }),
      esbuildInstalled &&
        check('esbuild app: tsc --noEmit (TS 7, moduleResolution bundler) against the published types', async () => {
          const tsc = join(root, 'node_modules/.bin/tsc');
          const version = (await run(tsc, ['-v'], { cwd: esbuildDir })).trim();
          await run(tsc, ['-p', 'tsconfig.json', '--noEmit'], { cwd: esbuildDir });
          await run(tsc, ['-p', 'class-only/tsconfig.json', '--noEmit'], { cwd: esbuildDir });
          return `${version}: ScreenerResult, LocScreener, tag and event maps, ./define and . resolve; with only a class imported, events are typed on elements, document and window`;
        }),
    ]);

    // 3. The browser.
    const pkgDir = join(esbuildDir, 'node_modules/level-of-care-widgets');
    const pagesDir = join(work, 'pages');
    await writeApp(pagesDir, {
      'module.html': page3('<script type="module" src="/cdn/level-of-care-widgets.js"></script>'),
      'module-es.html': page3('<script type="module" src="/cdn/level-of-care-widgets.js"></script>').replace('lang="en"', 'lang="es"'),
      'classic.html': page3('<script src="/cdn/level-of-care-widgets.classic.js"></script>'),
      'classic-es.html': page3('<script src="/cdn/level-of-care-widgets.classic.js"></script>').replace('lang="en"', 'lang="es"'),
      'classic-1252.html': page3('<script src="/legacy-cdn/level-of-care-widgets.classic.js"></script>')
        .replace('lang="en"', 'lang="es"')
        .replace('<meta charset="utf-8">', '<meta charset="windows-1252">'),
      'autoloader.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>autoloader</title>
<script type="module" src="/cdn/autoloader.js"></script></head>
<body><iop-compare></iop-compare></body></html>
`,
    });
    // Spanish pages of both apps: the same build, with <html lang="es">.
    for (const out of [join(viteDir, 'dist'), join(esbuildDir, 'out')]) {
      if (existsSync(join(out, 'index.html'))) await writeFile(join(out, 'es.html'), (await readFile(join(out, 'index.html'), 'utf8')).replace('lang="en"', 'lang="es"'));
    }
    if (!existsSync(join(pkgDir, 'dist/cdn'))) {
      // The esbuild install failed: unpack the tarball for the CDN checks.
      await mkdir(pkgDir, { recursive: true });
      await run('tar', ['-xzf', tarball, '--strip-components=1', '-C', pkgDir]);
    }
    server = await serve({
      '/vite/': join(viteDir, 'dist'),
      '/esbuild/': join(esbuildDir, 'out'),
      '/cdn/': join(pkgDir, 'dist/cdn'),
      '/legacy-cdn/': join(pkgDir, 'dist/cdn'),
      '/legacy/': pagesDir,
      '/pages/': pagesDir,
    });
    const origin = `http://127.0.0.1:${server.address().port}`;

    browser = await launchChromium();

    /** Opens a page; records scripts it requested and any page error or console error. */
    async function open(path) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = [];
      const scripts = [];
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
      // Lit's warnings (such as "Multiple versions of Lit loaded") count too.
      page.on('console', (m) => m.type() === 'warning' && /\bLit\b/.test(m.text()) && problems.push(`console.warn: ${m.text()}`));
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname.split('/').pop()));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
      await page.goto(/^https?:/.test(path) ? path : origin + path);
      return { page, problems, scripts, close: () => context.close() };
    }

    /** Waits until each tag is registered and its shadow root shows the crisis bar; returns the bars' text. */
    async function rendered(page, tags) {
      try {
        await page.waitForFunction(
          (tags) => tags.every((t) => customElements.get(t) && document.querySelector(t)?.shadowRoot?.querySelector('[part="crisis-bar"]')),
          tags,
          { timeout: 15_000 },
        );
      } catch {
        const state = await page.evaluate(
          (tags) => tags.map((t) => `${t}: ${customElements.get(t) ? 'registered' : 'NOT registered'}, ${document.querySelector(t)?.shadowRoot?.querySelector('[part="crisis-bar"]') ? 'rendered' : 'NOT rendered'}`),
          tags,
        );
        throw new Error(state.join('; '));
      }
      return page.evaluate((tags) => tags.map((t) => document.querySelector(t).shadowRoot.querySelector('[part="crisis-bar"]').textContent.replace(/\s+/g, ' ').trim()), tags);
    }

    /** Each widget's crisis bar text and the rest of its shadow text. */
    const texts = (page) =>
      page.evaluate((tags) =>
        tags.map((t) => {
          const root = document.querySelector(t).shadowRoot;
          const copy = document.createElement('div');
          for (const n of root.childNodes) copy.append(n.cloneNode(true));
          const bar = copy.querySelector('[part="crisis-bar"]');
          bar.remove();
          const squash = (x) => x.replace(/\s+/g, ' ').trim();
          return { tag: t, bar: squash(bar.textContent), rest: squash(copy.textContent) };
        }),
      TAGS);
    const english = {};
    /**
     * Waits for Spanish: every crisis bar (shared catalog) and the start of every widget's own text (its
     * heading, from the widget's catalog) differ from the English page. The whole text is not compared:
     * some of it (level names) is Spanish even when a widget's catalog is missing.
     */
    async function spanish(page) {
      const head = (x) => (x ?? '').slice(0, 24);
      const isSpanish = (w) => w.bar.includes('988') && !w.bar.includes('Call 988') && w.rest && head(w.rest) !== head(english[w.tag]);
      for (let i = 0; i < 30; i++) {
        const ws = await texts(page);
        if (ws.every(isSpanish)) return ws;
        await page.waitForTimeout(250);
      }
      const still = (await texts(page)).filter((w) => !isSpanish(w)).map((w) => `<${w.tag}>: ${w.bar.includes('Call 988') ? 'crisis bar' : 'own text'} still English: "${w.rest.slice(0, 60)}…"`);
      throw new Error(still.join('; '));
    }

    async function appCheck(name, path) {
      await check(`${name}: all three elements registered and rendered (crisis bar), core works, the app's own @lit/localize works, no errors`, async () => {
        const p = await open(path);
        try {
          await rendered(p.page, TAGS);
          for (const w of await texts(p.page)) english[w.tag] ??= w.rest;
          const level = await p.page.evaluate(() => window.__coreLevel);
          assert(typeof level === 'string' && level, `evaluateScreener gave ${level}`);
          if (path.startsWith('/vite')) {
            const tags = await p.page.evaluate(() => window.__manifestTags);
            assert(tags === 'iop-compare loc-screener program-checklist', `custom-elements.json imported from the package lists: ${tags}`);
          }
          const host = await p.page.evaluate(() => window.__hostMsg);
          assert(host === 'Bonjour', `the app's own @lit/localize gave ${JSON.stringify(host)}, not "Bonjour"`);
          assert(!p.problems.length, p.problems.join('\n'));
          return `evaluateScreener → ${level}; the app's own @lit/localize (configured ${path.startsWith('/vite') ? 'before' : 'after'} the widgets) → ${host}`;
        } finally {
          await p.close();
        }
      });
    }
    async function appSpanishCheck(name, path) {
      await check(`${name}: a lang="es" page shows all three in Spanish`, async () => {
        const p = await open(path);
        try {
          await rendered(p.page, TAGS);
          await spanish(p.page);
          assert(!p.problems.length, p.problems.join('\n'));
        } finally {
          await p.close();
        }
      });
    }
    if (viteBuilt) await appCheck('vite app in Chromium', '/vite/');
    if (esbuildBuilt) await appCheck('esbuild app in Chromium', '/esbuild/');
    if (viteBuilt) await appSpanishCheck('vite app in Chromium', '/vite/es.html');
    if (esbuildBuilt) await appSpanishCheck('esbuild app in Chromium', '/esbuild/es.html');

    await check('CDN level-of-care-widgets.js (module): three elements in English, no Spanish chunk loaded', async () => {
      const p = await open('/pages/module.html');
      try {
        await rendered(p.page, TAGS);
        for (const w of await texts(p.page)) {
          assert(w.bar.includes('Call 988'), `<${w.tag}>: English crisis bar expected: ${w.bar}`);
          english[w.tag] = w.rest;
        }
        assert(!p.scripts.some((s) => /^es\.[\w-]+\.js$/.test(s)), `a Spanish chunk was loaded: ${p.scripts}`);
        assert(!p.problems.length, p.problems.join('\n'));
        return `scripts: ${p.scripts.join(', ')}`;
      } finally {
        await p.close();
      }
    });
    await check('CDN level-of-care-widgets.js (module) on a lang="es" page: all three in Spanish from lazy chunks', async () => {
      const p = await open('/pages/module-es.html');
      try {
        await rendered(p.page, TAGS);
        await spanish(p.page);
        // The entry, the per-widget entries it imports and their shared chunks, then the Spanish chunks (chunks/es.*.js).
        const chunks = p.scripts.filter((s) => /^es\.[\w-]+\.js$/.test(s));
        const graph = p.scripts.filter((s) => !chunks.includes(s));
        const expected = /^(level-of-care-widgets|loc-screener|iop-compare|program-checklist)\.js$|^(shared|levels)\.[\w-]+\.js$/;
        assert(chunks.length >= 1 && graph.every((s) => expected.test(s)), `only the module graph and Spanish chunks expected: ${p.scripts}`);
        assert(!p.problems.length, p.problems.join('\n'));
        return `${chunks.length} Spanish chunks`;
      } finally {
        await p.close();
      }
    });
    await check('CDN level-of-care-widgets.classic.js with a plain <script src> in <head>: three elements, one file', async () => {
      const p = await open('/pages/classic.html');
      try {
        await rendered(p.page, TAGS);
        for (const w of await texts(p.page)) assert(w.bar.includes('Call 988') && w.rest === english[w.tag], `<${w.tag}>: not the English page`);
        assert(p.scripts.join() === 'level-of-care-widgets.classic.js', `only the classic file expected: ${p.scripts}`);
        assert(!p.problems.length, p.problems.join('\n'));
        return 'no import statements, no other requests';
      } finally {
        await p.close();
      }
    });
    await check('CDN level-of-care-widgets.classic.js on a lang="es" page: all three in Spanish, inlined, no chunk requested', async () => {
      const p = await open('/pages/classic-es.html');
      try {
        await rendered(p.page, TAGS);
        const ws = await spanish(p.page);
        assert(p.scripts.join() === 'level-of-care-widgets.classic.js', `only the classic file expected: ${p.scripts}`);
        assert(!p.problems.length, p.problems.join('\n'));
        return `${ws[0].bar.slice(0, 32)}…`;
      } finally {
        await p.close();
      }
    });
    await check('CDN level-of-care-widgets.classic.js on a windows-1252 page with no charset sent: Spanish and the Poison Help number read right', async () => {
      const p = await open('/legacy/classic-1252.html');
      try {
        await rendered(p.page, TAGS);
        const [bar] = await p.page.evaluate(() => [document.querySelector('loc-screener').shadowRoot.querySelector('[part="crisis-bar"]').textContent.replace(/\s+/g, ' ').trim()]);
        const charset = await p.page.evaluate(() => document.characterSet);
        assert(charset === 'windows-1252', `the page was read as ${charset}`);
        assert(bar.includes('¿Hay peligro ahora? Llame al 911.'), `crisis bar: ${bar}`);
        assert(!/Ã|Â/.test(bar), `garbled text: ${bar}`);
        assert(!p.problems.length, p.problems.join('\n'));
        return `${charset}: ${bar.slice(0, 40)}…`;
      } finally {
        await p.close();
      }
    });
    await check('CDN autoloader.js: loads only the widgets on the page, then ones added later', async () => {
      const p = await open('/pages/autoloader.html');
      try {
        await rendered(p.page, ['iop-compare']);
        const others = await p.page.evaluate(() => ['loc-screener', 'program-checklist'].filter((t) => customElements.get(t)));
        assert(!others.length, `not on the page but registered: ${others}`);
        assert(!p.scripts.some((s) => /^(loc-screener|program-checklist)\.js$/.test(s)), `loaded too much: ${p.scripts}`);
        await p.page.evaluate(() => {
          const div = document.createElement('div');
          div.innerHTML = '<program-checklist></program-checklist>';
          document.body.append(div);
        });
        await rendered(p.page, ['iop-compare', 'program-checklist']);
        await p.page.evaluate(() => document.body.append(document.createElement('loc-screener')));
        await rendered(p.page, TAGS);
        const widgetFiles = p.scripts.filter((s) => /^(loc-screener|iop-compare|program-checklist)\.js$/.test(s));
        assert(widgetFiles.length === 3, `each widget file once expected: ${p.scripts}`);
        assert(!p.problems.length, p.problems.join('\n'));
        return `loaded in order: ${widgetFiles.join(', ')}`;
      } finally {
        await p.close();
      }
    });

    // 4. Next.js, Vue and Svelte apps (scripts/pack-frameworks.mjs).
    const built = await frameworksBuilt;
    if (built) await checkFrameworkApps(frameworksDir, built, { check, assert, env, open, rendered, serve, tags: TAGS });
  } catch (e) {
    fail('pack test', e);
  } finally {
    await browser?.close().catch(() => {});
    server?.close();
    if (process.env.KEEP_PACK_TEST) console.log(`…     kept ${work}`);
    else await rm(work, { recursive: true, force: true }).catch(() => {});
  }
}

// A hard limit so a hung install or browser never blocks CI.
const limit = setTimeout(() => {
  fail('pack test', 'took longer than 6 minutes');
  process.exit(1);
}, 360_000);
limit.unref();

await main();
console.log(`${report.failed ? 'FAIL' : 'ok   '} ${report.summary('test:pack')} in ${secs()}`);
process.exitCode = report.failed ? 1 : 0;

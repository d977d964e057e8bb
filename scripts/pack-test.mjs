// npm proof (`npm run test:pack`): packs the package as npm would publish it, then checks it the way
// sites use it; the browser checks are Playwright Test specs (test/pack/*.spec.ts, project pack) run from
// here in Debian's Chromium (CHROME_PATH or /usr/bin/chromium; no browser is downloaded):
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
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { TAGS, root } from './bench-harness.mjs';
import { buildFrameworkApps, installFrameworkApps } from './pack-frameworks.mjs';
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
/**
 * Runs Playwright Test's pack project on some spec files, its output shown as it comes (one line per
 * check). LOC_PACK_DIR is the temp dir with the built apps, LOC_PACK_APPS the apps that built.
 */
function playwright(files, work, apps) {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/playwright'), ['test', '--project=pack', ...files], {
      cwd: root,
      env: { ...env, LOC_PACK_DIR: work, LOC_PACK_APPS: apps.join(',') },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code, signal) => (code === 0 ? resolve(`apps built: ${apps.join(', ') || 'none'}`) : reject(new Error(`playwright test exited with ${signal ?? code} (its failures are listed above)`))));
  });
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
  // Undefined until the questions have loaded (idle, Start, or settings): the type says so.
  return made.currentResult?.level ?? "none";
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

    // 3. What the browser checks load: pages for the CDN files, Spanish pages of both apps.
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
    // 4. In Chromium with Playwright Test (test/pack/apps.spec.ts): the two apps and the CDN files, while
    // the framework apps type-check and build.
    const apps = [viteBuilt && 'vite', esbuildBuilt && 'esbuild'].filter(Boolean);
    const appsChecked = check('Chromium (playwright test --project=pack test/pack/apps.spec.ts): the Vite and esbuild apps, the CDN module, classic and autoloader files', () =>
      playwright(['test/pack/apps.spec.ts'], work, apps),
    );
    // 5. Then the Next.js, Vue and Svelte apps (built by scripts/pack-frameworks.mjs; test/pack/frameworks.spec.ts).
    const built = await frameworksBuilt;
    await appsChecked;
    if (built) {
      const names = Object.entries({ next: built.nextBuilt, vue: built.vueBuilt, svelte: built.svelteBuilt }).filter(([, ok]) => ok).map(([name]) => name);
      await check('Chromium (playwright test --project=pack test/pack/frameworks.spec.ts): the Next (server HTML too), Vue and Svelte apps', () => playwright(['test/pack/frameworks.spec.ts'], work, names));
    }
  } catch (e) {
    fail('pack test', e);
  } finally {
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

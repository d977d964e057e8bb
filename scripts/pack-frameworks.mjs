// Framework apps of the pack test (scripts/pack-test.mjs): a Next.js App Router app (build + start),
// a Vue 3 app and a Svelte 5 app (Vite), each a fresh app using the packed tarball as a new user would:
//   - one `npm install` for all three (they share node_modules in the parent folder: one resolution,
//     one copy of vite and typescript), run while the other apps install;
//   - strict type checks with the published framework types: `next build` (its TypeScript check),
//     `vue-tsc` and `svelte-check`, each with a negative check (@ts-expect-error / @vue-expect-error)
//     proving the element types are not `any`;
//   - in Chromium (test/pack/frameworks.spec.ts, run by the pack test with Playwright): the widgets
//     render, events arrive, no console errors or Lit warnings; the Next app's server HTML already has
//     the crisis band (declarative shadow DOM from level-of-care-widgets/ssr, and the light-DOM
//     fallback of the React wrapper).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Registry packages of the three apps, kept to what each framework's own starter needs. */
export const FRAMEWORK_DEPS = [
  'next', 'react', 'react-dom', '@types/react', '@types/node', '@lit-labs/ssr',
  'vue', '@vitejs/plugin-vue', 'vue-tsc',
  'svelte', '@sveltejs/vite-plugin-svelte', 'svelte-check',
  'vite', 'typescript@^5.9 || ^6',
];

const coreCall = `evaluateScreener({ 'use-frequency': 'weekly', 'past-treatment': 'yes-returned' })`;
// Events the app received, for the browser check (window is read only when an event arrives: the
// Next app's client components are also rendered on the server).
const recorder = `export const record = (s: string) => {
  const w = window as unknown as { __events?: string[] };
  (w.__events ??= []).push(s);
};
`;
const strictTs = { strict: true, target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], module: 'ESNext', moduleResolution: 'bundler', noEmit: true, skipLibCheck: true, isolatedModules: true };

const next = {
  'package.json': { name: 'next-app', private: true, version: '0.0.0' },
  'next.config.mjs': `export default { typescript: { ignoreBuildErrors: false } };\n`,
  'tsconfig.json': {
    compilerOptions: { ...strictTs, jsx: 'react-jsx', allowJs: false, esModuleInterop: true, resolveJsonModule: true, incremental: false, plugins: [{ name: 'next' }] },
    include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts', '.next/dev/types/**/*.ts'],
    exclude: ['node_modules'],
  },
  // The raw tags' JSX types, once for the app.
  'widgets.d.ts': `import type {} from 'level-of-care-widgets/jsx';\n`,
  // Chromium asks for /favicon.ico; without one, its 404 is a console error.
  'public/favicon.ico': '',
  'app/layout.tsx': `import type { ReactNode } from 'react';
export const metadata = { title: 'next app' };
export default function RootLayout({ children }: { children: ReactNode }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  // A Server Component: registers the widgets by rendering <LevelOfCareWidgets /> from /define (a 'use
  // client' module), uses the classes and /core on the server, server-renders <iop-compare> with /ssr,
  // and renders client widgets.
  'app/page.tsx': `import { LevelOfCareWidgets } from 'level-of-care-widgets/define';
import { LocScreener } from 'level-of-care-widgets';
import { evaluateScreener } from 'level-of-care-widgets/core';
import { renderWidget } from 'level-of-care-widgets/ssr';
import { ClientWidgets } from './client-widgets';

export default function Page() {
  const { level } = ${coreCall};
  return (
    <main>
      <LevelOfCareWidgets />
      <p id="server-core">{level} {LocScreener.version}</p>
      <ClientWidgets />
      <div id="ssr" dangerouslySetInnerHTML={{ __html: renderWidget('iop-compare', { levels: 'op iop php' }) }} />
    </main>
  );
}
`,
  'app/client-widgets.tsx': `'use client';
import { LocScreener, ProgramChecklist } from 'level-of-care-widgets/react';
${recorder}
// The wrappers, not raw tags with on<event> props: React 19 does not attach those listeners when it
// hydrates server HTML (react/react#35446), and Next.js always hydrates.
export function ClientWidgets() {
  return (
    <>
      <LocScreener levelsOffered="php iop op" onStart={(e) => record(\`start \${e.detail.total}\`)} />
      <ProgramChecklist mode="visitor" onChange={(e) => record(\`change \${e.detail.total}\`)} />
    </>
  );
}
`,
  // Compile-time only: the raw tags are typed (next build type-checks every file).
  'app/type-checks.tsx': `export function TypeChecks() {
  return (
    <>
      {/* @ts-expect-error not an audience */}
      <loc-screener audience="child" />
      {/* @ts-expect-error not a level id */}
      <iop-compare highlight="none" />
      <loc-screener onloc-screener-complete={(e) => e.detail.level.toUpperCase()} onloc-screener-step={(e) => e.detail.index.toFixed(0)} />
      {/* @ts-expect-error the detail has no such field */}
      <loc-screener onloc-screener-complete={(e) => e.detail.nonexistent.deep} />
    </>
  );
}
`,
};

const viteIndex = (script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>app</title></head>
<body><div id="app"></div><script type="module" src="${script}"></script></body></html>
`;

const vue = {
  'package.json': { name: 'vue-app', private: true, version: '0.0.0', type: 'module' },
  'index.html': viteIndex('/src/main.ts'),
  'vite.config.ts': `import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
export default defineConfig({ base: './', plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })] });
`,
  'tsconfig.json': { compilerOptions: { ...strictTs, jsx: 'preserve', types: [] }, include: ['src/**/*.ts', 'src/**/*.vue'] },
  'src/env.d.ts': `import type {} from 'level-of-care-widgets/vue';\n`,
  'src/record.ts': recorder,
  'src/main.ts': `import 'level-of-care-widgets/define';
import { createApp } from 'vue';
import App from './App.vue';
createApp(App).mount('#app');
`,
  'src/App.vue': `<script setup lang="ts">
import { record } from './record';
</script>
<template>
  <loc-screener levels-offered="php iop op" @loc-screener-start="record(\`start \${$event.detail.total}\`)" />
  <iop-compare levels="op iop php" highlight="iop" />
  <program-checklist @program-checklist-change="record(\`change \${$event.detail.total}\`)" />
  <template v-if="false">
    <!-- @vue-expect-error the detail has no such field -->
    <loc-screener @loc-screener-complete="record($event.detail.nonexistent.deep)" />
    <!-- @vue-expect-error not an audience -->
    <loc-screener audience="child" />
  </template>
</template>
`,
};

const svelte = {
  'package.json': { name: 'svelte-app', private: true, version: '0.0.0', type: 'module' },
  'index.html': viteIndex('/src/main.ts'),
  'vite.config.ts': `import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
export default defineConfig({ base: './', plugins: [svelte()] });
`,
  'tsconfig.json': { compilerOptions: { ...strictTs, verbatimModuleSyntax: true, types: [] }, include: ['src/**/*.ts', 'src/**/*.svelte'] },
  'src/app.d.ts': `import type {} from 'level-of-care-widgets/svelte';\n`,
  'src/record.ts': recorder,
  'src/main.ts': `import 'level-of-care-widgets/define';
import { mount } from 'svelte';
import App from './App.svelte';
mount(App, { target: document.getElementById('app')! });
`,
  'src/App.svelte': `<script lang="ts">
  import type { SvelteHTMLElements } from 'svelte/elements';
  import { record } from './record';
  // Compile-time only: the element types are not \`any\`.
  // @ts-expect-error not an audience
  const badAudience: SvelteHTMLElements['loc-screener'] = { audience: 'child' };
  const badDetail: SvelteHTMLElements['loc-screener'] = {
    // @ts-expect-error the detail has no such field
    'onloc-screener-complete': (e) => e.detail.nonexistent,
  };
  void [badAudience, badDetail];
</script>

<loc-screener levels-offered="php iop op" onloc-screener-start={(e) => record(\`start \${e.detail.total}\`)}></loc-screener>
<iop-compare levels="op iop php" highlight="iop"></iop-compare>
<program-checklist onprogram-checklist-change={(e) => record(\`change \${e.detail.total}\`)}></program-checklist>
`,
};

async function writeApp(dir, files) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), typeof text === 'string' ? text : JSON.stringify(text, null, 2));
  }
}

/** Writes the three apps under `dir` and installs their dependencies once, in `dir`. */
export async function installFrameworkApps(dir, tarball, { run, check }) {
  await writeApp(dir, { 'package.json': { name: 'framework-apps', private: true, version: '0.0.0' } });
  await writeApp(join(dir, 'next-app'), next);
  await writeApp(join(dir, 'vue-app'), vue);
  await writeApp(join(dir, 'svelte-app'), svelte);
  return check(`framework apps: one npm install <tarball> ${FRAMEWORK_DEPS.join(' ')}`, async () => {
    const t = Date.now();
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...FRAMEWORK_DEPS], { cwd: dir, timeout: 240_000 });
    const { createRequire } = await import('node:module');
    const req = createRequire(join(dir, 'package.json'));
    const v = (p) => req(`${p}/package.json`).version;
    return `${((Date.now() - t) / 1000).toFixed(0)} s: next ${v('next')}, vue ${v('vue')}, svelte ${v('svelte')}, vite ${v('vite')}, typescript ${v('typescript')}`;
  });
}

/** `check`, with each check's wall time after its result (for the CI time budget). */
const timed = (check) => (name, fn) =>
  check(name, async () => {
    const t = Date.now();
    const out = await fn();
    return `${out ? `${out} ` : ''}(${((Date.now() - t) / 1000).toFixed(1)} s)`;
  });

const paths = (dir, env) => ({
  bin: (name) => join(dir, 'node_modules/.bin', name),
  nextDir: join(dir, 'next-app'),
  vueDir: join(dir, 'vue-app'),
  svelteDir: join(dir, 'svelte-app'),
  nextEnv: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
});

/**
 * Type-checks and builds the three apps (the pack test runs this while Chromium checks the other
 * apps). Resolves with which apps built.
 */
export async function buildFrameworkApps(dir, { run, check: baseCheck, env }) {
  const { bin, nextDir, vueDir, svelteDir, nextEnv } = paths(dir, env);
  const check = timed(baseCheck);

  // Type checks first (light), then the builds one at a time (next build alone uses both cores).
  const [vueTyped, svelteTyped] = await Promise.all([
    check('vue app: vue-tsc --noEmit (strict) with level-of-care-widgets/vue', async () => {
      await run(bin('vue-tsc'), ['-p', 'tsconfig.json', '--noEmit'], { cwd: vueDir });
      return '$event.detail typed on @loc-screener-start and @program-checklist-change; a wrong detail field and a wrong audience are errors';
    }),
    check('svelte app: svelte-check (strict) with level-of-care-widgets/svelte', async () => {
      const out = await run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--output', 'machine'], { cwd: svelteDir });
      const done = out.split('\n').find((l) => /COMPLETED/.test(l)) ?? '';
      return done.replace(/^\d+\s+/, '');
    }),
  ]);
  const nextBuilt = await check('next app: next build (App Router, its strict TypeScript check with level-of-care-widgets/jsx)', async () => {
    await run(bin('next'), ['build'], { cwd: nextDir, timeout: 240_000, env: nextEnv });
    return 'page.tsx (a Server Component) renders <LevelOfCareWidgets /> from /define and uses the classes, /core and /ssr; the React wrappers in a client file';
  });
  const [vueBuilt, svelteBuilt] = [
    vueTyped && (await check('vue app: vite build', () => run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: vueDir }).then(() => 'dist/'))),
    svelteTyped && (await check('svelte app: vite build', () => run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: svelteDir }).then(() => 'dist/'))),
  ];
  return { nextBuilt, vueBuilt, svelteBuilt };
}

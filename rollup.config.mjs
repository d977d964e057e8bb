// Builds:
// - dist/cdn/<tag>.js: one ES module per widget that defines the element, and
//   dist/cdn/level-of-care-widgets.js, which defines all three: entries of one module graph whose shared
//   code (Lit, the base element, the core) is in dist/cdn/chunks/, so any mix of them loads Lit once.
//   Every language is a lazy chunk there (chunks/es.<hash>.js, one per catalog).
// - dist/cdn/level-of-care-widgets.classic.js: the one self-contained file, a classic script (IIFE, no
//   `import`), for sites that strip type="module". An IIFE cannot load chunks, so Spanish is inlined and
//   Lit is its own copy: do not mix it with the module files on one page under a strict Trusted Types policy.
// - dist/cdn/autoloader.js: a tiny ES module that imports the per-widget files of the widgets present
//   on the page, with modulepreload hints for their chunks (src/cdn/autoloader.ts).
// - dist/npm/: the npm build, one module per source file, Lit external, for bundlers (with a private
//   copy of @lit/localize in dist/npm/vendor/, see below).
// Widgets are discovered from src/components/<tag>/define.ts.
import { readdirSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const target = 'es2021';
const components = readdirSync('src/components')
  .filter((d) => existsSync(`src/components/${d}/define.ts`))
  .sort();
const ts = () => esbuild({ target, tsconfig: 'tsconfig.json', loaders: { '.ts': 'ts' } });
const cdnPlugins = () => [nodeResolve({ exportConditions: ['production'] }), ts(), minifyHTML()];
// Terser, not esbuild, minifies the CDN files: two compress passes save about 0.5 KB gzip a file.
const min = (module = true) => terser({ ecma: 2021, module, compress: { passes: 2 }, format: { comments: false } });
// The classic script is ASCII only: a classic script is read in the page's encoding (a CMS page may be
// windows-1252), while module scripts are always read as UTF-8. Terser's ascii_only leaves template
// literals alone, so every non-ASCII character is escaped here (valid in strings, templates and regexes).
const asciiOnly = () => ({
  name: 'ascii-only',
  renderChunk: (code) => code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
});

// One ES module graph for every CDN entry (issue #12): the per-widget files, the all-in-one file and the
// autoloader's imports share chunks (Lit, the shared base, the core), so any mix of them on a page runs Lit
// once and creates one Trusted Types policy (`lit-html`), as a strict `trusted-types lit-html` policy with
// no 'allow-duplicates' requires. Shared code goes to dist/cdn/chunks/; languages are lazy chunks there
// too (chunks/es.<hash>.js, one per catalog, shared by every entry).
// The static imports of each CDN entry, recorded by the CDN build for the autoloader build that follows it
// (rollup -c runs the builds of an array in order, in one process): the autoloader adds a modulepreload
// hint for each so the browser fetches an entry and its chunks at once instead of one after the other.
const cdnGraph = {};
function cdnManifest() {
  return {
    name: 'cdn-manifest',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        // Only the per-widget entries: the autoloader never loads the all-in-one file, so its imports would be dead bytes.
        if (chunk.type === 'chunk' && chunk.isEntry && components.includes(chunk.name)) cdnGraph[chunk.name] = [...chunk.imports];
      }
    },
  };
}
const cdnGraphModule = () => ({
  name: 'cdn-graph',
  resolveId: (id) => (id === 'virtual:cdn-graph' ? '\0cdn-graph' : null),
  load: (id) => (id === '\0cdn-graph' ? `export default ${JSON.stringify(cdnGraph)};` : null),
});

// Importing a widget's define module registers it, and importing shared/settings.ts provides the settings controller: the all-in-one entries (module and classic) import the
// three per-widget define modules for that alone. package.json's `sideEffects` (written for bundlers of dist/npm) does not list
// src/, and node-resolve applies it, which would leave the all-in-one file empty.
const defineHasEffects = () => ({
  name: 'define-has-effects',
  transform: (code, id) => (/[\\/](define|shared[\\/]settings)\.ts$/.test(id) ? { code, map: null, moduleSideEffects: true } : null),
});

const cdnEntries = Object.fromEntries([
  ...components.map((tag) => [tag, `src/components/${tag}/define.ts`]),
  ['level-of-care-widgets', 'src/cdn/all.ts'],
]);
const cdn = {
  input: cdnEntries,
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name].[hash].js',
    // What every widget needs in one chunk (Lit, @lit/localize, the shared base element, crisis band and
    // styles): fewer files compress better. The rest is split by which entries use it: the settings controller and
    // the level names are left out, since the screener's start screen needs neither (issue #12); they go in a second
    // chunk with the settings parser's helpers and the levels, which the comparison, the checklist and the screener's
    // questions all use (one chunk rather than three: each file compressed alone costs about 0.3 KB).
    // Lit's directives stay with the code that uses them (the screener's questions use `keyed`).
    manualChunks: (id) =>
      /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|@lit[\\/]localize)[\\/](?!(directives[\\/]|directive(-helpers)?\.js))|[\\/]src[\\/]shared[\\/](?!settings|level-names|read-settings)/.test(id)
        ? 'shared'
        : /[\\/]src[\\/](shared[\\/](settings|level-names|read-settings)|core[\\/]config)\.ts$/.test(id)
          ? 'settings'
          : undefined,
    plugins: [min()],
  },
  plugins: [defineHasEffects(), ...cdnPlugins(), cdnManifest()],
};

const classic = {
  input: 'src/cdn/all.ts',
  output: {
    file: 'dist/cdn/level-of-care-widgets.classic.js',
    format: 'iife',
    inlineDynamicImports: true,
    plugins: [min(false), asciiOnly()],
  },
  plugins: [defineHasEffects(), ...cdnPlugins()],
};

const autoloader = {
  input: 'src/cdn/autoloader.ts',
  output: { file: 'dist/cdn/autoloader.js', format: 'es', plugins: [min()] },
  plugins: [cdnGraphModule(), ts()],
};

// `'use client'` starts the npm files that must run in the browser: the React wrappers (hooks) and the
// define entries (they register elements). React Server Components bundlers (Next.js App Router) then
// keep them out of the server graph and load them on the client, even from a Server Component page.
// Rollup drops directives found in sources (with a warning), so the banner adds it to the built file;
// other bundlers ignore it.
const CLIENT_ENTRIES = /[\\/]src[\\/](react[\\/]index|define|components[\\/][^\\/]+[\\/]define)\.ts$/;

const npm = {
  input: [
    'src/index.ts',
    'src/define.ts',
    'src/core/index.ts',
    'src/react/index.ts',
    'src/fallback.ts',
    'src/ssr/index.ts',
    ...components.flatMap((tag) => [`src/components/${tag}/${tag}.ts`, `src/components/${tag}/define.ts`]),
  ],
  output: {
    dir: 'dist/npm',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    // The private copy of @lit/localize (below) goes to dist/npm/vendor/: npm pack drops node_modules folders.
    entryFileNames: (chunk) => `${chunk.name.replace(/^(.*\/)?node_modules\//, 'vendor/')}.js`,
    banner: (chunk) => (chunk.facadeModuleId && CLIENT_ENTRIES.test(chunk.facadeModuleId) ? "'use client';" : ''),
  },
  // Lit and @lit/react are left to the app's bundler. @lit/localize is not: it can be configured only
  // once per copy, so an app that localizes itself with it would clash with the widgets (whichever
  // loaded second would throw). The widgets carry their own copy (about 1.3 KB gzip).
  external: [/^lit(\/|$)/, /^@lit\/(?!localize)/, /^@lit-labs\//, /^react/],
  // Templates are minified here too, as in the CDN files: apps pay for the whitespace otherwise (issue #12).
  plugins: [nodeResolve({ resolveOnly: ['@lit/localize'] }), ts(), minifyHTML()],
};

export default [cdn, classic, autoloader, npm];

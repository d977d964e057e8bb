// Builds (all minified CDN files bundle Lit; every file in dist/cdn is self-contained):
// - dist/cdn/<tag>.js: one ES module per widget that defines the element; every language is a lazy
//   chunk beside it (<tag>.es.<hash>.js).
// - dist/cdn/level-of-care-widgets.js: one ES module that defines all three widgets; Spanish is in
//   lazy chunks beside it (level-of-care-widgets.es.<hash>.js, one per catalog; a manual chunk would
//   also pull @lit/localize out of the entry, costing English pages a request).
// - dist/cdn/level-of-care-widgets.classic.js: the same as a classic script (IIFE, no `import`), for
//   sites that strip type="module". An IIFE cannot load chunks, so Spanish is inlined in this file.
// - dist/cdn/autoloader.js: a tiny ES module that imports the per-widget files of the widgets present
//   on the page (src/cdn/autoloader.ts).
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

const perWidget = components.map((tag) => ({
  input: `src/components/${tag}/define.ts`,
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: `${tag}.js`,
    chunkFileNames: `${tag}.[name].[hash].js`,
    plugins: [min()],
  },
  plugins: cdnPlugins(),
}));

const allInOne = {
  input: 'src/cdn/all.ts',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: 'level-of-care-widgets.js',
    chunkFileNames: 'level-of-care-widgets.[name].[hash].js',
    plugins: [min()],
  },
  plugins: cdnPlugins(),
};

const classic = {
  input: 'src/cdn/all.ts',
  output: {
    file: 'dist/cdn/level-of-care-widgets.classic.js',
    format: 'iife',
    inlineDynamicImports: true,
    plugins: [min(false), asciiOnly()],
  },
  plugins: cdnPlugins(),
};

const autoloader = {
  input: 'src/cdn/autoloader.ts',
  output: { file: 'dist/cdn/autoloader.js', format: 'es', plugins: [min()] },
  plugins: [ts()],
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
  plugins: [nodeResolve({ resolveOnly: ['@lit/localize'] }), ts()],
};

export default [...perWidget, allInOne, classic, autoloader, npm];

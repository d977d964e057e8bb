// Two builds:
// - dist/cdn/<tag>.js: one self-contained ES module per widget (Lit bundled, minified) that defines
//   the element; every language is a lazy chunk beside it.
// - dist/npm/: the npm build, one module per source file, Lit external, for bundlers.
// Widgets are discovered from src/components/<tag>/define.ts.
import { readdirSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const target = 'es2021';
const components = readdirSync('src/components')
  .filter((d) => existsSync(`src/components/${d}/define.ts`))
  .sort();
const ts = () => esbuild({ target, tsconfig: 'tsconfig.json', loaders: { '.ts': 'ts' } });

const cdn = components.map((tag) => ({
  input: `src/components/${tag}/define.ts`,
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: `${tag}.js`,
    chunkFileNames: `${tag}.[name].[hash].js`,
    plugins: [minify({ target, legalComments: 'none' })],
  },
  plugins: [nodeResolve({ exportConditions: ['production'] }), ts(), minifyHTML()],
}));

const npm = {
  input: [
    'src/index.ts',
    'src/core/index.ts',
    ...components.flatMap((tag) => [`src/components/${tag}/${tag}.ts`, `src/components/${tag}/define.ts`]),
  ],
  output: { dir: 'dist/npm', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
  external: [/^lit(\/|$)/, /^@lit\//],
  plugins: [ts()],
};

export default [...cdn, npm];

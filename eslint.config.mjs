// ESLint (`npm run lint`, run by `npm test` right after the type check): JavaScript and typescript-eslint's recommended rules,
// Lit template rules (eslint-plugin-lit), accessibility rules inside Lit templates (eslint-plugin-lit-a11y)
// and custom-element rules (eslint-plugin-wc). Zero warnings allowed (`--max-warnings 0`).
//
// Why typescript-eslint comes from tools/typescript-eslint-ts6: the project's `typescript` is 7 (the native
// compiler), which has no JavaScript API, and typescript-eslint parses with that API (it needs typescript
// <6.1). So a tiny local package depends on typescript-eslint and TypeScript 6.0 together; npm nests both
// under it, where typescript-eslint's `require('typescript')` finds 6.0 and nothing else sees it. Two settings
// make npm nest rather than hoist: `install-links=true` in .npmrc (the local package is copied into
// node_modules, so it gets a node_modules of its own), and the package.json override that tells ts-api-utils
// (which peer-depends on any typescript >=4.8) to want 6.0 too, otherwise npm would put it at the top beside
// TypeScript 7 and it would crash on load. No --legacy-peer-deps, no loader hooks, line numbers are the
// sources' own. The other ways were worse: an npm alias (`npm:typescript@6`) is not found by
// `require('typescript')` without patching Node's resolver; overrides at the top level cannot nest a direct
// dependency's peer (npm refuses: ERESOLVE); a Babel parser would lose the TypeScript-aware rules.
// The rules are the syntax-only ones (no type information), so TypeScript 6 only parses: the type check
// stays with TypeScript 7 (`npm run typecheck`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint-ts6';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

// Files that hold Lit templates or custom elements.
const LIT_FILES = ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.js', 'bench/**/*.js'];

export default [
  {
    ignores: [
      'dist/**',
      '.tmp/**',
      '.wtr-cache/**',
      // Written by lit-localize (`npm run localize:build`; `npm run test:locales` checks they are current),
      // with its own eslint-disable lines.
      'src/locales/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a parameter or caught error kept on purpose (as TypeScript's noUnusedParameters
      // allows); a rest sibling (`const { version: _v, ...rest } = x`) is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `interface HTMLElementEventMap extends XEventMap {}` is how the widgets' events are added to the DOM's types.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // Browser code: the widgets and their browser tests, demo and bench pages.
    files: ['src/**', 'test/browser/**', 'demo/**', 'bench/**', 'wordpress/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Node: build, test and config scripts, the Node unit tests, and the stand-in chromedriver package that
    // tachometer loads in `npm run bench`.
    files: ['scripts/**', 'test/core/**', 'test/*.mjs', '*.mjs', 'src/ssr/**', 'bench/debian-chromedriver/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // These scripts also hand functions to the browser (Playwright's page.evaluate), which run in the page.
    files: ['scripts/bench.mjs', 'scripts/pack-frameworks.mjs', 'scripts/pack-test.mjs', 'scripts/wordpress-e2e.mjs'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Playwright Test specs and their helpers run in Node and hand functions to the page; page-helpers.js runs in the page.
    files: ['test/e2e/**', 'test/robust/**', 'test/pack/**', 'test/global-setup.ts', 'playwright.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/**/*.test.ts'],
    languageOptions: { globals: globals.mocha },
  },
  {
    files: ['test/browser/**'],
    // Chai's property assertions (`expect(x).to.exist`, `.to.be.null`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Classic scripts (no `type="module"`): pasted into pages before any module.
    files: ['bench/hostile.js', 'bench/mark.js', 'demo/csp-report.js', 'wordpress/**/*.js'],
    languageOptions: { sourceType: 'script' },
  },
  {
    files: LIT_FILES,
    ...lit.configs['flat/recommended'],
  },
  {
    files: LIT_FILES,
    ...litA11y.configs.recommended,
  },
  {
    files: LIT_FILES,
    ...wc.configs['flat/best-practice'],
  },
  {
    // Beyond the recommended sets: the Lit and accessibility rules that catch mistakes rather than style.
    // Left out on purpose: lit/no-template-map and lit/no-template-arrow (style; arrows in templates are
    // how the widgets bind events), lit/no-value-attribute (wrong for radio buttons, whose value attribute
    // is their fixed answer), lit/prefer-query-decorators and lit/quoted-expressions (style).
    files: LIT_FILES,
    rules: {
      'lit/attribute-names': 'error',
      'lit/lifecycle-super': 'error',
      'lit/no-classfield-shadowing': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-legacy-imports': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/prefer-static-styles': 'error',
      'lit-a11y/valid-lang': 'error',
    },
  },
];

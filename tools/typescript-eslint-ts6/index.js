// typescript-eslint, loaded from this folder so that its `require('typescript')` finds TypeScript 6 here
// instead of the project's TypeScript 7 (why: see eslint.config.mjs).
export { default } from 'typescript-eslint';

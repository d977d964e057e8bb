/**
 * level-of-care-widgets/core — the clinical and table logic, as pure TypeScript with no DOM and no Lit.
 * Runs in Node and in any framework. Informed by publicly described ASAM concepts; not an ASAM placement
 * and not a diagnosis.
 */
export * from './levels.js';
export * from './sources.js';
export * from './config.js';
export * from './screener/questions.js';
export * from './screener/evaluate.js';
export * from './screener/config.js';
export * from './screener/events.js';
export * from './checklist/index.js';
export * from './compare/index.js';

export * from './items.js';
export * from './config.js';
export * from './state.js';

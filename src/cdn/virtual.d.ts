/** Written by rollup.config.mjs at build time: each CDN entry's static imports (chunk file names). */
declare module 'virtual:cdn-graph' {
  const graph: Record<string, string[]>;
  export default graph;
}

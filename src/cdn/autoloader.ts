// dist/cdn/autoloader.js: loads only the widgets used on the page, from the per-widget files beside
// it, including widgets added later. Elements inside other shadow roots are not seen: load those
// widgets directly. Kept tiny on purpose (no Lit). The per-widget files share their chunks (Lit, the
// base, the core) with each other and with the all-in-one file, so any mix loads Lit once.
// `virtual:cdn-graph` is written by rollup.config.mjs: each entry's static imports, so the chunks are
// requested with the entry (modulepreload) instead of after it.
import graph from 'virtual:cdn-graph';

const tags = ['loc-screener', 'iop-compare', 'program-checklist'];
const loaded = new Set<string>();
const preloaded = new Set<string>();

function preload(file: string): void {
  if (preloaded.has(file)) return;
  preloaded.add(file);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(`./${file}`, import.meta.url).href;
  (document.head ?? document.documentElement).append(link);
}

function scan(): void {
  for (const tag of tags) {
    if (loaded.has(tag)) continue;
    if (customElements.get(tag)) loaded.add(tag);
    else if (document.querySelector(tag)) {
      loaded.add(tag);
      for (const file of graph[tag] ?? []) preload(file);
      import(new URL(`./${tag}.js`, import.meta.url).href).catch((e: unknown) =>
        console.error(`[level-of-care-widgets] could not load <${tag}>`, e),
      );
    }
  }
  if (loaded.size === tags.length) observer.disconnect();
}

const observer = new MutationObserver(scan);
observer.observe(document, { childList: true, subtree: true });
scan();

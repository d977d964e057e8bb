// dist/cdn/autoloader.js: loads only the widgets used on the page, from the per-widget files beside
// it, including widgets added later. Elements inside other shadow roots are not seen: load those
// widgets directly. Kept tiny on purpose (no Lit, no imports).
const tags = ['loc-screener', 'iop-compare', 'program-checklist'];
const loaded = new Set<string>();

function scan(): void {
  for (const tag of tags) {
    if (loaded.has(tag)) continue;
    if (customElements.get(tag)) loaded.add(tag);
    else if (document.querySelector(tag)) {
      loaded.add(tag);
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

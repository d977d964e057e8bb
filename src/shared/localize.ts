import { type LocaleModule, configureLocalization } from '@lit/localize';

/**
 * Language plumbing shared by every widget in one bundle.
 *
 * @lit/localize (runtime mode) keeps one active locale per bundle. Each widget registers its own
 * catalog loader (a static `import()` per locale, so bundlers split every language into a lazy
 * chunk that only Spanish pages download). The templates of all registered catalogs are merged into
 * one object per locale; a catalog registered later is merged into it and connected widgets re-render.
 *
 * A widget's language is its own `lang`, else the nearest ancestor's `lang`, else `<html lang>`
 * (see resolveLanguage). One language is active per bundle: if widgets on one page ask for different
 * languages, the most recent request wins and a warning is logged once.
 */

export type Locale = 'en' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'es'];
type Templates = LocaleModule['templates'];
export type CatalogLoader = (locale: Exclude<Locale, 'en'>) => Promise<{ templates: Templates }>;

const catalogs = new Set<CatalogLoader>();
const merged = new Map<Locale, { templates: Templates; loaded: Set<CatalogLoader> }>();

async function load(locale: string): Promise<{ templates: Templates }> {
  const loc = locale as Exclude<Locale, 'en'>;
  let entry = merged.get(loc);
  if (!entry) merged.set(loc, (entry = { templates: {}, loaded: new Set() }));
  // Loop: a catalog registered while earlier ones were loading is loaded too.
  for (let pending; (pending = [...catalogs].filter((c) => !entry!.loaded.has(c))).length; ) {
    await Promise.all(
      pending.map(async (c) => {
        const mod = await c(loc);
        Object.assign(entry!.templates, mod.templates);
        entry!.loaded.add(c);
      }),
    );
  }
  return { templates: entry.templates };
}

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['es'],
  loadLocale: load,
});

export { getLocale };

/** Register a widget's catalog. If a non-English locale is already active, load it and re-render. */
export function registerCatalog(loader: CatalogLoader): void {
  if (catalogs.has(loader)) return;
  catalogs.add(loader);
  // A load under way picks the new catalog up (see load); otherwise load it for the active language.
  const active = getLocale() as Locale;
  if (active !== 'en' && lastRequested === active) {
    void load(active).then(
      () => window.dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: active } })),
      (e) => console.error('[level-of-care-widgets] could not load language', active, e),
    );
  }
}

/** Map any BCP 47 tag to a supported locale: `es`, `es-US`, `es-419` → `es`; anything else → `en`. */
export function normalizeLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

/** The element's language: its own `lang`, else the nearest `[lang]` ancestor, else `<html lang>`. */
export function resolveLanguage(el: Element): Locale {
  const own = el.closest('[lang]')?.getAttribute('lang');
  return normalizeLocale(own || el.ownerDocument?.documentElement.getAttribute('lang'));
}

let warned = false;
let lastRequested: Locale | undefined;
const requesters = new Map<Element, Locale>();

/** Ask for the element's language; returns when it is ready (rejections are logged, English stays). */
export function requestLocale(el: Element, locale: Locale): Promise<void> {
  requesters.set(el, locale);
  if (!warned && new Set(requesters.values()).size > 1) {
    warned = true;
    console.warn(
      '[level-of-care-widgets] widgets on this page ask for different languages; one language is shown at a time:',
      locale,
    );
  }
  if (locale === lastRequested && getLocale() === locale) return Promise.resolve();
  lastRequested = locale;
  return setLocale(locale).catch((e: unknown) => {
    console.error(`[level-of-care-widgets] could not load the "${locale}" language; showing English.`, e);
  });
}

export function releaseLocale(el: Element): void {
  requesters.delete(el);
}

// One observer for the whole document: any `lang` change re-resolves every connected widget.
type LangAware = Element & { languageChanged(): void };
const watched = new Set<LangAware>();
let observer: MutationObserver | undefined;

export function watchLanguage(el: LangAware): void {
  watched.add(el);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => watched.forEach((w) => w.languageChanged()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unwatchLanguage(el: LangAware): void {
  watched.delete(el);
  releaseLocale(el);
  if (!watched.size && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

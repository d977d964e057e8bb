import { type LocaleModule, configureLocalization } from '@lit/localize';
// The crisis band's and helplines' Spanish (about 0.3 KB) is part of the first file, not a lazy chunk: a Spanish page
// shows crisis help in Spanish at once, and nothing moves when the rest of the Spanish arrives (issue #12).
import { templates as crisisEs } from '../locales/crisis/es.js';

/**
 * Language plumbing shared by every widget in one bundle.
 *
 * Each widget registers its own catalog loader (a static `import()` per locale, so bundlers split
 * every language into a lazy chunk that only Spanish pages download). The templates of all
 * registered catalogs are merged into one object per locale; a catalog registered later is merged
 * into it and connected widgets re-render.
 *
 * A widget's language is its own `lang`, else the nearest ancestor's `lang`, else `<html lang>`
 * (see resolveLanguage), and every widget shows its own language, even when widgets on one page
 * differ. @lit/localize (runtime mode) keeps one active catalog per bundle, so the catalog it is
 * given is a view: `withLocale` points the view at the catalog of the widget that is rendering
 * (base-element wraps every update in it), and `msg()` reads through the view. English is the
 * source text, so an English widget reads nothing from it.
 */

export type Locale = 'en' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'es'];
type Templates = LocaleModule['templates'];
export type CatalogLoader = (locale: Exclude<Locale, 'en'>) => Promise<{ templates: Templates }>;

const catalogs = new Set<CatalogLoader>();
const merged = new Map<Locale, { templates: Templates; loaded: Set<CatalogLoader> }>();
/** Locales whose catalogs have loaded at least once. */
const ready = new Set<Locale>();
/** Locales whose catalog failed to load: their widgets show English and stop waiting. */
const failed = new Set<Locale>();
/** Whether a widget in `locale` shows its final text: English, a loaded catalog, or one that failed (English then). */
export function localeSettled(locale: Locale): boolean {
  return locale === 'en' || ready.has(locale) || failed.has(locale);
}
/** The catalog of the widget rendering now; undefined means English (the source text). */
let current: Templates | undefined;
/** What @lit/localize reads: always the current widget's catalog. */
const view = new Proxy({} as Templates, { get: (_, id) => (typeof id === 'string' ? current?.[id] : undefined) });

/** Load every registered catalog of `locale` not loaded yet; the language is ready when none is left. */
async function loadCatalogs(loc: Exclude<Locale, 'en'>): Promise<void> {
  let entry = merged.get(loc);
  if (!entry) merged.set(loc, (entry = { templates: { ...crisisEs }, loaded: new Set() }));
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
  ready.add(loc);
}

/**
 * What @lit/localize loads: always the view, at once. The catalogs themselves load in loadCatalogs; until they
 * have, the view gives the crisis band's Spanish (part of this file) and English for the rest (hidden meanwhile).
 */
const load = async (): Promise<{ templates: Templates }> => ({ templates: view });

const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['es'],
  loadLocale: load,
});

/**
 * Register a widget's catalog. Languages already in use load it too, then widgets re-render; the promise settles
 * when they have (a module that brings more words, such as the screener's questions, waits for it before showing them).
 */
export function registerCatalog(loader: CatalogLoader): Promise<void> {
  if (catalogs.has(loader)) return Promise.resolve();
  catalogs.add(loader);
  // A load under way picks the new catalog up (see loadCatalogs); otherwise load it for each language in use.
  return Promise.all(
    [...ready].map((locale) => loadCatalogs(locale as Exclude<Locale, 'en'>).then(rerender, (e) => loadFailed(locale, e))),
  ).then(() => {});
}

/**
 * Run `fn` (a widget's update, or a handler that builds text) with `msg()` reading `locale`'s
 * catalog. Until that catalog has loaded, `msg()` gives the crisis help in Spanish and the rest in English (hidden
 * meanwhile, see base-element's lang-pending); widgets re-render when it is ready.
 */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const prev = current;
  current = locale === 'en' ? undefined : ready.has(locale) ? merged.get(locale)!.templates : crisisEs;
  try {
    return fn();
  } finally {
    current = prev;
  }
}

/** Map any BCP 47 tag to a supported locale: `es`, `es-US`, `es-419` → `es`; anything else → `en`. */
export function normalizeLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  // Language names editors type instead of codes.
  return /^(es|spanish|espa(n|ñ)ol)$/.test(base) ? 'es' : 'en';
}

/**
 * The element's language: its own `lang`, else the nearest `[lang]` ancestor, else `<html lang>`.
 * Ancestors include the hosts of shadow roots the element sits in, as for the browser's `:lang()`.
 */
export function resolveLanguage(el: Element): Locale {
  let own: string | null | undefined;
  for (let n: Element | undefined = el; n && !own; ) {
    own = n.closest('[lang]')?.getAttribute('lang');
    const root = n.getRootNode();
    n = root instanceof ShadowRoot ? root.host : undefined;
  }
  return normalizeLocale(own || el.ownerDocument?.documentElement.getAttribute('lang'));
}

/**
 * Make sure `locale`'s catalog is loaded (English needs none); resolves when it is ready. A failed
 * load is logged and the widget stays in English.
 */
export function requestLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || ready.has(locale)) return Promise.resolve();
  let request = requests.get(locale);
  if (!request) {
    // @lit/localize then reads the view for good (at once: no file to wait for, so the crisis band shows in Spanish
    // from the first frames); each widget's update picks its catalog (withLocale). Widgets re-render here rather than
    // on @lit/localize's window events, so an app's own use of @lit/localize neither re-renders the widgets nor is
    // driven by them.
    void setLocale(locale).then(rerender);
    request = loadCatalogs(locale).then(rerender, (e: unknown) => loadFailed(locale, e));
    requests.set(locale, request);
  }
  return request;
}
const requests = new Map<Locale, Promise<void>>();

/**
 * A language file did not load (the phone went offline): the widgets waiting for it show English, and the next widget
 * that connects or changes language tries again.
 */
function loadFailed(locale: Locale, e: unknown): void {
  failed.add(locale);
  requests.delete(locale);
  console.error(`[level-of-care-widgets] could not load the "${locale}" language; showing English.`, e);
  rerender();
}

// One observer for the whole document: any `lang` change re-resolves every connected widget.
type LangAware = Element & { languageChanged(): void; requestUpdate(): void };
const watched = new Set<LangAware>();
/** Re-render every connected widget: a catalog has loaded. */
const rerender = () => watched.forEach((w) => w.requestUpdate());
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
  if (!watched.size && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

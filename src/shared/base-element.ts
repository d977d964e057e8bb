import { type CSSResult, LitElement, type ReactiveControllerHost, html, render, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import type { ConfigIssue } from '../core/config.js';
import { crisisBar, findHelpLinks } from './crisis.js';
import { safeDefine } from './define.js';
import { type Locale, localeSettled, registerCatalog, requestLocale, resolveLanguage, unwatchLanguage, watchLanguage, withLocale } from './localize.js';
import { VERSION } from './version.js';

// Strings of src/shared/ (the settings notice, the fallback message) in their own lazy chunk; the crisis band's are in
// the first file (see localize.ts).
registerCatalog(() => import('../locales/shared/es.js'));

/** What the settings controller (settings.ts) needs of its element. */
export interface SettingsHost extends ReactiveControllerHost, HTMLElement {
  readonly configSrc: string | null;
  /** Milliseconds a `config-src` file may take. */
  readonly configSrcTimeout: number;
  /** The settings text chosen (child script first, then `config-src`), and whether it came from `config-src`. */
  settingsJson(text: string | null, fromSrc: boolean): void;
  /** Problems with where the settings are (a moved script, a refused or failed `config-src`), logged by the controller. */
  settingsIssues(issues: readonly ConfigIssue[]): void;
}
type SettingsCtor = new (host: SettingsHost) => { loadConfigSrc(): void };
/** The settings controller, once its module has run (see provideSettings). */
let Settings: SettingsCtor | undefined;
let settingsModule: Promise<unknown> | undefined;
/**
 * Called by settings.ts when it runs. Widgets that always have settings import it with their code, so it is here
 * before their first update; otherwise an element that needs it loads it (see needSettings).
 */
export function provideSettings(ctor: SettingsCtor): void {
  Settings = ctor;
}

/** The detail type of a `CustomEvent` type. */
export type DetailOf<E> = E extends CustomEvent<infer D> ? D : never;

/**
 * Base class of every widget: safe registration, language resolution, where the settings come from (the settings
 * controller of shared/settings.ts, loaded when needed), the crash fallback and event dispatch. Subclasses parse their
 * settings in `willUpdate` with the core and shared/read-settings.ts (when to parse again, the console messages, the
 * notice for the editor), and only render.
 *
 * `Events` is the widget's event map (`LocScreenerEventMap`…), so `emit` checks each event's name and detail.
 *
 * @attr {string} config-src - A same-origin address of a JSON settings file (same schema as the child script), for CMSs that strip `<script>`. The child script wins if both are present.
 */
export abstract class LocElement<Events extends object = Record<string, CustomEvent<object>>> extends LitElement {
  /** The library version, compared when a second copy of the script registers the same tag. */
  static readonly version = VERSION;
  /** Milliseconds a `config-src` file may take before it is given up (with a notice). */
  static configSrcTimeout = 10_000;

  /**
   * Register this element. Quiet when the same version is already registered, warns once when
   * another version is, and registers a subclass when the class already has another tag.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): CustomElementConstructor {
    return safeDefine(tag, this as unknown as CustomElementConstructor, registry);
  }

  // `configSrc` has its own accessor (below) so a change starts or cancels the request at once.
  static override properties: PropertyDeclarations = { configSrc: { attribute: 'config-src', noAccessor: true } };

  /** The resolved language of this element (`en` or `es`). */
  protected locale: Locale = 'en';
  /**
   * The JSON settings the widget parses: the child `<script type="application/json">` when it has
   * text, else the file loaded from `config-src`. Re-read when either changes.
   */
  protected childJson: string | null = null;
  /** True when `childJson` is the file loaded from `config-src` (which may arrive late). */
  protected childJsonFromSrc = false;
  /**
   * Problems with where the settings are (a moved script, a refused or failed `config-src`, or a child script that
   * wins over it). They are logged once, and `notice()` (shared/read-settings.ts) shows them before the widget's own issues.
   */
  protected baseIssues: readonly ConfigIssue[] = [];
  private settings?: { loadConfigSrc(): void };
  /** Watches for settings added after connection while the settings controller is not loaded. */
  private childWatch?: MutationObserver;
  /** Loads that end in an update (the settings controller, a widget's own lazy module): updateComplete waits for them. */
  private pending = new Set<Promise<unknown>>();
  private configSrcValue: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-render on every connect: a language may have loaded while the element was out of the page.
    this.requestUpdate();
    watchLanguage(this);
    this.languageChanged();
    if (!this.settings) {
      // Settings are children or `config-src`: with none yet, wait for some before loading their code (unless another
      // widget of the page has loaded it already). A settings script right after the element is a mistake worth a
      // notice, so it counts too (see settings.ts).
      if (Settings || this.hasChildNodes() || this.configSrcValue || this.nextElementSibling?.matches('script')) this.needSettings();
      else (this.childWatch ??= new MutationObserver(() => this.needSettings())).observe(this, { childList: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
    this.childWatch?.disconnect();
  }

  /** The settings controller: at once when its module is here, else loaded (once per page). */
  protected needSettings(): void {
    if (this.settings) return;
    this.childWatch?.disconnect();
    if (Settings) {
      this.settings = new Settings(this);
      return;
    }
    void this.track((settingsModule ??= import('./settings.js')).then(() => this.needSettings()));
  }

  /** Keep `work` in `pending` until it settles, so `updateComplete` waits for it. */
  protected track<T>(work: Promise<T>): Promise<T> {
    const p: Promise<T> = work.finally(() => this.pending.delete(p));
    this.pending.add(p);
    return p;
  }

  /** Waits for lazy code under way too (see track), so tests and hosts see what follows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.pending.size) {
      await Promise.allSettled(this.pending);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * The values of every setting: each property with an attribute (not the visitor's own state), then the settings text
   * (for settingsChanged in shared/read-settings.ts).
   */
  protected settingValues(): unknown[] {
    const self = this as unknown as Record<PropertyKey, unknown>;
    const values: unknown[] = [];
    for (const [key, options] of (this.constructor as typeof LocElement).elementProperties) if (!options.state && options.attribute !== false) values.push(self[key]);
    values.push(this.childJson);
    return values;
  }

  /** @internal For the settings controller. */
  get configSrcTimeout(): number {
    return (this.constructor as typeof LocElement).configSrcTimeout;
  }

  /** @internal For the settings controller. */
  settingsJson(text: string | null, fromSrc: boolean): void {
    this.childJsonFromSrc = fromSrc;
    if (text !== this.childJson) {
      const old = this.childJson;
      this.childJson = text;
      // Named, so `changedProperties` is not empty and widgets that re-parse only on changes see it.
      this.requestUpdate('childJson', old);
    }
  }

  /** @internal For the settings controller. */
  settingsIssues(issues: readonly ConfigIssue[]): void {
    this.baseIssues = issues;
    this.requestUpdate();
  }

  /**
   * A JSON settings file on the same site, for site builders that remove `<script>` tags. Read with
   * the same rules as the child JSON script, which wins when both are there. Only the settings are
   * requested: nothing about the visitor is sent.
   */
  get configSrc(): string | null {
    return this.configSrcValue;
  }
  set configSrc(value: string | null) {
    const old = this.configSrcValue;
    this.configSrcValue = value;
    this.requestUpdate('configSrc', old);
    if (!this.isConnected) return;
    if (this.settings) this.settings.loadConfigSrc();
    else if (value) this.needSettings();
  }

  /**
   * Moved to another document (an iframe, `adoptNode`): constructed style sheets belong to the document they were
   * made in, so the styles are built again in the new one (issue #14).
   */
  adoptedCallback(): void {
    this.restyle();
  }

  /**
   * Give the shadow root the class's styles again: after a move to another document, or when a widget adds styles
   * that came with a lazy module (the screener's flow). In another window, constructed sheets are made there, once
   * per class, window and list of styles.
   */
  protected restyle(): void {
    // The shadow root, not renderRoot: widgets render into an inner element that carries their language.
    const root = this.shadowRoot;
    const win = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (!win || !root || !('adoptedStyleSheets' in root)) return;
    const ctor = this.constructor as typeof LocElement;
    const styles = ctor.elementStyles;
    const own = Object.prototype.hasOwnProperty.call(ctor, 'sheetsByWindow') ? ctor.sheetsByWindow : (ctor.sheetsByWindow = new WeakMap());
    let sheets = own.get(win);
    if (sheets?.length !== styles.length) {
      sheets = styles.map((s) => {
        // This window's own sheets as they are; another window gets copies made in it.
        if (win === window && !(s instanceof CSSStyleSheet) && (s as CSSResult).styleSheet) return (s as CSSResult).styleSheet!;
        if (win === window && s instanceof CSSStyleSheet) return s;
        const sheet = new win.CSSStyleSheet();
        sheet.replaceSync(s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('\n') : (s as CSSResult).cssText);
        return sheet;
      });
      own.set(win, sheets);
    }
    root.adoptedStyleSheets = sheets;
  }
  private static sheetsByWindow: WeakMap<Window, CSSStyleSheet[]>;

  /**
   * Widgets render into an inner root element that carries the widget's own language, so its text is
   * tagged `en` or `es` whatever the page says (a `lang="fr"` page shows English, tagged `en`; WCAG 3.1.2).
   * A shadow root rendered on the server (`level-of-care-widgets/ssr`, declarative shadow DOM) is emptied
   * first and rendered again by the browser in the same task, so nothing flashes and no hydration code
   * ships; Lit would otherwise render after the server's markup.
   */
  protected override createRenderRoot(): HTMLElement {
    this.shadowRoot?.replaceChildren();
    const shadow = super.createRenderRoot();
    const root = document.createElement('div');
    root.lang = this.locale;
    shadow.appendChild(root);
    this.renderOptions.renderBefore = null;
    return root;
  }

  /** Called when any `lang` in the document changes. */
  languageChanged(): void {
    const next = resolveLanguage(this);
    if (next !== this.locale) {
      this.locale = next;
      this.requestUpdate();
    }
    void requestLocale(next);
  }

  /**
   * Every update (willUpdate, render, updated) reads this element's own language. An update that
   * throws (a bug, or a host's subclass) must not leave the visitor without help: the error is logged
   * and the crisis band and national helplines are shown in place of the widget.
   */
  protected override performUpdate(): void {
    this.markLanguagePending(!localeSettled(this.locale));
    withLocale(this.locale, () => {
      if (this.renderRoot) (this.renderRoot as HTMLElement).lang = this.locale;
      try {
        super.performUpdate();
      } catch (e) {
        console.error(`[level-of-care-widgets] <${this.localName}> could not render; showing crisis help instead.`, e);
        const hadFocus = this.matches(':focus-within');
        render(
          html`${crisisBar()}<p role="alert" tabindex="-1">${msg('Something went wrong with this tool. You can still get help now:')}</p>${findHelpLinks()}`,
          this.renderRoot,
          this.renderOptions,
        );
        // Focus was in the widget: keep it there, on the message, rather than lose it to the page.
        if (hadFocus) this.renderRoot.querySelector<HTMLElement>('[role="alert"]')?.focus();
      }
    });
  }

  private internals?: ElementInternals;
  /**
   * While a Spanish widget's text is loading (a small lazy file), it is drawn in English with everything but the
   * crisis band hidden (`:host(:state(lang-pending))` in the shared styles): crisis help never waits on the file,
   * and nothing moves when the Spanish text replaces the English (layout shift 0; issue #12). Browsers without
   * custom states (before Chrome 125, Safari 17.4, Firefox 126) show the English text until then.
   */
  private markLanguagePending(pending: boolean): void {
    try {
      this.internals ??= this.attachInternals();
      if (pending) this.internals.states.add('lang-pending');
      else this.internals.states.delete('lang-pending');
    } catch {
      // No ElementInternals or custom states here (an old browser, a server DOM shim): nothing to hide.
    }
  }

  /** Run `fn` in this element's language: for text built outside an update, such as copied text. */
  protected inLocale<T>(fn: () => T): T {
    return withLocale(this.locale, fn);
  }

  /** Dispatch a bubbling, composed event whose detail is plain JSON data; typed by the widget's event map. */
  protected emit<K extends keyof Events & string>(type: K, detail: DetailOf<Events[K]>): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

import { type CSSResult, LitElement, html, nothing, render, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { type ConfigIssue, IssueList, parseJsonObject, quote } from '../core/config.js';
import { crisisBar, findHelpLinks } from './crisis.js';
import { safeDefine } from './define.js';
import { type Locale, localeSettled, registerCatalog, requestLocale, resolveLanguage, unwatchLanguage, watchLanguage, withLocale } from './localize.js';
import { VERSION } from './version.js';

// Strings of src/shared/ (crisis help, settings notice) in their own lazy chunk.
registerCatalog(() => import('../locales/shared/es.js'));

/**
 * Largest `config-src` file read, in bytes (64 KB): settings are a few KB, so anything bigger is a mistake. The
 * answer is read as a stream and dropped as soon as it passes the limit, so a huge file never fills memory.
 */
const MAX_CONFIG_BYTES = 65_536;
const CONFIG_SRC = 'config-src';
const tooBig = (href: string) => `${quote(href)} is too big for a settings file (over 64 KB), so it was not used.`;

/** The body as text, or null as soon as it passes MAX_CONFIG_BYTES (the rest is not downloaded). */
async function readCapped(res: Response, signal: AbortSignal): Promise<string | null> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  // A cancelled or timed-out request stops the reading too, whatever the body's source.
  const stop = new Promise<never>((_, reject) => {
    const fail = () => {
      reject(new Error('aborted'));
      void reader.cancel().catch(() => {});
    };
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
  stop.catch(() => {});
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  for (;;) {
    const { done, value } = await Promise.race([reader.read(), stop]);
    if (signal.aborted) throw new Error('aborted');
    if (done) return text + decoder.decode();
    total += value.byteLength;
    if (total > MAX_CONFIG_BYTES) {
      void reader.cancel().catch(() => {});
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** The detail type of a `CustomEvent` type. */
type DetailOf<E> = E extends CustomEvent<infer D> ? D : never;

/**
 * Base class of every widget: safe registration, language resolution, configuration issues
 * shown to the editor, and event dispatch. Subclasses parse configuration in `willUpdate`
 * from the core and only render.
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
  private reported = new Set<string>();
  private childObserver?: MutationObserver;
  /**
   * The JSON settings the widget parses: the child `<script type="application/json">` when it has
   * text, else the file loaded from `config-src`. Re-read when either changes.
   */
  protected childJson: string | null = null;
  /** True when `childJson` is the file loaded from `config-src` (which may arrive late). */
  protected childJsonFromSrc = false;
  /**
   * Problems with `config-src` (refused address, failed request, bad JSON, or a child script that
   * wins over it). `renderIssues` shows them before the widget's own issues and they are logged
   * once; a widget that lists issues elsewhere can concatenate them.
   */
  protected baseIssues: readonly ConfigIssue[] = [];
  private scriptJson: string | null = null;
  private fetchedJson: string | null = null;
  private srcIssues: readonly ConfigIssue[] = [];
  private placementIssues: readonly ConfigIssue[] = [];
  private src?: string;
  private srcAbort?: AbortController;
  private configSrcValue: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-render on every connect: a language may have loaded while the element was out of the page.
    this.requestUpdate();
    watchLanguage(this);
    this.languageChanged();
    this.readChildJson();
    this.childObserver ??= new MutationObserver(() => this.readChildJson());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.loadConfigSrc();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
    this.childObserver?.disconnect();
    if (this.srcAbort) {
      // Cancel the request; connecting again starts it over.
      this.srcAbort.abort();
      this.srcAbort = undefined;
      this.src = undefined;
    }
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
    if (this.isConnected) this.loadConfigSrc();
  }

  /**
   * Moved to another document (an iframe, `adoptNode`): constructed style sheets belong to the document they were
   * made in, so the styles are built again in the new one (issue #14), once per class and window.
   */
  adoptedCallback(): void {
    // The shadow root, not renderRoot: widgets render into an inner element that carries their language.
    const root = this.shadowRoot;
    const win = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (!win || !root || !('adoptedStyleSheets' in root)) return;
    const ctor = this.constructor as typeof LocElement;
    const own = Object.prototype.hasOwnProperty.call(ctor, 'sheetsByWindow') ? ctor.sheetsByWindow : (ctor.sheetsByWindow = new WeakMap());
    let sheets = own.get(win);
    if (!sheets) {
      sheets = ctor.elementStyles.map((s) => {
        const sheet = new win.CSSStyleSheet();
        sheet.replaceSync(s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('\n') : (s as CSSResult).cssText);
        return sheet;
      });
      own.set(win, sheets);
    }
    root.adoptedStyleSheets = sheets;
  }
  private static sheetsByWindow: WeakMap<Window, CSSStyleSheet[]>;

  /** Start (or cancel) the `config-src` request when the address differs from the one already handled. */
  private loadConfigSrc(): void {
    const value = this.configSrcValue?.trim() ?? '';
    if (value === this.src) return;
    this.srcAbort?.abort();
    this.srcAbort = undefined;
    this.src = value;
    this.fetchedJson = null;
    this.srcIssues = [];
    if (value) {
      let url: URL | undefined;
      try {
        url = new URL(value, document.baseURI);
      } catch {
        // Not an address at all: refused below like another site's address.
      }
      if (!url || !/^https?:$/.test(url.protocol) || url.origin !== location.origin) {
        this.srcIssues = [
          {
            field: CONFIG_SRC,
            message: `${quote(value)} is not on this site, so it was not loaded. Use a JSON file on your own site, like "/widgets/settings.json".`,
          },
        ];
      } else {
        const ctrl = new AbortController();
        this.srcAbort = ctrl;
        void this.fetchConfig(url.href, ctrl);
      }
    }
    this.syncJson();
  }

  private async fetchConfig(href: string, ctrl: AbortController): Promise<void> {
    const issues = new IssueList();
    const ctor = this.constructor as typeof LocElement;
    let text: string | null = null;
    let timedOut = false;
    // A server that never ends its answer must not keep the widget waiting: stop after the time limit.
    const timer = setTimeout(() => {
      timedOut = true;
      ctrl.abort();
    }, ctor.configSrcTimeout);
    try {
      // `same-origin` mode also refuses a redirect to another site.
      const res = await fetch(href, { mode: 'same-origin', credentials: 'same-origin', signal: ctrl.signal, headers: { accept: 'application/json' } });
      const type = res.headers.get('content-type') ?? '';
      const size = Number(res.headers.get('content-length') ?? 0);
      if (!res.ok) issues.add(CONFIG_SRC, `${quote(href)} could not be loaded (HTTP ${res.status}). Check the address; the widget uses its attributes and defaults.`);
      else if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type))
        issues.add(CONFIG_SRC, `${quote(href)} was sent as ${quote(type || 'no type')}, not as JSON, so it was not used. Serve it with the type application/json.`);
      else if (size > MAX_CONFIG_BYTES) issues.add(CONFIG_SRC, tooBig(href));
      else {
        text = await readCapped(res, ctrl.signal);
        if (text == null) issues.add(CONFIG_SRC, tooBig(href));
        else if (!parseJsonObject(text, CONFIG_SRC, issues)) text = null;
      }
    } catch {
      if (timedOut)
        issues.add(CONFIG_SRC, `${quote(href)} took longer than ${ctor.configSrcTimeout / 1000} seconds, so it was not used. Check the server; the widget uses its attributes and defaults.`);
      else if (!ctrl.signal.aborted) issues.add(CONFIG_SRC, `${quote(href)} could not be loaded. Check the address and your connection; the widget uses its attributes and defaults.`);
    }
    clearTimeout(timer);
    // A newer address, or a disconnect, cancelled this request: its result is not used.
    if ((ctrl.signal.aborted && !timedOut) || this.srcAbort !== ctrl) return;
    this.srcAbort = undefined;
    this.fetchedJson = text;
    this.srcIssues = issues.items;
    this.syncJson();
  }

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

  private readChildJson(): void {
    const scripts = this.querySelectorAll(':scope > script[type="application/json"]');
    this.scriptJson = scripts.length ? scripts[0].textContent : null;
    this.placementIssues = this.settingsPlacement(scripts.length);
    this.syncJson();
  }

  /**
   * Settings a site builder has moved or changed are easy to miss, so they get a notice: a second
   * settings script, or settings that are there but not read (nested in another element, right after
   * the widget, a script of another type, or text left without its script tag).
   */
  private settingsPlacement(direct: number): ConfigIssue[] {
    const script = '<script type="application/json">';
    if (direct > 1) return [{ field: 'json', message: `only the first of ${direct} ${script} is read.` }];
    const loose = [...this.childNodes]
      .filter((n) => !(n instanceof HTMLScriptElement))
      .map((n) => n.textContent)
      .join('')
      .trim();
    const anyScript = !!this.querySelector('script');
    const missed = !direct && (anyScript || loose.startsWith('{') || !!this.nextElementSibling?.matches('script[type="application/json"]'));
    // Text with no script at all: the site removed the tag (WordPress does for Authors), so another script cannot help.
    const fix = anyScript || !loose.startsWith('{')
      ? `put them in one ${script} directly inside <${this.localName}>`
      : `this site removed their <script> tag. Use attributes instead (like center-name="…"), or on WordPress the Level of Care Widgets plugin's block or shortcode`;
    return missed ? [{ field: 'json', message: `settings were found but not read: ${fix}.` }] : [];
  }

  /** Pick the settings text (child script first, then `config-src`) and update the base issues. */
  private syncJson(): void {
    const hasScript = !!this.scriptJson?.trim();
    const text = hasScript ? this.scriptJson : (this.fetchedJson ?? this.scriptJson);
    const issues = [...this.placementIssues, ...this.srcIssues];
    if (hasScript && this.src)
      issues.push({
        field: CONFIG_SRC,
        message: 'is not used, because this widget also has settings in a <script type="application/json"> inside it, and those win. Keep only one of the two.',
      });
    if (JSON.stringify(issues) !== JSON.stringify(this.baseIssues)) {
      this.baseIssues = issues;
      this.reportIssues(issues);
      this.requestUpdate();
    }
    this.childJsonFromSrc = !hasScript && this.fetchedJson != null;
    if (text !== this.childJson) {
      const old = this.childJson;
      this.childJson = text;
      // Named, so `changedProperties` is not empty and widgets that re-parse only on changes see it.
      this.requestUpdate('childJson', old);
    }
  }

  /** Log each new configuration issue once with console.error, naming the field and what is allowed. */
  protected reportIssues(issues: readonly ConfigIssue[]): void {
    for (const i of issues) {
      const key = `${i.field}\u0000${i.message}`;
      if (this.reported.has(key)) continue;
      this.reported.add(key);
      console.error(`<${this.localName}> setting "${i.field}": ${i.message}`);
    }
  }

  /** The editor-visible notice, with the base issues first; renders nothing when the configuration is fine. */
  protected renderIssues(issues: readonly ConfigIssue[]): TemplateResult | typeof nothing {
    const all = this.baseIssues.length ? [...this.baseIssues, ...issues.filter((i) => !this.baseIssues.includes(i))] : issues;
    if (!all.length) return nothing;
    return html`<div class="notice" part="notice">
      <strong>${msg('Settings problem (for the site editor). Defaults are used where needed:')}</strong>
      <ul>
        ${all.map((i) => html`<li><code>${i.field}</code>: ${i.message}</li>`)}
      </ul>
    </div>`;
  }

  /** Dispatch a bubbling, composed event whose detail is plain JSON data; typed by the widget's event map. */
  protected emit<K extends keyof Events & string>(type: K, detail: DetailOf<Events[K]>): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: false }));
  }
}

import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { ConfigIssue } from '../core/config.js';
import { safeDefine } from './define.js';
import { type Locale, registerCatalog, requestLocale, resolveLanguage, unwatchLanguage, watchLanguage } from './localize.js';
import { VERSION } from './version.js';

// Strings of src/shared/ (crisis help, settings notice) in their own lazy chunk.
registerCatalog(() => import('../locales/shared/es.js'));

/**
 * Base class of every widget: safe registration, language resolution, configuration issues
 * shown to the editor, and event dispatch. Subclasses parse configuration in `willUpdate`
 * from the core and only render.
 */
export abstract class LocElement extends LitElement {
  /** The library version, compared when a second copy of the script registers the same tag. */
  static readonly version = VERSION;

  /**
   * Register this element. Quiet when the same version is already registered, warns once when
   * another version is, and registers a subclass when the class already has another tag.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): CustomElementConstructor {
    return safeDefine(tag, this as unknown as CustomElementConstructor, registry);
  }

  /** The resolved language of this element (`en` or `es`). */
  protected locale: Locale = 'en';
  private reported = new Set<string>();
  private childObserver?: MutationObserver;
  /** Text of the child `<script type="application/json">`, re-read when children change. */
  protected childJson: string | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
    this.languageChanged();
    this.readChildJson();
    this.childObserver ??= new MutationObserver(() => this.readChildJson());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
    this.childObserver?.disconnect();
  }

  /** Called when any `lang` in the document changes. */
  languageChanged(): void {
    const next = resolveLanguage(this);
    if (next !== this.locale) {
      this.locale = next;
      this.requestUpdate();
    }
    void requestLocale(this, next);
  }

  private readChildJson(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script ? script.textContent : null;
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

  /** The editor-visible notice; renders nothing when the configuration is fine. */
  protected renderIssues(issues: readonly ConfigIssue[]): TemplateResult | typeof nothing {
    if (!issues.length) return nothing;
    return html`<div class="notice" part="notice">
      <strong>${msg('Settings problem (for the site editor). Defaults are used where needed:')}</strong>
      <ul>
        ${issues.map((i) => html`<li><code>${i.field}</code>: ${i.message}</li>`)}
      </ul>
    </div>`;
  }

  /** Dispatch a bubbling, composed event whose detail is plain JSON data. */
  protected emit<T extends object>(type: string, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: false }));
  }
}

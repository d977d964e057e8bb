import type { ReactiveController } from 'lit';
import { type ConfigIssue, IssueList, parseJsonObject, quote } from '../core/config.js';
import { type SettingsHost, provideSettings } from './base-element.js';
import { report } from './read-settings.js';

/**
 * Where a widget's JSON settings come from, as a reactive controller (issue #16): the child
 * `<script type="application/json">`, else a same-origin file named by `config-src`, with notices for settings a
 * site builder moved or broke. A module of its own (issue #12): `<iop-compare>` and `<program-checklist>` import it
 * with their code, so their first render has their settings; `<loc-screener>` loads it only when it has children or
 * `config-src`, so its start screen does not wait for it.
 */

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

export class SettingsController implements ReactiveController {
  private scriptJson: string | null = null;
  private fetchedJson: string | null = null;
  private srcIssues: readonly ConfigIssue[] = [];
  private placementIssues: readonly ConfigIssue[] = [];
  private issues: readonly ConfigIssue[] = [];
  private src?: string;
  private srcAbort?: AbortController;
  private observer?: MutationObserver;

  constructor(private readonly host: SettingsHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readChildJson();
    this.observer ??= new MutationObserver(() => this.readChildJson());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.loadConfigSrc();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    if (this.srcAbort) {
      // Cancel the request; connecting again starts it over.
      this.srcAbort.abort();
      this.srcAbort = undefined;
      this.src = undefined;
    }
  }

  /** Start (or cancel) the `config-src` request when the address differs from the one already handled. */
  loadConfigSrc(): void {
    const value = this.host.configSrc?.trim() ?? '';
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
    let text: string | null = null;
    let timedOut = false;
    // A server that never ends its answer must not keep the widget waiting: stop after the time limit.
    const timer = setTimeout(() => {
      timedOut = true;
      ctrl.abort();
    }, this.host.configSrcTimeout);
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
        issues.add(CONFIG_SRC, `${quote(href)} took longer than ${this.host.configSrcTimeout / 1000} seconds, so it was not used. Check the server; the widget uses its attributes and defaults.`);
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


  private readChildJson(): void {
    const scripts = this.host.querySelectorAll(':scope > script[type="application/json"]');
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
    const loose = [...this.host.childNodes]
      .filter((n) => !(n instanceof HTMLScriptElement))
      .map((n) => n.textContent)
      .join('')
      .trim();
    const anyScript = !!this.host.querySelector('script');
    const missed = !direct && (anyScript || loose.startsWith('{') || !!this.host.nextElementSibling?.matches('script[type="application/json"]'));
    // Text with no script at all: the site removed the tag (WordPress does for Authors), so another script cannot help.
    const fix = anyScript || !loose.startsWith('{')
      ? `put them in one ${script} directly inside <${this.host.localName}>`
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
    if (JSON.stringify(issues) !== JSON.stringify(this.issues)) {
      this.issues = issues;
      report(this.host, issues);
      this.host.settingsIssues(issues);
    }
    this.host.settingsJson(text, !hasScript && this.fetchedJson != null);
  }
}

provideSettings(SettingsController);

import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ConfigIssue } from '../core/config.js';

/**
 * What every widget that reads settings uses: the rule for when to parse them again, the console message for each
 * problem, and the settings problem notice for the site editor with its styles. Only code that reads settings imports
 * it (the comparison, the checklist, the screener's questions, the settings controller): it is in the settings chunk,
 * not in the screener's first screen (issue #12: "settings parsing and editor notices load only when the element has
 * settings").
 */

/** The settings each element last parsed (see settingsChanged). */
const seen = new WeakMap<object, readonly unknown[]>();

/**
 * The one rule of every widget for when to parse its settings again: true on the first call, then once after any
 * setting changes. `values` are LocElement.settingValues() (every attribute property, then the settings text),
 * compared by identity, not serialized, so a huge setting costs nothing on each click (issue #14).
 */
export function settingsChanged(el: object, values: readonly unknown[]): boolean {
  const last = seen.get(el);
  if (last && values.length === last.length && values.every((v, i) => v === last[i])) return false;
  seen.set(el, values);
  return true;
}

/** The problems each element has logged already (see report). */
const reported = new WeakMap<Element, Set<string>>();

/** Log each new problem once with console.error, naming the element, the field and what is allowed. */
export function report(el: Element, issues: readonly ConfigIssue[]): void {
  let done = reported.get(el);
  if (!done) reported.set(el, (done = new Set()));
  for (const i of issues) {
    const key = `${i.field}\u0000${i.message}`;
    if (done.has(key)) continue;
    done.add(key);
    console.error(`<${el.localName}> setting "${i.field}": ${i.message}`);
  }
}

/** The notice's styles, in the styles of every widget that shows it. */
export const noticeStyles = css`
  .notice {
    border: 2px dashed var(--_danger);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    margin-bottom: var(--_gap);
    font-size: 0.9em;
  }
  .notice ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
`;

/**
 * The notice: the element's own issues (where its settings are: a moved script, a refused or failed `config-src`;
 * LocElement.baseIssues) first, then the widget's; nothing when the settings are fine.
 */
export function notice(base: readonly ConfigIssue[], issues: readonly ConfigIssue[]): TemplateResult | typeof nothing {
  const all = base.length ? [...base, ...issues.filter((i) => !base.includes(i))] : issues;
  if (!all.length) return nothing;
  return html`<div class="notice" part="notice">
    <strong>${msg('Settings problem (for the site editor). Defaults are used where needed:')}</strong>
    <ul>
      ${all.map((i) => html`<li><code>${i.field}</code>: ${i.message}</li>`)}
    </ul>
  </div>`;
}

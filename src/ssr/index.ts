/**
 * Server rendering (Node): each widget's first screen as HTML, before any JavaScript runs.
 *
 * ```js
 * import { renderWidget } from 'level-of-care-widgets/ssr';
 * const html = renderWidget('loc-screener', { 'levels-offered': 'php iop op' });
 * // <loc-screener levels-offered="php iop op"><template shadowrootmode="open">…</template><p data-loc-fallback>…</p></loc-screener>
 * ```
 *
 * The first screen (with the crisis band) is rendered with Lit SSR (`@lit-labs/ssr`, an optional peer
 * dependency: install it beside this package) into a declarative shadow root, so browsers show it at
 * once. The light-DOM crisis fallback (src/fallback.ts) follows it for browsers without declarative
 * shadow DOM. When the page's script defines the element, the widget renders over the server's
 * markup in the same task (src/shared/base-element.ts `createRenderRoot`): no flash, and no hydration
 * code is shipped to visitors.
 *
 * Server rendering is English: the widgets' Spanish loads in the browser. For `lang` `es` (or `es-*`)
 * only the tag and the Spanish fallback are returned, so a Spanish page never flashes English.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { crisisFallbackHtml, fallbackLang } from '../fallback.js';
import { IopCompare } from '../components/iop-compare/iop-compare.js';
import { LocScreener } from '../components/loc-screener/loc-screener.js';
import { ProgramChecklist } from '../components/program-checklist/program-checklist.js';

// Registered here, in the server's registry (Lit's DOM shim), not through ../define.js: that module is
// marked 'use client', so a React Server Components bundler does not run it on the server.
LocScreener.define('loc-screener');
IopCompare.define('iop-compare');
ProgramChecklist.define('program-checklist');

export { crisisFallbackHtml, FALLBACK, fallbackLang } from '../fallback.js';
export type { FallbackLang, FallbackLine, FallbackLink } from '../fallback.js';

/** The widgets this module renders. */
export const WIDGET_TAGS = ['loc-screener', 'iop-compare', 'program-checklist'] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

/** Attributes of the tag: strings, or `true` for a present boolean attribute (`false`/null/undefined: absent). */
export type WidgetAttributes = Record<string, string | boolean | null | undefined>;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML of one widget: its tag with the attributes, its first screen in a declarative shadow root
 * (English only), and the crisis fallback in light DOM. Throws for an unknown tag or attribute name.
 * `children` (already escaped HTML, such as a `<script type="application/json">` with settings) goes
 * in light DOM too; settings are read in the browser, so the server shows the first screen's defaults.
 */
export function renderWidget(tag: WidgetTag, attributes: WidgetAttributes = {}, children = ''): string {
  if (!(WIDGET_TAGS as readonly string[]).includes(tag)) throw new TypeError(`renderWidget: unknown tag ${JSON.stringify(tag)}; use one of ${WIDGET_TAGS.join(', ')}.`);
  let attrs = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new TypeError(`renderWidget: ${JSON.stringify(name)} is not an attribute name.`);
    if (value === true) attrs += ` ${name}`;
    else if (typeof value === 'string') attrs += ` ${name}="${escapeAttr(value)}"`;
  }
  const lang = typeof attributes.lang === 'string' ? attributes.lang : undefined;
  const light = `${crisisFallbackHtml(lang)}${children}`;
  if (fallbackLang(lang) !== 'en') return `<${tag}${attrs}>${light}</${tag}>`;
  // The whole tag is static: Lit SSR parses it as written, so the element gets these attributes.
  // Its <!--lit-part--> comments (hydration markers) are harmless: the browser renders over them.
  return collectResultSync(render(html`${unsafeStatic(`<${tag}${attrs}>${light}</${tag}>`)}`));
}

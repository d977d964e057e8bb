/**
 * Help before JavaScript: the crisis numbers as plain links, to put inside a widget's tag.
 *
 * ```html
 * <loc-screener>
 *   <p data-loc-fallback>…911, 988 (call or text), Poison Help 1-800-222-1222…</p>
 * </loc-screener>
 * ```
 *
 * Until the element upgrades (the script is blocked, offline, still loading, or an old browser) this is
 * ordinary light DOM, so the page shows it with the site's own styles. Once the element upgrades, its
 * shadow root (which has no `<slot>`) replaces it on screen and for screen readers: nothing to hide by
 * hand, no CSS, no `style=`. The demo builder puts it in every snippet; the React wrappers render it as
 * their default children; `level-of-care-widgets/ssr` adds it after the declarative shadow root.
 *
 * No Lit, no DOM: safe in Node, in a Server Component and in a plain `<script type="module">`.
 */

/** A language the fallback is written in. */
export type FallbackLang = 'en' | 'es';

/** A link of the fallback: a `tel:` or `sms:` address and its text. */
export interface FallbackLink {
  href: string;
  text: string;
}

/** One sentence group of the fallback; `strong` ones are for immediate danger. */
export interface FallbackLine {
  strong?: boolean;
  parts: readonly (string | FallbackLink)[];
}

// The same contacts as the widgets' crisis band (src/shared/crisis.ts CONTACT_LINKS, clinical brief
// §4.1): 911 for immediate danger, 988 by call or text (press 2 for Spanish), Poison Help 1-800-222-1222.
// test/browser/fallback.test.ts checks that every address here is one of CONTACT_LINKS.
const CALL_911 = 'tel:911';
const CALL_988 = 'tel:988';
const TEXT_988 = 'sms:988';
const POISON = 'tel:+18002221222';
const POISON_TEXT = '1-800-222-1222';

/** The fallback's words and links, in English and Spanish (the Spanish matches the crisis band's). */
export const FALLBACK: Readonly<Record<FallbackLang, readonly FallbackLine[]>> = {
  en: [
    { strong: true, parts: ['In danger now? Call ', { href: CALL_911, text: '911' }, '.'] },
    { parts: ['In crisis or thinking about suicide? ', { href: CALL_988, text: 'Call 988' }, ' or ', { href: TEXT_988, text: 'text 988' }, '.'] },
    { parts: ['Poison Help: ', { href: POISON, text: POISON_TEXT }, '.'] },
  ],
  es: [
    { strong: true, parts: ['¿Hay peligro ahora? Llame al ', { href: CALL_911, text: '911' }, '.'] },
    {
      parts: [
        '¿Está en crisis o pensando en el suicidio? ',
        { href: CALL_988, text: 'Llame al 988' },
        ' (oprima 2 para español) o ',
        { href: TEXT_988, text: 'envíe un texto al 988' },
        '.',
      ],
    },
    { parts: ['Ayuda por envenenamiento: ', { href: POISON, text: POISON_TEXT }, '.'] },
  ],
};

/** The fallback's language: Spanish for `es` and `es-*`, English otherwise. */
export function fallbackLang(lang?: string | null): FallbackLang {
  return /^es(-|$)/i.test(lang ?? '') ? 'es' : 'en';
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The fallback as an HTML string: one `<p data-loc-fallback>` to put inside the widget's tag.
 * `lang` is the page's or the widget's language (`es`, `es-US` → Spanish; anything else → English).
 */
export function crisisFallbackHtml(lang?: string | null): string {
  const line = (l: FallbackLine) => {
    const inner = l.parts.map((p) => (typeof p === 'string' ? escapeHtml(p) : `<a href="${escapeHtml(p.href)}">${escapeHtml(p.text)}</a>`)).join('');
    return l.strong ? `<strong>${inner}</strong>` : inner;
  };
  return `<p data-loc-fallback>${FALLBACK[fallbackLang(lang)].map(line).join(' ')}</p>`;
}

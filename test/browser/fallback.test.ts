import { expect, waitUntil } from '@open-wc/testing';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FALLBACK, crisisFallbackHtml } from '../../src/fallback.js';
import { CONTACT_LINKS } from '../../src/shared/crisis.js';

// Help before JavaScript (src/fallback.ts): the crisis links the builder puts inside every widget tag
// are on screen whenever the script does not run, and off screen (not rendered, not in the
// accessibility tree) once the element upgrades. This file imports no define module at the top, so
// the widgets start undefined, as on a page whose script is blocked.

const TAGS = ['loc-screener', 'iop-compare', 'program-checklist'];
const CRISIS_HREFS = ['tel:911', 'tel:988', 'sms:988', 'tel:+18002221222'];

/** The hrefs of the fallback's links that are on screen (a box with a size) in `root`. */
function visibleLinks(root: ParentNode): string[] {
  return [...root.querySelectorAll<HTMLAnchorElement>('[data-loc-fallback] a')]
    .filter((a) => a.checkVisibility() && a.getBoundingClientRect().width > 0 && a.getBoundingClientRect().height > 0)
    .map((a) => a.getAttribute('href') ?? '');
}

/** An iframe holding a builder-style snippet; resolves once its document (and its scripts) loaded. */
async function frame(script: string, lang = 'en'): Promise<Document> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '360px';
  iframe.style.height = '600px';
  const body = TAGS.map((t) => `<${t}>\n  ${crisisFallbackHtml(lang)}\n</${t}>`).join('\n');
  iframe.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${script}</head><body>${body}</body></html>`;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe.contentDocument!;
}

describe('crisis fallback (help before JavaScript)', () => {
  it('uses only the crisis band addresses (CONTACT_LINKS) and has 911, 988 call and text, and Poison Help in both languages', () => {
    const allowed = Object.values(CONTACT_LINKS) as string[];
    for (const lang of ['en', 'es'] as const) {
      const hrefs = FALLBACK[lang].flatMap((l) => l.parts.filter((p) => typeof p !== 'string').map((p) => (p as { href: string }).href));
      expect(hrefs, lang).to.deep.equal(CRISIS_HREFS);
      expect(hrefs.every((h) => allowed.includes(h)), lang).to.equal(true);
    }
    expect(crisisFallbackHtml('es-US')).to.include('Llame al 988');
    expect(crisisFallbackHtml('fr')).to.include('Call 988');
  });

  it('script blocked (404): every widget shows the fallback crisis links', async () => {
    const doc = await frame('<script type="module" src="/blocked/level-of-care-widgets.js"></script>');
    for (const tag of TAGS) {
      const el = doc.querySelector(tag)!;
      expect(!!doc.defaultView!.customElements.get(tag), `<${tag}> defined`).to.equal(false);
      expect(visibleLinks(el), `<${tag}>`).to.deep.equal(CRISIS_HREFS);
    }
    expect(doc.body.textContent).to.include('1-800-222-1222');
  });

  it('script blocked on a Spanish page: the fallback is in Spanish', async () => {
    const doc = await frame('<script type="module" src="/blocked/level-of-care-widgets.js"></script>', 'es');
    expect(visibleLinks(doc.querySelector('loc-screener')!)).to.deep.equal(CRISIS_HREFS);
    expect(doc.querySelector('loc-screener')!.textContent).to.include('¿Hay peligro ahora?');
  });

  it('script loaded: each widget renders its crisis band and the fallback is hidden (not rendered) with no settings notice', async () => {
    const doc = await frame('<script type="module" src="/src/define.ts"></script>');
    const win = doc.defaultView!;
    await waitUntil(() => TAGS.every((t) => doc.querySelector(t)?.shadowRoot?.querySelector('[part="crisis-bar"]')), 'the widgets did not render', { timeout: 15000 });
    for (const tag of TAGS) {
      const el = doc.querySelector(tag)!;
      expect(!!win.customElements.get(tag), `<${tag}> defined`).to.equal(true);
      expect(visibleLinks(el), `<${tag}>`).to.deep.equal([]);
      expect(el.querySelector('[data-loc-fallback]')!.getClientRects().length, `<${tag}> fallback boxes`).to.equal(0);
      // The fallback is not mistaken for misplaced settings.
      expect(!!el.shadowRoot!.querySelector('[part="notice"]'), `<${tag}> shows a settings notice`).to.equal(false);
    }
  });

  it('a server-rendered shadow root (declarative shadow DOM, as level-of-care-widgets/ssr makes) is rendered over once, in the same task as the upgrade', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    // What renderWidget returns, cut short: the server's first screen, then the light-DOM fallback.
    (host as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(
      `<iop-compare><template shadowrootmode="open"><aside part="crisis-bar">server</aside><p id="from-server">server</p></template>${crisisFallbackHtml('en')}</iop-compare>`,
    );
    const el = host.querySelector('iop-compare')!;
    try {
      expect(!!el.shadowRoot?.querySelector('#from-server'), 'the declarative shadow root was parsed').to.equal(true);
      expect(visibleLinks(el), 'the fallback is hidden by the server-rendered shadow root').to.deep.equal([]);
      const { IopCompare } = await import('../../src/components/iop-compare/iop-compare.js');
      // Upgrade, then look before any task can run (a paint needs a task): the server's markup is
      // still there or already replaced, never an empty root.
      IopCompare.define('iop-compare');
      const sameTask = await Promise.resolve().then(() => el.shadowRoot!.childElementCount);
      expect(sameTask, 'shadow root children in the upgrade task').to.be.above(0);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part="crisis-bar"]').length, 'crisis bars').to.equal(1);
      expect(!!el.shadowRoot!.querySelector('#from-server'), "the server's markup is gone").to.equal(false);
      expect(el.shadowRoot!.textContent).to.include('988');
    } finally {
      host.remove();
    }
  });

  it('the React wrappers render the fallback as their default children and register their element, which hides it', async () => {
    const { LocScreener } = await import('../../src/react/index.js');
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    try {
      root.render(React.createElement(LocScreener, { lang: 'es' }));
      await waitUntil(() => container.querySelector('loc-screener [data-loc-fallback]'), 'no fallback rendered');
      const el = container.querySelector('loc-screener')!;
      expect(el.querySelector('[data-loc-fallback]')!.textContent).to.include('Llame al 988');
      // Rendering the wrapper registered its element.
      expect(!!customElements.get('loc-screener')).to.equal(true);
      await waitUntil(() => el.shadowRoot?.querySelector('[part="crisis-bar"]'), 'the widget did not render');
      expect(visibleLinks(el)).to.deep.equal([]);
    } finally {
      root.unmount();
      container.remove();
    }
  });
});

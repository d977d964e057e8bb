// In-page helpers for the end-to-end specs, installed before any page script runs (window.__e2e) through
// page.addInitScript({ path }). Plain browser JavaScript; they only read the page.
(() => {
  const hosts = () => [...document.querySelectorAll('loc-screener, iop-compare, program-checklist')].filter((h) => h.shadowRoot);
  const rendered = (el) => {
    if (!el.getClientRects().length) return false;
    const cs = getComputedStyle(el);
    return cs.visibility !== 'hidden' && cs.display !== 'none';
  };
  const text = (el) => (el.innerText || el.textContent || el.value || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 50);
  const where = (host) => `${host.localName}[${[...document.querySelectorAll(host.localName)].indexOf(host)}]`;
  const describe = (host, el) => `${where(host)} ${el.localName}${el.classList.length ? '.' + [...el.classList].join('.') : ''}${el.type && el.localName === 'input' ? `[${el.type}]` : ''} "${text(el)}"`;
  const transparent = (c) => !c || c === 'transparent' || /^rgba\([^)]*,\s*0(\.0*)?\)$/.test(c) || /\/\s*0(\.0*)?\)$/.test(c);
  const isButtonLike = (el) => el.localName === 'button' || el.matches('a.button, a.contact, a.cta');
  /** Radios and checkboxes are measured by their label, which is the target a finger hits. */
  const targetBox = (root, el) => (el.matches('input[type=radio], input[type=checkbox]') ? el.closest('label') || (el.id && root.querySelector(`label[for="${el.id}"]`)) || el : el);

  window.__e2e = {
    /** The element that has focus, through open shadow roots, described. */
    active() {
      let a = document.activeElement;
      let host = null;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) {
        host = a;
        a = a.shadowRoot.activeElement;
      }
      if (!a) return null;
      return {
        host: host?.localName ?? null,
        hostIndex: host ? [...document.querySelectorAll(host.localName)].indexOf(host) : -1,
        tag: a.localName,
        type: a.type ?? null,
        value: a.value ?? null,
        name: a.name ?? null,
        checked: a.checked ?? null,
        text: text(a),
        inResult: !!a.closest?.('section.result'),
        inQuestion: !!a.closest?.('form.question'),
        dataFocus: a.hasAttribute?.('data-focus') ?? false,
        cls: a.className || '',
        href: a.getAttribute?.('href') ?? null,
      };
    },
    /** Horizontal overflow: the document, each widget, and each element inside its shadow root. */
    layout() {
      const out = { doc: document.documentElement.scrollWidth, vw: innerWidth, over: [], regions: [], checked: 0, widest: 0 };
      for (const host of hosts()) {
        out.checked++;
        if (host.scrollWidth > host.clientWidth) out.over.push(`${where(host)} host ${host.scrollWidth} > ${host.clientWidth}`);
        const r = host.getBoundingClientRect();
        if (r.right > innerWidth + 0.5) out.over.push(`${where(host)} host right edge ${r.right.toFixed(1)} > viewport ${innerWidth}`);
        for (const el of host.shadowRoot.querySelectorAll('*')) {
          if (!rendered(el) || el.matches('.visually-hidden, style, script')) continue;
          const cs = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          if (box.right > innerWidth + 0.5 && !el.closest('.scroll')) out.over.push(`${describe(host, el)} right edge ${box.right.toFixed(1)} > viewport ${innerWidth}`);
          if (cs.display === 'inline' || cs.display === 'contents' || /^table-(row|cell|column|row-group|header-group|footer-group)/.test(cs.display)) continue;
          out.checked++;
          // A keyboard-focusable scroll region (a wide data table) is allowed to scroll (WCAG 1.4.10 exception).
          if (/auto|scroll/.test(cs.overflowX) && el.tabIndex >= 0) {
            if (el.scrollWidth > el.clientWidth) out.regions.push(`${describe(host, el)} scrolls ${el.scrollWidth}/${el.clientWidth}`);
            continue;
          }
          out.widest = Math.max(out.widest, el.scrollWidth - el.clientWidth);
          if (el.scrollWidth > el.clientWidth) out.over.push(`${describe(host, el)} scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
        }
      }
      return out;
    },
    /** Target sizes: buttons, inputs (label box for radios/checkboxes), summaries and crisis/contact links. */
    targets() {
      const out = { count: 0, min: { w: Infinity, h: Infinity }, small: [], inline: [] };
      for (const host of hosts()) {
        const root = host.shadowRoot;
        for (const el of root.querySelectorAll('button, a[href], input, textarea, select, summary')) {
          if (!rendered(el)) continue;
          const box = targetBox(root, el).getBoundingClientRect();
          const size = `${box.width.toFixed(0)}×${box.height.toFixed(0)}`;
          if (el.localName === 'a' && !isButtonLike(el) && getComputedStyle(el).display === 'inline') {
            // A link in running text (WCAG 2.5.8 inline exception): reported, not failed.
            out.inline.push(`${describe(host, el)} ${size}`);
            continue;
          }
          out.count++;
          out.min.w = Math.min(out.min.w, box.width);
          out.min.h = Math.min(out.min.h, box.height);
          if (box.width < 44 - 0.01 || box.height < 44 - 0.01) out.small.push(`${describe(host, el)} ${size}`);
        }
      }
      return out;
    },
    /** Forced colors: every control has a size and a visible (non-transparent) text or border color. */
    forcedColors() {
      const out = { count: 0, bad: [], colors: new Set() };
      for (const host of hosts()) {
        const root = host.shadowRoot;
        for (const el of root.querySelectorAll('button, a[href], input[type=radio], input[type=checkbox], label.option, .choices label, summary')) {
          if (!rendered(el)) continue;
          out.count++;
          const cs = getComputedStyle(el);
          const b = el.getBoundingClientRect();
          const border = ['Top', 'Right', 'Bottom', 'Left'].some((s) => parseFloat(cs[`border${s}Width`]) > 0 && cs[`border${s}Style`] !== 'none' && !transparent(cs[`border${s}Color`]));
          const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !transparent(cs.outlineColor);
          const color = !transparent(cs.color);
          out.colors.add(cs.color);
          const why = [];
          if (!(b.width > 0 && b.height > 0)) why.push(`size ${b.width}×${b.height}`);
          // Buttons and option labels must keep their outline (a border) so their shape stays visible.
          if ((isButtonLike(el) || el.localName === 'label') && !border && !outline) why.push(`no visible border (${cs.borderTopWidth} ${cs.borderTopStyle} ${cs.borderTopColor})`);
          if (!color && !border && !outline) why.push(`transparent color ${cs.color}`);
          if (why.length) out.bad.push(`${describe(host, el)}: ${why.join(', ')}`);
        }
      }
      out.colors = [...out.colors];
      return out;
    },
    /** The focus indicator of the focused element (through shadow roots). */
    focusRing() {
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      if (!a) return null;
      const cs = getComputedStyle(a);
      return { tag: a.localName, text: text(a), focusVisible: a.matches(':focus-visible'), outlineStyle: cs.outlineStyle, outlineWidth: cs.outlineWidth, outlineColor: cs.outlineColor, border: `${cs.borderTopWidth} ${cs.borderTopStyle} ${cs.borderTopColor}` };
    },
    /** Each widget rendered its crisis bar. */
    rendered() {
      return [...document.querySelectorAll('loc-screener, iop-compare, program-checklist')].map((h) => ({ tag: h.localName, crisis: !!h.shadowRoot?.querySelector('.crisis-bar'), defined: !!customElements.get(h.localName) }));
    },
  };
})();

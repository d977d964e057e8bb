import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';


// Accessibility details found in an audit beyond axe: input that changes context (WCAG 3.2.2), focus
// after actions (2.4.3), repeated announcements (4.1.3), non-text contrast (1.4.11), words broken in
// table cells, the language of parts (3.1.2) and headings that carry their context (1.3.1).

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const sr = (el: Element) => el.shadowRoot!;
const squash = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
const settle = (el: Element) => (el as Widget).updateComplete;
const button = (el: Element, label: string) =>
  [...sr(el).querySelectorAll('button')].find((b) => squash(b.textContent) === label) as HTMLButtonElement | undefined;

/** A screener skipped from Start to its result (mental health only, every question skipped). */
async function resultScreen(): Promise<Widget> {
  const el = await fixture<Widget>(html`<loc-screener audience="adult" respondent="self" focus="mental-health"></loc-screener>`);
  (sr(el).querySelector('section.start button') as HTMLButtonElement).click();
  await settle(el);
  for (let i = 0; i < 20 && !sr(el).querySelector('[part="result"]'); i++) {
    (sr(el).querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
  }
  return el;
}

/** sRGB relative luminance and contrast (WCAG 2.x). */
/** rgb()/rgba(), or color(srgb r g b / a) with 0–1 channels (what color-mix() computes to). */
function rgba(color: string): [number, number, number, number] {
  const m = color.replace(/^color\(srgb/, '').match(/[\d.]+/g)!.map(Number);
  const scale = color.startsWith('color(srgb') ? 255 : 1;
  return [m[0] * scale, m[1] * scale, m[2] * scale, m.length > 3 ? m[3] : 1];
}
function luminance([r, g, b]: number[]): number {
  const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}
function contrast(fg: string, bg: string): number {
  const [r, g, b, a] = rgba(fg);
  const back = rgba(bg);
  const mixed = [r * a + back[0] * (1 - a), g * a + back[1] * (1 - a), b * a + back[2] * (1 - a)];
  const [l1, l2] = [luminance(mixed), luminance(back)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

beforeEach(() => {
  document.documentElement.lang = 'en';
});

describe('screener: a red-flag answer reached with arrow keys', () => {
  async function toSuicideQuestion() {
    const el = await fixture<Widget>(html`<loc-screener audience="adult" respondent="self" focus="both"></loc-screener>`);
    (sr(el).querySelector('section.start button') as HTMLButtonElement).click();
    await settle(el);
    (sr(el).querySelector('input[value="none"]') as HTMLInputElement).click();
    await settle(el);
    (sr(el).querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    expect(sr(el).querySelector('input[name="suicide"]'), 'on the suicide question').to.exist;
    return el;
  }

  it('does not take over the screen; a note offers help, and Next opens the crisis panel', async () => {
    const el = await toSuicideQuestion();
    const no = sr(el).querySelector('input[value="no"]') as HTMLInputElement;
    no.click();
    await settle(el);
    no.focus();
    let crises = 0;
    const count = () => crises++;
    el.addEventListener('loc-screener-crisis', count);
    // ArrowUp from the first answer wraps to the last one: "I have a plan, or I tried to kill myself".
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect((sr(el).querySelector('input[value="plan"]') as HTMLInputElement).checked, 'arrow selected "plan"').to.be.true;
    expect(sr(el).querySelector('[part="crisis-panel"]'), 'no takeover on an arrow key').to.be.null;
    expect(crises).to.equal(0);
    const note = sr(el).querySelector('[role="status"] .flag');
    expect(squash(note?.textContent)).to.include('This answer means you may need help now.');
    // Moving on to a safe answer removes the note.
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect((sr(el).querySelector('input[value="no"]') as HTMLInputElement).checked).to.be.true;
    expect(sr(el).querySelector('.flag')).to.be.null;
    // Back on "plan" and Next: the crisis panel.
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(sr(el).querySelector('[part="crisis-panel"]'), 'Next opens the panel').to.exist;
    expect(crises).to.equal(1);
    el.removeEventListener('loc-screener-crisis', count);
  });

  it('Tab and Space on "A seizure" keep the screen: a note offers help, a second sign can be ticked, Next opens the panel', async () => {
    const el = await fixture<Widget>(html`<loc-screener audience="adult" respondent="self" focus="both"></loc-screener>`);
    (sr(el).querySelector('section.start button') as HTMLButtonElement).click();
    await settle(el);
    let crises = 0;
    const count = () => crises++;
    el.addEventListener('loc-screener-crisis', count);
    const heading = sr(el).querySelector('h2[data-focus]') as HTMLElement;
    expect(sr(el).activeElement === heading, 'the question heading has focus').to.be.true;
    // Tab to "A seizure" (a checkbox) and tick it with Space.
    for (let i = 0; i < 10 && (sr(el).activeElement as HTMLInputElement | null)?.value !== 'seizure'; i++) await sendKeys({ press: 'Tab' });
    expect((sr(el).activeElement as HTMLInputElement).value).to.equal('seizure');
    await sendKeys({ press: ' ' });
    await settle(el);
    expect((sr(el).querySelector('input[value="seizure"]') as HTMLInputElement).checked).to.be.true;
    expect(sr(el).querySelector('[part="crisis-panel"]'), 'no takeover on ticking a sign (WCAG 3.2.2)').to.be.null;
    expect(crises).to.equal(0);
    expect(squash(sr(el).querySelector('[role="status"] .flag')?.textContent)).to.include('This answer means you may need help now.');
    expect(sr(el).activeElement === sr(el).querySelector('input[value="seizure"]'), 'focus stays on the sign').to.be.true;
    // A second sign, ticked the same way.
    await sendKeys({ press: 'Tab' });
    expect((sr(el).activeElement as HTMLInputElement).value).to.equal('chest-pain');
    await sendKeys({ press: ' ' });
    await settle(el);
    expect([...sr(el).querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value)).to.deep.equal(['seizure', 'chest-pain']);
    expect(sr(el).querySelector('[part="crisis-panel"]')).to.be.null;
    // Next opens the panel; its focused heading says what to do.
    (sr(el).querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    expect(sr(el).querySelector('[part="crisis-panel"]')).to.exist;
    expect(crises).to.equal(1);
    const h2 = sr(el).activeElement as HTMLElement;
    expect(h2.localName).to.equal('h2');
    expect(squash(h2.textContent)).to.equal('Get help now This needs emergency care. Call 911 now or go to the nearest emergency room.');
    el.removeEventListener('loc-screener-crisis', count);
  });

  it('the note’s button opens the crisis panel at once', async () => {
    const el = await toSuicideQuestion();
    const no = sr(el).querySelector('input[value="no"]') as HTMLInputElement;
    no.click();
    await settle(el);
    no.focus();
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    button(el, 'Get help now')!.click();
    await settle(el);
    expect(sr(el).querySelector('[part="crisis-panel"]')).to.exist;
    expect(squash(sr(el).activeElement?.textContent)).to.equal('Get help now You deserve help right now. If you might act on these thoughts, call 911.');
  });

  it('a click or Space on a red-flag answer keeps the question, with the note; Get help now opens the panel', async () => {
    const el = await toSuicideQuestion();
    const now = sr(el).querySelector('input[value="now"]') as HTMLInputElement;
    now.focus();
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(now.checked).to.be.true;
    expect(sr(el).querySelector('[part="crisis-panel"]')).to.be.null;
    (sr(el).querySelector('input[value="plan"]') as HTMLInputElement).click();
    await settle(el);
    expect(sr(el).querySelector('[part="crisis-panel"]')).to.be.null;
    button(el, 'Get help now')!.click();
    await settle(el);
    expect(sr(el).querySelector('[part="crisis-panel"]')).to.exist;
  });

  it('the result heading carries its context', async () => {
    const el = await resultScreen();
    const h2 = sr(el).querySelector('[part="result"] h2')!;
    expect(squash(h2.textContent)).to.match(/^Level of care to ask about: \S/);
    expect(sr(el).activeElement === h2).to.be.true;
  });
});

describe('checklist: focus and announcements when programs change', () => {
  afterEach(() => localStorage.clear());

  it('adding a program moves to its name; removing names both programs and keeps focus in place', async () => {
    const el = await fixture<Widget>(html`<program-checklist></program-checklist>`);
    const name = () => sr(el).querySelector('input[type="text"]') as HTMLInputElement;
    const status = () => squash(sr(el).querySelector('p.no-print[role="status"]')?.textContent);
    name().value = 'Hope Center';
    name().dispatchEvent(new Event('input'));
    button(el, 'Add a program')!.click();
    await settle(el);
    await settle(el);
    expect(sr(el).activeElement === name(), 'focus on the new program’s name').to.be.true;
    name().value = 'Oak House';
    name().dispatchEvent(new Event('input'));
    button(el, 'Add a program')!.click();
    await settle(el);
    await settle(el);
    expect(button(el, 'Add a program'), 'three programs: no Add button').to.be.undefined;
    expect(sr(el).activeElement === name(), 'focus on the third program’s name').to.be.true;
    name().value = 'Bay Clinic';
    name().dispatchEvent(new Event('input'));
    await settle(el);

    button(el, 'Remove this program')!.click();
    await settle(el);
    await settle(el);
    expect(status()).to.equal('Bay Clinic removed. Now showing Oak House.');
    const pressed = sr(el).querySelector('[part="program-tabs"] button[aria-pressed="true"]')!;
    expect(squash(pressed.textContent)).to.equal('Oak House');
    expect(sr(el).activeElement === pressed, 'focus on the program now shown').to.be.true;

    button(el, 'Remove this program')!.click();
    await settle(el);
    await settle(el);
    expect(status()).to.equal('Oak House removed. Now showing Hope Center.');
    expect(button(el, 'Remove this program'), 'one program: no Remove button').to.be.undefined;
    expect(squash(sr(el).activeElement?.textContent)).to.equal('Hope Center');
  });

  it('an unnamed program is not named when removed (numbers shift), in the element’s language', async () => {
    for (const [lang, expected] of [
      ['en', 'Program removed. Now showing Program 1.'],
      ['es', 'Se quitó el programa. Ahora se muestra Programa 1.'],
    ] as const) {
      const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}><program-checklist></program-checklist></div>`);
      const el = wrap.querySelector('program-checklist')!;
      const add = lang === 'en' ? 'Add a program' : 'Agregar un programa';
      await waitUntil(() => !!button(el, add), 'the Add button', { timeout: 10000 });
      button(el, add)!.click();
      await settle(el);
      // Program 1 is shown again, then removed: Program 2 becomes Program 1.
      (sr(el).querySelector('[part="program-tabs"] button') as HTMLButtonElement).click();
      await settle(el);
      button(el, lang === 'en' ? 'Remove this program' : 'Quitar este programa')!.click();
      await settle(el);
      await settle(el);
      expect(squash(sr(el).querySelector('p.no-print[role="status"]')?.textContent)).to.equal(expected);
    }
  });

  it('the same message twice is announced twice (the status line empties in between)', async () => {
    const el = await fixture<Widget>(html`<program-checklist></program-checklist>`);
    const orig = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async () => undefined;
    const seen: string[] = [];
    try {
      button(el, 'Copy as text')!.click();
      await waitUntil(() => squash(sr(el).querySelector('p.no-print[role="status"]')?.textContent).startsWith('Copied'));
      const line = sr(el).querySelector('p.no-print[role="status"]')!;
      const observer = new MutationObserver(() => seen.push(squash(line.textContent)));
      observer.observe(line, { childList: true, subtree: true, characterData: true });
      button(el, 'Copy as text')!.click();
      await waitUntil(() => seen.length >= 2 && seen[seen.length - 1].startsWith('Copied'), 'emptied, then the message again');
      observer.disconnect();
    } finally {
      navigator.clipboard.writeText = orig;
    }
    expect(seen).to.include('');
  });
});

/** The colors of a `box-shadow` (what a halo is drawn with). */
const shadowColor = (shadow: string) => shadow.match(/rgba?\([^)]*\)|color\([^)]*\)/)?.[0] ?? '';

describe('contrast on light and dark pages', () => {
  for (const [page, text] of [
    ['rgb(255, 255, 255)', 'rgb(26, 26, 26)'],
    ['rgb(18, 18, 18)', 'rgb(232, 232, 232)'],
  ] as const) {
    it(`text fields and secondary button borders keep 3:1 on ${page}`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><program-checklist remember storage-key="contrast"></program-checklist></div>`);
      wrap.style.background = page;
      wrap.style.color = text;
      const el = wrap.querySelector('program-checklist')!;
      await settle(el);
      const field = sr(el).querySelector('textarea')!;
      expect(contrast(getComputedStyle(field).borderTopColor, page), 'textarea border').to.be.at.least(3);
      const secondary = button(el, 'Clear saved answers')!;
      expect(contrast(getComputedStyle(secondary).borderTopColor, page), 'secondary button border').to.be.at.least(3);
    });
  }
});

describe('focus ring contrast on light and dark hosts', () => {
  // Every kind of focusable control of the three widgets, focused from the keyboard (Tab, so :focus-visible).
  const controls: [string, string][] = [
    ['program-checklist', 'ol.items summary'],
    ['program-checklist', 'ol.items input[type="radio"]'],
    ['program-checklist', 'ol.items textarea'],
    ['program-checklist', 'input[type="text"]'],
    ['program-checklist', '[part="summary"] button'],
    ['program-checklist', '[part="crisis-bar"] a'],
    ['loc-screener', 'section.start button'],
    ['loc-screener', 'form.question input[type="checkbox"]'],
    ['loc-screener', 'form.question input[type="radio"]'],
    ['iop-compare', '.notes a'],
  ];
  for (const [name, page, text] of [
    ['light', 'rgb(255, 255, 255)', 'rgb(26, 26, 26)'],
    ['dark (#121212)', 'rgb(18, 18, 18)', 'rgb(232, 232, 232)'],
    ['dark theme demo (#14181f)', 'rgb(20, 24, 31)', 'rgb(238, 241, 245)'],
  ] as const) {
    it(`a two-tone ring: one of its colors has 3:1 or more against the ${name} page, the two 9:1 apart`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <loc-screener audience="adult" respondent="self" focus="both"></loc-screener>
        <program-checklist></program-checklist>
        <iop-compare></iop-compare>
      </div>`);
      wrap.style.background = page;
      wrap.style.color = text;
      const screener = wrap.querySelector('loc-screener')!;
      await settle(screener);
      const seen: string[] = [];
      for (const [tag, sel] of controls) {
        const host = wrap.querySelector(tag)!;
        await settle(host);
        if (sel.startsWith('form.question') && !sr(host).querySelector('form.question')) {
          (sr(host).querySelector('section.start button') as HTMLButtonElement).click();
          await settle(host);
        }
        if (sel === 'form.question input[type="radio"]' && !sr(host).querySelector(sel)) {
          // The danger question has checkboxes; the suicide question after it has radios.
          (sr(host).querySelector('input[value="none"]') as HTMLInputElement).click();
          await settle(host);
          (sr(host).querySelector('form button[type="submit"]') as HTMLButtonElement).click();
          await settle(host);
        }
        if (sel.startsWith('ol.items') && sel !== 'ol.items summary') {
          (sr(host).querySelector('ol.items details') as HTMLDetailsElement).open = true;
        }
        const target = sr(host).querySelector(sel) as HTMLElement;
        expect(!!target, `${tag} ${sel} exists`).to.be.true;
        // Focus the element before it by script, then Tab: keyboard focus, so :focus-visible applies.
        target.focus();
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        await sendKeys({ press: 'Tab' });
        const f = sr(host).activeElement as HTMLElement;
        expect(f === target, `${tag} ${sel} focused by Tab`).to.be.true;
        expect(f.matches(':focus-visible'), `${tag} ${sel} focus visible`).to.be.true;
        const s = getComputedStyle(f);
        const ring = s.outlineColor;
        const halo = shadowColor(s.boxShadow);
        expect(s.outlineStyle, `${tag} ${sel} outline`).to.equal('solid');
        expect(parseFloat(s.outlineWidth), `${tag} ${sel} ring width`).to.be.at.least(2);
        expect(halo, `${tag} ${sel} halo color in "${s.boxShadow}"`).to.match(/\S/);
        // The halo reaches past the ring: both are seen (WCAG technique C40).
        const spread = parseFloat(s.boxShadow.replace(shadowColor(s.boxShadow), '').trim().split(/\s+/)[3]);
        expect(spread - parseFloat(s.outlineOffset || '0'), `${tag} ${sel} halo wider than the ring`).to.be.above(parseFloat(s.outlineWidth));
        expect(contrast(ring, halo), `${tag} ${sel} ring against halo`).to.be.at.least(9);
        const best = Math.max(contrast(ring, page), contrast(halo, page));
        expect(best, `${tag} ${sel} ring or halo against the page`).to.be.at.least(3);
        seen.push(`${tag} ${sel}: ${best.toFixed(1)}`);
      }
      expect(seen).to.have.length(controls.length);
    });
  }
});

describe('screener: the Call 911 button keeps its own text color', () => {
  it('white on the danger red, even when a theme makes --loc-accent-text dark', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><loc-screener audience="adult" respondent="self" focus="both"></loc-screener></div>`);
    wrap.style.setProperty('--loc-accent', '#8ab4ff');
    wrap.style.setProperty('--loc-accent-text', '#0b1020');
    const el = wrap.querySelector('loc-screener')!;
    (sr(el).querySelector('section.start button') as HTMLButtonElement).click();
    await settle(el);
    (sr(el).querySelector('input[value="seizure"]') as HTMLInputElement).click();
    await settle(el);
    (sr(el).querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    const call = sr(el).querySelector('[part="crisis-panel"] a.danger') as HTMLElement;
    const s = getComputedStyle(call);
    expect(contrast(s.color, s.backgroundColor)).to.be.at.least(4.5);
  });
});

describe('compare: whole words in the table, and English source titles marked', () => {
  afterEach(async () => setViewport({ width: 1000, height: 800 }));

  /** Every word of every header and cell sits on one line (no word split across lines). */
  function splitWords(el: Element): string[] {
    const broken: string[] = [];
    for (const cell of sr(el).querySelectorAll('.wide th, .wide td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (const m of (n.textContent ?? '').matchAll(/\S+/g)) {
          const r = document.createRange();
          r.setStart(n, m.index!);
          r.setEnd(n, m.index! + m[0].length);
          const tops = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
          if (tops.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  }

  for (const width of [1000, 760]) {
    it(`Spanish at ${width} px: a table, no word broken, source titles lang="en"`, async () => {
      await setViewport({ width, height: 800 });
      const wrap = await fixture<HTMLDivElement>(html`<div lang="es"><iop-compare levels="op iop php residential"></iop-compare></div>`);
      const el = wrap.querySelector('iop-compare')!;
      await waitUntil(() => squash(sr(el).textContent).includes('Horas por semana'), 'Spanish', { timeout: 10000 });
      expect(getComputedStyle(sr(el).querySelector('.wide')!).display).not.to.equal('none');
      expect(splitWords(el)).to.deep.equal([]);
      const notes = [...sr(el).querySelectorAll('[part="notes"] li')];
      expect(notes.length).to.be.above(0);
      expect(notes.every((li) => li.getAttribute('lang') === 'en')).to.be.true;
    });
  }

  it('cards below 46rem; English source titles carry no lang on an English page', async () => {
    await setViewport({ width: 700, height: 800 });
    const el = await fixture<Widget>(html`<iop-compare></iop-compare>`);
    await settle(el);
    await waitUntil(() => sr(el).querySelector('.cards'), 'cards');
    expect(sr(el).querySelector('.wide'), 'no table beside the cards').to.equal(null);
    expect(getComputedStyle(sr(el).querySelector('.cards')!).display).to.equal('block');
    expect([...sr(el).querySelectorAll('[part="notes"] li')].some((li) => li.hasAttribute('lang'))).to.be.false;
  });
});

describe('language of the widget root, sticky headers, help links and the Spanish chat', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('on a lang="fr" page each widget shows English and tags its own root lang="en"; a Spanish one lang="es"', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="fr">
      <loc-screener></loc-screener><iop-compare></iop-compare><program-checklist></program-checklist>
      <div lang="es"><loc-screener></loc-screener></div>
    </div>`);
    const hosts = [...wrap.querySelectorAll('loc-screener, iop-compare, program-checklist')];
    await waitUntil(() => squash(sr(hosts[3]).querySelector('section.start button')?.textContent) === 'Empezar', 'Spanish', { timeout: 10000 });
    const langs = hosts.map((h) => (sr(h).firstElementChild as HTMLElement).lang);
    expect(langs).to.deep.equal(['en', 'en', 'en', 'es']);
    // The root holds everything the widget shows.
    expect(sr(hosts[0]).children.length).to.equal(1);
    expect(!!sr(hosts[0]).firstElementChild!.querySelector('[part="crisis-bar"]')).to.be.true;
  });

  it('focus targets keep room for a sticky header: --loc-scroll-margin (default 4rem)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><loc-screener></loc-screener></div>`);
    const el = wrap.querySelector('loc-screener')!;
    await settle(el);
    const h2 = sr(el).querySelector('h2[data-focus]')!;
    const start = sr(el).querySelector('section.start button')!;
    expect(getComputedStyle(h2).scrollMarginTop).to.equal('64px');
    expect(getComputedStyle(start).scrollMarginTop).to.equal('64px');
    wrap.style.setProperty('--loc-scroll-margin', '120px');
    expect(getComputedStyle(h2).scrollMarginTop).to.equal('120px');
  });

  it('the helpline and FindTreatment.gov links are 44 px targets', async () => {
    const el = await resultScreen();
    const links = [...sr(el).querySelectorAll<HTMLAnchorElement>('a.help-link')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+18006624357', 'https://findtreatment.gov/']);
    for (const a of links) expect(a.getBoundingClientRect().height, a.textContent!).to.be.at.least(44);
  });

  it('the Spanish crisis panel opens the Spanish 988 chat', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es"><loc-screener audience="adult" respondent="self" focus="both"></loc-screener></div>`);
    const el = wrap.querySelector('loc-screener')!;
    await waitUntil(() => squash(sr(el).querySelector('section.start button')?.textContent) === 'Empezar', 'Spanish', { timeout: 10000 });
    (sr(el).querySelector('section.start button') as HTMLButtonElement).click();
    await settle(el);
    (sr(el).querySelector('input[value="hurt-others"]') as HTMLInputElement).click();
    await settle(el);
    (sr(el).querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    const chat = [...sr(el).querySelectorAll<HTMLAnchorElement>('[part="crisis-panel"] a')].find((a) => /^https:/.test(a.href))!;
    expect(chat.getAttribute('href')).to.equal('https://988lineadevida.org/');
    expect(squash(chat.textContent)).to.equal('Chatear en 988lineadevida.org');
    expect(squash(sr(el).activeElement?.textContent)).to.equal('Busque ayuda ahora Si alguien puede salir lastimado, llame al 911 ahora.');
  });
});

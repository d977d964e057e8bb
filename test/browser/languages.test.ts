import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';


// Every widget shows its own language (issue #2: its `lang`, else the nearest `[lang]`, else
// `<html lang>`), even when widgets on one page ask for different languages.

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const heading = (el: Element) => el.shadowRoot?.querySelector('h2')?.textContent!.trim();
const button = (el: Element, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label) as HTMLButtonElement;
/** The checklist's status line (the other live region is the count). */
const status = (el: Element) => el.shadowRoot!.querySelector('p.no-print[role="status"]')!.textContent!.trim();
const settle = async (...els: Element[]) => {
  for (const el of els) await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
};

const EN_START = 'What kind of care could help?';
const ES_START = '¿Qué tipo de atención podría ayudar?';

describe('languages: each widget shows its own', () => {
  let warnings: unknown[][] = [];
  const warn = console.warn;
  beforeEach(() => {
    document.documentElement.lang = 'en';
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('an English and a Spanish screener side by side, through the first question', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <loc-screener id="en" audience="adult" focus="both"></loc-screener>
      <loc-screener id="es" lang="es" audience="adult" focus="both"></loc-screener>
    </div>`);
    const en = wrap.querySelector('#en')!;
    const es = wrap.querySelector('#es')!;
    await waitUntil(() => heading(es) === ES_START, 'Spanish screener', { timeout: 10000 });
    await settle(en);
    expect(heading(en)).to.equal(EN_START);
    expect(text(en)).to.include('Call 911').and.not.include('Llamar al 911');
    expect(text(es)).to.include('Llamar al 911').and.not.include('Call 911');

    button(en, 'Start').click();
    button(es, 'Empezar').click();
    await settle(en, es);
    expect(text(en)).to.include('Is any of this happening right now?');
    expect(text(es)).to.include('¿Está pasando algo de esto ahora mismo?');
    expect(text(es)).not.to.include('Is any of this happening');
    expect(warnings, 'no warning about mixed languages').to.deep.equal([]);
  });

  it('all three widgets in different languages on one page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div lang="es"><program-checklist></program-checklist></div>
      <iop-compare></iop-compare>
      <loc-screener lang="es-US"></loc-screener>
      <program-checklist lang="en"></program-checklist>
    </div>`);
    const [checklistEs, checklistEn] = wrap.querySelectorAll('program-checklist');
    const compare = wrap.querySelector('iop-compare')!;
    const screener = wrap.querySelector('loc-screener')!;
    await waitUntil(() => text(checklistEs).includes('Preguntas para hacerle a un programa'), 'Spanish checklist', { timeout: 10000 });
    await waitUntil(() => heading(screener) === ES_START, 'Spanish screener', { timeout: 10000 });
    await settle(compare, checklistEn);
    expect(text(compare)).to.include('Hours a week').and.not.include('Horas por semana');
    expect(text(checklistEn)).to.include('Questions to ask a program').and.not.include('Preguntas');
    expect(text(checklistEs)).to.include('No sé').and.not.include('Not sure');
  });

  it('an element’s own lang wins over its ancestors', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es"><loc-screener lang="en"></loc-screener><iop-compare></iop-compare></div>`);
    const screener = wrap.querySelector('loc-screener')!;
    const compare = wrap.querySelector('iop-compare')!;
    await waitUntil(() => text(compare).includes('Horas por semana'), 'Spanish table', { timeout: 10000 });
    await settle(screener);
    expect(heading(screener)).to.equal(EN_START);
  });

  it('changing one widget’s lang changes that widget only', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><iop-compare id="a"></iop-compare><iop-compare id="b"></iop-compare></div>`);
    const a = wrap.querySelector('#a')!;
    const b = wrap.querySelector('#b')!;
    await settle(a, b);
    expect(text(a)).to.include('Hours a week');
    a.setAttribute('lang', 'es');
    await waitUntil(() => text(a).includes('Horas por semana'), 'a in Spanish', { timeout: 10000 });
    await settle(b);
    expect(text(b)).to.include('Hours a week').and.not.include('Horas por semana');
    a.setAttribute('lang', 'en');
    await waitUntil(() => text(a).includes('Hours a week'), 'a in English again');
    b.setAttribute('lang', 'es');
    await waitUntil(() => text(b).includes('Horas por semana'), 'b in Spanish', { timeout: 10000 });
    expect(text(a)).not.to.include('Horas por semana');
  });

  it('status messages and copied text use the checklist’s own language', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><program-checklist id="en"></program-checklist><program-checklist id="es" lang="es"></program-checklist></div>`);
    const en = wrap.querySelector('#en')!;
    const es = wrap.querySelector('#es')!;
    await waitUntil(() => text(es).includes('Preguntas para hacerle a un programa'), 'Spanish checklist', { timeout: 10000 });
    button(en, 'Add a program').click();
    button(es, 'Agregar un programa').click();
    await settle(en, es);
    expect(status(en)).to.include('Program 2 added.');
    expect(status(es)).to.include('Se agregó el programa 2.');

    const copied: string[] = [];
    const orig = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (t: string) => void copied.push(t);
    try {
      button(es, 'Copiar como texto').click();
      await waitUntil(() => copied.length === 1, 'Spanish copy');
      button(en, 'Copy as text').click();
      await waitUntil(() => copied.length === 2, 'English copy');
    } finally {
      navigator.clipboard.writeText = orig;
    }
    expect(copied[0]).to.include('Preguntas para hacerle a un programa').and.not.include('Questions to ask');
    expect(copied[1]).to.include('Questions to ask a program').and.not.include('Preguntas');
    await settle(en, es);
    expect(status(es)).to.include('Copiado. Puede pegarlo en una nota o un mensaje.');
    expect(status(en)).to.include('Copied. You can paste it into a note or message.');

    // The status line follows a later language change.
    en.setAttribute('lang', 'es');
    await waitUntil(() => status(en).includes('Copiado.'), 'status in Spanish after lang change');
  });

  it('a Spanish widget added to an English page later loads its language; the English ones stay English', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><loc-screener></loc-screener></div>`);
    const en = wrap.querySelector('loc-screener')!;
    await settle(en);
    const later = document.createElement('loc-screener');
    later.lang = 'es';
    wrap.append(later);
    await waitUntil(() => heading(later) === ES_START, 'Spanish screener added later', { timeout: 10000 });
    await settle(en);
    expect(heading(en)).to.equal(EN_START);
  });
});

describe('languages: across shadow roots', () => {
  it('a widget inside another component’s shadow root follows the lang of that component’s ancestors', async () => {
    if (!customElements.get('x-lang-card')) {
      customElements.define(
        'x-lang-card',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML = '<section><iop-compare></iop-compare></section>';
          }
        },
      );
    }
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es"><x-lang-card></x-lang-card></div>`);
    const compare = wrap.querySelector('x-lang-card')!.shadowRoot!.querySelector('iop-compare')!;
    await waitUntil(() => compare.shadowRoot && text(compare).includes('Horas por semana'), 'Spanish inside a shadow root', { timeout: 10000 });
    // What a screen reader reads: the widget's own root carries its language (browsers differ on whether
    // :lang() crosses a shadow boundary: Firefox does not, so the host itself is not checked).
    expect((compare.shadowRoot!.firstElementChild as HTMLElement).lang).to.equal('es');
  });
});

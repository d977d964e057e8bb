import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/loc-screener/define.js';
import { LEVEL_CTA_ATTRIBUTES, LocScreener } from '../../src/components/loc-screener/loc-screener.js';
import { CARE_LEVEL_IDS } from '../../src/core/levels.js';
import { LEVEL_CTA_KEYS } from '../../src/core/screener/config.js';
import { registerCatalog } from '../../src/shared/localize.js';

/*
 * Issue #12: the screener's start screen renders from a small module; its questions, rules and results (flow.ts)
 * load when the page is idle or Start is pressed. These tests hold the flow's module back (or make it fail) through
 * the element's `flowModule` seam, to check every moment of that hand-over.
 */

type FlowModule = typeof import('../../src/components/loc-screener/flow.js');

/** A screener whose flow module arrives when the test says so (or fails, `failures` times). */
function gatedScreener(failures = 0) {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  let calls = 0;
  class Gated extends LocScreener {
    protected static override flowModule(): Promise<FlowModule> {
      calls++;
      if (calls <= failures) return Promise.reject(new TypeError('Failed to fetch dynamically imported module (test)'));
      return gate.then(() => super.flowModule());
    }
  }
  const tag = `gated-screener-${Math.random().toString(36).slice(2)}`;
  customElements.define(tag, Gated);
  return { tag, open, calls: () => calls };
}

const sr = (el: Element) => el.shadowRoot!;
const startButton = (el: Element) => sr(el).querySelector<HTMLButtonElement>('section.start button');
const question = (el: Element) => sr(el).querySelector('fieldset[part="question"]');
const make = async (tag: string) => {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as LocScreener;
  wrap.append(el);
  await el.updateComplete;
  return el;
};

describe('<loc-screener> first screen (issue #12)', () => {
  it('shows the crisis band and the start screen before the questions have loaded', async () => {
    const g = gatedScreener();
    const el = await make(g.tag);
    expect(sr(el).querySelector('[part="crisis-bar"]')?.textContent).to.contain('Call 911');
    expect(startButton(el)).to.exist;
    expect(el.currentResult, 'no result before the questions load').to.be.undefined;
    await expect(el).to.be.accessible();
    g.open();
  });

  it('keeps the same Start button, and the focus on it, when the questions arrive', async () => {
    const g = gatedScreener();
    const el = await make(g.tag);
    const before = startButton(el)!;
    before.focus();
    // The idle load starts within its 2 s timeout; Start would start it at once, so wait for the idle one.
    await new Promise((r) => setTimeout(r, 2100));
    expect(g.calls(), 'the page being idle loads the questions').to.equal(1);
    g.open();
    await el.updateComplete;
    expect(el.currentResult, 'the result exists once loaded').to.exist;
    expect(startButton(el), 'the start screen is not rebuilt').to.equal(before);
    expect(sr(el).activeElement, 'focus stays on Start').to.equal(before);
  });

  it('Start before the questions have loaded waits for them, then shows and focuses the first question', async () => {
    const g = gatedScreener();
    const el = await make(g.tag);
    const starts: Event[] = [];
    el.addEventListener('loc-screener-start', (e) => starts.push(e));
    startButton(el)!.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(question(el), 'no question yet').to.be.null;
    expect(starts).to.have.length(0);
    g.open();
    await el.updateComplete;
    expect(question(el), 'the first question').to.exist;
    expect(sr(el).activeElement?.matches('h2[data-focus]'), 'focus on its heading').to.be.true;
    expect(starts).to.have.length(1);
  });

  it('says so when the questions cannot load, keeps crisis help and the helplines, and Start tries again', async () => {
    const g = gatedScreener(1);
    g.open();
    const errors: unknown[][] = [];
    const error = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    let el: LocScreener;
    try {
      el = await make(g.tag);
      startButton(el)!.click();
      await el.updateComplete;
    } finally {
      console.error = error;
    }
    const alert = sr(el).querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('The questions could not load');
    expect([...sr(el).querySelectorAll('.help-links a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+18006624357', 'https://findtreatment.gov/']);
    expect(sr(el).querySelector('[part="crisis-bar"] a[href="tel:911"]')).to.exist;
    expect(errors.some((a) => String(a[0]).includes('could not load its questions'))).to.be.true;
    await expect(el).to.be.accessible();
    startButton(el)!.click();
    await el.updateComplete;
    expect(question(el), 'the second press loads them').to.exist;
    expect(sr(el).querySelector('[role="alert"]')).to.be.null;
  });

  it('loads the questions at once when it has settings, so the start screen names the center', async () => {
    const g = gatedScreener();
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement(g.tag) as LocScreener;
    el.setAttribute('center-name', 'Riverbend Recovery');
    wrap.append(el);
    await new Promise((r) => setTimeout(r, 0));
    expect(g.calls(), 'requested on the first update, not at idle').to.equal(1);
    g.open();
    await el.updateComplete;
    expect(sr(el).querySelector('section.start')?.textContent).to.contain('Shared by Riverbend Recovery.');
  });

  // Last in this file: it holds Spanish back for the rest of the page.
  it('on a Spanish page, shows crisis help in Spanish before any Spanish file has loaded, and hides the rest', async () => {
    registerCatalog(() => new Promise(() => {})); // a Spanish file that never arrives
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es"><loc-screener></loc-screener></div>`);
    const el = wrap.firstElementChild as LocScreener;
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const bar = sr(el).querySelector('[part="crisis-bar"]')!;
    expect(bar.textContent).to.contain('Llamar al 911').and.contain('¿Hay peligro ahora? Llame al 911.');
    expect(getComputedStyle(bar).visibility).to.equal('visible');
    expect(getComputedStyle(sr(el).querySelector('.screen')!).visibility, 'the English start screen stays hidden').to.equal('hidden');
  });

  it('declares one attribute per level and part, as the settings parser reads them', () => {
    expect(LEVEL_CTA_ATTRIBUTES).to.deep.equal(CARE_LEVEL_IDS.flatMap((l) => LEVEL_CTA_KEYS.map((k) => `cta-${l}-${k}`)));
  });
});

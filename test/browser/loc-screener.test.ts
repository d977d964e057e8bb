import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/loc-screener/define.js';
import type { LocScreener } from '../../src/components/loc-screener/loc-screener.js';

const sr = (el: LocScreener) => el.shadowRoot!;
const click = (el: LocScreener, sel: string) => (sr(el).querySelector(sel) as HTMLElement).click();
const pick = async (el: LocScreener, value: string) => {
  (sr(el).querySelector(`input[value="${value}"]`) as HTMLInputElement).click();
  await el.updateComplete;
};
const next = async (el: LocScreener) => {
  click(el, 'button[type="submit"]');
  await el.updateComplete;
};

describe('<loc-screener> smoke', () => {
  it('starts, is accessible, and a red flag shows the crisis panel at once', async () => {
    const el = await fixture<LocScreener>(html`<loc-screener audience="adult" focus="substance"></loc-screener>`);
    await expect(el).to.be.accessible();
    click(el, 'button');
    await el.updateComplete;
    expect(sr(el).querySelector('legend')!.textContent).to.contain('Is any of this happening right now?');
    await expect(el).to.be.accessible();
    const crisis = oneEvent(el, 'loc-screener-crisis');
    await pick(el, 'cant-wake');
    expect((await crisis).detail.kind).to.equal('overdose');
    expect(sr(el).querySelector('[part="crisis-panel"] a[href="tel:911"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<loc-screener> flow', () => {
  it('keeps answers on Back, reaches an accessible result, and the complete event has no raw answers', async () => {
    const el = await fixture<LocScreener>(html`<loc-screener audience="adult" focus="mental-health" levels-offered="op"></loc-screener>`);
    click(el, 'button');
    await el.updateComplete;
    await pick(el, 'none'); // danger-now
    await next(el);
    await pick(el, 'no'); // suicide
    await next(el);
    click(el, 'button.secondary'); // Back to the suicide question
    await el.updateComplete;
    expect((sr(el).querySelector('input[value="no"]') as HTMLInputElement).checked).to.be.true;
    click(el, 'button.secondary'); // Back to danger-now
    await el.updateComplete;
    expect((sr(el).querySelector('input[value="none"]') as HTMLInputElement).checked).to.be.true;
    await next(el);
    await next(el);
    await pick(el, 'pregnant'); // medical
    await next(el);
    await pick(el, 'nearly-every-day'); // mood
    await next(el);
    await pick(el, 'yes'); // self-care
    await next(el);
    await pick(el, 'no'); // past-treatment
    await next(el);
    await pick(el, 'safe-stable');
    await pick(el, 'support');
    await next(el);
    await pick(el, 'yes'); // attend
    await next(el);
    await pick(el, 'unsure'); // readiness
    const done = oneEvent(document, 'loc-screener-complete');
    await next(el);
    const detail = (await done).detail;
    expect(detail.level).to.equal('iop');
    expect(detail.offered).to.equal(false);
    expect(detail).not.to.have.property('answers');
    expect(detail.reasons).to.include('mood-severe');
    const text = sr(el).textContent!;
    expect(text).to.contain('Intensive outpatient (IOP)');
    expect(text).to.contain('This is not a diagnosis');
    expect(text).to.contain('does not offer this level');
    expect(sr(el).querySelector('a[href="tel:+18006624357"]')).to.exist;
    expect(sr(el).activeElement?.tagName).to.equal('H2');
    await expect(el).to.be.accessible();
  });

  it('shows bad configuration to the editor, renders hostile strings as text, and keeps working', async () => {
    const errors: unknown[] = [];
    const orig = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    try {
      const evil = '<img src=x onerror=alert(1)>';
      const el = await fixture<LocScreener>(html`<loc-screener audience="kids" levels-offered="iop spaceship" cta-href="javascript:alert(1)">
        <script type="application/json">{"version":1,"centerName":"${evil}","cta":{"phone":"abc"}}</script>
      </loc-screener>`);
      const notice = sr(el).querySelector('[part="notice"]')!;
      expect(notice.textContent).to.contain('audience');
      expect(notice.textContent).to.contain('levels-offered');
      expect(notice.textContent).to.contain('cta-href');
      expect(notice.textContent).to.contain('json.cta.phone');
      expect(errors.length).to.be.at.least(4);
      expect(sr(el).querySelector('img')).to.equal(null);
      expect(sr(el).textContent).to.contain(`Shared by ${evil}.`);
      click(el, 'button');
      await el.updateComplete;
      expect(sr(el).querySelector('legend')).to.exist;
      await expect(el).to.be.accessible();
    } finally {
      console.error = orig;
    }
  });

  it('renders Spanish inside a lang="es" region, then English again', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es"><loc-screener></loc-screener></div>`);
    const el = wrap.querySelector('loc-screener')! as LocScreener;
    await waitUntil(() => sr(el).textContent!.includes('Llamar al 911'), 'Spanish crisis bar', { timeout: 10000 });
    await waitUntil(() => sr(el).textContent!.includes('diagnóstico'), 'Spanish screener text', { timeout: 10000 });
    await expect(el).to.be.accessible();
    wrap.lang = 'en';
    await waitUntil(() => sr(el).textContent!.includes('Call 911'), 'English again', { timeout: 10000 });
  });

  it('is safe to define twice and can be renamed', async () => {
    const Cls = customElements.get('loc-screener') as unknown as typeof LocScreener;
    expect(() => Cls.define('loc-screener')).not.to.throw();
    Cls.define('my-screener');
    const el = await fixture<LocScreener>(html`<my-screener></my-screener>`);
    expect(el.shadowRoot!.querySelector('[part="crisis-bar"]')).to.exist;
  });
});

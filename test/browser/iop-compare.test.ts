import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/iop-compare/define.js';
import type { IopCompare } from '../../src/components/iop-compare/iop-compare.js';


const root = (el: IopCompare) => el.shadowRoot!;
const text = (el: IopCompare) => root(el).textContent!.replace(/\s+/g, ' ');
const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';

async function english(tpl: ReturnType<typeof html>): Promise<IopCompare> {
  document.documentElement.lang = 'en';
  const el = await fixture<IopCompare>(tpl);
  await waitUntil(() => text(el).includes('Hours a week'), 'English text');
  return el;
}

async function spanish(tpl: ReturnType<typeof html>): Promise<IopCompare> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang="es">${tpl}</div>`);
  const el = wrap.querySelector('iop-compare') as IopCompare;
  await waitUntil(() => text(el).includes('Horas por semana'), 'Spanish text');
  return el;
}

const screenerDone = (level: string) =>
  document.dispatchEvent(new CustomEvent('loc-screener-complete', { detail: { level }, bubbles: true, composed: true }));

describe('<iop-compare>', () => {
  afterEach(async () => {
    await setViewport({ width: 1000, height: 800 });
  });

  it('renders a real table named by its heading, scoped headers, sources and the crisis bar', async () => {
    await setViewport({ width: 1000, height: 800 });
    const el = await english(html`<iop-compare></iop-compare>`);
    const table = root(el).querySelector('table[part="table"]')!;
    expect(shown(table)).to.be.true;
    expect(shown(root(el).querySelector('.cards'))).to.be.false;
    // The wide layout has a heading too, and the table is named by it.
    const title = root(el).querySelector('h2')!;
    expect(shown(title)).to.be.true;
    expect(title.textContent).to.contain('for adults');
    expect(root(el).getElementById(table.getAttribute('aria-labelledby')!) === title).to.be.true;
    const cols = [...table.querySelectorAll('th[scope="col"]')].map((th) => th.textContent!.trim());
    expect(cols).to.deep.equal(['Outpatient (OP)', 'Intensive outpatient (IOP)', 'High-intensity outpatient (often called partial hospitalization or day program)', 'Residential treatment (live-in care)']);
    expect(table.querySelectorAll('th[scope="row"]').length).to.equal(10);
    expect(text(el)).to.contain('Under 9');
    expect(text(el)).to.contain('9–19');
    expect(text(el)).to.contain('20 or more');
    expect(text(el)).to.contain('8–12 weeks');
    expect(text(el)).to.contain('Informed by ASAM concepts');
    expect(root(el).querySelector('[part="crisis-bar"]')).to.exist;
    expect(root(el).querySelectorAll('[part="notes"] li').length).to.be.greaterThan(3);
    expect(root(el).querySelector('[part="notes"] a[href^="https://"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows one card per level at 320 px, without sideways scrolling, and passes axe', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await english(html`<iop-compare highlight="iop"></iop-compare>`);
    await waitUntil(() => shown(root(el).querySelector('.cards')), 'cards layout');
    expect(shown(root(el).querySelector('.wide'))).to.be.false;
    const cards = root(el).querySelectorAll('[part~="card"]');
    expect(cards.length).to.equal(4);
    expect(root(el).querySelector('[part="card highlight"] h3')!.textContent).to.contain('Intensive outpatient');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('uses the card layout in a narrow sidebar on a wide page (container query)', async () => {
    await setViewport({ width: 1200, height: 800 });
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 400px"><iop-compare></iop-compare></div>`);
    const el = wrap.firstElementChild as IopCompare;
    await waitUntil(() => shown(root(el).querySelector('.cards')), 'cards layout');
    expect(shown(root(el).querySelector('.wide'))).to.be.false;
  });

  it('is complete and accessible in Spanish, in both layouts', async () => {
    await setViewport({ width: 1000, height: 800 });
    const el = await spanish(html`<iop-compare audience="adolescent"></iop-compare>`);
    expect(text(el)).to.contain('para adolescentes');
    expect(text(el)).to.contain('Menos de 6');
    expect(text(el)).to.contain('Basado en conceptos de ASAM');
    expect(text(el)).not.to.contain('Who it fits');
    await expect(el).to.be.accessible();
    await setViewport({ width: 320, height: 800 });
    await waitUntil(() => shown(root(el).querySelector('.cards')), 'cards layout');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
    el.parentElement!.remove();
    document.documentElement.lang = 'en';
  });

  it('switches to the adolescent thresholds', async () => {
    const el = await english(html`<iop-compare audience="adolescent"></iop-compare>`);
    expect(root(el).querySelector('h2')!.textContent).to.contain('for teens');
    expect(text(el)).to.contain('Under 6');
    expect(text(el)).to.contain('6–19');
  });

  it('picks and orders levels and emphasises the highlighted one', async () => {
    const el = await english(html`<iop-compare levels="inpatient iop" highlight="iop"></iop-compare>`);
    const cols = [...root(el).querySelectorAll('th[scope="col"]')];
    expect(cols.map((c) => c.textContent!.trim())).to.deep.equal(['Inpatient care (doctors and nurses day and night)', 'Intensive outpatient (IOP) Featured']);
    expect(cols[1].getAttribute('part')).to.equal('highlight');
    expect(cols[0].hasAttribute('part')).to.be.false;
    expect(root(el).querySelectorAll('td.hl').length).to.equal(10);
  });

  it('shows the host program’s own facts apart from the general fact, and emits iop-compare-select', async () => {
    const el = await english(html`<iop-compare>
      <script type="application/json">
        {"version":1,"centerName":"Riverbend","cells":{"iop":{"schedule":"Mon, Wed, Thu, 6–9 pm"}},"cta":{"iop":{"href":"#iop","label":"Ask about our IOP"}}}
      </script>
    </iop-compare>`);
    await waitUntil(() => text(el).includes('Riverbend'));
    const own = root(el).querySelector('table .own')!;
    expect(own.textContent!.replace(/\s+/g, ' ').trim()).to.equal('At Riverbend: Mon, Wed, Thu, 6–9 pm');
    expect(own.closest('td')!.textContent).to.contain('3–5 days a week');
    const link = root(el).querySelector<HTMLAnchorElement>('table a.cta')!;
    expect(link.textContent!.trim()).to.equal('Ask about our IOP');
    expect(link.getAttribute('href')).to.equal('#iop');
    setTimeout(() => link.click());
    const ev = await oneEvent(el, 'iop-compare-select');
    expect(ev.detail).to.deep.equal({ level: 'iop' });
    expect(ev.composed && ev.bubbles).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('shows an editor notice for bad configuration and a working table from the valid part', async () => {
    const el = await english(html`<iop-compare levels="iop bogus php" highlight="detox">
      <script type="application/json">{"version":1, "cells": </script>
    </iop-compare>`);
    const notice = root(el).querySelector('[part="notice"]')!;
    expect(notice).to.exist;
    expect(notice.textContent).to.contain('levels');
    expect(notice.textContent).to.contain('json');
    expect(notice.textContent).to.contain('highlight');
    expect(root(el).querySelectorAll('th[scope="col"]').length).to.equal(2);
    expect(root(el).querySelectorAll('tbody tr').length).to.equal(10);
    await expect(el).to.be.accessible();
  });

  it('takes the center name and per-level buttons from plain attributes (no settings script)', async () => {
    const el = await english(html`<iop-compare center-name="Riverbend" cta-iop-href="#iop" cta-iop-label="Ask about our IOP" cta-php-href="/php"></iop-compare>`);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('table a.cta')];
    expect(links.map((a) => a.getAttribute('href')).join(' ')).to.equal('#iop /php');
    expect(links[0].textContent!.trim()).to.equal('Ask about our IOP');
    expect(links[1].textContent!.trim()).to.match(/^Ask about High-intensity outpatient/, 'the default label');
    expect(root(el).querySelector('[part="notice"]')).to.be.null;
    // Changing an attribute updates the button; a label alone names no link, so the editor is told.
    el.setAttribute('cta-iop-href', '/evening-iop');
    el.setAttribute('cta-op-label', 'Ask about OP');
    await waitUntil(() => root(el).querySelector('[part="notice"]'), 'notice for a label without a link');
    expect(root(el).querySelector('table a.cta')!.getAttribute('href')).to.equal('/evening-iop');
    expect(root(el).querySelector('[part="notice"]')!.textContent).to.contain('cta-op-label');
    await expect(el).to.be.accessible();
  });

  it('shows the center name from the attribute in the table', async () => {
    const el = await english(html`<iop-compare center-name="Riverbend"><script type="application/json">{"version":1,"centerName":"From JSON","cells":{"iop":{"schedule":"Evenings"}}}</script></iop-compare>`);
    await waitUntil(() => text(el).includes('At Riverbend: Evenings'), 'attribute wins over JSON');
  });

  it('refuses unsafe links and hostile text in attributes', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await english(html`<iop-compare cta-iop-href="javascript:alert(1)" cta-php-href="/php" cta-php-label=${evil} center-name=${evil}></iop-compare>`);
    await waitUntil(() => root(el).querySelector('[part="notice"]'));
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('table a.cta')];
    expect(links.length).to.equal(1);
    expect(links[0].textContent!.trim()).to.equal(evil);
    expect(root(el).querySelector('img')).to.be.null;
    expect(root(el).querySelector('[part="notice"]')!.textContent).to.contain('cta-iop-href');
  });

  it('refuses unsafe links in calls to action', async () => {
    const el = await english(html`<iop-compare>
      <script type="application/json">{"version":1,"cta":{"iop":{"href":"javascript:alert(1)"}}}</script>
    </iop-compare>`);
    await waitUntil(() => root(el).querySelector('[part="notice"]'));
    expect(root(el).querySelector('a.cta')).to.be.null;
  });

  it('renders hostile strings as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await english(html`<iop-compare>
      <script type="application/json">${JSON.stringify({ version: 1, centerName: evil, cells: { iop: { fits: evil } } })}</script>
    </iop-compare>`);
    await waitUntil(() => text(el).includes(evil));
    expect(root(el).querySelector('img')).to.be.null;
    expect(root(el).querySelector('table .own')!.textContent).to.contain(`At ${evil}:`);
  });

  it('renders one layout for its width, and the table to print (issue #12)', async () => {
    await setViewport({ width: 1000, height: 800 });
    const el = await english(html`<iop-compare></iop-compare>`);
    const count = () => root(el).querySelectorAll('*').length;
    const wide = { table: !!root(el).querySelector('table'), cards: root(el).querySelectorAll('[part~="card"]').length, nodes: count() };
    expect(wide.table && wide.cards === 0, `wide: ${JSON.stringify(wide)}`).to.equal(true);
    await setViewport({ width: 400, height: 800 });
    await waitUntil(() => root(el).querySelector('[part~="card"]'), 'cards when narrow');
    const narrow = { table: !!root(el).querySelector('table'), cards: root(el).querySelectorAll('[part~="card"]').length, nodes: count() };
    expect(!narrow.table && narrow.cards === 4, `narrow: ${JSON.stringify(narrow)}`).to.equal(true);
    // Printing: the table, drawn before the print layout is taken (synchronously in beforeprint).
    window.dispatchEvent(new Event('beforeprint'));
    const printing = !!root(el).querySelector('table') && !root(el).querySelector('[part~="card"]');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    const after = !!root(el).querySelector('[part~="card"]');
    expect(printing, 'table while printing').to.equal(true);
    expect(after, 'cards again after printing').to.equal(true);
  });

  it('highlights the level a <loc-screener> on the page suggests', async () => {
    const el = await english(html`<iop-compare highlight="iop"></iop-compare>`);
    screenerDone('php');
    await el.updateComplete;
    const hl = root(el).querySelector('th[part="highlight"]')!;
    expect(hl.textContent).to.contain('High-intensity outpatient (often called partial hospitalization or day program)');
    expect(hl.textContent).to.contain('Your screen result');
    // One layout at a time: the cards show the same highlight once the element is narrow.
    expect(root(el).querySelector('[part~="card"]'), 'no cards beside the table').to.equal(null);
    await setViewport({ width: 500, height: 800 });
    await waitUntil(() => root(el).querySelector('[part="card highlight"] h3'), 'cards layout');
    expect(root(el).querySelector('[part="card highlight"] h3')!.textContent).to.contain('High-intensity outpatient (often called partial hospitalization or day program)');
    await setViewport({ width: 1000, height: 800 });
    await waitUntil(() => root(el).querySelector('th[part="highlight"]'), 'table layout again');
    // A level that is not shown (or an emergency) clears the screener's highlight.
    screenerDone('inpatient');
    await el.updateComplete;
    expect(root(el).querySelector('th[part="highlight"]')!.textContent).to.contain('Featured');
    screenerDone('emergency');
    await el.updateComplete;
    expect(root(el).querySelector('th[part="highlight"]')!.textContent).to.contain('Intensive outpatient');
  });

  it('ignores the screener with no-link, and after it is removed', async () => {
    const el = await english(html`<iop-compare no-link></iop-compare>`);
    screenerDone('php');
    await el.updateComplete;
    expect(root(el).querySelector('[part~="highlight"]')).to.be.null;

    const other = await english(html`<iop-compare></iop-compare>`);
    const parent = other.parentNode!;
    other.remove();
    screenerDone('php');
    parent.appendChild(other);
    await other.updateComplete;
    expect(root(other).querySelector('[part~="highlight"]')).to.be.null;
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { LocScreener } from '../../src/components/loc-screener/loc-screener.js';
import { IopCompare } from '../../src/components/iop-compare/iop-compare.js';
import { ProgramChecklist } from '../../src/components/program-checklist/program-checklist.js';


// Properties set from script or a framework (React, Vue) are not always strings: booleans follow
// HTML's boolean attributes, numbers and lists become text, anything else is a settings problem.
// And whatever happens, crisis help stays on screen.

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const sr = (el: Element) => el.shadowRoot!;
const text = (el: Element) => sr(el).textContent!.replace(/\s+/g, ' ');
const has911 = (el: Element) => !!sr(el).querySelector('[part="crisis-bar"] a[href="tel:911"]');
const notice = (el: Element) => sr(el).querySelector('[part="notice"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

let errors: unknown[][] = [];
const consoleError = console.error;
beforeEach(() => {
  document.documentElement.lang = 'en';
  errors = [];
  console.error = (...args: unknown[]) => void errors.push(args);
});
afterEach(() => {
  console.error = consoleError;
  localStorage.clear();
});

describe('properties set from script', () => {
  it('includeAnswers = true adds the answers to loc-screener-complete; false leaves them out', async () => {
    for (const [value, included] of [
      [true, true],
      [false, false],
      ['', true],
      ['false', false],
      [null, false],
    ] as const) {
      const el = await fixture<LocScreener>(html`<loc-screener audience="adult" respondent="self" focus="mental-health"></loc-screener>`);
      el.includeAnswers = value;
      await el.updateComplete;
      expect(has911(el), `crisis bar with includeAnswers = ${JSON.stringify(value)}`).to.be.true;
      (sr(el).querySelector('section.start button') as HTMLButtonElement).click();
      await el.updateComplete;
      // Skip every question to the result.
      for (let i = 0; i < 20 && !sr(el).querySelector('[part="result"]'); i++) {
        const submit = sr(el).querySelector('form button[type="submit"]') as HTMLButtonElement | null;
        if (!submit) break;
        const completed = submit.textContent!.includes('See my result') ? oneEvent(el, 'loc-screener-complete') : null;
        submit.click();
        await el.updateComplete;
        if (completed) {
          const { detail } = await completed;
          expect('answers' in detail, `answers in the event with includeAnswers = ${JSON.stringify(value)}`).to.equal(included);
        }
      }
      expect(sr(el).querySelector('[part="result"]'), 'reached the result').to.exist;
    }
    expect(errors).to.deep.equal([]);
  });

  it('noLink = true stops following the screener; false follows it', async () => {
    const el = await fixture<IopCompare>(html`<iop-compare></iop-compare>`);
    el.noLink = true;
    await el.updateComplete;
    expect(has911(el)).to.be.true;
    document.dispatchEvent(new CustomEvent('loc-screener-complete', { detail: { level: 'php' }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(sr(el).querySelector('th.hl')).to.be.null;
    el.noLink = false;
    await el.updateComplete;
    document.dispatchEvent(new CustomEvent('loc-screener-complete', { detail: { level: 'php' }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(sr(el).querySelector('th.hl')?.textContent).to.include('High-intensity outpatient (often called partial hospitalization or day program)');
    expect(errors).to.deep.equal([]);
  });

  it('remember = true stores answers; false stores nothing', async () => {
    const el = await fixture<ProgramChecklist>(html`<program-checklist></program-checklist>`);
    el.remember = false;
    await el.updateComplete;
    (sr(el).querySelector('input[type="radio"][value="yes"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(localStorage.length, 'nothing stored with remember = false').to.equal(0);
    el.remember = true;
    await el.updateComplete;
    (sr(el).querySelector('input[type="radio"][value="no"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(localStorage.length, 'stored with remember = true').to.equal(1);
    expect(has911(el)).to.be.true;
    expect(errors).to.deep.equal([]);
  });

  it('numbers and lists become text; objects are settings problems; nothing throws', async () => {
    const compare = await fixture<IopCompare>(html`<iop-compare></iop-compare>`);
    (compare as unknown as { levels: unknown }).levels = ['iop', 'php'];
    await compare.updateComplete;
    expect([...sr(compare).querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Intensive outpatient (IOP)',
      'High-intensity outpatient (often called partial hospitalization or day program)',
    ]);
    (compare as unknown as { audience: unknown }).audience = { toString: () => 'adolescent' };
    await compare.updateComplete;
    expect(notice(compare)).to.include('audience').and.include('must be text');
    expect(has911(compare)).to.be.true;

    const screener = await fixture<LocScreener>(html`<loc-screener></loc-screener>`);
    (screener as unknown as { ctaPhone: unknown }).ctaPhone = 18005550100;
    (screener as unknown as { levelsOffered: unknown }).levelsOffered = 42;
    await screener.updateComplete;
    expect(notice(screener)).to.include('levels-offered').and.include('"42"');
    expect(notice(screener)).not.to.include('cta-phone');
    expect(has911(screener)).to.be.true;

    const checklist = await fixture<ProgramChecklist>(html`<program-checklist></program-checklist>`);
    (checklist as unknown as { storageKey: unknown }).storageKey = Symbol('x');
    (checklist as unknown as { mode: unknown }).mode = true;
    await checklist.updateComplete;
    expect(notice(checklist)).to.include('storage-key');
    expect(text(checklist)).to.include('Questions to ask a program');
    expect(has911(checklist)).to.be.true;
  });
});

describe('a widget whose update throws still shows crisis help', () => {
  for (const [name, Base, tag] of [
    ['loc-screener', LocScreener, 'broken-screener'],
    ['iop-compare', IopCompare, 'broken-compare'],
    ['program-checklist', ProgramChecklist, 'broken-checklist'],
  ] as const) {
    it(`${name}: a throwing render is logged and replaced by the crisis band and helplines`, async () => {
      if (!customElements.get(tag)) {
        customElements.define(
          tag,
          class extends (Base as unknown as typeof LocScreener) {
            broken = true;
            override render() {
              if ((this as unknown as { broken: boolean }).broken) throw new Error('broken on purpose');
              return super.render();
            }
          },
        );
      }
      const el = document.createElement(tag) as Widget & { broken: boolean };
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      wrap.append(el);
      await el.updateComplete;
      expect(has911(el), 'crisis band').to.be.true;
      expect(sr(el).querySelector('a[href="tel:+18006624357"]'), 'SAMHSA helpline').to.exist;
      expect(text(el)).to.include('Something went wrong with this tool. You can still get help now:');
      // One error per failed update: the checklist updates twice (its first render, then its items' opened parts).
      expect(errors.length, 'logged').to.equal(tag === 'broken-checklist' ? 2 : 1);
      for (const e of errors) expect(String(e[0])).to.include(`<${tag}> could not render`);
      // Once the bug is gone, the widget renders normally again.
      el.broken = false;
      (el as unknown as LocScreener).requestUpdate();
      await el.updateComplete;
      expect(text(el)).not.to.include('Something went wrong');
      expect(has911(el)).to.be.true;
    });
  }

  it('focus inside the widget moves to the announced message, not to the page', async () => {
    const el = document.createElement('broken-compare') as Widget & { broken: boolean };
    el.broken = false;
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.append(el);
    await el.updateComplete;
    (sr(el).querySelector('[part="crisis-bar"] a') as HTMLElement).focus();
    el.broken = true;
    (el as unknown as LocScreener).requestUpdate();
    await el.updateComplete;
    const alert = sr(el).querySelector('[role="alert"]');
    expect(alert, 'the message is an alert').to.exist;
    expect(sr(el).activeElement === alert, 'focus on the message').to.be.true;
  });

  it('the fallback is in the widget’s language', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const el = document.createElement('broken-screener') as Widget & { broken: boolean };
    wrap.append(el);
    await waitUntil(() => text(el).includes('Algo salió mal con esta herramienta.'), 'Spanish fallback', { timeout: 10000 });
    expect(text(el)).to.include('Llamar al 911');
  });
});

describe('settings a site builder moved or changed get a notice', () => {
  const SETTINGS = '{"version":1,"centerName":"Riverbend"}';
  const cases: [string, string, RegExp][] = [
    // No script left at all (WordPress removes it for Authors): another script cannot help, so attributes or the plugin.
    ['script tag removed, text left', `<loc-screener>${SETTINGS}</loc-screener>`, /settings were found but not read: this site removed their <script> tag\. Use attributes instead \(like center-name="…"\), or on WordPress the Level of Care Widgets plugin's block or shortcode\./],
    ['wrapped in a paragraph', `<loc-screener><p>${SETTINGS}</p></loc-screener>`, /settings were found but not read: this site removed their <script> tag.*plugin/],
    ['script nested in a div (one script is the fix)', `<loc-screener><div><script type="application/json">${SETTINGS}</script></div></loc-screener>`, /settings were found but not read: put them in one <script type="application\/json"> directly inside <loc-screener>/],
    ['script nested in a div', `<loc-screener><div><script type="application/json">${SETTINGS}</script></div></loc-screener>`, /settings were found but not read/],
    ['script of another type', `<iop-compare><script type="text/json">${SETTINGS}</script></iop-compare>`, /settings were found but not read: .* directly inside <iop-compare>/],
    ['two settings scripts', `<program-checklist><script type="application/json">{"version":1}</script><script type="application/json">{"version":1}</script></program-checklist>`, /only the first of 2 <script type="application\/json"> is read/],
    ['script right after the widget', `<iop-compare></iop-compare><script type="application/json">${SETTINGS}</script>`, /settings were found but not read/],
  ];
  for (const [name, markup, expected] of cases) {
    it(name, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      wrap.innerHTML = markup;
      const el = wrap.firstElementChild as Widget;
      await el.updateComplete;
      expect(notice(el)).to.match(expected);
      expect(has911(el)).to.be.true;
      expect(errors.some((args) => expected.test(String(args[0]))), 'console.error names it too').to.be.true;
      // Crisis help comes before the editor's notice.
      const bar = sr(el).querySelector('[part="crisis-bar"]')!;
      const box = sr(el).querySelector('[part="notice"]')!;
      expect(bar.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    });
  }
  it('settings in their place give no notice', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.innerHTML = `<loc-screener><script type="application/json">${SETTINGS}</script></loc-screener>`;
    const el = wrap.firstElementChild as Widget;
    await el.updateComplete;
    expect(notice(el)).to.equal('');
    expect(text(el)).to.include('Shared by Riverbend.');
  });
  it('lang="spanish" and lang="español" are read as Spanish', async () => {
    for (const lang of ['spanish', 'español']) {
      const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}><iop-compare></iop-compare></div>`);
      const el = wrap.querySelector('iop-compare')!;
      await waitUntil(() => text(el).includes('Horas por semana'), `Spanish for lang="${lang}"`, { timeout: 10000 });
    }
  });
  it('HTML in a center name is shown as typed, and the editor is told', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.innerHTML = `<iop-compare><script type="application/json">{"version":1,"centerName":"Smith &amp; Jones <em>Recovery</em>"}</script></iop-compare>`;
    const el = wrap.firstElementChild as Widget;
    await el.updateComplete;
    expect(notice(el)).to.include('HTML is not read');
    expect(sr(el).querySelector('em')).to.be.null;
  });
});

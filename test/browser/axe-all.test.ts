import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/define.js';

// axe with every rule it has: WCAG A/AA, best practice (landmark-unique, landmark-complementary-is-top-level,
// region, heading-order, …) and the experimental ones, on the whole document (page-level rules included),
// with all three widgets on one page, in English and Spanish, in every state a visitor can reach.
// (`expect(el).to.be.accessible()` of @open-wc/testing runs axe's default set on one element only: page-level
// rules such as landmark-unique and region never run there.)

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: unknown[]; html: string }[] }[];
}
const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult>; getRules(): { ruleId: string }[] } }).axe;
const ALL_RULES = axe.getRules().map((r) => r.ruleId);

const sr = (el: Element) => el.shadowRoot!;
const squash = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
const settle = (el: Element) => (el as Widget).updateComplete;
const click = async (host: Element, sel: string) => {
  const n = sr(host).querySelector(sel) as HTMLElement | null;
  expect(!!n, `${host.localName}: ${sel}`).to.be.true;
  n!.click();
  await settle(host);
  await settle(host);
};

/** Runs every axe rule on the whole document; returns "state: rule (n nodes) target" lines. */
async function audit(state: string): Promise<string[]> {
  const r = await axe.run(document, { runOnly: { type: 'rule', values: ALL_RULES }, resultTypes: ['violations'] });
  return r.violations.map((v) => `${state}: ${v.id} (${v.impact}, ${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => `${JSON.stringify(n.target)} ${n.html.slice(0, 120)}`).join(' | ')}`);
}

let runs = 0;
for (const lang of ['en', 'es'] as const) {
  describe(`axe, every rule, three widgets on one page (${lang})`, function () {
    this.timeout(120000);
    const found: string[] = [];
    const check = async (state: string) => {
      runs++;
      found.push(...(await audit(`${lang} ${state}`)));
    };
    let title = '';
    beforeEach(() => {
      found.length = 0;
    });
    before(() => {
      title = document.title;
      document.title = 'Level of care widgets';
      document.documentElement.lang = lang;
    });
    after(async () => {
      document.title = title;
      document.documentElement.lang = 'en';
      await setViewport({ width: 1000, height: 800 });
    });

    it('every state: screener start, danger note, crisis panel, questions, result; checklist closed, open, two programs, cleared with Undo, copy fallback; table wide and cards', async () => {
      await setViewport({ width: 1000, height: 800 });
      localStorage.clear();
      const page = await fixture<HTMLElement>(html`<main>
        <h1>${lang === 'en' ? 'Find care' : 'Encuentre atención'}</h1>
        <loc-screener audience="adult" respondent="self" focus="both" levels-offered="iop op" cta-phone="1-555-555-0100"></loc-screener>
        <iop-compare></iop-compare>
        <program-checklist remember storage-key="axe-all"></program-checklist>
      </main>`);
      const [screener, compare, checklist] = ['loc-screener', 'iop-compare', 'program-checklist'].map((t) => page.querySelector(t)!);
      const start = lang === 'en' ? 'Start' : 'Empezar';
      await waitUntil(() => squash(sr(screener).querySelector('section.start button')?.textContent) === start, 'the language loaded', { timeout: 10000 });
      await Promise.all([settle(compare), settle(checklist)]);
      // The widget roots carry their language, whatever the page says.
      for (const w of [screener, compare, checklist]) expect((sr(w).firstElementChild as HTMLElement).lang).to.equal(lang);
      await check('start screens');

      // Screener: the danger question with a red flag ticked (note in place), the crisis panel.
      await click(screener, 'section.start button');
      await check('screener first question');
      await click(screener, 'input[value="seizure"]');
      expect(sr(screener).querySelector('.flag')).to.exist;
      await check('screener red flag note');
      await click(screener, 'form button[type="submit"]');
      expect(sr(screener).querySelector('[part="crisis-panel"]')).to.exist;
      await check('screener crisis panel');
      // Back, untick, then every question of one path to the result.
      await click(screener, '.actions button.secondary');
      await click(screener, 'input[value="seizure"]');
      await click(screener, 'input[value="none"]');
      for (let i = 0; i < 20 && !sr(screener).querySelector('[part="result"]'); i++) {
        const first = sr(screener).querySelector('form.question input') as HTMLInputElement;
        const answer = [...sr(screener).querySelectorAll<HTMLInputElement>('form.question input')].find((x) => /^(no|none|weekly|alcohol|cravings|some-days|yes|yes-returned|safe-stable|ready)$/.test(x.value)) ?? first;
        if (!answer.checked) answer.click();
        await settle(screener);
        if (i === 1) await check('screener a radio question');
        await click(screener, 'form button[type="submit"]');
      }
      expect(sr(screener).querySelector('[part="result"]')).to.exist;
      (sr(screener).querySelector('.summary details') as HTMLDetailsElement).open = true;
      await check('screener result, summary open');

      // The table follows the screener's result; wide, then cards.
      await settle(compare);
      await check('table wide, linked to the result');
      await setViewport({ width: 600, height: 800 });
      // The layout follows the element's width (a ResizeObserver, then the next frame).
      await waitUntil(() => sr(compare).querySelector('.cards'), 'cards layout', { timeout: 5000 });
      await settle(compare);
      expect(getComputedStyle(sr(compare).querySelector('.cards')!).display).to.equal('block');
      await check('table cards, checklist on a narrow screen');
      await setViewport({ width: 1000, height: 800 });

      // Checklist: closed items; one opened and answered; a second program side by side; cleared with Undo.
      (sr(checklist).querySelector('ol.items details') as HTMLDetailsElement).open = true;
      await click(checklist, 'input[name="licensed"][value="unsure"]');
      await click(checklist, 'input[name="staff"][value="yes"]');
      await check('checklist one item open, answered');
      const buttons = () => [...sr(checklist).querySelectorAll<HTMLButtonElement>('button')];
      const add = lang === 'en' ? 'Add a program' : 'Agregar un programa';
      buttons().find((b) => squash(b.textContent) === add)!.click();
      await settle(checklist);
      await check('checklist two programs, nothing to compare yet');
      await click(checklist, 'input[name="staff"][value="no"]');
      expect(sr(checklist).querySelector('[part="compare"] table')).to.exist;
      await check('checklist two programs side by side');
      const clear = lang === 'en' ? 'Clear saved answers' : 'Borrar respuestas guardadas';
      buttons().find((b) => squash(b.textContent) === clear)!.click();
      await settle(checklist);
      expect(buttons().some((b) => /Undo|Deshacer/.test(b.textContent ?? ''))).to.be.true;
      await check('checklist cleared, Undo offered');
      const orig = navigator.clipboard.writeText;
      navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
      try {
        buttons().find((b) => /Copy as text|Copiar como texto/.test(b.textContent ?? ''))!.click();
        await waitUntil(() => sr(checklist).querySelector('textarea[readonly]'), 'copy fallback', { timeout: 3000 });
      } finally {
        navigator.clipboard.writeText = orig;
      }
      await check('checklist copy fallback');
      localStorage.clear();

      expect(found, found.join('\n')).to.deep.equal([]);
    });

    it('the showcase checklist and a second screener and table on the same page', async () => {
      const page = await fixture<HTMLElement>(html`<main>
        <h1>Riverbend</h1>
        <loc-screener></loc-screener>
        <loc-screener audience="adolescent" focus="substance"></loc-screener>
        <iop-compare audience="adolescent" highlight="iop"></iop-compare>
        <iop-compare levels="iop php residential inpatient"></iop-compare>
        <program-checklist mode="showcase"><script type="application/json">{"version":1,"meets":{"licensed":"Joint Commission accredited","staff":""}}</script></program-checklist>
      </main>`);
      const hosts = [...page.querySelectorAll('loc-screener, iop-compare, program-checklist')];
      const start = lang === 'en' ? 'Start' : 'Empezar';
      await waitUntil(() => squash(sr(hosts[0]).querySelector('section.start button')?.textContent) === start, 'the language loaded', { timeout: 10000 });
      await Promise.all(hosts.map(settle));
      await check('five widgets, showcase checklist');
      expect(found, found.join('\n')).to.deep.equal([]);
    });
  });
}

describe('axe runs', () => {
  it('ran in every state (both languages)', () => {
    expect(runs).to.be.at.least(26);
    expect(ALL_RULES.length).to.be.above(90);
  });
});

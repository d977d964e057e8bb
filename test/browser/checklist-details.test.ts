import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/program-checklist/define.js';
import { ProgramChecklist } from '../../src/components/program-checklist/program-checklist.js';
import { defaultWords } from '../../src/components/program-checklist/copy.js';
import { defaultDetails } from '../../src/components/program-checklist/details-copy.js';
import { DEFAULT_ITEM_IDS } from '../../src/core/checklist/items.js';

// Issue #12: "Why it matters" and "A good answer" show only inside an opened item, so they are a module of their own
// (details-copy.ts), loaded once per page right after the first checklist connects. Its own file: the module is loaded
// once per page, and the first test needs a page where it has not loaded yet.

/** The Spanish of the first item's "why" (locales/program-checklist/es.xlf). */
const SPANISH_WHY = 'Esto quiere decir que expertos de fuera revisan que el programa sea seguro y haga un buen trabajo.';
type DetailsModule = typeof import('../../src/components/program-checklist/details-copy.js');
const sr = (el: Element) => el.shadowRoot!;
/** The text of each item's opened part, one string per item. */
const opened = (el: Element) => [...sr(el).querySelectorAll('[part="item"] details')].map((d) => d.textContent!.replace(/\s+/g, ' '));

describe('the details of the checklist items', () => {
  it('a checklist works without them when they cannot load, and shows them once another checklist loads them', async () => {
    class Offline extends ProgramChecklist {
      protected static override detailsModule(): Promise<DetailsModule> {
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module (test)'));
      }
    }
    customElements.define('offline-checklist', Offline);
    const errors: unknown[][] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const first = await fixture<ProgramChecklist>(html`<offline-checklist></offline-checklist>`);
      await first.updateComplete;
      expect(errors.length, 'one error').to.equal(1);
      expect(String(errors[0][0])).to.contain('could not load the "Why it matters" text; the checklist works without it.');
      const items = opened(first);
      expect(items.length).to.equal(DEFAULT_ITEM_IDS.length);
      // Each opened item still has its question, its three answers and its note field.
      for (const text of items) expect(text).to.contain('Ask:').and.not.contain('Why it matters:').and.not.contain('A good answer:');
      expect(sr(first).querySelectorAll('input[type="radio"]').length).to.equal(3 * DEFAULT_ITEM_IDS.length);
      expect(sr(first).querySelectorAll('textarea').length).to.equal(DEFAULT_ITEM_IDS.length);

      // A checklist of the usual class connects: it loads them, and every checklist of the page shows them.
      const second = await fixture<ProgramChecklist>(html`<program-checklist></program-checklist>`);
      await second.updateComplete;
      await waitUntil(() => opened(first)[0].includes('Why it matters:'), 'the first checklist shows them too');
      for (const el of [first, second])
        for (const text of opened(el)) expect(text).to.contain('Why it matters:').and.contain('A good answer:');
      expect(opened(second)[0]).to.contain('This means outside experts check that the program is safe and does good work.');
      expect(errors.length, 'no other error').to.equal(1);
    } finally {
      console.error = log;
    }
  });

  it('every built-in item has its sign, question, why and good answer', () => {
    expect(Object.keys(defaultWords())).to.deep.equal([...DEFAULT_ITEM_IDS]);
    expect(Object.keys(defaultDetails())).to.deep.equal([...DEFAULT_ITEM_IDS]);
    for (const [why, good] of Object.values(defaultDetails())) expect(why.length > 10 && good.length > 10).to.equal(true);
  });

  it('a Spanish checklist shows them in Spanish', async () => {
    const el = await fixture<ProgramChecklist>(html`<program-checklist lang="es"></program-checklist>`);
    await waitUntil(() => !el.matches(':state(lang-pending)'), 'Spanish loaded', { timeout: 10000 });
    await el.updateComplete;
    for (const text of opened(el)) expect(text).to.contain('Por qué importa:').and.contain('Una buena respuesta:').and.not.contain('Why it matters');
    expect(opened(el)[0]).to.contain(SPANISH_WHY);
  });
});

describe('the opened part of each item', () => {
  /** A checklist whose idle time comes only when the test calls a callback from `Held.held`. */
  class Held extends ProgramChecklist {
    static held: (() => void)[] = [];
    protected static override whenIdle(fn: () => void): () => void {
      Held.held.push(fn);
      return () => {};
    }
  }
  customElements.define('held-checklist', Held);
  const radios = (el: Element) => sr(el).querySelectorAll('[part="item"] input[type="radio"]').length;
  const drawn = async (el: Element) => waitUntil(() => sr(el).querySelectorAll('[part="item"] summary').length === DEFAULT_ITEM_IDS.length, 'closed lines drawn');

  it('is drawn after the closed lines, when the page is idle (nothing moves: the items are closed)', async () => {
    const el = document.createElement('held-checklist') as Held;
    document.body.append(el);
    try {
      await drawn(el);
      expect(radios(el), 'no opened parts on the first render').to.equal(0);
      const height = el.getBoundingClientRect().height;
      Held.held.shift()!();
      await el.updateComplete;
      expect(radios(el)).to.equal(3 * DEFAULT_ITEM_IDS.length);
      expect(el.getBoundingClientRect().height, 'same height').to.equal(height);
    } finally {
      el.remove();
    }
  });

  it('is drawn at once when the visitor reaches the checklist (focus) or opens an item', async () => {
    const a = document.createElement('held-checklist') as Held;
    const b = document.createElement('held-checklist') as Held;
    document.body.append(a, b);
    try {
      await drawn(a);
      await drawn(b);
      sr(a).querySelector<HTMLElement>('summary')!.focus();
      await a.updateComplete;
      expect(radios(a), 'after focus').to.equal(3 * DEFAULT_ITEM_IDS.length);
      expect(radios(b), 'the other checklist still waits').to.equal(0);
      sr(b).querySelectorAll('details')[2].open = true;
      await waitUntil(() => radios(b) === 3 * DEFAULT_ITEM_IDS.length, 'drawn after opening an item');
      expect(sr(b).querySelectorAll('details')[2].textContent).to.contain('Ask:');
    } finally {
      a.remove();
      b.remove();
    }
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { registerCatalog } from '../../src/shared/localize.js';

// Its own file, so its page starts with no language loaded (module state is per page).
// A Spanish file that fails to load (the phone went offline) leaves its widgets in English, and the next widget that
// connects tries again: once the file loads, every Spanish widget of the page shows Spanish.

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

describe('a Spanish file that failed to load', () => {
  it('is tried again by the next widget, and then every Spanish widget shows Spanish', async () => {
    let calls = 0;
    let offline = true;
    // One more catalog of the page, which fails while "offline" (the widgets' own catalogs load as usual).
    registerCatalog(async () => {
      calls++;
      if (offline) throw new TypeError('Failed to fetch dynamically imported module (test)');
      return { templates: {} };
    });
    const errors: unknown[][] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const first = await fixture<Widget>(html`<loc-screener lang="es"></loc-screener>`);
      await waitUntil(() => errors.length > 0, 'the failure is logged', { timeout: 10000 });
      await first.updateComplete;
      expect(String(errors[0][0])).to.contain('could not load the "es" language; showing English.');
      expect(calls, 'one attempt').to.equal(1);
      // Failed: not hidden any more, and in English.
      expect(first.matches(':state(lang-pending)'), 'no longer pending').to.equal(false);
      const start = () => first.shadowRoot!.querySelector('section.start')!.textContent!;
      expect(start()).to.contain('What kind of care could help?');

      offline = false;
      const second = await fixture<Widget>(html`<program-checklist lang="es"></program-checklist>`);
      await waitUntil(() => calls === 2, 'a second attempt', { timeout: 10000 });
      await waitUntil(() => start().includes('atención'), 'the first widget re-rendered in Spanish', { timeout: 10000 });
      await second.updateComplete;
      expect(second.shadowRoot!.querySelector('h2')!.textContent).to.equal('Preguntas para hacerle a un programa');
      expect(errors.length, 'no other error').to.equal(1);
    } finally {
      console.error = log;
    }
  });
});

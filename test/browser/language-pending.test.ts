import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';

// Its own file, so its page starts with no language loaded (module state is per page).
// While a Spanish widget's text loads, only the crisis band shows; then everything shows, in Spanish,
// and nothing below the crisis band has moved on screen while it was visible (issue #12, layout shift).

const visible = (el: Element) => getComputedStyle(el).visibility === 'visible';

describe('a widget whose language is still loading', () => {
  it('shows the crisis band at once and the rest once the Spanish text is in', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<loc-screener lang="es"></loc-screener>`);
    const bar = el.shadowRoot!.querySelector('.crisis-bar')!;
    const start = el.shadowRoot!.querySelector('section.start')!;
    // First render: the catalog is a lazy file not yet here.
    const pendingFirst = el.matches(':state(lang-pending)');
    const barFirst = visible(bar);
    const startFirst = visible(start);
    expect(pendingFirst, 'pending on the first render').to.equal(true);
    expect(barFirst, 'crisis band visible at once').to.equal(true);
    expect(startFirst, 'start screen hidden while English').to.equal(false);
    expect(bar.textContent!.includes('911'), 'crisis band has 911 at once').to.equal(true);
    await waitUntil(() => !el.matches(':state(lang-pending)'), 'language settled', { timeout: 10000 });
    await el.updateComplete;
    const startNow = el.shadowRoot!.querySelector('section.start')!;
    expect(visible(startNow), 'start screen visible').to.equal(true);
    expect(startNow.textContent!.includes('atención'), 'start screen in Spanish').to.equal(true);
  });

  it('an English widget is never pending', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<program-checklist lang="en"></program-checklist>`);
    expect(el.matches(':state(lang-pending)')).to.equal(false);
    const items = el.shadowRoot!.querySelector('.crisis-bar ~ *')!;
    expect(visible(items)).to.equal(true);
  });
});

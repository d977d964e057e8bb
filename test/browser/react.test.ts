import { expect, waitUntil } from '@open-wc/testing';
import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { IopCompare, LocScreener, ProgramChecklist } from '../../src/react/index.js';
import type { ChecklistCounts, IopCompareSelectDetail, ScreenerStartDetail } from '../../src/react/index.js';

// The React wrappers of src/react: real React and react-dom render each widget, a real click in the
// shadow root fires the widget's event, and the typed event prop receives it.

const TAGS = ['loc-screener', 'iop-compare', 'program-checklist'];
const h = React.createElement;
const sr = (el: Element) => el.shadowRoot!;
const text = (el: Element) => (sr(el).textContent ?? '').replace(/\s+/g, ' ');

// Read before any test runs, so before `before()` below registers the widgets.
const registeredByImport = TAGS.filter((tag) => customElements.get(tag));

let container: HTMLDivElement;
let root: Root;

function render(node: React.ReactNode): void {
  root.render(node);
}

async function rendered<T extends HTMLElement>(tag: string, ready: (el: T) => boolean): Promise<T> {
  await waitUntil(() => {
    const el = container.querySelector<T>(tag);
    return !!el?.shadowRoot && ready(el);
  }, `<${tag}> did not render`);
  return container.querySelector<T>(tag)!;
}

describe('React wrappers (level-of-care-widgets/react)', () => {
  before(async () => {
    // What users do: register the widgets once, apart from the wrappers.
    await import('../../src/define.js');
  });

  it('importing the wrappers registers no element', () => {
    expect(registeredByImport).to.deep.equal([]);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.not.equal(undefined);
  });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('<LocScreener onStart> receives loc-screener-start after a click on Start; properties are set', async () => {
    const received: CustomEvent<ScreenerStartDetail>[] = [];
    render(h(LocScreener, { levelsOffered: 'php iop op', onStart: (e) => received.push(e) }));
    const el = await rendered<HTMLElement>('loc-screener', (e) => !!sr(e).querySelector('section.start button'));
    expect((el as unknown as { levelsOffered: string }).levelsOffered).to.equal('php iop op');
    sr(el).querySelector<HTMLButtonElement>('section.start button')!.click();
    await waitUntil(() => received.length === 1, 'onStart was not called');
    expect(received[0].type).to.equal('loc-screener-start');
    expect(received[0].detail.total).to.be.a('number').and.above(0);
  });

  it('<IopCompare onSelect> receives iop-compare-select with the level', async () => {
    const received: CustomEvent<IopCompareSelectDetail>[] = [];
    const json = '{"version":1,"cta":{"iop":{"href":"#iop","label":"Ask about our IOP"}}}';
    render(h(IopCompare, { onSelect: (e) => received.push(e) }, h('script', { type: 'application/json' }, json)));
    const el = await rendered<HTMLElement>('iop-compare', (e) => !!sr(e).querySelector('table a.cta'));
    sr(el).querySelector<HTMLAnchorElement>('table a.cta')!.click();
    await waitUntil(() => received.length === 1, 'onSelect was not called');
    expect(received[0].detail).to.deep.equal({ level: 'iop' });
  });

  it('<ProgramChecklist onChange> receives program-checklist-change with counts only', async () => {
    const received: CustomEvent<ChecklistCounts>[] = [];
    render(h(ProgramChecklist, { onChange: (e) => received.push(e) }));
    const el = await rendered<HTMLElement>('program-checklist', (e) => text(e).includes('Questions to ask a program'));
    // The items' opened parts (their answers) are drawn once the page is idle: updateComplete waits for them.
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    sr(el).querySelector<HTMLInputElement>('input[name="licensed"][value="yes"]')!.click();
    await waitUntil(() => received.length === 1, 'onChange was not called');
    expect(received[0].detail).to.include({ yes: 1, no: 0, unsure: 0, programs: 1 });
  });

  it('a removed handler is no longer called', async () => {
    const received: Event[] = [];
    render(h(LocScreener, { onStart: (e) => received.push(e) }));
    const el = await rendered<HTMLElement>('loc-screener', (e) => !!sr(e).querySelector('section.start button'));
    // Committed before the click, whatever the browser's timing (React 19 renders asynchronously).
    flushSync(() => render(h(LocScreener, {})));
    sr(el).querySelector<HTMLButtonElement>('section.start button')!.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(received).to.have.length(0);
  });
});

import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import { LocScreener } from '../../src/components/loc-screener/loc-screener.js';
import { IopCompare } from '../../src/components/iop-compare/iop-compare.js';
import { ProgramChecklist } from '../../src/components/program-checklist/program-checklist.js';
import { VERSION } from '../../src/shared/version.js';

/* Safe registration (src/shared/define.ts), as seen by a page: the same version loaded twice is
 * silent, another version warns once and throws nothing, and every class can take another tag.
 * Identity is asserted as a boolean (`a === b`) so a failure never serializes a DOM node graph. */

type Widget = typeof LocScreener | typeof IopCompare | typeof ProgramChecklist;
const widgets: [string, Widget][] = [
  ['loc-screener', LocScreener],
  ['iop-compare', IopCompare],
  ['program-checklist', ProgramChecklist],
];

/** Runs `fn` and returns what it logged with console.warn and console.error. */
async function logged(fn: () => unknown): Promise<{ warn: string[]; error: string[] }> {
  const out = { warn: [] as string[], error: [] as string[] };
  const { warn, error } = console;
  console.warn = (...a: unknown[]) => out.warn.push(a.map(String).join(' '));
  console.error = (...a: unknown[]) => out.error.push(a.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = warn;
    console.error = error;
  }
  return out;
}

async function rendersCrisisBar(tag: string): Promise<HTMLElement> {
  const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(`<${tag}></${tag}>`);
  await el.updateComplete;
  expect(el.shadowRoot?.querySelector('[part="crisis-bar"]'), `<${tag}> shows the crisis bar`).to.exist;
  return el;
}

describe('registration', () => {
  it('level-of-care-widgets/define (src/define.ts) registers all three default tags', async () => {
    for (const [tag, cls] of widgets) {
      expect(customElements.get(tag) === cls, `${tag} is registered`).to.be.true;
      const el = await rendersCrisisBar(tag);
      expect(el instanceof cls, `<${tag}> is a ${cls.name}`).to.be.true;
    }
  });

  it('importing the define files a second time is silent and keeps the classes', async () => {
    const log = await logged(async () => {
      for (const [tag] of widgets) {
        await import(/* @vite-ignore */ new URL(`../../src/components/${tag}/define.ts?again`, import.meta.url).href);
      }
      await import(/* @vite-ignore */ new URL('../../src/define.ts?again', import.meta.url).href);
    });
    expect(log).to.deep.equal({ warn: [], error: [] });
    for (const [tag, cls] of widgets) expect(customElements.get(tag) === cls, `${tag} unchanged`).to.be.true;
  });

  it('a second copy of the same version (another class object) is silent and keeps the first', async () => {
    const url = new URL('../../src/components/loc-screener/loc-screener.ts?second-copy', import.meta.url).href;
    const copy = (await import(/* @vite-ignore */ url)) as { LocScreener: typeof LocScreener };
    expect(copy.LocScreener === LocScreener, 'the copy is another class object').to.be.false;
    let got: CustomElementConstructor | undefined;
    const log = await logged(() => (got = copy.LocScreener.define('loc-screener')));
    expect(log).to.deep.equal({ warn: [], error: [] });
    expect(got === LocScreener, 'define returns the class already registered').to.be.true;
    expect(customElements.get('loc-screener') === LocScreener).to.be.true;
  });

  it('customElements.get(tag).define(tag) throws nothing, warns nothing and returns the registered class', async () => {
    for (const [tag, cls] of widgets) {
      const registered = customElements.get(tag) as unknown as Widget;
      let got: CustomElementConstructor | undefined;
      const log = await logged(() => (got = registered.define(tag)));
      expect(log).to.deep.equal({ warn: [], error: [] });
      expect(got === cls, `${tag}: the same class`).to.be.true;
    }
  });

  it('another version already under the tag: one console.warn, no throw, and the next attempt is silent', async () => {
    class OtherVersion extends HTMLElement {
      static version = '0.0.1-other';
    }
    customElements.define('loc-screener-other', OtherVersion);
    let got: CustomElementConstructor | undefined;
    const first = await logged(() => (got = LocScreener.define('loc-screener-other')));
    expect(first.error).to.deep.equal([]);
    expect(first.warn.length).to.equal(1);
    expect(first.warn[0]).to.contain('<loc-screener-other>').and.contain('0.0.1-other').and.contain(VERSION);
    expect(got === OtherVersion, 'the other version stays registered').to.be.true;

    const second = await logged(() => {
      LocScreener.define('loc-screener-other');
      IopCompare.define('loc-screener-other');
    });
    expect(second).to.deep.equal({ warn: [], error: [] });
    expect(customElements.get('loc-screener-other') === OtherVersion).to.be.true;
  });

  it('another version under the tag and several copies of this version loading: one console.warn per page, not per copy', async () => {
    customElements.define('copies-other', class extends HTMLElement {
      static version = '0.0.1-other';
    });
    const copies = await Promise.all(
      ['?copy-a', '?copy-b'].map((q) => import(/* @vite-ignore */ new URL(`../../src/shared/define.ts${q}`, import.meta.url).href) as Promise<typeof import('../../src/shared/define.js')>),
    );
    const log = await logged(() => {
      LocScreener.define('copies-other');
      for (const c of copies) c.safeDefine('copies-other', class extends HTMLElement {});
    });
    expect(log.error).to.deep.equal([]);
    expect(log.warn.length, log.warn.join(' | ')).to.equal(1);
  });

  it('a foreign class without a version under the tag: warns once naming "unknown", no throw', async () => {
    customElements.define('foreign-widget', class extends HTMLElement {});
    const first = await logged(() => ProgramChecklist.define('foreign-widget'));
    expect(first.warn.length).to.equal(1);
    expect(first.warn[0]).to.contain('<foreign-widget>').and.contain('unknown');
    const second = await logged(() => ProgramChecklist.define('foreign-widget'));
    expect(second.warn).to.deep.equal([]);
  });

  it('each class registers again under a new tag, and the renamed element renders', async () => {
    for (const [tag, cls] of widgets) {
      const renamed = `renamed-${tag}`;
      let ctor: CustomElementConstructor | undefined;
      const log = await logged(() => (ctor = cls.define(renamed)));
      expect(log).to.deep.equal({ warn: [], error: [] });
      expect(customElements.get(renamed) === ctor, `${renamed} registered`).to.be.true;
      expect(customElements.get(tag) === cls, `${tag} still ${cls.name}`).to.be.true;
      const el = await rendersCrisisBar(renamed);
      expect(el instanceof cls, `<${renamed}> is a ${cls.name}`).to.be.true;
      const again = await logged(() => expect(cls.define(renamed) === ctor, 'same class again').to.be.true);
      expect(again).to.deep.equal({ warn: [], error: [] });
    }
  });

  it('events are typed on elements and on document (HTMLElementEventMap, DocumentEventMap)', async () => {
    const el = document.createElement('loc-screener');
    const seen: string[] = [];
    // These listeners only type-check if the define modules declare the events.
    el.addEventListener('loc-screener-start', (e) => seen.push(`start ${e.detail.total.toFixed(0)}`));
    const onDoc = (e: DocumentEventMap['loc-screener-complete']) => seen.push(`complete ${e.detail.level}`);
    document.addEventListener('loc-screener-complete', onDoc);
    const onSelect = (e: HTMLElementEventMap['iop-compare-select']) => seen.push(`select ${e.detail.level}`);
    const onChange = (e: HTMLElementEventMap['program-checklist-change']) => seen.push(`change ${e.detail.total}`);
    document.body.append(el);
    try {
      el.dispatchEvent(new CustomEvent('loc-screener-start', { detail: { total: 3 } }));
      el.dispatchEvent(new CustomEvent('loc-screener-complete', { detail: { level: 'iop' }, bubbles: true, composed: true }));
      onSelect(new CustomEvent('iop-compare-select', { detail: { level: 'php' } }));
      onChange(new CustomEvent('program-checklist-change', { detail: { yes: 0, no: 0, unsure: 0, unanswered: 1, total: 1, programs: 1 } }));
    } finally {
      document.removeEventListener('loc-screener-complete', onDoc);
      el.remove();
    }
    expect(seen).to.deep.equal(['start 3', 'complete iop', 'select php', 'change 1']);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/loc-screener/define.js';
import '../../src/components/iop-compare/define.js';
import '../../src/components/program-checklist/define.js';
import type { LocScreener } from '../../src/components/loc-screener/loc-screener.js';
import { pageStorageKey, storageKeyFor } from '../../src/core/checklist/state.js';

/* Issue #14: hostile or careless settings, slow servers, saved answers and moved widgets. */

const sr = (el: Element) => el.shadowRoot!;
const noticeLines = (el: Element) => [...sr(el).querySelectorAll('[part="notice"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const realError = console.error;
let errors: string[] = [];
beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
});
afterEach(() => {
  console.error = realError;
});

/** A widget with its settings script, created from markup so the script is there when it connects. */
async function withJson<T extends HTMLElement>(tag: string, json: unknown, attrs = ''): Promise<T> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag);
  for (const [k, v] of [...attrs.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]])) el.setAttribute(k, v);
  const s = document.createElement('script');
  s.type = 'application/json';
  s.textContent = typeof json === 'string' ? json : JSON.stringify(json);
  el.append(s);
  host.append(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el as T;
}

describe('bounded notices', () => {
  const many = Array.from({ length: 100_000 }, (_, i) => `nope-${i}`);

  it('100 000 unknown hide and meets ids: one notice line and one console.error each, with the count and the first few', async () => {
    const el = await withJson('program-checklist', { version: 1, hide: many, meets: many });
    const lines = noticeLines(el);
    expect(lines.length).to.equal(2);
    expect(lines[0]).to.contain('json.hide: 100000 unknown ids "nope-0", "nope-1", "nope-2", "nope-3", "nope-4" and 99995 more ignored.');
    expect(lines[1]).to.contain('json.meets: 100000 unknown');
    expect(errors.length).to.equal(2);
    expect(sr(el).querySelector('[part="crisis-bar"]') !== null, 'crisis band').to.equal(true);
  });

  it('100 000 unknown levels and cells in <iop-compare>: one line each', async () => {
    const el = await withJson('iop-compare', { version: 1, cells: Object.fromEntries(many.map((k) => [k, {}])) }, `levels="${many.slice(0, 20000).join(' ')}"`);
    expect(noticeLines(el).map((l) => l.split(':')[0])).to.deep.equal(['levels', 'json.cells']);
    expect(errors.length).to.equal(2);
  });

  it('at most 20 problems, then a line with the count of the rest', async () => {
    const add = Array.from({ length: 20 }, (_, i) => ({ id: `Bad ${i}` }));
    const el = await withJson('program-checklist', { version: 1, add, meets: { licensed: 5, privacy: 6, cost: 7 }, a: 1 });
    const lines = noticeLines(el);
    expect(lines.length).to.equal(21);
    expect(lines[20]).to.match(/^settings: \d+ more problems? not listed/);
  });

  it('the screener parses its settings once, not again on every answer', async () => {
    const text = JSON.stringify({ version: 1, centerName: 'Riverbend Recovery', levels: Object.fromEntries(many.slice(0, 1000).map((k) => [k, {}])) });
    const el = await withJson<LocScreener>('loc-screener', text, 'audience="adult" respondent="self" focus="substance"');
    const realParse = JSON.parse;
    let parses = 0;
    JSON.parse = ((t: string, r?: never) => {
      if (t === text) parses++;
      return realParse(t, r);
    }) as typeof JSON.parse;
    try {
      sr(el).querySelector<HTMLButtonElement>('section.start button')!.click();
      await el.updateComplete;
      for (let i = 0; i < 5; i++) {
        sr(el).querySelector<HTMLInputElement>('fieldset input[value="none"], fieldset input[value="no"]')?.click();
        await el.updateComplete;
        sr(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
        await el.updateComplete;
      }
    } finally {
      JSON.parse = realParse;
    }
    expect(parses).to.equal(0);
    expect(noticeLines(el).length).to.equal(1);
  });
});

describe('config-src limits', () => {
  const realFetch = window.fetch;
  type Ctor = { configSrcTimeout: number };
  const ctor = () => customElements.get('loc-screener') as unknown as Ctor;
  let timeout = 0;
  beforeEach(() => {
    timeout = ctor().configSrcTimeout;
  });
  afterEach(() => {
    window.fetch = realFetch;
    ctor().configSrcTimeout = timeout;
  });

  /** Answer fetch with `respond`, honouring the abort signal like a real request. */
  function fakeFetch(respond: () => Promise<Response> | Response) {
    const calls: { signal: AbortSignal }[] = [];
    window.fetch = ((_url: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ signal: init!.signal! });
      return new Promise<Response>((resolve, reject) => {
        init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        Promise.resolve(respond()).then(resolve, reject);
      });
    }) as typeof fetch;
    return calls;
  }
  const json = (body: BodyInit | null, type = 'application/json', headers: Record<string, string> = {}) =>
    new Response(body, { status: 200, headers: { 'content-type': type, ...headers } });
  const srcNotice = async (el: LocScreener) => {
    for (let i = 0; i < 100 && !noticeLines(el).some((l) => l.startsWith('config-src')); i++) await new Promise((r) => setTimeout(r, 20));
    return noticeLines(el).find((l) => l.startsWith('config-src')) ?? '';
  };

  it('an endless answer is read as a stream and dropped past 64 KB, with a notice', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new TextEncoder().encode(' '.repeat(16384));
    fakeFetch(() =>
      json(
        new ReadableStream({
          pull(c) {
            pulled++;
            c.enqueue(chunk);
          },
          cancel() {
            cancelled = true;
          },
        }),
      ),
    );
    const el = await fixture<LocScreener>(html`<loc-screener config-src="/fake/settings.json"></loc-screener>`);
    expect(await srcNotice(el)).to.contain('too big for a settings file (over 64 KB)');
    expect(pulled).to.be.below(10);
    expect(cancelled).to.equal(true);
  });

  it('a Content-Length over 64 KB is refused before reading', async () => {
    let pulled = 0;
    fakeFetch(() => json(new ReadableStream({ pull: () => void pulled++ }, { highWaterMark: 0 }), 'application/json', { 'content-length': '600000000' }));
    const el = await fixture<LocScreener>(html`<loc-screener config-src="/fake/settings.json"></loc-screener>`);
    expect(await srcNotice(el)).to.contain('too big');
    expect(pulled).to.equal(0);
  });

  it('an answer that never ends, or never starts, times out with a notice', async () => {
    ctor().configSrcTimeout = 200;
    for (const respond of [() => json(new ReadableStream({ pull: () => new Promise(() => {}) })), () => new Promise<Response>(() => {})]) {
      const calls = fakeFetch(respond);
      const el = await fixture<LocScreener>(html`<loc-screener config-src="/fake/settings.json"></loc-screener>`);
      expect(await srcNotice(el)).to.contain('took longer than 0.2 seconds');
      expect(calls[0].signal.aborted).to.equal(true);
      expect(sr(el).querySelector('section.start button') !== null).to.equal(true);
    }
  });

  it('only application/json or a +json type is used', async () => {
    for (const [type, used] of [
      ['text/html', false],
      ['text/plain', false],
      ['', false],
      ['application/jsonp', false],
      ['application/json; charset=utf-8', true],
      ['application/ld+json', true],
    ] as const) {
      fakeFetch(() => json(JSON.stringify({ version: 1, centerName: 'Typed Center' }), type));
      const el = await fixture<LocScreener>(html`<loc-screener config-src="/fake/settings.json"></loc-screener>`);
      if (used) {
        for (let i = 0; i < 100 && !sr(el).textContent!.includes('Typed Center'); i++) await new Promise((r) => setTimeout(r, 20));
        expect(sr(el).textContent!.includes('Shared by Typed Center.'), type).to.equal(true);
      } else expect(await srcNotice(el), type).to.contain('not as JSON');
    }
  });

  it('a config that arrives after the visitor started keeps their path and answers, with a notice; it applies at the next start', async () => {
    let arrive!: () => void;
    fakeFetch(() => new Promise<Response>((r) => (arrive = () => r(json(JSON.stringify({ version: 1, centerName: 'Late Center', audience: 'adolescent', respondent: 'other' }))))));
    const el = await fixture<LocScreener>(html`<loc-screener config-src="/fake/settings.json"></loc-screener>`);
    const q = () => sr(el).querySelector<HTMLInputElement>('fieldset input')?.name;
    const pick = async (v: string) => {
      sr(el).querySelector<HTMLInputElement>(`fieldset input[value="${v}"]`)!.click();
      await el.updateComplete;
      sr(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      await el.updateComplete;
    };
    sr(el).querySelector<HTMLButtonElement>('section.start button')!.click();
    await el.updateComplete;
    await pick('none');
    expect(q()).to.equal('who');
    await pick('self-adult');
    const before = q();
    arrive();
    const notice = await srcNotice(el);
    expect(notice).to.contain('arrived after the visitor had started');
    expect(q()).to.equal(before);
    expect(el.currentResult!.audience).to.equal('adult');
    expect(el.currentResult!.respondent).to.equal('self');
    el.reset();
    await el.updateComplete;
    expect(sr(el).textContent!.includes('Shared by Late Center.')).to.equal(true);
    expect(noticeLines(el).some((l) => l.includes('arrived after'))).to.equal(false);
    sr(el).querySelector<HTMLButtonElement>('section.start button')!.click();
    await el.updateComplete;
    await pick('none');
    expect(q(), 'who is fixed by the new settings').to.not.equal('who');
    expect(el.currentResult!.audience).to.equal('adolescent');
  });
});

describe('invisible characters and links', () => {
  it('a bidi override in a label is removed and flagged: the button reads what it dials', async () => {
    const el = await withJson<LocScreener>(
      'loc-screener',
      { version: 1, centerName: 'River\u200bbend', cta: { phone: '\u202e988', label: 'Crisis line \u202e889' } },
      'audience="adult" respondent="self" focus="substance"',
    );
    const lines = noticeLines(el);
    expect(lines.filter((l) => l.includes('invisible characters')).map((l) => l.split(':')[0]).sort()).to.deep.equal(['json.centerName', 'json.cta.label', 'json.cta.phone']);
    expect(sr(el).textContent!.includes('Shared by Riverbend.')).to.equal(true);
    el.reset();
    await el.updateComplete;
    // Shadow text and notice carry no bidi or zero-width character at all.
    expect(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/.test(sr(el).textContent!)).to.equal(false);
  });

  it('http:, a bad port and a fullwidth host get a notice and no link', async () => {
    for (const href of ['http://example.org/contact', 'https://example.org:99999/', 'https://ｅｘａｍｐｌｅ.org/']) {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.innerHTML = `<loc-screener cta-href="${href}"></loc-screener>`;
      const el = host.firstElementChild as LocScreener;
      await el.updateComplete;
      expect(noticeLines(el).some((l) => l.startsWith('cta-href') && l.includes('not a safe link')), href).to.equal(true);
    }
  });
});

describe('moving a widget to another document', () => {
  it('keeps its styles in an iframe (adoptNode) and back again', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Another document"></iframe>`);
    const doc = frame.contentDocument!;
    for (const tag of ['loc-screener', 'iop-compare', 'program-checklist']) {
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      document.body.append(el);
      await el.updateComplete;
      // `:host { display: block }` comes from the widget's styles; an unstyled custom element is inline.
      const styled = () => el.ownerDocument.defaultView!.getComputedStyle(el).display === 'block';
      expect(styled(), `${tag} styled at first`).to.equal(true);
      doc.body.append(doc.adoptNode(el));
      await el.updateComplete;
      expect(styled(), `${tag} styled in the iframe`).to.equal(true);
      document.body.append(document.adoptNode(el));
      await el.updateComplete;
      expect(styled(), `${tag} styled back in the page`).to.equal(true);
      el.remove();
    }
  });
});

describe('remember and leaving the page', () => {
  type Checklist = HTMLElement & { updateComplete: Promise<unknown>; remember: unknown };
  const key = (i: number) => pageStorageKey(location.pathname, i);
  const radio = (el: Element, id: string, v: string) => sr(el).querySelector<HTMLInputElement>(`input[name="${id}"][value="${v}"]`)!;
  const answers = (k: string) => JSON.parse(localStorage.getItem(k) ?? '{"programs":[{"answers":{}}]}').programs[0].answers;
  let last: HTMLElement | undefined;
  /** A fresh page load: the checklists of the previous one are gone. */
  async function checklists(markup: string): Promise<Checklist[]> {
    last?.remove();
    const host = (last = await fixture<HTMLDivElement>(html`<div></div>`));
    host.innerHTML = markup;
    const els = [...host.querySelectorAll('program-checklist')] as Checklist[];
    for (const el of els) await el.updateComplete;
    return els;
  }
  async function click(el: Checklist, id: string, v: string) {
    radio(el, id, v).click();
    await el.updateComplete;
  }
  afterEach(() => localStorage.clear());

  it('two checklists on one page keep their own answers by default, and come back after a reload', async () => {
    const [a, b] = await checklists('<program-checklist remember></program-checklist><program-checklist remember></program-checklist>');
    await click(a, 'licensed', 'yes');
    await click(b, 'costs', 'no');
    expect(answers(key(0))).to.deep.equal({ licensed: 'yes' });
    expect(answers(key(1))).to.deep.equal({ costs: 'no' });
    expect(localStorage.getItem(storageKeyFor('default'))).to.equal(null);
    const [a2, b2] = await checklists('<program-checklist remember></program-checklist><program-checklist remember></program-checklist>');
    expect(radio(a2, 'licensed', 'yes').checked && !radio(a2, 'costs', 'no').checked).to.equal(true);
    expect(radio(b2, 'costs', 'no').checked && !radio(b2, 'licensed', 'yes').checked).to.equal(true);
  });

  it('two checklists sharing a storage-key, and another tab, lose nothing', async () => {
    const [a, b] = await checklists('<program-checklist remember storage-key="north"></program-checklist><program-checklist remember storage-key="north"></program-checklist>');
    await click(a, 'licensed', 'yes');
    await click(b, 'costs', 'no');
    expect(answers(storageKeyFor('north'))).to.deep.equal({ licensed: 'yes', costs: 'no' });
    await a.updateComplete;
    expect(radio(a, 'costs', 'no').checked, 'the first follows the second').to.equal(true);
    // Another tab saves: this one follows, then adds its own answer on top.
    const other = JSON.parse(localStorage.getItem(storageKeyFor('north'))!);
    other.programs[0].answers.crisis = 'yes';
    const text = JSON.stringify(other);
    localStorage.setItem(storageKeyFor('north'), text);
    window.dispatchEvent(new StorageEvent('storage', { key: storageKeyFor('north'), newValue: text }));
    await a.updateComplete;
    await click(a, 'privacy', 'unsure');
    expect(answers(storageKeyFor('north'))).to.deep.equal({ licensed: 'yes', costs: 'no', crisis: 'yes', privacy: 'unsure' });
  });

  it('saved answers expire after 30 days by default, or after remember-days', async () => {
    const day = 86_400_000;
    const saved = (daysAgo: number) => JSON.stringify({ v: 1, t: Date.now() - daysAgo * day, active: 0, programs: [{ name: '', answers: { licensed: 'yes' }, notes: {} }] });
    localStorage.setItem(key(0), saved(31));
    let [el] = await checklists('<program-checklist remember></program-checklist>');
    expect(radio(el, 'licensed', 'yes').checked).to.equal(false);
    expect(localStorage.getItem(key(0))).to.equal(null);
    localStorage.setItem(key(0), saved(29));
    [el] = await checklists('<program-checklist remember></program-checklist>');
    expect(radio(el, 'licensed', 'yes').checked).to.equal(true);
    localStorage.setItem(key(0), saved(31));
    [el] = await checklists('<program-checklist remember remember-days="60"></program-checklist>');
    expect(radio(el, 'licensed', 'yes').checked).to.equal(true);
    localStorage.setItem(key(0), saved(2));
    [el] = await checklists('<program-checklist remember remember-days="1"></program-checklist>');
    expect(radio(el, 'licensed', 'yes').checked).to.equal(false);
  });

  it('removing remember removes the saved answers, live or on the next page load', async () => {
    let [el] = await checklists('<program-checklist remember></program-checklist>');
    await click(el, 'licensed', 'yes');
    expect(localStorage.getItem(key(0))).to.not.equal(null);
    el.removeAttribute('remember');
    await el.updateComplete;
    expect(localStorage.getItem(key(0))).to.equal(null);
    [el] = await checklists('<program-checklist remember></program-checklist>');
    await click(el, 'licensed', 'yes');
    await checklists('<program-checklist></program-checklist>');
    expect(localStorage.getItem(key(0))).to.equal(null);
  });

  it('Clear works even when storage is blocked', async () => {
    const [el] = await checklists('<program-checklist remember></program-checklist>');
    await click(el, 'licensed', 'yes');
    const remove = Storage.prototype.removeItem;
    Storage.prototype.removeItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      [...sr(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Clear saved answers')!.click();
      await el.updateComplete;
    } finally {
      Storage.prototype.removeItem = remove;
    }
    expect(radio(el, 'licensed', 'yes').checked).to.equal(false);
  });

  it('leaving the page (pagehide, back/forward cache) forgets screener answers and unremembered checklist answers', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = '<loc-screener audience="adult" respondent="self" focus="substance"></loc-screener><program-checklist></program-checklist><program-checklist remember></program-checklist>';
    const s = host.querySelector('loc-screener') as LocScreener;
    const [c, kept] = [...host.querySelectorAll('program-checklist')] as Checklist[];
    await s.updateComplete;
    await c.updateComplete;
    await kept.updateComplete;
    sr(s).querySelector<HTMLButtonElement>('section.start button')!.click();
    await s.updateComplete;
    sr(s).querySelector<HTMLInputElement>('input[value="none"]')!.click();
    await s.updateComplete;
    await click(c, 'licensed', 'yes');
    await click(kept, 'licensed', 'yes');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await s.updateComplete;
    await c.updateComplete;
    expect(sr(s).querySelector('section.start') !== null, 'screener back at the start').to.equal(true);
    expect(s.currentResult!.answered).to.equal(0);
    expect(radio(c, 'licensed', 'yes').checked).to.equal(false);
    expect(radio(kept, 'licensed', 'yes').checked, 'remembered answers stay').to.equal(true);
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/loc-screener/define.js';
import '../../src/components/iop-compare/define.js';
import '../../src/components/program-checklist/define.js';
import type { LocScreener } from '../../src/components/loc-screener/loc-screener.js';
import type { IopCompare } from '../../src/components/iop-compare/iop-compare.js';


const DIR = '/test/fixtures/config-src';
const text = (el: Element | null | undefined) => (el && 'shadowRoot' in el && el.shadowRoot ? el.shadowRoot : el)!.textContent!.replace(/\s+/g, ' ');
const notice = (el: Element) => el.shadowRoot!.querySelector('[part="notice"]');
const noticeFields = (el: Element) => [...(notice(el)?.querySelectorAll('code') ?? [])].map((c) => c.textContent);

const realFetch = window.fetch;
const realError = console.error;
let fetches: { url: string; init?: RequestInit; done: Promise<unknown> }[] = [];
let errors: string[] = [];

beforeEach(() => {
  document.documentElement.lang = 'en';
  fetches = [];
  errors = [];
  // Spy on the real fetch, so tests can wait for a request and check how it was made.
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const p = realFetch(input, init);
    fetches.push({ url: String(input), init, done: p.then((r) => r.clone().text()).catch(() => undefined) });
    return p;
  };
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  };
});

afterEach(() => {
  window.fetch = realFetch;
  console.error = realError;
});

/** Wait until every request started so far has finished and the element re-rendered. */
async function settled(el: LocScreener | IopCompare | HTMLElement & { updateComplete: Promise<boolean> }) {
  await waitUntil(() => fetches.length > 0, 'a request started');
  await Promise.all(fetches.map((f) => f.done));
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

describe('config-src', () => {
  it('loads a same-origin JSON file into <loc-screener>, with cookies only for this site and no visitor data', async () => {
    const el = await fixture<LocScreener>(html`<loc-screener config-src="${DIR}/screener.json"></loc-screener>`);
    await waitUntil(() => text(el).includes('Shared by Config Src Center.'), 'settings from the file');
    expect(fetches).to.have.length(1);
    const { url, init } = fetches[0];
    expect(new URL(url).origin).to.equal(location.origin);
    expect(new URL(url).pathname).to.equal(`${DIR}/screener.json`);
    expect(new URL(url).search, 'no query string').to.equal('');
    expect(init?.credentials).to.equal('same-origin');
    expect(init?.mode).to.equal('same-origin');
    expect(init?.method ?? 'GET').to.equal('GET');
    expect(init?.body).to.equal(undefined);
    expect(init?.signal).to.be.instanceOf(AbortSignal);
    expect(notice(el)).to.equal(null);
    expect(errors).to.deep.equal([]);
    // The file's settings apply like a child script's: attributes still win.
    el.setAttribute('cta-phone', '1-555-555-0123');
    await el.updateComplete;
    expect(el.currentResult).to.exist;
  });

  it('works the same in <iop-compare> and <program-checklist>, and a relative address resolves against the page', async () => {
    const cmp = await fixture<IopCompare>(html`<iop-compare config-src="..${DIR}/compare.json"></iop-compare>`);
    await waitUntil(() => text(cmp).includes('Tue and Thu, 6 to 9 pm, from the file'), 'compare settings from the file');
    expect(notice(cmp)).to.equal(null);

    const list = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<program-checklist config-src="${DIR}/checklist.json"></program-checklist>`,
    );
    await waitUntil(() => text(list).includes('A free van ride from the file'), 'checklist settings from the file');
    expect(list.shadowRoot!.querySelectorAll('fieldset[part="item"]')).to.have.length(15);
    expect(notice(list)).to.equal(null);
    expect(errors).to.deep.equal([]);
  });

  for (const bad of ['https://example.com/settings.json', '//example.com/settings.json', 'data:application/json,{"version":1}', 'javascript:alert(1)', 'http://[bad']) {
    it(`refuses ${bad} with a notice naming config-src, sends nothing, and still works`, async () => {
      const el = await fixture<IopCompare>(html`<iop-compare config-src=${bad}></iop-compare>`);
      await el.updateComplete;
      expect(fetches, 'no request').to.have.length(0);
      expect(noticeFields(el)).to.deep.equal(['config-src']);
      expect(text(notice(el))).to.contain('is not on this site');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('setting "config-src"');
      expect(el.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(4);
    });
  }

  it('a missing file (HTTP 404) gives the notice and the screener still works', async () => {
    const el = await fixture<LocScreener>(html`<loc-screener config-src="${DIR}/missing.json"></loc-screener>`);
    await settled(el);
    await waitUntil(() => !!notice(el), 'notice');
    expect(noticeFields(el)).to.deep.equal(['config-src']);
    expect(text(notice(el))).to.contain('HTTP 404');
    expect(errors.filter((e) => e.includes('config-src'))).to.have.length(1);
    const startButton = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start')!;
    startButton.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="question"]'), 'first question').to.exist;
    expect(notice(el), 'notice stays').to.exist;
  });

  it('invalid JSON and a JSON list give the notice and defaults', async () => {
    const el = await fixture<IopCompare>(html`<iop-compare config-src="${DIR}/broken.json"></iop-compare>`);
    await settled(el);
    await waitUntil(() => !!notice(el), 'notice');
    expect(noticeFields(el)).to.deep.equal(['config-src']);
    expect(text(notice(el))).to.contain('is not valid JSON');
    expect(el.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(4);

    fetches = [];
    el.setAttribute('config-src', `${DIR}/list.json`);
    await settled(el);
    await waitUntil(() => text(notice(el)).includes('must be a JSON object'), 'list notice');
    expect(noticeFields(el)).to.deep.equal(['config-src']);
  });

  it('changing the attribute aborts the old request and uses only the new file; removing it goes back to defaults', async () => {
    // A fetch that waits until the test answers it.
    const pending: { url: string; signal: AbortSignal; answer: (body: string) => void }[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const signal = init!.signal!;
        pending.push({ url: String(input), signal, answer: (body) => resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })) });
        signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      });
    const el = await fixture<IopCompare>(html`<iop-compare config-src="/old.json"></iop-compare>`);
    expect(pending).to.have.length(1);
    el.setAttribute('config-src', '/new.json');
    expect(pending).to.have.length(2);
    expect(pending[0].signal.aborted, 'old request aborted').to.be.true;
    expect(pending[1].signal.aborted).to.be.false;
    // A late answer to the old request is ignored.
    pending[0].answer('{"version":1,"cells":{"iop":{"schedule":"OLD FILE"}}}');
    pending[1].answer('{"version":1,"cells":{"iop":{"schedule":"NEW FILE"}}}');
    await waitUntil(() => text(el).includes('NEW FILE'), 'new settings');
    expect(text(el)).to.not.contain('OLD FILE');
    expect(notice(el)).to.equal(null);

    el.removeAttribute('config-src');
    await el.updateComplete;
    expect(text(el)).to.not.contain('NEW FILE');
    expect(pending).to.have.length(2);
  });

  it('removing the element aborts its request; adding it back starts over', async () => {
    const signals: AbortSignal[] = [];
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        signals.push(init!.signal!);
        init!.signal!.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      });
    const el = await fixture<IopCompare>(html`<iop-compare config-src="/slow.json"></iop-compare>`);
    const parent = el.parentElement!;
    expect(signals).to.have.length(1);
    el.remove();
    expect(signals[0].aborted).to.be.true;
    parent.append(el);
    expect(signals).to.have.length(2);
    expect(signals[1].aborted).to.be.false;
    el.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(errors, 'an abort is not an error').to.deep.equal([]);
  });

  it('a child JSON script wins over config-src, and a notice says so', async () => {
    const el = await fixture<IopCompare>(html`<iop-compare config-src="${DIR}/compare.json">
      <script type="application/json">
        { "version": 1, "cells": { "iop": { "schedule": "From the child script" } } }
      </script>
    </iop-compare>`);
    await settled(el);
    await el.updateComplete;
    expect(text(el)).to.contain('From the child script');
    expect(text(el)).to.not.contain('from the file');
    expect(noticeFields(el)).to.deep.equal(['config-src']);
    expect(text(notice(el))).to.contain('settings in a <script type="application/json"> inside it');
    expect(errors).to.have.length(1);

    // Without the child script, the file is used and the notice goes away.
    el.querySelector('script')!.remove();
    await waitUntil(() => text(el).includes('from the file'), 'file settings once the script is gone');
    expect(notice(el)).to.equal(null);
  });

  it('the notice lists config-src problems before the widget’s own', async () => {
    const el = await fixture<LocScreener>(html`<loc-screener audience="kids" config-src="${DIR}/missing.json"></loc-screener>`);
    await settled(el);
    await waitUntil(() => noticeFields(el).length === 2, 'both issues');
    expect(noticeFields(el)).to.deep.equal(['config-src', 'audience']);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/loc-screener/define.js';
import '../../src/components/iop-compare/define.js';
import '../../src/components/program-checklist/define.js';
import type { LocScreener } from '../../src/components/loc-screener/loc-screener.js';

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

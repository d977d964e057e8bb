// Check 4: keyboard alone. The screener from Start to its result, a red flag ticked with Space (no
// takeover: a note is announced, Next opens the crisis panel whose focused heading says what to do),
// every checklist item, and the table's call to action.
import type { Page } from '@playwright/test';
import { PATH, expect, measured, openDemo, screenOf, test, waitScreen, walkScreener } from './fixtures';

/** The focused element (through open shadow roots), as page-helpers.js describes it. */
interface Active {
  host: string | null;
  tag: string;
  type: string | null;
  value: string | null;
  checked: boolean | null;
  text: string;
  inResult: boolean;
  inQuestion: boolean;
  dataFocus: boolean;
  cls: string;
}
const active = (page: Page): Promise<Active> => page.evaluate(() => window.__e2e.active());

/** Presses key until the focused element matches pred (at most max presses). */
async function tabTo(page: Page, pred: (a: Active) => boolean, what: string, { key = 'Tab', max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const a = await active(page);
    if (a && pred(a)) return { a, presses: i + 1 };
  }
  throw new Error(`${key} ×${max} never reached ${what}; focus is on ${JSON.stringify(await active(page))}`);
}

test('4 keyboard: screener from Start to the result heading with Tab, Shift+Tab, arrows, Space and Enter', async ({ page }) => {
  await openDemo(page, '/demo/index.html');
  const kb = page.keyboard;
  const screener = page.locator('loc-screener').first();
  let keys = 0;
  const start = await tabTo(page, (a) => a.host === 'loc-screener' && a.tag === 'button', 'the Start button');
  keys += start.presses;
  expect(start.a.text, 'the first screener button').toMatch(/start/i);
  await kb.press('Enter');
  keys++;
  let a = await active(page);
  expect(a.host === 'loc-screener' && a.tag === 'h2' && a.inQuestion, `after Start focus is on ${JSON.stringify(a)}, not the question heading`).toBe(true);
  let questions = 0;
  let shiftChecked = false;
  for (let i = 0; i < 20; i++) {
    const s = await screenOf(screener);
    if (!s.startsWith('question:')) break;
    questions++;
    const id = s.slice(9);
    const want = PATH[id];
    const info = await screener.evaluate((h) => {
      const inputs = [...h.shadowRoot!.querySelectorAll<HTMLInputElement>('form.question input')];
      return { type: inputs[0].type, values: inputs.map((i) => i.value) };
    });
    const idx = Math.max(0, info.values.indexOf(want));
    if (info.type === 'radio') {
      const r = await tabTo(page, (x) => x.tag === 'input' && x.type === 'radio', 'the first option');
      keys += r.presses;
      if (idx === 0) await kb.press('Space');
      for (let k = 0; k < idx; k++) await kb.press('ArrowDown');
      keys += Math.max(1, idx);
    } else {
      const r = await tabTo(page, (x) => x.tag === 'input' && x.value === info.values[idx], `option ${info.values[idx]}`);
      keys += r.presses + 1;
      await kb.press('Space');
    }
    a = await active(page);
    expect(a.value === info.values[idx] && a.checked, `${id}: ${info.values[idx]} is not focused and checked: ${JSON.stringify(a)}`).toBe(true);
    const sub = await tabTo(page, (x) => x.tag === 'button' && x.type === 'submit', 'Next');
    keys += sub.presses;
    if (!shiftChecked) {
      await kb.press('Shift+Tab');
      a = await active(page);
      expect(a.tag === 'button' && a.type === 'button' && /back/i.test(a.text), `Shift+Tab from Next went to ${JSON.stringify(a)}, not Back`).toBe(true);
      await kb.press('Tab');
      keys += 2;
      shiftChecked = true;
    }
    await kb.press('Enter');
    keys++;
    await waitScreen(screener, (x) => x !== s, `the screen after ${s}`);
    a = await active(page);
    expect(a.host === 'loc-screener' && a.tag === 'h2' && a.dataFocus, `after ${id} focus is on ${JSON.stringify(a)}, not the next heading`).toBe(true);
  }
  expect(await screenOf(screener), 'the screen at the end').toBe('result');
  a = await active(page);
  expect(a.tag === 'h2' && a.inResult, `focus is on ${JSON.stringify(a)}, not the result heading`).toBe(true);
  measured(`${questions} questions, ${keys} key presses, focus on the result heading "${a.text}"`);
});

test('4 keyboard: a red flag ticked with Space keeps the question and announces a note; Next opens the crisis panel, whose focused heading says what to do', async ({ page }) => {
  await openDemo(page, '/demo/index.html');
  const kb = page.keyboard;
  const screener = page.locator('loc-screener').first();
  // To the result by clicks (the previous test does it by keyboard); the widget then focuses the result heading.
  await walkScreener(screener);
  // The full text of the focused element (through shadow roots), and the screener's live region.
  const focusedText = () =>
    page.evaluate(() => {
      let x = document.activeElement;
      while (x?.shadowRoot?.activeElement) x = x.shadowRoot.activeElement;
      return { tag: x?.localName, text: (x?.textContent ?? '').replace(/\s+/g, ' ').trim() };
    });
  const status = () => screener.evaluate((h) => (h.shadowRoot!.querySelector('form.question [role="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim());
  // From the result: Start again, then Start, with the keyboard.
  await tabTo(page, (x) => x.host === 'loc-screener' && x.tag === 'button' && /start again/i.test(x.text), 'Start again');
  await kb.press('Enter');
  await waitScreen(screener, (x) => x === 'start', 'start');
  await tabTo(page, (x) => x.host === 'loc-screener' && x.tag === 'button' && /^start$/i.test(x.text), 'Start');
  await kb.press('Enter');
  await waitScreen(screener, (x) => x === 'question:danger-now', 'the danger question');
  expect(await status(), 'the live region before any answer').toBe('');
  await tabTo(page, (x) => x.host === 'loc-screener' && x.value === 'seizure', 'the "A seizure" checkbox', { max: 15 });
  await kb.press('Space');
  let a = await active(page);
  expect(a.value === 'seizure' && a.checked, `"A seizure" is not focused and ticked: ${JSON.stringify(a)}`).toBe(true);
  expect(await screenOf(screener), 'ticking a sign keeps the question').toBe('question:danger-now');
  const note = await status();
  expect(note, 'the live region').toBe('This answer means you may need help now. Get help now');
  // A second sign can be ticked before going on.
  await kb.press('Tab');
  await kb.press('Space');
  a = await active(page);
  expect(a.value === 'chest-pain' && a.checked && (await screenOf(screener)) === 'question:danger-now', `second sign: ${JSON.stringify(a)}`).toBe(true);
  await tabTo(page, (x) => x.tag === 'button' && x.type === 'submit', 'Next');
  await kb.press('Enter');
  await waitScreen(screener, (x) => x === 'crisis', 'the crisis panel');
  const f = await focusedText();
  const want = 'Get help now This needs emergency care. Call 911 now or go to the nearest emergency room.';
  expect(f, 'what the crisis panel announces (the focused heading)').toEqual({ tag: 'h2', text: want });
  measured(`note in the live region "${note}"; two signs ticked; Next → focus on the heading "${f.text}"`);
});

test('4 keyboard: every checklist item answered with Tab, Space and arrows', async ({ page }) => {
  await openDemo(page, '/demo/index.html');
  const kb = page.keyboard;
  const checklist = page.locator('program-checklist').first();
  const n = await checklist.locator('ol.items > li > fieldset').count();
  let keys = 0;
  for (let i = 0; i < n; i++) {
    // Each item is one line: Tab to its summary, Enter opens it, Tab to its answers.
    const s = await tabTo(page, (x) => x.host === 'program-checklist' && x.tag === 'summary' && x.text.startsWith(`${i + 1}. `), `item ${i + 1}'s summary`, { max: 120 });
    await kb.press('Enter');
    const r = await tabTo(page, (x) => x.host === 'program-checklist' && x.tag === 'input' && x.type === 'radio', `item ${i + 1}`, { max: 10 });
    keys += s.presses + 1 + r.presses;
    const k = i % 3;
    if (k === 0) await kb.press('Space');
    for (let j = 0; j < k; j++) await kb.press('ArrowRight');
    keys += Math.max(1, k);
    const a = await active(page);
    expect(a.checked && a.value === ['yes', 'no', 'unsure'][k], `item ${i + 1}: ${JSON.stringify(a)}`).toBe(true);
  }
  const answered = await checklist.evaluate((h) => [...h.shadowRoot!.querySelectorAll('ol.items fieldset')].filter((f) => f.querySelector('input:checked')).length);
  const status = await checklist.locator('[part~="summary"] p[role=status]').first().innerText();
  expect(answered, 'items answered').toBe(n);
  measured(`${n}/${n} items answered in ${keys} key presses; status "${status}"`);
});

test("4 keyboard: the table's call to action is reachable and follows with Enter (iop-compare.html)", async ({ page }) => {
  await openDemo(page, '/demo/iop-compare.html');
  await page.evaluate(() => document.addEventListener('iop-compare-select', (e) => (window.__selected = (e as CustomEvent).detail.level)));
  const a = await tabTo(page, (x) => x.host === 'iop-compare' && /\bcta\b/.test(x.cls), 'the call to action').catch((e) => {
    throw new Error(`no call to action reached: ${e.message}`);
  });
  const ring = await page.evaluate(() => window.__e2e.focusRing());
  expect(ring.focusVisible && ring.outlineStyle !== 'none', `no focus ring: ${JSON.stringify(ring)}`).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#contact' && window.__selected);
  const sel = await page.evaluate(() => window.__selected);
  measured(`"${a.a.text}" reached after ${a.presses} Tabs, Enter → #contact, iop-compare-select {level: ${sel}}`);
});

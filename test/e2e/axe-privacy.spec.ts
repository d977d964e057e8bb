// Checks 8 (axe with every rule, in every state), 1 (privacy) and 7 (touch targets) on the desktop demo
// pages, in English and Spanish. The privacy step runs after the screener, checklist and table have been
// used on the same page, so it sees every request they made. Findings are soft failures: every step runs.
import { LANGUAGES, STORAGE_PREFIX, axe, expect, expectTargets, measured, newTouch, openDemo, targets, test, toCrisis, useChecklist, walkScreener } from './fixtures';

for (const L of LANGUAGES) {
  test(`8 axe ${L.lang}: screener start, every question of one path, result, crisis panel (${L.page})`, async ({ page }) => {
    await openDemo(page, L.page);
    const touch = newTouch();
    const screener = page.locator('loc-screener').first();
    const findings: string[] = [];
    const visit = async (state: string) => {
      findings.push(...(await axe(page, `${L.lang} screener ${state}`)));
      await targets(page, touch, `${L.lang} screener ${state}`);
    };
    const states = await walkScreener(screener, visit);
    await toCrisis(screener, visit);
    expect.soft(findings, `${findings.length} axe violation(s)`).toEqual([]);
    measured(`${states.length + 1} states (${states.filter((s) => s.startsWith('question')).length} questions), ${findings.length} violations`);
    await expectTargets(touch);
  });

  test(`${L.lang}: axe on the checklist with answers, 2 programs side by side, the table wide and as cards; then privacy after the screener, checklist and table (${L.page})`, async ({ page, rec, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await openDemo(page, L.page);
    const touch = newTouch();
    const screener = page.locator('loc-screener').first();
    const checklist = page.locator('program-checklist').first();
    const compare = page.locator('iop-compare').first();
    const findings: string[] = [];
    const visit = (what: string) => async (state: string) => {
      findings.push(...(await axe(page, `${L.lang} ${what} ${state}`)));
      await targets(page, touch, `${L.lang} ${what} ${state}`);
    };
    // A finished screener, so the table follows its result.
    await walkScreener(screener);
    await test.step(`8 axe ${L.lang}: checklist with answers, 2 programs side by side; table wide`, async () => {
      const n = await useChecklist(checklist, { programs: 1 });
      await visit('checklist')('visitor, answered');
      await useChecklist(checklist, { programs: 2 });
      await expect(checklist.locator('[part~="compare"] table'), 'a comparison table with 2 programs').toBeVisible();
      await visit('checklist')('2 programs compared');
      // The table: click a cell, hover the headers, scroll it into view.
      await compare.locator('table tbody td').nth(3).click();
      await compare.locator('thead th').last().hover();
      await expect(compare.locator('table'), 'the wide table is shown at 1280 px').toBeVisible();
      await visit('table')('wide');
      await page.setViewportSize({ width: 320, height: 800 });
      await compare.locator('.cards').waitFor({ state: 'visible' });
      await visit('table')('cards (320 px)');
      await visit('checklist')('320 px');
      await page.setViewportSize({ width: 1280, height: 800 });
      expect.soft(findings, `${findings.length} axe violation(s)`).toEqual([]);
      measured(`${n} items answered ×2 programs, 5 states, ${findings.length} violations`);
    });
    // 1. Privacy, after the screener, the checklist and the table have been used on this page.
    await test.step(`1 privacy ${L.lang}: requests, cookies, storage, IndexedDB after the screener, checklist and table`, async () => {
      await page.waitForTimeout(300);
      const off = rec.requests.filter((u) => new URL(u).origin !== origin);
      const paths = [...new Set(rec.requests.filter((u) => new URL(u).origin === origin).map((u) => new URL(u).pathname))];
      const outside = paths.filter((p) => !/^\/(dist|demo)\//.test(p));
      const cookies = await context.cookies();
      const store = await page.evaluate(async () => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        idb: (await indexedDB.databases()).map((d) => d.name),
      }));
      expect.soft(off, 'requests to another origin').toEqual([]);
      expect.soft(outside, 'requests outside /dist/ and /demo/').toEqual([]);
      expect.soft(cookies.map((c) => c.name), 'cookies').toEqual([]);
      expect.soft(store.local, 'localStorage keys').toEqual([]);
      expect.soft(store.session, 'sessionStorage keys').toEqual([]);
      expect.soft(store.idb, 'IndexedDB databases').toEqual([]);
      expect.soft(rec.errors, 'page errors').toEqual([]);
      measured(`${rec.requests.length} requests, all to ${origin} under /dist/ or /demo/ (${paths.length} files: ${paths.join(' ')}); 0 other origins, 0 cookies, storage 0, IndexedDB 0`);
    });
    await expectTargets(touch);
  });

  // The remember page: only the documented versioned key. Also the showcase checklist for axe and targets.
  test(`${L.lang}: <program-checklist remember> stores only ${STORAGE_PREFIX}${L.rememberKey}; axe on it and the showcase (${L.remember})`, async ({ page, rec, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await openDemo(page, L.remember);
    const touch = newTouch();
    const host = page.locator('program-checklist:not([mode])').first();
    const n = await useChecklist(host, { programs: 2 });
    const findings = [...(await axe(page, `${L.lang} checklist remember, 2 programs`))];
    await targets(page, touch, `${L.lang} checklist remember, 2 programs`);
    findings.push(...(await axe(page, `${L.lang} checklist showcase`)));
    await test.step(`1 privacy ${L.lang}: <program-checklist remember> stores only ${STORAGE_PREFIX}${L.rememberKey}`, async () => {
      const store = await page.evaluate(async () => ({
        local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)!])),
        session: Object.keys(sessionStorage),
        idb: (await indexedDB.databases()).map((d) => d.name),
      }));
      const keys = Object.keys(store.local);
      const cookies = await context.cookies();
      const off = rec.requests.filter((u) => new URL(u).origin !== origin || !/^\/(dist|demo)\//.test(new URL(u).pathname));
      expect.soft(keys, 'localStorage keys').toEqual([STORAGE_PREFIX + L.rememberKey]);
      expect.soft({ session: store.session, idb: store.idb, cookies: cookies.length }, 'sessionStorage, IndexedDB, cookies').toEqual({ session: [], idb: [], cookies: 0 });
      expect.soft(off, 'requests off the server or outside /dist/ and /demo/').toEqual([]);
      const saved = keys.length ? JSON.parse(store.local[keys[0]]) : null;
      measured(`1 key (${keys.length ? store.local[keys[0]].length : 0} chars, ${saved?.programs?.length ?? '?'} programs, ${n} items), sessionStorage 0, IndexedDB 0, cookies 0, ${rec.requests.length} requests all local`);
    });
    await test.step('8 axe: checklist showcase and the remember checklist', () => {
      expect.soft(findings, `${findings.length} axe violation(s)`).toEqual([]);
    });
    await expectTargets(touch);
  });
}

// The showcase of pasted widgets.
test('8 axe: cms-paste.html (three pasted widgets, config-src)', async ({ page }) => {
  await openDemo(page, '/demo/cms-paste.html');
  await page.waitForFunction(() => document.querySelectorAll('loc-screener')[1]?.shadowRoot?.textContent?.includes('Riverbend'));
  const findings = await axe(page, 'cms-paste');
  const touch = newTouch();
  await targets(page, touch, 'cms-paste');
  expect.soft(findings, `${findings.length} axe violation(s)`).toEqual([]);
  await expectTargets(touch);
});

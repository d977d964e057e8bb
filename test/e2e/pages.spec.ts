// Checks 3 (two copies of the script), 9 (twenty screeners share no state) and 10 (English and Spanish
// widgets on one page each show their own language).
import { axe, expect, measured, openDemo, test, waitScreen, walkScreener } from './fixtures';

test('3 two copies: all three widgets render, 0 page errors, 0 console errors (two-copies.html)', async ({ page, rec }) => {
  await openDemo(page, '/demo/two-copies.html');
  await page.waitForFunction(() => document.getElementById('defined')?.dataset.ready);
  const ready = await page.locator('#defined').getAttribute('data-ready');
  const r: { tag: string; crisis: boolean; defined: boolean }[] = await page.evaluate(() => window.__e2e.rendered());
  const tags = new Set(r.filter((x) => x.crisis && x.defined).map((x) => x.tag));
  await walkScreener(page.locator('loc-screener').first());
  await page.waitForTimeout(200);
  expect.soft({ ready, tags: [...tags].sort() }, `widgets defined and rendered: ${JSON.stringify(r)}`).toEqual({ ready: '3', tags: ['iop-compare', 'loc-screener', 'program-checklist'] });
  expect.soft(rec.errors, 'page errors').toEqual([]);
  expect.soft(rec.consoleErrors, 'console errors').toEqual([]);
  measured(`${r.length} widgets (${[...tags].join(', ')}) rendered, screener completed`);
});

test('9 twenty screeners share no state (many.html)', async ({ page, rec }) => {
  await openDemo(page, '/demo/many.html');
  const hosts = page.locator('loc-screener');
  expect(await hosts.count(), 'screeners on the page').toBe(20);
  const snapshot = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('loc-screener')].map((h) => {
        const r = h.shadowRoot!;
        const q = r.querySelector<HTMLInputElement>('form.question input');
        const screen = r.querySelector('section.result') ? 'result' : r.querySelector('section.crisis') ? 'crisis' : q ? `q:${q.name}` : 'start';
        return `${screen}|${[...r.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value).join(',')}`;
      }),
    );
  // Screener 5: answer its whole path. Every other one must stay on its start screen.
  await walkScreener(hosts.nth(4));
  let s = await snapshot();
  const moved = s.map((x, i) => [i, x] as const).filter(([i, x]) => i !== 4 && x !== 'start|');
  expect(s[4], 'screener 5').toMatch(/^result/);
  expect(moved.map(([i, x]) => `#${i + 1} ${x}`), 'other screeners changed').toEqual([]);
  // Screener 12: start it and answer one question differently; 5 keeps its result, 12 starts blank.
  const h12 = hosts.nth(11);
  await h12.locator('section.start button').click();
  await waitScreen(h12, (x) => x.startsWith('question:'), 'a question');
  const blank = await h12.evaluate((h) => h.shadowRoot!.querySelectorAll('input:checked').length);
  await h12.locator('form.question input[value="none"]').click();
  s = await snapshot();
  const levels = await page.evaluate(() => [...document.querySelectorAll('loc-screener')].map((h) => (h as HTMLElement & { currentResult?: { level: string } }).currentResult?.level));
  expect(blank, 'answers already checked when screener 12 opened').toBe(0);
  expect(s[4].startsWith('result') && s[11] === 'q:danger-now|none', `#5 ${s[4]}, #12 ${s[11]}`).toBe(true);
  expect(s.filter((x, i) => i !== 4 && i !== 11 && x !== 'start|'), 'others changed').toEqual([]);
  expect(levels[4] !== levels[0] || levels[4] === 'none', `screener 1 has screener 5's result (${levels[0]})`).toBe(true);
  expect(rec.errors, 'page errors').toEqual([]);
  measured(`20 screeners; #5 finished (${levels[4]}), #12 on question 1 with its own answer, 18 others untouched on start (result "${levels[0]}")`);
});

test('10 English and Spanish widgets on one page each show their own language (bilingual.html)', async ({ page, rec }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await openDemo(page, '/demo/bilingual.html');
  const [en, es] = [page.locator('loc-screener').nth(0), page.locator('loc-screener').nth(1)];
  await es.locator('section.start button', { hasText: 'Empezar' }).waitFor({ timeout: 10_000 });
  const heads = () => Promise.all([en, es].map((h) => h.locator('h2').first().textContent()));
  expect(await heads(), 'start headings').toEqual(['What kind of care could help?', '¿Qué tipo de atención podría ayudar?']);
  await en.locator('section.start button').click();
  await es.locator('section.start button').click();
  await page.waitForTimeout(100);
  expect(await Promise.all([en, es].map((h) => h.locator('legend .q').textContent())), 'first questions').toEqual(['Is any of this happening right now?', '¿Está pasando algo de esto ahora mismo?']);
  const captions = await page.locator('iop-compare').evaluateAll((hs) => hs.map((h) => (h.shadowRoot!.querySelector('table th[scope="row"]') ?? h.shadowRoot!.querySelector('.card dt'))!.textContent!.trim()));
  expect(captions.slice(0, 2), 'first row names (table or cards)').toEqual(['Hours a week', 'Horas por semana']);
  expect.soft(await axe(page, 'bilingual page, both screeners on their first question'), 'axe violations').toEqual([]);
  expect.soft([...rec.errors, ...rec.consoleErrors], 'errors').toEqual([]);
  expect.soft(warnings, 'console warnings').toEqual([]);
  measured('2 screeners and 2 tables: English beside Spanish through the first question');
});

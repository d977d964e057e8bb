// Check 6: in forced colors (Windows High Contrast), every control keeps a size and a visible text or
// border color in each state, the program shown in the checklist is marked, and focus rings are visible.
import { expect, measured, openDemo, test, toCrisis, useChecklist, walkScreener } from './fixtures';

test('6 forced colors: every control visible (size, text and border color) in each state; focus ring visible', async ({ page }) => {
  await openDemo(page, '/demo/index.html');
  await page.emulateMedia({ forcedColors: 'active' });
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced-colors emulation is active').toBe(true);
  const screener = page.locator('loc-screener').first();
  const bad: string[] = [];
  let count = 0;
  let states = 0;
  const colors = new Set<string>();
  const probe = async (state: string) => {
    const f = await page.evaluate(() => window.__e2e.forcedColors());
    states++;
    count += f.count;
    f.colors.forEach((c: string) => colors.add(c));
    for (const b of f.bad) bad.push(`${state}: ${b}`);
  };
  await walkScreener(screener, probe);
  await toCrisis(screener, probe);
  await useChecklist(page.locator('program-checklist').first(), { programs: 2 });
  await page.locator('program-checklist').first().locator('details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await probe('checklist and table');
  // The program shown: a thick Highlight border (a SelectedItem fill would hide its name under the backplate).
  const tabs = await page.locator('program-checklist').first().evaluate((h) =>
    [...h.shadowRoot!.querySelectorAll('[part="program-tabs"] button')].map((b) => `${b.getAttribute('aria-pressed')}:${getComputedStyle(b).borderTopWidth}`),
  );
  if (!tabs.includes('true:4px') || tabs.some((t) => t.startsWith('false:4px'))) bad.push(`program shown not marked in forced colors: ${tabs.join(', ')}`);
  // Focus rings: focus a control by script, then Tab to the next one (keyboard focus → :focus-visible).
  const rings: string[] = [];
  for (const [tag, sel] of [
    ['loc-screener', '.crisis-bar a'],
    ['iop-compare', '.crisis-bar a'],
    ['program-checklist', '.crisis-bar a'],
    ['program-checklist', 'ol.items input[type=radio]'],
  ]) {
    await page.locator(tag).first().evaluate((h) => h.shadowRoot!.querySelectorAll('ol.items details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.locator(tag).first().locator(sel).first().focus();
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => window.__e2e.focusRing());
    const visible = ring && ring.focusVisible && ring.outlineStyle !== 'none' && parseFloat(ring.outlineWidth) >= 1 && !/transparent|^rgba\([^)]*,\s*0(\.0*)?\)$/.test(ring.outlineColor);
    rings.push(`${tag} ${ring?.tag} "${ring?.text}": ${ring?.outlineStyle} ${ring?.outlineWidth} ${ring?.outlineColor}`);
    if (!visible) bad.push(`focus ring not visible on ${tag} ${JSON.stringify(ring)}`);
  }
  expect(bad, `${bad.length} problem(s)`).toEqual([]);
  measured(`focus rings: ${rings.join('; ')}`);
  measured(`${count} controls in ${states} states visible; colors used: ${[...colors].join(', ')}; 4 focus rings visible`);
});

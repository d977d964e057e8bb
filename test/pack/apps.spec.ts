// The packed package in Chromium (run by scripts/pack-test.mjs; see fixtures.ts): the Vite and esbuild
// apps built from the tarball, and the published CDN files on a plain static server.
import { TAGS, built, englishTexts, expect, measured, needsPackDir, rendered, spanish, test, texts } from './fixtures';

needsPackDir();

for (const [app, path] of [
  ['vite', '/vite/'],
  ['esbuild', '/esbuild/'],
] as const) {
  test(`${app} app in Chromium: all three elements registered and rendered (crisis bar), core works, the app's own @lit/localize works, no errors`, async ({ page, seen }) => {
    test.skip(!built(app), `the ${app} app did not build (see the test:pack lines above)`);
    await page.goto(path);
    await rendered(page, TAGS);
    const level = await page.evaluate(() => (window as unknown as { __coreLevel: string }).__coreLevel);
    expect(typeof level === 'string' && level, `evaluateScreener gave ${level}`).toBeTruthy();
    if (app === 'vite') {
      const tags = await page.evaluate(() => (window as unknown as { __manifestTags: string }).__manifestTags);
      expect(tags, 'the tags custom-elements.json (imported from the package) lists').toBe('iop-compare loc-screener program-checklist');
    }
    const host = await page.evaluate(() => (window as unknown as { __hostMsg: Promise<string> }).__hostMsg);
    expect(host, "the app's own @lit/localize").toBe('Bonjour');
    expect(seen.problems, 'errors').toEqual([]);
    measured(`evaluateScreener → ${level}; the app's own @lit/localize (configured ${app === 'vite' ? 'before' : 'after'} the widgets) → ${host}`);
  });

  test(`${app} app in Chromium: a lang="es" page shows all three in Spanish`, async ({ page, seen }) => {
    test.skip(!built(app), `the ${app} app did not build (see the test:pack lines above)`);
    const english = await englishTexts(page);
    seen.problems.length = 0;
    await page.goto(`${path}es.html`);
    await rendered(page, TAGS);
    await spanish(page, english);
    expect(seen.problems, 'errors').toEqual([]);
  });
}

test('CDN level-of-care-widgets.js (module): three elements in English, no Spanish chunk loaded', async ({ page, seen }) => {
  await page.goto('/pages/module.html');
  await rendered(page, TAGS);
  for (const w of await texts(page)) expect(w.bar, `<${w.tag}>: the English crisis bar`).toContain('Call 988');
  expect(seen.scripts.filter((s) => /^es\.[\w-]+\.js$/.test(s)), 'Spanish chunks loaded').toEqual([]);
  expect(seen.problems, 'errors').toEqual([]);
  measured(`scripts: ${seen.scripts.join(', ')}`);
});

test('CDN level-of-care-widgets.js (module) on a lang="es" page: all three in Spanish from lazy chunks', async ({ page, seen }) => {
  const english = await englishTexts(page);
  seen.problems.length = 0;
  seen.scripts.length = 0;
  await page.goto('/pages/module-es.html');
  await rendered(page, TAGS);
  await spanish(page, english);
  // The entry, the per-widget entries it imports and their shared chunks, the screener's questions (flow, loaded when the
  // page is idle), the settings reader and the checklist's item details (loaded after its first render), then the
  // Spanish chunks (chunks/es.*.js).
  const chunks = seen.scripts.filter((s) => /^es\.[\w-]+\.js$/.test(s));
  const graph = seen.scripts.filter((s) => !chunks.includes(s));
  const expected = /^(level-of-care-widgets|loc-screener|iop-compare|program-checklist)\.js$|^(shared|levels|settings|flow|details-copy)\.[\w-]+\.js$/;
  expect(chunks.length >= 1 && graph.every((s) => expected.test(s)), `only the module graph and Spanish chunks expected: ${seen.scripts}`).toBe(true);
  expect(seen.problems, 'errors').toEqual([]);
  measured(`${chunks.length} Spanish chunks`);
});

test('CDN level-of-care-widgets.classic.js with a plain <script src> in <head>: three elements, one file', async ({ page, seen }) => {
  const english = await englishTexts(page);
  seen.problems.length = 0;
  seen.scripts.length = 0;
  await page.goto('/pages/classic.html');
  await rendered(page, TAGS);
  for (const w of await texts(page)) expect(w.bar.includes('Call 988') && w.rest === english[w.tag], `<${w.tag}>: not the English page`).toBe(true);
  expect(seen.scripts, 'scripts requested').toEqual(['level-of-care-widgets.classic.js']);
  expect(seen.problems, 'errors').toEqual([]);
});

test('CDN level-of-care-widgets.classic.js on a lang="es" page: all three in Spanish, inlined, no chunk requested', async ({ page, seen }) => {
  const english = await englishTexts(page);
  seen.problems.length = 0;
  seen.scripts.length = 0;
  await page.goto('/pages/classic-es.html');
  await rendered(page, TAGS);
  const ws = await spanish(page, english);
  expect(seen.scripts, 'scripts requested').toEqual(['level-of-care-widgets.classic.js']);
  expect(seen.problems, 'errors').toEqual([]);
  measured(`${ws[0].bar.slice(0, 32)}…`);
});

test('CDN level-of-care-widgets.classic.js on a windows-1252 page with no charset sent: Spanish and the Poison Help number read right', async ({ page, seen }) => {
  await page.goto('/legacy/classic-1252.html');
  await rendered(page, TAGS);
  const bar = await page.evaluate(() => document.querySelector('loc-screener')!.shadowRoot!.querySelector('[part="crisis-bar"]')!.textContent!.replace(/\s+/g, ' ').trim());
  const charset = await page.evaluate(() => document.characterSet);
  expect(charset, 'the page is read as').toBe('windows-1252');
  expect(bar, 'crisis bar').toContain('¿Hay peligro ahora? Llame al 911.');
  expect(bar, 'garbled text').not.toMatch(/Ã|Â/);
  expect(seen.problems, 'errors').toEqual([]);
  measured(`${charset}: ${bar.slice(0, 40)}…`);
});

test('CDN autoloader.js: loads only the widgets on the page, then ones added later', async ({ page, seen }) => {
  await page.goto('/pages/autoloader.html');
  await rendered(page, ['iop-compare']);
  const others = await page.evaluate(() => ['loc-screener', 'program-checklist'].filter((t) => customElements.get(t)));
  expect(others, 'registered though not on the page').toEqual([]);
  expect(seen.scripts.filter((s) => /^(loc-screener|program-checklist)\.js$/.test(s)), 'loaded too much').toEqual([]);
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.innerHTML = '<program-checklist></program-checklist>';
    document.body.append(div);
  });
  await rendered(page, ['iop-compare', 'program-checklist']);
  await page.evaluate(() => document.body.append(document.createElement('loc-screener')));
  await rendered(page, TAGS);
  const widgetFiles = seen.scripts.filter((s) => /^(loc-screener|iop-compare|program-checklist)\.js$/.test(s));
  expect(widgetFiles.length, `each widget file once: ${seen.scripts}`).toBe(3);
  expect(seen.problems, 'errors').toEqual([]);
  measured(`loaded in order: ${widgetFiles.join(', ')}`);
});

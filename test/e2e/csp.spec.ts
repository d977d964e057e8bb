// Check 2: the strict Content-Security-Policy with Trusted Types (`require-trusted-types-for 'script';
// trusted-types lit-html`, sent by scripts/serve.mjs on *strict-csp*.html) for every way to load the widgets.
// No 'allow-duplicates': a second copy of Lit cannot create its policy and its widgets never appear
// (issue #12). These pages get no test helpers: nothing but the page's own scripts runs in them.
import { test as base } from '@playwright/test';
import { CSP, expect, measured, useChecklist, walkScreener } from './fixtures';

/** The page records CSP violations (window.__csp); the test records page errors, console errors and the scripts requested. */
const test = base.extend<{ seen: { errors: string[]; consoleErrors: string[]; scripts: Set<string> } }>({
  seen: async ({ page }, use) => {
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'} ${e.sourceFile || ''}:${e.lineNumber || ''}`), true);
    });
    const seen = { errors: [] as string[], consoleErrors: [] as string[], scripts: new Set<string>() };
    page.on('pageerror', (e) => seen.errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') seen.consoleErrors.push(m.text());
    });
    page.on('request', (r) => {
      if (r.resourceType() === 'script') seen.scripts.add(new URL(r.url()).pathname);
    });
    await use(seen);
  },
});

test('2 strict CSP: header sent, widgets render and work, 0 violations, 0 page errors (strict-csp.html)', async ({ page, seen }) => {
  const res = await page.goto('/demo/strict-csp.html', { waitUntil: 'load' });
  const header = res!.headers()['content-security-policy'];
  expect(header, 'the Content-Security-Policy header').toBe(CSP);
  await page.waitForFunction(
    () => {
      const hs = [...document.querySelectorAll('loc-screener, iop-compare, program-checklist')];
      return hs.length >= 4 && hs.every((h) => h.shadowRoot?.querySelector('.crisis-bar'));
    },
    null,
    { timeout: 10_000 },
  );
  const counts = await page.evaluate(() => [...document.querySelectorAll('loc-screener, iop-compare, program-checklist')].map((h) => `${h.localName}${h.getAttribute('mode') ? `(${h.getAttribute('mode')})` : ''}`));
  const screener = page.locator('loc-screener').first();
  // config-src is applied (the screener asks neither age nor focus).
  await page.waitForFunction(() => document.querySelector('loc-screener')!.shadowRoot!.textContent!.includes('Riverbend'));
  const states = await walkScreener(screener);
  const level = await screener.locator('section.result h2').innerText();
  const n = await useChecklist(page.locator('program-checklist:not([mode])'), { programs: 2 });
  await page.waitForTimeout(200);
  const csp = await page.evaluate(() => window.__csp);
  const report = await page.locator('#page-report').getAttribute('data-csp');
  expect.soft(csp, 'CSP violations').toEqual([]);
  expect.soft(report, "the page's own count of violations").toBe('0');
  expect.soft(seen.errors, 'page errors').toEqual([]);
  expect.soft(seen.consoleErrors, 'console errors').toEqual([]);
  measured(`${counts.join(', ')} rendered with crisis bars; screener done in ${states.length - 2} questions → "${level}"; checklist ${n} items ×2 programs`);
});

// The CDN module files share one Lit, whichever mix a page loads.
for (const [file, what, lang] of [
  ['strict-csp-autoloader.html', 'the autoloader with all three widgets', 'en'],
  ['strict-csp-mixed.html', 'a per-widget file beside the all-in-one file', 'en'],
  ['strict-csp-es.html', 'the three per-widget files, Spanish', 'es'],
]) {
  test(`2 Trusted Types "trusted-types lit-html": ${what} render, 0 violations, 0 errors (${file})`, async ({ page, seen }) => {
    const res = await page.goto(`/demo/${file}`, { waitUntil: 'load' });
    expect(res!.headers()['content-security-policy'], 'the Content-Security-Policy header').toBe(CSP);
    const label = lang === 'es' ? 'Ayuda en una crisis' : 'Crisis help';
    await page.waitForFunction(
      (label) => {
        const hs = [...document.querySelectorAll('loc-screener, iop-compare, program-checklist')];
        return hs.length === 3 && hs.every((h) => h.shadowRoot?.querySelector('.crisis-bar')?.getAttribute('aria-label') === label);
      },
      label,
      { timeout: 10_000 },
    );
    await walkScreener(page.locator('loc-screener'));
    await page.waitForTimeout(200);
    const csp = await page.evaluate(() => window.__csp);
    const lits = [...seen.scripts].filter((p) => /\/chunks\/shared\.[\w-]+\.js$/.test(p));
    expect.soft(csp, 'CSP violations').toEqual([]);
    expect.soft([...seen.errors, ...seen.consoleErrors], 'page and console errors').toEqual([]);
    expect.soft(lits.length, `Lit's chunk requested once (scripts: ${[...seen.scripts].join(', ')})`).toBe(1);
    measured(`3 widgets with the crisis band "${label}", screener walked to its result; ${seen.scripts.size} scripts, one Lit chunk`);
  });
}

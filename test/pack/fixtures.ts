// The browser half of the pack test. scripts/pack-test.mjs packs the package, installs the tarball into
// fresh apps and builds them in a temp folder, then runs these specs with LOC_PACK_DIR=<that folder> and
// LOC_PACK_APPS=<the apps that built, comma-separated>. Without LOC_PACK_DIR (a bare `playwright test`)
// they are skipped: run `npm run test:pack`.
import { stat, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export const TAGS = ['loc-screener', 'iop-compare', 'program-checklist'] as const;
export const PACK_DIR = process.env.LOC_PACK_DIR ?? '';
const APPS = new Set((process.env.LOC_PACK_APPS ?? '').split(',').filter(Boolean));
/** Whether scripts/pack-test.mjs built this app (a failed build is reported there, and its browser check is skipped). */
export const built = (app: string) => APPS.has(app);

// A tiny static server: each mount maps a URL prefix to a folder of the pack test's temp dir.
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.json': 'application/json' };
function serve(mounts: Record<string, string>) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      const prefix = Object.keys(mounts)
        .filter((p) => path.startsWith(p))
        .sort((a, b) => b.length - a.length)[0];
      if (!prefix) throw new Error('no mount');
      const root = mounts[prefix];
      let file = normalize(join(root, path.slice(prefix.length)));
      if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      // Under /legacy*/ nothing names a charset, as on many CMS hosts: the page's own encoding applies.
      const type = prefix.startsWith('/legacy') ? (types[extname(file)] ?? '').replace(/; charset=utf-8$/, '') : types[extname(file)];
      res.writeHead(200, { 'content-type': type || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  return new Promise<typeof server>((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** What a page did that counts against it: page errors, console errors, Lit's warnings, failed requests, HTTP errors. */
export interface Seen {
  problems: string[];
  /** The file name of every script requested, in order. */
  scripts: string[];
}

export const test = base.extend<{ seen: Seen }, { packOrigin: string }>({
  packOrigin: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from a destructuring pattern, empty here
    async ({}, use) => {
      const pkgDir = join(PACK_DIR, 'esbuild-app/node_modules/level-of-care-widgets');
      const server = await serve({
        '/vite/': join(PACK_DIR, 'vite-app/dist'),
        '/esbuild/': join(PACK_DIR, 'esbuild-app/out'),
        '/cdn/': join(pkgDir, 'dist/cdn'),
        '/legacy-cdn/': join(pkgDir, 'dist/cdn'),
        '/legacy/': join(PACK_DIR, 'pages'),
        '/pages/': join(PACK_DIR, 'pages'),
        '/vue/': join(PACK_DIR, 'frameworks/vue-app/dist'),
        '/svelte/': join(PACK_DIR, 'frameworks/svelte-app/dist'),
      });
      await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ packOrigin }, use) => use(packOrigin),
  seen: async ({ page }, use) => {
    const seen: Seen = { problems: [], scripts: [] };
    page.on('pageerror', (e) => seen.problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') seen.problems.push(`console.error: ${m.text()}`);
      // Lit's warnings (such as "Multiple versions of Lit loaded") count too.
      if (m.type() === 'warning' && /\bLit\b/.test(m.text())) seen.problems.push(`console.warn: ${m.text()}`);
    });
    page.on('request', (r) => {
      if (r.resourceType() === 'script') seen.scripts.push(new URL(r.url()).pathname.split('/').pop()!);
    });
    page.on('requestfailed', (r) => seen.problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400) seen.problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await use(seen);
  },
});
export { expect };

/** Skips the file's tests when the pack test did not prepare a folder (a bare `playwright test`). */
export function needsPackDir() {
  test.skip(!PACK_DIR, 'needs the apps scripts/pack-test.mjs builds: run npm run test:pack');
}

export const measured = (text: string) => {
  test.info().annotations.push({ type: 'measured', description: text });
  console.log(`      ${text}`);
};

/** Waits until each tag is registered and its shadow root shows the crisis bar; returns the bars' text. */
export async function rendered(page: Page, tags: readonly string[]) {
  try {
    await page.waitForFunction(
      (tags) => tags.every((t) => customElements.get(t) && document.querySelector(t)?.shadowRoot?.querySelector('[part="crisis-bar"]')),
      tags,
      { timeout: 15_000 },
    );
  } catch {
    const state = await page.evaluate(
      (tags) => tags.map((t) => `${t}: ${customElements.get(t) ? 'registered' : 'NOT registered'}, ${document.querySelector(t)?.shadowRoot?.querySelector('[part="crisis-bar"]') ? 'rendered' : 'NOT rendered'}`),
      tags,
    );
    throw new Error(state.join('; '));
  }
  return page.evaluate((tags) => tags.map((t) => document.querySelector(t)!.shadowRoot!.querySelector('[part="crisis-bar"]')!.textContent!.replace(/\s+/g, ' ').trim()), tags);
}

/** Each widget's crisis bar text and the rest of its shadow text. */
export const texts = (page: Page) =>
  page.evaluate(
    (tags) =>
      tags.map((t) => {
        const root = document.querySelector(t)!.shadowRoot!;
        const copy = document.createElement('div');
        for (const n of root.childNodes) copy.append(n.cloneNode(true));
        const bar = copy.querySelector('[part="crisis-bar"]')!;
        bar.remove();
        const squash = (x: string) => x.replace(/\s+/g, ' ').trim();
        return { tag: t, bar: squash(bar.textContent!), rest: squash(copy.textContent!) };
      }),
    TAGS,
  );

/** The English text of each widget (the rest of its shadow text), from the CDN module page. */
export async function englishTexts(page: Page) {
  await page.goto('/pages/module.html');
  await rendered(page, TAGS);
  const english = Object.fromEntries((await texts(page)).map((w) => [w.tag, w.rest]));
  // The screener loads its questions when the page is idle: let that finish, or the next page.goto aborts it and the
  // next test reads the abort as a failed request.
  await page.waitForLoadState('networkidle');
  return english;
}

/**
 * Waits for Spanish: every crisis bar (shared catalog) and the start of every widget's own text (its
 * heading, from the widget's catalog) differ from the English page. The whole text is not compared:
 * some of it (level names) is Spanish even when a widget's catalog is missing.
 */
export async function spanish(page: Page, english: Record<string, string>) {
  const head = (x?: string) => (x ?? '').slice(0, 24);
  const isSpanish = (w: { tag: string; bar: string; rest: string }) => w.bar.includes('988') && !w.bar.includes('Call 988') && !!w.rest && head(w.rest) !== head(english[w.tag]);
  const still = async () => (await texts(page)).filter((w) => !isSpanish(w)).map((w) => `<${w.tag}>: ${w.bar.includes('Call 988') ? 'crisis bar' : 'own text'} still English: "${w.rest.slice(0, 60)}…"`);
  await expect.poll(still, { message: 'all three widgets in Spanish', timeout: 7500, intervals: [250] }).toEqual([]);
  return texts(page);
}

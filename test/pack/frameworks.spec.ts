// The framework apps of the pack test (written, installed, type-checked and built by
// scripts/pack-frameworks.mjs) in Chromium: the widgets render, events reach the app's handlers, no
// console errors or Lit warnings; the Next app's server HTML already has the crisis band.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { freePort } from '../../scripts/bench-harness.mjs';
import { PACK_DIR, TAGS, built, expect, measured, needsPackDir, rendered, test } from './fixtures';

needsPackDir();

/** Renders all three, then a click on Start and on a checklist answer must reach the app's handlers. */
async function eventsArrive(page: Page, url: string) {
  await page.goto(url);
  await rendered(page, TAGS);
  await page.evaluate(() => {
    const sr = (t: string) => document.querySelector(t)!.shadowRoot!;
    sr('loc-screener').querySelector<HTMLButtonElement>('section.start button')!.click();
    sr('program-checklist').querySelector<HTMLInputElement>('input[value="yes"]')!.click();
  });
  const events = () => page.evaluate(() => ((window as unknown as { __events?: string[] }).__events ?? []).join(', '));
  await expect.poll(events, { message: 'events received by the app', timeout: 10_000 }).toMatch(/start \d+.*change \d+|change \d+.*start \d+/);
  return events();
}

test.describe('next app', () => {
  // One Next server for its two tests: they run in order, in one worker.
  test.describe.configure({ mode: 'default' });
  let server: ChildProcess;
  let origin = '';
  let log = '';
  test.beforeAll(async () => {
    test.skip(!built('next'), 'the Next app did not build (see the test:pack lines above)');
    const port = await freePort();
    const dir = join(PACK_DIR, 'frameworks');
    server = spawn(join(dir, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: join(dir, 'next-app'), env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (d) => (log += d));
    server.stderr!.on('data', (d) => (log += d));
    origin = `http://127.0.0.1:${port}`;
  });
  test.afterAll(() => {
    server?.kill('SIGTERM');
  });

  test("next start; the server HTML already has the crisis band (SSR'd <iop-compare>, the React wrapper's fallback)", async () => {
    let html = '';
    await expect
      .poll(async () => (html = await fetch(origin + '/').then((r) => (r.ok ? r.text() : ''), () => '')), { message: 'next start answers', timeout: 15_000, intervals: [250] })
      .not.toBe('')
      .catch((e) => {
        throw new Error(`${e.message}\n${log.slice(-800)}`);
      });
    expect(html, 'a declarative shadow root for <iop-compare> in the server HTML').toMatch(/<iop-compare[^>]*><template shadowroot(mode)?="open"/);
    expect(html, 'the crisis band in the server HTML').toContain('part="crisis-bar"');
    const screener = html.slice(html.indexOf('<loc-screener'), html.indexOf('</loc-screener>'));
    expect(screener.includes('data-loc-fallback') && screener.includes('href="tel:988"') && screener.includes('href="sms:988"') && screener.includes('href="tel:911"'), `<loc-screener> has a crisis fallback in the server HTML: ${screener.slice(0, 200)}`).toBe(true);
    expect(html, 'the Server Component used /core').toMatch(/<p id="server-core">\w+/);
    measured(`${(html.length / 1024).toFixed(0)} KB of HTML`);
  });

  test('next app in Chromium: the widgets render (registered by <LevelOfCareWidgets /> in a Server Component), events arrive, the SSR markup is rendered over once, no errors', async ({ page, seen }) => {
    await expect.poll(() => fetch(origin + '/').then((r) => r.ok, () => false), { message: 'next start answers', timeout: 15_000, intervals: [250] }).toBe(true);
    const events = await eventsArrive(page, origin + '/');
    const bars = await page.evaluate(() => document.querySelector('iop-compare')!.shadowRoot!.querySelectorAll('[part="crisis-bar"]').length);
    expect(bars, "crisis bars in <iop-compare> after the browser rendered over the server's").toBe(1);
    expect(seen.problems, 'errors').toEqual([]);
    measured(`events: ${events}; one crisis bar in the server-rendered <iop-compare>`);
  });
});

test('vue app in Chromium: the widgets render, @events arrive, no errors', async ({ page, seen }) => {
  test.skip(!built('vue'), 'the Vue app did not build (see the test:pack lines above)');
  const events = await eventsArrive(page, '/vue/');
  expect(seen.problems, 'errors').toEqual([]);
  measured(`events: ${events}`);
});

test('svelte app in Chromium: the widgets render, on<event> handlers are called, no errors', async ({ page, seen }) => {
  test.skip(!built('svelte'), 'the Svelte app did not build (see the test:pack lines above)');
  const events = await eventsArrive(page, '/svelte/');
  expect(seen.problems, 'errors').toEqual([]);
  measured(`events: ${events}`);
});

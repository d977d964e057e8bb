// Playwright Test runs the browser checks of the built demo pages: `npm run test:e2e` (project e2e,
// test/e2e/*.spec.ts), `npm run test:robust` (project robust, test/robust/*.spec.ts) and the browser half
// of `npm run test:pack` (project pack, test/pack/*.spec.ts, after scripts/pack-test.mjs has built the apps).
// Chromium is Debian's (CHROME_PATH or /usr/bin/chromium): Playwright never downloads a browser here, and
// only Chromium runs, because Playwright's Firefox and WebKit need Playwright's own patched builds (the
// unit and browser tests run in Firefox ESR and WebKitGTK with `npm run test:engines`).
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { freePort } from './scripts/bench-harness.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: install it (apt-get install -y chromium) or set CHROME_PATH.`);

// One free port for the whole run. The config is loaded again in every worker; the workers inherit the
// runner's environment, so they all see the port the runner picked (several checkouts can run at once).
process.env.LOC_SERVE_PORT ??= String(await freePort());
const origin = `http://127.0.0.1:${process.env.LOC_SERVE_PORT}`;

export default defineConfig({
  testDir: 'test',
  // Every check runs even after another failed; a failure is never retried away.
  retries: 0,
  // Two cores: two pages at a time at most.
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  // Builds dist/ first when it is missing (the pages load the built files).
  globalSetup: './test/global-setup.ts',
  // The heavy checks (axe with every rule in ~20 states, 1 000 mount cycles) take tens of seconds on 2 busy cores.
  timeout: 300_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: origin,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
  // scripts/serve.mjs serves the repository (and sends the strict CSP with Trusted Types on *strict-csp*.html).
  // The pack specs (run by scripts/pack-test.mjs with LOC_PACK_DIR) serve the packed files themselves.
  webServer: process.env.LOC_PACK_DIR ? undefined : {
    command: `node scripts/serve.mjs ${process.env.LOC_SERVE_PORT}`,
    url: `${origin}/demo/index.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
    timeout: 20_000,
  },
  projects: [
    { name: 'e2e', testDir: 'test/e2e' },
    // The old script stopped at 3 minutes: so does each robustness test.
    { name: 'robust', testDir: 'test/robust', timeout: 180_000 },
    // Needs LOC_PACK_DIR: run by `npm run test:pack` (scripts/pack-test.mjs) after it has built the apps.
    { name: 'pack', testDir: 'test/pack', timeout: 120_000 },
  ],
});

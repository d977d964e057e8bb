// Browser tests in headless Chromium: Debian's build, found through CHROME_PATH or /usr/bin/chromium.
// No test tool downloads a browser of its own.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { reactEsm } from './test/react-esm-plugin.mjs';

// WTR_ENGINE picks the browser: chromium (the default, what `npm test` runs), firefox (Debian's firefox-esr,
// driven by puppeteer-core over WebDriver BiDi) or webkit (WebKitGTK's MiniBrowser through a WebKitWebDriver
// already listening on WK_PORT; scripts/test-engines.mjs starts one under xvfb-run). None is downloaded.
const engine = process.env.WTR_ENGINE || 'chromium';
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (engine === 'chromium' && !existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}: install it (apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(1);
}
if (engine === 'firefox' && !existsSync(firefoxPath)) {
  console.error(`No Firefox at ${firefoxPath}: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  process.exit(1);
}
const firefox = () => chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } });
const webkit = async () => {
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port: Number(process.env.WK_PORT),
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver only.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
    },
  });
};

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: background tabs do not lay out, which breaks viewport and container-query tests.
  concurrency: 1,
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }),
    // React is CommonJS: test/react-esm-plugin.mjs serves it as ES modules (react.test.ts).
    reactEsm(),
  ],
  testFramework: { config: { timeout: 20000 } },
  browsers: engine === 'firefox' ? [firefox()] : engine === 'webkit' ? [await webkit()] : [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
          // Pages run side by side: keep background tabs' timers and rendering at full speed.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};

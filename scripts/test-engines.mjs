// The browser tests (test/browser, web-test-runner) in the other engines Debian ships, when they are installed:
// Firefox ESR (apt-get install firefox-esr) and WebKitGTK (apt-get install webkit2gtk-driver xvfb). Prints each
// engine's pass and fail counts, or plainly why it was skipped. Chromium runs in `npm test` (test:browser);
// this is `npm run test:engines`, kept out of `npm test` for time (about 6 minutes an engine on 2 cores).
// Usage: node scripts/test-engines.mjs [firefox] [webkit] [-- web-test-runner args, e.g. test/browser/languages.test.ts]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, root } from './bench-harness.mjs';

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const asked = (dash < 0 ? argv : argv.slice(0, dash)).filter(Boolean);
const extra = dash < 0 ? [] : argv.slice(dash + 1);
const engines = asked.length ? asked : ['firefox', 'webkit'];
const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const missing = {
  firefox: () => (existsSync(process.env.FIREFOX_PATH || '/usr/bin/firefox-esr') ? null : 'firefox-esr is not installed (apt-get install -y firefox-esr)'),
  webkit: () =>
    !existsSync('/usr/bin/WebKitWebDriver') || !existsSync(MINIBROWSER)
      ? 'WebKitGTK is not installed (apt-get install -y webkit2gtk-driver xvfb)'
      : !existsSync('/usr/bin/xvfb-run')
        ? 'xvfb-run is not installed (apt-get install -y xvfb): MiniBrowser needs a display'
        : null,
};

function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const keep = (d) => {
      out += d;
      process.stdout.write(d);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => resolve({ code, out }));
  });
}

const results = [];
for (const engine of engines) {
  const why = missing[engine] ? missing[engine]() : `unknown engine "${engine}" (firefox or webkit)`;
  if (why) {
    results.push(`${engine}: skipped: ${why}`);
    continue;
  }
  let driver;
  const env = { WTR_ENGINE: engine };
  if (engine === 'webkit') {
    const port = await freePort();
    driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true });
    env.WK_PORT = String(port);
    await new Promise((r) => setTimeout(r, 2000));
  }
  // WebKit runs through classic WebDriver, where web-test-runner cannot set the viewport or send keys: files that
  // use those commands run in Chromium and Firefox only.
  let files = extra;
  if (!files.length && engine === 'webkit') {
    const dir = join(root, 'test/browser');
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts') && !/setViewport|sendKeys/.test(readFileSync(join(dir, f), 'utf8')))
      .map((f) => `test/browser/${f}`);
    console.log(`webkit: ${files.length} files without viewport or key commands: ${files.join(' ')}`);
  }
  const started = Date.now();
  const { code, out } = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...files], env);
  if (driver) {
    try {
      process.kill(-driver.pid);
    } catch {
      // The driver has already exited.
    }
  }
  const counts = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
  const failedNames = [...out.matchAll(/❌ (.+)/g)].map((m) => m[1].trim());
  results.push(
    `${engine}: ${counts ? `${counts[1]} passed, ${counts[2]} failed` : `did not finish (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(0)} s` +
      (failedNames.length ? `\n  ${[...new Set(failedNames)].join('\n  ')}` : ''),
  );
}
console.log(`\ntest:engines\n${results.join('\n')}`);

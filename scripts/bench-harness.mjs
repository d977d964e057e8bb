// Shared by the bench, the pack and WordPress tests, and the Playwright config and specs: build when
// needed, serve the repository with scripts/serve.mjs on a free port (a child process), and launch
// Debian's Chromium (CHROME_PATH or /usr/bin/chromium; no browser is downloaded).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const TAGS = ['loc-screener', 'iop-compare', 'program-checklist'];

/** Runs `npm run build` when a file the scripts need is missing. */
export async function ensureBuild(log = console.log) {
  const needed = ['dist/cdn/level-of-care-widgets.js', ...TAGS.map((t) => `dist/cdn/${t}.js`), 'dist/npm/core/index.js'];
  if (!needed.some((f) => !existsSync(join(root, f)))) return;
  log('…     dist/ is incomplete: running npm run build');
  await new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build exited with ${code}\n${out.slice(-2000)}`))));
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts scripts/serve.mjs on a free port; resolves with { origin, stop }. */
export async function startServer() {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const ready = await new Promise((resolve) => {
      let err = '';
      const timer = setTimeout(() => resolve(false), 10_000);
      child.stdout.on('data', (d) => {
        if (String(d).includes(`:${port}/`)) {
          clearTimeout(timer);
          resolve(true);
        }
      });
      child.stderr.on('data', (d) => (err += d));
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    if (ready) {
      const stop = () =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      // Never leave the server behind, even on a crash.
      process.once('exit', () => child.exitCode === null && child.kill('SIGTERM'));
      return { origin: `http://127.0.0.1:${port}`, stop };
    }
    if (child.exitCode === null) child.kill('SIGTERM');
    if (attempt >= 4) throw new Error('could not start scripts/serve.mjs');
  }
}

/** Flags for Debian's Chromium as root in a container; also given to tachometer by scripts/bench.mjs. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** CHROME_PATH or /usr/bin/chromium; throws with the fix when it is missing. */
export function chromiumPath() {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: install it (apt-get install -y chromium) or set CHROME_PATH`);
  return executablePath;
}

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/** CDP Performance.getMetrics as an object ({ JSHeapUsedSize, Nodes, JSEventListeners, … }). */
export async function metrics(cdp, gc = true) {
  if (gc) {
    // Twice: the first pass can leave objects only freed by finalizers and weak callbacks.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

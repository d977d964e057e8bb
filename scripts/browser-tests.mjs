// The browser tests (web-test-runner, test/browser/*.test.ts) in two processes side by side, each with its own
// Chromium, as `npm test` runs them: one page at a time in one browser, they spend much of their time waiting (idle
// callbacks, timers, animation frames), so two browsers finish sooner on 2 cores (measured: 143 s in one, 111 s in
// two). Not two pages of one browser (web-test-runner's `concurrency`): a page in the background gets no animation
// frames, and 13 tests timed out that way. The files are split by name (before "p", then the rest), so a new file
// always lands in one of the two. Extra arguments go to both (e.g. `--static-logging`).
// Usage: node scripts/browser-tests.mjs
import { readdirSync } from 'node:fs';
import { runPrefixed } from './run-prefixed.mjs';

const dir = 'test/browser';
const files = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort();
const shards = [files.filter((f) => f < 'p'), files.filter((f) => f >= 'p')].filter((s) => s.length);
const started = Date.now();
const results = await Promise.all(
  shards.map((shard, i) => runPrefixed(`browser ${i + 1}/${shards.length}`, 'npx', ['web-test-runner', ...shard.map((f) => `${dir}/${f}`), ...process.argv.slice(2)])),
);
const ok = results.every((r) => r.code === 0);
for (const [i, r] of results.entries()) if (r.error) console.error(`[browser ${i + 1}/${shards.length}] ${r.error}`);
console.log(`${ok ? 'ok  ' : 'FAIL'}  browser tests: ${files.length} files in ${shards.length} browsers (${shards.map((s) => s.length).join(' + ')}), ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(ok ? 0 : 1);

// Runs npm scripts side by side and fails when any of them fails; each output line is prefixed with its script.
// `npm test` runs three groups, each side by side: the static checks (type check, lint, locales, plain language,
// reference, core tests, sizes); the browser tests (two browsers, scripts/browser-tests.mjs) beside the pack test (npm
// installs and builds, mostly disk and network); then the Playwright checks (end-to-end and robustness in one run, two
// workers) beside the WordPress test (PHP and MariaDB, mostly waiting). One after the other, CI used about 45 % of its
// 2 cores.
// Usage: node scripts/parallel.mjs test:browser test:pack
import { runPrefixed } from './run-prefixed.mjs';

const scripts = process.argv.slice(2);
if (!scripts.length) {
  console.error('usage: node scripts/parallel.mjs <npm script> [<npm script> …]');
  process.exit(2);
}
const results = await Promise.all(scripts.map(async (name) => ({ name, ...(await runPrefixed(name, 'npm', ['run', '--silent', name])) })));
for (const r of results) console.log(`${r.code === 0 ? 'ok  ' : 'FAIL'}  ${r.name}${r.signal ? ` (${r.signal})` : ''}${r.error ? `: ${r.error}` : ''}${r.seconds ? ` in ${r.seconds.toFixed(0)} s` : ''}`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);

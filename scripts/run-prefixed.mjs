// Runs a command with each line of its output (stdout and stderr) printed with a `[label]` prefix, so commands run
// side by side stay readable (scripts/parallel.mjs, scripts/browser-tests.mjs).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Resolves when the command ends: its exit code (1 when it could not start or was killed), signal, error, seconds. */
export function runPrefixed(label, cmd, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', (line) => console.log(`[${label}] ${line}`));
    child.on('error', (e) => resolve({ code: 1, error: e.message }));
    child.on('close', (code, signal) => resolve({ code: code ?? 1, signal, seconds: (Date.now() - started) / 1000 }));
  });
}

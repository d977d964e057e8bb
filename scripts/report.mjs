// The ok/FAIL reporting of scripts/pack-test.mjs: one line per check
// with its measured figure, every check runs even after a failure, and a closing summary line
// `<label>: N passed, M failed` that CI logs can be read by.
export function createReport({ only } = {}) {
  const report = {
    passed: 0,
    failed: 0,
    ok(name, info) {
      report.passed++;
      console.log(`ok    ${name}${info ? ` — ${info}` : ''}`);
    },
    fail(name, err) {
      report.failed++;
      const msg = String(err?.message ?? err).trim().split('\n').slice(0, 25).join('\n      ');
      console.log(`FAIL  ${name}\n      ${msg}`);
    },
    /** Runs one check (skipped when `only` does not match its name); returns whether it passed. */
    async check(name, fn) {
      if (only && !only.test(name)) return false;
      try {
        report.ok(name, await fn());
        return true;
      } catch (e) {
        report.fail(name, e);
        return false;
      }
    },
    summary(label) {
      return `${label}: ${report.passed} passed, ${report.failed} failed`;
    },
  };
  return report;
}

export function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

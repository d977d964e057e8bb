// Counts Content-Security-Policy violations and uncaught errors on the page and shows them in
// #page-report. Load it first, as a classic script in <head>, so it sees everything.
(() => {
  const seen = { csp: [], errors: [] };
  const show = () => {
    const box = document.getElementById('page-report');
    if (!box) return;
    const bad = seen.csp.length + seen.errors.length > 0;
    box.classList.toggle('bad', bad);
    const lines = [
      `Content-Security-Policy violations: ${seen.csp.length}.`,
      `Script errors: ${seen.errors.length}.`,
      ...seen.csp.map((v) => `Blocked by ${v}`),
      ...seen.errors.map((e) => `Error: ${e}`),
    ];
    box.replaceChildren(...lines.map((l) => Object.assign(document.createElement('p'), { textContent: l })));
    box.dataset.csp = String(seen.csp.length);
    box.dataset.errors = String(seen.errors.length);
  };
  document.addEventListener('securitypolicyviolation', (e) => {
    seen.csp.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'}${e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : ''}`);
    show();
  });
  window.addEventListener('error', (e) => {
    seen.errors.push(e.message || String(e.error));
    show();
  });
  window.addEventListener('unhandledrejection', (e) => {
    seen.errors.push(String(e.reason));
    show();
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();

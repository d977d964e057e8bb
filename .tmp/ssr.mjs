for (const m of ['../dist/npm/core/index.js', '../dist/npm/index.js', '../dist/npm/react/index.js', '../dist/npm/define.js']) {
  try { const x = await import(m); console.log('ok  ', m, Object.keys(x).slice(0, 6).join(',')); } catch (e) { console.log('FAIL', m, e.message); }
}

// Benchmark page helper (scripts/bench.mjs), a classic script placed before the module script tag.
// 1. performance.mark('bench-script-start') before any widget code is fetched or run.
// 2. window.__bench: resolves when every element named in data-targets ({"tag": "selector"}) shows the
//    selector in its shadow root (checked once the tag is defined, else watched with a MutationObserver on
//    the shadow root), with { start, rendered, frame } in ms since navigation:
//    frame is the next animation frame after the last render (roughly the first paint).
// 3. For tachometer (scripts/bench.mjs reads these with its "performance" measurement mode): the same two
//    intervals as performance measures, 'bench-rendered' (mark → every target in its shadow root) and
//    'bench-frame' (mark → that next animation frame), and window.tachometerResult = the rendered time.
//    They are the same numbers as window.__bench, taken from the same mark.
(function () {
  var start = performance.mark('bench-script-start').startTime;
  var targets = JSON.parse(document.currentScript.dataset.targets);
  // Not through updateComplete: a widget's updateComplete also waits for work that follows its first render (the
  // checklist draws its items' opened parts when the page is idle), which is not what a visitor waits for.
  function renderedOne(el, selector) {
    var root = el.shadowRoot;
    if (root.querySelector(selector)) return Promise.resolve();
    return new Promise(function (resolve) {
      var mo = new MutationObserver(function () {
        if (root.querySelector(selector)) {
          mo.disconnect();
          resolve();
        }
      });
      mo.observe(root, { childList: true, subtree: true });
    });
  }
  // Module scripts run after parsing, so every element is in the document when its tag is defined.
  window.__bench = new Promise(function (resolve) {
    var waits = Object.keys(targets).map(function (tag) {
      return customElements.whenDefined(tag).then(function () {
        return Promise.all(Array.prototype.map.call(document.querySelectorAll(tag), function (el) {
          return renderedOne(el, targets[tag]);
        }));
      });
    });
    Promise.all(waits).then(function () {
      var rendered = performance.now();
      performance.measure('bench-rendered', { start: 'bench-script-start', end: rendered });
      requestAnimationFrame(function () {
        var frame = performance.now();
        performance.measure('bench-frame', { start: 'bench-script-start', end: frame });
        window.tachometerResult = rendered - start;
        resolve({ start: start, rendered: rendered, frame: frame, count: document.querySelectorAll(Object.keys(targets).join(',')).length });
      });
    });
  });
})();

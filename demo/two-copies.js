// Shows which widgets are defined once both copies of the script have loaded.
const tags = ['loc-screener', 'iop-compare', 'program-checklist'];
const out = document.getElementById('defined');
const timeout = new Promise((resolve) => setTimeout(resolve, 5000, 'timeout'));
Promise.all(tags.map((t) => Promise.race([customElements.whenDefined(t).then(() => t), timeout]))).then((ready) => {
  const ok = ready.filter((t) => t !== 'timeout');
  out.textContent = ok.length === tags.length ? `All three widgets are ready: ${ok.join(', ')}.` : `Only these widgets are ready: ${ok.join(', ') || 'none'}.`;
  out.dataset.ready = String(ok.length);
});

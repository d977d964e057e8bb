// The yardstick for scripts/bench.mjs: a bare Lit element that renders a heading and a button, bundled
// and minified like the CDN files (to dist/bench/bare-lit.js). The widgets' first screen is compared to it
// in the same run (issue #12: within 1.15× at 4× CPU). Not a demo.
import { LitElement, html } from 'lit';

class BareLit extends LitElement {
  render() {
    return html`<section><h2>Check your level of care</h2><button type="button">Start</button></section>`;
  }
}
customElements.define('bare-lit', BareLit);

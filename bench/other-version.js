// scripts/robustness.mjs: another version of the library already registered <loc-screener> (a stand-in).
customElements.define(
  'loc-screener',
  class extends HTMLElement {
    static version = '0.0.1-other';
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).textContent = 'other version';
    }
  },
);

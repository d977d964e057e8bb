import { LitElement, html } from 'lit';
import { msg } from '@lit/localize';
class X extends LitElement {
  render() { return html`${msg('x')}`; }
}
customElements.define('x-x', X);

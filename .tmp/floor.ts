import { LitElement, html } from 'lit';
import { msg } from '@lit/localize';
import * as copy from '../src/components/loc-screener/copy.js';
import { QUESTIONS } from '../src/core/screener/questions.js';
class X extends LitElement {
  render() {
    return html`${Object.values(copy).map((f: any) => String(f))}${msg('x')}`;
  }
}
customElements.define('x-x', X);

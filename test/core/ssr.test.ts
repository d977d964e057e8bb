// Server rendering (src/ssr, Lit SSR in Node): each widget's first screen with its crisis band in a declarative
// shadow root, then the light-DOM fallback. Runs the components' update code with no layout and no window, so
// it catches a component that reads the DOM during an update (the Next.js pack test found one: iop-compare's
// layout choice called getBoundingClientRect on the server).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WIDGET_TAGS, renderWidget } from '../../src/ssr/index.js';

describe('renderWidget (server rendering)', () => {
  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: first screen with the crisis band in a declarative shadow root, then the fallback`, () => {
      const out = renderWidget(tag, tag === 'iop-compare' ? { highlight: 'iop' } : {});
      assert.ok(out.includes(`<${tag}`), out.slice(0, 80));
      assert.match(out, /<template [^>]*shadowrootmode="open"/, 'declarative shadow root');
      assert.match(out, /class="crisis-bar"/, 'crisis band in the server HTML');
      assert.ok(out.includes('tel:911') && out.includes('tel:988'), 'crisis numbers');
      assert.ok(out.includes('data-loc-fallback'), 'light-DOM fallback');
      assert.ok(out.indexOf('data-loc-fallback') < out.lastIndexOf(`</${tag}>`), 'the fallback is inside the tag');
    });
  }

  it('the comparison renders its table on the server (no layout to measure)', () => {
    const out = renderWidget('iop-compare');
    assert.ok(out.includes('<table'), 'a table');
  });

  it('Spanish: only the tag and the Spanish fallback (no English first screen)', () => {
    const out = renderWidget('loc-screener', { lang: 'es' });
    assert.ok(!out.includes('shadowrootmode'), 'no English shadow root');
    assert.ok(out.includes('data-loc-fallback') && out.includes('lang="es"'), out.slice(0, 200));
  });

  it('bad input: an unknown tag and a hostile attribute name throw; hostile values are escaped', () => {
    assert.throws(() => renderWidget('x-evil' as never), /unknown tag/);
    assert.throws(() => renderWidget('loc-screener', { 'onclick="x"': 'y' }), /not an attribute name/);
    const out = renderWidget('loc-screener', { 'cta-phone': '"><script>alert(1)</script>' });
    assert.ok(!out.includes('<script>alert(1)'), 'value escaped');
  });
});

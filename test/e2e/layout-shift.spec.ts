// Issue #12: nothing on the demo page moves when the widgets appear (layout shift 0), in English and Spanish, at the
// widths where the screener sits in a column of its own (1024 and 800 px: two columns; 700 px: one), on a phone and
// at 320 px, with windows tall enough that the content after the screener is in view. The demo reserves the space
// with the rules that docs/performance.md gives hosts (demo/demo.css).
import { expect, test } from '@playwright/test';

const VIEWPORTS = [
  { width: 1280, height: 1100 },
  { width: 1024, height: 1100 },
  { width: 800, height: 1100 },
  { width: 700, height: 1100 },
  { width: 375, height: 1000 },
  { width: 320, height: 1000 },
];

for (const page of ['/demo/index.html', '/demo/es.html']) {
  test(`layout shift 0 on ${page} at ${VIEWPORTS.map((v) => `${v.width}×${v.height}`).join(', ')}`, async ({ browser }) => {
    const shifts: string[] = [];
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({ viewport });
      // Before the page's own scripts: every layout shift not caused by input, with what moved.
      await context.addInitScript(() => {
        const w = window as unknown as { __shifts: string[] };
        w.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[])
            if (!e.hadRecentInput) w.__shifts.push(`${e.value.toFixed(4)} (${e.sources.map((s) => s.node?.nodeName ?? '?').join(', ')})`);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const p = await context.newPage();
      await p.goto(page);
      // Every widget drawn, in its final language (no text hidden while its language loads), then a second more.
      await p.waitForFunction(() =>
        [...document.querySelectorAll('loc-screener, iop-compare, program-checklist')].every(
          (el) => el.shadowRoot?.querySelector('.crisis-bar') && !el.matches(':state(lang-pending)'),
        ),
      );
      await p.waitForTimeout(1000);
      for (const s of await p.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)) shifts.push(`${viewport.width}×${viewport.height}: ${s}`);
      await context.close();
    }
    expect(shifts, 'layout shifts').toEqual([]);
  });
}

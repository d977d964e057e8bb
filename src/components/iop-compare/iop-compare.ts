import { html, isServer, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { AttributeValue, ConfigIssue } from '../../core/config.js';
import type { Range } from '../../core/levels.js';
import { type CompareConfig, type CompareLevelId, type CompareRowId, COMPARE_CTA_KEYS, COMPARE_LEVEL_IDS, parseCompareConfig } from '../../core/compare/config.js';
import { type CellValue, type Comparison, type ComparisonCell, type ComparisonColumn, buildComparison } from '../../core/compare/model.js';
import { LocElement } from '../../shared/base-element.js';
// Its settings controller with its code, so the first render has the settings (see shared/settings.ts).
import '../../shared/settings.js';
import { registerCatalog } from '../../shared/localize.js';
import { notice, noticeStyles, report, settingsChanged } from '../../shared/read-settings.js';
import { baseStyles } from '../../shared/styles.js';
import { crisisBar } from '../../shared/crisis.js';
import { levelName } from '../../shared/level-names.js';
import { compareStyles } from './styles.js';

registerCatalog(() => import('../../locales/iop-compare/es.js'));

/** `cta-iop-href`, `cta-iop-label`… for every level. */
const CTA_ATTRIBUTES = COMPARE_LEVEL_IDS.flatMap((l) => COMPARE_CTA_KEYS.map((k) => `cta-${l}-${k}`));

const rowName = (id: CompareRowId): string =>
  ({
    hours: msg('Hours a week'),
    schedule: msg('Days a week and hours a day'),
    setting: msg('Where you live'),
    medical: msg('Medical care and overnight stays'),
    length: msg('Typical length'),
    fits: msg('Who it fits'),
    notEnough: msg('When it is not enough'),
    dailyLife: msg('Work, school and family'),
    cost: msg('Cost compared to the others'),
    steps: msg('Moving up or down'),
  })[id];

function range(r: Range | undefined): string | undefined {
  if (!r) return undefined;
  const top = r.max != null && r.maxExclusive ? r.max - 1 : r.max;
  if (r.min != null && top != null) return r.min === top ? `${r.min}` : `${r.min}–${top}`;
  if (r.min != null) return msg(str`${r.min} or more`);
  if (r.max != null) return r.maxExclusive ? msg(str`Under ${r.max}`) : msg(str`Up to ${r.max}`);
  return undefined;
}

/** The general fact in plain words, in the active language. */
function factText(v: CellValue, lang: string): string | TemplateResult {
  switch (v.row) {
    case 'hours': {
      const r = range(v.range);
      if (v.setting === 'home') return r ?? '—';
      return r ? msg(str`${r} of therapy, plus care day and night`) : msg('Care day and night');
    }
    case 'schedule': {
      const d = range(v.days);
      const h = range(v.hoursPerDay);
      if (d && h) return msg(str`${d} days a week, ${h} hours a day`);
      if (d) return msg(str`${d} days a week`);
      return v.setting === 'home' ? '—' : msg('Every day, day and night');
    }
    case 'setting':
      return { home: msg('At home'), program: msg('At the program'), hospital: msg('In the hospital') }[v.value];
    case 'medical':
      return {
        referral: msg('No overnight care. A doctor by referral when needed.'),
        varies: msg('No overnight care. Some programs offer medicine to help recovery. Ask.'),
        'on-site': msg('No overnight care. Medical staff on site during the day.'),
        'staff-24h': msg('Trained staff day and night, led by addiction specialists.'),
        'medical-24h': msg('Doctors and nurses day and night.'),
      }[v.value];
    case 'length': {
      const r = range(v.weeks);
      return r ? msg(str`${r} weeks`) : msg('Depends on your needs');
    }
    case 'fits':
      return {
        mild: msg('Milder problems, or after more intensive care'),
        'mild-moderate': msg('People with mild or medium problems and a safe home. Also people leaving PHP or residential care.'),
        'daily-structure': msg('Needs care most of the day, but not overnight'),
        'severe-or-unsafe-home': msg('More severe problems, or a home that is not safe or stable'),
        'medical-24h': msg('Withdrawal or health problems that need doctors and nurses at all hours'),
      }[v.value];
    case 'notEnough':
      return {
        'use-continues': msg('Use or symptoms keep going with weekly visits'),
        'withdrawal-unsafe-home': msg('Bad withdrawal, health that is not stable, an unsafe home, or a high chance of using again'),
        'needs-24h': msg('Needs support at night too, or a safe place to live'),
        'needs-medical': msg('Withdrawal or health problems that need medical care'),
        emergency: msg('Danger signs like an overdose or a seizure: call 911'),
      }[v.value];
    case 'dailyLife':
      return { keeps: msg('You can usually keep them'), hard: msg('Hard to keep: care takes most of the day'), paused: msg('On hold while you stay there') }[
        v.value
      ];
    case 'cost':
      return [msg('Lowest'), msg('Low'), msg('Middle'), msg('High'), msg('Highest')][v.rank - 1] ?? '—';
    case 'steps': {
      const list = (ids: readonly string[]) => new Intl.ListFormat(lang, { type: 'disjunction' }).format(ids.map((id) => levelName(id as CompareLevelId)));
      if (!v.up.length && !v.down.length) return '—';
      return html`${v.up.length ? html`<span>${msg(str`If more care is needed: ${list(v.up)}`)}</span><br />` : nothing}${
        v.down.length ? html`<span>${msg(str`When ready for less: ${list(v.down)}`)}</span>` : nothing
      }`;
    }
  }
}

/**
 * A table that puts intensive outpatient care (IOP) beside the other levels of care, with a
 * numbered source for every fact; one card per level on narrow containers. Follows a
 * `<loc-screener>` on the page. Informed by ASAM concepts; not an ASAM placement and not a diagnosis.
 *
 * @summary Intensive outpatient (IOP) side by side with the other levels of care, with a source for every fact.
 * @tag iop-compare
 *
 * @attr {string} [levels=op iop php residential] - Level ids to show, in order, separated by spaces or commas: `op`, `iop`, `php`, `residential`, `inpatient`.
 * @attr {'adult' | 'adolescent'} [audience=adult] - Switches the hours thresholds (adolescent: OP under 6 hours a week, IOP 6 or more).
 * @attr {'op' | 'iop' | 'php' | 'residential' | 'inpatient'} highlight - One of the shown level ids, emphasised with a border and a "Featured" label.
 * @attr {string} center-name - Your center's name, used in "At …:" before your own text. Plain text, at most 80 characters.
 * @attr {string} cta-op-href - Link of a button under the `op` column, e.g. `/op` (wins over `cta.op.href` in JSON).
 * @attr {string} cta-op-label - Text of that button. Plain text, at most 60 characters.
 * @attr {string} cta-iop-href - Link of a button under the `iop` column, e.g. `/iop` (wins over `cta.iop.href` in JSON).
 * @attr {string} cta-iop-label - Text of that button. Plain text, at most 60 characters.
 * @attr {string} cta-php-href - Link of a button under the `php` column, e.g. `/php` (wins over `cta.php.href` in JSON).
 * @attr {string} cta-php-label - Text of that button. Plain text, at most 60 characters.
 * @attr {string} cta-residential-href - Link of a button under the `residential` column, e.g. `/residential` (wins over `cta.residential.href` in JSON).
 * @attr {string} cta-residential-label - Text of that button. Plain text, at most 60 characters.
 * @attr {string} cta-inpatient-href - Link of a button under the `inpatient` column, e.g. `/inpatient` (wins over `cta.inpatient.href` in JSON).
 * @attr {string} cta-inpatient-label - Text of that button. Plain text, at most 60 characters.
 * @attr {boolean} no-link - Present (any value but `false`): do not follow `loc-screener-complete` events.
 * @attr {'en' | 'es'} lang - `en` or `es`; else the nearest ancestor's `lang`, else `<html lang>`.
 * @attr {string} config-src - A same-origin address of a JSON settings file (same schema as the child script), for CMSs that strip `<script>`. The child script wins if both are present.
 *
 * @event {CustomEvent<{ level: CompareLevelId }>} iop-compare-select - A visitor chose a level's call to action. Detail: `{ level }`. The link then opens as usual.
 *
 * @csspart crisis-bar - The crisis help band at the top.
 * @csspart notice - The settings problem notice, for the site editor.
 * @csspart table - The comparison table (wide layout).
 * @csspart card - One level's card (narrow layout, 46rem (736 px) and less).
 * @csspart highlight - The highlighted level's column header or card.
 * @csspart notes - The numbered source notes under the table.
 *
 * @cssprop --loc-accent - Highlight borders and filled buttons.
 * @cssprop --loc-accent-text - Text on filled buttons.
 * @cssprop --loc-danger - Crisis band and notice borders.
 * @cssprop --loc-border - Table and card borders.
 * @cssprop --loc-surface - Background.
 * @cssprop --loc-radius - Corner radius.
 * @cssprop --loc-gap - Base spacing.
 * @cssprop --loc-font-size - Base text size.
 * @cssprop --loc-max-width - Width limit (default 72rem).
 * @cssprop --loc-focus-color - The focus ring, on every control (default #000).
 * @cssprop --loc-focus-halo - The light band around the focus ring (default #fff); keep 9:1 or more between the two.
 * @cssprop --loc-scroll-margin - Room kept above a focused control when the page scrolls to it: the height of a sticky header (default 4rem).
 */
export class IopCompare extends LocElement<IopCompareEventMap> {
  static override styles = [baseStyles, noticeStyles, compareStyles];
  // Reactive properties, declared without decorators (whose runtime costs about 0.3 KB gzip a file);
  // `config-src` comes from LocElement.
  static override properties = {
    levels: {},
    audience: {},
    highlight: {},
    noLink: { attribute: 'no-link' },
    centerName: { attribute: 'center-name' },
    // `cta-iop-href` and the like: one property of the same name for each attribute.
    ...Object.fromEntries(CTA_ATTRIBUTES.map((a) => [a, {}])),
    linked: { state: true, attribute: false },
    layout: { state: true, attribute: false },
  };

  /** Level ids to show, in order, separated by spaces or commas: op iop php residential inpatient. */
  levels: string | null = null;
  /** `adult` (default) or `adolescent`: switches the hours thresholds. */
  audience: string | null = null;
  /** A level id to emphasise. */
  highlight: string | null = null;
  /** Present: do not follow `loc-screener-complete` events. */
  noLink: boolean | string | null = null;
  /** Your center's name, used in "At …:". */
  centerName: string | null = null;

  /** The level suggested by a `<loc-screener>` on the page. */
  private linked?: CompareLevelId;
  private issues: readonly ConfigIssue[] = [];
  private view?: Comparison;
  private fromScreener = false;
  private linkOn = true;
  /**
   * One layout is rendered, not both (issue #12: about 750 nodes each): the table when the element is wider than
   * 46rem, or when printing; one card per level when narrower (Spanish "hospitalización" columns no longer fit).
   * Decided before the first render from the element's width, then on resize (ResizeObserver) and print.
   */
  private layout?: 'table' | 'cards';
  private printing = false;
  private resizer?: ResizeObserver;
  private pickLayout(): 'table' | 'cards' {
    // On the server (level-of-care-widgets/ssr) there is no layout: the table, corrected in the browser.
    if (this.printing || isServer) return 'table';
    const width = this.getBoundingClientRect().width;
    const rem = parseFloat(getComputedStyle(this.ownerDocument.documentElement).fontSize) || 16;
    // Not laid out yet (display: none, a hidden tab): the table; the observer corrects it once shown.
    return width > 0 && width <= 46 * rem ? 'cards' : 'table';
  }
  private lastWidth = -1;
  private onResize = (entries: ResizeObserverEntry[]): void => {
    const width = entries[entries.length - 1].contentRect.width;
    if (width === this.lastWidth) return; // height only: the layout depends on the width
    this.lastWidth = width;
    // Next frame: changing the layout resizes the element, which inside this callback is a ResizeObserver loop.
    requestAnimationFrame(() => {
      const next = this.pickLayout();
      if (next !== this.layout) this.layout = next;
    });
  };
  private onPrint = (e: Event): void => {
    this.printing = e.type === 'beforeprint';
    this.layout = this.pickLayout();
    // Before the print layout is taken: update now rather than in a microtask.
    if (this.printing && this.isUpdatePending) this.performUpdate();
  };

  private onScreener = (e: Event): void => {
    if (!this.linkOn) return;
    const level = (e as CustomEvent<{ level?: unknown } | null>).detail?.level;
    this.linked = (COMPARE_LEVEL_IDS as readonly unknown[]).includes(level) ? (level as CompareLevelId) : undefined;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('loc-screener-complete', this.onScreener);
    if (typeof ResizeObserver !== 'undefined') (this.resizer ??= new ResizeObserver(this.onResize)).observe(this);
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('loc-screener-complete', this.onScreener);
    this.resizer?.disconnect();
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
  }

  private config!: CompareConfig;

  protected override willUpdate(): void {
    this.layout ??= this.pickLayout();
    const attrs = {
      levels: this.levels,
      audience: this.audience,
      highlight: this.highlight,
      'no-link': this.noLink,
      'center-name': this.centerName,
      ...Object.fromEntries(CTA_ATTRIBUTES.map((a) => [a, (this as unknown as Record<string, AttributeValue>)[a]])),
    };
    if (settingsChanged(this, this.settingValues())) {
      ({ config: this.config, issues: this.issues } = parseCompareConfig(attrs, this.childJson));
      report(this, this.issues);
    }
    const config = this.config;
    this.linkOn = config.link;
    this.fromScreener = config.link && !!this.linked && config.levels.includes(this.linked);
    this.view = buildComparison(this.fromScreener ? { ...config, highlight: this.linked } : config);
  }

  private badge(c: ComparisonColumn) {
    return c.highlighted ? html` <span class="badge">${this.fromScreener ? msg('Your screen result') : msg('Featured')}</span>` : nothing;
  }

  private cell(c: ComparisonCell, name?: string) {
    // A number range ("5–6") never breaks at its dash: Firefox breaks lines after an en dash.
    const fact = factText(c.value, this.locale);
    const text = typeof fact === 'string' ? fact.split(/(\d+–\d+)/).map((part, i) => (i % 2 ? html`<span class="range">${part}</span>` : part)) : fact;
    return html`${text} <sup>[${c.notes.join(', ')}]</sup>${
      c.own
        ? html`<p class="own"><strong>${name ? msg(str`At ${name}:`) : msg('Our program:')}</strong> ${c.own}</p>`
        : nothing
    }`;
  }

  private cta(c: ComparisonColumn) {
    return c.cta
      ? html`<a class="button cta" href=${c.cta.href} @click=${() => this.emit('iop-compare-select', { level: c.id })}
          >${c.cta.label ?? msg(str`Ask about ${levelName(c.id)}`)}</a
        >`
      : nothing;
  }

  override render() {
    const v = this.view!;
    const caption = v.audience === 'adolescent' ? msg('Levels of care side by side, for teens') : msg('Levels of care side by side, for adults');
    const hl = (c: { highlighted: boolean }) => (c.highlighted ? 'hl' : '');
    // "Many IOPs offer virtual sessions" (seeds/004); "some online programs", helpful in rural areas (seeds/001).
    const telehealthNote = v.notes.find((n) => n.source.id === 'seed-iop-length');
    // One heading for both layouts (the table had only a caption): the table is named by it.
    const table = () => html`<div class="wide">
        <table part="table" aria-labelledby="title">
          <thead>
            <tr>
              <td></td>
              ${v.columns.map(
                (c) => html`<th scope="col" class=${hl(c)} part=${c.highlighted ? 'highlight' : nothing}>${levelName(c.id)}${this.badge(c)}</th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${v.rows.map(
              (r) =>
                html`<tr>
                  <th scope="row">${rowName(r.id)}</th>
                  ${r.cells.map((c, i) => html`<td class=${hl(v.columns[i])}>${this.cell(c, v.centerName)}</td>`)}
                </tr>`,
            )}
            ${v.columns.some((c) => c.cta)
              ? html`<tr class="cta">
                  <th scope="row">${msg('Next step')}</th>
                  ${v.columns.map((c) => html`<td class=${hl(c)}>${this.cta(c)}</td>`)}
                </tr>`
              : nothing}
          </tbody>
        </table>
      </div>`;
    const cards = () => html`<div class="cards">
        ${v.columns.map(
          (c, i) =>
            html`<section class="card ${hl(c)}" part=${c.highlighted ? 'card highlight' : 'card'}>
              <h3>${levelName(c.id)}${this.badge(c)}</h3>
              <dl>
                ${v.rows.map((r) => html`<dt>${rowName(r.id)}</dt><dd>${this.cell(r.cells[i], v.centerName)}</dd>`)}
              </dl>
              ${this.cta(c)}
            </section>`,
        )}
      </div>`;
    return html`${crisisBar()}${notice(this.baseIssues, this.issues)}
      <h2 class="title" id="title">${caption}</h2>
      ${this.layout === 'cards' ? cards() : table()}
      <div class="notes" part="notes">
        <p>${msg('Informed by ASAM concepts. These are general facts, not a diagnosis or medical advice. Cost depends on your insurance, so ask each program. A professional can help you choose.')}</p>
        <p>
          ${msg('Online IOP: many programs also meet by video. This can help if getting there is hard, or if there are few programs nearby. Ask each program.')}
          ${telehealthNote ? html`<sup>[${telehealthNote.n}]</sup>` : nothing}
        </p>
        <h3>${msg('Sources')}</h3>
        <ol>
          ${v.notes.map(
            // Source titles are English documents: marked so a Spanish voice reads them in English.
            (n) => html`<li lang=${this.locale === 'en' ? nothing : 'en'}>${n.source.url ? html`<a href=${n.source.url}>${n.source.title}</a>` : n.source.title}</li>`,
          )}
        </ol>
      </div>`;
  }
}

/** Events of `<iop-compare>`; they bubble and are composed, so they can be heard on `document` and `window`. */
export interface IopCompareEventMap {
  'iop-compare-select': CustomEvent<{ level: CompareLevelId }>;
}

// The events are typed wherever the class is imported (not only with its define module), and on
// elements, `document` and `window`, since they bubble and are composed.
declare global {
  interface HTMLElementEventMap extends IopCompareEventMap {}
  interface DocumentEventMap extends IopCompareEventMap {}
  interface WindowEventMap extends IopCompareEventMap {}
}

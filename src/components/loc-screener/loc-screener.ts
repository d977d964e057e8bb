import { html, isServer, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { ScreenerResult } from '../../core/screener/evaluate.js';
import type { ScreenerCompleteDetail, ScreenerCrisisDetail, ScreenerCtaDetail, ScreenerStepDetail } from '../../core/screener/events.js';
import { LocElement } from '../../shared/base-element.js';
import { crisisBar, findHelpLinks } from '../../shared/crisis.js';
import { registerCatalog } from '../../shared/localize.js';
import { baseStyles } from '../../shared/styles.js';
import type { ScreenerFlow } from './flow.js';
import { screenerStyles } from './styles.js';

// The Spanish words of the start screen; those of the questions and results come with the flow (flow.ts).
registerCatalog(() => import('../../locales/loc-screener/es.js'));

export type { ScreenerCompleteDetail, ScreenerCrisisDetail, ScreenerCtaDetail, ScreenerStepDetail };

/**
 * The levels a call to action may be set for (core/levels.ts CARE_LEVEL_IDS, written out so the first screen does
 * not import the levels module; test/browser/first-screen.test.ts checks that the lists agree).
 */
const CTA_LEVELS = ['inpatient', 'residential', 'php', 'iop', 'op', 'early'] as const;
/** `cta-iop-href`, `cta-iop-phone`, `cta-iop-label`… for every level (core/screener/config.ts LEVEL_CTA_KEYS). */
export const LEVEL_CTA_ATTRIBUTES = CTA_LEVELS.flatMap((l) => ['phone', 'href', 'label'].map((k) => `cta-${l}-${k}`));

/**
 * Everything after the start screen, in its own module (flow.ts): loaded once per page, when the page is idle, when
 * Start is pressed, or at once by an element with settings, whichever comes first.
 */
let flowModule: Promise<typeof import('./flow.js')> | undefined;
const loadFlowModule = () =>
  (flowModule ??= import('./flow.js').then(
    async (m) => {
      await m.catalogReady;
      return m;
    },
    (e) => {
      // Let a later press of Start try again (a phone that lost its connection for a moment).
      flowModule = undefined;
      throw e;
    },
  ));

/**
 * A short, private self-screen that suggests which level of care to ask about, explains why in
 * plain words, and puts crisis help first. Informed by publicly described ASAM concepts; not an
 * ASAM placement and not a diagnosis. Answers never leave the browser.
 *
 * @summary Private self-screen suggesting a level of care, with crisis help first.
 * @tag loc-screener
 *
 * @attr {'adult' | 'adolescent'} audience - `adult` or `adolescent`; when absent, the screener asks the person's age.
 * @attr {'substance' | 'mental-health' | 'both'} focus - `substance`, `mental-health` or `both`; when absent, the screener asks.
 * @attr {'self' | 'other'} respondent - `self`, or `other` for someone answering for another person (every question and result then speaks of "them"); when absent, the screener asks.
 * @attr {string} levels-offered - Levels the program offers, e.g. `php iop op` (ids: inpatient residential php iop op early).
 * @attr {string} cta-phone - Phone number for the call to action, e.g. `1-555-555-0100`.
 * @attr {string} cta-href - Link for the call to action: an https:// address or a path on the site.
 * @attr {string} cta-label - Button text of the call to action (names the phone when there is one, else the link). Plain text, at most 60 characters.
 * @attr {string} center-name - Your center's name, shown as "Shared by …". Plain text, at most 80 characters.
 * @attr {string} cta-inpatient-href - Link for the call to action when the result is `inpatient` (wins over `levels.inpatient.href` in JSON); the default phone stays beside it.
 * @attr {string} cta-inpatient-phone - Phone number for the call to action when the result is `inpatient`.
 * @attr {string} cta-inpatient-label - Button text of that call to action (names the phone when `cta-inpatient-phone` is set, else the link). Plain text, at most 60 characters.
 * @attr {string} cta-residential-href - Link for the call to action when the result is `residential` (wins over `levels.residential.href` in JSON); the default phone stays beside it.
 * @attr {string} cta-residential-phone - Phone number for the call to action when the result is `residential`.
 * @attr {string} cta-residential-label - Button text of that call to action (names the phone when `cta-residential-phone` is set, else the link). Plain text, at most 60 characters.
 * @attr {string} cta-php-href - Link for the call to action when the result is `php` (wins over `levels.php.href` in JSON); the default phone stays beside it.
 * @attr {string} cta-php-phone - Phone number for the call to action when the result is `php`.
 * @attr {string} cta-php-label - Button text of that call to action (names the phone when `cta-php-phone` is set, else the link). Plain text, at most 60 characters.
 * @attr {string} cta-iop-href - Link for the call to action when the result is `iop` (wins over `levels.iop.href` in JSON); the default phone stays beside it.
 * @attr {string} cta-iop-phone - Phone number for the call to action when the result is `iop`.
 * @attr {string} cta-iop-label - Button text of that call to action (names the phone when `cta-iop-phone` is set, else the link). Plain text, at most 60 characters.
 * @attr {string} cta-op-href - Link for the call to action when the result is `op` (wins over `levels.op.href` in JSON); the default phone stays beside it.
 * @attr {string} cta-op-phone - Phone number for the call to action when the result is `op`.
 * @attr {string} cta-op-label - Button text of that call to action (names the phone when `cta-op-phone` is set, else the link). Plain text, at most 60 characters.
 * @attr {string} cta-early-href - Link for the call to action when the result is `early` (wins over `levels.early.href` in JSON); the default phone stays beside it.
 * @attr {string} cta-early-phone - Phone number for the call to action when the result is `early`.
 * @attr {string} cta-early-label - Button text of that call to action (names the phone when `cta-early-phone` is set, else the link). Plain text, at most 60 characters.
 * @attr {'basic' | 'reasons' | 'answers'} [event-detail=basic] - How much the events tell the page. `basic` (default, private): counts and conversion only, nothing that reveals an answer, reason, age or crisis kind. `reasons`: adds question ids, reasons, warnings, audience, focus, respondent and crisis kinds. `answers`: also the raw answers in `loc-screener-complete`.
 * @attr {boolean} include-answers - Older name for `event-detail="answers"` (present, any value but `false`), kept working.
 * @attr {'en' | 'es'} lang - `en` or `es`; else the nearest ancestor's `lang`, else `<html lang>`.
 * @attr {string} config-src - A same-origin address of a JSON settings file (same schema as the child script), for CMSs that strip `<script>`. The child script wins if both are present.
 *
 * @event {CustomEvent<{ total: number }>} loc-screener-start - The visitor started. Detail: `{ total }`.
 * @event {CustomEvent<ScreenerStepDetail>} loc-screener-step - A question is shown. Detail: `{ index }`; with `event-detail="reasons"` or more also `total` and `question` (the question id, never the answer).
 * @event {CustomEvent<ScreenerCrisisDetail>} loc-screener-crisis - The crisis panel opened after a red-flag answer (ticking one shows a note in place; Next or Get help now opens the panel). Detail: `{}`; with `event-detail="reasons"` or more `{ kind, crises, contacts }`.
 * @event {CustomEvent<ScreenerCompleteDetail>} loc-screener-complete - The result is shown. Detail: `{ level, offered, complete }`; with `event-detail="reasons"` also `reasons, warnings, audience, focus, respondent, asked, answered`, and with `answers` also `answers`. Page-level: it bubbles and is composed, so `<iop-compare>` and hosts can listen on `document`.
 * @event {CustomEvent<ScreenerCtaDetail>} loc-screener-cta - A call to action or help link was chosen. Detail: `{ level, kind, href? }`: kind `phone` or `link` (the site's own, with its `href`) or `help` (a helpline, no address); with `event-detail="reasons"` or more the exact kind (`911`, `988`, `poison`, `helpline`, `findtreatment`) and `href`.
 *
 * @csspart crisis-bar - The crisis help band shown on every screen.
 * @csspart crisis-panel - The crisis panel, opened by Next or Get help now after a red-flag answer.
 * @csspart question - The fieldset of the current question.
 * @csspart option - Each answer choice.
 * @csspart progress - The progress bar.
 * @csspart result - The result screen.
 * @csspart button - Every button.
 * @csspart notice - The settings problem notice for editors.
 *
 * @cssprop --loc-accent - Filled buttons and the progress bar (default #0b57a4).
 * @cssprop --loc-accent-text - Text on filled buttons (default #fff).
 * @cssprop --loc-danger - Crisis accents and the filled Call 911 button (default #a11f19).
 * @cssprop --loc-danger-text - Text on the filled Call 911 button (default #fff).
 * @cssprop --loc-surface - Background (default transparent).
 * @cssprop --loc-border - Borders (default: text color at 35 %).
 * @cssprop --loc-radius - Corner radius (default 0.5rem).
 * @cssprop --loc-gap - Base spacing (default 1rem).
 * @cssprop --loc-font-size - Base text size (default 1rem).
 * @cssprop --loc-max-width - Width limit (default 42rem).
 * @cssprop --loc-focus-color - The focus ring, on every control (default #000).
 * @cssprop --loc-focus-halo - The light band around the focus ring (default #fff); keep 9:1 or more between the two.
 * @cssprop --loc-scroll-margin - Room kept above a focused control when the page scrolls to it: the height of a sticky header (default 4rem).
 */
export class LocScreener extends LocElement<LocScreenerEventMap> {
  static override styles = [baseStyles, screenerStyles];
  // Reactive properties, declared without decorators (whose runtime costs about 0.3 KB gzip a file);
  // `config-src` comes from LocElement.
  static override properties = {
    audience: {},
    focusArea: { attribute: 'focus' },
    respondent: {},
    levelsOffered: { attribute: 'levels-offered' },
    ctaPhone: { attribute: 'cta-phone' },
    ctaHref: { attribute: 'cta-href' },
    ctaLabel: { attribute: 'cta-label' },
    centerName: { attribute: 'center-name' },
    // `cta-iop-href` and the like: one property of the same name for each attribute.
    ...Object.fromEntries(LEVEL_CTA_ATTRIBUTES.map((a) => [a, {}])),
    includeAnswers: { attribute: 'include-answers' },
    eventDetail: { attribute: 'event-detail' },
  };

  audience: string | null = null;
  /** The `focus` attribute (named `focusArea` because `focus()` is an HTMLElement method). */
  focusArea: string | null = null;
  /** `respondent`: `self` or `other` (helper mode); when absent, the screener asks. */
  respondent: string | null = null;
  levelsOffered: string | null = null;
  ctaPhone: string | null = null;
  ctaHref: string | null = null;
  ctaLabel: string | null = null;
  centerName: string | null = null;
  /** `include-answers`: true, or any text but `false`, adds the answers to `loc-screener-complete`. */
  includeAnswers: boolean | string | null = null;
  /** `event-detail`: `basic` (default), `reasons` or `answers`; see the events. */
  eventDetail: string | null = null;

  /** The questions, rules and results, once their module has loaded (see loadFlow). */
  private flow?: ScreenerFlow;
  private flowLoading?: Promise<ScreenerFlow | undefined>;
  /** The flow's module could not be loaded (offline): the start screen says so and offers help and a retry. */
  private flowFailed = false;
  private cancelIdle?: () => void;

  /**
   * The result for the answers given so far (partial answers are valid); undefined until the questions have loaded
   * (when the page is idle, on Start, or at once when the element has settings). `await el.updateComplete` waits for
   * a load under way.
   */
  get currentResult(): ScreenerResult | undefined {
    return this.flow?.result;
  }

  /**
   * Leaving the page forgets the answers, as the start screen promises: the back/forward cache must not bring them
   * back for the next person on this device (issue #14).
   */
  private onPageHide = () => this.flow?.forget();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
    if (!this.flow && !this.cancelIdle) {
      // Loaded while the visitor reads the start screen, so Start shows the first question with no wait. Safari has no
      // requestIdleCallback: there, soon after the first paint.
      const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 300));
      const cancel = window.cancelIdleCallback ?? clearTimeout;
      const id = idle(() => this.loadFlow(), { timeout: 2000 });
      this.cancelIdle = () => cancel(id);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
    this.cancelIdle?.();
    this.cancelIdle = undefined;
  }

  /** Go back to the start screen and forget every answer. */
  reset(): void {
    this.flow?.reset();
  }

  /** The flow's module, loaded once per page (a seam for tests: a subclass may delay it or make it fail). */
  protected static flowModule(): Promise<typeof import('./flow.js')> {
    return loadFlowModule();
  }

  /** Load the flow's module and make this element's flow. */
  private loadFlow(): Promise<ScreenerFlow | undefined> {
    this.cancelIdle?.();
    if (this.flow) return Promise.resolve(this.flow);
    return (this.flowLoading ??= this.track((this.constructor as typeof LocScreener).flowModule().then(
      (m) => {
        this.flowLoading = undefined;
        this.flowFailed = false;
        // The flow's styles join the class's, for this element and every one made from now on.
        const styles = (this.constructor as typeof LocScreener).elementStyles;
        if (!styles.includes(m.flowStyles)) styles.push(m.flowStyles);
        this.restyle();
        this.flow ??= new m.ScreenerFlow(this, {
          json: () => [this.childJson, this.childJsonFromSrc],
          settingValues: () => this.settingValues(),
          emit: (type, detail) => this.emit(type, detail),
          baseIssues: () => this.baseIssues,
          print: (win) => this.printWindow(win),
          locale: () => this.locale,
          renderStart: (name) => this.renderStart(name),
        });
        this.requestUpdate();
        return this.flow;
      },
      (e) => {
        this.flowLoading = undefined;
        this.flowFailed = true;
        console.error('[level-of-care-widgets] <loc-screener> could not load its questions.', e);
        this.requestUpdate();
        return undefined;
      },
    )));
  }

  private onStart = () => {
    // Usually loaded by now (the page was idle first): then the first question shows in this same task.
    if (this.flow) this.flow.start();
    else void this.track(this.loadFlow().then((flow) => flow?.start()));
  };

  /** Settings to read: any setting attribute or property, a child script or `config-src`. */
  private hasSettings(): boolean {
    return this.hasChildNodes() || this.settingValues().some((v) => v != null);
  }

  override willUpdate(): void {
    if (this.flow) this.flow.willUpdate();
    // Settings are parsed by the flow: with settings, it loads at once (the start screen may name the center).
    // On the server the start screen is rendered alone; the browser renders again with the settings.
    else if (!isServer && !this.flowFailed && this.hasSettings()) void this.loadFlow();
  }

  override updated(): void {
    this.flow?.updated();
  }

  override render() {
    // Crisis help first, before any notice for the editor, as in every widget.
    // One template whether or not the flow has loaded: its arrival must not rebuild the start screen, where a keyboard
    // or screen reader user may already be on the Start button.
    const flow = this.flow;
    return html`${crisisBar()}${flow ? flow.notice() : nothing}
      <div class="screen">${flow ? flow.renderScreen() : this.renderStart()}</div>`;
  }

  private renderStart(name?: string) {
    return html`<section class="start">
      <h2 tabindex="-1" data-focus>${msg('What kind of care could help?')}</h2>
      <p>${msg('Answer a few short questions to see which level of care to ask about. It takes about 3 minutes.')}</p>
      <ul>
        <li>${msg('Private: your answers stay on this device. Nothing is sent or saved.')}</li>
        <li>${msg('This is not a diagnosis. It is a starting point to talk about with a professional.')}</li>
        <li>${msg('Helping someone else? Answer for them.')}</li>
      </ul>
      <button part="button" @click=${this.onStart}>${msg('Start')}</button>
      ${this.flowFailed
        ? html`<p role="alert">${msg('The questions could not load. Check your connection and press Start again. You can still get help now:')}</p>${findHelpLinks()}`
        : nothing}
      ${name ? html`<p class="small">${msg(str`Shared by ${name}.`)}</p>` : nothing}
    </section>`;
  }

  /** Opens the print dialog (a seam for tests). */
  protected printWindow(win: Window): void {
    win.print();
  }
}

/** Events of `<loc-screener>`; all bubble and are composed, so they can be heard on `document` and `window`. */
export interface LocScreenerEventMap {
  'loc-screener-start': CustomEvent<{ total: number }>;
  'loc-screener-step': CustomEvent<ScreenerStepDetail>;
  'loc-screener-crisis': CustomEvent<ScreenerCrisisDetail>;
  'loc-screener-complete': CustomEvent<ScreenerCompleteDetail>;
  'loc-screener-cta': CustomEvent<ScreenerCtaDetail>;
}

// The events are typed wherever the class is imported (not only with its define module), and on
// elements, `document` and `window`, since they bubble and are composed.
declare global {
  interface HTMLElementEventMap extends LocScreenerEventMap {}
  interface DocumentEventMap extends LocScreenerEventMap {}
  interface WindowEventMap extends LocScreenerEventMap {}
}

import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import type { AttributeValue, ConfigIssue } from '../../core/config.js';
import { type ContactId, type CrisisKind, type ScreenerResult, evaluateScreener, shownReasons } from '../../core/screener/evaluate.js';
import { type ScreenerCtaKind, completeDetail, crisisDetail, ctaDetail, stepDetail } from '../../core/screener/events.js';
import { type Question, type ScreenerContext, cleanAnswers, getQuestion, progressTotal, questionOptions } from '../../core/screener/questions.js';
import { type ResolvedCta, type ScreenerConfig, ctaForLevel, parseScreenerConfig } from '../../core/screener/config.js';
import { CONTACT_LINKS, findHelpLinks } from '../../shared/crisis.js';
import type { DetailOf } from '../../shared/base-element.js';
import { registerCatalog } from '../../shared/localize.js';
import { notice, report, settingsChanged } from '../../shared/read-settings.js';
import { LEVEL_CTA_ATTRIBUTES, type LocScreener, type LocScreenerEventMap } from './loc-screener.js';
import { optionText, questionHint, questionText } from './questions-copy.js';
import { helperTipText, levelDayToDay, levelName, reasonText } from './results-copy.js';
import { summaryText } from './summary.js';
import { warningText } from './warnings-copy.js';
export { flowStyles } from './flow-styles.js';

/**
 * Everything of `<loc-screener>` after its start screen (issue #12): the settings parser, the rules, the questions,
 * the crisis panel, the result and the summary, with their words. The element loads this module when the page is
 * idle or Start is pressed, whichever comes first, or at once when it has settings to read; the start screen and
 * the crisis band never wait for it.
 */

// The Spanish words of this module: loaded with it, so a Spanish start screen does not pay for them. Three catalogs,
// each a chunk under 4 KB gzip (issue #12), downloaded side by side: the questions and answers (questions-copy.ts);
// what the level means, the reasons and the helper tips (results-copy.ts); and this file's own words (the question
// screen's buttons, the crisis panel, the result page) with the warnings (warnings-copy.ts) and the summary
// (summary.ts). One loader for the three, so a failed download (offline) is one failure, logged once.
export const catalogReady = registerCatalog(() =>
  Promise.all([
    import('../../locales/loc-screener-questions/es.js'),
    import('../../locales/loc-screener-results/es.js'),
    import('../../locales/loc-screener-flow/es.js'),
  ]).then((parts) => ({ templates: Object.assign({}, ...parts.map((p) => p.templates)) })),
);

/** The National Domestic Violence Hotline: call 1-800-799-7233, or text START to 88788 (brief §1.6 C10). */
const DV_CALL = 'tel:+18007997233';
const DV_TEXT = 'sms:88788?&body=START';

type Screen = 'start' | 'question' | 'crisis' | 'result';
type Emit = <K extends keyof LocScreenerEventMap>(type: K, detail: DetailOf<LocScreenerEventMap[K]>) => void;

/** What the flow needs of its element beyond its public properties (its protected members, passed in). */
export interface ScreenerPort {
  /** The settings text (child script or `config-src`) and whether it came from `config-src`. */
  json(): [text: string | null, fromSrc: boolean];
  /** The element's settings (LocElement.settingValues), for the rule of when to parse them again. */
  settingValues(): unknown[];
  emit: Emit;
  /** Problems with where the settings are (LocElement.baseIssues), shown before the flow's own. */
  baseIssues(): readonly ConfigIssue[];
  print(win: Window): void;
  locale(): string;
  renderStart(centerName: string | undefined): unknown;
}

/** The state and screens of one `<loc-screener>` after its start screen; the element renders through it. */
export class ScreenerFlow {
  screen: Screen = 'start';
  private index = 0;
  private answers: Record<string, unknown> = {};
  private config!: ScreenerConfig;
  /** The settings text the config was parsed from (see willUpdate). */
  private usedJson: string | null = null;
  private issues: readonly ConfigIssue[] = [];
  /** The result for the answers so far, derived in willUpdate; `result.asked` is the list of questions. */
  result!: ScreenerResult;
  private focusNext = false;
  private copyStatus = '';

  constructor(
    private readonly el: LocScreener,
    private readonly port: ScreenerPort,
  ) {}

  /** Leaving the page forgets the answers, as the start screen promises (issue #14). */
  forget(): void {
    if (this.screen === 'start' && !Object.keys(this.answers).length) return;
    this.answers = {};
    this.index = 0;
    this.screen = 'start';
    this.el.requestUpdate();
  }

  /** Go back to the start screen and forget every answer. */
  reset(): void {
    this.answers = {};
    this.index = 0;
    this.go('start');
  }

  willUpdate(): void {
    const el = this.el;
    const [childJson, fromSrc] = this.port.json();
    // Parsed once per change of a setting, not on every answer (a huge setting must not slow each click). A
    // `config-src` file that arrives once the visitor has started (a slow server) waits for the next start: it must
    // never change the path or the answers of someone in the middle (issue #14). Changes the host makes itself
    // (attributes, the child script) apply at once, as before.
    const started = this.screen !== 'start';
    const late = started && childJson !== this.usedJson && fromSrc;
    if (settingsChanged(this.el, this.port.settingValues()) || !this.config || (!started && childJson !== this.usedJson)) {
      const json = late ? this.usedJson : childJson;
      const { config, issues } = parseScreenerConfig(
        {
          audience: el.audience,
          focus: el.focusArea,
          respondent: el.respondent,
          'levels-offered': el.levelsOffered,
          'cta-phone': el.ctaPhone,
          'cta-href': el.ctaHref,
          'cta-label': el.ctaLabel,
          'center-name': el.centerName,
          ...Object.fromEntries(LEVEL_CTA_ATTRIBUTES.map((a) => [a, (el as unknown as Record<string, AttributeValue>)[a]])),
          'include-answers': el.includeAnswers,
          'event-detail': el.eventDetail,
        },
        json,
      );
      this.usedJson = json;
      this.config = config;
      this.issues = late
        ? [...issues, { field: 'config-src', message: 'arrived after the visitor had started, so it is used from the next start. Their answers were kept.' }]
        : issues;
      report(this.el, this.issues);
    }
    this.result = this.evaluate();
    if (this.index >= this.result.asked.length) this.index = Math.max(0, this.result.asked.length - 1);
  }

  updated(): void {
    if (this.focusNext) {
      this.focusNext = false;
      this.el.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
    }
  }

  /** The editor notice (nothing when the settings are fine). */
  notice() {
    return notice(this.port.baseIssues(), this.issues);
  }

  private go(screen: Screen, index = this.index): void {
    this.el.requestUpdate();
    this.screen = screen;
    this.index = index;
    this.focusNext = true;
    this.copyStatus = '';
    if (screen === 'question') {
      const { asked } = this.evaluate();
      const ctx = this.context();
      const total = progressTotal(cleanAnswers(this.answers, ctx), asked[index], ctx);
      this.port.emit('loc-screener-step', stepDetail(this.config.eventDetail, index + 1, total, asked[index]));
    }
  }

  /** Evaluate the current answers with the host's settings (event handlers run before willUpdate). */
  private evaluate(): ScreenerResult {
    return evaluateScreener(this.answers, { ...this.context(), levelsOffered: this.config.levelsOffered });
  }

  /** What the host fixed, so the matching questions are skipped. */
  private context(): ScreenerContext {
    const { audience, focus, respondent } = this.config;
    return { audience, focus, respondent };
  }

  start = () => {
    // The same total the first step shows, so it never moves while answering.
    const ctx = this.context();
    this.port.emit('loc-screener-start', { total: progressTotal(cleanAnswers(this.answers, ctx), this.evaluate().asked[0], ctx) });
    this.go('question', 0);
  };

  private back = () => {
    if (this.screen === 'crisis' || this.screen === 'result') this.go('question');
    else if (this.index > 0) this.go('question', this.index - 1);
    else this.go('start');
  };

  private next = (e: Event) => {
    e.preventDefault();
    const r = this.evaluate();
    if (r.crisis) return this.showCrisis(r);
    if (this.index + 1 < r.asked.length) return this.go('question', this.index + 1);
    this.showResult();
  };

  private showCrisis(r: ScreenerResult): void {
    this.go('crisis');
    this.port.emit('loc-screener-crisis', crisisDetail(this.config.eventDetail, r));
  }

  private showResult(): void {
    const r = this.evaluate();
    this.go('result');
    const detail = completeDetail(this.config.eventDetail, r, cleanAnswers(this.answers, this.context()));
    this.port.emit('loc-screener-complete', detail);
  }

  private choose(q: Question, value: string, checked: boolean): void {
    let v: unknown = value;
    if (q.kind === 'multi') {
      const prev = (this.answers[q.id] as string[] | undefined) ?? [];
      if (!checked) v = prev.filter((x) => x !== value);
      else if (value === q.exclusive) v = [value];
      else v = [...prev.filter((x) => x !== q.exclusive), value];
    }
    // A red-flag answer does not change the screen (WCAG 3.2.2): the visitor may tick a second sign first. A note
    // in a live region offers help at once, and Next opens the crisis panel (brief §1.5: red flags first). The
    // crisis band stays above, so 911 and 988 are one press away all along.
    this.answers = { ...this.answers, [q.id]: v };
    this.el.requestUpdate();
  }

  private cta(kind: ScreenerCtaKind, href: string) {
    return () => this.port.emit('loc-screener-cta', ctaDetail(this.config.eventDetail, this.result.level, kind, href));
  }

  /** The current screen; the start screen is the element's own (the same template, so focus on Start stays put). */
  renderScreen() {
    switch (this.screen) {
      case 'start':
        return this.port.renderStart(this.config.centerName);
      case 'crisis':
        return this.renderCrisis();
      case 'result':
        return this.renderResult();
      default:
        return this.renderQuestion();
    }
  }

  private renderQuestion() {
    const r = this.result;
    const other = r.respondent === 'other';
    const id = r.asked[this.index];
    const q = getQuestion(id)!;
    // The total counts answers before this question only, so it never moves while the visitor answers it.
    const total = progressTotal(cleanAnswers(this.answers, this.context()), id, this.context());
    const value = this.answers[id];
    const answered = q.kind === 'multi' ? Array.isArray(value) && value.length > 0 : value !== undefined;
    const hint = questionHint(id, other);
    const last = this.index + 1 >= r.asked.length;
    // A red-flag answer: help is one step away (see `choose`).
    const flagged = r.reasons.some((x) => x.level === 'emergency' && x.questions.includes(id));
    return html`<form class="question" @submit=${this.next} novalidate>
      <progress part="progress" max=${total} value=${this.index + 1} aria-hidden="true"></progress>
      <fieldset part="question" aria-describedby=${hint ? 'hint' : nothing}>
        <legend>
          <h2 tabindex="-1" data-focus>
            <span class="step">${msg(str`Question ${this.index + 1} of ${total}`)}</span>
            <span class="q">${questionText(id, other)}</span>
          </h2>
        </legend>
        ${hint ? html`<p id="hint" class="small">${hint}</p>` : nothing}
        ${keyed(id, questionOptions(id, this.context()).map((o) => {
          // Keyed by question: reusing one question's inputs for the next (new name, stale checked state)
          // made the browser uncheck a radio just restored on Back.
          const checked = q.kind === 'multi' ? Array.isArray(value) && value.includes(o) : value === o;
          return html`<label class="option" part="option">
            <input
              type=${q.kind === 'multi' ? 'checkbox' : 'radio'}
              name=${id}
              .value=${o}
              .checked=${checked}
              @change=${(e: Event) => this.choose(q, o, (e.target as HTMLInputElement).checked)}
            />
            <span>${optionText(id, o, other)}</span>
          </label>`;
        }))}
      </fieldset>
      <div role="status">
        ${flagged
          ? html`<p class="flag">
              <strong>${other ? msg('This answer means they may need help now.') : msg('This answer means you may need help now.')}</strong>
              <button type="button" part="button" @click=${() => this.showCrisis(this.evaluate())}>${msg('Get help now')}</button>
            </p>`
          : nothing}
      </div>
      <div class="actions">
        <button type="button" part="button" class="secondary" @click=${this.back}>${msg('Back')}</button>
        <button type="submit" part="button">
          ${last ? msg('See my result') : answered ? msg('Next') : msg('Skip')}
        </button>
      </div>
    </form>`;
  }

  private renderContacts(contacts: readonly ContactId[], quiet: readonly ContactId[]) {
    // Only 911 is the filled, loud button (brief C8): the others are calm buttons, and quieter help is a line after.
    // The Spanish chat opens the Lifeline's Spanish site (Spanish chat since 2023, brief §4.1).
    const chat = this.port.locale() === 'es' ? CONTACT_LINKS.chat988es : CONTACT_LINKS.chat988;
    return html`<ul class="big-contacts">
        ${contacts.map((c) =>
          c === '911'
            ? html`<li><a class="button danger" part="button" href=${CONTACT_LINKS.call911} @click=${this.cta('911', CONTACT_LINKS.call911)}>${msg('Call 911')}</a></li>`
            : c === '988'
              ? html`<li><a class="button secondary" part="button" href=${CONTACT_LINKS.call988} @click=${this.cta('988', CONTACT_LINKS.call988)}>${msg('Call 988')}</a></li>
                  <li><a class="button secondary" part="button" href=${CONTACT_LINKS.text988} @click=${this.cta('988', CONTACT_LINKS.text988)}>${msg('Text 988')}</a></li>
                  <li><a class="button secondary" part="button" href=${chat} target="_blank" rel="noopener noreferrer" @click=${this.cta('988', chat)}>${msg('Chat at 988lifeline.org')}</a></li>`
              : html`<li><a class="button secondary" part="button" href=${CONTACT_LINKS.poison} @click=${this.cta('poison', CONTACT_LINKS.poison)}>${msg('Call Poison Help: 1-800-222-1222')}</a></li>`,
        )}
      </ul>
      ${quiet.includes('988')
        ? html`<p class="quiet">
            ${msg('Later, to talk with someone:')}
            <a href=${CONTACT_LINKS.call988} @click=${this.cta('988', CONTACT_LINKS.call988)}>${msg('call 988')}</a>
            ${msg('or')}
            <a href=${CONTACT_LINKS.text988} @click=${this.cta('988', CONTACT_LINKS.text988)}>${msg('text 988')}</a>.
          </p>`
        : nothing}`;
  }

  /**
   * The crisis panel. Its focused heading says what to do (the first crisis's loudest line), so a screen reader
   * announces the action, not only "Get help now".
   */
  private renderCrisis() {
    const r = this.result;
    const other = r.respondent === 'other';
    const [first, ...more] = r.crises;
    const lead = first ? this.crisisLead(first, other) : msg('In danger now? Call 911.');
    return html`<section class="crisis" part="crisis-panel">
      <h2 tabindex="-1" data-focus>
        <span class="step">${msg('Get help now')}</span>
        <span class="q">${lead}</span>
      </h2>
      ${first ? this.crisisSteps(first, other) : nothing}
      ${more.map((k) => html`<p><strong>${this.crisisLead(k, other)}</strong></p>${this.crisisSteps(k, other)}`)}
      ${this.renderContacts(r.contacts, r.moreContacts)}
      <div class="actions">
        <button type="button" part="button" class="secondary" @click=${this.back}>${msg('Back to the questions')}</button>
        <button type="button" part="button" class="secondary" @click=${() => this.reset()}>${msg('Start again')}</button>
      </div>
    </section>`;
  }

  /** The loudest line of a crisis: what to do now. */
  private crisisLead(kind: CrisisKind, other: boolean): string {
    switch (kind) {
      // Opioid overdose: call 911 first (brief §4.2, C8).
      case 'overdose':
        return msg('This may be an overdose. Call 911 now.');
      // Seizure, chest pain, confusion or hallucinations, severe withdrawal signs: emergency care (brief §1.5, §4.2).
      case 'medical':
        return msg('This needs emergency care. Call 911 now or go to the nearest emergency room.');
      // 911 if in danger now (C7).
      case 'suicide':
        return other ? msg('If they might act on these thoughts now, call 911.') : msg('You deserve help right now. If you might act on these thoughts, call 911.');
      case 'harm-others':
        return msg('If someone may get hurt, call 911 now.');
      // Poison Help (brief §4.1).
      case 'poison':
        return msg('Call Poison Help now: 1-800-222-1222. It is free, private and open 24/7.');
    }
  }

  /** What to do next, after the loudest line. */
  private crisisSteps(kind: CrisisKind, other: boolean) {
    switch (kind) {
      case 'overdose':
        // Opioid overdose: naloxone, support breathing, recovery position, stay (brief §4.2, C8).
        return html`<ol>
          <li>${msg('Give naloxone (Narcan) if you have it.')}</li>
          <li>${msg('Help them breathe. Lay them on their side.')}</li>
          <li>${msg('Stay with them until help comes.')}</li>
        </ol>`;
      case 'medical': {
        // Withdrawal is named only when the visitor said the signs came after stopping (C4); confusion or seeing things
        // may come from a drug such as meth, so it is not blamed on withdrawal (C9).
        const d = (this.answers['danger-now'] as string[] | undefined) ?? [];
        return d.includes('withdrawal-severe')
          ? html`<p>${msg('A high fever or a racing heart after stopping alcohol or pills can be dangerous withdrawal. It can be deadly.')}</p>`
          : nothing;
      }
      case 'suicide':
        // 988 to talk (fewer than 2% of 988 calls involve emergency services, brief §4.1); do not stay alone, put
        // means away; a helper stays with them and removes means (C7).
        return other
          ? html`<ul>
              <li>${msg('Stay with them. Do not leave them alone.')}</li>
              <li>${msg('Put pills, guns and other things they could use to hurt themselves out of reach.')}</li>
              <li>${msg('You or they can call or text 988 to talk with a counselor now. It is free, private and open 24/7.')}</li>
            </ul>`
          : html`<ul>
              <li>${msg('Do not stay alone. Go to someone you trust, or ask them to come to you.')}</li>
              <li>${msg('Put pills, guns and other things you could use to hurt yourself away, or give them to someone.')}</li>
              <li>${msg('To talk with a caring counselor now, call or text 988. It is free, private and open 24/7. Fewer than 2 in 100 calls need police or an ambulance.')}</li>
            </ul>`;
      case 'harm-others':
        return html`<p>${msg('To talk with a counselor now, call or text 988.')}</p>`;
      case 'poison':
        // Call 911 instead if unconscious, seizure or trouble breathing (brief §4.1).
        return html`<p>${msg('Call 911 instead if the person passes out, has a seizure or has trouble breathing.')}</p>`;
    }
  }

  private renderCta(cta: ResolvedCta | undefined) {
    const name = this.config.centerName;
    if (!cta) return nothing;
    return html`<ul class="big-contacts">
      ${cta.phone
        ? html`<li><a class="button" part="button" href=${cta.phone.href} @click=${this.cta('phone', cta.phone.href)}>
            ${cta.phoneLabel ?? (name ? msg(str`Call ${name}`) : msg('Call us'))}: ${cta.phone.display}</a></li>`
        : nothing}
      ${cta.href
        ? html`<li><a class="button ${cta.phone ? 'secondary' : ''}" part="button" href=${cta.href} @click=${this.cta('link', cta.href)}>
            ${cta.linkLabel ?? (name ? msg(str`Contact ${name}`) : msg('Contact us'))}</a></li>`
        : nothing}
    </ul>`;
  }

  private renderWarning(code: ScreenerResult['warnings'][number]['code'], other: boolean) {
    // C10: the National Domestic Violence Hotline, by call or text (START to 88788), with 911 if in danger now.
    return html`<li>
      ${warningText(code, other)}
      ${code === 'domestic-violence'
        ? html`<span class="contact-row">
            <a class="contact" href=${DV_CALL} @click=${this.cta('helpline', DV_CALL)}>${msg('Call 1-800-799-7233')}</a>
            <a class="contact" href=${DV_TEXT} @click=${this.cta('helpline', DV_TEXT)}>${msg('Text START to 88788')}</a>
          </span>
          ${msg('In danger now? Call 911.')}`
        : nothing}
    </li>`;
  }

  private renderResult() {
    const r = this.result;
    const other = r.respondent === 'other';
    const name = this.config.centerName;
    const cta = ctaForLevel(this.config, r.level);
    const shown = shownReasons(r);
    // Hears clicks on the links inside (for the cta event): Enter on a link fires a click too, so keyboards are covered.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events -- the listener is for links inside, not the div
    const helpLinks = html`<div @click=${(e: Event) => this.helpLinkClick(e)}>${findHelpLinks()}</div>`;
    return html`<section class="result" part="result">
      <h2 tabindex="-1" data-focus>
        <span class="step">${msg('Level of care to ask about:')}</span>
        <span class="q">${levelName(r.level)}</span>
      </h2>
      <p>${levelDayToDay(r.level, r.audience, other)}</p>
      ${shown.length
        ? html`<h3>${msg('Why')}</h3>
            <ul>
              ${shown.map((x) => html`<li>${reasonText(x.code, other)}</li>`)}
            </ul>`
        : nothing}
      ${r.warnings.length
        ? html`<div class="warnings">
            <h3>${msg('Important')}</h3>
            <ul>
              ${r.warnings.map((w) => this.renderWarning(w.code, other))}
            </ul>
          </div>`
        : nothing}
      ${r.helperTips.length
        ? html`<h3>${msg('How you can help')}</h3>
            <ul>
              ${r.helperTips.map((t) => html`<li>${helperTipText(t)}</li>`)}
            </ul>`
        : nothing}
      <h3>${msg('What to do next')}</h3>
      ${r.offered === false
        ? html`<p>
              ${name ? msg(str`${name} does not offer this level of care.`) : msg('This program does not offer this level of care.')}
              ${msg('These free services can help you find one:')}
            </p>
            ${helpLinks}
            ${cta?.phone ? html`<p>${name ? msg(str`You can still call ${name} to talk about your options.`) : msg('You can still call us to talk about your options.')}</p>${this.renderCta({ phone: cta.phone, phoneLabel: cta.phoneLabel })}` : nothing}`
        : html`<p>${msg('Take the summary below to a doctor, counselor or program. They will do a full check to find the right care.')}</p>
            ${this.renderCta(cta)}
            ${cta ? nothing : helpLinks}`}
      ${this.renderSummary()}
      <p class="disclaimer">
        ${msg('This is not a diagnosis or medical advice. It uses public ideas from ASAM, a group of addiction doctors. It is not an official ASAM placement.')}
      </p>
      <div class="actions">
        <button type="button" part="button" class="secondary" @click=${this.back}>${msg('Change my answers')}</button>
        <button type="button" part="button" class="secondary" @click=${() => this.reset()}>${msg('Start again')}</button>
      </div>
    </section>`;
  }

  /** The summary to take to the call: shown on request, printed on a clean page, or copied as text. */
  private renderSummary() {
    const text = this.summary();
    return html`<div class="summary" part="summary">
      <h3>${msg('Summary to share')}</h3>
      <p class="small">${msg('It stays on this device unless you print it or copy it.')}</p>
      <details>
        <summary>${msg('Show the summary')}</summary>
        <div class="summary-text">${text}</div>
      </details>
      <div class="actions">
        <button type="button" part="button" class="secondary" @click=${this.printSummary}>${msg('Print the summary')}</button>
        <button type="button" part="button" class="secondary" @click=${this.copySummary}>${msg('Copy the summary')}</button>
      </div>
      <p role="status" class="small">${this.copyStatus}</p>
    </div>`;
  }

  private summary(): string {
    return summaryText(this.result, cleanAnswers(this.answers, this.context()));
  }

  private copySummary = async () => {
    const text = this.summary();
    try {
      await navigator.clipboard.writeText(text);
      this.copyStatus = msg('The summary was copied.');
    } catch {
      // No clipboard (an old browser or a page that blocks it): open the summary and select it to copy by hand.
      const details = this.el.renderRoot.querySelector('.summary details') as HTMLDetailsElement | null;
      if (details) details.open = true;
      const box = this.el.renderRoot.querySelector('.summary-text');
      const sel = getSelection();
      if (box && sel) sel.selectAllChildren(box);
      this.copyStatus = msg('Copy did not work here. The summary is selected: copy it with your keyboard or menu.');
    }
    this.el.requestUpdate();
  };

  /**
   * Print only the summary: a blank frame holds it as text (no HTML is parsed, so Trusted Types and a strict CSP
   * are satisfied; its style is a constructed sheet) and is removed after printing.
   */
  private printSummary = () => {
    this.el.renderRoot.querySelector('iframe.print')?.remove();
    const frame = document.createElement('iframe');
    frame.className = 'print';
    frame.title = msg('Summary to print');
    this.el.renderRoot.appendChild(frame);
    const win = frame.contentWindow;
    const doc = frame.contentDocument;
    if (!win || !doc) return;
    doc.documentElement.lang = this.el.lang || document.documentElement.lang || 'en';
    doc.title = msg('Summary to share');
    const body = doc.body ?? doc.documentElement.appendChild(doc.createElement('body'));
    const pre = doc.createElement('div');
    pre.textContent = this.summary();
    body.appendChild(pre);
    try {
      const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
      sheet.replaceSync('body{font:12pt/1.5 system-ui,sans-serif;margin:1.5cm;color:#000}div{white-space:pre-wrap}');
      doc.adoptedStyleSheets = [sheet];
    } catch {
      // Unstyled text prints too.
    }
    win.addEventListener('afterprint', () => frame.remove(), { once: true });
    this.port.print(win);
  };

  private helpLinkClick(e: Event): void {
    const a = (e.target as Element).closest('a');
    if (!a) return;
    const href = a.getAttribute('href')!;
    this.cta(href.startsWith('tel:') ? 'helpline' : 'findtreatment', href)();
  }
}

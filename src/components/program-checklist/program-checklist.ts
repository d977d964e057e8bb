import { html, isServer, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { LocElement } from '../../shared/base-element.js';
// Its settings controller with its code, so the first render has the settings (see shared/settings.ts).
import '../../shared/settings.js';
import { registerCatalog } from '../../shared/localize.js';
import { notice, noticeStyles, report, settingsChanged } from '../../shared/read-settings.js';
import { baseStyles } from '../../shared/styles.js';
import { crisisBar } from '../../shared/crisis.js';
import type { ConfigIssue } from '../../core/config.js';
import {
  type Answer,
  type ChecklistCounts,
  type ChecklistConfig,
  type ChecklistItem,
  type ChecklistState,
  type ProgramAnswers,
  type TextLabels,
  CHECKLIST_SOURCES,
  MAX_NAME,
  MAX_NOTE,
  MAX_PROGRAMS,
  answerOf,
  buildChecklistText,
  countAnswers,
  emptyProgram,
  emptyState,
  noteOf,
  parseChecklistConfig,
  parseSavedState,
  serializeState,
  stillToAsk,
  storageKeyFor,
  pageStorageKey,
  updateProgram,
} from '../../core/checklist/index.js';
import { checklistStyles } from './styles.js';
import { type Words, defaultWords } from './copy.js';

registerCatalog(() => import('../../locales/program-checklist/es.js'));

/** Checklists in the page, to keep those sharing a `storage-key` in step. */
const LIVE = new Set<ProgramChecklist>();

/**
 * Why each built-in item matters and what a good answer sounds like (details-copy.ts): shown only inside an opened
 * item, so loaded once per page right after the first checklist connects, not with the first render (issue #12).
 */
let details: (() => Record<string, readonly [why: string, good: string]>) | undefined;
let detailsModule: Promise<void> | undefined;
const loadDetails = (load: () => Promise<typeof import('./details-copy.js')>) =>
  (detailsModule ??= load().then(
    (m) => {
      details = m.defaultDetails;
      for (const c of LIVE) c.requestUpdate();
    },
    (e) => {
      // Offline: opened items show their question, answers, source and note field; the next checklist to connect tries again.
      detailsModule = undefined;
      console.error('[level-of-care-widgets] <program-checklist> could not load the "Why it matters" text; the checklist works without it.', e);
    },
  ));

/**
 * Signs of a quality program and the questions to ask it: a checklist a visitor fills in on the phone
 * with up to three programs, or (`mode="showcase"`) what a center's program offers.
 *
 * @summary Signs of a quality program, and the questions to ask it.
 * @tag program-checklist
 *
 * @attr {'visitor' | 'showcase'} [mode=visitor] - `visitor`: the checklist; `showcase`: "What our program offers" and "Ask us about".
 * @attr {boolean} remember - Present (any value but `false`): keep the visitor's answers in this browser's localStorage, for this checklist on this page, for `remember-days`. Several checklists and several tabs stay in step. Without it nothing is stored, and answers an earlier `remember` saved for this checklist on this page are removed.
 * @attr {string} storage-key - Up to 40 letters, digits, `-` or `_`: share saved answers between checklists with the same key (on several pages). Default: one key per checklist and page.
 * @attr {number} [remember-days=30] - Days saved answers are kept (1–365); older answers are removed when the page loads.
 * @attr {'en' | 'es'} lang - `en` or `es`; else the nearest ancestor's `lang`, else `<html lang>`.
 * @attr {string} config-src - A same-origin address of a JSON settings file (same schema as the child script), for CMSs that strip `<script>`. The child script wins if both are present.
 *
 * @event {CustomEvent<ChecklistCounts>} program-checklist-change - An answer changed or a program was added or removed. Detail: counts only, `{yes, no, unsure, unanswered, total, programs}` for the program shown.
 * @event {CustomEvent<ChecklistCounts>} program-checklist-complete - Every item of the program shown has an answer. Same detail.
 * @csspart crisis-bar - The crisis help band at the top.
 * @csspart notice - The settings problem notice for the site editor.
 * @csspart program-tabs - The program buttons, name field and add/remove buttons.
 * @csspart item - One checklist item (a fieldset with a one-line disclosure that opens to the question in visitor mode, a list item in showcase mode).
 * @csspart summary - The count, what is still to ask, and the print, copy and clear buttons.
 * @csspart compare - The side-by-side comparison of programs.
 * @cssprop --loc-accent - Filled buttons and answered items.
 * @cssprop --loc-accent-text - Text on filled buttons.
 * @cssprop --loc-danger - Crisis band and notice borders.
 * @cssprop --loc-border - Borders.
 * @cssprop --loc-surface - Background.
 * @cssprop --loc-radius - Corner radius.
 * @cssprop --loc-gap - Base spacing.
 * @cssprop --loc-font-size - Base text size.
 * @cssprop --loc-max-width - Width limit.
 * @cssprop --loc-focus-color - The focus ring, on every control (default #000).
 * @cssprop --loc-focus-halo - The light band around the focus ring (default #fff); keep 9:1 or more between the two.
 * @cssprop --loc-scroll-margin - Room kept above a focused control when the page scrolls to it: the height of a sticky header (default 4rem).
 */
export class ProgramChecklist extends LocElement<ProgramChecklistEventMap> {
  static override styles = [baseStyles, noticeStyles, checklistStyles];
  // Reactive properties, declared without decorators (whose runtime costs about 0.3 KB gzip a file);
  // `config-src` comes from LocElement.
  static override properties = {
    mode: {},
    remember: {},
    storageKey: { attribute: 'storage-key' },
    rememberDays: { attribute: 'remember-days' },
    data: { state: true, attribute: false },
    message: { state: true, attribute: false },
    fallbackText: { state: true, attribute: false },
    undo: { state: true, attribute: false },
    bodies: { state: true, attribute: false },
  };

  /** `visitor` (default) or `showcase`. */
  mode: string | null = null;
  /** Keep answers in this browser's localStorage. Without it nothing is stored. */
  remember: boolean | string | null = null;
  /** Separates saved answers of several checklists on one site. */
  storageKey: string | null = null;
  /** Days saved answers are kept (1–365, default 30). */
  rememberDays: string | number | null = null;

  private data: ChecklistState = emptyState();
  /** The status line, as a function so it follows the element's language. */
  private message?: () => string;
  private fallbackText = '';
  /** The answers just cleared, offered back with Undo until the next change. */
  private undo?: ChecklistState;
  /**
   * Whether the items' opened parts (the question, answers, why, good answer, source, note field) are drawn. The first
   * render draws only each item's closed line, which is all that shows (a quarter less time to the first paint at 4×
   * CPU: 398 → 297 ms, issue #12); they follow when the page is idle, or at once when the visitor reaches the
   * checklist (focus or pointer) or opens an item. Inside closed items, so nothing moves.
   */
  private bodies = false;
  private cancelBodies?: () => void;
  private showBodies = (): void => {
    this.cancelBodies?.();
    this.cancelBodies = undefined;
    this.removeEventListener('focusin', this.showBodies);
    this.removeEventListener('pointerdown', this.showBodies);
    this.bodies = true;
  };

  private config!: ChecklistConfig;
  private issues: ConfigIssue[] = [];
  private loadedKey?: string;

  protected override willUpdate(): void {
    const { mode, remember, storageKey, rememberDays } = this;
    if (settingsChanged(this, this.settingValues())) {
      const was = this.config;
      ({ config: this.config, issues: this.issues } = parseChecklistConfig(
        { mode, remember, 'storage-key': storageKey, 'remember-days': rememberDays },
        this.childJson,
      ));
      report(this, this.issues);
      // Without `remember`, answers an earlier `remember` saved for this checklist on this page are removed, so
      // taking the setting away also takes the data away (issue #14). Nothing is read or written.
      // Not on the server (level-of-care-widgets/ssr): no storage and no page address there.
      if (!isServer && !this.config.remember && (!was || was.remember)) this.forget(pageStorageKey(location.pathname, this.place()));
      if (was?.remember && !this.config.remember && this.savedKey) this.forget(this.savedKey);
    }
    if (isServer || !this.config.remember || this.config.mode !== 'visitor') this.loadedKey = this.savedKey = undefined;
    else {
      const k = this.config.storageKey ? storageKeyFor(this.config.storageKey) : pageStorageKey(location.pathname, this.place());
      if (this.loadedKey !== k) {
        this.loadedKey = this.savedKey = k;
        this.load(true);
      }
    }
  }

  /** The saved key in use (with `remember` in visitor mode). */
  private savedKey?: string;

  /** This checklist's place among the checklists of its page: part of the default key. */
  private place(): number {
    return [...(this.getRootNode() as ParentNode).querySelectorAll(this.localName)].indexOf(this);
  }

  private forget(k: string): void {
    try {
      localStorage.removeItem(k);
    } catch {
      // Storage blocked: nothing was saved.
    }
  }

  /** Read the saved answers (expired or unreadable ones are removed). */
  private load(first: boolean): void {
    const k = this.savedKey;
    if (!k) return;
    let saved: ReturnType<typeof parseSavedState> = {};
    try {
      saved = parseSavedState(localStorage.getItem(k), this.config.rememberDays);
      if (saved.corrupt || saved.expired) localStorage.removeItem(k);
    } catch {
      // Storage blocked: keep working without it.
    }
    this.data = saved.state ?? emptyState();
    if (saved.corrupt && first) this.message = () => msg('Saved answers could not be read, so the checklist starts fresh.');
  }

  /** Another tab saved or cleared the same answers: follow it, so neither overwrites the other. */
  private onStorage = (e: StorageEvent) => {
    if (this.savedKey && (e.key === this.savedKey || e.key === null)) this.load(false);
  };

  /** Leaving the page forgets answers that are not remembered: the back/forward cache must not bring them back. */
  private onPageHide = () => {
    if (!this.savedKey) this.data = emptyState();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    LIVE.add(this);
    const ctor = this.constructor as typeof ProgramChecklist;
    if (!details) void this.track(loadDetails(() => ctor.detailsModule()));
    if (!this.bodies && !this.cancelBodies) {
      // Tracked, so `updateComplete` (tests, hosts) waits for the whole checklist.
      void this.track(
        new Promise<void>((done) => {
          const cancel = ctor.whenIdle(() => this.showBodies());
          this.cancelBodies = () => {
            cancel();
            done();
          };
        }),
      );
      this.addEventListener('focusin', this.showBodies, { once: true });
      this.addEventListener('pointerdown', this.showBodies, { once: true });
    }
    window.addEventListener('storage', this.onStorage);
    window.addEventListener('pagehide', this.onPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    LIVE.delete(this);
    // Drawn on the next connection (or its idle time) instead.
    this.cancelBodies?.();
    this.cancelBodies = undefined;
    this.removeEventListener('focusin', this.showBodies);
    this.removeEventListener('pointerdown', this.showBodies);
    window.removeEventListener('storage', this.onStorage);
    window.removeEventListener('pagehide', this.onPageHide);
  }

  /** Run `fn` when the page is idle (at most 1 s later; Safari: 50 ms); returns its cancel (a seam for tests). */
  protected static whenIdle(fn: () => void): () => void {
    if (!window.requestIdleCallback) {
      const id = setTimeout(fn, 50);
      return () => clearTimeout(id);
    }
    const id = requestIdleCallback(fn, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }

  /** The module of the items' details (a seam for tests: a subclass may make it fail). */
  protected static detailsModule(): Promise<typeof import('./details-copy.js')> {
    return import('./details-copy.js');
  }

  /** Tell the other checklists of this page that share the key (same `storage-key`) to read it again. */
  private syncOthers(): void {
    for (const other of LIVE) if (other !== this && other.savedKey === this.savedKey) other.load(false);
  }

  private get ids() {
    return this.config.items.map((i) => i.id);
  }

  private words(item: ChecklistItem, all: Record<string, Words>): Words {
    const t = item.text;
    return t ? [t.sign, t.ask, t.why, t.good] : all[item.id];
  }

  /** The words of every built-in item in the element's language, with why and good once details-copy.ts is here. */
  private allWords(): Record<string, Words> {
    const more = details?.();
    return Object.fromEntries(Object.entries(defaultWords()).map(([id, w]): [string, Words] => [id, more?.[id] ? [...w, ...more[id]] : w]));
  }

  private get program(): ProgramAnswers {
    return this.data.programs[this.data.active];
  }

  private programName(p: ProgramAnswers, n: number) {
    return p.name.trim() || msg(str`Program ${n + 1}`);
  }

  private commit(next: ChecklistState, counts = false): void {
    this.undo = undefined;
    const before = countAnswers(this.ids, this.program).unanswered;
    this.data = next;
    if (this.savedKey) {
      try {
        localStorage.setItem(this.savedKey, serializeState(next));
      } catch {
        // Storage full or blocked: answers stay on the page.
      }
      this.syncOthers();
    }
    if (!counts) return;
    const c = countAnswers(this.ids, this.program, next.programs.length);
    this.emit('program-checklist-change', c);
    if (c.unanswered === 0 && before > 0) this.emit('program-checklist-complete', c);
  }

  private answer(id: string, a: Answer) {
    this.commit(updateProgram(this.data, this.data.active, (p) => ({ ...p, answers: { ...p.answers, [id]: a } })), true);
  }

  private note(id: string, e: Event) {
    const v = (e.target as HTMLTextAreaElement).value.slice(0, MAX_NOTE);
    this.commit(updateProgram(this.data, this.data.active, (p) => ({ ...p, notes: { ...p.notes, [id]: v } })));
  }

  private rename(e: Event) {
    const v = (e.target as HTMLInputElement).value.slice(0, MAX_NAME);
    this.commit(updateProgram(this.data, this.data.active, (p) => ({ ...p, name: v })));
  }

  private show(i: number) {
    this.commit({ ...this.data, active: i });
  }

  private addProgram() {
    const programs = [...this.data.programs, emptyProgram()];
    this.commit({ programs, active: programs.length - 1 }, true);
    this.say(() => msg(str`Program ${programs.length} added.`));
    // The new program is shown: move to its name, since the Add button may be gone (3 programs at most).
    this.focusAfterUpdate('input[type="text"]');
  }

  private removeProgram() {
    const gone = this.data.active;
    const removed = this.program.name.trim();
    const programs = this.data.programs.filter((_, i) => i !== gone);
    const active = Math.max(0, gone - 1);
    this.commit({ programs, active }, true);
    // An unnamed program is only a number, and the numbers shift: it is not named in the message.
    // Built in the thunk, so the default names are in the element's language.
    this.say(() => {
      const shown = this.programName(programs[active], active);
      return removed ? msg(str`${removed} removed. Now showing ${shown}.`) : msg(str`Program removed. Now showing ${shown}.`);
    });
    // The Remove button may be gone (one program left): move to the program now shown.
    this.focusAfterUpdate('[part="program-tabs"] button[aria-pressed="true"]');
  }

  /** Set the status line. The same words twice are announced twice: the line is emptied for one update first. */
  private say(message: () => string) {
    if (this.message?.() === message()) {
      this.message = undefined;
      void this.updateComplete.then(() => (this.message = message));
    } else this.message = message;
  }

  private focusAfterUpdate(selector: string) {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private clear() {
    // Clearing can be undone until the next change: the answers are kept on the page only, not stored.
    this.undo = this.data;
    // Always works: the answers on the page go even when storage is blocked.
    this.data = emptyState();
    if (this.savedKey) {
      this.forget(this.savedKey);
      this.syncOthers();
    }
    this.fallbackText = '';
    this.say(() => msg('Saved answers cleared.'));
  }

  private undoClear() {
    const back = this.undo;
    if (!back) return;
    this.commit(back, true);
    this.say(() => msg('Your answers are back.'));
    // The Undo button goes away: focus moves to the Clear button next to it.
    this.focusAfterUpdate('[part="summary"] button.secondary');
  }

  /** English proper names in a translated text, marked `lang="en"` so a Spanish voice reads them in English (WCAG 3.1.2). */
  private markEnglish(text: string) {
    if (this.locale === 'en') return text;
    return text.split(/(Joint Commission)/).map((part, i) => (i % 2 ? html`<span lang="en">${part}</span>` : part));
  }

  private text(): string {
    const all = this.allWords();
    const labels: TextLabels = {
      title: msg('Questions to ask a program'),
      answer: this.answerLabels(),
      unanswered: msg('Not answered'),
      ask: msg('Ask'),
      note: msg('Note'),
      stillToAsk: msg('Still to ask'),
      programName: (p, n) => this.programName(p, n),
    };
    const items = this.config.items.map((i) => {
      const [sign, ask] = this.words(i, all);
      return { id: i.id, sign, ask };
    });
    return buildChecklistText(items, this.data, labels);
  }

  private async copy() {
    const text = this.inLocale(() => this.text());
    try {
      await navigator.clipboard.writeText(text);
      this.fallbackText = '';
      this.say(() => msg('Copied. You can paste it into a note or message.'));
    } catch {
      this.fallbackText = text;
      this.say(() => msg('Could not copy. Select the text below and copy it.'));
    }
  }

  private answerLabels(): Record<Answer, string> {
    return { yes: msg('Yes'), no: msg('No'), unsure: msg('Not sure') };
  }

  override render() {
    const all = this.allWords();
    const body = this.config.mode === 'showcase' ? this.renderShowcase(all) : this.renderVisitor(all);
    return html`${crisisBar()}${notice(this.baseIssues, this.issues)}${body}
      <p class="fine">${msg('Based on guidance from SAMHSA and NIAAA. This list is not medical advice.')}</p>`;
  }

  private renderShowcase(all: Record<string, Words>) {
    const meets = this.config.meets;
    const has = (i: ChecklistItem) => Object.prototype.hasOwnProperty.call(meets, i.id);
    const offered = this.config.items.filter(has);
    const rest = this.config.items.filter((i) => !has(i));
    return html`${offered.length
      ? html`<h2>${msg('What our program offers')}</h2>
          <ul class="plain">
            ${offered.map((i) => html`<li class="box" part="item"><strong>${this.words(i, all)[0]}</strong>${meets[i.id] ? html`<br />${meets[i.id]}` : nothing}</li>`)}
          </ul>`
      : nothing}
    ${rest.length
      ? html`<h2>${msg('Ask us about')}</h2>
          <ul class="plain">
            ${rest.map((i) => {
              const [sign, ask] = this.words(i, all);
              return html`<li class="box" part="item"><strong>${sign}</strong><br />${this.markEnglish(ask)}</li>`;
            })}
          </ul>`
      : nothing}`;
  }

  private renderVisitor(all: Record<string, Words>) {
    const { programs, active } = this.data;
    const p = this.program;
    const ids = this.ids;
    const c = countAnswers(ids, p, programs.length);
    const left = stillToAsk(ids, p);
    const labels = this.answerLabels();
    const byId = new Map(this.config.items.map((i) => [i.id, i]));
    return html`<h2>${msg('Questions to ask a program')}</h2>
      <p>${msg('Use this list when you call a program. Mark each answer and take notes. You can compare up to 3 programs.')}</p>
      <p class="fine">
        ${this.config.remember
          ? msg('Your answers are saved in this browser only, until you clear them.')
          : msg('Your answers are not saved. They are gone when you leave this page.')}
      </p>
      <div part="program-tabs" class="box no-print">
        <div class="row" role="group" aria-label=${msg('Programs')}>
          ${programs.map(
            (q, i) => html`<button type="button" class=${i === active ? '' : 'secondary'} aria-pressed=${i === active} @click=${() => this.show(i)}>${this.programName(q, i)}</button>`,
          )}
        </div>
        <label class="field">${msg('Program name')}
          <input type="text" autocomplete="off" maxlength=${MAX_NAME} .value=${p.name} placeholder=${this.programName(p, active)} @input=${this.rename} />
        </label>
        <div class="row">
          ${programs.length < MAX_PROGRAMS ? html`<button type="button" class="secondary" @click=${this.addProgram}>${msg('Add a program')}</button>` : nothing}
          ${programs.length > 1 ? html`<button type="button" class="secondary" @click=${this.removeProgram}>${msg('Remove this program')}</button>` : nothing}
        </div>
      </div>
      <p class="print-only"><strong>${this.programName(p, active)}</strong></p>
      <ol class="items">
        ${this.config.items.map((item, n) => {
          const [sign, ask, why, good] = this.words(item, all);
          const a = answerOf(p, item.id);
          const note = noteOf(p, item.id);
          // One short line per item until it is opened (a phone showed 15 open cards, 7,600 px): the sign and where it stands.
          // "Not sure" is still to ask, like no answer.
          const state = a === 'yes' || a === 'no' ? labels[a] : a === 'unsure' ? msg('Not sure, still to ask') : msg('Not asked yet');
          const done = a === 'yes' || a === 'no';
          // A group named by its sign, that opens to the question, the answers, why it matters and a note.
          return html`<li>
            <fieldset part="item" class="item ${done ? 'done' : ''}" aria-labelledby="sign-${n}">
              <details @toggle=${this.showBodies}>
                <summary><span id="sign-${n}">${n + 1}. ${sign}</span> <span class="state">(${state})</span></summary>
                ${this.bodies
                  ? html`<p id="ask-${n}"><strong>${msg('Ask')}:</strong> ${this.markEnglish(ask)}</p>
                <div class="choices" role="radiogroup" aria-labelledby="ask-${n}">
                  ${(['yes', 'no', 'unsure'] as const).map(
                    (v) => html`<label><input type="radio" name=${item.id} value=${v} .checked=${a === v} @change=${() => this.answer(item.id, v)} />${labels[v]}</label>`,
                  )}
                </div>
                ${why ? html`<p><strong>${msg('Why it matters:')}</strong> ${why}</p>` : nothing}
                ${good ? html`<p><strong>${msg('A good answer:')}</strong> ${good}</p>` : nothing}
                ${item.sources
                  ? html`<p class="fine">${msg('Source:')}
                      ${item.sources.map((s, k) => {
                        const src = CHECKLIST_SOURCES[s];
                        // Source titles are English documents: marked so a Spanish voice reads them in English.
                        return html`${k ? '; ' : ''}<span lang=${this.locale === 'en' ? nothing : 'en'}>${src.url ? html`<a href=${src.url} target="_blank" rel="noopener noreferrer">${src.title}</a>` : src.title}</span>`;
                      })}</p>`
                  : nothing}
                <label class="field"
                  >${msg('Notes')}<span class="visually-hidden"> (${sign})</span>
                  <textarea rows="2" maxlength=${MAX_NOTE} .value=${note} @input=${(e: Event) => this.note(item.id, e)}></textarea>
                </label>`
                  : nothing}
              </details>
              ${note.trim() ? html`<p class="print-only">${msg('Note')}: ${note}</p>` : nothing}
            </fieldset>
          </li>`;
        })}
      </ol>
      <section part="summary" class="box" aria-labelledby="left">
        <h3 id="left">${msg('Still to ask')}</h3>
        <p role="status">${msg(str`${c.yes + c.no} of ${c.total} answered. ${left.length} still to ask.`)}</p>
        ${left.length && left.length < c.total
          ? // Before any answer the list would repeat the whole checklist (a phone page 400 px longer): the count says it.
            html`<ul>${left.map((id) => html`<li>${this.words(byId.get(id)!, all)[0]}</li>`)}</ul>`
          : nothing}
        <div class="row">
          <button type="button" @click=${() => window.print()}>${msg('Print')}</button>
          <button type="button" @click=${this.copy}>${msg('Copy as text')}</button>
          ${this.config.remember ? html`<button type="button" class="secondary" @click=${this.clear}>${msg('Clear saved answers')}</button>` : nothing}
        </div>
        <p role="status" class="no-print">${this.message?.()}</p>
        ${this.undo ? html`<button type="button" class="secondary no-print" @click=${this.undoClear}>${msg('Undo: bring my answers back')}</button>` : nothing}
        ${this.fallbackText
          ? html`<label class="field no-print">${msg('Checklist as text')}<textarea readonly rows="8" .value=${this.fallbackText}></textarea></label>`
          : nothing}
      </section>
      ${programs.length > 1 ? this.renderCompare(all, labels) : nothing}`;
  }

  private renderCompare(all: Record<string, Words>, labels: Record<Answer, string>) {
    const { programs } = this.data;
    // Only the signs asked at one program at least: a table of "Not answered" compares nothing.
    const rows = this.config.items.filter((item) => programs.some((q) => answerOf(q, item.id)));
    return html`<div part="compare">
      <h3 id="cmp">${msg('Programs side by side')}</h3>
      ${rows.length
        ? html`<div class="scroll" tabindex="0" role="region" aria-labelledby="cmp">
            <table>
              <thead>
                <tr>
                  <th scope="col">${msg('Sign of quality')}</th>
                  ${programs.map((q, i) => html`<th scope="col">${this.programName(q, i)}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (item) => html`<tr>
                    <th scope="row">${this.words(item, all)[0]}</th>
                    ${programs.map((q) => {
                      const a = answerOf(q, item.id);
                      return html`<td>${a ? labels[a] : msg('Not asked yet')}</td>`;
                    })}
                  </tr>`,
                )}
                <tr>
                  <th scope="row">${msg('Still to ask')}</th>
                  ${programs.map((q) => html`<td>${stillToAsk(this.ids, q).length}</td>`)}
                </tr>
              </tbody>
            </table>
          </div>`
        : html`<p>${msg('Mark some answers above to see the programs side by side.')}</p>`}
    </div>`;
  }
}

/** Events of `<program-checklist>`; they bubble and are composed, so they can be heard on `document` and `window`. */
export interface ProgramChecklistEventMap {
  'program-checklist-change': CustomEvent<ChecklistCounts>;
  'program-checklist-complete': CustomEvent<ChecklistCounts>;
}

// The events are typed wherever the class is imported (not only with its define module), and on
// elements, `document` and `window`, since they bubble and are composed.
declare global {
  interface HTMLElementEventMap extends ProgramChecklistEventMap {}
  interface DocumentEventMap extends ProgramChecklistEventMap {}
  interface WindowEventMap extends ProgramChecklistEventMap {}
}

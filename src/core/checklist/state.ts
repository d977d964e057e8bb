/** The visitor's answers for up to three programs, their counts, saved form and plain-text export. */

export const ANSWERS = ['yes', 'no', 'unsure'] as const;
export type Answer = (typeof ANSWERS)[number];
export const MAX_PROGRAMS = 3;
export const MAX_NAME = 60;
export const MAX_NOTE = 1000;

export interface ProgramAnswers {
  /** The name the visitor gave ('' until named). */
  readonly name: string;
  readonly answers: Readonly<Record<string, Answer>>;
  readonly notes: Readonly<Record<string, string>>;
}

export interface ChecklistState {
  readonly programs: readonly ProgramAnswers[];
  /** Index of the program shown. */
  readonly active: number;
}

/** Counts only: what events carry. Never names or notes. */
export interface ChecklistCounts {
  yes: number;
  no: number;
  unsure: number;
  unanswered: number;
  total: number;
  programs: number;
}

export const emptyProgram = (): ProgramAnswers => ({ name: '', answers: {}, notes: {} });
export const emptyState = (): ChecklistState => ({ programs: [emptyProgram()], active: 0 });

/** The localStorage key for a storage key (the `storage-key` attribute). */
export const storageKeyFor = (key: string) => `level-of-care-widgets:program-checklist:v1:${key}`;

/**
 * The default key: one per widget and page (issue #14), from the page's path and the widget's place among the
 * checklists of the page, so two checklists on one page, or on two pages, never share answers.
 */
export const pageStorageKey = (path: string, index: number) => storageKeyFor(`page:${path}:${index}`);

/** Days saved answers are kept when the host does not say (`remember-days`). */
export const DEFAULT_REMEMBER_DAYS = 30;
const DAY = 86_400_000;

const has = (rec: object, id: string) => Object.prototype.hasOwnProperty.call(rec, id);

export function answerOf(p: ProgramAnswers, id: string): Answer | undefined {
  return has(p.answers, id) ? p.answers[id] : undefined;
}

export function noteOf(p: ProgramAnswers, id: string): string {
  return has(p.notes, id) ? p.notes[id] : '';
}

export function countAnswers(itemIds: readonly string[], p: ProgramAnswers, programs = 1): ChecklistCounts {
  const c: ChecklistCounts = { yes: 0, no: 0, unsure: 0, unanswered: 0, total: itemIds.length, programs };
  for (const id of itemIds) c[answerOf(p, id) ?? 'unanswered']++;
  return c;
}

/** Items still to ask: not answered yet, or answered "Not sure". */
export function stillToAsk(itemIds: readonly string[], p: ProgramAnswers): string[] {
  return itemIds.filter((id) => {
    const a = answerOf(p, id);
    return !a || a === 'unsure';
  });
}

/** A copy of the state with one program changed. */
export function updateProgram(s: ChecklistState, index: number, change: (p: ProgramAnswers) => ProgramAnswers): ChecklistState {
  return { ...s, programs: s.programs.map((p, i) => (i === index ? change(p) : p)) };
}

/** The saved form, with the time it was saved (`t`, ms since 1970) so it can expire. */
export function serializeState(s: ChecklistState, now = Date.now()): string {
  return JSON.stringify({ v: 1, t: now, active: s.active, programs: s.programs });
}

const ID_RE = /^[a-z0-9][a-z0-9-]{0,39}$/;

function record<T>(value: unknown, ok: (v: unknown) => v is T): Record<string, T> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!ID_RE.test(k) || !ok(v)) return undefined;
    out[k] = v;
  }
  return out;
}

const isAnswer = (v: unknown): v is Answer => (ANSWERS as readonly unknown[]).includes(v);
const isNote = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_NOTE;

/**
 * Read saved answers. `null` text (nothing saved) gives `{}`; anything that is not exactly the
 * saved format gives `{ corrupt: true }`. With `maxDays`, answers saved longer ago than that (or with
 * no save time, or saved in the future) give `{ expired: true }`. Never throws.
 */
export function parseSavedState(
  text: string | null | undefined,
  maxDays?: number,
  now = Date.now(),
): { state?: ChecklistState; corrupt?: true; expired?: true } {
  if (text == null) return {};
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    if (!data || typeof data !== 'object' || data.v !== 1 || !Array.isArray(data.programs)) return { corrupt: true };
    const n = data.programs.length;
    if (n < 1 || n > MAX_PROGRAMS) return { corrupt: true };
    const programs: ProgramAnswers[] = [];
    for (const p of data.programs as unknown[]) {
      if (!p || typeof p !== 'object') return { corrupt: true };
      const { name, answers, notes } = p as Record<string, unknown>;
      const a = record(answers, isAnswer);
      const o = record(notes, isNote);
      if (typeof name !== 'string' || name.length > MAX_NAME || !a || !o) return { corrupt: true };
      programs.push({ name, answers: a, notes: o });
    }
    // Old enough to forget, or with no save time (saved before answers expired): removed like any old answers.
    if (maxDays != null && (typeof data.t !== 'number' || now - data.t > maxDays * DAY || data.t > now + DAY)) return { expired: true };
    const active = data.active;
    return { state: { programs, active: Number.isInteger(active) && (active as number) >= 0 && (active as number) < n ? (active as number) : 0 } };
  } catch {
    return { corrupt: true };
  }
}

/** The words the text export uses, in the page's language. */
export interface TextLabels {
  readonly title: string;
  readonly answer: Readonly<Record<Answer, string>>;
  readonly unanswered: string;
  readonly ask: string;
  readonly note: string;
  readonly stillToAsk: string;
  /** The program's shown name (the visitor's, or "Program 1"). */
  readonly programName: (p: ProgramAnswers, index: number) => string;
}

export interface TextItem {
  readonly id: string;
  readonly sign: string;
  readonly ask: string;
}

/** The checklist as plain text, one block per program, for copying into notes or a message. */
export function buildChecklistText(items: readonly TextItem[], s: ChecklistState, l: TextLabels): string {
  const out = [l.title, ''];
  s.programs.forEach((p, n) => {
    out.push(`== ${l.programName(p, n)} ==`);
    items.forEach((item, i) => {
      const a = answerOf(p, item.id);
      out.push(`${i + 1}. ${item.sign}: ${a ? l.answer[a] : l.unanswered}`);
      if (!a || a === 'unsure') out.push(`   ${l.ask}: ${item.ask}`);
      const note = noteOf(p, item.id).trim();
      if (note) out.push(`   ${l.note}: ${note.replace(/\s*\n\s*/g, ' / ')}`);
    });
    const left = stillToAsk(
      items.map((i) => i.id),
      p,
    );
    out.push(`${l.stillToAsk}: ${left.length}`, '');
  });
  return out.join('\n').trimEnd() + '\n';
}

import {
  type AttributeValue,
  attributeTexts,
  checkKeys,
  type ConfigIssue,
  isPlainObject,
  IssueList,
  parseBoolean,
  parseEnum,
  parseSettingsJson,
  parseText,
  quote,
  reportUnknown,
} from '../config.js';
import { DEFAULT_ITEMS, DEFAULT_ITEM_IDS, type ChecklistSourceId } from './items.js';
import { DEFAULT_REMEMBER_DAYS } from './state.js';

export const CHECKLIST_MODES = ['visitor', 'showcase'] as const;
export type ChecklistMode = (typeof CHECKLIST_MODES)[number];

/** An item the host added: its own wording, shown as written in every language. */
export interface CustomText {
  readonly sign: string;
  readonly ask: string;
  readonly why?: string;
  readonly good?: string;
}

export interface ChecklistItem {
  readonly id: string;
  /** Default items have sources; host items have text. */
  readonly sources?: readonly ChecklistSourceId[];
  readonly text?: CustomText;
}

export interface ChecklistConfig {
  readonly mode: ChecklistMode;
  readonly remember: boolean;
  /** The `storage-key` the host gave; undefined: one key per widget and page (issue #14). */
  readonly storageKey?: string;
  /** Days saved answers are kept (`remember-days`, 1–365; default 30). */
  readonly rememberDays: number;
  /** Shown items, in order: the defaults not hidden, then the host's. */
  readonly items: readonly ChecklistItem[];
  /** Showcase: the items the program meets, with the center's note ('' for none). */
  readonly meets: Readonly<Record<string, string>>;
}

/** The attributes `<program-checklist>` reads: text, or null when absent (a property set from script may also be a boolean, a number or a list). */
export interface ChecklistAttributes {
  readonly mode?: AttributeValue;
  readonly remember?: AttributeValue;
  readonly 'storage-key'?: AttributeValue;
  readonly 'remember-days'?: AttributeValue;
}

/**
 * Version 1 of the JSON settings (child `<script type="application/json">`):
 * ```json
 * { "version": 1, "hide": ["privacy"],
 *   "add": [{ "id": "our-item", "sign": "…", "ask": "…", "why": "…", "good": "…" }],
 *   "meets": { "licensed": "Licensed by the state, CARF accredited" } }
 * ```
 * `meets` may also be a list of ids.
 */
export const CHECKLIST_JSON_KEYS = ['version', 'hide', 'add', 'meets'] as const;
/** An item the host adds: its keys, each text's longest length in characters (the id is CHECKLIST_ID_RE). */
export const CHECKLIST_ADD_MAX = { sign: 120, ask: 300, why: 300, good: 300 } as const;
export const CHECKLIST_ADD_KEYS = ['id', 'sign', 'ask', 'why', 'good'] as const;
/** An item id the host writes: lowercase letters, digits and dashes, up to 40 characters. */
export const CHECKLIST_ID_RE = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** Most items the host can add. */
export const CHECKLIST_MAX_ADDED = 20;
/** The longest note, in characters, for an item the program meets. */
export const CHECKLIST_NOTE_MAX = 200;
/** A `storage-key`: up to 40 letters, digits, - or _ (a function, not a shared regex, so it stays inline when built). */
export const isStorageKey = (key: string): boolean => /^[\w-]{1,40}$/.test(key);
/** `remember-days`: the most days saved answers can be kept (the fewest is 1). */
export const CHECKLIST_REMEMBER_DAYS_MAX = 365;

export function parseChecklistConfig(
  attributes: ChecklistAttributes,
  jsonText?: string | null,
): { config: ChecklistConfig; issues: ConfigIssue[] } {
  const issues = new IssueList();
  const attrs = attributeTexts(attributes, issues);
  const json = parseSettingsJson(jsonText, CHECKLIST_JSON_KEYS, issues);

  let storageKey: string | undefined;
  const rawKey = attrs['storage-key']?.trim();
  if (rawKey) {
    if (isStorageKey(rawKey)) storageKey = rawKey;
    else issues.add('storage-key', `${quote(rawKey)} is not allowed. Use up to 40 letters, digits, - or _.`);
  }

  let rememberDays = DEFAULT_REMEMBER_DAYS;
  const rawDays = attrs['remember-days']?.trim();
  if (rawDays) {
    if (/^\d{1,3}$/.test(rawDays) && +rawDays >= 1 && +rawDays <= CHECKLIST_REMEMBER_DAYS_MAX) rememberDays = +rawDays;
    else issues.add('remember-days', `${quote(rawDays)} is not allowed. Use a whole number of days from 1 to ${CHECKLIST_REMEMBER_DAYS_MAX}; ${DEFAULT_REMEMBER_DAYS} is used.`);
  }

  const hidden = new Set<string>();
  if (json.hide != null) {
    if (!Array.isArray(json.hide)) issues.add('json.hide', `must be a list of ids like ["privacy"]; got ${quote(json.hide)}.`);
    else {
      const bad: unknown[] = [];
      for (const id of json.hide) {
        if (typeof id === 'string' && DEFAULT_ITEM_IDS.includes(id)) hidden.add(id);
        else bad.push(id);
      }
      reportUnknown('json.hide', bad, 'id', DEFAULT_ITEM_IDS, issues);
    }
  }

  const items: ChecklistItem[] = DEFAULT_ITEMS.filter((i) => !hidden.has(i.id));
  const seen = new Set<string>(DEFAULT_ITEM_IDS);
  if (json.add != null) {
    if (!Array.isArray(json.add)) issues.add('json.add', `must be a list like [{"id": "our-item", "sign": "…", "ask": "…"}]; got ${quote(json.add)}.`);
    else
      json.add.forEach((raw: unknown, n) => {
        const f = `json.add[${n}]`;
        if (n >= CHECKLIST_MAX_ADDED) return n === CHECKLIST_MAX_ADDED ? issues.add('json.add', `more than ${CHECKLIST_MAX_ADDED} items; the rest were ignored.`) : undefined;
        if (!isPlainObject(raw)) return issues.add(f, `must be an object like {"id": "our-item", "sign": "…", "ask": "…"}; got ${quote(raw)}.`);
        checkKeys(raw, CHECKLIST_ADD_KEYS, f, issues);
        const id = raw.id;
        if (typeof id !== 'string' || !CHECKLIST_ID_RE.test(id) || id in {})
          return issues.add(`${f}.id`, `${quote(id)} is not a valid id. Use lowercase letters, digits and dashes, like "our-item"; item ignored.`);
        if (seen.has(id)) return issues.add(`${f}.id`, `${quote(id)} is already used; item ignored. Pick another id.`);
        const sign = parseText(raw.sign, `${f}.sign`, issues, CHECKLIST_ADD_MAX.sign);
        const ask = parseText(raw.ask, `${f}.ask`, issues, CHECKLIST_ADD_MAX.ask);
        if (!sign || !ask) return issues.add(f, `needs both "sign" and "ask" text; item ignored.`);
        seen.add(id);
        items.push({ id, text: { sign, ask, why: parseText(raw.why, `${f}.why`, issues, CHECKLIST_ADD_MAX.why), good: parseText(raw.good, `${f}.good`, issues, CHECKLIST_ADD_MAX.good) } });
      });
  }

  const shown = items.map((i) => i.id);
  const meets: Record<string, string> = {};
  const badMeets: unknown[] = [];
  const meet = (id: unknown, note: unknown, f: string) => {
    if (typeof id !== 'string' || !shown.includes(id)) return void badMeets.push(id);
    if (note === true || note == null) meets[id] = '';
    else if (typeof note === 'string') meets[id] = parseText(note, `${f}.${id}`, issues, CHECKLIST_NOTE_MAX) ?? '';
    else issues.add(`${f}.${id}`, `must be a short note as text, or true; got ${quote(note)}.`);
  };
  if (Array.isArray(json.meets)) json.meets.forEach((id) => meet(id, true, 'json.meets'));
  else if (isPlainObject(json.meets)) for (const [id, note] of Object.entries(json.meets)) meet(id, note, 'json.meets');
  else if (json.meets != null) issues.add('json.meets', `must be an object like {"licensed": "CARF accredited"} or a list of ids; got ${quote(json.meets)}.`);
  reportUnknown('json.meets', badMeets, 'or hidden id', shown, issues);

  return {
    config: {
      mode: parseEnum(attrs.mode, CHECKLIST_MODES, 'mode', issues) ?? 'visitor',
      remember: parseBoolean(attrs.remember),
      storageKey,
      rememberDays,
      items,
      meets,
    },
    issues: issues.items,
  };
}

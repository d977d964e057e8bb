/**
 * Configuration parsing shared by every widget: pure functions that turn attribute strings and
 * inline JSON into typed settings, with a list of problems an editor can act on. Nothing here
 * throws on bad input; every problem names the field and what is allowed, and the caller keeps
 * working with defaults.
 */

export interface ConfigIssue {
  /** The attribute or JSON path at fault, e.g. `levels-offered` or `json.cta.phone`. */
  readonly field: string;
  /** What went wrong and what is allowed, in plain English for the editor (also sent to console.error). */
  readonly message: string;
}

/** Most problems listed for one widget: a hostile or broken setting must not flood the notice and the console (issue #14). */
export const MAX_ISSUES = 20;
/** Most values named in one problem, e.g. unknown ids: the rest are counted. */
export const MAX_NAMED = 5;

export class IssueList {
  private list: ConfigIssue[] = [];
  private dropped = 0;
  add(field: string, message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ field, message });
    else this.dropped++;
  }
  /** The problems, at most MAX_ISSUES, then one line counting the rest. */
  get items(): ConfigIssue[] {
    return this.dropped
      ? [...this.list, { field: 'settings', message: `${this.dropped} more ${this.dropped === 1 ? 'problem' : 'problems'} not listed. Fix the ones above first.` }]
      : this.list;
  }
}

/** The first few values, quoted, then how many more: `"a", "b" and 99998 more`. */
export function nameFew(values: readonly unknown[]): string {
  const named = values.slice(0, MAX_NAMED).map(quote).join(', ');
  return values.length > MAX_NAMED ? `${named} and ${values.length - MAX_NAMED} more` : named;
}

/** One problem for all the unknown values of a setting, with their count and the first few (issue #14). */
export function reportUnknown(field: string, bad: readonly unknown[], what: string, allowed: readonly string[], issues: IssueList): void {
  if (!bad.length) return;
  const count = bad.length === 1 ? `Unknown ${what}` : `${bad.length} unknown ${what}s`;
  issues.add(field, `${count} ${nameFew(bad)} ignored. Allowed: ${allowed.join(', ') || 'none'}.`);
}

const MAX_SHOWN = 60;

/**
 * Invisible format characters: bidi controls (U+200E/F, U+202A–202E, U+2066–2069, U+061C), zero-width ones
 * (U+200B–200D, U+2060–2064, U+FEFF), the soft hyphen, interlinear annotation and tag characters. In a label they
 * can make "Call 988" read one way and mean another (issue #14), so text settings drop them with a notice.
 */
const INVISIBLE_BMP = '\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb';
export const INVISIBLE = new RegExp(`[${INVISIBLE_BMP}\\u{e0000}-\\u{e007f}]`, 'gu');

/** `text` without invisible format characters; an issue for the field when there were some. */
export function dropInvisible(text: string, field: string, issues: IssueList): string {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(text)) return text;
  issues.add(field, `${quote(text)} has invisible characters that can change how text reads or which way it runs; they were removed.`);
  return text.replace(INVISIBLE, '');
}

/**
 * Quote a value for a message, shortened and with control characters removed. Text is in quotes;
 * numbers, booleans and lists are shown as JSON without them, so "1" and 1 look different. Curly
 * quotes, which look like straight ones, are named.
 */
export function quote(value: unknown): string {
  let s: string;
  try {
    s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  // Cut first: a hostile value may be megabytes long. Invisible characters are named, so the notice itself
  // cannot be reordered by them.
  const cut = s
    .slice(0, MAX_SHOWN)
    // eslint-disable-next-line no-control-regex -- control characters are what it replaces
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(INVISIBLE, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
  const shown = s.length > MAX_SHOWN ? `${cut}…` : cut;
  return (typeof value === 'string' ? `"${shown}"` : shown) + (typeof value === 'string' ? pasteHint(value) : '');
}

/** Curly quotes pasted from a word processor look like straight ones: name them, or ''. */
export function pasteHint(text: string): string {
  return /[\u201c\u201d\u2018\u2019]/.test(text) ? ' (it has curly quotes)' : '';
}

/** An enumerated attribute: null when absent or empty; the default (undefined) and an issue when unknown. */
export function parseEnum<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
  field: string,
  issues: IssueList,
): T | undefined {
  if (value == null) return undefined;
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  issues.add(field, `${quote(value)} is not allowed. Use one of: ${allowed.join(', ')}.`);
  return undefined;
}

/** A list of ids separated by spaces or commas. Unknown ids are dropped with one issue naming them. */
export function parseIdList<T extends string>(
  value: string | readonly unknown[] | null | undefined,
  allowed: readonly T[],
  field: string,
  issues: IssueList,
): T[] | undefined {
  if (value == null) return undefined;
  const parts: unknown[] = typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [...value];
  const out: T[] = [];
  const bad: unknown[] = [];
  for (const p of parts) {
    const id = typeof p === 'string' ? p.trim().toLowerCase() : p;
    if (typeof id === 'string' && (allowed as readonly string[]).includes(id)) {
      if (!out.includes(id as T)) out.push(id as T);
    } else bad.push(p);
  }
  reportUnknown(field, bad, 'id', allowed, issues);
  return out;
}

export interface Phone {
  /** As the editor wrote it, for display. */
  readonly display: string;
  /** `tel:` link with digits and a leading + only. */
  readonly href: string;
}

/** Fewest and most digits in a phone number (the schemas' phone pattern is built from the same numbers). */
export const PHONE_MIN_DIGITS = 3;
export const PHONE_MAX_DIGITS = 15;

/** A phone number: digits with spaces, dots, dashes, parentheses and a leading +; 3 to 15 digits. */
export function parsePhone(value: unknown, field: string, issues: IssueList): Phone | undefined {
  if (value == null || value === '') return undefined;
  if (typeof value !== 'string') {
    issues.add(field, `must be a phone number as text, like "1-800-555-0100"; got ${quote(value)}.`);
    return undefined;
  }
  const display = dropInvisible(value.trim(), field, issues).trim();
  const digits = display.replace(/\D/g, '');
  if (!/^\+?[\d\s().-]+$/.test(display) || digits.length < PHONE_MIN_DIGITS || digits.length > PHONE_MAX_DIGITS) {
    issues.add(field, `${quote(value)} is not a phone number. Use digits with spaces or dashes, like "1-800-555-0100".`);
    return undefined;
  }
  return { display, href: `tel:${display.startsWith('+') ? '+' : ''}${digits}` };
}

/** A port, 1 to 65535. */
const PORT = '(?:[1-9]\\d{0,3}|[1-5]\\d{4}|6[0-4]\\d{3}|65[0-4]\\d{2}|655[0-2]\\d|6553[0-5])';
/** A character of a path, query or fragment: no space, control, quote, angle bracket, backslash or invisible character. */
const LINK_CHAR = `[^\\s\\u0000-\\u001f\\u007f<>"\`\\\\${INVISIBLE_BMP}]`;
/**
 * An https:// address with a plain ASCII host (letters, digits, dots and dashes: a look-alike host written with
 * fullwidth or other Unicode letters is refused; write it in its xn-- form) and an optional port 1–65535, or a path,
 * query or fragment on the same site. Read without regard to case. The JSON schemas' `href` pattern is made from
 * this text (src/core/schema.ts), so the two cannot drift apart.
 */
export const LINK_PATTERN = `(?:https://[a-z0-9][a-z0-9.-]*(?::${PORT})?(?:[/?#]${LINK_CHAR}*)?|(?!//)[/?#.]${LINK_CHAR}*)`;
const LINK_RE = new RegExp(`^${LINK_PATTERN}$`, 'i');

/**
 * A link: an https:// address or a path, query or fragment on the same site (issue #14). Anything else (http:,
 * mailto:, javascript:, data:, protocol-relative, backslash tricks like `/\\evil.example`, a bad port, a host in
 * fullwidth letters, invisible characters) is refused with a notice.
 */
export function parseHref(value: unknown, field: string, issues: IssueList): string | undefined {
  if (value == null || value === '') return undefined;
  if (typeof value !== 'string') {
    issues.add(field, `must be a link as text, like "https://example.org/contact"; got ${quote(value)}.`);
    return undefined;
  }
  const v = value.trim();
  if (LINK_RE.test(v)) return v;
  const why = /^http:/i.test(v)
    ? ' http:// is not private: use https://.'
    : /^https:\/\/[^/?#]*[\u0080-\uffff]/i.test(v)
      ? ' Its site name has letters that are not plain ASCII (look-alikes, like fullwidth letters): write it in plain letters or its xn-- form.'
      : /^https:\/\/[^/?#]*:/i.test(v)
        ? ' Its port is not a number from 1 to 65535 (or it has a user name).'
        : '';
  issues.add(field, `${quote(value)} is not a safe link.${why} Use a full https:// address or a path on your site, like "/contact".`);
  return undefined;
}

/** Plain text for display: trimmed, at most `max` characters. Rendered as text, never as HTML. */
export function parseText(value: unknown, field: string, issues: IssueList, max = 120): string | undefined {
  if (value == null) return undefined;
  if (typeof value !== 'string') {
    issues.add(field, `must be text; got ${quote(value)}.`);
    return undefined;
  }
  const v = dropInvisible(value.trim(), field, issues).trim();
  if (!v) return undefined;
  // Shown exactly as written: HTML is never read, so tags and entities would show as typed.
  // Linear: a tag's start or an entity, checked on at most the shown length (hostile input can be huge).
  if (/<\/?[a-z!]|&(#\d+|#x[\da-f]+|[a-z]+);/i.test(v.slice(0, max + 1)))
    issues.add(field, `${quote(v)}: HTML is not read, so write plain text, like "Smith & Jones".`);
  if (v.length > max) {
    issues.add(field, `is longer than ${max} characters and was shortened.`);
    return v.slice(0, max);
  }
  return v;
}

/**
 * An attribute's value as a host may set it: the attribute's text, or the property set from script
 * or a framework (React, Vue), which may be a boolean, a number or a list.
 */
export type AttributeValue = string | boolean | number | readonly string[] | null | undefined;

/**
 * An attribute value as text. Booleans follow HTML's boolean attributes (true is present, false is
 * absent), numbers and lists of strings become text; anything else is reported and ignored.
 */
export function attributeText(value: unknown, field: string, issues: IssueList): string | null {
  if (value == null || value === false) return null;
  if (value === true) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value) && value.every((x) => typeof x === 'string')) return value.join(' ');
  issues.add(field, `must be text; got ${quote(value)}.`);
  return null;
}

/** Every attribute of a widget as text (see attributeText). */
export function attributeTexts<K extends string>(attrs: { readonly [key in K]?: unknown }, issues: IssueList): { [key in K]?: string | null } {
  const out: { [key in K]?: string | null } = {};
  for (const key of Object.keys(attrs) as K[]) out[key] = attributeText(attrs[key], key, issues);
  return out;
}

/** A boolean attribute: present (any text but `false`) is true. */
export function parseBoolean(value: string | null | undefined): boolean {
  return value != null && value.trim().toLowerCase() !== 'false';
}

/**
 * Inline JSON from a child `<script type="application/json">`. Returns a plain object, or
 * undefined with an issue when the text is not a JSON object.
 */
export function parseJsonObject(text: string | null | undefined, field: string, issues: IssueList): Record<string, unknown> | undefined {
  if (text == null || !text.trim()) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const page = /^\s*</.test(text) ? ' (it is a web page)' : pasteHint(text);
    issues.add(field, `is not valid JSON${page}: ${(e as Error).message}. Check quotes and commas; the widget uses its attributes and defaults.`);
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    issues.add(field, `must be a JSON object like {"version": 1, ...}; got ${Array.isArray(data) ? 'a list' : quote(data)}.`);
    return undefined;
  }
  return data as Record<string, unknown>;
}

/** Report keys a schema does not know, so typos are caught. `$schema` (for editors' tooling) is always allowed. */
export function checkKeys(obj: Record<string, unknown>, known: readonly string[], field: string, issues: IssueList): void {
  const unknown = Object.keys(obj).filter((k) => k !== '$schema' && !known.includes(k));
  if (unknown.length) issues.add(field, `${unknown.length === 1 ? 'unknown key' : `${unknown.length} unknown keys`} ${nameFew(unknown)} ignored. Known keys: ${known.join(', ')}.`);
}

/** Check the schema version: only 1 exists. */
export function checkVersion(obj: Record<string, unknown>, field: string, issues: IssueList): void {
  if ('version' in obj && obj.version !== 1) issues.add(`${field}.version`, `${quote(obj.version)} is not supported. Use 1.`);
}

/**
 * The widget's JSON settings: parsed, version checked and keys checked against the widget's schema.
 * Returns an empty object when there is no JSON or it is not a JSON object (with an issue).
 */
export function parseSettingsJson(text: string | null | undefined, known: readonly string[], issues: IssueList): Record<string, unknown> {
  const json = parseJsonObject(text, 'json', issues) ?? {};
  checkVersion(json, 'json', issues);
  checkKeys(json, known, 'json', issues);
  return json;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

import {
  type AttributeValue,
  attributeTexts,
  checkKeys,
  type ConfigIssue,
  isPlainObject,
  IssueList,
  parseEnum,
  parseHref,
  parseIdList,
  parsePhone,
  parseSettingsJson,
  parseText,
  type Phone,
  quote,
  reportUnknown,
} from '../config.js';
import { AUDIENCES, type Audience, CARE_LEVEL_IDS, type CareLevelId } from '../levels.js';
import { type EventDetailLevel, parseEventDetail } from './events.js';
import { FOCUSES, type Focus, RESPONDENTS, type Respondent } from './questions.js';

/** A call to action: a phone number and/or a link, with an optional label. */
export interface CallToAction {
  readonly phone?: Phone;
  readonly href?: string;
  readonly label?: string;
}

export interface ScreenerConfig {
  readonly audience?: Audience;
  readonly focus?: Focus;
  /** Who answers: `self`, or `other` for helper mode (brief §1.6 C12). Absent: the screener asks. */
  readonly respondent?: Respondent;
  readonly levelsOffered?: readonly CareLevelId[];
  readonly centerName?: string;
  /** The default call to action. */
  readonly cta: CallToAction;
  /** Calls to action per level, used before the default. */
  readonly ctaByLevel: Partial<Record<CareLevelId, CallToAction>>;
  /** True when the answers go into `loc-screener-complete` (`event-detail="answers"` or `include-answers`). */
  readonly includeAnswers: boolean;
  /** How much the events tell the page (see events.ts): `basic` by default. */
  readonly eventDetail: EventDetailLevel;
}

/** The attributes `<loc-screener>` reads: text, or null when absent (a property set from script may also be a boolean, a number or a list). */
export interface ScreenerAttributes {
  readonly audience?: AttributeValue;
  readonly focus?: AttributeValue;
  readonly respondent?: AttributeValue;
  readonly 'levels-offered'?: AttributeValue;
  readonly 'cta-phone'?: AttributeValue;
  readonly 'cta-href'?: AttributeValue;
  readonly 'include-answers'?: AttributeValue;
  readonly 'center-name'?: AttributeValue;
  readonly 'cta-label'?: AttributeValue;
  /** One level's call to action, e.g. `cta-iop-href`, `cta-iop-phone`, `cta-iop-label` (see LEVEL_CTA_KEYS). */
  readonly [levelCta: `cta-${string}-${string}`]: AttributeValue;
  readonly 'event-detail'?: AttributeValue;
}

/**
 * The keys of a call to action: in JSON (`cta` and each of `levels`), and the parts of a level's call to action
 * that each have an attribute, `cta-<level>-<part>` (e.g. `cta-iop-href`).
 */
export const LEVEL_CTA_KEYS = ['phone', 'href', 'label'] as const;

/**
 * Version 1 of the screener's JSON settings (child `<script type="application/json">`):
 * ```json
 * { "version": 1, "centerName": "Riverbend Recovery", "audience": "adult", "focus": "both",
 *   "levelsOffered": ["php", "iop", "op"],
 *   "cta": { "phone": "555-0100", "href": "/contact", "label": "Call our team" },
 *   "levels": { "iop": { "href": "/iop", "label": "See our evening IOP" } } }
 * ```
 * Attributes win over the same setting in JSON.
 */
export const SCREENER_JSON_KEYS = ['version', 'centerName', 'audience', 'focus', 'respondent', 'levelsOffered', 'cta', 'levels'] as const;
/** The longest center name and button label, in characters (what the schema's maxLength says). */
export const SCREENER_NAME_MAX = 80;
export const SCREENER_LABEL_MAX = 60;

function parseCta(value: unknown, field: string, issues: IssueList): CallToAction | undefined {
  if (value == null) return undefined;
  if (!isPlainObject(value)) {
    issues.add(field, `must be an object like {"phone": "555-0100", "href": "/contact"}; got ${quote(value)}.`);
    return undefined;
  }
  checkKeys(value, LEVEL_CTA_KEYS, field, issues);
  const cta: CallToAction = {
    phone: parsePhone(value.phone, `${field}.phone`, issues),
    href: parseHref(value.href, `${field}.href`, issues),
    label: parseText(value.label, `${field}.label`, issues, SCREENER_LABEL_MAX),
  };
  return cta.phone || cta.href ? cta : undefined;
}

export function parseScreenerConfig(
  attributes: ScreenerAttributes,
  jsonText?: string | null,
): { config: ScreenerConfig; issues: ConfigIssue[] } {
  const issues = new IssueList();
  const attrs = attributeTexts(attributes, issues);
  const json = parseSettingsJson(jsonText, SCREENER_JSON_KEYS, issues);

  const jsonEnum = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const v = json[key];
    if (v == null) return undefined;
    if (typeof v !== 'string') {
      issues.add(`json.${key}`, `must be one of: ${allowed.join(', ')}; got ${quote(v)}.`);
      return undefined;
    }
    return parseEnum(v, allowed, `json.${key}`, issues);
  };

  const audience = parseEnum(attrs.audience, AUDIENCES, 'audience', issues) ?? jsonEnum('audience', AUDIENCES);
  const focus = parseEnum(attrs.focus, FOCUSES, 'focus', issues) ?? jsonEnum('focus', FOCUSES);
  const respondent = parseEnum(attrs.respondent, RESPONDENTS, 'respondent', issues) ?? jsonEnum('respondent', RESPONDENTS);

  let levelsOffered = parseIdList(attrs['levels-offered'], CARE_LEVEL_IDS, 'levels-offered', issues);
  if (!levelsOffered && json.levelsOffered != null) {
    if (Array.isArray(json.levelsOffered)) levelsOffered = parseIdList(json.levelsOffered, CARE_LEVEL_IDS, 'json.levelsOffered', issues);
    else issues.add('json.levelsOffered', `must be a list like ["iop", "op"]; got ${quote(json.levelsOffered)}.`);
  }

  const jsonCta = parseCta(json.cta, 'json.cta', issues);
  const phone = parsePhone(attrs['cta-phone'], 'cta-phone', issues) ?? jsonCta?.phone;
  const href = parseHref(attrs['cta-href'], 'cta-href', issues) ?? jsonCta?.href;
  let label = parseText(attrs['cta-label'], 'cta-label', issues, SCREENER_LABEL_MAX) ?? jsonCta?.label;
  if (label && !phone && !href) {
    if (attrs['cta-label'] != null) issues.add('cta-label', 'is not used: add cta-phone or cta-href for the button it names.');
    label = undefined;
  }

  const eventDetail = parseEventDetail(attrs['event-detail'], attrs['include-answers'], issues);

  const ctaByLevel: Partial<Record<CareLevelId, CallToAction>> = {};
  if (json.levels != null) {
    if (!isPlainObject(json.levels)) {
      issues.add('json.levels', `must be an object keyed by level id (${CARE_LEVEL_IDS.join(', ')}); got ${quote(json.levels)}.`);
    } else {
      const bad: string[] = [];
      for (const [key, value] of Object.entries(json.levels)) {
        if (!(CARE_LEVEL_IDS as readonly string[]).includes(key)) {
          bad.push(key);
          continue;
        }
        const cta = parseCta(value, `json.levels.${key}`, issues);
        if (cta) ctaByLevel[key as CareLevelId] = cta;
      }
      reportUnknown('json.levels', bad, 'level', CARE_LEVEL_IDS, issues);
    }
  }
  // Per-level attributes (`cta-iop-href`…) win over the same part of `levels` in JSON, part by part.
  for (const level of CARE_LEVEL_IDS) {
    const [p, h, l] = LEVEL_CTA_KEYS.map((k) => `cta-${level}-${k}` as const);
    if (attrs[h] == null && attrs[p] == null && attrs[l] == null) continue;
    const own = ctaByLevel[level];
    const cta: CallToAction = {
      phone: parsePhone(attrs[p], p, issues) ?? own?.phone,
      href: parseHref(attrs[h], h, issues) ?? own?.href,
      label: parseText(attrs[l], l, issues, SCREENER_LABEL_MAX) ?? own?.label,
    };
    if (cta.phone || cta.href) ctaByLevel[level] = cta;
    else if (cta.label) issues.add(l, `is not used: add ${h} or ${p} for the button it names.`);
  }

  return {
    config: {
      audience,
      focus,
      respondent,
      levelsOffered,
      centerName: parseText(attrs['center-name'], 'center-name', issues, SCREENER_NAME_MAX) ?? parseText(json.centerName, 'json.centerName', issues, SCREENER_NAME_MAX),
      cta: { phone, href, label },
      ctaByLevel,
      includeAnswers: eventDetail === 'answers',
      eventDetail,
    },
    issues: issues.items,
  };
}

/** A level's call to action, ready to show: each label names the button it was written for. */
export interface ResolvedCta {
  readonly phone?: Phone;
  readonly href?: string;
  readonly phoneLabel?: string;
  readonly linkLabel?: string;
}

/**
 * The call to action for a level: the level's own phone and link, each falling back to the default's, so the host's
 * phone stays shown next to a per-level link (issue #10). A label names the phone when its object has a phone, and
 * the link otherwise (README, `cta`); a level's own labels win. Undefined when there is neither phone nor link.
 */
export function ctaForLevel(config: ScreenerConfig, level: string): ResolvedCta | undefined {
  const own = (config.ctaByLevel as Record<string, CallToAction | undefined>)[level];
  const base = config.cta;
  const phone = own?.phone ?? base.phone;
  const href = own?.href ?? base.href;
  if (!phone && !href) return undefined;
  const labels = (c: CallToAction | undefined) =>
    c?.label === undefined ? {} : c.phone ? { phoneLabel: c.label } : { linkLabel: c.label };
  return { phone, href, ...labels(base), ...labels(own) };
}

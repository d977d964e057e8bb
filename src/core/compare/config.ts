import {
  type AttributeValue,
  attributeTexts,
  checkKeys,
  type ConfigIssue,
  isPlainObject,
  IssueList,
  parseBoolean,
  parseEnum,
  parseHref,
  parseIdList,
  parseSettingsJson,
  parseText,
  quote,
  reportUnknown,
} from '../config.js';
import { AUDIENCES, type Audience } from '../levels.js';

/** Levels `<iop-compare>` can show, least intensive first. */
export const COMPARE_LEVEL_IDS = ['op', 'iop', 'php', 'residential', 'inpatient'] as const;
export type CompareLevelId = (typeof COMPARE_LEVEL_IDS)[number];
export const DEFAULT_COMPARE_LEVELS: readonly CompareLevelId[] = ['op', 'iop', 'php', 'residential'];

/** The table's rows, in order. */
export const COMPARE_ROW_IDS = ['hours', 'schedule', 'setting', 'medical', 'length', 'fits', 'notEnough', 'dailyLife', 'cost', 'steps'] as const;
export type CompareRowId = (typeof COMPARE_ROW_IDS)[number];
/** The longest text, in characters, of a cell the host writes, the center name and a button label. */
export const COMPARE_CELL_MAX = 160;
export const COMPARE_NAME_MAX = 80;
export const COMPARE_LABEL_MAX = 60;

export interface CompareCta {
  readonly href: string;
  readonly label?: string;
}

export interface CompareConfig {
  readonly levels: readonly CompareLevelId[];
  readonly audience: Audience;
  readonly highlight?: CompareLevelId;
  /** Follow `loc-screener-complete` events (false with the `no-link` attribute). */
  readonly link: boolean;
  readonly centerName?: string;
  /** The host program's own text, by level and row; shown beside the general fact. */
  readonly cells: Partial<Record<CompareLevelId, Partial<Record<CompareRowId, string>>>>;
  readonly cta: Partial<Record<CompareLevelId, CompareCta>>;
}

/** The attributes `<iop-compare>` reads: text, or null when absent (a property set from script may also be a boolean, a number or a list). */
export interface CompareAttributes {
  readonly levels?: AttributeValue;
  readonly audience?: AttributeValue;
  readonly highlight?: AttributeValue;
  readonly 'no-link'?: AttributeValue;
  readonly 'center-name'?: AttributeValue;
  /** One level's call to action: `cta-iop-href`, `cta-iop-label` and the like (see COMPARE_CTA_KEYS). */
  readonly [levelCta: `cta-${string}-${string}`]: AttributeValue;
}

/** The parts of a level's call to action that each have an attribute: `cta-<level>-<part>`, e.g. `cta-iop-href`. */
export const COMPARE_CTA_KEYS = ['href', 'label'] as const;

/** Per-level attributes (`cta-iop-href`, `cta-iop-label`) win over the same part of `cta` in JSON, part by part. */
function ctaAttributes(
  attrs: { readonly [key: string]: string | null | undefined },
  fromJson: Partial<Record<CompareLevelId, CompareCta>>,
  issues: IssueList,
): Partial<Record<CompareLevelId, CompareCta>> {
  const out = { ...fromJson };
  for (const level of COMPARE_LEVEL_IDS) {
    const [h, l] = COMPARE_CTA_KEYS.map((k) => `cta-${level}-${k}`);
    if (attrs[h] == null && attrs[l] == null) continue;
    const href = parseHref(attrs[h], h, issues) ?? out[level]?.href;
    const label = parseText(attrs[l], l, issues, COMPARE_LABEL_MAX) ?? out[level]?.label;
    if (href) out[level] = label ? { href, label } : { href };
    else if (label) issues.add(l, `is not used: add ${h}, the link it names.`);
  }
  return out;
}

/**
 * Version 1 of the JSON settings (child `<script type="application/json">`):
 * ```json
 * { "version": 1, "centerName": "Riverbend",
 *   "cells": { "iop": { "schedule": "Mon, Wed, Thu, 6–9 pm" } },
 *   "cta": { "iop": { "href": "/iop", "label": "Ask about our IOP" } } }
 * ```
 */
export const COMPARE_JSON_KEYS = ['version', 'centerName', 'cells', 'cta'] as const;

/** Walk an object keyed by level id, dropping unknown levels with an issue. */
function perLevel<T>(
  value: unknown,
  field: string,
  issues: IssueList,
  parse: (v: unknown, field: string) => T | undefined,
): Partial<Record<CompareLevelId, T>> {
  const out: Partial<Record<CompareLevelId, T>> = {};
  if (value == null) return out;
  if (!isPlainObject(value)) {
    issues.add(field, `must be an object keyed by level id (${COMPARE_LEVEL_IDS.join(', ')}); got ${quote(value)}.`);
    return out;
  }
  const bad: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (!(COMPARE_LEVEL_IDS as readonly string[]).includes(key)) {
      bad.push(key);
      continue;
    }
    const parsed = parse(v, `${field}.${key}`);
    if (parsed !== undefined) out[key as CompareLevelId] = parsed;
  }
  reportUnknown(field, bad, 'level', COMPARE_LEVEL_IDS, issues);
  return out;
}

function parseCells(v: unknown, field: string, issues: IssueList): Partial<Record<CompareRowId, string>> | undefined {
  if (!isPlainObject(v)) {
    issues.add(field, `must be an object like {"schedule": "Mon, Wed, Thu, 6–9 pm"}; got ${quote(v)}.`);
    return undefined;
  }
  checkKeys(v, COMPARE_ROW_IDS, field, issues);
  const out: Partial<Record<CompareRowId, string>> = {};
  for (const row of COMPARE_ROW_IDS) {
    const text = parseText(v[row], `${field}.${row}`, issues, COMPARE_CELL_MAX);
    if (text) out[row] = text;
  }
  return Object.keys(out).length ? out : undefined;
}

function parseCta(v: unknown, field: string, issues: IssueList): CompareCta | undefined {
  if (!isPlainObject(v)) {
    issues.add(field, `must be an object like {"href": "/iop", "label": "Ask about our IOP"}; got ${quote(v)}.`);
    return undefined;
  }
  checkKeys(v, COMPARE_CTA_KEYS, field, issues);
  const href = parseHref(v.href, `${field}.href`, issues);
  if (!href) {
    if (v.href == null) issues.add(`${field}.href`, 'is missing: a call to action needs a link.');
    return undefined;
  }
  const label = parseText(v.label, `${field}.label`, issues, COMPARE_LABEL_MAX);
  return label ? { href, label } : { href };
}

/** Parse attributes and JSON into settings plus a list of problems; never throws. */
export function parseCompareConfig(
  attributes: CompareAttributes,
  jsonText?: string | null,
): { config: CompareConfig; issues: ConfigIssue[] } {
  const issues = new IssueList();
  const attrs = attributeTexts(attributes, issues);
  const json = parseSettingsJson(jsonText, COMPARE_JSON_KEYS, issues);

  const listed = parseIdList(attrs.levels, COMPARE_LEVEL_IDS, 'levels', issues);
  const levels = listed?.length ? listed : DEFAULT_COMPARE_LEVELS;
  let highlight = parseEnum(attrs.highlight, COMPARE_LEVEL_IDS, 'highlight', issues);
  if (highlight && !levels.includes(highlight)) {
    issues.add('highlight', `${quote(highlight)} is not one of the shown levels (${levels.join(', ')}).`);
    highlight = undefined;
  }

  return {
    config: {
      levels,
      audience: parseEnum(attrs.audience, AUDIENCES, 'audience', issues) ?? 'adult',
      highlight,
      link: !parseBoolean(attrs['no-link']),
      centerName: parseText(attrs['center-name'], 'center-name', issues, COMPARE_NAME_MAX) ?? parseText(json.centerName, 'json.centerName', issues, COMPARE_NAME_MAX),
      cells: perLevel(json.cells, 'json.cells', issues, (v, f) => parseCells(v, f, issues)),
      cta: ctaAttributes(attrs, perLevel(json.cta, 'json.cta', issues, (v, f) => parseCta(v, f, issues)), issues),
    },
    issues: issues.items,
  };
}

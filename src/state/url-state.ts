/**
 * The dashboard's UI state and its query-string form. Everything a person sees (view, indicator,
 * filters, open drill-down) lives here, so that a copied URL reproduces the screen. Parsing is
 * forgiving: a value that cannot be valid is dropped to its default rather than breaking the page.
 */

// 'profile': the printable one-page profile of the report named by `report`; 'review': the review
// queue (values still to check, riskiest first; `report` narrows it to one report).
export const VIEWS = ['compare', 'trend', 'coverage', 'report', 'profile', 'review'] as const;
export type View = (typeof VIEWS)[number];

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Which reports count: all, governments' own, or those written by a department. */
export const BODY_FILTERS = ['all', 'government', 'department'] as const;
export type BodyFilter = (typeof BODY_FILTERS)[number];

import { LEVELS, URL_SAFE_ID, type JurisdictionLevel } from '../extract/vocabulary';

export { LEVELS };
export type Level = JurisdictionLevel;

export interface UiState {
  view: View;
  /** Indicator id; null means "the view's default" (the best-covered headline indicator). */
  indicator: string | null;
  /** Year reported on; null means each jurisdiction's latest report. */
  year: number | null;
  /** URL key `j`: jurisdictions picked in the trend view. */
  jurisdictions: string[];
  province: string | null;
  level: Level | null;
  body: BodyFilter;
  /** Report id shown by the report reader and the profile. */
  report: string | null;
  /** Extraction the report reader is positioned at (its paragraph is scrolled to). */
  extraction: string | null;
  /** Open source drill-down: `<reportId>/<extractionId>`. */
  source: string | null;
  lang: Lang;
  /** URL key `reviewed=only`: show only values a person reviewed (已核实, 已更正, 人工添加). */
  reviewedOnly: boolean;
  /** URL key `reviewing=1`: the report reader in review mode (confirm, correct, reject, add). */
  reviewing: boolean;
}

export const DEFAULT_UI_STATE: Readonly<UiState> = Object.freeze({
  view: 'compare',
  indicator: null,
  year: null,
  jurisdictions: [],
  province: null,
  level: null,
  body: 'all',
  report: null,
  extraction: null,
  source: null,
  lang: 'zh',
  reviewedOnly: false,
  reviewing: false,
});

const YEAR = /^\d{4}$/;

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value);

const safeId = (value: string | null): string | null => (value !== null && URL_SAFE_ID.test(value) ? value : null);

/** A source reference split into its report and extraction ids. */
export interface SourceRef {
  reportId: string;
  extractionId: string;
}

export function parseSourceRef(source: string | null): SourceRef | null {
  if (source === null) return null;
  const [reportId, extractionId, ...rest] = source.split('/');
  if (!reportId || !extractionId || rest.length > 0) return null;
  if (!URL_SAFE_ID.test(reportId) || !URL_SAFE_ID.test(extractionId)) return null;
  return { reportId, extractionId };
}

export function formatSourceRef(reportId: string, extractionId: string): string {
  return `${reportId}/${extractionId}`;
}

/** Reads UI state from a query string (`?view=trend&j=430102,370829`), dropping invalid values. */
export function parseUrlState(search: string): UiState {
  const params = new URLSearchParams(search);
  const get = (key: string): string | null => {
    const value = params.get(key);
    return value === null || value.trim() === '' ? null : value.trim();
  };
  const view = get('view');
  const lang = get('lang');
  const body = get('body');
  const level = get('level');
  const year = get('year');
  const source = get('source');
  return {
    view: isOneOf(VIEWS, view) ? view : DEFAULT_UI_STATE.view,
    indicator: safeId(get('indicator')),
    year: year !== null && YEAR.test(year) ? Number(year) : null,
    jurisdictions: [
      ...new Set(
        (get('j') ?? '')
          .split(',')
          .map((id) => id.trim())
          .filter((id) => URL_SAFE_ID.test(id)),
      ),
    ],
    province: get('province'),
    level: isOneOf(LEVELS, level) ? level : null,
    body: isOneOf(BODY_FILTERS, body) ? body : DEFAULT_UI_STATE.body,
    report: safeId(get('report')),
    extraction: safeId(get('extraction')),
    source: parseSourceRef(source) ? source : null,
    lang: isOneOf(LANGS, lang) ? lang : DEFAULT_UI_STATE.lang,
    reviewedOnly: get('reviewed') === 'only',
    reviewing: get('reviewing') === '1',
  };
}

/**
 * Writes UI state as a query string, leaving out defaults so that links stay short; the key order
 * is fixed so that equal states give equal URLs. Returns '' for the default state.
 */
export function serializeUrlState(state: UiState): string {
  const pairs: [string, string][] = [];
  const add = (key: string, value: string | null) => {
    if (value !== null && value !== '') pairs.push([key, value]);
  };
  add('view', state.view === DEFAULT_UI_STATE.view ? null : state.view);
  add('indicator', state.indicator);
  add('year', state.year === null ? null : String(state.year));
  add('j', state.jurisdictions.length > 0 ? state.jurisdictions.join(',') : null);
  add('province', state.province);
  add('level', state.level);
  add('body', state.body === DEFAULT_UI_STATE.body ? null : state.body);
  add('report', state.report);
  add('extraction', state.extraction);
  add('source', state.source);
  add('lang', state.lang === DEFAULT_UI_STATE.lang ? null : state.lang);
  add('reviewed', state.reviewedOnly ? 'only' : null);
  add('reviewing', state.reviewing ? '1' : null);
  if (pairs.length === 0) return '';
  // Commas and slashes are kept readable: ids are URL-safe, and both are legal in a query.
  const encode = (value: string) => encodeURIComponent(value).replace(/%2C/g, ',').replace(/%2F/g, '/');
  return `?${pairs.map(([key, value]) => `${key}=${encode(value)}`).join('&')}`;
}

/** The URL-relevant part of any object that carries UI state (e.g. the store with its actions). */
export function pickUiState(state: UiState): UiState {
  return {
    view: state.view,
    indicator: state.indicator,
    year: state.year,
    jurisdictions: state.jurisdictions,
    province: state.province,
    level: state.level,
    body: state.body,
    report: state.report,
    extraction: state.extraction,
    source: state.source,
    lang: state.lang,
    reviewedOnly: state.reviewedOnly,
    reviewing: state.reviewing,
  };
}

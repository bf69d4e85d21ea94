/**
 * The dashboard's UI state and its query-string form. Everything a person sees (view, indicator,
 * filters, open drill-down) lives here, so that a copied URL reproduces the screen. Parsing is
 * forgiving: a value that cannot be valid is dropped to its default rather than breaking the page.
 */

// 'profile': the printable one-page profile of the report named by `report`; 'briefing': a group
// briefing of the places in `j` for `year` on one A4 landscape page; 'about': what the data holds
// and how to read it; 'add': adding reports in this browser; 'review': the review queue (values
// still to check, riskiest first; `report` narrows it to one report); 'indicator': one indicator's
// page (what it counts, how it is read and checked, its coverage, how to cite it), not a tab.
export const VIEWS = ['compare', 'trend', 'coverage', 'report', 'profile', 'briefing', 'about', 'review', 'add', 'indicator'] as const;
export type View = (typeof VIEWS)[number];

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** The locale a language's numbers are written in (src/ui/i18n/format.ts). */
export const LANG_LOCALE: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en-GB' };

// From a module of its own, not the report selection: the page's first requests (src/boot.ts) read
// the address before the data layer has loaded.
import { BODY_FILTERS, type BodyFilter } from '../data/body-filters';

export { BODY_FILTERS, type BodyFilter };

import { type JurisdictionLevel, LEVELS } from '../extract/light';
import { REVIEW_RISKS, type ReviewRisk } from '../lib/review-vocabulary';
import { URL_SAFE_ID } from '../lib/url-safe-id';

export { LEVELS };
export type Level = JurisdictionLevel;

/** `year=latest`: each jurisdiction's latest report, whatever its year (an explicit choice, never the default). */
export const LATEST = 'latest' as const;
export type YearChoice = number | typeof LATEST;

/** Columns a table can be sorted by (`sort=value`, `sort=-value` for descending); each view offers some. */
export const SORT_KEYS = ['group', 'name', 'year', 'level', 'value', 'rank', 'median', 'count'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortState {
  readonly key: SortKey;
  readonly descending: boolean;
}

/** `reviewed=only`: only values a person reviewed; `reviewing=1`: the reader in review mode. */
const REVIEWED_ONLY = 'only';
const REVIEWING = '1';

/**
 * The review queue's status filter (`status`): the values still to check (the default), those
 * reviewed already (to look at decisions again), or all of them.
 */
export const QUEUE_STATUSES = ['open', 'done', 'all'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** The review queue's risk filter (`risk`): one risk, or `any` risk at all; null every value. */
export const ANY_RISK = 'any' as const;
export type RiskFilter = ReviewRisk | typeof ANY_RISK;

/** `per=10k`: count indicators per 10,000 residents, where the places' populations are known. */
export const PER_CAPITA = '10k' as const;

/** `zero=1`: the trend's value axis starts at 0 (by default it fits the data). */
const ZERO = '1';

/**
 * `median=peers`: the trend draws the median of the places' peers (same level and kind of report)
 * year by year; `median=province`: of their peers in the same province.
 */
export const TREND_MEDIANS = ['peers', 'province'] as const;
export type TrendMedian = (typeof TREND_MEDIANS)[number];

export interface UiState {
  view: View;
  /** Indicator id; null means "the view's default" (the best-covered headline indicator). */
  indicator: string | null;
  /**
   * Year reported on; `latest` each jurisdiction's latest report (bars of different years, said
   * so); null the default year (the latest in which the most places report, see `defaultYear`).
   */
  year: YearChoice | null;
  /** URL key `j`: jurisdictions picked in the trend view and the briefing. */
  jurisdictions: string[];
  province: string | null;
  /** Prefecture-level city (地级市), beside the province filter. */
  city: string | null;
  level: Level | null;
  body: BodyFilter;
  /** URL key `per`: values per 10,000 residents instead of as reported (count indicators). */
  perCapita: boolean;
  /** Table sort of the view; null its default order. */
  sort: SortState | null;
  /** URL key `zero=1`: the trend's value axis starts at 0 instead of fitting the data. */
  trendZero: boolean;
  /** URL key `median`: the median line the trend draws beside the places (null: none). */
  trendMedian: TrendMedian | null;
  /** Coverage: the indicator group (theme) shown; null all of them. */
  group: string | null;
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
  /** Review queue: only values with this risk (or any risk); null every value. */
  risk: RiskFilter | null;
  /** URL key `status`: the review queue's values still to check (default), reviewed, or all. */
  queueStatus: QueueStatus;
}

export const DEFAULT_UI_STATE: Readonly<UiState> = Object.freeze({
  view: 'compare',
  indicator: null,
  year: null,
  jurisdictions: [],
  province: null,
  city: null,
  level: null,
  body: 'all',
  perCapita: false,
  sort: null,
  trendZero: false,
  trendMedian: null,
  group: null,
  report: null,
  extraction: null,
  source: null,
  lang: 'zh',
  reviewedOnly: false,
  reviewing: false,
  risk: null,
  queueStatus: 'open',
});

const YEAR = /^\d{4}$/;

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value);

const safeId = (value: string | null): string | null => (value !== null && URL_SAFE_ID.test(value) ? value : null);

const SORT = /^(-?)([a-z]+)$/;

/** `sort=-value` → descending by value; null for anything else. */
export function parseSort(value: string | null): SortState | null {
  const match = value === null ? null : SORT.exec(value);
  if (!match || !isOneOf(SORT_KEYS, match[2] as string)) return null;
  return { key: match[2] as SortKey, descending: match[1] === '-' };
}

export function formatSort(sort: SortState): string {
  return `${sort.descending ? '-' : ''}${sort.key}`;
}

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

/** The query keys the state uses, in the order a URL writes them (the README documents each). */
export const URL_KEYS = [
  'view',
  'indicator',
  'year',
  'j',
  'province',
  'city',
  'level',
  'body',
  'per',
  'sort',
  'zero',
  'median',
  'group',
  'report',
  'extraction',
  'source',
  'lang',
  'reviewed',
  'reviewing',
  'risk',
  'status',
] as const;
export type UrlKey = (typeof URL_KEYS)[number];

/** A URL value that could not be used: which key, what it said. */
export interface DroppedParam {
  readonly key: UrlKey;
  readonly value: string;
}

/**
 * The values of a query string that parsing dropped or changed (`year=20x4`, `view=map`), so that
 * the page can say it corrected them instead of silently showing something else.
 */
export function droppedParams(search: string): DroppedParam[] {
  const params = new URLSearchParams(search);
  const parsed = paramValues(parseUrlState(search));
  const dropped: DroppedParam[] = [];
  for (const key of URL_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    // `j` keeps the valid ids of its list: it was changed when any id was dropped.
    const kept = parsed[key];
    if (kept !== value)
      dropped.push({
        key,
        value:
          key === 'j'
            ? value
                .split(',')
                .filter((id) => !(kept ?? '').split(',').includes(id.trim()))
                .join(',')
            : value,
      });
  }
  return dropped;
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
  const risk = get('risk');
  const status = get('status');
  const median = get('median');
  return {
    view: isOneOf(VIEWS, view) ? view : DEFAULT_UI_STATE.view,
    indicator: safeId(get('indicator')),
    year: year === LATEST ? LATEST : year !== null && YEAR.test(year) ? Number(year) : null,
    jurisdictions: [
      ...new Set(
        (get('j') ?? '')
          .split(',')
          .map((id) => id.trim())
          .filter((id) => URL_SAFE_ID.test(id)),
      ),
    ],
    province: get('province'),
    city: get('city'),
    level: isOneOf(LEVELS, level) ? level : null,
    body: isOneOf(BODY_FILTERS, body) ? body : DEFAULT_UI_STATE.body,
    perCapita: get('per') === PER_CAPITA,
    sort: parseSort(get('sort')),
    trendZero: get('zero') === ZERO,
    trendMedian: isOneOf(TREND_MEDIANS, median) ? median : null,
    group: safeId(get('group')),
    report: safeId(get('report')),
    extraction: safeId(get('extraction')),
    source: parseSourceRef(source) ? source : null,
    lang: isOneOf(LANGS, lang) ? lang : DEFAULT_UI_STATE.lang,
    reviewedOnly: get('reviewed') === REVIEWED_ONLY,
    reviewing: get('reviewing') === REVIEWING,
    risk: risk === ANY_RISK || isOneOf(REVIEW_RISKS, risk) ? risk : null,
    queueStatus: isOneOf(QUEUE_STATUSES, status) ? status : DEFAULT_UI_STATE.queueStatus,
  };
}

/** Each query key's value for a state, defaults included (null: the key has no value). */
function paramValues(state: UiState): Record<UrlKey, string | null> {
  return {
    view: state.view,
    indicator: state.indicator,
    year: state.year === null ? null : String(state.year),
    j: state.jurisdictions.length > 0 ? state.jurisdictions.join(',') : null,
    province: state.province,
    city: state.city,
    level: state.level,
    body: state.body,
    per: state.perCapita ? PER_CAPITA : null,
    sort: state.sort === null ? null : formatSort(state.sort),
    zero: state.trendZero ? ZERO : null,
    median: state.trendMedian,
    group: state.group,
    report: state.report,
    extraction: state.extraction,
    source: state.source,
    lang: state.lang,
    reviewed: state.reviewedOnly ? REVIEWED_ONLY : null,
    reviewing: state.reviewing ? REVIEWING : null,
    risk: state.risk,
    status: state.queueStatus,
  };
}

/** Keys whose default value is left out of a URL (so that links stay short). */
const DEFAULT_VALUES: Partial<Record<UrlKey, string>> = {
  view: DEFAULT_UI_STATE.view,
  body: DEFAULT_UI_STATE.body,
  lang: DEFAULT_UI_STATE.lang,
  status: DEFAULT_UI_STATE.queueStatus,
};

/**
 * Writes UI state as a query string, leaving out defaults so that links stay short; the key order
 * is fixed so that equal states give equal URLs. Returns '' for the default state.
 */
export function serializeUrlState(state: UiState): string {
  const values = paramValues(state);
  return joinPairs(URL_KEYS.map((key) => encodedPair(key, values[key])));
}

// Commas and slashes are kept readable: ids are URL-safe, and both are legal in a query.
const encode = (value: string) => encodeURIComponent(value).replace(/%2C/g, ',').replace(/%2F/g, '/');

/** `key=value` as a URL writes it, or null when the key is left out (no value, or its default). */
function encodedPair(key: UrlKey, value: string | null): string | null {
  return value === null || value === '' || value === DEFAULT_VALUES[key] ? null : `${key}=${encode(value)}`;
}

function joinPairs(pairs: readonly (string | null)[]): string {
  const kept = pairs.filter((pair) => pair !== null);
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

/** A state's values and `key=value` pairs (in URL_KEYS order), computed once per state object. */
const pairsOfState = new WeakMap<UiState, { values: Record<UrlKey, string | null>; pairs: readonly (string | null)[] }>();
/** Query strings already written over a state object, by what was laid over it. */
const overCache = new WeakMap<UiState, Map<string, string>>();

/**
 * `serializeUrlState({ ...state, ...over })`, for the links of a page: a hundred links to other
 * states of the same UI state share its encoded pairs (each link encodes only the values it
 * changes), and a link asked again for the same state object gets the string it was given. Every
 * link computed its whole address on each change of the store, several times (React reads a store
 * snapshot in the render, its check and its effect), which a year switch's profile showed.
 */
export function serializeUrlStateOver(state: UiState, over: Partial<UiState>): string {
  // An explicit undefined lays undefined over the state, unlike an absent field: keyed apart.
  const key = JSON.stringify(over, (_field, value: unknown) => (value === undefined ? '\u0000undefined' : value));
  let written = overCache.get(state);
  const known = written?.get(key);
  if (known !== undefined) return known;
  let base = pairsOfState.get(state);
  if (!base) {
    const values = paramValues(state);
    base = { values, pairs: URL_KEYS.map((urlKey) => encodedPair(urlKey, values[urlKey])) };
    pairsOfState.set(state, base);
  }
  const values = paramValues({ ...state, ...over });
  const { values: baseValues, pairs: basePairs } = base;
  const search = joinPairs(
    URL_KEYS.map((urlKey, i) => (values[urlKey] === baseValues[urlKey] ? (basePairs[i] ?? null) : encodedPair(urlKey, values[urlKey]))),
  );
  if (!written) {
    written = new Map();
    overCache.set(state, written);
  }
  written.set(key, search);
  return search;
}

/** The URL-relevant part of any object that carries UI state (e.g. the store with its actions). */
export function pickUiState(state: UiState): UiState {
  return {
    view: state.view,
    indicator: state.indicator,
    year: state.year,
    jurisdictions: state.jurisdictions,
    province: state.province,
    city: state.city,
    level: state.level,
    body: state.body,
    perCapita: state.perCapita,
    sort: state.sort,
    trendZero: state.trendZero,
    trendMedian: state.trendMedian,
    group: state.group,
    report: state.report,
    extraction: state.extraction,
    source: state.source,
    lang: state.lang,
    reviewedOnly: state.reviewedOnly,
    reviewing: state.reviewing,
    risk: state.risk,
    queueStatus: state.queueStatus,
  };
}

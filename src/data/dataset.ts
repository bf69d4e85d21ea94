/**
 * The parsed index with the look-ups every view needs, built once per load (react-query's
 * `select`), plus small pure helpers over it. Nothing here fetches.
 */

import { type JurisdictionLevel, LEVEL_ORDER } from '../extract/light';
import type { IndexFile, IndicatorEntry, JurisdictionEntry, ReportEntry } from './schema';
import { REPORT_VALUES, type ValueStore } from './value-store';

export { LEVEL_ORDER };
export type Level = JurisdictionLevel;

export interface Dataset {
  readonly index: IndexFile;
  /** Catalogue order, as the index lists them. */
  readonly indicators: readonly IndicatorEntry[];
  readonly indicatorById: ReadonlyMap<string, IndicatorEntry>;
  readonly jurisdictionById: ReadonlyMap<string, JurisdictionEntry>;
  readonly reportById: ReadonlyMap<string, ReportEntry>;
  /** Each jurisdiction's reports, oldest first (a report without a year sorts first). */
  readonly reportsByJurisdiction: ReadonlyMap<string, readonly ReportEntry[]>;
  /** Years reported on, ascending. */
  readonly years: readonly number[];
  readonly provinces: readonly string[];
  /** Prefecture-level cities (地级市) present in the data, by name, each with its province. */
  readonly cities: readonly CityEntry[];
  /** Levels present in the data, in {@link LEVEL_ORDER}. */
  readonly levels: readonly Level[];
  /**
   * Whether a report gives an indicator, known for every indicator even before its values are
   * loaded (the compact catalogue's masks): coverage counts and the default indicator use it.
   */
  readonly hasValue: (report: ReportEntry, indicatorId: string) => boolean;
  /**
   * Indicators whose values the dataset holds: 'all' for an index read whole; with the compact
   * layout, those whose value files are loaded (src/data/get-values.ts). A view draws an indicator
   * only once it is loaded: a missing value must never read as "not reported".
   */
  readonly loaded: 'all' | ReadonlySet<string>;
  /**
   * The values, with this browser's reviews and the "reviewed values only" filter as layers
   * (src/data/value-store.ts): read a value with `shownValue`, its status with `valueStatus`
   * (src/data/value-status.ts); `report.values` holds only what a report arrived with.
   */
  readonly values: ValueStore;
  /** Set when the dataset holds only some parts of a sharded folder ({@link LoadedParts}). */
  readonly loadedParts?: LoadedParts;
}

/**
 * Where a dataset's reports came from when it holds only some parts of a sharded data folder
 * (src/data/shards.ts): the parts, each's first position in `index.reports`, and what the whole
 * folder holds, which filters and URL checks read instead of the loaded reports.
 */
export interface LoadedParts {
  readonly parts: readonly { readonly shard: string; readonly year: number | null; readonly reports: number }[];
  readonly offsets: ReadonlyMap<string, number>;
  /** Every part is loaded: a place the data lacks is then unknown, not merely elsewhere. */
  readonly complete: boolean;
  /** Township reports exist for the view but are loaded only once a province is chosen. */
  readonly townsNeedProvince: boolean;
  /** The provinces with township reports, and how many each has. */
  readonly townProvinces: readonly { readonly province: string; readonly reports: number }[];
  /** Per indicator: the loaded shards' places with a value in some report of any year, loaded or not. */
  readonly coverage: ReadonlyMap<string, number>;
  /** Per place of the loaded shards: who wrote its comparable reports in any year (bits: 1 government, 2 department, 4 other). */
  readonly placeBodies: ReadonlyMap<string, number>;
  /** The whole folder's default year and indicator (its manifest's), whichever parts are loaded. */
  readonly defaultYear: number | null;
  readonly defaultIndicator: string | null;
}

export interface CityEntry {
  readonly name: string;
  readonly province: string | null;
}

export interface DatasetOptions {
  readonly hasValue?: Dataset['hasValue'];
  readonly loaded?: Dataset['loaded'];
  readonly values?: ValueStore;
  readonly loadedParts?: LoadedParts;
  /** What the whole data folder holds, when the index is only part of it (a sharded folder's manifest). */
  readonly whole?: Pick<Dataset, 'years' | 'provinces' | 'cities' | 'levels'>;
}

/** Whether the dataset's reports carry the indicator's values. */
export function isLoaded(dataset: Dataset, indicatorId: string): boolean {
  return dataset.loaded === 'all' || dataset.loaded.has(indicatorId);
}

const collator = new Intl.Collator('zh-Hans-CN');

/** Orders Chinese names the way a Chinese reader expects (pinyin). */
export const compareNames = (a: string, b: string): number => collator.compare(a, b);

const nameOrders = new WeakMap<
  readonly JurisdictionEntry[],
  { readonly ranks: ReadonlyMap<string, number>; readonly sorted: readonly JurisdictionEntry[] }
>();

function nameOrder(dataset: Dataset) {
  const jurisdictions = dataset.index.jurisdictions;
  let order = nameOrders.get(jurisdictions);
  if (!order) {
    const sorted = [...jurisdictions].sort((a, b) => compareNames(jurisdictionName(a), jurisdictionName(b)));
    order = { sorted, ranks: new Map(sorted.map((jurisdiction, i) => [jurisdiction.id, i])) };
    nameOrders.set(jurisdictions, order);
  }
  return order;
}

/**
 * Each jurisdiction's position in name order ({@link compareNames}), computed once per list of
 * jurisdictions (shared by every dataset of one load): sorting thousands of names with the
 * collator on every filter change was a cost the profile showed.
 */
export function jurisdictionNameRank(dataset: Dataset): ReadonlyMap<string, number> {
  return nameOrder(dataset).ranks;
}

/**
 * The jurisdictions in name order, computed with {@link jurisdictionNameRank}: a list walked in
 * this order needs no sort (sorting 3,000 places by their rank on every switch, two look-ups per
 * comparison, was a third of a year switch's render).
 */
export function jurisdictionsByName(dataset: Dataset): readonly JurisdictionEntry[] {
  return nameOrder(dataset).sorted;
}

export const byYear = (a: ReportEntry, b: ReportEntry): number =>
  (a.year ?? Number.NEGATIVE_INFINITY) - (b.year ?? Number.NEGATIVE_INFINITY);

/** Within a year, a government's own report stands for the place before another body's. */
const BODY_PREFERENCE: Record<ReportEntry['bodyKind'], number> = { government: 0, other: 1, department: 2 };

/**
 * What kind of report a report is, for comparisons: who wrote it (a government or one of its
 * departments) and what it is (a rule-of-law report, a justice bureau's work summary…). Reports are
 * compared, ranked and followed across years only with reports of the same kind.
 */
export function reportKind(report: Pick<ReportEntry, 'bodyKind' | 'documentKind'>): string {
  return `${report.bodyKind}|${report.documentKind}`;
}

/** Whether two reports are of the same kind ({@link reportKind}). */
export function sameReportKind(
  a: Pick<ReportEntry, 'bodyKind' | 'documentKind'>,
  b: Pick<ReportEntry, 'bodyKind' | 'documentKind'>,
): boolean {
  return a.bodyKind === b.bodyKind && a.documentKind === b.documentKind;
}

/**
 * The report that stands for a jurisdiction: for `year`, or the latest when `year` is null. When a
 * year has several, a rule-of-law report wins over a related report, then (a government's and a
 * department's) the government's own; between two of
 * the same kind, a report the user added in this browser wins over the bundled one (they added it
 * to see it: a local copy of a bundled report must not stay invisible behind the original).
 */
export function preferredReport(reports: readonly ReportEntry[], year: number | null): ReportEntry | null {
  const candidates = year === null ? reports : reports.filter((report) => report.year === year);
  let best: ReportEntry | null = null;
  for (const report of candidates) {
    const yearOrder = best === null ? 1 : byYear(report, best);
    // A rule-of-law report stands for its place before a related report (a justice bureau's summary…).
    const kindOrder =
      best === null ? 0 : Number(best.documentKind !== 'rule_of_law_report') - Number(report.documentKind !== 'rule_of_law_report');
    const bodyOrder = best === null ? 0 : kindOrder || BODY_PREFERENCE[best.bodyKind] - BODY_PREFERENCE[report.bodyKind];
    if (yearOrder > 0 || (yearOrder === 0 && (bodyOrder > 0 || (bodyOrder === 0 && report.local === true && best?.local !== true)))) {
      best = report;
    }
  }
  return best;
}

/**
 * Whether a report can stand beside others in a comparison: it needs a year and a place. A report
 * without either is kept and flagged by the extractor (never guessed); the views list it as not
 * comparable instead of placing it.
 */
export function isComparable(report: Pick<ReportEntry, 'year' | 'flags'>): boolean {
  return report.year !== null && !report.flags.includes('no_jurisdiction') && !report.flags.includes('no_year');
}

/** The flags that make a report not comparable, for badges. */
export const PLACEMENT_FLAGS = ['no_year', 'no_jurisdiction'] as const;

export function placementFlags(report: Pick<ReportEntry, 'flags' | 'year'>): (typeof PLACEMENT_FLAGS)[number][] {
  return PLACEMENT_FLAGS.filter((flag) => report.flags.includes(flag) || (flag === 'no_year' && report.year === null));
}

export function buildDataset(index: IndexFile, options: DatasetOptions = {}): Dataset {
  const reportsByJurisdiction = new Map<string, ReportEntry[]>();
  for (const report of index.reports) {
    const list = reportsByJurisdiction.get(report.jurisdictionId) ?? [];
    list.push(report);
    reportsByJurisdiction.set(report.jurisdictionId, list);
  }
  for (const list of reportsByJurisdiction.values()) list.sort(byYear);
  const years = [...new Set(index.reports.flatMap((r) => (r.year === null ? [] : [r.year])))].sort((a, b) => a - b);
  const provinces = [...new Set(index.jurisdictions.flatMap((j) => (j.province ? [j.province] : [])))].sort(compareNames);
  const presentLevels = new Set(index.jurisdictions.flatMap((j) => (j.level ? [j.level] : [])));
  const cities = new Map<string, CityEntry>();
  for (const j of index.jurisdictions)
    if (j.city && !cities.has(`${j.province}|${j.city}`)) cities.set(`${j.province}|${j.city}`, { name: j.city, province: j.province });
  const whole = options.whole;
  return {
    index,
    indicators: index.indicators,
    indicatorById: new Map(index.indicators.map((i) => [i.id, i])),
    jurisdictionById: new Map(index.jurisdictions.map((j) => [j.id, j])),
    reportById: new Map(index.reports.map((r) => [r.id, r])),
    reportsByJurisdiction,
    // A part of a sharded folder: what the whole folder holds, with what the loaded reports (local
    // ones among them) add.
    years: whole ? [...new Set([...whole.years, ...years])].sort((a, b) => a - b) : years,
    provinces: whole ? [...new Set([...whole.provinces, ...provinces])].sort(compareNames) : provinces,
    cities: [
      ...new Map([...(whole?.cities ?? []).map((city) => [`${city.province}|${city.name}`, city] as const), ...cities]).values(),
    ].sort((a, b) => compareNames(a.name, b.name)),
    levels: LEVEL_ORDER.filter((level) => presentLevels.has(level) || (whole?.levels.includes(level) ?? false)),
    // A closure per dataset: coverage counts are cached per presence function.
    hasValue: options.hasValue ?? ((report, indicatorId) => report.values[indicatorId] !== undefined),
    loaded: options.loaded ?? 'all',
    values: options.values ?? REPORT_VALUES,
    ...(options.loadedParts ? { loadedParts: options.loadedParts } : {}),
  };
}

/**
 * Coverage counts, cached per presence function: a catalogue's datasets (one per set of loaded
 * value files) share theirs, so switching indicators does not recount every report.
 */
const coverageCache = new WeakMap<Dataset['hasValue'], Map<string, number>>();

/** A jurisdiction's display name; the id stands in when the report did not name its place. */
export function jurisdictionName(jurisdiction: JurisdictionEntry | undefined, fallbackId = '?'): string {
  return jurisdiction?.name ?? jurisdiction?.id ?? fallbackId;
}

/** How many jurisdictions have a value for the indicator in at least one report. */
export function indicatorCoverage(dataset: Dataset, indicatorId: string): number {
  const counts = coverageCache.get(dataset.hasValue) ?? new Map<string, number>();
  coverageCache.set(dataset.hasValue, counts);
  const cached = counts.get(indicatorId);
  if (cached !== undefined) return cached;
  let count = 0;
  const parts = dataset.loadedParts;
  if (parts) {
    // Over every year of the loaded shards (their manifest's count), whichever years are loaded;
    // a place known only from reports added in this browser counts on its own.
    count = parts.coverage.get(indicatorId) ?? 0;
    for (const [place, reports] of dataset.reportsByJurisdiction) {
      if (!parts.placeBodies.has(place) && reports.some((report) => dataset.hasValue(report, indicatorId))) count += 1;
    }
  } else {
    for (const reports of dataset.reportsByJurisdiction.values()) {
      if (reports.some((report) => dataset.hasValue(report, indicatorId))) count += 1;
    }
  }
  counts.set(indicatorId, count);
  return count;
}

const valueCountCache = new WeakMap<Dataset['hasValue'], number>();

/** How many primary values the dataset holds, loaded or not (cached like coverage). */
export function valueCount(dataset: Dataset): number {
  const cached = valueCountCache.get(dataset.hasValue);
  if (cached !== undefined) return cached;
  let count = 0;
  for (const report of dataset.index.reports) {
    for (const indicator of dataset.indicators) if (dataset.hasValue(report, indicator.id)) count += 1;
  }
  valueCountCache.set(dataset.hasValue, count);
  return count;
}

const defaultYears = new WeakMap<readonly ReportEntry[], number | null>();

/**
 * The reporting year the views open on: the latest year in which the most places (jurisdictions)
 * have a comparable report; ties go to the later year. Comparing one year is the default because a
 * 2020 figure set beside a 2024 one says little; each place's latest report stays a choice
 * (`year=latest`). Cached per list of reports (shared by the datasets of one load).
 */
export function defaultYear(dataset: Dataset): number | null {
  if (dataset.loadedParts) return dataset.loadedParts.defaultYear;
  const reports = dataset.index.reports;
  if (defaultYears.has(reports)) return defaultYears.get(reports) ?? null;
  const places = new Map<number, Set<string>>();
  for (const report of reports) {
    if (!isComparable(report) || report.year === null) continue;
    const set = places.get(report.year) ?? new Set<string>();
    set.add(report.jurisdictionId);
    places.set(report.year, set);
  }
  let best: { year: number; count: number } | null = null;
  for (const [year, set] of places) {
    if (best === null || set.size > best.count || (set.size === best.count && year > best.year)) best = { year, count: set.size };
  }
  defaultYears.set(reports, best?.year ?? null);
  return best?.year ?? null;
}

/** How a view's year came about: the default, a year the user chose, or each place's latest. */
export type YearMode = 'default' | 'chosen' | 'latest';

export interface ResolvedYear {
  /** The year compared; null when each place's latest report is shown (`latest`), or the data has no year. */
  readonly year: number | null;
  readonly mode: YearMode;
}

/** The year a view compares, from the UI's choice (null = the {@link defaultYear}). */
export function resolveYear(dataset: Dataset, choice: number | 'latest' | null): ResolvedYear {
  if (choice === 'latest') return { year: null, mode: 'latest' };
  if (choice === null) {
    const year = defaultYear(dataset);
    // A dataset without any year can only show each place's latest (yearless) report.
    return year === null ? { year: null, mode: 'latest' } : { year, mode: 'default' };
  }
  return { year: choice, mode: 'chosen' };
}

/**
 * The indicator a view shows when the URL names none: the headline indicator reported by the most
 * jurisdictions in the default year (the year the views open on, so that the first chart is not
 * empty), then by the most in any year; catalogue order breaks ties; else the first indicator.
 */
export function defaultIndicatorId(dataset: Dataset): string | null {
  const fromParts = dataset.loadedParts?.defaultIndicator;
  if (fromParts && dataset.indicatorById.has(fromParts)) return fromParts;
  const year = defaultYear(dataset);
  const inYear = dataset.index.reports.filter((report) => report.year === year && isComparable(report));
  let best: { id: string; thatYear: number; coverage: number } | null = null;
  for (const indicator of dataset.indicators) {
    if (!indicator.headline) continue;
    const thatYear = new Set(inYear.filter((report) => dataset.hasValue(report, indicator.id)).map((report) => report.jurisdictionId)).size;
    const coverage = indicatorCoverage(dataset, indicator.id);
    if (best === null || thatYear > best.thatYear || (thatYear === best.thatYear && coverage > best.coverage))
      best = { id: indicator.id, thatYear, coverage };
  }
  return best?.id ?? dataset.indicators[0]?.id ?? null;
}

/**
 * The indicator named by the UI state when the data knows it, else the default one, whether or not
 * its values are loaded: what the page asks to load.
 */
export function wantedIndicator(dataset: Dataset, indicatorId: string | null): IndicatorEntry | null {
  const named = indicatorId === null ? undefined : dataset.indicatorById.get(indicatorId);
  if (named) return named;
  const fallback = defaultIndicatorId(dataset);
  return fallback === null ? null : (dataset.indicatorById.get(fallback) ?? null);
}

/**
 * The indicator a view draws: the wanted one ({@link wantedIndicator}) once its values are loaded.
 * While a newly picked indicator's file is on its way, the view keeps drawing the indicator it has
 * (label and values stay together; the picker shows it too), never the new label over no values.
 */
export function resolveIndicator(dataset: Dataset, indicatorId: string | null): IndicatorEntry | null {
  const wanted = wantedIndicator(dataset, indicatorId);
  if (!wanted || isLoaded(dataset, wanted.id)) return wanted;
  return dataset.indicators.find((indicator) => isLoaded(dataset, indicator.id)) ?? null;
}

export interface IndicatorGroup {
  readonly theme: string;
  readonly themeLabel: IndicatorEntry['themeLabel'];
  readonly indicators: readonly IndicatorEntry[];
}

/**
 * Indicators grouped by theme for pickers and tables: themes holding a headline indicator come
 * first, and within a theme headline indicators come first; otherwise catalogue order.
 */
export function groupIndicatorsByTheme(indicators: readonly IndicatorEntry[]): IndicatorGroup[] {
  const groups = new Map<string, { themeLabel: IndicatorEntry['themeLabel']; indicators: IndicatorEntry[] }>();
  for (const indicator of indicators) {
    const group = groups.get(indicator.theme) ?? { themeLabel: indicator.themeLabel, indicators: [] };
    group.indicators.push(indicator);
    groups.set(indicator.theme, group);
  }
  const result = [...groups.entries()].map(([theme, group]) => ({
    theme,
    themeLabel: group.themeLabel,
    // Array.prototype.sort is stable, so catalogue order survives within each half.
    indicators: [...group.indicators].sort((a, b) => Number(b.headline) - Number(a.headline)),
  }));
  const hasHeadline = (group: IndicatorGroup) => group.indicators.some((i) => i.headline);
  return result.sort((a, b) => Number(hasHeadline(b)) - Number(hasHeadline(a)));
}

const syntheticCounts = new WeakMap<readonly ReportEntry[], number>();

/**
 * How many of the dataset's reports are synthetic (generated for demos and tests, marked SYNTHETIC
 * in their text): every view, image, page and download says so when there is one, so that a
 * generated number is never taken for a place's real one.
 */
export function syntheticReportCount(dataset: Dataset): number {
  const reports = dataset.index.reports;
  let count = syntheticCounts.get(reports);
  if (count === undefined) {
    count = reports.reduce((sum, report) => sum + (report.synthetic === true ? 1 : 0), 0);
    syntheticCounts.set(reports, count);
  }
  return count;
}

/**
 * The tidy table behind the data downloads: one row per value, with where it came from (the
 * report's own words, its section, the source file and web page). Pure and deterministic: the same values and
 * detail files give the same rows, in the order asked for (no timestamps; those go in the README).
 */

import { type Dataset, jurisdictionName } from './dataset';
import type { DetailFile, JurisdictionEntry, PrimaryValueEntry, ReportEntry } from './schema';
import type { ValueStatusKind } from './value-status';
import { shownValue } from './value-store';

export const TIDY_COLUMNS = [
  'jurisdiction',
  'division_code',
  'province',
  'city',
  'county',
  'level',
  'year',
  'body',
  'body_kind',
  'document_kind',
  'indicator_id',
  'indicator_label_zh',
  'indicator_label_en',
  'value',
  'value_status',
  'unit',
  'qualifier',
  'value_type',
  'wording',
  'variant',
  'warnings',
  'formula',
  'quote',
  'quote_status',
  'section',
  'section_kind',
  'source_file',
  'source_url',
  'retrieved_at',
  'report_id',
  'extraction_id',
  'synthetic',
  'review_status',
  'reviewer',
  'reviewed_at',
  'review_note',
  'original_value',
] as const;

export type TidyColumn = (typeof TIDY_COLUMNS)[number];

/**
 * `quoted`: the quote is the report's own words; `derived`: computed by the extractor, no quote
 * (see `formula`); `not_loaded`: the report's detail file could not be loaded, so the quote and
 * section are missing though the value is not.
 */
export type QuoteStatus = 'quoted' | 'derived' | 'not_loaded';

/**
 * What a row says (src/data/value-status.ts): `reported` a value; `not_reported` the report does
 * not state it (未报告); `no_report` the place has no report that year. A view's download lists its
 * places without a value as the view does, so that a table of values never drops them silently.
 */
export type TidyValueStatus = Extract<ValueStatusKind, 'reported' | 'not_reported' | 'no_report'>;

export interface TidyRow {
  jurisdiction: string;
  division_code: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  level: string | null;
  year: number | null;
  body: string | null;
  body_kind: ReportEntry['bodyKind'] | null;
  /** rule_of_law_report, or the related report it comes from (justice_bureau_summary…). */
  document_kind: ReportEntry['documentKind'] | null;
  indicator_id: string;
  indicator_label_zh: string;
  indicator_label_en: string;
  /** null on a row of a place without a value (`value_status` says why). */
  value: number | null;
  value_status: TidyValueStatus;
  unit: string;
  qualifier: PrimaryValueEntry['qualifier'] | null;
  value_type: 'reported' | 'derived' | null;
  wording: string | null;
  variant: string | null;
  warnings: string | null;
  formula: string | null;
  quote: string | null;
  quote_status: QuoteStatus | null;
  section: string | null;
  section_kind: string | null;
  /** The report's file; null on a `no_report` row. */
  source_file: string | null;
  /** The government page the report was published on (`npm run collect`, or a saved page's own address). */
  source_url: string | null;
  /** When the report's file was fetched (ISO 8601 UTC). */
  retrieved_at: string | null;
  report_id: string | null;
  extraction_id: string | null;
  synthetic: boolean;
  /** A person's review (src/data/apply-review.ts): confirmed, corrected, added; `unreviewed` when nobody has. */
  review_status: NonNullable<PrimaryValueEntry['review']>['status'] | 'unreviewed' | null;
  reviewer: string | null;
  reviewed_at: string | null;
  review_note: string | null;
  /** The extractor's value of a corrected one; null otherwise. */
  original_value: number | null;
}

/** One value to put in the table: a report's primary value for an indicator. */
export interface ValueRef {
  readonly report: ReportEntry;
  readonly indicatorId: string;
}

/** Detail files by `detailPath`; null when the file could not be loaded. */
export type DetailLookup = ReadonlyMap<string, DetailFile | null>;

/** Every primary value of the data: reports in index order, indicators in catalogue order. */
export function allValueRefs(dataset: Dataset): ValueRef[] {
  return dataset.index.reports.flatMap((report) => reportValueRefs(dataset, report));
}

/** One report's primary values in catalogue order. */
export function reportValueRefs(dataset: Dataset, report: ReportEntry): ValueRef[] {
  return dataset.indicators
    .filter((indicator) => shownValue(dataset.values, report, indicator.id) !== undefined)
    .map((indicator) => ({ report, indicatorId: indicator.id }));
}

/** The reports whose detail files the rows need, each once, in first-use order. */
export function reportsNeeded(refs: readonly ValueRef[]): ReportEntry[] {
  const seen = new Map<string, ReportEntry>();
  for (const { report } of refs) if (!seen.has(report.id)) seen.set(report.id, report);
  return [...seen.values()];
}

/**
 * What a row takes from the report's detail file: the primary value's own words and where they
 * stand. Small enough to ship with each report from the extract command's worker threads, so
 * that the prebuilt downloads (src/cli/extract/downloads/) never parse a detail file again.
 */
export interface ValueProvenance {
  readonly quote: string | null;
  readonly wording: string | null;
  readonly variant: string | null;
  readonly formula: string | null;
  /** The heading path of the paragraph the value is in; null when it has none. */
  readonly section: string | null;
  readonly sectionKind: string | null;
}

/** The provenance of one extraction of a detail file; null when the file lacks it. */
export function provenanceOf(detail: DetailFile, extractionId: string): ValueProvenance | null {
  const extraction = detail.extractions.find((candidate) => candidate.id === extractionId);
  if (!extraction) return null;
  const paragraph = detail.paragraphs.find((candidate) => candidate.id === extraction.paragraphId);
  return {
    quote: extraction.quote,
    wording: extraction.wording ?? null,
    variant: extraction.variant ?? null,
    formula: extraction.formula ?? null,
    section: paragraph ? paragraph.section || null : null,
    sectionKind: paragraph?.sectionKind ?? extraction.sectionKind ?? null,
  };
}

/** The provenance of each of a report's primary values, by indicator id (those the detail file lacks are left out). */
export function reportProvenance(values: ReportEntry['values'], detail: DetailFile): Record<string, ValueProvenance> {
  const provenance: Record<string, ValueProvenance> = {};
  for (const [indicatorId, value] of Object.entries(values)) {
    const found = provenanceOf(detail, value.extractionId);
    if (found) provenance[indicatorId] = found;
  }
  return provenance;
}

/** The look-ups a row needs: a {@link Dataset} has them, and so has the extract command's index. */
export type TidyLookups = Pick<Dataset, 'indicatorById' | 'jurisdictionById'>;

/** The rows for `refs`, in that order; a ref without a value (or unknown indicator) is skipped. */
export function buildTidyRows(dataset: Dataset, refs: readonly ValueRef[], details: DetailLookup): TidyRow[] {
  return refs.flatMap(({ report, indicatorId }): TidyRow[] => {
    const value = shownValue(dataset.values, report, indicatorId);
    const detail = details.get(report.detailPath) ?? null;
    const row = tidyRowOf(dataset, report, indicatorId, value && detail ? provenanceOf(detail, value.extractionId) : null, value);
    return row ? [row] : [];
  });
}

/**
 * One report's value of one indicator as a row; null when the report has no such value or the
 * indicator is unknown. `provenance` null: the detail file could not be loaded (`not_loaded`).
 * `value`: the value as a dataset shows it (src/data/value-store.ts); by default the report's own.
 */
export function tidyRowOf(
  lookups: TidyLookups,
  report: ReportEntry,
  indicatorId: string,
  provenance: ValueProvenance | null,
  value: PrimaryValueEntry | undefined = report.values[indicatorId],
): TidyRow | null {
  const indicator = lookups.indicatorById.get(indicatorId);
  if (!value || !indicator) return null;
  const jurisdiction = lookups.jurisdictionById.get(report.jurisdictionId);
  const quoteStatus: QuoteStatus = value.derived ? 'derived' : provenance?.quote ? 'quoted' : 'not_loaded';
  return {
    jurisdiction: jurisdictionName(jurisdiction, report.jurisdictionId),
    division_code: jurisdiction?.code ?? null,
    province: jurisdiction?.province ?? null,
    city: jurisdiction?.city ?? null,
    county: jurisdiction?.county ?? null,
    level: jurisdiction?.level ?? null,
    year: report.year,
    body: report.body,
    body_kind: report.bodyKind,
    document_kind: report.documentKind,
    indicator_id: indicator.id,
    indicator_label_zh: indicator.label.zh,
    indicator_label_en: indicator.label.en,
    value: value.value,
    value_status: 'reported',
    unit: indicator.unit,
    qualifier: value.qualifier,
    value_type: value.derived ? 'derived' : 'reported',
    wording: provenance?.wording ?? null,
    variant: value.variant ?? provenance?.variant ?? null,
    warnings: value.warnings?.length ? value.warnings.map((warning) => warning.message).join('; ') : null,
    formula: value.derived ? (provenance?.formula ?? null) : null,
    quote: quoteStatus === 'quoted' ? (provenance?.quote ?? null) : null,
    quote_status: quoteStatus,
    section: provenance?.section ?? null,
    section_kind: provenance?.sectionKind ?? null,
    source_file: report.sourceFile,
    source_url: report.sourceUrl ?? null,
    retrieved_at: report.retrievedAt ?? null,
    report_id: report.id,
    extraction_id: value.extractionId,
    synthetic: report.synthetic === true,
    review_status: value.review?.status ?? 'unreviewed',
    reviewer: value.review?.reviewer ?? null,
    reviewed_at: value.review?.reviewedAt ?? null,
    review_note: value.review?.note ?? null,
    original_value: value.review?.original?.value ?? null,
  };
}

/** A place of a view without a value: its report (null: none that year), the year and why (not_reported, no_report). */
export interface AbsentRef {
  readonly place: JurisdictionEntry;
  readonly year: number | null;
  readonly report: ReportEntry | null;
  readonly indicatorId: string;
  readonly status: Exclude<TidyValueStatus, 'reported'>;
}

/**
 * The row of a place without a value: who, which year, which report (when there is one) and why,
 * with the value and everything about it empty; null for an unknown indicator.
 */
export function absentRowOf(lookups: TidyLookups, absent: AbsentRef): TidyRow | null {
  const indicator = lookups.indicatorById.get(absent.indicatorId);
  if (!indicator) return null;
  const { place, report } = absent;
  return {
    jurisdiction: jurisdictionName(place, place.id),
    division_code: place.code ?? null,
    province: place.province ?? null,
    city: place.city ?? null,
    county: place.county ?? null,
    level: place.level ?? null,
    year: report?.year ?? absent.year,
    body: report?.body ?? null,
    body_kind: report?.bodyKind ?? null,
    document_kind: report?.documentKind ?? null,
    indicator_id: indicator.id,
    indicator_label_zh: indicator.label.zh,
    indicator_label_en: indicator.label.en,
    value: null,
    value_status: absent.status,
    unit: indicator.unit,
    qualifier: null,
    value_type: null,
    wording: null,
    variant: null,
    warnings: null,
    formula: null,
    quote: null,
    quote_status: null,
    section: null,
    section_kind: null,
    source_file: report?.sourceFile ?? null,
    source_url: report?.sourceUrl ?? null,
    retrieved_at: report?.retrievedAt ?? null,
    report_id: report?.id ?? null,
    extraction_id: null,
    synthetic: report?.synthetic === true,
    review_status: null,
    reviewer: null,
    reviewed_at: null,
    review_note: null,
    original_value: null,
  };
}

/**
 * The compact layout, written beside the contract's files: `compact/catalog.json` (indicators,
 * jurisdictions and the reports as columns, without values) and `compact/values/<indicator>.json`
 * (one indicator's primary values as columns). Pure: the CLI writes these from the index it has
 * just built, and the dashboard expands them back into contract entries; both use these functions.
 *
 * Why this layout (issue 5, measured at 3,000 jurisdictions × 6 years, ~16,000 reports): the
 * contract's index.json is 32 MB (2 MB gzip) and nine tenths of it are values, one object with
 * four keys per value; the first chart needs one indicator's. Columns drop the repeated keys;
 * per-indicator files let the dashboard fetch only what a view draws. Each report keeps a mask of
 * the indicators it gives (`has`), so coverage counts and the default indicator need no values.
 * The contract's files are unchanged and stay the reference for other tools.
 */

import { QUALIFIERS } from '../extract/light';
import { checkValuesFit, compactValueAt } from './compact-value';
import type { CompactCatalog, CompactReviewQueue, CompactValues, IndexFile, PrimaryValueEntry, ReportEntry, ReviewMark } from './schema';
import { COMPACT_VERSION, SCHEMA_VERSION } from './schema/constants';

export const COMPACT_DIR = 'compact';
export const CATALOG_PATH = `${COMPACT_DIR}/catalog.json`;
/** The review queue's order (src/data/review-risk.ts). */
export const REVIEW_QUEUE_PATH = `${COMPACT_DIR}/review-queue.json`;

/** The data-relative path of an indicator's value file. */
export function valuesPath(indicatorId: string): string {
  return `${COMPACT_DIR}/values/${encodeURIComponent(indicatorId)}.json`;
}

/** Hex mask of which of `indicatorIds` the values give (see `indicatorMaskSchema`). */
export function indicatorMask(values: Readonly<Record<string, unknown>>, indicatorIds: readonly string[]): string {
  let mask = '';
  for (let digit = 0; digit * 4 < indicatorIds.length; digit += 1) {
    let bits = 0;
    for (let bit = 0; bit < 4; bit += 1) {
      const id = indicatorIds[digit * 4 + bit];
      if (id !== undefined && values[id] !== undefined) bits |= 1 << bit;
    }
    mask += bits.toString(16);
  }
  return mask;
}

/** Whether a mask has the indicator at catalogue position `position`. */
export function maskHas(mask: string, position: number): boolean {
  const digit = mask.charCodeAt(position >> 2);
  // '0'-'9' are 48-57, 'a'-'f' are 97-102.
  const bits = digit >= 97 ? digit - 87 : digit - 48;
  return ((bits >> (position & 3)) & 1) === 1;
}

export interface CompactFiles {
  readonly catalog: CompactCatalog;
  /** One per indicator, in catalogue order (an indicator no report gives has an empty file). */
  readonly values: readonly CompactValues[];
  /** The review queue's order. */
  readonly reviewQueue: CompactReviewQueue;
}

/** A review queue file of ranked risky values and reviewed values, positions into `reportCount` reports. */
export function reviewQueueFile(
  reportCount: number,
  indicatorCount: number,
  risky: readonly { readonly report: number; readonly indicator: number; readonly risk: number; readonly score: number }[],
  reviewed: readonly (readonly [number, number])[],
): CompactReviewQueue {
  return {
    schemaVersion: SCHEMA_VERSION,
    compactVersion: COMPACT_VERSION,
    reportCount,
    indicatorCount,
    report: risky.map((value) => value.report),
    indicator: risky.map((value) => value.indicator),
    risk: risky.map((value) => value.risk),
    score: risky.map((value) => value.score),
    reviewedReport: reviewed.map(([report]) => report),
    reviewedIndicator: reviewed.map(([, indicator]) => indicator),
  };
}

/** `{ [name]: column }`, or nothing when every entry is null (a dataset of no collected reports). */
function optionalColumn<K extends string, V extends string>(name: K, column: (V | null)[]): Partial<Record<K, (V | null)[]>> {
  return column.some((entry) => entry !== null) ? ({ [name]: column } as Record<K, (V | null)[]>) : {};
}

/**
 * The reports' detail members as `[pack, offset, length]` over a list of pack paths (each written
 * once: at 270,000 reports a path per report would add megabytes to the first download); null when
 * no detail is packed (the columns are left out, as in folders written before packs).
 */
function packColumns(
  reports: readonly Pick<ReportEntry, 'detailPack'>[],
): { paths: string[]; members: ([number, number, number] | null)[] } | null {
  if (!reports.some((report) => report.detailPack)) return null;
  const paths: string[] = [];
  const position = new Map<string, number>();
  const members = reports.map((report): [number, number, number] | null => {
    const pack = report.detailPack;
    if (!pack) return null;
    let at = position.get(pack.path);
    if (at === undefined) {
      at = paths.push(pack.path) - 1;
      position.set(pack.path, at);
    }
    return [at, pack.offset, pack.length];
  });
  return { paths, members };
}

/** A value file of no values yet, every column present (filled by the writer and by shards' composition). */
export function emptyValues(indicator: string, reportCount: number): CompactValues {
  return {
    schemaVersion: SCHEMA_VERSION,
    compactVersion: COMPACT_VERSION,
    indicator,
    reportCount,
    report: [],
    value: [],
    qualifier: [],
    derived: [],
    extraction: [],
    variant: [],
    warnings: [],
    confidence: [],
    checks: [],
  };
}

/**
 * The catalogue and the value files of an index, without its review queue: the sharded layout
 * ranks its queue once over the whole index, not once again per part (src/data/shards.ts).
 */
export function buildCompactTables(index: IndexFile): Omit<CompactFiles, 'reviewQueue'> {
  return {
    catalog: buildCompactCatalog(index),
    values: index.indicators.map((indicator) => buildCompactValues(index.reports, indicator.id)),
  };
}

/** The catalogue of an index: indicators, jurisdictions and the reports as columns, without values. */
export function buildCompactCatalog(index: IndexFile): CompactCatalog {
  const indicatorIds = index.indicators.map((indicator) => indicator.id);
  return compactCatalogOf(index, index.reports, (report) => indicatorMask(report.values, indicatorIds));
}

/** What the catalogue needs of a report: everything but its values, whose presence `hasOf` gives. */
export type CatalogReport = Omit<ReportEntry, 'values' | 'textSha256'>;

/**
 * The catalogue of reports given without their values (the extract command keeps a national
 * index's values on disk): `hasOf` is each report's {@link indicatorMask}.
 */
export function compactCatalogOf<R extends CatalogReport>(
  head: Pick<IndexFile, 'indicators' | 'jurisdictions'>,
  reports: readonly R[],
  hasOf: (report: R) => string,
): CompactCatalog {
  const jurisdictionIndex = new Map(head.jurisdictions.map((jurisdiction, i) => [jurisdiction.id, i]));
  const packs = packColumns(reports);
  return {
    schemaVersion: SCHEMA_VERSION,
    compactVersion: COMPACT_VERSION,
    indicators: head.indicators,
    jurisdictions: head.jurisdictions,
    reports: {
      id: reports.map((report) => report.id),
      jurisdiction: reports.map((report) => {
        const position = jurisdictionIndex.get(report.jurisdictionId);
        if (position === undefined) throw new Error(`report ${report.id}: jurisdiction ${report.jurisdictionId} is not in the index`);
        return position;
      }),
      year: reports.map((report) => report.year),
      published: reports.map((report) => report.published),
      body: reports.map((report) => report.body),
      bodyKind: reports.map((report) => report.bodyKind),
      ...optionalColumn(
        'documentKind',
        reports.map((report) => (report.documentKind === 'rule_of_law_report' ? null : report.documentKind)),
      ),
      title: reports.map((report) => report.title),
      sourceFile: reports.map((report) => report.sourceFile),
      detailPath: reports.map((report) => report.detailPath),
      ...(packs ? { detailPack: packs.members } : {}),
      flags: reports.map((report) => report.flags),
      warningCount: reports.map((report) => report.warningCount),
      synthetic: reports.map((report) => report.synthetic ?? null),
      local: reports.map((report) => report.local ?? null),
      // Where collected reports came from; columns of nothing but nulls are left out.
      ...optionalColumn(
        'sourceUrl',
        reports.map((report) => report.sourceUrl ?? null),
      ),
      ...optionalColumn(
        'retrievedAt',
        reports.map((report) => report.retrievedAt ?? null),
      ),
      has: reports.map(hasOf),
    },
    ...(packs ? { detailPacks: packs.paths } : {}),
  };
}

/**
 * One indicator's value file over `reports` (positions are the reports' own): the writer builds
 * and writes them one at a time, so that a national run never holds every indicator's columns.
 */
export function buildCompactValues(reports: readonly ReportEntry[], indicator: string): CompactValues {
  return compactValuesOf(indicator, reports.length, valuesOfIndicator(reports, indicator));
}

function* valuesOfIndicator(reports: readonly ReportEntry[], indicator: string): Generator<readonly [number, PrimaryValueEntry]> {
  for (let i = 0; i < reports.length; i += 1) {
    const value = reports[i]!.values[indicator];
    if (value) yield [i, value];
  }
}

/**
 * One indicator's value file from its values as `[report position, value]`, in position order:
 * the extract command reads them back from disk, one indicator at a time.
 */
export function compactValuesOf(
  indicator: string,
  reportCount: number,
  values: Iterable<readonly [number, PrimaryValueEntry]>,
): CompactValues {
  const file = emptyValues(indicator, reportCount);
  const review: (ReviewMark | null)[] = [];
  for (const [position, value] of values) {
    file.report.push(position);
    file.value.push(value.value);
    file.qualifier.push(QUALIFIERS.indexOf(value.qualifier));
    file.derived.push(value.derived ? 1 : 0);
    file.extraction.push(value.extractionId);
    file.variant!.push(value.variant ?? null);
    file.warnings!.push(value.warnings ?? null);
    file.confidence!.push(value.confidence ?? null);
    file.checks!.push(value.checks ?? []);
    review.push(value.review ?? null);
  }
  // Written only when some value is reviewed: most data folders have no reviews.
  if (review.some((mark) => mark !== null)) file.review = review;
  return file;
}

/** The catalogue's reports as contract entries, with empty `values` (filled by {@link withCompactValues}). */
export function expandCatalog(catalog: CompactCatalog): IndexFile {
  const columns = catalog.reports;
  const reports = columns.id.map((id, i): ReportEntry => {
    const jurisdiction = catalog.jurisdictions[columns.jurisdiction[i] as number];
    if (!jurisdiction) throw new Error(`report ${id}: no jurisdiction ${columns.jurisdiction[i]}`);
    const entry: ReportEntry = {
      id,
      jurisdictionId: jurisdiction.id,
      year: columns.year[i] as number | null,
      published: columns.published[i] as string | null,
      body: columns.body[i] as string | null,
      bodyKind: columns.bodyKind[i] as ReportEntry['bodyKind'],
      documentKind: (columns.documentKind?.[i] as ReportEntry['documentKind'] | null | undefined) ?? 'rule_of_law_report',
      title: columns.title[i] as string | null,
      sourceFile: columns.sourceFile[i] as string,
      detailPath: columns.detailPath[i] as string,
      values: {},
      flags: columns.flags[i] as ReportEntry['flags'],
      warningCount: columns.warningCount[i] as number,
    };
    const synthetic = columns.synthetic[i];
    if (synthetic !== null && synthetic !== undefined) entry.synthetic = synthetic;
    const local = columns.local[i];
    if (local !== null && local !== undefined) entry.local = local;
    const sourceUrl = columns.sourceUrl?.[i];
    if (sourceUrl) entry.sourceUrl = sourceUrl;
    const retrievedAt = columns.retrievedAt?.[i];
    if (retrievedAt) entry.retrievedAt = retrievedAt;
    const member = columns.detailPack?.[i];
    const packPath = member ? catalog.detailPacks?.[member[0]] : undefined;
    if (member && packPath) entry.detailPack = { path: packPath, offset: member[1], length: member[2] };
    return entry;
  });
  return { schemaVersion: SCHEMA_VERSION, indicators: catalog.indicators, jurisdictions: catalog.jurisdictions, reports };
}

/**
 * Reports with the values of `files` added: report i of a value file is `reports[i]` (the
 * catalogue's order; reports after `reportCount`, the local ones, are left as they are). Values
 * already present are kept. Returns new report objects; the inputs are not changed. Throws when a
 * file does not belong to this catalogue.
 */
export function withCompactValues(reports: readonly ReportEntry[], files: readonly CompactValues[]): ReportEntry[] {
  if (files.length === 0) return [...reports];
  const added: (Record<string, PrimaryValueEntry> | undefined)[] = new Array(reports.length);
  for (const file of files) {
    checkValuesFit(file, reports.length);
    file.report.forEach((position, i) => {
      const values = (added[position] ??= {});
      values[file.indicator] = compactValueAt(file, i);
    });
  }
  return reports.map((report, i) => {
    const values = added[i];
    return values ? { ...report, values: { ...report.values, ...values } } : report;
  });
}

/**
 * The index as the compact layout keeps it: without each report's `textSha256`. Those are 64
 * hex digits a report that gzip cannot shrink (~0.5 MB at 16,000 reports) and no chart needs; the
 * detail file carries the fingerprint too, which is where review decisions are anchored.
 */
export function withoutTextFingerprints(index: IndexFile): IndexFile {
  if (!index.reports.some((report) => report.textSha256 !== undefined)) return index;
  return {
    ...index,
    reports: index.reports.map((report) => {
      if (report.textSha256 === undefined) return report;
      const { textSha256: _omitted, ...rest } = report;
      return rest;
    }),
  };
}

/** The contract index the compact files were built from (round trip; tests and tools), see {@link withoutTextFingerprints}. */
export function expandCompact(files: Pick<CompactFiles, 'catalog' | 'values'>): IndexFile {
  const index = expandCatalog(files.catalog);
  return { ...index, reports: withCompactValues(index.reports, files.values) };
}

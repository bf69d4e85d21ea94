/**
 * The prebuilt "download everything" files of a dataset (issue "Every local government"): at
 * 270,000 reports no browser can build the full table, so the extract command writes it, per
 * level group (src/data/level-groups.ts), as `downloads/values-<group>.csv.gz` and
 * `downloads/values-<group>.parquet`, with `downloads/datapackage.json` describing the columns and
 * `downloads/index.json` listing the files for the dashboard (src/data/schema/downloads.ts).
 *
 * The rows are the dashboard's own (src/data/tidy-rows.ts `tidyRowOf`): place and report from the
 * final index — after duplicates are settled, jurisdictions merged and corrections applied — and
 * each value's quote from the provenance its worker shipped (src/cli/extract/downloads/provenance-spill.ts).
 * Reports in index order, indicators in catalogue order, as the dashboard's download: the same
 * data gives the same bytes.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { DATA_LICENCE_NOTE } from '../../../data/data-licence';
import { LEVEL_GROUPS, type LevelGroup, levelGroupOf } from '../../../data/level-groups';
import {
  DATAPACKAGE_PATH,
  downloadPath,
  DOWNLOADS_FOLDER,
  DOWNLOADS_INDEX_PATH,
  type DownloadsIndex,
  downloadsIndexSchema,
  type IndexFile,
  type ReportEntry,
} from '../../../data/schema';
import { type TidyLookups, type TidyRow, tidyRowOf } from '../../../data/tidy-rows';
import { tableFields } from './columns';
import type { ProvenanceLookup } from './provenance-spill';
import {
  type EncodedRowGroups,
  type ParquetHead,
  type ParquetShare,
  ROW_GROUP_ROWS,
  writeCsvFile,
  writeParquetHead,
  writeTidyFile,
  writeTidyFiles,
} from './tidy-files';

/** The index's look-ups a row needs. */
function lookupsOf(index: Pick<IndexFile, 'indicators' | 'jurisdictions'>): TidyLookups {
  return {
    indicatorById: new Map(index.indicators.map((indicator) => [indicator.id, indicator])),
    jurisdictionById: new Map(index.jurisdictions.map((jurisdiction) => [jurisdiction.id, jurisdiction])),
  };
}

/** The index's reports by level group, each in index order. */
export function reportsByGroup<R extends Pick<ReportEntry, 'jurisdictionId'>>(
  index: { readonly reports: readonly R[] },
  lookups: TidyLookups,
): Map<LevelGroup, R[]> {
  const groups = new Map<LevelGroup, R[]>(LEVEL_GROUPS.map((group) => [group, []]));
  for (const report of index.reports) {
    const level = lookups.jurisdictionById.get(report.jurisdictionId)?.level ?? null;
    groups.get(levelGroupOf(level))!.push(report);
  }
  return groups;
}

/**
 * The reports to download, given whole or (the extract command's national index) without their
 * values: `load` reads a report's entry back, one at a time as its rows are written.
 */
export interface DownloadSource<R extends Pick<ReportEntry, 'jurisdictionId'>> {
  readonly head: Pick<IndexFile, 'indicators' | 'jurisdictions'>;
  readonly reports: readonly R[];
  /** How many values a report has (every key of its `values`). */
  readonly valueCountOf: (report: R) => number;
  readonly load: (report: R) => ReportEntry;
}

/** A group's rows, built as they are read: one report's entry and provenance in memory at a time. */
function* groupRows<R extends Pick<ReportEntry, 'jurisdictionId'>>(
  reports: readonly R[],
  source: DownloadSource<R>,
  lookups: TidyLookups,
  spill: ProvenanceLookup<R>,
): Generator<TidyRow> {
  for (const key of reports) {
    const report = source.load(key);
    const provenance = spill.get(report.id, key);
    for (const indicator of source.head.indicators) {
      if (report.values[indicator.id] === undefined) continue;
      const row = tidyRowOf(lookups, report, indicator.id, provenance?.[indicator.id] ?? null);
      if (row) yield row;
    }
  }
}

const GROUP_TITLES: Readonly<Record<LevelGroup, string>> = {
  province: 'Provinces (省级)',
  city: 'Prefecture-level cities (地级市)',
  county: 'County-level places (区、县、旗、开发区)',
  town: 'Township-level places (街道、镇、乡)',
  unplaced: 'Reports whose place or level was not found (未能确定地区或层级)',
};

/**
 * The Frictionless data package of the files listed in `downloads`: one resource per file, every
 * column typed and described, empty cells as missing values. Paths are relative to the package's
 * own folder, as the Frictionless spec asks.
 */
export function datapackageOf(downloads: DownloadsIndex): Record<string, unknown> {
  const schema = { fields: tableFields(), missingValues: [''] };
  const inFolder = (file: string) => file.slice(DOWNLOADS_FOLDER.length + 1);
  const resources = downloads.groups.flatMap(({ group, rows, csv, parquet }) => [
    {
      name: `values-${group}-csv`,
      title: `${GROUP_TITLES[group]}: every value (CSV)`,
      path: inFolder(csv.path),
      format: 'csv',
      compression: 'gz',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      bytes: csv.bytes,
      // A row count lets a reader check that nothing was lost on the way.
      stats: { rows },
      dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n', header: true },
      schema,
    },
    {
      name: `values-${group}-parquet`,
      title: `${GROUP_TITLES[group]}: every value (Parquet)`,
      path: inFolder(parquet.path),
      format: 'parquet',
      mediatype: 'application/vnd.apache.parquet',
      bytes: parquet.bytes,
      stats: { rows },
      schema,
    },
  ]);
  return {
    profile: 'data-package',
    name: 'fazhi-atlas-values',
    title:
      'fazhi-atlas: indicators of Chinese local governments’ annual rule-of-law reports (法治政府建设年度报告), every value with its quote',
    description: [
      'One row per report and indicator: the primary value the extractor (or a reviewer) took from the report, with the report’s own words (`quote`), where they stand (`section`), the place, year and kind of report.',
      'The same columns as the dashboard’s CSV download. `division_code` is text (read it as a string: `dtype={"division_code": str}`); empty cells are missing values.',
      'In the CSV, text that a spreadsheet would run as a formula (starting with = + - @, a tab or CR) has an apostrophe put before it; the Parquet files keep every text exactly.',
      'Values were extracted by a program and may be wrong: check a number against its quote before you rely on it.',
    ].join(' '),
    sources: [
      {
        title:
          'Annual rule-of-law reports (法治政府建设年度报告) and related reports published by Chinese local governments and their departments; each row names its report (`source_file`, `source_url`, `retrieved_at`)',
      },
    ],
    // No licence is granted here: the texts are the governments’ own publications.
    licenseNote: DATA_LICENCE_NOTE.en,
    resources,
  };
}

/**
 * Writes the downloads into `datasetFolder/downloads` and returns their index (also written, as
 * `downloads/index.json`). A group without values gets no files. `rowGroupRows` is for tests.
 */
export async function writeDownloads(
  datasetFolder: string,
  index: IndexFile,
  spill: ProvenanceLookup<ReportEntry>,
  rowGroupRows = ROW_GROUP_ROWS,
): Promise<DownloadsIndex> {
  const source: DownloadSource<ReportEntry> = {
    head: index,
    reports: index.reports,
    valueCountOf: (report) => Object.keys(report.values).length,
    load: (report) => report,
  };
  return writeDownloadsOf(datasetFolder, source, spill, rowGroupRows);
}

/** {@link writeDownloads} from a {@link DownloadSource}: the same files. */
export async function writeDownloadsOf<R extends Pick<ReportEntry, 'jurisdictionId'>>(
  datasetFolder: string,
  source: DownloadSource<R>,
  spill: ProvenanceLookup<R>,
  rowGroupRows = ROW_GROUP_ROWS,
): Promise<DownloadsIndex> {
  return finishDownloads(datasetFolder, await writeGroupFiles(datasetFolder, source, spill, 'both', rowGroupRows));
}

/**
 * Which of each group's files a writer writes: both, in one pass over the rows, or one of them,
 * when two threads share the downloads (src/cli/extract/downloads/downloads-thread.ts).
 */
export type DownloadFiles = 'both' | 'csv' | 'parquet';

/** What was written of a level group: its rows, and the size of each of its files written (null: left to another writer). */
export interface WrittenGroup {
  readonly group: LevelGroup;
  readonly rows: number;
  readonly reports: number;
  readonly csvBytes: number | null;
  readonly parquetBytes: number | null;
  /** The group's Parquet file is shared ({@link SharedParquet}), and this writer wrote its CSV: the tail it encoded. */
  readonly parquetTail?: EncodedRowGroups;
  /** The group's Parquet file is shared, and this writer wrote its head (`rows` are the head's): {@link joinGroups} ends it. */
  readonly parquetHead?: ParquetHead;
}

/**
 * The one level group's Parquet file that the two writers of a national run's downloads share
 * (src/cli/extract/downloads/tidy-files.ts `ParquetShare`): the Parquet writer writes its head, the
 * CSV writer encodes its tail from the rows it reads for the CSV anyway.
 */
export interface SharedParquet extends ParquetShare {
  readonly group: LevelGroup;
}

/**
 * Which Parquet file two writers share, and where: the group with the most values, about its last
 * `tailShare` of them (from the nearest row group's start) encoded by the CSV's writer; null when
 * that rounds to none.
 */
export function sharedParquetOf<R extends Pick<ReportEntry, 'jurisdictionId'>>(
  source: Pick<DownloadSource<R>, 'head' | 'reports' | 'valueCountOf'>,
  tailShare: number,
  tailFile: string,
  rowGroupRows = ROW_GROUP_ROWS,
): SharedParquet | null {
  let largest: { group: LevelGroup; values: number } | null = null;
  for (const [group, reports] of reportsByGroup(source, lookupsOf(source.head))) {
    const values = reports.reduce((sum, report) => sum + source.valueCountOf(report), 0);
    if (values > (largest?.values ?? 0)) largest = { group, values };
  }
  if (largest === null) return null;
  const fromRow = Math.round((largest.values * (1 - tailShare)) / rowGroupRows) * rowGroupRows;
  return fromRow < largest.values ? { group: largest.group, fromRow, tailFile } : null;
}

/**
 * Writes `files` of each level group that has values into `datasetFolder/downloads`, in the order
 * of {@link LEVEL_GROUPS}; {@link finishDownloads} then describes them. With `shared`, a CSV
 * writer also encodes that group's Parquet tail, a Parquet writer writes only its head.
 */
export async function writeGroupFiles<R extends Pick<ReportEntry, 'jurisdictionId'>>(
  datasetFolder: string,
  source: DownloadSource<R>,
  spill: ProvenanceLookup<R>,
  files: DownloadFiles,
  rowGroupRows = ROW_GROUP_ROWS,
  shared: SharedParquet | null = null,
): Promise<WrittenGroup[]> {
  if (files === 'both' && shared) throw new Error('a Parquet file is shared only between two writers');
  await mkdir(path.join(datasetFolder, DOWNLOADS_FOLDER), { recursive: true });
  const lookups = lookupsOf(source.head);
  const groups: WrittenGroup[] = [];
  for (const [group, reports] of reportsByGroup(source, lookups)) {
    const valueCount = reports.reduce((sum, report) => sum + source.valueCountOf(report), 0);
    if (valueCount === 0) continue;
    const rows = groupRows(reports, source, lookups, spill);
    const csv = path.join(datasetFolder, downloadPath(group, 'csv'));
    const parquet = path.join(datasetFolder, downloadPath(group, 'parquet'));
    const share = shared?.group === group ? shared : null;
    const counts = { group, reports: reports.length };
    if (files === 'both') {
      const written = await writeTidyFiles(rows, csv, parquet, rowGroupRows);
      groups.push({ ...counts, rows: written.rows, csvBytes: written.csvBytes, parquetBytes: written.parquetBytes });
    } else if (files === 'csv') {
      const { rows: count, bytes, parquetTail } = await writeCsvFile(rows, csv, share, rowGroupRows);
      groups.push({ ...counts, rows: count, csvBytes: bytes, parquetBytes: null, ...(parquetTail ? { parquetTail } : {}) });
    } else if (share) {
      const parquetHead = writeParquetHead(rows, parquet, share.fromRow, rowGroupRows);
      groups.push({ ...counts, rows: parquetHead.rows, csvBytes: null, parquetBytes: null, parquetHead });
    } else {
      const written = await writeTidyFile(rows, 'parquet', parquet, rowGroupRows);
      groups.push({ ...counts, rows: written.rows, csvBytes: null, parquetBytes: written.bytes });
    }
  }
  return groups;
}

/**
 * The groups written by two writers, one file each, as one list, a shared Parquet file ended
 * first with the tail the CSV's writer encoded; throws when they do not hold the same groups and
 * rows (they read the same reports, so they always do).
 */
export function joinGroups(csv: readonly WrittenGroup[], parquet: readonly WrittenGroup[]): WrittenGroup[] {
  const ended = parquet.map((group, i): WrittenGroup => {
    if (!group.parquetHead) return group;
    const tail = csv[i]?.group === group.group ? csv[i]!.parquetTail : undefined;
    if (!tail) throw new Error(`the ${group.group} group's Parquet file was shared, and its tail not written`);
    const { rows, bytes } = group.parquetHead.complete(tail);
    return { group: group.group, rows, reports: group.reports, csvBytes: null, parquetBytes: bytes };
  });
  const same =
    csv.length === ended.length &&
    csv.every((group, i) => group.group === ended[i]!.group && group.rows === ended[i]!.rows && group.reports === ended[i]!.reports);
  if (!same) throw new Error('the CSV and Parquet downloads were written from different rows');
  return csv.map(({ group, rows, reports, csvBytes }, i) => ({ group, rows, reports, csvBytes, parquetBytes: ended[i]!.parquetBytes }));
}

/**
 * Writes `downloads/datapackage.json` and `downloads/index.json` for the groups written (both of
 * each group's files) and returns the index.
 */
export async function finishDownloads(datasetFolder: string, written: readonly WrittenGroup[]): Promise<DownloadsIndex> {
  const groups = written.map(({ group, rows, reports, csvBytes, parquetBytes }) => {
    if (csvBytes === null || parquetBytes === null) throw new Error(`the ${group} group's downloads are not all written`);
    return {
      group,
      rows,
      reports,
      csv: { path: downloadPath(group, 'csv'), bytes: csvBytes },
      parquet: { path: downloadPath(group, 'parquet'), bytes: parquetBytes },
    };
  });
  const downloads = downloadsIndexSchema.parse({
    version: 1,
    rows: groups.reduce((sum, group) => sum + group.rows, 0),
    datapackage: DATAPACKAGE_PATH,
    groups,
  });
  await writeFile(path.join(datasetFolder, DATAPACKAGE_PATH), `${JSON.stringify(datapackageOf(downloads), null, 2)}\n`);
  await writeFile(path.join(datasetFolder, DOWNLOADS_INDEX_PATH), `${JSON.stringify(downloads, null, 2)}\n`);
  return downloads;
}

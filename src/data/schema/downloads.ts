/**
 * added: `downloads/index.json`, the list of prebuilt "download everything" files the extract
 * command writes (src/cli/extract/downloads/): per level group a gzipped CSV and a Parquet file of the
 * tidy table, and a Frictionless `datapackage.json` describing their columns. The dashboard links
 * to them when the folder has them and builds the download in the browser when it has not (older
 * folders). Paths are relative to the dataset folder, like a report's `detailPath`.
 */

import { z } from 'zod/mini';

import { LEVEL_GROUPS } from '../level-groups';
import { DATAPACKAGE_PATH, DOWNLOADS_FOLDER, DOWNLOADS_INDEX_PATH } from './constants';

export { DATAPACKAGE_PATH, DOWNLOADS_FOLDER, DOWNLOADS_INDEX_PATH };

/**
 * One prebuilt file: where it is and how large, so a page can say what a click will fetch. The
 * path is held to the names the command writes: the page turns it into a link.
 */
const downloadFileSchema = z.object({
  path: z
    .string()
    .check(z.regex(/^downloads\/values-[a-z]+\.(csv\.gz|parquet)$/, 'a prebuilt download is downloads/values-<group>.csv.gz or .parquet')),
  bytes: z.int().check(z.nonnegative()),
});

export const downloadsIndexSchema = z.object({
  version: z.literal(1),
  /** Rows in all files together: one per primary value. */
  rows: z.int().check(z.nonnegative()),
  datapackage: z.string(),
  /** One entry per level group that has values, in {@link LEVEL_GROUPS} order. */
  groups: z.array(
    z.object({
      group: z.enum(LEVEL_GROUPS),
      rows: z.int().check(z.nonnegative()),
      reports: z.int().check(z.nonnegative()),
      csv: downloadFileSchema,
      parquet: downloadFileSchema,
    }),
  ),
});

export type DownloadsIndex = z.infer<typeof downloadsIndexSchema>;

/** The path of a group's file: `downloads/values-county.csv.gz`, `downloads/values-county.parquet`. */
export function downloadPath(group: (typeof LEVEL_GROUPS)[number], format: 'csv' | 'parquet'): string {
  return `${DOWNLOADS_FOLDER}/values-${group}.${format === 'csv' ? 'csv.gz' : 'parquet'}`;
}

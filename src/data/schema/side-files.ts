/**
 * Side files (added), written beside the contract's by the extraction command and read by the
 * dashboard on demand: `population.json`, the user's population table (from a `population.csv`
 * they put beside the reports; never bundled, never estimated), and `about.json`, when and with
 * which catalogue the folder was made.
 */

import { z } from 'zod/mini';

import { SCHEMA_VERSION } from './common';
import { COMPACT_VERSION } from './compact';
import { ABOUT_PATH, POPULATION_PATH } from './constants';

export { ABOUT_PATH, POPULATION_PATH };

/** A division code: GB/T 2260 (6 digits, county level and above) or a 9-digit township code. */
export const divisionCodeSchema = z
  .string()
  .check(z.regex(/^\d{6}(\d{3})?$/, 'a division code has 6 digits (GB/T 2260) or 9 (a township)'));

export const populationRowSchema = z.object({
  code: divisionCodeSchema,
  year: z.int().check(z.minimum(1949), z.maximum(2100)),
  /** Residents (常住人口), in persons. */
  population: z.int().check(z.positive()),
  /** Where the figure comes from, as the user wrote it (e.g. 第七次全国人口普查). */
  source: z.string().check(z.minLength(1)),
});

export const populationFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The CSV it was read from, relative to the working folder. */
  file: z.string(),
  rows: z.array(populationRowSchema),
});

export const aboutFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /**
   * The newest date the reports carry (a publication date, or a collected report's retrieval
   * day), YYYY-MM-DD; null when none has one. Not the time of the run: extracting the same reports
   * writes the same bytes (issue 14), so `npm start` leaves the committed public/data as it was.
   */
  newestReportDate: z.optional(z.nullable(z.string())),
  /**
   * added (issue 22): whether the folder has `population.json`, so that the dashboard asks for it
   * only when it is there (no 404 in the console). Absent in older folders: then it is asked for.
   */
  population: z.optional(z.boolean()),
  /** Older folders (before the data was made deterministic): the time of the run. Read, never written. */
  generatedAt: z.optional(z.string()),
  /** The indicator catalogue's version (docs/indicators.md). */
  catalogueVersion: z.int(),
  /**
   * added (issue 22): the data's version, a fingerprint of what it holds (12 hex digits of a
   * SHA-256 over the index: indicators, places and reports with their values and reviews). The
   * same reports extracted alike give the same version; any change gives another. Cited with the
   * data. Absent in folders written before it.
   */
  dataVersion: z.optional(z.string().check(z.regex(/^[0-9a-f]{12}$/))),
});

export type PopulationRow = z.infer<typeof populationRowSchema>;
export type PopulationFile = z.infer<typeof populationFileSchema>;
export type AboutFile = z.infer<typeof aboutFileSchema>;
/**
 * added: `dataset.json`, the manifest the extract command leaves in every folder it writes. It marks
 * the folder as a dataset this command may replace (src/cli/extract/output-folder.ts) and says what is in
 * it. Deterministic: no time or path, so that extracting the same reports gives the same bytes.
 */
export const DATASET_MANIFEST = 'dataset.json';

export const datasetManifestSchema = z.object({
  writtenBy: z.literal('fazhi-atlas extract'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  compactVersion: z.literal(COMPACT_VERSION),
  reports: z.int().check(z.nonnegative()),
  jurisdictions: z.int().check(z.nonnegative()),
  /** Years reported on, ascending. */
  years: z.array(z.int()),
});

export type DatasetManifest = z.infer<typeof datasetManifestSchema>;

export function parseDatasetManifest(json: unknown): DatasetManifest {
  return datasetManifestSchema.parse(json);
}

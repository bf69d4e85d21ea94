/**
 * Sharded layout (added, issue 21; `shards/`), written beside the compact layout: a dataset of
 * every local government (~45,000 places, ~270,000 reports) cannot be one catalogue, so its
 * reports are split by level group (src/data/level-groups.ts; townships also by province) and by
 * year. A view fetches the small manifest, then only the parts it draws (src/data/shards.ts).
 *
 * - `shards/manifest.json`: the indicators, what exists (years, provinces, cities, levels) and
 *   every shard with its parts and their sizes.
 * - `shards/<shard>/places.json`: the shard's places, every year's.
 * - `shards/<shard>/<year>/reports.json`: that year's reports as columns (the compact catalogue's
 *   columns; `jurisdiction` is a position in the shard's places).
 * - `shards/<shard>/<year>/values/<indicator>.json` and `…/review-queue.json`: the compact value and
 *   queue files of the part (positions are the part's reports).
 */

import { z } from 'zod/mini';

import { LEVEL_GROUPS } from '../level-groups';
import { column } from './columns';
import { levelSchema, SCHEMA_VERSION, urlSafeId } from './common';
import { COMPACT_VERSION, compactReportsSchema } from './compact';
import { SHARD_VERSION } from './constants';
import { indicatorEntrySchema, jurisdictionSchema, packPathSchema } from './contract';
import { shardPlaces, shardReports } from './invariants';
import { refinement } from './refinements';

export { SHARD_VERSION };

/** A year's part of a shard: its folder is `shards/<shard>/<year or "none">/`. */
export const shardPartSchema = z.object({
  /** null: reports whose year was not found. */
  year: z.nullable(z.int()),
  reports: z.int().check(z.nonnegative()),
  /** Places with a report in this part. */
  places: z.int().check(z.nonnegative()),
  /** Bytes of the part's reports.json, to judge what a view may load at once. */
  bytes: z.int().check(z.nonnegative()),
  /**
   * added (issue 22): per indicator (catalogue order), the part's places with a value, so that an
   * indicator's coverage by year and level is read here, whatever parts a view loaded. Absent in
   * folders written before it.
   */
  coverage: z.optional(z.array(z.int().check(z.nonnegative()))),
});

export const shardEntrySchema = z.object({
  /** Folder name: the group, or `town-<province code>` for one province's townships. */
  id: urlSafeId,
  group: z.enum(LEVEL_GROUPS),
  /** The province of a township shard; null for the others. */
  province: z.nullable(z.string()),
  places: z.int().check(z.nonnegative()),
  parts: z.array(shardPartSchema),
  /**
   * Per indicator (catalogue order): the shard's places with a value in some report, so that a
   * view of one year's parts still counts coverage over every year (the indicator picker's
   * "n/N 地报告", and the default indicator, do not change with the parts loaded).
   */
  coverage: z.array(z.int().check(z.nonnegative())),
});

/** The manifest is the first file the page reads: its lists are columns too (its first parse by zod, ~15 ms, was on the first chart's path). */
export const shardManifestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  compactVersion: z.literal(COMPACT_VERSION),
  shardVersion: z.literal(SHARD_VERSION),
  indicators: column(indicatorEntrySchema),
  reports: z.int().check(z.nonnegative()),
  places: z.int().check(z.nonnegative()),
  /** What the whole dataset holds, for filters and URL checks before any shard is loaded. */
  years: column(z.int()),
  provinces: column(z.string()),
  cities: column(z.object({ name: z.string(), province: z.nullable(z.string()) })),
  levels: column(levelSchema),
  /** The year a view shows when none is chosen: the latest in which the most places report. */
  defaultYear: z.nullable(z.int()),
  /** The indicator a view shows when none is chosen (the dashboard's rule over the whole dataset). */
  defaultIndicator: z.nullable(z.string()),
  shards: column(shardEntrySchema),
});

export const shardPlacesSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    shardVersion: z.literal(SHARD_VERSION),
    shard: urlSafeId,
    jurisdictions: column(jurisdictionSchema),
    /**
     * Per place: which bodies wrote its comparable reports, in any year (bit 1 its government, 2 a
     * department, 4 another body). A view of one year's parts lists a place without a report that
     * year as "no report that year" only when the body filter would have shown its reports.
     */
    bodies: column(z.int().check(z.minimum(0), z.maximum(7))),
  })
  .check(refinement(shardPlaces));

export const shardReportsSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    shardVersion: z.literal(SHARD_VERSION),
    shard: urlSafeId,
    year: z.nullable(z.int()),
    /** Places in the shard's places.json (a check that the two belong together). */
    placeCount: z.int().check(z.nonnegative()),
    reports: compactReportsSchema,
    /** The detail packs `reports.detailPack` points into (as the compact catalogue's); left out when no detail is packed. */
    detailPacks: z.optional(z.array(packPathSchema)),
  })
  .check(refinement(shardReports));

export type ShardManifest = z.infer<typeof shardManifestSchema>;
export type ShardEntry = z.infer<typeof shardEntrySchema>;
export type ShardPart = z.infer<typeof shardPartSchema>;
export type ShardPlaces = z.infer<typeof shardPlacesSchema>;
export type ShardReports = z.infer<typeof shardReportsSchema>;

export function parseShardManifest(json: unknown): ShardManifest {
  return shardManifestSchema.parse(json);
}

export function parseShardPlaces(json: unknown): ShardPlaces {
  return shardPlacesSchema.parse(json);
}

export function parseShardReports(json: unknown): ShardReports {
  return shardReportsSchema.parse(json);
}

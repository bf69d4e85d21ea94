/**
 * The paths of the sharded layout's files (src/data/shards.ts describes the layout): small and
 * free of the layout's builders, so that the page's first requests (src/boot.ts) can name the files
 * the first view reads before the app's code has arrived.
 */

export const SHARDS_DIR = 'shards';

export const SHARD_MANIFEST_PATH = `${SHARDS_DIR}/manifest.json`;

/** The folder name of a year's part: the year, or `none` for reports whose year was not found. */
export function partFolder(year: number | null): string {
  return year === null ? 'none' : String(year);
}

export function shardPlacesPath(shard: string): string {
  return `${SHARDS_DIR}/${shard}/places.json`;
}

export function partReportsPath(shard: string, year: number | null): string {
  return `${SHARDS_DIR}/${shard}/${partFolder(year)}/reports.json`;
}

export function partValuesPath(shard: string, year: number | null, indicatorId: string): string {
  return `${SHARDS_DIR}/${shard}/${partFolder(year)}/values/${encodeURIComponent(indicatorId)}.json`;
}

export function partReviewQueuePath(shard: string, year: number | null): string {
  return `${SHARDS_DIR}/${shard}/${partFolder(year)}/review-queue.json`;
}

export interface PartRef {
  readonly shard: string;
  readonly year: number | null;
}

export const partKey = (part: PartRef): string => `${part.shard}/${partFolder(part.year)}`;

/** A stable key of a list of parts, for the caches of what is composed from them. */
export const partsKey = (parts: readonly PartRef[]): string => parts.map(partKey).join(',');

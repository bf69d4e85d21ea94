/**
 * Which parts of a sharded dataset (src/data/shards.ts) a view loads, from what it shows: its
 * level, province and year. Pure, so that the rule is tested without a browser.
 *
 * - A small dataset (all parts together under {@link LOAD_WHOLE_BYTES}) is loaded whole: nothing is
 *   gained by waiting twice.
 * - A level filter loads that level's group; no level filter loads every group but the townships.
 * - Townships (tens of thousands of places) load by province: the chosen province's shard, or all
 *   of them only while they fit {@link TOWNSHIP_BUDGET_BYTES}; otherwise the view says that a
 *   province must be chosen ({@link PartSelection.townsNeedProvince}).
 * - The compare view draws one year: it loads that year's parts only (the default year is the one
 *   where most of the loaded places report, as the view's own default). Every other view reads
 *   across years (changes on the year before, trends, a place's reports) and loads all years.
 */

import { levelGroupOf } from './level-groups';
import { partKey, type PartRef } from './shards';
import type { ShardEntry, ShardManifest } from './schema';
import type { JurisdictionLevel } from '../extract/vocabulary';

/** Under this many bytes of report files in all, a dataset is loaded whole (≈ 60 kB gzip). */
export const LOAD_WHOLE_BYTES = 600_000;

/** Township report files loaded at once without a province chosen (≈ 150 kB gzip). */
export const TOWNSHIP_BUDGET_BYTES = 1_500_000;

/** What a view shows, as far as loading is concerned. */
export interface ShownScope {
  /** Whether the view reads one year only (the compare view). */
  readonly oneYear: boolean;
  readonly level: JurisdictionLevel | null;
  readonly province: string | null;
  /** A chosen year, `latest`, or null for the default. */
  readonly year: number | 'latest' | null;
}

/** Every year at every level but townships by province: what a view without filters loads. */
export const UNFILTERED_SCOPE: ShownScope = Object.freeze({ oneYear: false, level: null, province: null, year: null });

export interface PartSelection {
  readonly parts: readonly PartRef[];
  /** The shards whose places are loaded (every shard of a part, and only those). */
  readonly shards: readonly string[];
  /** Whether every part of the dataset is loaded: only then is a place the data lacks unknown. */
  readonly complete: boolean;
  /** Township reports exist for the view but too many to load without a province. */
  readonly townsNeedProvince: boolean;
  /** Stable key of the selection, for caches. */
  readonly key: string;
}

const sumBytes = (shards: readonly ShardEntry[], year?: number | null): number =>
  shards.reduce((sum, shard) => sum + shard.parts.reduce((partSum, part) => partSum + (year === undefined || part.year === year ? part.bytes : 0), 0), 0);

/** The year most of these shards' places report on, the latest on a tie; null when none has a year. */
export function defaultYearOf(shards: readonly ShardEntry[]): number | null {
  const places = new Map<number, number>();
  for (const shard of shards) for (const part of shard.parts) if (part.year !== null) places.set(part.year, (places.get(part.year) ?? 0) + part.places);
  let best: { year: number; count: number } | null = null;
  for (const [year, count] of places) if (best === null || count > best.count || (count === best.count && year > best.year)) best = { year, count };
  return best?.year ?? null;
}

export function selectParts(manifest: ShardManifest, scope: ShownScope): PartSelection {
  const whole = sumBytes(manifest.shards) <= LOAD_WHOLE_BYTES;
  const group = scope.level === null ? null : levelGroupOf(scope.level);
  let townsNeedProvince = false;
  const chosen = manifest.shards.filter((shard) => {
    if (whole) return true;
    if (group !== null && shard.group !== group) return false;
    if (shard.group !== 'town') return true;
    if (scope.province !== null) return shard.province === scope.province || shard.province === null;
    return false;
  });
  if (!whole && scope.province === null && (group === 'town' || group === null)) {
    const towns = manifest.shards.filter((shard) => shard.group === 'town');
    if (towns.length > 0 && sumBytes(towns) <= TOWNSHIP_BUDGET_BYTES) chosen.push(...towns);
    else if (towns.length > 0 && group === 'town') townsNeedProvince = true;
  }
  let year: number | null | undefined;
  if (!whole && scope.oneYear && scope.year !== 'latest') year = scope.year ?? defaultYearOf(chosen);
  const parts = chosen.flatMap((shard) => shard.parts.filter((part) => year === undefined || part.year === year).map((part) => ({ shard: shard.id, year: part.year })));
  const shards = chosen.map((shard) => shard.id);
  const complete = chosen.length === manifest.shards.length && year === undefined;
  return { parts, shards, complete, townsNeedProvince, key: `${shards.join(',')}|${parts.map(partKey).join(',')}` };
}

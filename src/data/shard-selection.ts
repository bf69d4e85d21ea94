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
 * - The compare view draws one year: it loads that year's parts only (the default year is the
 *   manifest's, the dashboard's rule over the whole dataset). Every other view reads
 *   across years (changes on the year before, trends, a place's reports) and loads all years.
 */

import type { JurisdictionLevel } from '../extract/light';
import { levelGroupOf } from './level-groups';
import type { ShardEntry, ShardManifest } from './schema';
import { partKey, type PartRef } from './shard-paths';

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
  /**
   * Places or reports the address names (the trend's and briefing's places, the report read):
   * their townships' shards are loaded too, found by the province code their ids start with.
   */
  readonly named?: readonly string[];
  /**
   * The indicator whose values the view will draw (null: the default one), fetched beside the
   * parts rather than after them; absent when the view draws every indicator or none.
   */
  readonly drawn?: string | null;
}

/** The province code a place or report id starts with (`330106001`, `x-520330-taolin-2022`); null when it has none. */
function provinceCodeOfId(id: string): string | null {
  return /^(?:x-)?(\d{2})\d{4}/.exec(id)?.[1] ?? null;
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
  /** The provinces with township shards and their report counts, to choose from when {@link townsNeedProvince}. */
  readonly townProvinces: readonly { readonly province: string; readonly reports: number }[];
  /** Stable key of the selection, for caches. */
  readonly key: string;
}

const sumBytes = (shards: readonly ShardEntry[], year?: number | null): number =>
  shards.reduce(
    (sum, shard) => sum + shard.parts.reduce((partSum, part) => partSum + (year === undefined || part.year === year ? part.bytes : 0), 0),
    0,
  );

export function selectParts(manifest: ShardManifest, scope: ShownScope): PartSelection {
  const whole = sumBytes(manifest.shards) <= LOAD_WHOLE_BYTES;
  const group = scope.level === null ? null : levelGroupOf(scope.level);
  let townsNeedProvince = false;
  const namedProvinces = new Set((scope.named ?? []).flatMap((id) => provinceCodeOfId(id) ?? []));
  const chosen = manifest.shards.filter((shard) => {
    if (whole) return true;
    if (group !== null && shard.group !== group) return false;
    if (shard.group !== 'town') return true;
    if (scope.province !== null && (shard.province === scope.province || shard.province === null)) return true;
    return namedProvinces.has(shard.id.slice('town-'.length));
  });
  if (!whole && scope.province === null && (group === 'town' || group === null)) {
    const towns = manifest.shards.filter((shard) => shard.group === 'town');
    if (towns.length > 0 && sumBytes(towns) <= TOWNSHIP_BUDGET_BYTES) chosen.push(...towns.filter((shard) => !chosen.includes(shard)));
    else if (towns.length > 0 && group === 'town') townsNeedProvince = true;
  }
  let year: number | null | undefined;
  if (!whole && scope.oneYear && scope.year !== 'latest') year = scope.year ?? manifest.defaultYear;
  const parts = chosen.flatMap((shard) =>
    shard.parts.filter((part) => year === undefined || part.year === year).map((part) => ({ shard: shard.id, year: part.year })),
  );
  const shards = chosen.map((shard) => shard.id);
  const complete = chosen.length === manifest.shards.length && year === undefined;
  const townProvinces = manifest.shards.flatMap((shard) =>
    shard.group === 'town' && shard.province !== null
      ? [{ province: shard.province, reports: shard.parts.reduce((sum, part) => sum + part.reports, 0) }]
      : [],
  );
  return { parts, shards, complete, townsNeedProvince, townProvinces, key: `${shards.join(',')}|${parts.map(partKey).join(',')}` };
}

/**
 * The indicator whose values a view draws, as the manifest names it: `drawn` as in
 * {@link ShownScope} (undefined: the view draws no single indicator; null: the manifest's default);
 * null when there is none, or the manifest lacks it (the app then says so).
 */
export function drawnIndicatorId(
  manifest: Pick<ShardManifest, 'indicators' | 'defaultIndicator'>,
  drawn: string | null | undefined,
): string | null {
  const id = drawn === undefined ? undefined : (drawn ?? manifest.defaultIndicator);
  if (id === undefined || id === null || !manifest.indicators.some((indicator) => indicator.id === id)) return null;
  return id;
}

/**
 * An indicator's coverage by level group and year, for its page: how many places give a value,
 * of how many that published a report. Read from what the whole data folder holds — a sharded
 * folder's manifest, or a catalogue read whole — never from the parts a view happened to load,
 * and never counting reports added in this browser (they are not the published data). Pure.
 */

import type { Dataset } from './dataset';
import { LEVEL_GROUPS, type LevelGroup, levelGroupOf } from './level-groups';
import type { ShardManifest } from './schema';

export interface CoverageCell {
  /** Places with a report that year. */
  readonly reporting: number;
  /** Of them, places whose report gives a value; null when the data does not say (a folder written before it did). */
  readonly withValue: number | null;
}

export interface CoverageRow {
  readonly group: LevelGroup;
  /** Places of the group with a report in any year. */
  readonly places: number;
  /** Of them, places with a value in some report. */
  readonly withValue: number;
  /** Aligned with the table's years. */
  readonly cells: readonly CoverageCell[];
}

export interface CoverageTable {
  /** Years reported on, ascending (reports whose year was not found count in the rows' totals only). */
  readonly years: readonly number[];
  /** Level groups with places, in {@link LEVEL_GROUPS} order. */
  readonly rows: readonly CoverageRow[];
  readonly total: Omit<CoverageRow, 'group'>;
}

interface MutableRow {
  places: number;
  withValue: number;
  cells: { reporting: number; withValue: number | null }[];
}

function finish(years: readonly number[], byGroup: ReadonlyMap<LevelGroup, MutableRow>): CoverageTable {
  const rows = LEVEL_GROUPS.flatMap((group): CoverageRow[] => {
    const row = byGroup.get(group);
    return row && row.places > 0 ? [{ group, ...row }] : [];
  });
  const total = {
    places: rows.reduce((sum, row) => sum + row.places, 0),
    withValue: rows.reduce((sum, row) => sum + row.withValue, 0),
    cells: years.map((_, y) => {
      const cells = rows.map((row) => row.cells[y] as CoverageCell);
      return {
        reporting: cells.reduce((sum, cell) => sum + cell.reporting, 0),
        withValue: cells.some((cell) => cell.withValue === null) ? null : cells.reduce((sum, cell) => sum + (cell.withValue ?? 0), 0),
      };
    }),
  };
  return { years, rows, total };
}

/** From a sharded folder's manifest: each shard is one level group's places (towns: one province's). */
export function coverageFromManifest(manifest: ShardManifest, indicatorId: string): CoverageTable {
  const position = manifest.indicators.findIndex((indicator) => indicator.id === indicatorId);
  const years = manifest.years;
  const byGroup = new Map<LevelGroup, MutableRow>();
  for (const shard of manifest.shards) {
    const row = byGroup.get(shard.group) ?? { places: 0, withValue: 0, cells: years.map(() => ({ reporting: 0, withValue: 0 })) };
    byGroup.set(shard.group, row);
    row.places += shard.places;
    row.withValue += position < 0 ? 0 : (shard.coverage[position] ?? 0);
    for (const part of shard.parts) {
      const y = part.year === null ? -1 : years.indexOf(part.year);
      const cell = row.cells[y];
      if (!cell) continue;
      cell.reporting += part.places;
      const count = position < 0 ? 0 : part.coverage?.[position];
      cell.withValue = cell.withValue === null || count === undefined ? null : cell.withValue + count;
    }
  }
  return finish(years, byGroup);
}

/** From a dataset that holds every report of the folder (a compact catalogue or an index read whole). */
export function coverageFromDataset(dataset: Dataset, indicatorId: string): CoverageTable {
  const published = dataset.index.reports.filter((report) => report.local !== true);
  const years = [...new Set(published.flatMap((report) => (report.year === null ? [] : [report.year])))].sort((a, b) => a - b);
  const sets = new Map<
    LevelGroup,
    { places: Set<string>; withValue: Set<string>; cells: { reporting: Set<string>; withValue: Set<string> }[] }
  >();
  for (const report of published) {
    const group = levelGroupOf(dataset.jurisdictionById.get(report.jurisdictionId)?.level ?? null);
    let entry = sets.get(group);
    if (!entry) {
      entry = { places: new Set(), withValue: new Set(), cells: years.map(() => ({ reporting: new Set(), withValue: new Set() })) };
      sets.set(group, entry);
    }
    const has = dataset.hasValue(report, indicatorId);
    entry.places.add(report.jurisdictionId);
    if (has) entry.withValue.add(report.jurisdictionId);
    const cell = report.year === null ? undefined : entry.cells[years.indexOf(report.year)];
    cell?.reporting.add(report.jurisdictionId);
    if (has) cell?.withValue.add(report.jurisdictionId);
  }
  const byGroup = new Map<LevelGroup, MutableRow>(
    [...sets].map(([group, entry]) => [
      group,
      {
        places: entry.places.size,
        withValue: entry.withValue.size,
        cells: entry.cells.map((cell) => ({ reporting: cell.reporting.size, withValue: cell.withValue.size })),
      },
    ]),
  );
  return finish(years, byGroup);
}

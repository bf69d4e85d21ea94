import { describe, expect, it } from 'vitest';

import { fixtureIndex } from '../../tests/fixtures/dataset/fixture';
import { buildDataset } from './dataset';
import { coverageFromDataset, coverageFromManifest } from './indicator-coverage';
import type { IndexFile } from './schema';
import { buildShards } from './shard-build';

/** The fixture with a second report of one place in one year (a department's): a place counts once. */
function indexWithTwoReportsInAYear(): IndexFile {
  const index = fixtureIndex();
  const template = index.reports.find((report) => report.jurisdictionId === '430102' && report.year === 2022)!;
  return { ...index, reports: [...index.reports, { ...template, id: '430102-2022-dept', bodyKind: 'department' }] };
}

describe('an indicator’s coverage by level group and year', () => {
  const index = indexWithTwoReportsInAYear();
  const dataset = buildDataset(index);
  const manifest = buildShards(index).manifest;

  it('counts places with a value of places with a report, per group and year', () => {
    const indicator = index.indicators.find((entry) =>
      index.reports.some((report) => report.jurisdictionId === 'x-520330-taolin' && report.values[entry.id]),
    )!;
    const table = coverageFromDataset(dataset, indicator.id);
    expect(table.years).toEqual([2020, 2022, 2023, 2024]);
    expect(table.rows.map((row) => row.group)).toEqual(['county', 'town']);
    const town = table.rows[1]!;
    expect(town).toMatchObject({ places: 1, withValue: 1 });
    expect(town.cells).toEqual([
      { reporting: 0, withValue: 0 },
      { reporting: 1, withValue: 1 },
      { reporting: 0, withValue: 0 },
      { reporting: 0, withValue: 0 },
    ]);
    // Two reports of 芙蓉区 in 2022: one place reporting.
    expect(table.rows[0]!.cells[1]!.reporting).toBe(3);
    expect(table.total.places).toBe(5);
  });

  it('reads the same from a sharded folder’s manifest as from the whole catalogue, for every indicator', () => {
    expect(index.indicators.length).toBe(28);
    for (const indicator of index.indicators)
      expect([indicator.id, coverageFromManifest(manifest, indicator.id)]).toEqual([
        indicator.id,
        coverageFromDataset(dataset, indicator.id),
      ]);
    expect(index.indicators.some((indicator) => coverageFromDataset(dataset, indicator.id).total.withValue > 1)).toBe(true);
  });

  it('says a year’s count is unknown when the manifest predates it, and leaves out reports added in this browser', () => {
    const older = {
      ...manifest,
      shards: manifest.shards.map((shard) => ({ ...shard, parts: shard.parts.map(({ coverage: _, ...part }) => part) })),
    };
    const id = index.indicators[0]!.id;
    const table = coverageFromManifest(older, id);
    // A year with reports: unknown; a year without any: none of none.
    const cells = table.rows.flatMap((row) => row.cells);
    expect(cells.filter((cell) => cell.reporting > 0).length).toBe(5);
    expect(cells.map((cell) => (cell.reporting > 0 ? cell.withValue : 0))).toEqual(cells.map((cell) => (cell.reporting > 0 ? null : 0)));
    expect(cells.filter((cell) => cell.reporting === 0).every((cell) => cell.withValue === 0)).toBe(true);
    expect(table.total.withValue).toBe(coverageFromDataset(dataset, id).total.withValue);
    const withLocal = buildDataset({
      ...index,
      reports: [...index.reports, { ...index.reports[0]!, id: 'local-1', jurisdictionId: 'x-new', local: true }],
    });
    expect(coverageFromDataset(withLocal, id)).toEqual(coverageFromDataset(dataset, id));
  });
});

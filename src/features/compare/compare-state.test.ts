import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { jurisdictionNameRank } from '../../data/dataset';
import { populationLookup } from '../../data/population';
import { chartLines, type CompareUi, deriveCompareState, tableRows } from './compare-state';

const dataset = fixtureDataset();
const ui: CompareUi = { indicator: 'legal_aid.cases', year: null, province: null, city: null, level: null, body: 'all', perCapita: false };
const state = (patch: Partial<CompareUi> = {}) => deriveCompareState(dataset, { ...ui, ...patch })!;

describe('deriveCompareState: like with like', () => {
  it('compares one year by default: the latest in which the most places report', () => {
    const compared = state();
    expect(compared.year).toEqual({ year: 2022, mode: 'default' });
    expect(compared.mixedYears).toBe(false);
    expect(compared.reported.map((r) => [r.name, r.year, r.value?.value, r.value?.qualifier, r.source])).toEqual([
      ['芙蓉区', 2022, 350, 'approx', '430102-2022/e003'],
      ['高陵区', 2022, 296, 'exact', '610117-2022/e003'],
    ]);
    expect(compared.notReported.map((r) => [r.name, r.report?.id ?? null])).toEqual([
      ['嘉祥县', null],
      ['桃林镇', 'x-520330-taolin-2022'],
      ['淄博高新区', 'x-zibo-gaoxin-2022-dept-5f3a9c21'],
    ]);
  });

  it('shows each place’s latest report only when asked, and then says the years differ', () => {
    const latest = state({ year: 'latest' });
    expect(latest.year.mode).toBe('latest');
    expect(latest.mixedYears).toBe(true);
    expect(latest.reported.map((r) => [r.name, r.year])).toEqual([
      ['嘉祥县', 2023],
      ['芙蓉区', 2022],
    ]);
    // Each year is a group of its own: the 2023 county and the 2022 district are never one group.
    expect(latest.groups.map((g) => g.group?.key)).toEqual([
      '2023|县|government|rule_of_law_report|*',
      '2022|区|government|rule_of_law_report|*',
    ]);
  });

  it('uses the chosen year, and a place without a report that year is not reported', () => {
    const chosen = state({ year: 2020 });
    expect(chosen.year).toEqual({ year: 2020, mode: 'chosen' });
    expect(chosen.reported.map((r) => [r.name, r.value?.value])).toEqual([['芙蓉区', 323]]);
    expect(chosen.notReported.map((r) => [r.name, r.report])).toContainEqual(['嘉祥县', null]);
  });
});

describe('deriveCompareState: one peer rule everywhere', () => {
  it('groups rows by peer group and gives each group the median its rows carry', () => {
    const compared = state();
    expect(compared.groups).toHaveLength(1);
    const [district] = compared.groups;
    expect(district!.group).toMatchObject({ year: 2022, level: '区', bodyKind: 'government', province: null });
    expect(district!.median).toBe(323);
    expect(district!.reporting).toBe(2);
    // The chart's, the table's and the tooltip's median: the same number on every row.
    expect(compared.reported.map((r) => [r.name, r.peer?.rank, r.peer?.reporting, r.peer?.median])).toEqual([
      ['芙蓉区', 1, 2, 323],
      ['高陵区', 2, 2, 323],
    ]);
  });

  it('never takes a median over mixed groups: each group its own, or none', () => {
    const mixed = state({ indicator: 'mediation.succeeded' });
    expect(mixed.groups.map((g) => [g.group?.level, g.group?.bodyKind, g.rows.map((r) => r.name), g.median])).toEqual([
      ['区', 'government', ['芙蓉区'], null],
      ['开发区', 'department', ['淄博高新区'], null],
      ['镇', 'government', ['桃林镇'], null],
    ]);
    for (const row of mixed.reported) expect(row.peer?.median ?? null).toBeNull();
  });

  it('narrows peers to the province when the province filter is on', () => {
    const hunan = state({ province: '湖南省' });
    expect(hunan.groups[0]!.group?.province).toBe('湖南省');
    expect(hunan.reported.map((r) => [r.name, r.peer?.reporting, r.peer?.median])).toEqual([['芙蓉区', 1, null]]);
  });

  it('puts a header line before each group’s bars in the chart, page by page', () => {
    const mixed = state({ indicator: 'mediation.succeeded' });
    const names = (lines: ReturnType<typeof chartLines>) =>
      lines.map((line) => (line.kind === 'group' ? `[${line.group.group?.level}]` : line.row!.name));
    expect(names(chartLines(mixed))).toEqual(['[区]', '芙蓉区', '[开发区]', '淄博高新区', '[镇]', '桃林镇']);
    // Bars 1…2 of a page: each group present opens with its header.
    expect(names(chartLines(mixed, 1, 3))).toEqual(['[开发区]', '淄博高新区', '[镇]', '桃林镇']);
    // A page starting inside a group opens with that group's header again.
    expect(names(chartLines(state(), 1, 2))).toEqual(['[区]', '高陵区']);
  });
});

describe('deriveCompareState: what each value carries', () => {
  it('counts the values measured in a variant wording', () => {
    const rates = state({ indicator: 'mediation.success_rate' });
    expect(rates.reported.map((r) => [r.name, r.value?.value, r.value?.variant ?? null, r.value?.derived])).toEqual([
      ['高陵区', 98.2, '化解率', false],
      ['芙蓉区', 95.83, null, true],
      ['桃林镇', 93, '调处成功率', false],
    ]);
    expect(rates.variants).toEqual([
      { variant: '化解率', count: 1 },
      { variant: '调处成功率', count: 1 },
    ]);
    expect(state().variants).toEqual([]);
  });

  it('keeps the extractor’s warning beside the value it is about', () => {
    const concluded = state({ indicator: 'review.concluded' });
    expect(concluded.reported.map((r) => [r.name, r.value?.warnings?.map((w) => w.code)])).toEqual([
      ['高陵区', ['concluded_exceeds_received']],
    ]);
  });

  it('marks department reports', () => {
    const mediation = state({ indicator: 'mediation.succeeded' });
    expect(mediation.reported.find((r) => r.name === '淄博高新区')?.isDepartment).toBe(true);
    expect(mediation.reported.find((r) => r.name === '芙蓉区')?.isDepartment).toBe(false);
  });

  it('applies level, body and city filters and counts what they leave out', () => {
    const towns = state({ indicator: 'mediation.succeeded', level: '镇' });
    expect(towns.reported.map((r) => r.name)).toEqual(['桃林镇']);
    expect(towns.filteredOut).toBe(4);
    expect(state({ indicator: 'mediation.succeeded', body: 'government' }).reported.map((r) => r.name)).not.toContain('淄博高新区');
    const xian = state({ city: '西安市' });
    expect([...xian.reported, ...xian.notReported].map((r) => r.name)).toEqual(['高陵区']);
  });

  it('falls back to the default indicator for an unknown id', () => {
    expect(state({ indicator: 'nope' }).indicator.id).toBe('mediation.succeeded');
  });
});

describe('deriveCompareState: per 10,000 residents', () => {
  const population = populationLookup({
    schemaVersion: 1,
    file: 'population.csv',
    rows: [
      { code: '430102', year: 2020, population: 700_000, source: 'test' },
      { code: '610117', year: 2022, population: 370_000, source: 'test' },
    ],
  });

  it('divides counts by the population (of the closest year), lists places without one apart, and ranks the new numbers', () => {
    const perCapita = deriveCompareState(dataset, { ...ui, perCapita: true }, { population })!;
    expect(perCapita.perCapita).toBe(true);
    expect(perCapita.reported.map((r) => [r.name, r.shown, r.population?.year])).toEqual([
      ['高陵区', 8, 2022],
      ['芙蓉区', 5, 2020],
    ]);
    expect(perCapita.reported.map((r) => [r.name, r.peer?.rank, r.peer?.median])).toEqual([
      ['高陵区', 1, 6.5],
      ['芙蓉区', 2, 6.5],
    ]);
    const noFigure = deriveCompareState(dataset, { ...ui, year: 'latest', perCapita: true }, { population })!;
    expect(noFigure.noPopulation.map((r) => r.name)).toEqual(['嘉祥县']);
    expect(noFigure.reported.map((r) => r.name)).toEqual(['芙蓉区']);
  });

  it('is not applied to rates, nor without a population table', () => {
    expect(deriveCompareState(dataset, { ...ui, indicator: 'mediation.success_rate', perCapita: true }, { population })!.perCapita).toBe(
      false,
    );
    expect(deriveCompareState(dataset, { ...ui, perCapita: true }, { population: null })!.perCapita).toBe(false);
  });
});

describe('tableRows', () => {
  const rank = jurisdictionNameRank(dataset);

  it('lists the chart’s order by default, then the places without a number', () => {
    expect(tableRows(state(), null, rank).map((r) => r.name)).toEqual(['芙蓉区', '高陵区', '嘉祥县', '桃林镇', '淄博高新区']);
  });

  it('sorts by a column either way, rows without the quantity always last', () => {
    expect(tableRows(state(), { key: 'value', descending: false }, rank).map((r) => r.name)).toEqual([
      '高陵区',
      '芙蓉区',
      '嘉祥县',
      '桃林镇',
      '淄博高新区',
    ]);
    expect(tableRows(state(), { key: 'name', descending: true }, rank).map((r) => r.name)).toEqual([
      '淄博高新区',
      '桃林镇',
      '嘉祥县',
      '高陵区',
      '芙蓉区',
    ]);
    expect(tableRows(state({ year: 'latest' }), { key: 'year', descending: true }, rank).map((r) => [r.name, r.year])).toEqual([
      ['高陵区', 2024],
      ['嘉祥县', 2023],
      ['芙蓉区', 2022],
      ['桃林镇', 2022],
      ['淄博高新区', 2022],
    ]);
  });
});

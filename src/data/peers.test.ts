import { describe, expect, it } from 'vitest';

import { fixtureDataset, fixtureIndex } from '../../tests/fixtures/dataset/fixture';
import { buildDataset } from './dataset';
import { changeBetween, peerContext, peerLookup, previousYearChange } from './peers';
import type { IndexFile, JurisdictionEntry, ReportEntry } from './schema';

const MEDIATION = 'mediation.succeeded';

function jurisdiction(id: string, name: string, level: JurisdictionEntry['level'], province: string): JurisdictionEntry {
  return { id, name, level, province, city: null, code: null, county: null, placeProvenance: { province: 'text', city: null } };
}

function report(
  id: string,
  jurisdictionId: string,
  year: number,
  values: Record<string, number | [number, 'approx']>,
  bodyKind: ReportEntry['bodyKind'] = 'government',
  documentKind: ReportEntry['documentKind'] = 'rule_of_law_report',
): ReportEntry {
  return {
    id,
    jurisdictionId,
    year,
    published: null,
    body: null,
    bodyKind,
    documentKind,
    title: null,
    sourceFile: `${id}.txt`,
    detailPath: `reports/${id}.json`,
    values: Object.fromEntries(
      Object.entries(values).map(([indicator, value], index) => [
        indicator,
        {
          value: Array.isArray(value) ? value[0] : value,
          qualifier: Array.isArray(value) ? value[1] : 'exact',
          derived: false,
          extractionId: `e${index + 1}`,
        },
      ]),
    ),
    flags: [],
    warningCount: 0,
  };
}

/** The fixture plus districts of one year, so that peer groups have several members. */
function peersDataset(extraReports: ReportEntry[] = []) {
  const base = fixtureIndex();
  const index: IndexFile = {
    ...base,
    jurisdictions: [
      ...base.jurisdictions,
      jurisdiction('d-a', '甲区', '区', '湖南省'),
      jurisdiction('d-b', '乙区', '区', '湖南省'),
      jurisdiction('d-c', '丙区', '区', '陕西省'),
      jurisdiction('d-d', '丁区', '区', '陕西省'),
    ],
    reports: [
      ...base.reports,
      report('d-a-2022', 'd-a', 2022, { [MEDIATION]: 500 }),
      report('d-b-2022', 'd-b', 2022, { [MEDIATION]: 1150 }),
      report('d-c-2022', 'd-c', 2022, { [MEDIATION]: 3000 }),
      report('d-c-2022-dept', 'd-c', 2022, { [MEDIATION]: 9999 }, 'department'),
      report('d-a-2022-summary', 'd-a', 2022, { [MEDIATION]: 7000 }, 'department', 'justice_bureau_summary'),
      report('d-b-2022-summary', 'd-b', 2022, { [MEDIATION]: 8000 }, 'department', 'justice_bureau_summary'),
      report('d-d-2022', 'd-d', 2022, { 'legal_aid.cases': 12 }),
      ...extraReports,
    ],
  };
  return buildDataset(index);
}

describe('peerContext', () => {
  const dataset = peersDataset();
  const furong2022 = dataset.reportById.get('430102-2022')!;

  it('ranks among reports of the same year, level and kind of body, largest first, ties sharing a rank', () => {
    // 区 2022, governments: 丙区 3000, 芙蓉区 1150, 乙区 1150, 甲区 500; 丁区 and 高陵区 report no value.
    expect(peerContext(dataset, furong2022, MEDIATION, { sameProvince: false })).toEqual({
      group: {
        key: '2022|区|government|rule_of_law_report|*',
        year: 2022,
        level: '区',
        bodyKind: 'government',
        documentKind: 'rule_of_law_report',
        province: null,
      },
      rank: 2,
      reporting: 4,
      peers: 6,
      median: 1150,
    });
    expect(peerContext(dataset, dataset.reportById.get('d-a-2022')!, MEDIATION, { sameProvince: false })).toMatchObject({ rank: 4 });
    expect(peerContext(dataset, dataset.reportById.get('d-c-2022')!, MEDIATION, { sameProvince: false })).toMatchObject({ rank: 1 });
  });

  it('narrows to the report’s province when the province filter is on', () => {
    expect(peerContext(dataset, furong2022, MEDIATION, { sameProvince: true })).toEqual({
      group: {
        key: '2022|区|government|rule_of_law_report|湖南省',
        year: 2022,
        level: '区',
        bodyKind: 'government',
        documentKind: 'rule_of_law_report',
        province: '湖南省',
      },
      rank: 1,
      reporting: 3,
      peers: 3,
      median: 1150,
    });
  });

  it('compares a justice bureau’s work summary only with work summaries, never with rule-of-law reports', () => {
    const summary = dataset.reportById.get('d-a-2022-summary')!;
    expect(peerContext(dataset, summary, MEDIATION, { sameProvince: false })).toMatchObject({
      group: { bodyKind: 'department', documentKind: 'justice_bureau_summary', level: '区' },
      rank: 2,
      reporting: 2,
      peers: 2,
      median: 7500,
    });
    // The department's rule-of-law report of 丙区 is not among them, and they are not among its peers.
    expect(peerContext(dataset, dataset.reportById.get('d-c-2022-dept')!, MEDIATION, { sameProvince: false })).toMatchObject({ peers: 1 });
  });

  it('compares a department’s report only with department reports of its level', () => {
    const department = dataset.reportById.get('d-c-2022-dept')!;
    expect(peerContext(dataset, department, MEDIATION, { sameProvince: false })).toMatchObject({
      group: { bodyKind: 'department', level: '区' },
      rank: 1,
      reporting: 1,
      peers: 1,
      median: null,
    });
  });

  it('gives a rank only to a report with the value, and no median for a single reporting peer', () => {
    const dingqu = dataset.reportById.get('d-d-2022')!;
    expect(peerContext(dataset, dingqu, MEDIATION, { sameProvince: false })).toMatchObject({ rank: null, reporting: 4 });
    const jiaxiang = dataset.reportById.get('370829-2023')!;
    expect(peerContext(dataset, jiaxiang, 'legal_aid.cases', { sameProvince: false })).toMatchObject({
      rank: 1,
      reporting: 1,
      peers: 1,
      median: null,
    });
  });

  it('ranks and takes the median of another reading of the value when asked (per 10,000 residents)', () => {
    // Per 10,000: 甲区 500 → 20, 丙区 3000 → 10, 芙蓉区 1150 → 5; 乙区 has no population: not among the reporting.
    const populations: Record<string, number> = { 'd-c': 3_000_000, '430102': 2_300_000, 'd-a': 250_000 };
    const perTenThousand = (entry: ReportEntry) => {
      const value = entry.values[MEDIATION]?.value;
      const population = populations[entry.jurisdictionId];
      return value === undefined || population === undefined ? null : (value / population) * 10_000;
    };
    const lookup = peerLookup(dataset, MEDIATION, { sameProvince: false }, perTenThousand);
    expect(lookup(furong2022)).toMatchObject({ rank: 3, reporting: 3, median: 10 });
    expect(lookup(dataset.reportById.get('d-a-2022')!)).toMatchObject({ rank: 1 });
    expect(lookup(dataset.reportById.get('d-b-2022')!)).toMatchObject({ rank: null, reporting: 3 });
  });

  it('has no peers without a year or a level', () => {
    const noYear = { ...furong2022, id: 'x', year: null };
    expect(peerContext(dataset, noYear, MEDIATION, { sameProvince: false })).toBeNull();
  });

  it('counts one report per jurisdiction, and the look-up agrees with single calls', () => {
    const twice = peersDataset([report('d-a-2022-other', 'd-a', 2022, { [MEDIATION]: 100000 })]);
    const lookup = peerLookup(twice, MEDIATION, { sameProvince: false });
    // d-a-2022 sorts before d-a-2022-other, so it stands for 甲区.
    expect(lookup(twice.reportById.get('430102-2022')!)).toMatchObject({ rank: 2, reporting: 4 });
    for (const entry of twice.index.reports) {
      expect(lookup(entry)).toEqual(peerContext(twice, entry, MEDIATION, { sameProvince: false }));
    }
  });
});

describe('changeBetween / previousYearChange', () => {
  it('gives the signed change, approximate when either value is not exact', () => {
    const exact = { value: 95.83, qualifier: 'exact' as const, derived: true, extractionId: 'a' };
    const approx = { value: 93.27, qualifier: 'approx' as const, derived: false, extractionId: 'b' };
    expect(changeBetween(exact, approx)).toEqual({ delta: 2.56, approximate: true });
    expect(changeBetween({ ...approx, qualifier: 'exact' }, exact)).toEqual({ delta: -2.56, approximate: false });
  });

  it('compares with the report of the year before, by the same kind of body', () => {
    const dataset = peersDataset([report('430102-2021', '430102', 2021, { [MEDIATION]: 1000, 'legal_aid.cases': 323 })]);
    const furong2022 = dataset.reportById.get('430102-2022')!;
    expect(previousYearChange(dataset, furong2022, MEDIATION)).toMatchObject({
      delta: 150,
      approximate: false,
      previousReport: { id: '430102-2021' },
    });
    // 2022's legal-aid figure is ≈350.
    expect(previousYearChange(dataset, furong2022, 'legal_aid.cases')).toMatchObject({ delta: 27, approximate: true });
    expect(previousYearChange(dataset, furong2022, 'mediation.cases')).toBeNull();
  });

  it('never reaches back past a missing year, nor across kinds of body', () => {
    const dataset = fixtureDataset();
    // 芙蓉区 has 2020 and 2022, no 2021.
    expect(previousYearChange(dataset, dataset.reportById.get('430102-2022')!, MEDIATION)).toBeNull();
    const withDepartment = peersDataset([report('d-c-2021-dept', 'd-c', 2021, { [MEDIATION]: 1 }, 'department')]);
    expect(previousYearChange(withDepartment, withDepartment.reportById.get('d-c-2022')!, MEDIATION)).toBeNull();
    expect(previousYearChange(withDepartment, withDepartment.reportById.get('d-c-2022-dept')!, MEDIATION)).toMatchObject({ delta: 9998 });
  });
});

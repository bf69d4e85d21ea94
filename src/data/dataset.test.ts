import { describe, expect, it } from 'vitest';

import { fixtureDataset, fixtureIndex } from '../../tests/fixtures/dataset/fixture';
import {
  buildDataset,
  defaultIndicatorId,
  defaultYear,
  groupIndicatorsByTheme,
  indicatorCoverage,
  preferredReport,
  resolveIndicator,
  resolveYear,
} from './dataset';

describe('buildDataset', () => {
  const dataset = fixtureDataset();

  it('indexes reports per jurisdiction, oldest first', () => {
    expect(dataset.reportsByJurisdiction.get('430102')?.map((r) => r.year)).toEqual([2020, 2022]);
  });

  it('lists years, provinces and the levels present', () => {
    expect(dataset.years).toEqual([2020, 2022, 2023, 2024]);
    expect(dataset.provinces).toEqual(['贵州省', '湖南省', '山东省', '陕西省']);
    expect(dataset.levels).toEqual(['区', '县', '开发区', '镇']);
  });

  it('counts jurisdictions reporting an indicator in any report', () => {
    expect(indicatorCoverage(dataset, 'legal_aid.cases')).toBe(3);
    expect(indicatorCoverage(dataset, 'mediation.succeeded')).toBe(3);
    expect(indicatorCoverage(dataset, 'notary.cases')).toBe(0);
  });

  it('defaults to the best-covered headline indicator', () => {
    expect(defaultIndicatorId(dataset)).toBe('mediation.succeeded');
    expect(resolveIndicator(dataset, null)?.id).toBe('mediation.succeeded');
    expect(resolveIndicator(dataset, 'no.such')?.id).toBe('mediation.succeeded');
    expect(resolveIndicator(dataset, 'legal_aid.cases')?.id).toBe('legal_aid.cases');
  });

  it('opens on the latest year in which the most places report (ties: the later)', () => {
    // 2022: 淄博高新区, 芙蓉区, 高陵区, 桃林镇; 2020, 2023, 2024: one place each.
    expect(defaultYear(dataset)).toBe(2022);
    expect(resolveYear(dataset, null)).toEqual({ year: 2022, mode: 'default' });
    expect(resolveYear(dataset, 2020)).toEqual({ year: 2020, mode: 'chosen' });
    expect(resolveYear(dataset, 'latest')).toEqual({ year: null, mode: 'latest' });
    const index = fixtureIndex();
    // Two places in 2023 and two in 2022: the later year wins.
    const tied = buildDataset({
      ...index,
      reports: index.reports
        .filter((report) => report.year !== 2022 || report.jurisdictionId === '430102')
        .concat(index.reports.filter((r) => r.year === 2024).map((r) => ({ ...r, id: 'dup', year: 2023 }))),
    });
    expect(defaultYear(tied)).toBe(2023);
    expect(defaultYear(buildDataset({ ...index, reports: [] }))).toBeNull();
    expect(resolveYear(buildDataset({ ...index, reports: [] }), null)).toEqual({ year: null, mode: 'latest' });
  });

  it('defaults to the headline indicator most places report in the default year', () => {
    const index = fixtureIndex();
    // 桃林镇 and 淄博高新区 moved to 2019: in 2022 only 芙蓉区 and 高陵区 remain. Over all years
    // mediation successes lead (catalogue order breaks a tie of three); in 2022 only 芙蓉区 gives
    // them, while both give the success rate (one derived) and legal-aid cases: the rate comes first.
    const moved = buildDataset({
      ...index,
      reports: index.reports.map((r) =>
        r.year === 2022 && r.jurisdictionId !== '430102' && r.jurisdictionId !== '610117' ? { ...r, year: 2019 } : r,
      ),
    });
    expect(defaultYear(moved)).toBe(2022);
    expect(indicatorCoverage(moved, 'mediation.succeeded')).toBe(3);
    expect(defaultIndicatorId(moved)).toBe('mediation.success_rate');
  });

  it('has no default indicator without indicators', () => {
    expect(defaultIndicatorId(buildDataset({ ...fixtureIndex(), indicators: [] }))).toBeNull();
  });
});

describe('groupIndicatorsByTheme', () => {
  it('puts themes with a headline indicator first, and headline indicators first within a theme', () => {
    const groups = groupIndicatorsByTheme(fixtureIndex().indicators);
    const themes = groups.map((g) => g.theme);
    expect(themes.slice(0, 4)).toEqual(['litigation', 'review', 'mediation', 'legal_aid']);
    expect(themes.indexOf('petition')).toBeGreaterThan(themes.indexOf('legal_aid'));
    const mediation = groups.find((g) => g.theme === 'mediation');
    expect(mediation?.indicators.map((i) => i.id)).toEqual(['mediation.succeeded', 'mediation.success_rate', 'mediation.cases']);
    expect(mediation?.themeLabel.zh).toBe('矛盾纠纷调解');
  });
});

describe('preferredReport', () => {
  const [furong2020, furong2022] = fixtureDataset().reportsByJurisdiction.get('430102')!;
  const department = { ...furong2022!, id: '430102-2022-dept', bodyKind: 'department' as const };

  it('takes the latest, or the given year', () => {
    expect(preferredReport([furong2020!, furong2022!], null)?.id).toBe('430102-2022');
    expect(preferredReport([furong2020!, furong2022!], 2020)?.id).toBe('430102-2020');
    expect(preferredReport([furong2020!, furong2022!], 2021)).toBeNull();
  });

  it('prefers the government’s own report to a department’s in the same year', () => {
    expect(preferredReport([furong2020!, furong2022!, department], null)?.id).toBe('430102-2022');
    expect(preferredReport([department, furong2022!], 2022)?.id).toBe('430102-2022');
    expect(preferredReport([furong2020!, department], null)?.id).toBe('430102-2022-dept');
  });

  it('prefers a rule-of-law report to a related report (a justice bureau’s summary) in the same year, whoever wrote it', () => {
    const summary = { ...furong2022!, id: '430102-2022-summary', documentKind: 'justice_bureau_summary' as const };
    expect(preferredReport([summary, furong2022!], 2022)?.id).toBe('430102-2022');
    expect(preferredReport([summary, department], 2022)?.id).toBe('430102-2022-dept');
    expect(preferredReport([furong2020!, summary], null)?.id).toBe('430102-2022-summary');
  });
});

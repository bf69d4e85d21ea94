import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { placeColors } from '../../ui/charts/place-colors';
import { loadLanguage } from '../../ui/i18n/i18n';
import { withExportDecorations } from '../../ui/outputs/export-decorations';
import { buildTrendOption, MEDIAN_COLOR, type TrendMedianDrawn } from './build-trend-option';
import { deriveTrendState } from './trend-state';

// The English of the landing view's and the shell's words loads on demand (src/ui/i18n/i18n.ts).
await loadLanguage('en');

const dataset = fixtureDataset();

type LineItem = '-' | { value: number; symbol: string; label: { formatter: string; show: boolean; position: string } };
const lines = (option: ReturnType<typeof buildTrendOption>) =>
  option.series as { type: string; name: string; color: string; connectNulls: boolean; labelLayout: unknown; data: LineItem[] }[];

describe('buildTrendOption', () => {
  const state = deriveTrendState(dataset, { indicator: 'legal_aid.cases', jurisdictions: ['430102', '370829'] })!;
  const option = buildTrendOption(state, { lang: 'zh' });

  it('puts consecutive years on a category axis', () => {
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['2020', '2021', '2022', '2023', '2024'] });
  });

  it('draws one unconnected line per jurisdiction with gaps as empty values', () => {
    expect(lines(option).map((s) => [s.type, s.name, s.connectNulls])).toEqual([
      ['line', '芙蓉区', false],
      ['line', '嘉祥县', false],
    ]);
    const furong = lines(option)[0]!.data;
    expect(furong.map((d) => (d === '-' ? '-' : d.value))).toEqual([323, '-', 350, '-', '-']);
    expect(furong[2]).toMatchObject({ label: { formatter: '≈350' } });
  });

  it('draws derived values as hollow points', () => {
    const rates = buildTrendOption(
      deriveTrendState(dataset, { indicator: 'mediation.success_rate', jurisdictions: ['430102', 'x-520330-taolin'] })!,
      { lang: 'zh' },
    );
    const [furong, taolin] = lines(rates);
    expect(furong!.data[2]).toMatchObject({ value: 95.83, symbol: 'emptyCircle' });
    expect(taolin!.data[2]).toMatchObject({ value: 93, symbol: 'circle' });
  });

  it('marks a department series in its name', () => {
    const mediation = buildTrendOption(deriveTrendState(dataset, { indicator: 'mediation.succeeded', jurisdictions: ['x-zibo-gaoxin'] })!, {
      lang: 'en',
    });
    expect(lines(mediation)[0]!.name).toBe('淄博高新区 (Department report)');
  });

  it('describes every point, gaps included, for screen readers', () => {
    expect((option.aria as { label: { description: string } }).label.description).toBe(
      '折线图,法律援助案件,2020–2024年:芙蓉区: 2020 323 件,2021 缺,2022 ≈350 件,2023 缺,2024 缺;嘉祥县: 2020 缺,2021 缺,2022 缺,2023 2,138 件,2024 缺。',
    );
  });

  it('gives each place its own colour, the same for every indicator', () => {
    const colors = placeColors(['430102', '370829']);
    expect(lines(option).map((s) => s.color)).toEqual([colors.get('430102'), colors.get('370829')]);
    const mediation = buildTrendOption(
      deriveTrendState(dataset, { indicator: 'mediation.succeeded', jurisdictions: ['430102', '370829'] })!,
      { lang: 'zh' },
    );
    expect(lines(mediation).map((s) => s.color)).toEqual([colors.get('430102')]);
  });

  it('labels a place with a single report by its name and value, labels moved apart rather than hidden', () => {
    const [, jiaxiang] = lines(option);
    const point = jiaxiang!.data[3] as Exclude<LineItem, '-'>;
    expect(point.label).toMatchObject({ show: true, formatter: '嘉祥县 2,138', position: 'right' });
    expect(jiaxiang!.labelLayout).toEqual({ moveOverlap: 'shiftY' });
  });

  it('draws no line for a place without a value (the table and picker still list it)', () => {
    const withGap = deriveTrendState(dataset, { indicator: 'legal_aid.cases', jurisdictions: ['430102', 'x-520330-taolin'] })!;
    expect(withGap.series.map((s) => s.name)).toEqual(['芙蓉区', '桃林镇']);
    expect(lines(buildTrendOption(withGap, { lang: 'zh' })).map((s) => s.name)).toEqual(['芙蓉区']);
  });

  it('has a legend of place names in an exported image', () => {
    const exported = withExportDecorations(option, { title: 't', subtitle: 's', source: 'src' }) as { legend?: { data: string[] } };
    expect(exported.legend?.data).toEqual(['芙蓉区', '嘉祥县']);
  });

  it('fits the value axis to the data unless asked to start at 0', () => {
    expect(option.yAxis).toMatchObject({ type: 'value', scale: true });
    expect(option.yAxis).not.toHaveProperty('min');
    expect(buildTrendOption(state, { lang: 'zh', startAtZero: true }).yAxis).toMatchObject({ scale: false, min: 0 });
  });

  // The peers' median over the fixture's five years: only the third has two or more peers reporting.
  const line = {
    scope: 'peers' as const,
    level: '区' as const,
    province: null,
    values: [null, null, 296, null, null],
    reporting: [1, 0, 3, 0, 0],
  };

  it('draws the median line last, dashed and grey, with gaps where fewer than two peers report', () => {
    const withMedian = lines(buildTrendOption(state, { lang: 'zh', median: { line, name: '中位数:全部区级地区' } }));
    expect(withMedian.map((s) => s.name)).toEqual(['芙蓉区', '嘉祥县', '中位数:全部区级地区']);
    expect(withMedian[2]).toMatchObject({
      color: MEDIAN_COLOR,
      lineStyle: { type: 'dashed' },
      connectNulls: false,
      data: ['-', '-', 296, '-', '-'],
    });
  });

  it('tells screen readers the median line too, after the places, with its gaps', () => {
    const description = (median: TrendMedianDrawn | null) =>
      (buildTrendOption(state, { lang: 'zh', median }).aria as { label: { description: string } }).label.description;
    const withMedian = description({ line, name: '中位数:全部区级地区' });
    expect(description(null)).not.toContain('中位数');
    expect(withMedian).toContain(`中位数:全部区级地区: ${state.years[0]} 缺`);
    expect(withMedian).toMatch(new RegExp(`中位数:全部区级地区: .*${state.years[2]} 296`));
    expect(withMedian.indexOf('中位数')).toBeGreaterThan(withMedian.indexOf('嘉祥县'));
  });

  it('names places as the interface writes them (pinyin beside the Chinese in English)', () => {
    const english = buildTrendOption(state, { lang: 'en', placeName: (name) => `${name} Pinyin` });
    expect(lines(english).map((s) => s.name)).toEqual(['芙蓉区 Pinyin', '嘉祥县 Pinyin']);
    expect((lines(english)[1]!.data[3] as Exclude<LineItem, '-'>).label.formatter).toBe('嘉祥县 Pinyin 2,138');
  });
});

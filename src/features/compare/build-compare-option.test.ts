import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import {
  buildCompareOption,
  COMPARE_LAYOUT,
  compareChartHeight,
  DERIVED_BORDER,
  REPORTED_COLOR,
} from './build-compare-option';
import { deriveCompareState, type CompareUi } from './compare-state';

const dataset = fixtureDataset();
const ui: CompareUi = { indicator: 'legal_aid.cases', year: null, province: null, level: null, body: 'all' };
const stateFor = (patch: Partial<CompareUi> = {}) => deriveCompareState(dataset, { ...ui, ...patch })!;

interface BarItem {
  value: number;
  itemStyle: { color: string; borderType?: string; borderColor?: string };
  label: { formatter: string };
}
const series = (option: ReturnType<typeof buildCompareOption>) =>
  (option.series as { type: string; data: BarItem[]; markLine?: { data: { xAxis: number }[]; label: { formatter: string } } }[])[0]!;

describe('buildCompareOption', () => {
  it('draws one horizontal bar per reported value, largest at the top', () => {
    const option = buildCompareOption(stateFor(), { lang: 'zh' });
    expect(series(option).type).toBe('bar');
    expect(series(option).data.map((d) => d.value)).toEqual([2138, 350]);
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['嘉祥县\n2023', '芙蓉区\n2022'] });
    expect(option.xAxis).toMatchObject({ type: 'value', name: '件' });
  });

  it('shows qualifiers in the bar labels', () => {
    const labels = series(buildCompareOption(stateFor(), { lang: 'zh' })).data.map((d) => d.label.formatter);
    expect(labels).toEqual(['2,138', '≈350']);
  });

  it('draws derived values as dashed outlines, reported ones filled', () => {
    const data = series(buildCompareOption(stateFor({ indicator: 'mediation.success_rate' }), { lang: 'zh' })).data;
    expect(data[0]).toMatchObject({
      value: 95.83,
      itemStyle: { borderType: 'dashed', borderColor: DERIVED_BORDER },
      label: { formatter: '95.83% (推算)' },
    });
    expect(data[1]).toMatchObject({ value: 93, itemStyle: { color: REPORTED_COLOR }, label: { formatter: '93%' } });
  });

  it('adds the peer median as a reference line', () => {
    const line = series(buildCompareOption(stateFor({ indicator: 'mediation.succeeded' }), { lang: 'en' })).markLine!;
    expect(line.data).toEqual([{ xAxis: 194 }]);
    expect(line.label.formatter).toBe('Peer median: 194');
    expect(series(buildCompareOption(stateFor({ year: 2020 }), { lang: 'zh' })).markLine).toBeUndefined();
  });

  it('marks department reports in the category label', () => {
    const option = buildCompareOption(stateFor({ indicator: 'mediation.succeeded' }), { lang: 'zh' });
    expect((option.yAxis as { data: string[] }).data).toContain('淄博高新区\n2022 · 部门报告');
  });

  it('never draws a jurisdiction without a value', () => {
    const data = series(buildCompareOption(stateFor(), { lang: 'zh' })).data;
    expect(data).toHaveLength(2);
    expect(data.some((d) => d.value === 0)).toBe(false);
  });

  it('describes the chart for screen readers, in the chosen language', () => {
    expect(buildCompareOption(stateFor(), { lang: 'zh' }).aria).toEqual({
      enabled: true,
      label: { description: '横向条形图,法律援助案件:嘉祥县 2023 2,138 件,芙蓉区 2022 ≈350 件。' },
    });
    expect(buildCompareOption(stateFor(), { lang: 'en' }).aria).toMatchObject({
      label: { description: 'Horizontal bar chart, Legal-aid cases: 嘉祥县 2023 2,138 cases, 芙蓉区 2022 ≈350 cases.' },
    });
  });

  it('escapes report text in the HTML tooltip', () => {
    const state = stateFor();
    const hostile = { ...state, reported: [{ ...state.reported[0]!, name: '<img src=x onerror=alert(1)>' }] };
    const tooltip = buildCompareOption(hostile, { lang: 'zh' }).tooltip as { formatter: (p: unknown) => string };
    const html = tooltip.formatter({ dataIndex: 0 });
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img');
  });

  it('sizes the chart by its rows with a fixed label column', () => {
    expect(compareChartHeight(2)).toBe(COMPARE_LAYOUT.top + COMPARE_LAYOUT.bottom + 2 * COMPARE_LAYOUT.rowHeight);
    expect(buildCompareOption(stateFor(), { lang: 'zh' }).grid).toMatchObject({ left: COMPARE_LAYOUT.labelWidth });
  });

  it('puts the rank and the peer median in the tooltip', () => {
    const state = stateFor();
    const withPeers = { ...state, reported: [{ ...state.reported[0]!, peer: { rank: 2, reporting: 5, peers: 6, median: 300 } }] };
    const tooltip = buildCompareOption(withPeers, { lang: 'zh' }).tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter({ dataIndex: 0 })).toContain('同级排名:2/5<br>同级中位数:300 件');
    const english = buildCompareOption(withPeers, { lang: 'en' }).tooltip as { formatter: (p: unknown) => string };
    expect(english.formatter({ dataIndex: 0 })).toContain('Rank among peers: 2 of 5<br>Peer median: 300 cases');
  });
});


import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { levelColor } from '../../ui/charts/level-colors';
import { loadLanguage } from '../../ui/i18n/i18n';
import {
  absentNote,
  barLabel,
  buildCompareOption,
  COMPARE_LAYOUT,
  compareChartHeight,
  compareMargins,
  groupMedianText,
  groupTitle,
  MEDIAN_COLOR,
  tooltipPosition,
} from './build-compare-option';
import { chartLines, type CompareUi, deriveCompareState } from './compare-state';

// The English of the landing view's and the shell's words loads on demand (src/ui/i18n/i18n.ts).
await loadLanguage('en');

const dataset = fixtureDataset();
const ui: CompareUi = { indicator: 'legal_aid.cases', year: null, province: null, city: null, level: null, body: 'all', perCapita: false };
const stateFor = (patch: Partial<CompareUi> = {}) => deriveCompareState(dataset, { ...ui, ...patch })!;

interface BarItem {
  value: number;
  itemStyle: { color: string; borderType?: string; borderColor?: string; decal?: unknown };
  label: { formatter: string; position: unknown };
}
interface MarkLine {
  z: number;
  lineStyle: { type: string; color: string };
  data: [{ xAxis: number; y: number }, { xAxis: number; y: number }][];
}
const series = (option: ReturnType<typeof buildCompareOption>) =>
  (option.series as { type: string; data: BarItem[]; markLine?: MarkLine }[])[0]!;
const categories = (option: ReturnType<typeof buildCompareOption>) => (option.yAxis as { data: string[] }).data;

describe('buildCompareOption', () => {
  it('opens each peer group with a header line, then its bars largest first', () => {
    const option = buildCompareOption(stateFor(), { lang: 'zh' });
    const data = series(option).data;
    expect(data.map((d) => d.value)).toEqual([0, 350, 296]);
    expect(data[0]).toMatchObject({
      itemStyle: { color: 'transparent' },
      label: { formatter: '2022 年 · 区 · 政府报告 · 同类中位数 323 件(2 地报告)' },
    });
    expect(categories(option)).toEqual(['', '{name|芙蓉区}\n{meta|2022}{meta| · 区}', '{name|高陵区}\n{meta|2022}{meta| · 区}']);
    expect(option.xAxis).toMatchObject({ type: 'value', name: '件', min: 0 });
  });

  it('outlines and stars the bars of highlighted places, and only those', () => {
    const option = buildCompareOption(stateFor(), { lang: 'zh', highlight: new Set(['610117']) });
    const data = series(option).data;
    expect(data.map((d) => d.itemStyle.borderColor)).toEqual([undefined, undefined, '#111827']);
    expect(categories(option).slice(1)).toEqual(['{name|芙蓉区}\n{meta|2022}{meta| · 区}', '{name|★ 高陵区}\n{meta|2022}{meta| · 区}']);
  });

  it('draws each group’s median over its own bars only, from the one peer rule', () => {
    const state = stateFor();
    const line = series(buildCompareOption(state, { lang: 'zh' })).markLine!;
    expect(line.data).toEqual([
      [
        { xAxis: 323, y: COMPARE_LAYOUT.top + 1 * COMPARE_LAYOUT.rowHeight + 3 },
        { xAxis: 323, y: COMPARE_LAYOUT.top + 3 * COMPARE_LAYOUT.rowHeight - 3 },
      ],
    ]);
    expect(line.lineStyle).toEqual({ type: 'dashed', color: MEDIAN_COLOR, width: 1.5 });
    // Beneath the bars and their labels, so that it never hides a label.
    expect(line.z).toBeLessThan(2);
    for (const row of state.reported) expect(row.peer?.median).toBe(323);
  });

  it('draws no single median over mixed groups, and says why each group has none', () => {
    const state = stateFor({ indicator: 'mediation.succeeded' });
    const option = buildCompareOption(state, { lang: 'en' });
    // Present but empty: the chart merges each option into the last (see the test of keys below).
    expect(series(option).markLine?.data).toEqual([]);
    expect(
      series(option)
        .data.filter((d) => d.value === 0)
        .map((d) => d.label.formatter),
    ).toEqual([
      '2022 · District · Government · only 1 peer reports: no median',
      '2022 · Development zone · Department · only 1 peer reports: no median',
      '2022 · Town · Government · only 1 peer reports: no median',
    ]);
    expect(groupMedianText(state.groups[0]!, state, 'zh')).toBe('同类仅 1 地报告,不计中位数');
  });

  it('colours bars by level and stripes a department’s', () => {
    const data = series(buildCompareOption(stateFor({ indicator: 'mediation.succeeded' }), { lang: 'zh' })).data.filter(
      (d) => d.value !== 0,
    );
    expect(data.map((d) => d.itemStyle.color)).toEqual([levelColor('区'), levelColor('开发区'), levelColor('镇')]);
    expect(data.map((d) => d.itemStyle.decal !== undefined)).toEqual([false, true, false]);
    expect(categories(buildCompareOption(stateFor({ indicator: 'mediation.succeeded' }), { lang: 'zh' }))).toContain(
      '{name|淄博高新区}\n{meta|2022}{meta| · 开发区 · 部门报告}',
    );
  });

  it('marks qualifiers, derived values, variant wordings and warnings in the bar labels', () => {
    const rates = stateFor({ indicator: 'mediation.success_rate' });
    const data = series(buildCompareOption(rates, { lang: 'zh' })).data.filter((d) => d.value !== 0);
    expect(data.map((d) => d.label.formatter)).toEqual(['98.2% ※', '95.83% (推算)', '93% ※ ⚠']);
    expect(data[1]).toMatchObject({ itemStyle: { borderType: 'dashed', borderColor: levelColor('区') } });
    expect(barLabel(stateFor().reported[0]!, stateFor(), 'zh')).toBe('≈350');
    const concluded = stateFor({ indicator: 'review.concluded' });
    expect(barLabel(concluded.reported[0]!, concluded, 'zh')).toBe('49 ⚠');
  });

  it('says the year in bold on every bar when years differ', () => {
    expect(categories(buildCompareOption(stateFor({ year: 'latest' }), { lang: 'zh' }))).toContain(
      '{name|嘉祥县}\n{year|2023}{meta| · 县}',
    );
  });

  it('never draws a jurisdiction without a value', () => {
    const bars = series(buildCompareOption(stateFor(), { lang: 'zh' })).data.filter((d) => d.value !== 0);
    expect(bars).toHaveLength(2);
  });

  it('describes the chart group by group for screen readers, in the chosen language', () => {
    expect(buildCompareOption(stateFor(), { lang: 'zh' }).aria).toEqual({
      enabled: true,
      label: {
        description:
          '横向条形图,法律援助案件:2022 年 · 区 · 政府报告 (同类中位数 323 件(2 地报告)):芙蓉区 2022 ≈350 件,高陵区 2022 296 件。',
      },
    });
    expect(buildCompareOption(stateFor(), { lang: 'en' }).aria).toMatchObject({
      label: {
        description:
          'Horizontal bar chart, Legal-aid cases: 2022 · District · Government (peer median 323 cases (2 reporting)): 芙蓉区 2022 ≈350 cases, 高陵区 2022 296 cases.',
      },
    });
  });

  it('escapes report text in the HTML tooltip', () => {
    const state = stateFor();
    const hostile = {
      ...state,
      groups: [{ ...state.groups[0]!, rows: [{ ...state.reported[0]!, name: '<img src=x onerror=alert(1)>' }] }],
    };
    const tooltip = buildCompareOption(hostile, { lang: 'zh' }).tooltip as { formatter: (p: unknown) => string };
    const html = tooltip.formatter({ dataIndex: 1 });
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img');
  });

  it('puts the same rank and median in the tooltip as in the table, with the group and the marks', () => {
    const state = stateFor();
    const tooltip = buildCompareOption(state, { lang: 'zh' }).tooltip as { formatter: (p: unknown) => string };
    const html = tooltip.formatter({ dataIndex: 2 });
    expect(html).toContain('同类: 2022 年 · 区 · 政府报告');
    expect(html).toContain('同级排名:2/2');
    expect(html).toContain('同类中位数 323 件(2 地报告)');
    expect(tooltip.formatter({ dataIndex: 0 })).toBe('');
    const rates = stateFor({ indicator: 'mediation.success_rate' });
    const rateTip = buildCompareOption(rates, { lang: 'zh' }).tooltip as { formatter: (p: unknown) => string };
    expect(rateTip.formatter({ dataIndex: 1 })).toContain('※ 按“化解率”口径');
    const concluded = stateFor({ indicator: 'review.concluded' });
    const warnTip = buildCompareOption(concluded, { lang: 'en' }).tooltip as { formatter: (p: unknown) => string };
    expect(warnTip.formatter({ dataIndex: 1 })).toContain('⚠ more reconsideration cases concluded (49) than received (46)');
  });

  it('sizes the chart by its lines with a fixed label column, narrower on a phone', () => {
    expect(compareChartHeight(3)).toBe(COMPARE_LAYOUT.top + COMPARE_LAYOUT.bottom + 3 * COMPARE_LAYOUT.rowHeight);
    expect(buildCompareOption(stateFor(), { lang: 'zh' }).grid).toMatchObject({ left: COMPARE_LAYOUT.labelWidth, outerBoundsMode: 'none' });
    expect(buildCompareOption(stateFor(), { lang: 'zh', narrow: true }).grid).toMatchObject({ left: compareMargins(true).labelWidth });
    expect(chartLines(stateFor())).toHaveLength(3);
  });

  it('places its rows from the top, whatever the canvas’s height, and keeps the tooltip within the chart drawn', () => {
    const option = buildCompareOption(stateFor(), { lang: 'zh' });
    // Three lines: a canvas kept taller (CompareChart's keepTallerCanvas) draws them where a canvas of the chart's height would.
    expect(option.grid).toMatchObject({ top: COMPARE_LAYOUT.top, height: 3 * COMPARE_LAYOUT.rowHeight });
    expect(option.grid).not.toHaveProperty('bottom');
    const drawn = compareChartHeight(3);
    const position = (option.tooltip as { position: (...args: unknown[]) => [number, number] }).position;
    const place = (point: [number, number], viewHeight: number) =>
      position(point, {}, null, null, { contentSize: [200, 100], viewSize: [900, viewHeight] });
    // Beside the mouse where it fits; above it near the chart's bottom, in a canvas of the chart's height or a taller one.
    const near = [
      { point: [100, 40] as [number, number], at: [120, 60] },
      { point: [100, drawn - 30] as [number, number], at: [120, drawn - 150] },
      { point: [800, 40] as [number, number], at: [580, 60] },
    ];
    expect(near.map(({ point }) => [place(point, drawn), place(point, drawn + 1000)])).toEqual(near.map(({ at }) => [at, at]));
  });

  it('places the tooltip’s box as ECharts’ confined tooltip does, within the size given', () => {
    const view = { width: 400, height: 300 };
    expect(tooltipPosition([10, 10], [100, 50], view)).toEqual([30, 30]);
    expect(tooltipPosition([350, 280], [100, 50], view)).toEqual([230, 210]);
    // Too tall to fit above or below the mouse: kept inside, at the top; too large either way: at the top left.
    expect(tooltipPosition([50, 60], [100, 280], view)).toEqual([70, 0]);
    expect(tooltipPosition([50, 60], [500, 400], view)).toEqual([0, 0]);
  });

  it('labels every line on screen without measuring the labels; an image keeps ECharts’ automatic interval', () => {
    const label = (option: ReturnType<typeof buildCompareOption>) => (option.yAxis as { axisLabel: { interval?: unknown } }).axisLabel;
    expect(label(buildCompareOption(stateFor(), { lang: 'zh' })).interval).toBe(0);
    expect(label(buildCompareOption(stateFor(), { lang: 'en', narrow: true })).interval).toBe(0);
    expect(label(buildCompareOption(stateFor(), { lang: 'zh', layout: { top: 190, rowHeight: 64 } }))).not.toHaveProperty('interval');
  });

  it('places the median segments for an exported image’s own rows', () => {
    const line = series(buildCompareOption(stateFor(), { lang: 'zh', layout: { top: 190, rowHeight: 200 } })).markLine!;
    expect(line.data[0]!.map((point) => point.y)).toEqual([190 + 200 + 3, 190 + 600 - 3]);
  });
});

/** Every key path of an option's objects (an array is one value: ECharts' merge replaces arrays whole). */
function keyPaths(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => [`${path}${key}`, ...keyPaths(inner, `${path}${key}.`)]);
}

describe('buildCompareOption merged into the chart', () => {
  it('holds the same keys in every option of the view, whatever it draws (a key left out would keep the last option’s value)', () => {
    const withMedian = stateFor();
    const mixed = stateFor({ indicator: 'mediation.succeeded' });
    const options = [
      buildCompareOption(withMedian, { lang: 'zh' }),
      buildCompareOption(mixed, { lang: 'en' }),
      buildCompareOption(withMedian, { lang: 'en', narrow: true, highlight: new Set(['610117']), placeName: (name) => `${name} x` }),
      buildCompareOption(mixed, { lang: 'zh', slice: { start: 1, end: 2 } }),
      buildCompareOption(stateFor({ year: 2021 }), { lang: 'zh', narrow: true }),
    ];
    // The states differ in what the option draws: medians in one, none in the other.
    expect(series(options[0]!).markLine?.data.length).toBeGreaterThan(0);
    expect(series(options[1]!).markLine?.data).toEqual([]);
    const first = keyPaths(options[0]).sort();
    expect(first).toContain('series');
    for (const option of options.slice(1)) expect(keyPaths(option).sort()).toEqual(first);
    for (const option of options)
      expect(keyPaths((option.series as object[])[0]).sort()).toEqual(keyPaths((options[0]!.series as object[])[0]).sort());
  });
});

describe('groupTitle', () => {
  it('names a related kind of report with its body, so that a group of summaries never reads as rule-of-law reports', () => {
    const base = { key: 'k', year: 2020, level: '市' as const, bodyKind: 'department' as const, province: null };
    expect(groupTitle({ ...base, documentKind: 'rule_of_law_report' }, 'zh')).toContain('部门报告');
    expect(groupTitle({ ...base, documentKind: 'rule_of_law_report' }, 'zh')).not.toContain('司法局工作总结');
    expect(groupTitle({ ...base, documentKind: 'justice_bureau_summary' }, 'zh')).toContain('部门报告 · 司法局工作总结');
    expect(groupTitle({ ...base, documentKind: 'reconsideration_report' }, 'en')).toContain('Reconsideration report');
  });

  it('writes English labels in short words, never cut, with the pinyin a caller gives, in a wider column', () => {
    const state = stateFor({ indicator: 'mediation.succeeded', year: 2022 });
    const english = buildCompareOption(state, { lang: 'en', placeName: (name) => `${name} Pinyin` });
    const labels = categories(english).filter(Boolean);
    expect(labels).toContain('{name|淄博高新区 Pinyin}\n{meta|2022}{meta| · Dev. zone · Dept.}');
    // No label line longer than its column holds at 11–12 px (≈ 6.5 px a Latin letter, 12 a Chinese one).
    expect(labels).toHaveLength(3);
    const width = compareMargins(false, 'en').labelWidth - 12;
    for (const line of labels.flatMap((label) => label.replace(/\{\w+\||\}/g, '').split('\n')))
      expect([...line].reduce((sum, char) => sum + (/[\u4e00-\u9fff]/.test(char) ? 12 : 6.5), 0)).toBeLessThanOrEqual(width);
    expect(english.grid).toMatchObject({ left: 200 });
    // A phone has no room for pinyin; the level is the group header's.
    const phone = categories(buildCompareOption(state, { lang: 'en', narrow: true, placeName: (name) => `${name} Pinyin` }));
    expect(phone).toContain('{name|淄博高新区}\n{meta|2022}{meta| · Dept.}');
  });
});

describe('absentNote', () => {
  it('lists the places without a number by why, as the view does, and a count for a slide', () => {
    const state = stateFor({ year: 2024 });
    expect(state.notReported.map((row) => [row.name, row.status])).toEqual(expect.arrayContaining([['高陵区', 'not_reported']]));
    const note = absentNote(state, 'zh')!;
    expect(note.full.split('\n')[0]).toBe('未报告(报告未写明此项)1 个:高陵区');
    expect(note.full).toMatch(/^当年无报告 \d+ 个:.*芙蓉区/m);
    expect(note.brief).toBe(`另有 ${state.notReported.length} 个地区没有数值(未报告或当年无报告),名单见完整图片和 CSV`);
    expect(absentNote(state, 'en', (name) => `${name} P`)!.full).toContain('Not reported (the report does not state it), 1: 高陵区 P');
  });
});

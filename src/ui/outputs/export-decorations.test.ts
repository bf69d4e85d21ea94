import { describe, expect, it } from 'vitest';

import type { EChartsOption } from '../charts/echarts-setup';
import { renderChartSvg } from './chart-export';
import {
  EXPORT_FONT,
  EXPORT_MIN_HEIGHT,
  exportHeight,
  exportRowLayout,
  IMAGE_FORMAT,
  noteLines,
  SLIDE_FORMAT,
  slideRows,
  withExportDecorations,
} from './export-decorations';

/** A bar chart shaped like the compare view's (fixed label column, per-item labels, median line). */
const option: EChartsOption = {
  animation: false,
  grid: { left: 128, right: 72, top: 36, bottom: 28, outerBoundsMode: 'none' },
  tooltip: { trigger: 'item', formatter: () => 'tip' },
  xAxis: { type: 'value', name: '件' },
  yAxis: {
    type: 'category',
    inverse: true,
    data: ['嘉祥县\n2023', '芙蓉区\n2022'],
    axisLabel: { width: 116, overflow: 'truncate', lineHeight: 16 },
  },
  series: [
    {
      type: 'bar',
      data: [
        { value: 2138, label: { show: true, formatter: '2,138' } },
        { value: 350, label: { show: true, formatter: '≈350' } },
      ],
      markLine: { data: [{ xAxis: 1244 }], label: { formatter: '同类中位数:1,244' } },
    },
  ],
};
const decorations = {
  title: '法律援助案件',
  subtitle: '单位:件 · 各地最新一年 · 全部层级',
  source: '来源:法治政府建设年度报告数据图谱 · 2025-03-01',
};

/** Every fontSize anywhere in an object. */
function fontSizes(value: unknown): number[] {
  if (Array.isArray(value)) return value.flatMap(fontSizes);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'fontSize' && typeof inner === 'number' ? [inner] : fontSizes(inner)));
}

describe('withExportDecorations', () => {
  const decorated = withExportDecorations(option, decorations) as Record<string, unknown>;

  it('adds the title, the subtitle (unit, year, filters) and a source line', () => {
    expect(decorated.title).toMatchObject({ text: '法律援助案件', subtext: '单位:件 · 各地最新一年 · 全部层级' });
    expect(decorated.graphic).toEqual([
      expect.objectContaining({ type: 'text', style: expect.objectContaining({ text: decorations.source }) }),
    ]);
    expect(decorated.backgroundColor).toBe('#ffffff');
  });

  it('keeps the data and drops the tooltip (an image has no hover)', () => {
    const series = (decorated.series as { data: { value: number; label: { formatter: string } }[] }[])[0]!;
    expect(series.data.map((item) => [item.value, item.label.formatter])).toEqual([
      [2138, '2,138'],
      [350, '≈350'],
    ]);
    expect(decorated.tooltip).toBeUndefined();
    expect((option as Record<string, unknown>).tooltip).toBeDefined();
  });

  it('sets no text under 20 px, and widens the name column', () => {
    const sizes = fontSizes(decorated);
    expect(sizes.length).toBeGreaterThanOrEqual(8);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20);
    expect((decorated.title as { textStyle: { fontSize: number } }).textStyle.fontSize).toBe(EXPORT_FONT.title);
    expect(decorated.yAxis).toMatchObject({ axisLabel: { width: 360, fontSize: 22 } });
    // The compare chart places its medians in pixels: its grid stays exact, the label column widened.
    expect(decorated.grid).toEqual({ left: 56 + 360 + 12, right: 170, top: 190, bottom: 110, outerBoundsMode: 'none' });
  });

  it('gives a chart of named lines a legend of their names, and moves the plot below it', () => {
    const lines: EChartsOption = {
      xAxis: { type: 'category', data: ['2020', '2021'] },
      yAxis: { type: 'value' },
      grid: { left: 16, outerBoundsMode: 'same' },
      series: [
        { type: 'line', name: '芙蓉区', data: [1, 2] },
        { type: 'line', name: '嘉祥县', data: [3, 4] },
      ],
    };
    const exported = withExportDecorations(lines, decorations) as {
      legend: { data: string[]; textStyle: { fontSize: number } };
      grid: { top: number; outerBoundsMode: string };
    };
    expect(exported.legend.data).toEqual(['芙蓉区', '嘉祥县']);
    expect(exported.legend.textStyle.fontSize).toBe(EXPORT_FONT.text);
    expect(exported.grid).toMatchObject({ top: 190 + 44, outerBoundsMode: 'same' });
    expect((decorated as { legend?: unknown }).legend).toBeUndefined();
  });

  it('lays an image’s rows out so that its pixels match the chart’s', () => {
    expect(exportRowLayout(2)).toEqual({ top: 190, rowHeight: (900 - 190 - 110) / 2 });
    expect(exportRowLayout(40).rowHeight).toBe(64);
  });

  it('grows the image for many bars, never below 1600 × 900', () => {
    expect(exportHeight(2)).toBe(EXPORT_MIN_HEIGHT);
    expect(exportHeight(40)).toBeGreaterThan(40 * 60);
  });
});

describe('renderChartSvg', () => {
  it('renders an SVG document with the title, values and source line as text', () => {
    const svg = renderChartSvg({ option, decorations, rowCount: 2 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="1600"');
    expect(svg).toContain('height="900"');
    for (const text of ['法律援助案件', '2,138', '≈350', '来源:法治政府建设年度报告数据图谱']) expect(svg).toContain(text);
  });

  it('writes each place’s name in an exported trend chart', () => {
    const lines: EChartsOption = {
      xAxis: { type: 'category', data: ['2020', '2021', '2022'] },
      yAxis: { type: 'value' },
      series: [
        { type: 'line', name: '芙蓉区', data: [323, '-', 350] },
        { type: 'line', name: '嘉祥县', data: ['-', '-', 2138] },
      ],
    };
    const svg = renderChartSvg({ option: lines, decorations });
    for (const name of ['芙蓉区', '嘉祥县']) expect(svg).toContain(`>${name}<`);
  });
});

describe('slides and notes', () => {
  it('draws a slide at 1920 × 1080 whatever its rows, with projector-sized type', () => {
    expect(exportHeight(40, SLIDE_FORMAT)).toBe(1080);
    const slide = withExportDecorations(option, decorations, SLIDE_FORMAT) as Record<string, unknown>;
    expect(Math.min(...fontSizes(slide))).toBeGreaterThanOrEqual(28);
    expect((slide.title as { textStyle: { fontSize: number } }).textStyle.fontSize).toBe(60);
    expect(slideRows()).toBe(Math.floor((1080 - 250 - 130) / 84));
  });

  it('writes a note under the plot, wrapped to the width, and grows the image by its lines', () => {
    const names = Array.from({ length: 120 }, (_, i) => `地区${i}`).join('、');
    const note = `未报告(报告未写明此项)120 个:${names}`;
    expect(noteLines(note)).toBeGreaterThan(3);
    expect(exportHeight(2, IMAGE_FORMAT, note)).toBeGreaterThan(exportHeight(2));
    const decorated = withExportDecorations(option, { ...decorations, note }) as { graphic: { style: { text: string; width: number } }[] };
    expect(decorated.graphic.map((item) => item.style.text)).toEqual([decorations.source, note]);
    expect(decorated.graphic[1]!.style).toMatchObject({ width: 1600 - 2 * 56, overflow: 'break' });
    // The rows keep their height above the note: its lines are taken from below the plot.
    expect(exportRowLayout(2, IMAGE_FORMAT, note)).toEqual(exportRowLayout(2));
    // A slide's note takes rows from the slide.
    expect(slideRows('另有 12 个地区没有数值')).toBeLessThan(slideRows());
  });

  it('wraps a source line too long for a slide, never cutting its synthetic mark, and keeps the plot clear of it', () => {
    const source = `Source: fazhi-atlas, numbers from local governments' published annual rule-of-law reports · made 2026-12-06 · synthetic demo data`;
    expect(noteLines(source, SLIDE_FORMAT)).toBe(2);
    const slide = withExportDecorations(option, { ...decorations, source }, SLIDE_FORMAT) as {
      graphic: { style: { overflow: string } }[];
      grid: { bottom: number };
    };
    expect(slide.graphic[0]!.style.overflow).toBe('break');
    expect(slide.grid.bottom).toBe(SLIDE_FORMAT.layout.bottom + Math.round(28 * 1.4));
    expect(slideRows(undefined, SLIDE_FORMAT, source)).toBeLessThanOrEqual(slideRows());
  });

  it('renders a slide with its note as an SVG of the slide’s size', () => {
    const svg = renderChartSvg({
      option,
      decorations: { ...decorations, note: '当年无报告 1 个:桃林镇' },
      rowCount: 2,
      format: SLIDE_FORMAT,
    });
    expect(svg).toMatch(/<svg[^>]*width="1920"[^>]*height="1080"/);
    expect(svg).toContain('桃林镇');
  });
});

/**
 * A chart made ready for a slide: the view's own option (same builder, same numbers) with a title,
 * a subtitle (unit, year, filters), a source line and type large enough to read from the back of
 * a meeting room (no text under 20 px on a 1600 × 900 image). Pure: tested on the returned object.
 */

import type { GraphicComponentOption, LegendComponentOption, TitleComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

import type { EChartsOption } from './echarts-setup';

export type ExportOption = EChartsOption & ComposeOption<TitleComponentOption | GraphicComponentOption | LegendComponentOption>;

export interface ExportDecorations {
  /** The indicator, as the view's heading says it. */
  readonly title: string;
  /** Unit, year and filters, e.g. "单位:件 · 各地最新一年 · 层级:县". */
  readonly subtitle: string;
  /** Where the numbers come from and when the image was made. */
  readonly source: string;
}

/** The exported image's size in CSS pixels (the PNG is drawn at twice this). */
export const EXPORT_WIDTH = 1600;
export const EXPORT_MIN_HEIGHT = 900;

export const EXPORT_FONT = { title: 40, subtitle: 26, text: 22, source: 20 } as const;

const FONT_FAMILY =
  "system-ui, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif";

/** Room above the plot for the title and subtitle, and below it for the source line. */
export const EXPORT_LAYOUT = { top: 190, bottom: 110, left: 56, right: 170, rowHeight: 64 } as const;

/** The image height: 900, or more when a bar chart has more rows than fit at a legible size. */
export function exportHeight(rowCount = 0): number {
  return Math.max(EXPORT_MIN_HEIGHT, EXPORT_LAYOUT.top + EXPORT_LAYOUT.bottom + rowCount * EXPORT_LAYOUT.rowHeight);
}

/** Where an image's rows sit: a chart that places marks in pixels (the compare view's medians) builds its image with this. */
export interface ExportRowLayout {
  readonly top: number;
  readonly rowHeight: number;
}

/** The row layout of an exported bar chart of `rowCount` rows: the grid's top and each row's height. */
export function exportRowLayout(rowCount: number): ExportRowLayout {
  const rows = Math.max(rowCount, 1);
  return { top: EXPORT_LAYOUT.top, rowHeight: (exportHeight(rows) - EXPORT_LAYOUT.top - EXPORT_LAYOUT.bottom) / rows };
}

/** The label column of a bar chart's categories, enlarged for the image. */
const EXPORT_LABEL_WIDTH = 360;

/** Place names in a legend wrap: an estimate of the lines it takes across the image, to move the plot below it. */
function legendLines(names: readonly string[]): number {
  const width = EXPORT_WIDTH - 2 * EXPORT_LAYOUT.left;
  let lines = 1;
  let used = 0;
  for (const name of names) {
    // Chinese characters are about a font size wide, Latin ones about half; plus the symbol and the gap.
    const chars = [...name].reduce((sum, char) => sum + (/[\u3000-\u9fff]/.test(char) ? 1 : 0.55), 0);
    const item = chars * EXPORT_FONT.text + 60;
    if (used > 0 && used + item > width) {
      lines += 1;
      used = 0;
    }
    used += item;
  }
  return lines;
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** An axis with large labels; a fixed label width (the compare chart's name column) widened. */
function bigAxis(axis: unknown): unknown {
  if (!isObject(axis)) return axis;
  const label = isObject(axis.axisLabel) ? axis.axisLabel : {};
  return {
    ...axis,
    nameTextStyle: { ...(isObject(axis.nameTextStyle) ? axis.nameTextStyle : {}), fontSize: EXPORT_FONT.text },
    nameGap: 44,
    axisLabel: {
      ...label,
      fontSize: EXPORT_FONT.text,
      ...(label.lineHeight !== undefined ? { lineHeight: Math.round(EXPORT_FONT.text * 1.3) } : {}),
      ...(label.width !== undefined ? { width: EXPORT_LABEL_WIDTH } : {}),
      ...(isObject(label.rich) ? { rich: bigRich(label.rich) } : {}),
    },
  };
}

/** Rich-text styles (a label's name and its smaller second line) at the image's sizes. */
function bigRich(rich: Loose): Loose {
  return Object.fromEntries(
    Object.entries(rich).map(([name, style]) => {
      if (!isObject(style)) return [name, style];
      const size = typeof style.fontSize === 'number' && style.fontSize < 12 ? EXPORT_FONT.source : EXPORT_FONT.text;
      return [name, { ...style, fontSize: size, lineHeight: Math.round(size * 1.3) }];
    }),
  );
}

function bigLabel(label: unknown): unknown {
  return isObject(label) ? { ...label, fontSize: EXPORT_FONT.text } : label;
}

/** A series with large labels (its own and each data item's), thicker lines and bigger points. */
function bigSeries(series: unknown): unknown {
  if (!isObject(series)) return series;
  const result: Loose = {
    ...series,
    label: { ...(isObject(series.label) ? series.label : {}), fontSize: EXPORT_FONT.text },
    data: asList(series.data).map((item) => {
      if (!isObject(item)) return item;
      const big: Loose = { ...item, label: bigLabel(item.label) };
      if (typeof item.symbolSize === 'number') big.symbolSize = Math.max(item.symbolSize, 16);
      return big;
    }),
  };
  if (series.type === 'bar') result.barMaxWidth = 44;
  if (series.type === 'line') result.lineStyle = { ...(isObject(series.lineStyle) ? series.lineStyle : {}), width: 4 };
  if (isObject(series.markLine)) {
    const markLine = series.markLine;
    result.markLine = { ...markLine, label: { ...(isObject(markLine.label) ? markLine.label : {}), fontSize: EXPORT_FONT.source } };
  }
  return result;
}

/**
 * The option as exported: decorations added, text enlarged, no tooltip, no animation. A chart of
 * several named series (the trend view's places) gets a legend under the title, its names as
 * text. A chart whose grid is exact (`outerBoundsMode: 'none'`: the compare view places its
 * medians in pixels) keeps an exact grid, its label column widened.
 */
export function withExportDecorations(option: EChartsOption, decorations: ExportDecorations): ExportOption {
  const source = option as Loose;
  const { tooltip: _tooltip, ...rest } = source;
  const seriesNames = asList(source.series).flatMap((series) =>
    isObject(series) && typeof series.name === 'string' && series.type === 'line' ? [series.name] : [],
  );
  const withLegend = seriesNames.length > 0;
  const legendHeight = withLegend ? legendLines(seriesNames) * 36 + 8 : 0;
  const exactGrid = isObject(source.grid) && source.grid.outerBoundsMode === 'none';
  const grid = exactGrid
    ? {
        left: EXPORT_LAYOUT.left + EXPORT_LABEL_WIDTH + 12,
        right: EXPORT_LAYOUT.right,
        top: EXPORT_LAYOUT.top,
        bottom: EXPORT_LAYOUT.bottom,
        outerBoundsMode: 'none',
      }
    : {
        left: EXPORT_LAYOUT.left,
        right: EXPORT_LAYOUT.right,
        top: EXPORT_LAYOUT.top + legendHeight,
        bottom: EXPORT_LAYOUT.bottom,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      };
  return {
    ...rest,
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY, fontSize: EXPORT_FONT.text, color: '#111827' },
    title: {
      text: decorations.title,
      subtext: decorations.subtitle,
      left: EXPORT_LAYOUT.left,
      top: 28,
      itemGap: 14,
      textStyle: { fontSize: EXPORT_FONT.title, fontWeight: 'bold', color: '#111827', fontFamily: FONT_FAMILY },
      subtextStyle: { fontSize: EXPORT_FONT.subtitle, color: '#374151', fontFamily: FONT_FAMILY },
    },
    graphic: [
      {
        type: 'text',
        left: EXPORT_LAYOUT.left,
        bottom: 32,
        silent: true,
        style: { text: decorations.source, fontSize: EXPORT_FONT.source, fill: '#4b5563', fontFamily: FONT_FAMILY },
      },
    ],
    ...(withLegend
      ? {
          legend: {
            data: seriesNames,
            top: EXPORT_LAYOUT.top - 46,
            left: EXPORT_LAYOUT.left,
            right: EXPORT_LAYOUT.left,
            itemGap: 28,
            itemWidth: 36,
            itemHeight: 14,
            textStyle: { fontSize: EXPORT_FONT.text, color: '#111827', fontFamily: FONT_FAMILY },
          },
        }
      : {}),
    grid,
    xAxis: Array.isArray(source.xAxis) ? source.xAxis.map(bigAxis) : bigAxis(source.xAxis),
    yAxis: Array.isArray(source.yAxis) ? source.yAxis.map(bigAxis) : bigAxis(source.yAxis),
    series: asList(source.series).map(bigSeries),
  } as ExportOption;
}

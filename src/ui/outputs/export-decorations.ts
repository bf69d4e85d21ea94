/**
 * A chart made ready for a slide: the view's own option (same builder, same numbers) with a title,
 * a subtitle (unit, year, filters), a source line and type large enough to read from the back of
 * a meeting room (no text under 20 px on a 1600 × 900 image). Pure: tested on the returned object.
 */

import type { GraphicComponentOption, LegendComponentOption, TitleComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

import { CHART_FONT_FAMILY, type EChartsOption } from '../charts/echarts-setup';

export type ExportOption = EChartsOption & ComposeOption<TitleComponentOption | GraphicComponentOption | LegendComponentOption>;

export interface ExportDecorations {
  /** The indicator, as the view's heading says it. */
  readonly title: string;
  /** Unit, year and filters, e.g. "单位:件 · 各地最新一年 · 层级:县". */
  readonly subtitle: string;
  /** Where the numbers come from and when the image was made. */
  readonly source: string;
  /**
   * Text under the chart, wrapped to the image's width: the places of the view that gave no number
   * (未报告, no report that year), so that an image never drops them silently.
   */
  readonly note?: string;
}

/** An image's shape: the ordinary image (width fixed, height grows with its bars) or a 16:9 slide. */
export interface ExportFormat {
  readonly kind: 'image' | 'slide';
  readonly width: number;
  /** A slide's fixed height; null: the image's height follows its rows (at least {@link EXPORT_MIN_HEIGHT}). */
  readonly height: number | null;
  readonly font: { readonly title: number; readonly subtitle: number; readonly text: number; readonly source: number };
  /** Room above the plot for the title and subtitle, below it for the source line; a bar's row height. */
  readonly layout: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly rowHeight: number;
  };
  /** The label column of a bar chart's categories. */
  readonly labelWidth: number;
}

/** The exported image's size in CSS pixels (the PNG is drawn at twice this). */
export const EXPORT_WIDTH = 1600;
export const EXPORT_MIN_HEIGHT = 900;

export const EXPORT_FONT = { title: 40, subtitle: 26, text: 22, source: 20 } as const;

const FONT_FAMILY = CHART_FONT_FAMILY;

/** Room above the plot for the title and subtitle, and below it for the source line. */
export const EXPORT_LAYOUT = { top: 190, bottom: 110, left: 56, right: 170, rowHeight: 64 } as const;

/** The label column of a bar chart's categories, enlarged for the image. */
const EXPORT_LABEL_WIDTH = 360;

export const IMAGE_FORMAT: ExportFormat = {
  kind: 'image',
  width: EXPORT_WIDTH,
  height: null,
  font: EXPORT_FONT,
  layout: EXPORT_LAYOUT,
  labelWidth: EXPORT_LABEL_WIDTH,
};

/**
 * A slide: 1920 × 1080, the size of a projector's picture, with type read from the back of a
 * meeting room (no text under 28 px, a 60 px title) and so room for about a dozen bars.
 */
export const SLIDE_FORMAT: ExportFormat = {
  kind: 'slide',
  width: 1920,
  height: 1080,
  font: { title: 60, subtitle: 36, text: 32, source: 28 },
  // A row holds a two-line label (the name at 32 px, year and level at 28 px) without overlap.
  layout: { top: 250, bottom: 130, left: 72, right: 210, rowHeight: 84 },
  labelWidth: 480,
};

/** How many of `text`'s wrapped lines a note takes across the format's width (Chinese ≈ 1 em, Latin ≈ 0.55 em). */
export function noteLines(text: string | undefined, format: ExportFormat = IMAGE_FORMAT): number {
  if (!text) return 0;
  const perLine = (format.width - 2 * format.layout.left) / format.font.source;
  return text.split('\n').reduce((sum, line) => {
    const ems = [...line].reduce((width, char) => width + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.55), 0);
    return sum + Math.max(1, Math.ceil(ems / perLine));
  }, 0);
}

/**
 * The height the text under the plot takes beyond the layout's bottom: the note's lines (its gap
 * included) and the source line's second and later lines, when it wraps (a slide's larger type).
 */
function noteHeight(text: string | undefined, format: ExportFormat, source?: string): number {
  const lines = noteLines(text, format);
  const lineHeight = Math.round(format.font.source * 1.4);
  const sourceExtra = Math.max(0, noteLines(source, format) - 1) * lineHeight;
  return (lines === 0 ? 0 : lines * lineHeight + 24) + sourceExtra;
}

/**
 * The image height: a slide's own; else 900, or more when a bar chart has more rows than fit at a
 * legible size, plus the note's lines.
 */
export function exportHeight(rowCount = 0, format: ExportFormat = IMAGE_FORMAT, note?: string, source?: string): number {
  if (format.height !== null) return format.height;
  const { top, bottom, rowHeight } = format.layout;
  return Math.max(EXPORT_MIN_HEIGHT, top + bottom + rowCount * rowHeight) + noteHeight(note, format, source);
}

/** The bar rows a slide holds at a legible size (its note, when it has one, takes some of them). */
export function slideRows(note?: string, format: ExportFormat = SLIDE_FORMAT, source?: string): number {
  const { top, bottom, rowHeight } = format.layout;
  return Math.max(1, Math.floor(((format.height ?? EXPORT_MIN_HEIGHT) - top - bottom - noteHeight(note, format, source)) / rowHeight));
}

/** Where an image's rows sit: a chart that places marks in pixels (the compare view's medians) builds its image with this. */
export interface ExportRowLayout {
  readonly top: number;
  readonly rowHeight: number;
}

/** The row layout of an exported bar chart of `rowCount` rows: the grid's top and each row's height. */
export function exportRowLayout(rowCount: number, format: ExportFormat = IMAGE_FORMAT, note?: string, source?: string): ExportRowLayout {
  const rows = Math.max(rowCount, 1);
  const { top, bottom } = format.layout;
  return { top, rowHeight: (exportHeight(rows, format, note, source) - top - bottom - noteHeight(note, format, source)) / rows };
}

/** Place names in a legend wrap: an estimate of the lines it takes across the image, to move the plot below it. */
function legendLines(names: readonly string[], format: ExportFormat): number {
  const width = format.width - 2 * format.layout.left;
  let lines = 1;
  let used = 0;
  for (const name of names) {
    // Chinese characters are about a font size wide, Latin ones about half; plus the symbol and the gap.
    const chars = [...name].reduce((sum, char) => sum + (/[\u3000-\u9fff]/.test(char) ? 1 : 0.55), 0);
    const item = chars * format.font.text + 60;
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
function bigAxis(axis: unknown, format: ExportFormat): unknown {
  if (!isObject(axis)) return axis;
  const font = format.font;
  const label = isObject(axis.axisLabel) ? axis.axisLabel : {};
  return {
    ...axis,
    nameTextStyle: { ...(isObject(axis.nameTextStyle) ? axis.nameTextStyle : {}), fontSize: font.text },
    nameGap: Math.round(font.text * 2),
    axisLabel: {
      ...label,
      // Every category labelled: ECharts would leave some out where it thinks them crowded.
      ...(axis.type === 'category' ? { interval: 0 } : {}),
      fontSize: font.text,
      ...(label.lineHeight !== undefined ? { lineHeight: Math.round(font.text * 1.3) } : {}),
      ...(label.width !== undefined ? { width: format.labelWidth } : {}),
      ...(isObject(label.rich) ? { rich: bigRich(label.rich, format) } : {}),
    },
  };
}

/** Rich-text styles (a label's name and its smaller second line) at the image's sizes. */
function bigRich(rich: Loose, format: ExportFormat): Loose {
  return Object.fromEntries(
    Object.entries(rich).map(([name, style]) => {
      if (!isObject(style)) return [name, style];
      const size = typeof style.fontSize === 'number' && style.fontSize < 12 ? format.font.source : format.font.text;
      return [name, { ...style, fontSize: size, lineHeight: Math.round(size * 1.3) }];
    }),
  );
}

function bigLabel(label: unknown, format: ExportFormat): unknown {
  return isObject(label) ? { ...label, fontSize: format.font.text } : label;
}

/** A series with large labels (its own and each data item's), thicker lines and bigger points. */
function bigSeries(series: unknown, format: ExportFormat): unknown {
  if (!isObject(series)) return series;
  const result: Loose = {
    ...series,
    label: { ...(isObject(series.label) ? series.label : {}), fontSize: format.font.text },
    data: asList(series.data).map((item) => {
      if (!isObject(item)) return item;
      const big: Loose = { ...item, label: bigLabel(item.label, format) };
      if (typeof item.symbolSize === 'number') big.symbolSize = Math.max(item.symbolSize, 16);
      return big;
    }),
  };
  if (series.type === 'bar') result.barMaxWidth = Math.round(format.layout.rowHeight * 0.7);
  if (series.type === 'line') result.lineStyle = { ...(isObject(series.lineStyle) ? series.lineStyle : {}), width: 4 };
  if (isObject(series.markLine)) {
    const markLine = series.markLine;
    result.markLine = { ...markLine, label: { ...(isObject(markLine.label) ? markLine.label : {}), fontSize: format.font.source } };
  }
  return result;
}

/**
 * The option as exported: decorations added, text enlarged, no tooltip, no animation. A chart of
 * several named series (the trend view's places) gets a legend under the title, its names as
 * text. A chart whose grid is exact (`outerBoundsMode: 'none'`: the compare view places its
 * medians in pixels) keeps an exact grid, its label column widened.
 */
export function withExportDecorations(
  option: EChartsOption,
  decorations: ExportDecorations,
  format: ExportFormat = IMAGE_FORMAT,
): ExportOption {
  const { font, layout } = format;
  const below = noteHeight(decorations.note, format, decorations.source);
  const lineHeight = Math.round(font.source * 1.4);
  const sourceLines = Math.max(1, noteLines(decorations.source, format));
  const source = option as Loose;
  const { tooltip: _tooltip, ...rest } = source;
  const seriesNames = asList(source.series).flatMap((series) =>
    isObject(series) && typeof series.name === 'string' && series.type === 'line' ? [series.name] : [],
  );
  const withLegend = seriesNames.length > 0;
  const legendHeight = withLegend ? legendLines(seriesNames, format) * Math.round(font.text * 1.64) + 8 : 0;
  const exactGrid = isObject(source.grid) && source.grid.outerBoundsMode === 'none';
  const grid = exactGrid
    ? {
        left: layout.left + format.labelWidth + 12,
        right: layout.right,
        top: layout.top,
        bottom: layout.bottom + below,
        outerBoundsMode: 'none',
      }
    : {
        left: layout.left,
        right: layout.right,
        top: layout.top + legendHeight,
        bottom: layout.bottom + below,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      };
  return {
    ...rest,
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY, fontSize: font.text, color: '#111827' },
    title: {
      text: decorations.title,
      subtext: decorations.subtitle,
      left: layout.left,
      top: Math.round(font.title * 0.7),
      itemGap: Math.round(font.subtitle * 0.55),
      textStyle: { fontSize: font.title, fontWeight: 'bold', color: '#111827', fontFamily: FONT_FAMILY },
      subtextStyle: { fontSize: font.subtitle, color: '#374151', fontFamily: FONT_FAMILY },
    },
    graphic: [
      {
        type: 'text',
        left: layout.left,
        bottom: Math.round(font.source * 1.6),
        silent: true,
        // Wrapped, never cut: the synthetic mark is at its end.
        style: {
          text: decorations.source,
          width: format.width - 2 * layout.left,
          overflow: 'break',
          lineHeight,
          fontSize: font.source,
          fill: '#4b5563',
          fontFamily: FONT_FAMILY,
        },
      },
      ...(decorations.note
        ? [
            {
              type: 'text',
              left: layout.left,
              // Under the plot's axis labels, above the source line.
              bottom: Math.round(font.source * 1.6) + sourceLines * lineHeight + 16,
              silent: true,
              style: {
                text: decorations.note,
                width: format.width - 2 * layout.left,
                overflow: 'break',
                lineHeight,
                fontSize: font.source,
                fill: '#1f2937',
                fontFamily: FONT_FAMILY,
              },
            },
          ]
        : []),
    ],
    ...(withLegend
      ? {
          legend: {
            data: seriesNames,
            top: layout.top - Math.round(font.text * 2.1),
            left: layout.left,
            right: layout.left,
            itemGap: 28,
            itemWidth: 36,
            itemHeight: 14,
            textStyle: { fontSize: font.text, color: '#111827', fontFamily: FONT_FAMILY },
          },
        }
      : {}),
    grid,
    xAxis: Array.isArray(source.xAxis) ? source.xAxis.map((axis) => bigAxis(axis, format)) : bigAxis(source.xAxis, format),
    yAxis: Array.isArray(source.yAxis) ? source.yAxis.map((axis) => bigAxis(axis, format)) : bigAxis(source.yAxis, format),
    series: asList(source.series).map((series) => bigSeries(series, format)),
  } as ExportOption;
}

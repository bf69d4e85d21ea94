/**
 * Draws a chart off screen for download, at slide size: PNG through the canvas renderer
 * (`getDataURL`), SVG through the SVG renderer (`renderToSVGString`). Loaded on demand (only when
 * someone downloads an image), so the SVG renderer and the title and graphic components are
 * registered here, alongside the canvas renderer of `echarts-setup`, and cost the dashboard nothing
 * until then. The median lines (echarts-later) are imported too: an image may be made before the
 * chart on screen has loaded them.
 */

import '../charts/echarts-setup';
import '../charts/echarts-later';
import '../charts/echarts-line';

import { GraphicComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { init, use as registerECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

import type { EChartsOption } from '../charts/echarts-setup';
import { type ExportDecorations, type ExportFormat, exportHeight, IMAGE_FORMAT, withExportDecorations } from './export-decorations';

registerECharts([TitleComponent, GraphicComponent, LegendComponent, SVGRenderer]);

export interface ChartExportInput {
  readonly option: EChartsOption;
  readonly decorations: ExportDecorations;
  /** Bars in a bar chart: the image grows taller when they would not fit at a legible size. */
  readonly rowCount?: number;
  /** The ordinary image (default) or a 16:9 slide. */
  readonly format?: ExportFormat;
}

/**
 * The largest canvas side browsers draw (Chromium, Firefox: 32,767 px); a PNG of every bar of a
 * long list would exceed it, and is drawn at a smaller scale, or not at all (the SVG has no limit).
 */
export const MAX_CANVAS_SIDE = 32_767;

/** The PNG's scale for an image `height` CSS pixels tall: 2 (sharp) when it fits, else 1, else null (too tall for a PNG). */
export function pngScale(height: number): 2 | 1 | null {
  return height * 2 <= MAX_CANVAS_SIDE ? 2 : height <= MAX_CANVAS_SIDE ? 1 : null;
}

/** The image's size in CSS pixels. */
export function exportSize({ decorations, rowCount, format = IMAGE_FORMAT }: ChartExportInput): { width: number; height: number } {
  return { width: format.width, height: exportHeight(rowCount, format, decorations.note, decorations.source) };
}

/** The chart as an SVG document (text stays text: editable and sharp at any size). */
export function renderChartSvg(input: ChartExportInput): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, ...exportSize(input) });
  try {
    chart.setOption(withExportDecorations(input.option, input.decorations, input.format));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as a PNG data URL, drawn at twice the size for sharp slides (once, when that is too tall); white background. */
export function renderChartPng(input: ChartExportInput): string {
  const size = exportSize(input);
  const scale = pngScale(size.height);
  if (scale === null) throw new Error(`the image is ${size.height} px tall, more than a PNG can be; the SVG has every bar`);
  const host = document.createElement('div');
  const chart = init(host, null, { renderer: 'canvas', ...size });
  try {
    chart.setOption(withExportDecorations(input.option, input.decorations, input.format));
    return chart.getDataURL({ type: 'png', pixelRatio: scale, backgroundColor: '#fff' });
  } finally {
    chart.dispose();
  }
}

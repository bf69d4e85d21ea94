/**
 * Draws a chart off screen for download, at slide size: PNG through the canvas renderer
 * (`getDataURL`), SVG through the SVG renderer (`renderToSVGString`). Loaded on demand (only when
 * someone downloads an image), so the SVG renderer and the title and graphic components are
 * registered here, alongside the canvas renderer of `echarts-setup`, and cost the dashboard nothing
 * until then.
 */

import './echarts-setup';
import './echarts-line';

import { GraphicComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { init, use as registerECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

import type { EChartsOption } from './echarts-setup';
import { EXPORT_WIDTH, type ExportDecorations, exportHeight, withExportDecorations } from './export-decorations';

registerECharts([TitleComponent, GraphicComponent, LegendComponent, SVGRenderer]);

export interface ChartExportInput {
  readonly option: EChartsOption;
  readonly decorations: ExportDecorations;
  /** Bars in a bar chart: the image grows taller when they would not fit at a legible size. */
  readonly rowCount?: number;
}

/** The chart as an SVG document (text stays text: editable and sharp at any size). */
export function renderChartSvg({ option, decorations, rowCount }: ChartExportInput): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: EXPORT_WIDTH, height: exportHeight(rowCount) });
  try {
    chart.setOption(withExportDecorations(option, decorations));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as a PNG data URL, drawn at twice the size for sharp slides; white background. */
export function renderChartPng({ option, decorations, rowCount }: ChartExportInput): string {
  const host = document.createElement('div');
  const chart = init(host, null, { renderer: 'canvas', width: EXPORT_WIDTH, height: exportHeight(rowCount) });
  try {
    chart.setOption(withExportDecorations(option, decorations));
    return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
  } finally {
    chart.dispose();
  }
}

/**
 * The one place ECharts is assembled: `echarts/core` plus only the charts and components the
 * dashboard draws, with the canvas renderer (the rest registered on demand, see below). Importing `echarts` whole would triple the bundle.
 * Legends are HTML lists beside the charts (readable, translatable, and no legend component).
 */

import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { BarChart } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import { GridSimpleComponent } from 'echarts/components';
// Aliased: a bare `use(...)` reads as React's `use` hook to readers and to the hooks linter.
import { type ComposeOption, dispose, getInstanceByDom, init, registerTheme, use as registerECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// What the first chart (the compare view's bars) needs to be drawn: the bar series, its grid and
// axes, the canvas renderer; nothing else. Not ECharts' aria component: the chart's description
// (the option's `aria.label.description`, role="img") is written on its element by EChartCanvas.tsx,
// two attributes for which the component added ~1 kB gzip. The line series and label layout (trend
// view: echarts-line.ts), and the median lines and the hover tooltip (echarts-later.ts, loaded when
// the page is idle after the first paint) come in chunks of their own, so that the JavaScript before
// the first chart stays small (issue 21 sets 250 kB gzip; tests/e2e/first-chart-js.spec.ts holds it).
// The grid is `GridSimpleComponent`: `GridComponent` adds the axis pointer (~5 kB gzip), which only
// the tooltip uses, and ECharts' TooltipComponent registers it itself when the tooltip arrives.
registerECharts([BarChart, GridSimpleComponent, CanvasRenderer]);

/**
 * The font of every chart's text, the page's own (src/styles/base.css; the exported images' too): labels in the canvas look
 * like the table beside it, and a family that holds Chinese comes before the generic one. With
 * ECharts' default (`sans-serif`, DejaVu Sans on Linux) every Chinese character of a label is a
 * font fallback looked up anew by the canvas, which made measuring the compare chart's fifty labels
 * the largest single cost of the first chart there (~0.4 ms a label; a named family resolves once).
 */
export const CHART_FONT_FAMILY =
  "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif";

/**
 * The dashboard's charts are drawn with this theme (EChartCanvas.tsx): the page's font for every
 * text (see CHART_FONT_FAMILY), set once here rather than in each option builder.
 */
export const CHART_THEME = 'fazhi';
registerTheme(CHART_THEME, { textStyle: { fontFamily: CHART_FONT_FAMILY } });

/** The option type of every chart this dashboard draws. */
export type EChartsOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | AriaComponentOption | GridComponentOption | MarkLineComponentOption | TooltipComponentOption
>;

/**
 * What the chart component (EChartCanvas.tsx) and the floor page call. Named imports instead of
 * the `echarts/core` namespace let the bundler drop the rest of the core API.
 */
export const echarts = { init, dispose, getInstanceByDom };

/**
 * The one place ECharts is assembled: `echarts/core` plus only the charts and components the
 * dashboard draws, with the canvas renderer (the rest registered on demand, see below). Importing `echarts` whole would triple the bundle.
 * Legends are HTML lists beside the charts (readable, translatable, and no legend component).
 */

import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { BarChart } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import { AriaComponent, GridSimpleComponent, MarkLineComponent } from 'echarts/components';
// Aliased: a bare `use(...)` reads as React's `use` hook to readers and to the hooks linter.
import { type ComposeOption, dispose, getInstanceByDom, init, use as registerECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// What the first chart (the compare view's bars) needs, aria included. The line series and label
// layout (trend view: echarts-line.ts) and the tooltip (mouse hover: echarts-tooltip.ts) load in
// chunks of their own, so that the JavaScript before the first chart stays small (issue 21 sets 250 kB
// gzip; tests/e2e/first-chart-js.spec.ts holds it).
// The grid is `GridSimpleComponent`: `GridComponent` adds the axis pointer (~5 kB gzip), which only
// the tooltip uses, and ECharts' TooltipComponent registers it itself when the tooltip arrives.
registerECharts([BarChart, AriaComponent, GridSimpleComponent, MarkLineComponent, CanvasRenderer]);

/** The option type of every chart this dashboard draws. */
export type EChartsOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | AriaComponentOption | GridComponentOption | MarkLineComponentOption | TooltipComponentOption
>;

/**
 * What the chart component (EChartCanvas.tsx) and the floor page call. Named imports instead of
 * the `echarts/core` namespace let the bundler drop the rest of the core API.
 */
export const echarts = { init, dispose, getInstanceByDom };

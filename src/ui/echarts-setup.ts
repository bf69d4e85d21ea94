/**
 * The one place ECharts is assembled: `echarts/core` plus only the charts and components the
 * dashboard draws, with the canvas renderer. Importing `echarts` whole would triple the bundle.
 * Legends are HTML lists beside the charts (readable, translatable, and no legend component).
 */

import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
// Aliased: a bare `use(...)` reads as React's `use` hook to readers and to the hooks linter.
import { dispose, getInstanceByDom, init, use as registerECharts, type ComposeOption } from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

registerECharts([
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  // Hides point labels that would overlap (two places with similar values in the same year).
  LabelLayout,
  CanvasRenderer,
]);

/** The option type of every chart this dashboard draws. */
export type EChartsOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

/**
 * What echarts-for-react calls on its `echarts` prop. Named imports instead of the `echarts/core`
 * namespace let the bundler drop the rest of the core API.
 */
export const echarts = { init, dispose, getInstanceByDom };

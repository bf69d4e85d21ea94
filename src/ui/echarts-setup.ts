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
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
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

export { echarts };

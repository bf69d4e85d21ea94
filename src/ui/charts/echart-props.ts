import type { EChartsOption } from './echarts-setup';

/** What a click on a bar, point or cell reports back. */
export interface ChartItemClick {
  readonly seriesIndex: number;
  readonly dataIndex: number;
}

/** Props of a chart; in a module of their own so the lazy canvas and its wrapper share them without a cycle. */
export interface EChartProps {
  /** Built by a pure `build<X>Option` function. */
  readonly option: EChartsOption;
  /** Pixels; charts size their height to their rows so labels never overlap. */
  readonly height: number;
  readonly onItemClick?: (item: ChartItemClick) => void;
  /**
   * Every option of this chart holds the same keys (one it does not use is set to its empty value,
   * never left out): each new option is then merged into the chart, which keeps its components
   * (axes, series, the tooltip's box) and updates them, instead of replacing the option and
   * building every component and its view again. A chart whose options' keys come and go must
   * leave this off: a key left out would keep its last value.
   */
  readonly mergeOptions?: boolean;
  /**
   * Every option of this chart places its rows from the top (its grid has a height, not a bottom
   * margin): a chart that gets shorter then keeps its taller canvas, cut off at its box's height,
   * instead of a new canvas of the new size. A new canvas costs a switch more than its drawing:
   * ECharts clears and lays out the chart anew inside React's commit, and the browser allocates
   * the canvas's next two frames' buffers afresh (~15 ms each at 1,200 × 2,500 px). Its tooltip
   * must then keep to the height drawn (the canvas's is larger).
   */
  readonly keepTallerCanvas?: boolean;
  readonly testId?: string;
}

/** Whether an option draws a line series (the line chart module must then be loaded before it is set). */
export function usesLineSeries(option: EChartsOption): boolean {
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  return series.some((entry) => entry.type === 'line');
}

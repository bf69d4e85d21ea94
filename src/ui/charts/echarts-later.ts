/**
 * What the charts draw once the first chart is on screen, in a chunk of its own that the first
 * chart never waits for (EChartCanvas.tsx loads it once the page is idle after a chart's first
 * paint, within 300 ms, and draws the option again with it): the compare view's median lines
 * (`markLine`) and the hover tooltip with its axis pointer (hover details for mouse users; every
 * number is also in the table beside each chart): 18 kB gzip of ECharts (the median lines' share
 * ~5.5) that the JavaScript before the first chart does not hold (issue 21).
 *
 * Registering components after a chart exists works for its later options: `use` adds their
 * model and view classes to ECharts' registries, which every `setOption` reads, and the option
 * preprocessors, which every `setOption` runs; the chart is drawn again with `notMerge`, so that
 * its model is built anew with them. (A data processor or a visual registered later would not
 * reach a chart made before: each chart copies those lists when it is made. Neither component
 * here brings one that the charts' options use: the tooltip's axis pointer brings one, for
 * `trigger: 'axis'`, which no chart here uses.)
 */

import './echarts-setup';

import { MarkLineComponent, TooltipComponent } from 'echarts/components';
import { use as registerECharts } from 'echarts/core';

registerECharts([MarkLineComponent, TooltipComponent]);

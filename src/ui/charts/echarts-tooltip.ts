/**
 * The tooltip (hover details for mouse users; every number is also in the table beside each
 * chart). Registered after the first chart is painted, in a chunk of its own (with its axis
 * pointer it is ~13 kB gzip of the ECharts bundle).
 */

import './echarts-setup';

import { TooltipComponent } from 'echarts/components';
import { use as registerECharts } from 'echarts/core';

registerECharts([TooltipComponent]);

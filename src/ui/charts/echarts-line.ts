/**
 * Line charts (the trend view): the line series and the label layout that hides overlapping point
 * labels (two places with similar values in the same year). Registered on demand, in a chunk of
 * their own: the first chart is the compare view's bars.
 */

import './echarts-setup';

import { LineChart } from 'echarts/charts';
import { use as registerECharts } from 'echarts/core';
import { LabelLayout } from 'echarts/features';

registerECharts([LineChart, LabelLayout]);

/**
 * The floor page of the dashboard benchmark (scripts/bench-dashboard-scale.ts): the same ECharts
 * build as the dashboard's first chart (src/ui/charts/echarts-setup.ts) drawing 50 bars from inline data,
 * with no React, no data files and no app. The dashboard's first chart is compared with this page's,
 * measured in the same run on the same machine.
 */
import { echarts } from '../../src/ui/charts/echarts-setup';

const names = Array.from({ length: 50 }, (_, i) => `地区${i + 1}`);
const values = names.map((_, i) => Math.round(1000 * Math.abs(Math.sin(i + 1))));

const element = document.getElementById('chart');
if (element) {
  echarts.init(element).setOption({
    aria: { enabled: true },
    grid: { left: 120, right: 40, top: 20, bottom: 20 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: names, inverse: true },
    series: [{ type: 'bar', data: values }],
  });
}

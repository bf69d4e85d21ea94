import { lazy, Suspense } from 'react';

import { type EChartProps, usesLineSeries } from './echart-props';

export type { ChartItemClick, EChartProps } from './echart-props';

// ECharts is most of the JavaScript: it loads in its own chunk while the tables (which carry the
// same numbers) are already on screen.
const EChartCanvas = lazy(() => import('./EChartCanvas'));
// Line charts (the trend view) also need the line series, in a chunk the first chart never waits for.
const LineEChartCanvas = lazy(() => import('./echarts-line').then(() => import('./EChartCanvas')));

/** An ECharts chart, loaded on demand; its space is reserved so the page does not jump. */
export function EChart(props: EChartProps) {
  const Canvas = usesLineSeries(props.option) ? LineEChartCanvas : EChartCanvas;
  return (
    <div className="chart" data-testid={props.testId} style={{ minHeight: props.height }}>
      <Suspense fallback={null}>
        <Canvas {...props} />
      </Suspense>
    </div>
  );
}

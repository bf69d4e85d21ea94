import { lazy, Suspense } from 'react';

import type { EChartProps } from './echart-props';

export type { ChartItemClick, EChartProps } from './echart-props';

// ECharts is most of the JavaScript: it loads in its own chunk while the tables (which carry the
// same numbers) are already on screen.
const EChartCanvas = lazy(() => import('./EChartCanvas'));

/** An ECharts chart, loaded on demand; its space is reserved so the page does not jump. */
export function EChart(props: EChartProps) {
  return (
    <div className="chart" data-testid={props.testId} style={{ minHeight: props.height }}>
      <Suspense fallback={null}>
        <EChartCanvas {...props} />
      </Suspense>
    </div>
  );
}

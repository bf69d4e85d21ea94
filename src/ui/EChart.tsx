import { lazy, Suspense } from 'react';

import type { EChartsOption } from './echarts-setup';

/** What a click on a bar, point or cell reports back. */
export interface ChartItemClick {
  readonly seriesIndex: number;
  readonly dataIndex: number;
}

export interface EChartProps {
  /** Built by a pure `build<X>Option` function. */
  readonly option: EChartsOption;
  /** Pixels; charts size their height to their rows so labels never overlap. */
  readonly height: number;
  readonly onItemClick?: (item: ChartItemClick) => void;
  readonly testId?: string;
}

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

import { type ComponentType, lazy, Suspense, useState } from 'react';

import { type EChartProps, usesLineSeries } from './echart-props';

export type { ChartItemClick, EChartProps } from './echart-props';

type Canvas = ComponentType<EChartProps>;

/** The canvas component once its chunk has arrived (a chart mounted after that draws at once). */
let loadedCanvas: Canvas | null = null;

/**
 * ECharts is most of the JavaScript: it loads in its own chunk while the tables (which carry the
 * same numbers) are already on screen. The entry asks for it early (main.tsx) when the page opens
 * on a chart.
 */
export function loadChartCanvas(): Promise<{ default: Canvas }> {
  return import('./EChartCanvas').then((module) => {
    loadedCanvas = module.default;
    return module;
  });
}

const LazyCanvas = lazy(loadChartCanvas);
// Line charts (the trend view) also need the line series, in a chunk the first chart never waits for.
const LineEChartCanvas = lazy(() => import('./echarts-line').then(loadChartCanvas));

/**
 * An ECharts chart, loaded on demand; its space is reserved so the page does not jump. When the
 * chart's code is here already, the canvas is mounted directly: a lazy component suspends once
 * even then, and the first chart would wait for another render and commit of the whole view.
 * Chosen once per chart, so that a chart is never mounted twice.
 */
export function EChart(props: EChartProps) {
  const [BarCanvas] = useState<Canvas>(() => loadedCanvas ?? LazyCanvas);
  const Canvas = usesLineSeries(props.option) ? LineEChartCanvas : BarCanvas;
  return (
    // The chart's height is this box's (the canvas fills it): its space is reserved while the code loads.
    // A canvas kept taller than the chart (keepTallerCanvas) is cut off at this box's bottom: neither seen nor clicked below it.
    <div
      className="chart"
      data-testid={props.testId}
      style={props.keepTallerCanvas ? { height: props.height, overflowY: 'clip' } : { height: props.height }}
    >
      <Suspense fallback={null}>
        <Canvas {...props} />
      </Suspense>
    </div>
  );
}

import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useMemo, useRef, useState } from 'react';

import type { EChartProps } from './echart-props';
import { echarts } from './echarts-setup';

let tooltipLoaded = false;

/** Loads the tooltip module once (see echarts-tooltip.ts). */
function loadTooltip(): Promise<void> {
  return import('./echarts-tooltip').then(() => {
    tooltipLoaded = true;
  });
}

/** Runs `task` once the browser is idle after painting (the first chart never waits for it). */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: 1000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 200);
  return () => window.clearTimeout(handle);
}

/**
 * An ECharts canvas, loaded lazily through {@link EChart}. The chart serves sighted mouse users:
 * every chart in this dashboard is paired with a `<table>` holding the same numbers and
 * keyboard-reachable source buttons. ECharts' `aria` option gives the canvas `role="img"` and a
 * description. The hover tooltip arrives after the first paint and the option is set again then.
 */
export default function EChartCanvas({ option, height, onItemClick }: EChartProps) {
  const chart = useRef<ReactEChartsCore>(null);
  const latestOption = useRef(option);
  const [tooltip, setTooltip] = useState(tooltipLoaded);
  useEffect(() => {
    latestOption.current = option;
  }, [option]);
  useEffect(() => {
    if (tooltip) return undefined;
    let live = true;
    const cancel = whenIdle(() => {
      void loadTooltip().then(() => {
        if (!live) return;
        chart.current?.getEchartsInstance().setOption(latestOption.current, { notMerge: true });
        setTooltip(true);
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [tooltip]);
  const onEvents = useMemo(
    () =>
      onItemClick
        ? {
            click: (params: { seriesIndex?: number; dataIndex?: number; componentType?: string }) => {
              if (params.componentType !== 'series') return;
              if (params.seriesIndex === undefined || params.dataIndex === undefined) return;
              onItemClick({ seriesIndex: params.seriesIndex, dataIndex: params.dataIndex });
            },
          }
        : undefined,
    [onItemClick],
  );
  return (
    <ReactEChartsCore
      ref={chart}
      echarts={echarts}
      option={option}
      notMerge
      lazyUpdate
      style={{ height, width: '100%' }}
      {...(onEvents ? { onEvents } : {})}
    />
  );
}

import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

import { whenIdle } from '../page/when-idle';
import type { EChartProps } from './echart-props';
import { echarts } from './echarts-setup';

let tooltipLoaded = false;

/** Loads the tooltip module once (see echarts-tooltip.ts). */
function loadTooltip(): Promise<void> {
  return import('./echarts-tooltip').then(() => {
    tooltipLoaded = true;
  });
}

/**
 * An ECharts canvas, loaded lazily through {@link EChart}. The chart serves sighted mouse users:
 * every chart in this dashboard is paired with a `<table>` holding the same numbers and
 * keyboard-reachable source buttons. ECharts' `aria` option gives the canvas `role="img"` and a
 * description. The hover tooltip arrives after the first paint and the option is set again then.
 *
 * Drawn through echarts-for-react (the project's chart binding). Its click handler is bound once and
 * reads the latest callback, so a view that passes a new callback on each render does not make the
 * binding unbind and rebind the chart's events.
 */
export default function EChartCanvas({ option, height, onItemClick }: EChartProps) {
  const chart = useRef<ReactEChartsCore>(null);
  const latestOption = useRef(option);
  const latestClick = useRef(onItemClick);
  const [tooltip, setTooltip] = useState(tooltipLoaded);
  useLayoutEffect(() => {
    latestOption.current = option;
    latestClick.current = onItemClick;
  }, [option, onItemClick]);
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
  const clickable = onItemClick !== undefined;
  const onEvents = useMemo(
    () =>
      clickable
        ? {
            click: (params: { seriesIndex?: number; dataIndex?: number; componentType?: string }) => {
              if (params.componentType !== 'series') return;
              if (params.seriesIndex === undefined || params.dataIndex === undefined) return;
              latestClick.current?.({ seriesIndex: params.seriesIndex, dataIndex: params.dataIndex });
            },
          }
        : undefined,
    [clickable],
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

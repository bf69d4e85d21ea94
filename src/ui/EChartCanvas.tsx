import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';

import type { EChartProps } from './echart-props';
import { echarts } from './echarts-setup';

/**
 * An ECharts canvas, loaded lazily through {@link EChart}. The chart serves sighted mouse users:
 * every chart in this dashboard is paired with a `<table>` holding the same numbers and
 * keyboard-reachable source buttons. ECharts' `aria` option gives the canvas `role="img"` and a
 * description.
 */
export default function EChartCanvas({ option, height, onItemClick }: EChartProps) {
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
      echarts={echarts}
      option={option}
      notMerge
      lazyUpdate
      style={{ height, width: '100%' }}
      {...(onEvents ? { onEvents } : {})}
    />
  );
}

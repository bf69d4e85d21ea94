import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';

import { echarts, type EChartsOption } from './echarts-setup';

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

/**
 * An ECharts canvas. The chart is decoration for sighted mouse users: every chart in this
 * dashboard is paired with a `<table>` holding the same numbers and keyboard-reachable source
 * buttons. ECharts' `aria` option gives the canvas `role="img"` and a description.
 */
export function EChart({ option, height, onItemClick, testId }: EChartProps) {
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
    <div className="chart" data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        style={{ height, width: '100%' }}
        {...(onEvents ? { onEvents } : {})}
      />
    </div>
  );
}

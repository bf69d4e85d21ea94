import { useEffect, useLayoutEffect, useRef, useState } from 'react';

import type { EChartProps } from './echart-props';
import { echarts } from './echarts-setup';
import { whenIdle } from './when-idle';

let tooltipLoaded = false;

/** Loads the tooltip module once (see echarts-tooltip.ts). */
function loadTooltip(): Promise<void> {
  return import('./echarts-tooltip').then(() => {
    tooltipLoaded = true;
  });
}

type Instance = ReturnType<typeof echarts.init>;

/** How long a box must keep its new size before the chart is redrawn to fit it. */
const RESIZE_SETTLE_MS = 250;

/** Whether the chart's box is no longer the size it was drawn at. */
const sizeChanged = (chart: Instance, host: HTMLElement) =>
  chart.getWidth() !== host.clientWidth || chart.getHeight() !== host.clientHeight;

/**
 * An ECharts canvas, loaded lazily through {@link EChart}. The chart serves sighted mouse users:
 * every chart in this dashboard is paired with a `<table>` holding the same numbers and
 * keyboard-reachable source buttons. ECharts' `aria` option gives the canvas `role="img"` and a
 * description. The hover tooltip arrives after the first paint and the option is set again then.
 *
 * ECharts is driven directly rather than through a wrapper: the chart is created once, drawn in
 * the same task as it is mounted (a wrapper that first draws an empty chart, waits for it and
 * creates it again doubled the first chart's work), given each new option in place, resized with
 * its box, and disposed when it leaves the page.
 */
export default function EChartCanvas({ option, height, onItemClick }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const instance = useRef<Instance | null>(null);
  const latestOption = useRef(option);
  const latestClick = useRef(onItemClick);
  const [tooltip, setTooltip] = useState(tooltipLoaded);

  // Created once; the click handler reads the latest callback, so a new one needs no rebinding.
  useLayoutEffect(() => {
    const host = element.current;
    if (!host) return undefined;
    const chart = echarts.init(host);
    instance.current = chart;
    chart.on('click', (params: { seriesIndex?: number; dataIndex?: number; componentType?: string }) => {
      if (params.componentType !== 'series') return;
      if (params.seriesIndex === undefined || params.dataIndex === undefined) return;
      latestClick.current?.({ seriesIndex: params.seriesIndex, dataIndex: params.dataIndex });
    });
    // A box that changes size (the source panel opening beside it, a narrower window) redraws the
    // chart to fit once it has stopped changing for a moment: redrawing a chart of fifty labelled
    // bars takes longer than a frame, and the source panel that narrowed it (or the window being
    // dragged) must be painted first, not after. A new option that changes the height is drawn at
    // its size at once (below).
    let pending: number | undefined;
    const observer =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => {
            window.clearTimeout(pending);
            pending = window.setTimeout(() => {
              if (sizeChanged(chart, host)) chart.resize();
            }, RESIZE_SETTLE_MS);
          })
        : null;
    observer?.observe(host);
    return () => {
      window.clearTimeout(pending);
      observer?.disconnect();
      instance.current = null;
      echarts.dispose(chart);
    };
  }, []);

  useLayoutEffect(() => {
    latestOption.current = option;
    latestClick.current = onItemClick;
  }, [option, onItemClick]);

  // Each option replaces the last (notMerge): a chart with fewer bars keeps none of the old ones.
  // When the box changed too (the height follows the rows), the option waits for the resize, so
  // that the chart is drawn once, at its new size.
  useLayoutEffect(() => {
    const chart = instance.current;
    const host = element.current;
    if (!chart || !host) return;
    if (sizeChanged(chart, host)) {
      chart.setOption(option, { notMerge: true, lazyUpdate: true });
      chart.resize();
    } else chart.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    if (tooltip) return undefined;
    let live = true;
    const cancel = whenIdle(() => {
      void loadTooltip().then(() => {
        if (!live) return;
        instance.current?.setOption(latestOption.current, { notMerge: true });
        setTooltip(true);
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [tooltip]);

  return <div ref={element} style={{ height, width: '100%' }} />;
}

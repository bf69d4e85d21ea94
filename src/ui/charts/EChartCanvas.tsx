import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

import { whenIdle } from '../page/when-idle';
import type { EChartProps } from './echart-props';
import { CHART_THEME, echarts, type EChartsOption } from './echarts-setup';

type ChartInstance = ReturnType<typeof echarts.init>;

let tooltipLoaded = false;

/** The chart's box fills its wrapper's (EChart.tsx sets the height). */
const FILL_BOX = { height: '100%', width: '100%' };

/** How long a box must keep its new size before the chart is redrawn to fit it. */
const RESIZE_SETTLE_MS = 250;

/**
 * Says what the chart shows to screen readers, as ECharts' aria component would (it is not loaded:
 * echarts-setup.ts): `role="img"` and the option's `aria.label.description` on the chart's element.
 */
function describeChart(element: HTMLElement, option: EChartsOption): void {
  const aria = Array.isArray(option.aria) ? option.aria[0] : option.aria;
  const description = aria?.enabled ? aria.label?.description : undefined;
  if (description === undefined) {
    element.removeAttribute('role');
    element.removeAttribute('aria-label');
    return;
  }
  element.setAttribute('role', 'img');
  element.setAttribute('aria-label', description);
}

/** Loads the tooltip module once (see echarts-tooltip.ts). */
function loadTooltip(): Promise<void> {
  return import('./echarts-tooltip').then(() => {
    tooltipLoaded = true;
  });
}

/**
 * Resizes a chart and lays it out anew, leaving the painting to the next frame. ECharts' resize
 * first repaints what the canvas shows at the new size, then lays out the option (the new one, set
 * just before) and paints that in the next frame: two paints of fifty labelled bars, the first
 * never seen (a third of a province switch's commit in the profile). Its groups are left out of
 * that first paint, as ECharts' own getDataURL leaves components out of an image.
 */
function resizeUnpainted(instance: ChartInstance, size: { width: number; height: number }): void {
  const shown = instance
    .getZr()
    .storage.getRoots()
    .filter((root) => !root.ignore);
  for (const root of shown) root.ignore = true;
  try {
    instance.resize(size);
  } finally {
    for (const root of shown) {
      root.ignore = false;
      root.markRedraw();
    }
  }
}

/**
 * An ECharts canvas, loaded lazily through {@link EChart}. The chart serves sighted mouse users:
 * every chart in this dashboard is paired with a `<table>` holding the same numbers and
 * keyboard-reachable source buttons. The option's `aria` description gives the chart `role="img"` and a
 * description. The hover tooltip arrives after the first paint and the option is set again then.
 *
 * Bound to ECharts here rather than through echarts-for-react, for the first chart's sake (issue 21):
 * that binding made a throwaway chart to learn its box's size, waited a frame for it to finish,
 * disposed of it, made the real one and set the option for the frame after — two frames and a
 * second start-up between the commit and the first bars. Here the chart is made once, at the size
 * its box has (the width read once, the height the one it is given), and its first option is drawn
 * in the commit that mounts it, so that it is on screen in the frame that shows the view. Later
 * options are drawn in the next frame (`lazyUpdate`), as before. Clicks are bound once and call the
 * latest callback, so a view that passes a new callback on each render binds nothing anew.
 */
export default function EChartCanvas({ option, height, onItemClick, mergeOptions = false }: EChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);
  /** The option the chart was last given (null: none yet, the next is its first draw). */
  const drawn = useRef<EChartsOption | null>(null);
  const latestOption = useRef(option);
  const latestClick = useRef(onItemClick);
  const initialHeight = useRef(height);
  const [tooltip, setTooltip] = useState(tooltipLoaded);
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    const instance = echarts.init(element, CHART_THEME, { width: element.clientWidth, height: initialHeight.current });
    instance.on('click', (params: { seriesIndex?: number; dataIndex?: number; componentType?: string }) => {
      if (params.componentType !== 'series') return;
      if (params.seriesIndex === undefined || params.dataIndex === undefined) return;
      latestClick.current?.({ seriesIndex: params.seriesIndex, dataIndex: params.dataIndex });
    });
    chart.current = instance;
    return () => {
      echarts.dispose(instance);
      chart.current = null;
      drawn.current = null;
    };
  }, []);
  useLayoutEffect(() => {
    latestOption.current = option;
    latestClick.current = onItemClick;
  }, [option, onItemClick]);
  useLayoutEffect(() => {
    const instance = chart.current;
    if (!instance || drawn.current === option) return;
    // The first option now (ECharts lays it out and paints it before this returns); the others in
    // the next frame, after the height effect below has sized the chart for them.
    instance.setOption(option, { notMerge: !mergeOptions, lazyUpdate: drawn.current !== null });
    drawn.current = option;
    if (host.current) describeChart(host.current, option);
  }, [option, mergeOptions]);
  useEffect(() => {
    if (tooltip) return undefined;
    let live = true;
    const cancel = whenIdle(() => {
      void loadTooltip().then(() => {
        if (!live) return;
        chart.current?.setOption(latestOption.current, { notMerge: true });
        setTooltip(true);
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [tooltip]);
  /** Redraws the chart to its box's size when it is not drawn at that size (and only then: a resize redraws all of it). */
  const fitToBox = useCallback(() => {
    const element = host.current;
    const instance = chart.current;
    if (element && instance && (instance.getWidth() !== element.clientWidth || instance.getHeight() !== element.clientHeight))
      resizeUnpainted(instance, { width: element.clientWidth, height: element.clientHeight });
  }, []);
  // A new height (the rows of a new option) is drawn at its size before the next paint, at the
  // width the chart has: never measured anew in the middle of the commit. A width that changed too
  // is caught by the observer below.
  useLayoutEffect(() => {
    const instance = chart.current;
    if (instance && instance.getHeight() !== height) resizeUnpainted(instance, { width: instance.getWidth(), height });
  }, [height]);
  useEffect(() => {
    const element = host.current;
    if (!element || typeof ResizeObserver !== 'function') return undefined;
    // A box that changes size otherwise (the source panel opening beside it, a narrower window)
    // redraws the chart to fit once it has kept its size for a moment: redrawing fifty labelled
    // bars takes longer than a frame, and the panel that narrowed it must be painted first.
    let pending: number | undefined;
    const observer = new ResizeObserver(() => {
      window.clearTimeout(pending);
      pending = window.setTimeout(fitToBox, RESIZE_SETTLE_MS);
    });
    observer.observe(element);
    return () => {
      window.clearTimeout(pending);
      observer.disconnect();
    };
  }, [fitToBox]);
  return <div ref={host} className="echart-canvas" style={FILL_BOX} />;
}

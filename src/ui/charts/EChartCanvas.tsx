import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

import { whenIdle } from '../page/when-idle';
import type { EChartProps } from './echart-props';
import { CHART_THEME, echarts, type EChartsOption } from './echarts-setup';

/** Whether echarts-later.ts (median lines, tooltip) is registered: a chart mounted after that draws with it at once. */
let laterLoaded = false;

/**
 * The binding's box fills the chart's (EChart.tsx sets the height). One object: the binding is a
 * PureComponent, and a new style re-rendered it, deep-compared the whole option and resized.
 */
const FILL_BOX = { height: '100%', width: '100%' };

/** At most how long after mounting a chart waits for an idle moment to load its median lines and tooltip (echarts-later.ts). */
const LATER_WITHIN_MS = 300;

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

/** Loads what the charts draw after the first (echarts-later.ts), once for every chart. */
let laterLoading: Promise<void> | undefined;
function loadLater(): Promise<void> {
  laterLoading ??= import('./echarts-later').then(() => {
    laterLoaded = true;
  });
  return laterLoading;
}

/**
 * Resizes a chart and lays it out anew, leaving the painting to the next frame. ECharts' resize
 * first repaints what the canvas shows at the new size, then lays out the option (the new one, set
 * just before) and paints that in the next frame: two paints of fifty labelled bars, the first
 * never seen (a third of a province switch's commit in the profile). Its groups are left out of
 * that first paint, as ECharts' own getDataURL leaves components out of an image.
 */
function resizeUnpainted(instance: ReturnType<typeof echarts.init>, size: { width: number; height: number }): void {
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
 * Draws the chart's first option at once. The binding makes a throwaway chart, waits a frame for it
 * to finish, makes the real one and sets the option lazily (`lazyUpdate`, which lets a switch's new
 * option and new height be laid out once): ECharts would lay it out and paint it only in the frame
 * after that, so the first chart waited a frame more (and for whatever task came between).
 * `setOption` of nothing, not lazily, lays out and paints the pending option now, in the frame the
 * real chart is made in; the binding calls this right after setting its first option.
 */
function drawFirstOption(instance: ReturnType<typeof echarts.init>): void {
  instance.setOption({}, { lazyUpdate: false });
}

/**
 * An ECharts canvas, loaded lazily through {@link EChart}. The chart serves sighted mouse users:
 * every chart in this dashboard is paired with a `<table>` holding the same numbers and
 * keyboard-reachable source buttons. The option's `aria` description gives the chart `role="img"` and a
 * description. The median lines and the hover tooltip arrive once the page is idle after its first paint, and the option is set again then.
 *
 * Drawn through echarts-for-react (the project's chart binding). Its click handler is bound once and
 * reads the latest callback, so a view that passes a new callback on each render does not make the
 * binding unbind and rebind the chart's events.
 */
export default function EChartCanvas({ option, height, onItemClick, mergeOptions = false, keepTallerCanvas = false }: EChartProps) {
  const chart = useRef<ReactEChartsCore>(null);
  const latestOption = useRef(option);
  const latestClick = useRef(onItemClick);
  const [later, setLater] = useState(laterLoaded);
  useLayoutEffect(() => {
    latestOption.current = option;
    latestClick.current = onItemClick;
  }, [option, onItemClick]);
  useLayoutEffect(() => {
    const element = chart.current?.ele;
    if (element) describeChart(element, option);
  }, [option]);
  // The median lines and the tooltip are asked for once the page is idle after the chart's first
  // paint, and the chart is drawn again with them (`notMerge`: its model built anew, now with their
  // components). Not at once on mounting: their code's arrival and that second draw (a full layout
  // of fifty labelled bars) would then land before the first paint as often as not. Within
  // LATER_WITHIN_MS at most, as a median line is part of what the chart shows.
  useEffect(() => {
    if (later) return undefined;
    let live = true;
    const cancel = whenIdle(() => {
      void loadLater().then(() => {
        if (!live) return;
        chart.current?.getEchartsInstance().setOption(latestOption.current, { notMerge: true });
        setLater(true);
      });
    }, LATER_WITHIN_MS);
    return () => {
      live = false;
      cancel();
    };
  }, [later]);
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
  /** Whether a canvas `drawn` px tall serves a chart `wanted` px tall: the same height, or (keepTallerCanvas) at least it. */
  const heightServes = useCallback(
    (drawn: number, wanted: number) => (keepTallerCanvas ? drawn >= wanted : drawn === wanted),
    [keepTallerCanvas],
  );
  /** Redraws the chart to its box's size when it is not drawn at that size (and only then: a resize redraws all of it). */
  const fitToBox = useCallback(() => {
    const host = chart.current?.ele;
    const instance = chart.current?.getEchartsInstance();
    // 'auto': the binding creates the chart with its first box's size fixed, which a bare resize() keeps.
    if (host && instance && (instance.getWidth() !== host.clientWidth || !heightServes(instance.getHeight(), host.clientHeight)))
      resizeUnpainted(instance, {
        width: host.clientWidth,
        height: Math.max(host.clientHeight, keepTallerCanvas ? instance.getHeight() : 0),
      });
  }, [heightServes, keepTallerCanvas]);
  // A new height (the rows of a new option) is drawn at its size before the next paint, at the
  // width the chart has. The binding is never asked (its box's style stays the same: the height is
  // the wrapper's, see EChart.tsx): it would resize to 'auto', and ECharts measures 'auto' by
  // hiding its canvas and reading the box, a layout of the page in the middle of the commit and
  // another once shown. A width that changed too is caught by the observer below.
  useLayoutEffect(() => {
    const instance = chart.current?.getEchartsInstance();
    if (instance && !heightServes(instance.getHeight(), height)) resizeUnpainted(instance, { width: instance.getWidth(), height });
  }, [height, heightServes]);
  useEffect(() => {
    const host = chart.current?.ele;
    if (!host || typeof ResizeObserver !== 'function') return undefined;
    // A box that changes size otherwise (the source panel opening beside it, a narrower window)
    // redraws the chart to fit once it has kept its size for a moment: redrawing fifty labelled
    // bars takes longer than a frame, and the panel that narrowed it must be painted first.
    let pending: number | undefined;
    const observer = new ResizeObserver(() => {
      window.clearTimeout(pending);
      pending = window.setTimeout(fitToBox, RESIZE_SETTLE_MS);
    });
    observer.observe(host);
    return () => {
      window.clearTimeout(pending);
      observer.disconnect();
    };
  }, [fitToBox]);
  return (
    <ReactEChartsCore
      ref={chart}
      echarts={echarts}
      theme={CHART_THEME}
      option={option}
      notMerge={!mergeOptions}
      lazyUpdate
      autoResize={false}
      onChartReady={drawFirstOption}
      style={FILL_BOX}
      {...(onEvents ? { onEvents } : {})}
    />
  );
}

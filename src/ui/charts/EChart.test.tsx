import { render, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

// Also registers cleanup and the element sizes jsdom lacks.
import { CHART_READY, chartOption, clickChartItem } from '../../../tests/fixtures/dataset/render';
import { EChart } from './EChart';
import { echarts, type EChartsOption } from './echarts-setup';

const option: EChartsOption = {
  animation: false,
  aria: { enabled: true, label: { description: '条形图:甲 1,乙 2。' } },
  xAxis: { type: 'value' },
  yAxis: { type: 'category', data: ['甲', '乙'] },
  series: [{ type: 'bar', data: [1, 2] }],
};

async function renderChart(onItemClick = vi.fn()) {
  const { getByTestId } = render(<EChart option={option} height={200} onItemClick={onItemClick} testId="chart" />);
  const host = getByTestId('chart');
  const element = await waitFor(
    () => {
      const found = host.querySelector<HTMLElement>('[_echarts_instance_]');
      if (!found) throw new Error('chart not mounted yet');
      return found;
    },
    { timeout: 5000 },
  );
  return { host, element, onItemClick };
}

describe('EChart', () => {
  it('reserves its height while ECharts loads, then mounts a described canvas', async () => {
    const { host, element } = await renderChart();
    expect(host.style.height).toBe('200px');
    await waitFor(() => expect(element).toHaveAttribute('role', 'img'));
    expect(element).toHaveAttribute('aria-label', '条形图:甲 1,乙 2。');
  });

  it('reports clicks on series items only', async () => {
    const { host, onItemClick } = await renderChart();
    await waitFor(() => {
      clickChartItem(host, { componentType: 'markLine', seriesIndex: 0, dataIndex: 0 });
      clickChartItem(host, { componentType: 'series', seriesIndex: 0, dataIndex: 1 });
      expect(onItemClick).toHaveBeenCalled();
    }, CHART_READY);
    expect(onItemClick.mock.calls.every(([item]) => item.dataIndex === 1 && item.seriesIndex === 0)).toBe(true);
  });

  it('draws each new option in place of the last, on the same instance, and calls the latest click handler', async () => {
    const first = vi.fn();
    const { getByTestId, rerender } = render(<EChart option={option} height={200} onItemClick={first} testId="chart" />);
    const host = getByTestId('chart');
    await waitFor(() => expect(chartOption(host)).toBeDefined(), CHART_READY);
    const element = host.querySelector('[_echarts_instance_]');
    const fewer: EChartsOption = { ...option, yAxis: { type: 'category', data: ['丙'] }, series: [{ type: 'bar', data: [3] }] };
    const second = vi.fn();
    rerender(<EChart option={fewer} height={120} onItemClick={second} testId="chart" />);
    const shown = chartOption(host) as { series: { data: unknown[] }[] };
    expect(shown.series).toHaveLength(1);
    expect(shown.series[0]?.data).toEqual([3]);
    expect(host.querySelector('[_echarts_instance_]')).toBe(element);
    // Redrawn at the new height before the next paint, at the width it had (never measured anew).
    const instance = echarts.getInstanceByDom(element as HTMLElement);
    expect(instance?.getHeight()).toBe(120);
    expect(host.style.height).toBe('120px');
    // Left out of the paint of the old chart at the new size only: every group is drawn again.
    const roots = instance?.getZr().storage.getRoots() ?? [];
    expect(roots.length).toBeGreaterThan(0);
    expect(roots.filter((root) => root.ignore)).toEqual([]);
    clickChartItem(host, { componentType: 'series', seriesIndex: 0, dataIndex: 0 });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ seriesIndex: 0, dataIndex: 0 });
  });

  it('lays out its first option as soon as the binding sets it, not in the frame after', async () => {
    // What each setOption left behind, looked at right after the call that made it returned
    // (a microtask: before any frame). The binding sets its first option lazily.
    const scratch = document.createElement('div');
    const prototype = Object.getPrototypeOf(echarts.init(scratch)) as { setOption: (...args: unknown[]) => void };
    echarts.dispose(scratch);
    const setOption = prototype.setOption;
    const laidOut: boolean[] = [];
    const spy = vi.spyOn(prototype, 'setOption').mockImplementation(function (this: ReturnType<typeof echarts.init>, ...args) {
      setOption.apply(this, args);
      queueMicrotask(() => laidOut.push(this.getZr().storage.getRoots().length > 0));
    });
    try {
      const { getByTestId } = render(<EChart option={option} height={200} testId="chart" />);
      await waitFor(() => expect(chartOption(getByTestId('chart'))).toBeDefined(), CHART_READY);
      await Promise.resolve();
      expect(laidOut.length).toBeGreaterThan(0);
      expect(laidOut.every(Boolean)).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  it('with keepTallerCanvas, draws a shorter chart in the canvas it has, cut off at its box, and grows the canvas for a taller one', async () => {
    const { getByTestId, rerender } = render(<EChart option={option} height={200} testId="chart" keepTallerCanvas />);
    const host = getByTestId('chart');
    await waitFor(() => expect(chartOption(host)).toBeDefined(), CHART_READY);
    const instance = echarts.getInstanceByDom(host.querySelector('[_echarts_instance_]') as HTMLElement)!;
    // The binding makes the canvas as tall as its first box measures (400 px in these tests' page).
    expect(instance.getHeight()).toBe(400);
    const heights = [];
    for (const height of [120, 300, 520, 200]) {
      rerender(<EChart option={option} height={height} testId="chart" keepTallerCanvas />);
      heights.push({ box: host.style.height, canvas: instance.getHeight() });
    }
    expect(heights).toEqual([
      { box: '120px', canvas: 400 },
      { box: '300px', canvas: 400 },
      { box: '520px', canvas: 520 },
      { box: '200px', canvas: 520 },
    ]);
    expect(host.style.overflowY).toBe('clip');
    // Without it, the canvas is the box's height, and nothing is cut off.
    rerender(<EChart option={option} height={120} testId="other" />);
    const other = getByTestId('other');
    await waitFor(() => expect(chartOption(other)).toBeDefined(), CHART_READY);
    expect(other.style.overflowY).toBe('');
    expect(instance.getHeight()).toBe(120);
  });

  it('says what each new option shows, and nothing for an option without a description', async () => {
    const { rerender, getByTestId } = render(<EChart option={option} height={200} testId="chart" />);
    const host = getByTestId('chart');
    await waitFor(
      () => expect(host.querySelector('[_echarts_instance_]')).toHaveAttribute('aria-label', '条形图:甲 1,乙 2。'),
      CHART_READY,
    );
    rerender(
      <EChart option={{ ...option, aria: { enabled: true, label: { description: '条形图:丙 3。' } } }} height={200} testId="chart" />,
    );
    const element = host.querySelector('[_echarts_instance_]');
    expect(element).toHaveAttribute('role', 'img');
    expect(element).toHaveAttribute('aria-label', '条形图:丙 3。');
    const { aria: _aria, ...undescribed } = option;
    rerender(<EChart option={undescribed} height={200} testId="chart" />);
    expect(element).not.toHaveAttribute('role');
    expect(element).not.toHaveAttribute('aria-label');
  });

  it('with mergeOptions, merges each new option into the chart, keeping its components; without, builds them anew', async () => {
    const fewer: EChartsOption = { ...option, yAxis: { type: 'category', data: ['丙'] }, series: [{ type: 'bar', data: [3] }] };
    const seriesModels = [];
    for (const mergeOptions of [true, false]) {
      const { getByTestId, rerender, unmount } = render(<EChart option={option} height={200} testId="chart" mergeOptions={mergeOptions} />);
      const host = getByTestId('chart');
      await waitFor(() => expect(chartOption(host)).toBeDefined(), CHART_READY);
      const instance = echarts.getInstanceByDom(host.querySelector('[_echarts_instance_]') as HTMLElement)!;
      // ECharts' model of the series (private in its types): a merged option updates it, a replaced one makes another.
      const seriesModel = () =>
        (instance as unknown as { getModel(): { getSeriesByIndex(i: number): object } }).getModel().getSeriesByIndex(0);
      const before = seriesModel();
      rerender(<EChart option={fewer} height={200} testId="chart" mergeOptions={mergeOptions} />);
      await waitFor(() => expect((chartOption(host) as { series: { data: unknown[] }[] }).series[0]?.data).toEqual([3]), CHART_READY);
      expect((chartOption(host) as { yAxis: { data: unknown[] }[] }).yAxis[0]?.data).toEqual(['丙']);
      seriesModels.push({ mergeOptions, kept: seriesModel() === before });
      unmount();
    }
    expect(seriesModels).toEqual([
      { mergeOptions: true, kept: true },
      { mergeOptions: false, kept: false },
    ]);
  });
});

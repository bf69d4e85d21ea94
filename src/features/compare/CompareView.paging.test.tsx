import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { manyPlaces } from '../../../tests/fixtures/dataset/fixture';
import { renderWithData } from '../../../tests/fixtures/dataset/render';
import { buildDataset } from '../../data/dataset';
import { uiStore } from '../../state/ui-store';
import { CompareView } from './CompareView';

// Thousands of rows render slowly in jsdom on a busy machine: a generous time limit, the same assertions.
describe('CompareView with thousands of places', { timeout: 30_000 }, () => {
  const dataset = buildDataset(manyPlaces(300));
  const reporting = 200;

  it('draws 50 bars at a time and pages the table by 100 rows, saying what is shown of how many', async () => {
    const user = userEvent.setup();
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases' } });
    expect(screen.getByTestId('compare-chart-showing')).toHaveTextContent(
      `图中显示第 1–50 个,共 ${reporting} 个报告该指标的地区;各组中位数按该组全部同类计算。`,
    );
    const table = screen.getByRole('table', { name: /法律援助案件/ });
    let rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(100);
    expect(rows[0]).toHaveTextContent('地0298县');
    const tablePager = screen.getByTestId('compare-table-pager');
    expect(tablePager).toHaveTextContent('第 1–100 项,共 300 项');
    expect(within(tablePager).getByRole('button', { name: '上一页' })).toBeDisabled();

    // Keyboard: the pager's buttons are real buttons.
    within(tablePager).getByRole('button', { name: '下一页' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('compare-table-pager')).toHaveTextContent('第 101–200 项,共 300 项');
    rows = within(screen.getByRole('table', { name: /法律援助案件/ }))
      .getAllByRole('row')
      .slice(1);
    expect(rows[0]).toHaveTextContent('地0148县');
    await user.click(within(screen.getByTestId('compare-table-pager')).getByRole('button', { name: '末页' }));
    rows = within(screen.getByRole('table', { name: /法律援助案件/ }))
      .getAllByRole('row')
      .slice(1);
    // The last page: the places without a value, named.
    expect(rows).toHaveLength(100);
    expect(rows[0]).toHaveTextContent('未报告');

    await user.click(within(screen.getByTestId('compare-chart-pager')).getByRole('button', { name: '下一页' }));
    expect(screen.getByTestId('compare-chart-showing')).toHaveTextContent('图中显示第 51–100 个');
  });

  it('opens the source of a bar on a later chart page', async () => {
    const user = userEvent.setup();
    const { clickChartItem } = await import('../../../tests/fixtures/dataset/render');
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases' } });
    await user.click(within(screen.getByTestId('compare-chart-pager')).getByRole('button', { name: '下一页' }));
    const chart = screen.getByTestId('compare-chart');
    await waitFor(
      () => {
        // Line 0 of the page is its group's header; line 1 the page's first bar.
        clickChartItem(chart, { componentType: 'series', seriesIndex: 0, dataIndex: 1 });
        // Rank 51: the 51st largest of 1000 + i over the reporting places.
        expect(uiStore.getState().source).toBe(
          `${dataset.index.reports.filter((r) => r.values['legal_aid.cases']).sort((a, b) => b.values['legal_aid.cases']!.value - a.values['legal_aid.cases']!.value)[50]!.id}/e001`,
        );
      },
      { timeout: 5000 },
    );
  });

  it('collapses a long 未报告 list, with its count, and starts again at the first page on a new filter', async () => {
    const user = userEvent.setup();
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases' } });
    const notReported = screen.getByTestId('not-reported');
    expect(notReported).toHaveTextContent('未报告(100)');
    expect(notReported).not.toHaveAttribute('open');
    expect(within(notReported).queryAllByRole('listitem')).toHaveLength(0);
    await user.click(within(notReported).getByText('未报告(100)'));
    await waitFor(() => expect(within(screen.getByTestId('not-reported')).getAllByRole('listitem')).toHaveLength(100));

    await user.click(within(screen.getByTestId('compare-table-pager')).getByRole('button', { name: '下一页' }));
    expect(screen.getByTestId('compare-table-pager')).toHaveTextContent('第 101–200 项');
    await user.click(screen.getByRole('radio', { name: '部门报告' }));
    expect(screen.queryByTestId('compare-table-pager')).toBeNull();
    await user.click(screen.getByRole('radio', { name: '全部' }));
    expect(screen.getByTestId('compare-table-pager')).toHaveTextContent('第 1–100 项');
  });

  it('updates the table in place on a new filter: the same row elements, its search, page and 未报告 list started again', async () => {
    const user = userEvent.setup();
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases' } });
    const firstRow = within(screen.getByTestId('compare-table')).getAllByRole('row')[1]!;
    expect(firstRow).toHaveTextContent('地0298县');
    // Each place's latest report: the same reports, another list, updated rather than built anew.
    act(() => uiStore.getState().setYear('latest'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('各地最新'));
    expect(within(screen.getByTestId('compare-table')).getAllByRole('row')[1]).toBe(firstRow);

    await user.click(within(screen.getByTestId('not-reported')).getByText('未报告(100)'));
    await waitFor(() => expect(screen.getByTestId('not-reported')).toHaveAttribute('open'));
    await user.type(screen.getByLabelText('在表格中查找地区'), '地0');
    await user.click(within(screen.getByTestId('compare-table-pager')).getByRole('button', { name: '下一页' }));
    expect(screen.getByTestId('compare-table-pager')).toHaveTextContent('第 101–200 项');
    act(() => uiStore.getState().setYear(null));
    await waitFor(() => expect(screen.getByLabelText('在表格中查找地区')).toHaveValue(''));
    expect(screen.getByTestId('compare-table-pager')).toHaveTextContent('第 1–100 项');
    expect(screen.getByTestId('not-reported')).not.toHaveAttribute('open');
  });

  it('exports an image of one page of bars that says which page it holds', async () => {
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return `blob:test/${saved.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases' } });
    await user.click(screen.getByText('导出与分享'));
    await user.click(await screen.findByRole('button', { name: 'SVG' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const svg = await saved[0]!.text();
    expect(svg).toContain(`第 1–50 项,共 ${reporting} 项`);
    vi.restoreAllMocks();
  });
});

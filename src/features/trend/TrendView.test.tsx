// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { clickChartItem, renderWithData } from '../../../tests/fixtures/dataset/render';
import { uiStore } from '../../state/ui-store';
import { TrendView } from './TrendView';

const dataset = fixtureDataset();

describe('TrendView', () => {
  it('shows a table of years with gaps, not interpolated values', () => {
    renderWithData(<TrendView dataset={dataset} />, { ui: { view: 'trend', indicator: 'legal_aid.cases' } });
    const rows = within(screen.getByRole('table', { name: /法律援助案件,各年度数值/ })).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      '地区 ▲20202021202220232024',
      ' 芙蓉区323 查看 芙蓉区 2020 年“法律援助案件”数值的来源—该年无报告约数 ≈350 查看 芙蓉区 2022 年“法律援助案件”数值的来源—该年无报告—该年无报告',
      ' 高陵区—该年无报告—该年无报告296 查看 高陵区 2022 年“法律援助案件”数值的来源—该年无报告未报告',
      ' 嘉祥县—该年无报告—该年无报告—该年无报告2,138 查看 嘉祥县 2023 年“法律援助案件”数值的来源—该年无报告',
    ]);
    expect(screen.getByTestId('trend-per-year')).toHaveTextContent('2020 年 1/1;2021 年 0/0;2022 年 2/2;2023 年 1/1;2024 年 0/1');
    expect(within(screen.getByTestId('trend-legend')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      ' 芙蓉区',
      ' 高陵区 (仅一年有数值)',
      ' 嘉祥县 (仅一年有数值)',
      '○ 推算值(由报告中的其他数字计算得出)',
    ]);
    expect(screen.getByText('未选择地区时,显示所有报告过该指标的地区。')).toBeInTheDocument();
  });

  it('searches and picks jurisdictions, written to the store as `j`', async () => {
    const user = userEvent.setup();
    renderWithData(<TrendView dataset={dataset} />, { ui: { view: 'trend', indicator: 'legal_aid.cases' } });
    await user.type(screen.getByRole('searchbox', { name: '搜索地区' }), '贵州');
    const options = screen.getAllByRole('checkbox');
    expect(options).toHaveLength(1);
    await user.click(options[0]!);
    expect(uiStore.getState().jurisdictions).toEqual(['430102', '610117', '370829', 'x-520330-taolin']);
    const taolin = within(screen.getByRole('table', { name: /法律援助案件,各年度数值/ })).getByRole('row', { name: /桃林镇/ });
    expect(taolin).toHaveTextContent('未报告');
    // Checked, but with no value to draw: the picker says so.
    expect(screen.getByRole('checkbox', { name: /桃林镇/ })).toHaveAccessibleName(/无数值,未绘制/);
  });

  it('opens the source of the point that was clicked, and ignores gaps', async () => {
    renderWithData(<TrendView dataset={dataset} />, {
      ui: { view: 'trend', indicator: 'legal_aid.cases', jurisdictions: ['430102', '370829'] },
    });
    const chart = await screen.findByTestId('trend-chart');
    await waitFor(() => {
      // 芙蓉区 (series 0) in 2021 (index 1) is a gap: nothing to open.
      clickChartItem(chart, { componentType: 'series', seriesIndex: 0, dataIndex: 1 });
      // 嘉祥县 (series 1) in 2023 (index 3).
      clickChartItem(chart, { componentType: 'series', seriesIndex: 1, dataIndex: 3 });
      expect(uiStore.getState().source).toBe('370829-2023/e001');
    }, { timeout: 5000 });
  });

  it('opens a point’s source from the table', async () => {
    const user = userEvent.setup();
    renderWithData(<TrendView dataset={dataset} />, {
      ui: { view: 'trend', indicator: 'legal_aid.cases', jurisdictions: ['430102'] },
    });
    await user.click(screen.getByRole('button', { name: /^323 查看 芙蓉区 2020 年/ }));
    expect(uiStore.getState().source).toBe('430102-2020/e002');
  });

  it('finds places by pinyin and initials', async () => {
    const user = userEvent.setup();
    renderWithData(<TrendView dataset={dataset} />, { ui: { view: 'trend', indicator: 'legal_aid.cases' } });
    const search = screen.getByRole('searchbox', { name: '搜索地区' });
    await user.type(search, 'gaoling');
    await waitFor(() => expect(screen.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent?.split(' ')[1])).toEqual(['高陵区']), { timeout: 5000 });
    await user.clear(search);
    await user.type(search, 'gl');
    await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(1));
  });

  it('sorts the table by name either way', async () => {
    const user = userEvent.setup();
    renderWithData(<TrendView dataset={dataset} />, { ui: { view: 'trend', indicator: 'legal_aid.cases' } });
    const table = screen.getByRole('table', { name: /法律援助案件,各年度数值/ });
    await user.click(within(within(table).getByRole('columnheader', { name: /地区/ })).getByRole('button'));
    expect(uiStore.getState().sort).toEqual({ key: 'name', descending: true });
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent?.trim())).toEqual(['嘉祥县', '高陵区', '芙蓉区']);
  });
});

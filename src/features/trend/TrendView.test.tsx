import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { fixtureDataset, manyPlaces } from '../../../tests/fixtures/dataset/fixture';
import { pickerOptions, placeSearchOverrides } from '../../../tests/fixtures/dataset/place-search';
import { clickChartItem, renderWithData } from '../../../tests/fixtures/dataset/render';
import { buildDataset } from '../../data/dataset';
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
    expect(
      within(screen.getByTestId('trend-legend'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([' 芙蓉区', ' 高陵区 (仅一年有数值)', ' 嘉祥县 (仅一年有数值)', '○ 推算值(由报告中的其他数字计算得出)']);
    // Nothing is ticked on the user's behalf: no chip, and the page says what it shows instead.
    expect(screen.queryByRole('group', { name: '已选的地方' })).toBeNull();
    expect(screen.getByTestId('trend-places-note')).toHaveTextContent(
      '未选择地区:显示报告过这一指标的全部 3 个地区,按级别和名称排列,每页 8 个。',
    );
    expect(screen.queryByTestId('trend-pager')).toBeNull();
  });

  it('picks places by pinyin as chips, written to the store as `j`, and clears them all', async () => {
    const user = userEvent.setup();
    renderWithData(<TrendView dataset={dataset} />, {
      ui: { view: 'trend', indicator: 'legal_aid.cases' },
      overrides: placeSearchOverrides(),
    });
    const box = await screen.findByRole('combobox', { name: '选择地区' });
    await user.type(box, 'taolin');
    await user.click(await screen.findByRole('option', { name: /桃林镇/ }));
    // Only what was chosen: 桃林镇 alone, not added to a default selection.
    expect(uiStore.getState().jurisdictions).toEqual(['x-520330-taolin']);
    const table = () => screen.getByRole('table', { name: /法律援助案件,各年度数值/ });
    expect(
      within(table())
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent?.trim()),
    ).toEqual(['桃林镇']);
    expect(within(table()).getByRole('row', { name: /桃林镇/ })).toHaveTextContent('未报告');
    expect(screen.queryByTestId('trend-places-note')).toBeNull();
    await user.clear(box);
    await user.type(box, 'frq');
    await pickerOptions();
    await user.keyboard('{Enter}');
    expect(uiStore.getState().jurisdictions).toEqual(['x-520330-taolin', '430102']);
    const chips = screen.getByRole('group', { name: '已选的地方' });
    expect(
      within(chips)
        .getAllByRole('button', { name: /^移除/ })
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(['移除“桃林镇”', '移除“芙蓉区”']);
    await user.click(within(chips).getByRole('button', { name: '清除全部' }));
    expect(uiStore.getState().jurisdictions).toEqual([]);
    expect(screen.getByTestId('trend-places-note')).toHaveTextContent('全部 3 个地区');
  });

  it('shows the places of the province filter when none is chosen, and says so', () => {
    renderWithData(<TrendView dataset={dataset} />, { ui: { view: 'trend', indicator: 'legal_aid.cases', province: '陕西省' } });
    expect(screen.getByTestId('trend-places-note')).toHaveTextContent('未选择地区:显示陕西省报告过这一指标的全部 1 个地区');
    expect(
      within(screen.getByRole('table', { name: /法律援助案件,各年度数值/ }))
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent?.trim()),
    ).toEqual(['高陵区']);
  });

  it('pages every reporting place, 8 at a time, instead of showing the first 8 by name', async () => {
    const user = userEvent.setup();
    // 20 places, every third without a legal-aid value: 14 reported it.
    renderWithData(<TrendView dataset={buildDataset(manyPlaces(20))} />, { ui: { view: 'trend', indicator: 'legal_aid.cases' } });
    expect(screen.getByTestId('trend-places-note')).toHaveTextContent('全部 14 个地区');
    const rowNames = () =>
      within(screen.getByRole('table', { name: /法律援助案件,各年度数值/ }))
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent?.trim());
    expect(rowNames()).toEqual(['地0000县', '地0001县', '地0003县', '地0004县', '地0006县', '地0007县', '地0009县', '地0010县']);
    const pager = screen.getByTestId('trend-pager');
    expect(pager).toHaveTextContent('第 1–8 项,共 14 项');
    await user.click(within(pager).getByRole('button', { name: '下一页' }));
    expect(screen.getByTestId('trend-pager')).toHaveTextContent('第 9–14 项,共 14 项');
    expect(rowNames()).toEqual(['地0012县', '地0013县', '地0015县', '地0016县', '地0018县', '地0019县']);
  });

  it('opens the source of the point that was clicked, and ignores gaps', async () => {
    renderWithData(<TrendView dataset={dataset} />, {
      ui: { view: 'trend', indicator: 'legal_aid.cases', jurisdictions: ['430102', '370829'] },
    });
    const chart = await screen.findByTestId('trend-chart');
    await waitFor(
      () => {
        // 芙蓉区 (series 0) in 2021 (index 1) is a gap: nothing to open.
        clickChartItem(chart, { componentType: 'series', seriesIndex: 0, dataIndex: 1 });
        // 嘉祥县 (series 1) in 2023 (index 3).
        clickChartItem(chart, { componentType: 'series', seriesIndex: 1, dataIndex: 3 });
        expect(uiStore.getState().source).toBe('370829-2023/e001');
      },
      { timeout: 5000 },
    );
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
    renderWithData(<TrendView dataset={dataset} />, {
      ui: { view: 'trend', indicator: 'legal_aid.cases' },
      overrides: placeSearchOverrides(),
    });
    const box = await screen.findByRole('combobox', { name: '选择地区' });
    await user.type(box, 'gaoling');
    expect((await pickerOptions()).map((option) => option.textContent)).toEqual(['高陵区 陕西省 · 西安市']);
    await user.clear(box);
    await user.type(box, 'gl');
    expect(
      within(screen.getByRole('listbox', { name: '匹配的地方' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['高陵区 陕西省 · 西安市']);
  });

  it('sorts the table by name either way', async () => {
    const user = userEvent.setup();
    renderWithData(<TrendView dataset={dataset} />, { ui: { view: 'trend', indicator: 'legal_aid.cases' } });
    const table = screen.getByRole('table', { name: /法律援助案件,各年度数值/ });
    await user.click(within(within(table).getByRole('columnheader', { name: /地区/ })).getByRole('button'));
    expect(uiStore.getState().sort).toEqual({ key: 'name', descending: true });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent?.trim()),
    ).toEqual(['嘉祥县', '高陵区', '芙蓉区']);
  });

  it('starts the axis at 0 and draws a median line on request, both kept in the store (URL keys zero, median)', async () => {
    const user = userEvent.setup();
    renderWithData(<TrendView dataset={dataset} />, {
      ui: { view: 'trend', indicator: 'legal_aid.cases', jurisdictions: ['430102', '610117'] },
    });
    await user.click(screen.getByRole('checkbox', { name: '纵轴从 0 开始' }));
    expect(uiStore.getState().trendZero).toBe(true);
    await user.selectOptions(screen.getByRole('combobox', { name: '中位数线' }), 'peers');
    expect(uiStore.getState().trendMedian).toBe('peers');
    expect(screen.getByTestId('trend-legend-median')).toHaveTextContent('中位数:全部区级地区');
    // 芙蓉区 (湖南) and 高陵区 (陕西): no one province to take the median of.
    await user.selectOptions(screen.getByRole('combobox', { name: '中位数线' }), 'province');
    expect(screen.getByTestId('trend-median-missing')).toHaveTextContent('分属多个省份');
    expect(screen.queryByTestId('trend-legend-median')).toBeNull();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { pickerOptions, placeSearchOverrides } from '../../../tests/fixtures/dataset/place-search';
import { chartOption, clickChartItem, renderWithData } from '../../../tests/fixtures/dataset/render';
import { uiStore } from '../../state/ui-store';
import { CompareView } from './CompareView';

const dataset = fixtureDataset();
const table = () => screen.getByRole('table', { name: /法律援助案件|调解|行政复议/ });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const chartReady = { timeout: 5000 };

describe('CompareView', () => {
  it('opens on one year, the latest the most places reported, and says why', () => {
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases' } });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('法律援助案件 · 2022');
    expect(screen.getByTestId('compare-notes')).toHaveTextContent('默认比较 2022 年:报告地区最多的年份(4 个地区)');
    expect(bodyRows().map((row) => row.textContent)).toEqual([
      // Rank and peer median of 区 2022 (governments): 芙蓉区 and 高陵区.
      '芙蓉区2022区约数 ≈3501/2323查看来源',
      '高陵区2022区2962/2323查看来源',
      '嘉祥县该年无报告县该年无报告——',
      '桃林镇2022镇未报告——',
      '淄博高新区部门报告2022开发区未报告——',
    ]);
    expect(screen.getByTestId('not-reported')).toHaveTextContent('未报告(3)');
  });

  it('draws the same median in the chart as the table and the tooltip give', async () => {
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases' } });
    const chart = await screen.findByTestId('compare-chart');
    const option = await waitFor(() => chartOption(chart), chartReady);
    const [bars] = option.series as { markLine: { data: { xAxis?: number; coord?: number[] }[][] } }[];
    const medians = bars!.markLine.data.map((segment) => segment.map((point) => point.xAxis ?? point.coord?.[0]));
    expect(medians).toEqual([[323, 323]]);
    const medianCells = bodyRows()
      .slice(0, 2)
      .map((row) => within(row).getAllByRole('cell')[4]!.textContent);
    expect(medianCells).toEqual(['323', '323']);
    // The hover tooltip arrives after the first paint (its module loads when the browser is idle).
    const tooltip = await waitFor(() => {
      const [first] = chartOption(chart).tooltip as { formatter: (p: unknown) => string }[];
      if (!first) throw new Error('no tooltip yet');
      return first;
    }, chartReady);
    expect(tooltip.formatter({ dataIndex: 1 })).toContain('同类中位数 323 件');
  });

  it('draws no single median over mixed groups', async () => {
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'mediation.succeeded' } });
    expect(screen.getByTestId('compare-notes')).toHaveTextContent('图中地区分属 3 个同类组');
    const option = await waitFor(() => chartOption(screen.getByTestId('compare-chart')), chartReady);
    const [bars] = option.series as { markLine?: { data: unknown[] } }[];
    expect(bars!.markLine?.data ?? []).toEqual([]);
  });

  it('opens the source of the bar that was clicked', async () => {
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases' } });
    const chart = await screen.findByTestId('compare-chart');
    await waitFor(() => {
      // Line 0 is the group's header; line 2 the second bar: 高陵区.
      clickChartItem(chart, { componentType: 'series', seriesIndex: 0, dataIndex: 2 });
      expect(uiStore.getState().source).toBe('610117-2022/e003');
    }, chartReady);
  });

  it('opens a value’s source from the table by keyboard', async () => {
    const user = userEvent.setup();
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases', year: 'latest' } });
    const button = screen.getByRole('button', { name: '查看 嘉祥县 2023 年“法律援助案件”数值的来源' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(uiStore.getState().source).toBe('370829-2023/e001');
  });

  it('shows each place’s latest report only when asked, with its year on every row', async () => {
    const user = userEvent.setup();
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases' } });
    await user.selectOptions(screen.getByRole('combobox', { name: '年份' }), '各地最新一年(年份不同)');
    expect(uiStore.getState().year).toBe('latest');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('各地最新一年(年份不同)');
    expect(screen.getByTestId('compare-notes')).toHaveTextContent('报告年份不同(2022–2023)');
    expect(
      bodyRows()
        .slice(0, 2)
        .map((row) => within(row).getAllByRole('cell')[0]!.textContent),
    ).toEqual(['2023', '2022']);
  });

  it('marks the values measured in a variant wording, and counts them', () => {
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'mediation.success_rate' } });
    expect(screen.getByTestId('compare-notes')).toHaveTextContent('3 个数值中有 1 个按“化解率”口径计量(※)');
    const gaoling = within(table()).getByRole('row', { name: /高陵区/ });
    expect(within(gaoling).getByTestId('variant-mark')).toHaveTextContent(/^※ .*化解率/);
    expect(within(gaoling).getByTestId('variant-mark')).toHaveAttribute('title', '按“化解率”口径');
    const furong = within(table()).getByRole('row', { name: /芙蓉区/ });
    expect(within(furong).queryByTestId('variant-mark')).toBeNull();
  });

  it('shows the extractor’s warning beside the value in the table', () => {
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'review.concluded' } });
    const gaoling = within(table()).getByRole('row', { name: /高陵区/ });
    expect(within(gaoling).getByTestId('value-warning')).toHaveTextContent('行政复议办结 49 件多于受理 46 件');
  });

  it('sorts the table by a column, and says so', async () => {
    const user = userEvent.setup();
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases' } });
    const valueHeader = within(table()).getByRole('columnheader', { name: /数值/ });
    await user.click(within(valueHeader).getByRole('button'));
    expect(uiStore.getState().sort).toEqual({ key: 'value', descending: true });
    expect(valueHeader).toHaveAttribute('aria-sort', 'descending');
    await user.click(within(valueHeader).getByRole('button'));
    expect(within(table()).getByRole('columnheader', { name: /数值/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(
      bodyRows()
        .slice(0, 2)
        .map((row) => within(row).getByRole('rowheader').textContent),
    ).toEqual(['高陵区', '芙蓉区']);
  });

  it('finds a place in the table by its pinyin or initials', async () => {
    const user = userEvent.setup();
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases' } });
    const search = screen.getByRole('searchbox', { name: '在表格中查找地区' });
    await user.type(search, 'gl');
    await waitFor(() => expect(bodyRows().map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['高陵区']), chartReady);
    await user.clear(search);
    await user.type(search, 'gaoling');
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(screen.getByRole('status')).toHaveTextContent('找到 1 个地区');
  });

  it('filters by level, body and city through the store', async () => {
    const user = userEvent.setup();
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'mediation.succeeded' } });
    await user.click(screen.getByRole('radio', { name: '镇' }));
    expect(uiStore.getState().level).toBe('镇');
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(screen.getByText('另有 4 个地区不符合筛选条件,未列出。')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '全部层级' }));
    await user.click(screen.getByRole('radio', { name: '部门报告' }));
    expect(uiStore.getState().body).toBe('department');
    expect(bodyRows().map((row) => row.textContent)).toEqual(['淄博高新区部门报告2022开发区1741/1—查看来源']);
    await user.click(screen.getByRole('radio', { name: '全部' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '地级市' }), '西安市 (陕西省)');
    expect(uiStore.getState().city).toBe('西安市');
    expect(bodyRows().map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['高陵区']);
  });

  it('lists the indicators no place reports apart, after the others', async () => {
    const user = userEvent.setup();
    renderWithData(<CompareView dataset={dataset} />);
    const picker = screen.getByRole('combobox', { name: '指标' });
    expect(picker).toHaveValue('mediation.succeeded');
    const groups = within(picker).getAllByRole('group');
    expect(groups.at(-1)).toHaveAttribute('label', expect.stringMatching(/^无地区报告的指标/));
    for (const option of within(groups.at(-1)!).getAllByRole('option')) expect(option).toHaveTextContent('(0/5 地报告)');
    for (const group of groups.slice(0, -1))
      for (const option of within(group).getAllByRole('option')) expect(option).not.toHaveTextContent('(0/5 地报告)');
    await user.selectOptions(picker, 'legal_aid.cases');
    expect(uiStore.getState().indicator).toBe('legal_aid.cases');
  });

  it('shows counts per 10,000 residents from the population table, with its source, and says who has none', async () => {
    const user = userEvent.setup();
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases', year: 'latest' } });
    await user.click(screen.getByRole('checkbox', { name: '按每万人计' }));
    expect(uiStore.getState().perCapita).toBe(true);
    const notes = screen.getByTestId('compare-notes');
    await waitFor(() => expect(notes).toHaveTextContent('人口来自 tests/fixtures/dataset/population.csv:测试数据'));
    expect(notes).toHaveTextContent('1 个地区没有人口数据,未列入图表:嘉祥县');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('每万人');
    // The table follows the chart by a render (CompareView's deferred rows).
    await waitFor(() => expect(within(table()).getByRole('row', { name: /芙蓉区/ })).toHaveTextContent('报告值 约数 ≈350'));
    // ≈350 cases over 700,000 residents.
    expect(within(table()).getByRole('row', { name: /芙蓉区/ })).toHaveTextContent('5');
    expect(within(table()).getByRole('row', { name: /嘉祥县/ })).toHaveTextContent('无人口数据');
  });

  it('offers per 10,000 residents for counts only', () => {
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'mediation.success_rate' } });
    expect(screen.getByRole('checkbox', { name: /按每万人计/ })).toBeDisabled();
  });

  it('highlights places chosen by pinyin in the chart and the table, says where each stands, and clears them', async () => {
    const user = userEvent.setup();
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases' }, overrides: placeSearchOverrides() });
    const box = await screen.findByRole('combobox', { name: '突出显示地区' });
    await user.type(box, 'gaoling');
    await pickerOptions();
    await user.keyboard('{Enter}');
    await user.clear(box);
    await user.type(box, 'jx');
    await pickerOptions();
    await user.keyboard('{Enter}');
    expect(uiStore.getState().jurisdictions).toEqual(['610117', '370829']);
    expect(within(screen.getByRole('group', { name: '已选的地方' })).getAllByRole('button', { name: /^移除/ })).toHaveLength(2);
    expect(
      within(screen.getByTestId('compare-highlighted'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['★ 高陵区:2/2', '★ 嘉祥县:该年无报告']);
    const highlighted = bodyRows().filter((row) => row.classList.contains('highlighted'));
    expect(highlighted.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '★ (已突出显示)高陵区',
      '★ (已突出显示)嘉祥县',
    ]);
    const chart = await screen.findByTestId('compare-chart');
    await waitFor(
      () =>
        expect((chartOption(chart).yAxis as { data: string[] }[])[0]!.data.filter((label) => label.includes('★'))).toEqual([
          expect.stringMatching(/^\{name\|★ 高陵区\}/),
        ]),
      chartReady,
    );
    await user.click(screen.getByRole('button', { name: '清除全部' }));
    expect(uiStore.getState().jurisdictions).toEqual([]);
    expect(screen.queryByTestId('compare-highlighted')).toBeNull();
    expect(bodyRows().filter((row) => row.classList.contains('highlighted'))).toEqual([]);
  });
});

// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { clickChartItem, renderWithData } from '../../../tests/fixtures/dataset/render';
import { uiStore } from '../../state/ui-store';
import { CompareView } from './CompareView';

afterEach(() => vi.unstubAllGlobals());

const dataset = fixtureDataset();

describe('CompareView', () => {
  it('renders a chart and a table with the same numbers, not-reported jurisdictions listed', () => {
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases' } });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('法律援助案件 · 各地最新一年');
    expect(screen.getByTestId('compare-chart')).toBeInTheDocument();
    const rows = within(screen.getByTestId('compare-table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      // Rank and median among peers (same year, level, kind of body): 芙蓉区 2022 with 高陵区 2022.
      '嘉祥县2023县2,1381/1—查看来源',
      '芙蓉区2022区约数 ≈3501/2323查看来源',
      '高陵区2024区未报告——',
      '桃林镇2022镇未报告——',
      '淄博高新区部门报告2022开发区未报告——',
    ]);
    expect(screen.getByTestId('not-reported')).toHaveTextContent('未报告(3)');
  });

  it('opens the source of the bar that was clicked', async () => {
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases' } });
    const chart = await screen.findByTestId('compare-chart');
    await waitFor(() => {
      // The second bar from the top: 芙蓉区, drawn second because it is second largest.
      clickChartItem(chart, { componentType: 'series', seriesIndex: 0, dataIndex: 1 });
      expect(uiStore.getState().source).toBe('430102-2022/e003');
    });
  });

  it('opens a value’s source from the table by keyboard', async () => {
    const user = userEvent.setup();
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases' } });
    const button = screen.getByRole('button', { name: '查看 嘉祥县 2023 年“法律援助案件”数值的来源' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(uiStore.getState().source).toBe('370829-2023/e001');
  });

  it('filters by level and body through the store', async () => {
    const user = userEvent.setup();
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'mediation.succeeded' } });
    await user.click(screen.getByRole('radio', { name: '镇' }));
    expect(uiStore.getState().level).toBe('镇');
    await waitFor(() =>
      expect(within(screen.getByTestId('compare-table')).getAllByRole('row')).toHaveLength(2),
    );
    expect(screen.getByText('另有 4 个地区不符合筛选条件,未列出。')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '全部层级' }));
    await user.click(screen.getByRole('radio', { name: '部门报告' }));
    expect(uiStore.getState().body).toBe('department');
    const rows = within(screen.getByTestId('compare-table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['淄博高新区部门报告2022开发区1741/1—查看来源']);
  });

  it('picks an indicator from theme groups with headline indicators first', async () => {
    const user = userEvent.setup();
    renderWithData(<CompareView dataset={dataset} />);
    const picker = screen.getByRole('combobox', { name: '指标' });
    expect(picker).toHaveValue('mediation.succeeded');
    const groups = within(picker).getAllByRole('group');
    expect(groups[0]).toHaveAttribute('label', '行政诉讼');
    expect(within(groups[2]!).getAllByRole('option')[0]).toHaveTextContent('★ 调解成功数 (3/5 地报告)');
    await user.selectOptions(picker, 'legal_aid.cases');
    expect(uiStore.getState().indicator).toBe('legal_aid.cases');
  });

  it('shows the indicator definition one tap away', async () => {
    const user = userEvent.setup();
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'legal_aid.cases' } });
    const tip = screen.getByRole('button', { name: '查看“法律援助案件”的定义' });
    expect(tip).toHaveAttribute('aria-expanded', 'false');
    await user.click(tip);
    expect(tip).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('受理、办理或办结的法律援助案件数。');
    await user.keyboard('{Escape}');
    expect(tip).toHaveAttribute('aria-expanded', 'false');
  });

  it('marks a derived value in the table', () => {
    renderWithData(<CompareView dataset={dataset} />, { ui: { indicator: 'mediation.success_rate' } });
    const first = within(screen.getByTestId('compare-table')).getAllByRole('row')[1]!;
    expect(first).toHaveTextContent('95.83推算');
  });
});

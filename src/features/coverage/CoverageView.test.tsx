// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { fixtureDataset, manyPlaces } from '../../../tests/fixtures/dataset/fixture';
import { renderWithData } from '../../../tests/fixtures/dataset/render';
import { buildDataset } from '../../data/dataset';
import { uiStore } from '../../state/ui-store';
import { CoverageView } from './CoverageView';

const dataset = fixtureDataset();

describe('CoverageView', () => {
  it('shows each cell’s value or 未报告 and counts coverage per indicator and per jurisdiction', () => {
    renderWithData(<CoverageView dataset={dataset} />, { ui: { view: 'coverage' } });
    const table = screen.getByTestId('coverage-table');
    const header = within(table).getAllByRole('row')[0]!;
    expect(header).toHaveTextContent('芙蓉区2022高陵区2024嘉祥县2023桃林镇2022淄博高新区2022部门报告');
    const appearance = within(table).getByRole('row', { name: /行政机关负责人出庭应诉率/ });
    expect(within(appearance).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '未报告',
      '未报告',
      '未报告',
      '未报告',
      '100 查看来源',
      '1/5',
    ]);
    const footer = within(table).getByRole('row', { name: /报告的指标数/ });
    expect(within(footer).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      `5/${dataset.indicators.length}`,
      `2/${dataset.indicators.length}`,
      `5/${dataset.indicators.length}`,
      `3/${dataset.indicators.length}`,
      `4/${dataset.indicators.length}`,
      '',
    ]);
  });

  it('colours values on a scale per indicator', () => {
    renderWithData(<CoverageView dataset={dataset} />, { ui: { view: 'coverage' } });
    const row = screen.getByRole('row', { name: /调解成功数/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]!.style.background).not.toBe('');
    expect(cells[1]!.style.background).toBe('');
  });

  it('opens a cell’s source', async () => {
    const user = userEvent.setup();
    renderWithData(<CoverageView dataset={dataset} />, { ui: { view: 'coverage', year: 2020 } });
    const row = screen.getByRole('row', { name: /法律援助案件/ });
    await user.click(within(row).getByRole('button', { name: /^323\s?查看来源$/ }));
    expect(uiStore.getState().source).toBe('430102-2020/e002');
  });
});

describe('CoverageView with thousands of places', () => {
  const many = buildDataset(manyPlaces(120));

  it('shows 50 jurisdictions at a time with the total, counts over all of them', async () => {
    const user = userEvent.setup();
    renderWithData(<CoverageView dataset={many} />, { ui: { view: 'coverage' } });
    const pager = screen.getByTestId('coverage-pager');
    expect(pager).toHaveTextContent('第 1–50 项,共 120 项');
    const table = screen.getByTestId('coverage-table');
    expect(within(table).getAllByRole('row')[0]!.querySelectorAll('th.coverage-jurisdiction')).toHaveLength(50);
    const legalAid = within(table).getByRole('row', { name: /法律援助案件/ });
    // 50 cells and the count over all 120 places (every third has no value).
    expect(within(legalAid).getAllByRole('cell')).toHaveLength(51);
    expect(within(legalAid).getAllByRole('cell').at(-1)).toHaveTextContent('80/120');
    await user.click(within(pager).getByRole('button', { name: '末页' }));
    expect(screen.getByTestId('coverage-pager')).toHaveTextContent('第 101–120 项,共 120 项');
    expect(within(screen.getByTestId('coverage-table')).getAllByRole('row')[0]!.querySelectorAll('th.coverage-jurisdiction')).toHaveLength(20);
  });
});

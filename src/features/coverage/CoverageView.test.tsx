import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { fixtureDataset, manyPlaces } from '../../../tests/fixtures/dataset/fixture';
import { renderWithData } from '../../../tests/fixtures/dataset/render';
import { buildDataset } from '../../data/dataset';
import { uiStore } from '../../state/ui-store';
import { CoverageView } from './CoverageView';

const dataset = fixtureDataset();
const grid = () => screen.getByRole('table', { name: /披露的指标/ });

/** Pretends the window is a phone's (the grid is transposed there). */
function phone() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('max-width'),
    media: query,
    addEventListener() {},
    removeEventListener() {},
  }));
}
afterEach(() => vi.unstubAllGlobals());

describe('CoverageView', () => {
  it('shows each cell’s value or 未报告 and counts coverage per indicator and per jurisdiction', () => {
    renderWithData(<CoverageView dataset={dataset} />, { ui: { view: 'coverage', year: 'latest' } });
    const header = within(grid()).getAllByRole('row')[0]!;
    expect(
      within(header)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['指标', '芙蓉区2022', '高陵区2024', '嘉祥县2023', '桃林镇2022', '淄博高新区2022部门报告', '报告该指标的地区']);
    const appearance = within(grid()).getByRole('row', { name: /行政机关负责人出庭应诉率/ });
    expect(
      within(appearance)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['未报告', '未报告', '未报告', '未报告', '100 查看 淄博高新区 2022 年“行政机关负责人出庭应诉率”数值的来源', '1/5']);
    const footer = within(grid()).getByRole('row', { name: /报告的指标数/ });
    expect(
      within(footer)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      `5/${dataset.indicators.length}`,
      `2/${dataset.indicators.length}`,
      `5/${dataset.indicators.length}`,
      `3/${dataset.indicators.length}`,
      `4/${dataset.indicators.length}`,
      '',
    ]);
  });

  it('is the whole grid on the page: no scrolling box of its own', () => {
    renderWithData(<CoverageView dataset={dataset} />, { ui: { view: 'coverage' } });
    let element: HTMLElement | null = grid();
    while (element && element !== document.body) {
      expect(element.getAttribute('role')).not.toBe('region');
      expect(element).not.toHaveClass('table-scroll');
      element = element.parentElement;
    }
  });

  it('colours values on a scale per indicator', () => {
    renderWithData(<CoverageView dataset={dataset} />, { ui: { view: 'coverage', year: 'latest' } });
    const row = within(grid()).getByRole('row', { name: /调解成功数/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]!.style.background).not.toBe('');
    expect(cells[1]!.style.background).toBe('');
  });

  it('opens a cell’s source', async () => {
    const user = userEvent.setup();
    renderWithData(<CoverageView dataset={dataset} />, { ui: { view: 'coverage', year: 2020 } });
    const row = within(grid()).getByRole('row', { name: /法律援助案件/ });
    await user.click(within(row).getByRole('button', { name: /^323 查看 芙蓉区 2020 年/ }));
    expect(uiStore.getState().source).toBe('430102-2020/e002');
  });

  it('sorts by count, through the store (and the URL)', async () => {
    const user = userEvent.setup();
    renderWithData(<CoverageView dataset={dataset} />, { ui: { view: 'coverage' } });
    await user.click(screen.getByRole('radio', { name: '按报告数' }));
    expect(uiStore.getState().sort).toEqual({ key: 'count', descending: true });
    const header = within(grid()).getAllByRole('row')[0]!;
    expect(within(header).getAllByRole('columnheader')[1]).toHaveTextContent('芙蓉区');
    expect(within(header).getAllByRole('columnheader').at(-2)).toHaveTextContent('嘉祥县');
  });

  it('shows one indicator group when one is picked', async () => {
    const user = userEvent.setup();
    renderWithData(<CoverageView dataset={dataset} />, { ui: { view: 'coverage' } });
    await user.selectOptions(screen.getByRole('combobox', { name: '指标组' }), '法律援助');
    expect(uiStore.getState().group).toBe('legal_aid');
    expect(within(grid()).getAllByRole('rowheader', { name: '法律援助' })).toHaveLength(1);
    expect(within(grid()).queryByRole('row', { name: /调解成功数/ })).toBeNull();
  });

  it('on a phone, lists places as rows and one indicator group as columns', () => {
    phone();
    renderWithData(<CoverageView dataset={dataset} />, { ui: { view: 'coverage', year: 'latest' } });
    const header = within(grid()).getAllByRole('row')[0]!;
    expect(
      within(header)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent?.replace(/\(.*$/, '').trim()),
    ).toEqual(['地区', '★ 重点 行政机关负责人出庭应诉率', '行政诉讼案件', '行政诉讼败诉率', '报告的指标数']);
    expect(within(grid()).getByRole('row', { name: /淄博高新区/ })).toHaveTextContent('100');
    expect(screen.getByRole('combobox', { name: '指标组' })).toHaveValue('litigation');
  });
});

describe('CoverageView with thousands of places', { timeout: 30_000 }, () => {
  const many = buildDataset(manyPlaces(120));

  it('shows as many places as fit the width at a time, with the total, counts over all of them', async () => {
    const user = userEvent.setup();
    renderWithData(<CoverageView dataset={many} />, { ui: { view: 'coverage' } });
    // The test's elements are 800 px wide: five places fit beside the indicator and count columns.
    const pager = screen.getByTestId('coverage-pager');
    expect(pager).toHaveTextContent('第 1–5 项,共 120 项');
    const header = within(grid()).getAllByRole('row')[0]!;
    expect(within(header).getAllByRole('columnheader')).toHaveLength(5 + 2);
    const legalAid = within(grid()).getByRole('row', { name: /法律援助案件/ });
    // 5 cells and the count over all 120 places (every third has no value).
    expect(within(legalAid).getAllByRole('cell')).toHaveLength(6);
    expect(within(legalAid).getAllByRole('cell').at(-1)).toHaveTextContent('80/120');
    await user.click(within(pager).getByRole('button', { name: '末页' }));
    expect(screen.getByTestId('coverage-pager')).toHaveTextContent('第 116–120 项,共 120 项');
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { COLLECTED_URL, collectedDataset } from '../../../tests/fixtures/dataset/collected';
import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { pickerOptions, placeSearchOverrides } from '../../../tests/fixtures/dataset/place-search';
import { renderWithData } from '../../../tests/fixtures/dataset/render';
import { uiStore } from '../../state/ui-store';
import { ProfileView } from './ProfileView';

const dataset = fixtureDataset();

describe('ProfileView', () => {
  it('shows the place across the years: values, peers, change, 未报告 apart from no report, each number footnoted', async () => {
    renderWithData(<ProfileView dataset={dataset} />, { ui: { view: 'profile', report: '430102-2022' } });
    const page = screen.getByTestId('profile-page');
    expect(within(page).getByRole('heading', { level: 2 })).toHaveTextContent('芙蓉区 · 历年法治政府建设指标(2020–2024)');
    const years = within(page).getByTestId('profile-years');
    expect([...years.querySelectorAll('thead th')].map((header) => header.textContent)).toEqual([
      '指标',
      '2020同类 1 个',
      '2022(当前)同类 2 个',
      '2023无报告',
      '2024无报告',
    ]);
    const row = page.querySelector('tr[data-indicator="legal_aid.cases"]')!;
    const cell = (year: number) => row.querySelector(`td[data-year="${year}"]`)!;
    expect(cell(2022)).toHaveTextContent(/^≈350\[\d+\]中位数 323第 1 \/ 2 名\(同类\)$/);
    expect(cell(2022)).toHaveAttribute('data-status', 'reported');
    expect(cell(2023)).toHaveTextContent('无报告');
    expect(cell(2023)).toHaveAttribute('data-status', 'no_report');
    const notReported = page.querySelector('tr[data-indicator="review.received"] td[data-year="2022"]')!;
    expect(notReported).toHaveAttribute('data-status', 'not_reported');
    expect(notReported).toHaveTextContent('未报告');
    const note = await within(page).findByText(/“.*323.*”/);
    const item = note.closest('li')!;
    expect(item.id).toMatch(/^profile-note-\d+$/);
    expect(item).toHaveTextContent('2020 年 · 法律援助案件');
    expect(within(page).getByRole('link', { name: `[${item.id.replace('profile-note-', '')}]` })).toHaveAttribute('href', `#${item.id}`);
    const sources = within(page).getByRole('region', { name: '出处' });
    expect(
      within(sources)
        .getAllByRole('listitem')
        .map((li) => li.id),
    ).toEqual(['profile-source-2020', 'profile-source-2022']);
    expect(screen.getByTestId('profile-legend')).toHaveTextContent('未报告 = 该年报告中没有这个数字(不是零)');
    expect(screen.getByTestId('profile-legend')).toHaveTextContent('※ 以非标准口径计量');
    expect(screen.getByRole('button', { name: '打印 / 存为 PDF' })).toBeInTheDocument();
  });

  it('marks a department’s report and still prints its numbers when the quotes cannot be loaded', async () => {
    renderWithData(<ProfileView dataset={dataset} />, {
      ui: { view: 'profile', report: 'x-zibo-gaoxin-2022-dept-5f3a9c21' },
      overrides: { 'reports/x-zibo-gaoxin/2022-dept-5f3a9c21.json': { status: 404 } },
    });
    const page = screen.getByTestId('profile-page');
    expect(within(page).getByRole('heading', { level: 2 })).toHaveTextContent('部门报告');
    expect(page).toHaveTextContent('逐年比较的是同一类报告(部门报告 · 法治政府建设报告)');
    expect(page.querySelector('tr[data-indicator="mediation.succeeded"] td[data-year="2022"]')).toHaveTextContent('174');
    expect((await within(page).findAllByText('原文引用无法加载(报告明细文件缺失)')).length).toBeGreaterThan(1);
  });

  it('prints a collected report’s original page, in full, with the date it was retrieved', () => {
    renderWithData(<ProfileView dataset={collectedDataset()} />, { ui: { view: 'profile', report: '370829-2023' } });
    const origin = screen.getByTestId('profile-origin');
    expect(origin).toHaveTextContent(`原文网页:${COLLECTED_URL}(获取于 2024-05-06)`);
    expect(within(origin).getByRole('link')).toHaveAttribute('href', COLLECTED_URL);
  });

  it('asks for a report when none is named', () => {
    renderWithData(<ProfileView dataset={dataset} />, { ui: { view: 'profile', report: null } });
    expect(screen.getAllByText('选择一个地区,查看它历年的全部指标、同类地区中位数与排名。').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('profile-page')).toBeNull();
  });

  it('picks a place by pinyin initials, then another of its years', async () => {
    const user = userEvent.setup();
    renderWithData(<ProfileView dataset={dataset} />, { ui: { view: 'profile', report: null }, overrides: placeSearchOverrides() });
    const box = await screen.findByRole('combobox', { name: '地区' });
    await user.type(box, 'glq');
    await pickerOptions();
    await user.keyboard('{Enter}');
    expect(uiStore.getState()).toMatchObject({ view: 'profile', report: '610117-2024' });
    expect(within(screen.getByTestId('profile-page')).getByRole('heading', { level: 2 })).toHaveTextContent('高陵区 · 历年');
    const years = screen.getByRole('navigation', { name: '高陵区的报告(按年份)' });
    await user.click(within(years).getByRole('link', { name: '2022' }));
    expect(uiStore.getState().report).toBe('610117-2022');
    expect(within(screen.getByRole('group', { name: '已选的地方' })).getAllByRole('button', { name: /^移除/ })).toHaveLength(1);
  });
});

// @vitest-environment jsdom
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
  it('prints the headline numbers with peer context, 未报告 for the missing ones, and each quote as a note', async () => {
    renderWithData(<ProfileView dataset={dataset} />, { ui: { view: 'profile', report: '370829-2023' } });
    const page = screen.getByTestId('profile-page');
    expect(within(page).getByRole('heading', { level: 2 })).toHaveTextContent('嘉祥县 2023 年度法治政府建设 · 主要指标');
    const row = page.querySelector('tr[data-indicator="legal_aid.cases"]')!;
    expect(row).toHaveTextContent('法律援助案件 (件)2,138[1]—第 1 / 1 名(同类)—');
    expect(screen.getByTestId('profile-missing')).toHaveTextContent('调解成功数 未报告');
    const notes = await within(page).findByText(/“.*2138.*”/);
    expect(notes.closest('li')).toHaveAttribute('id', 'profile-note-1');
    expect(screen.getByRole('button', { name: '打印 / 存为 PDF' })).toBeInTheDocument();
  });

  it('marks a department’s report and still prints its numbers when the quotes cannot be loaded', async () => {
    renderWithData(<ProfileView dataset={dataset} />, {
      ui: { view: 'profile', report: 'x-zibo-gaoxin-2022-dept-5f3a9c21' },
      overrides: { 'reports/x-zibo-gaoxin/2022-dept-5f3a9c21.json': { status: 404 } },
    });
    const page = screen.getByTestId('profile-page');
    expect(within(page).getByRole('heading', { level: 2 })).toHaveTextContent('部门报告');
    expect(page).toHaveTextContent('同级比较:2022 年、开发区、部门报告,共 1 个地区');
    expect(page.querySelector('tr[data-indicator="mediation.succeeded"]')).toHaveTextContent('174');
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
    expect(screen.getAllByText('选择一个地区及其报告年份,生成该报告的简报。').length).toBeGreaterThan(0);
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
    expect(within(screen.getByTestId('profile-page')).getByRole('heading', { level: 2 })).toHaveTextContent('高陵区 2024 年度');
    const years = screen.getByRole('navigation', { name: '高陵区的报告(按年份)' });
    await user.click(within(years).getByRole('link', { name: '2022' }));
    expect(uiStore.getState().report).toBe('610117-2022');
    expect(within(screen.getByRole('group', { name: '已选的地方' })).getAllByRole('button', { name: /^移除/ })).toHaveLength(1);
  });
});

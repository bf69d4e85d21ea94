// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { COLLECTED_URL, collectedDataset } from '../../../tests/fixtures/dataset/collected';
import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { renderWithData } from '../../../tests/fixtures/dataset/render';
import { ProfileView } from './ProfileView';

const dataset = fixtureDataset();

describe('ProfileView', () => {
  it('prints the headline numbers with peer context, 未报告 for the missing ones, and each quote as a note', async () => {
    renderWithData(<ProfileView dataset={dataset} />, { ui: { view: 'profile', report: '370829-2023' } });
    const page = screen.getByTestId('profile-page');
    expect(within(page).getByRole('heading', { level: 2 })).toHaveTextContent('嘉祥县 2023 年度法治政府建设 · 主要指标');
    const row = page.querySelector('tr[data-indicator="legal_aid.cases"]')!;
    expect(row).toHaveTextContent('法律援助案件 (件)2,138[1]—1/1—');
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
    expect(screen.getAllByText('请选择一份报告生成简报。').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('profile-page')).toBeNull();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { COLLECTED_URL, collectedDataset } from '../../../tests/fixtures/dataset/collected';
import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { placeSearchOverrides } from '../../../tests/fixtures/dataset/place-search';
import { renderWithData } from '../../../tests/fixtures/dataset/render';
import { uiStore } from '../../state/ui-store';
import { ReportView } from './ReportView';

const dataset = fixtureDataset();

describe('ReportView', () => {
  it('shows the text by section with each section’s kind and every extraction marked', async () => {
    const { container } = renderWithData(<ReportView dataset={dataset} />, {
      ui: { view: 'report', report: 'x-520330-taolin-2022' },
    });
    expect(await screen.findByText('受理调处矛盾纠纷208起')).toBeInTheDocument();
    const text = screen.getByRole('article');
    const titles = within(text)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual([
      // The text before the first heading is the report's opening, named as such.
      '开篇 其他',
      '二、推进法治政府建设的主要举措和成效 成效',
      '(六)依法化解社会矛盾纠纷情况 成效',
      '三、推进法治政府建设存在的不足和原因 问题',
      '四、2023年推进法治政府建设的主要打算 计划',
    ]);
    const marks = [...container.querySelectorAll('mark')].map((m) => [m.textContent, m.getAttribute('data-extraction')]);
    expect(marks).toEqual([
      ['受理调处矛盾纠纷208起', 'e001'],
      ['调处成功194起', 'e002'],
      ['调处成功率达93%', 'e003'],
    ]);
    // Theme colour: mediation marks share one background.
    expect((container.querySelector('mark') as HTMLElement).style.background).not.toBe('');
  });

  it('links a collected report’s original page beside its source file, with the retrieval date', async () => {
    renderWithData(<ReportView dataset={collectedDataset()} />, { ui: { view: 'report', report: '370829-2023' } });
    const header = screen.getByRole('heading', { level: 2 }).closest('header')!;
    expect(within(header).getByRole('link', { name: COLLECTED_URL })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(header).toHaveTextContent(/原始文件.+原文网页.+获取日期2024-05-06/);
  });

  it('lists the report’s values and its warnings', async () => {
    renderWithData(<ReportView dataset={dataset} />, { ui: { view: 'report', report: 'x-520330-taolin-2022' } });
    const values = await screen.findByTestId('report-values');
    expect(
      within(values)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '调解矛盾纠纷受理数 208※ 按“调处”口径调处 查看来源',
      '调解成功数 194※ 按“调处”口径调处 查看来源',
      '调解成功率 93※ 按“调处成功率”口径调处成功率 查看来源',
    ]);
    // Counted in its heading.
    expect(screen.getByRole('heading', { name: '报告中的数值(3)' })).toBeInTheDocument();
    expect(screen.getByTestId('report-warnings')).toHaveTextContent('rate_disagrees_with_counts');
    expect(screen.getByRole('heading', { name: '提示(1)' })).toBeInTheDocument();
  });

  it('steps through the values with previous and next', async () => {
    const user = userEvent.setup();
    renderWithData(<ReportView dataset={dataset} />, { ui: { view: 'report', report: 'x-520330-taolin-2022' } });
    const next = await screen.findByRole('button', { name: '下一个数值 →' });
    const previous = screen.getByRole('button', { name: '← 上一个数值' });
    await user.click(next);
    expect(uiStore.getState().extraction).toBe('e001');
    expect(screen.getByTestId('report-position')).toHaveTextContent('第 1 / 3 个数值 调解矛盾纠纷受理数: 208 件');
    expect(previous).toBeDisabled();
    await user.click(next);
    await user.click(next);
    expect(uiStore.getState().extraction).toBe('e003');
    expect(next).toBeDisabled();
    // The current value and its paragraph are said to be current (aria-current), not only coloured.
    expect(document.querySelector('mark[aria-current="true"]')).toHaveTextContent('调处成功率达93%');
    expect(document.querySelectorAll('mark[aria-current="true"], p[aria-current="true"]')).toHaveLength(2);
    expect(document.querySelector('p[aria-current="true"]')).toHaveTextContent('今年共受理调处矛盾纠纷208起');
  });

  it('opens a deep link at an extraction and opens its source', async () => {
    const user = userEvent.setup();
    renderWithData(<ReportView dataset={dataset} />, {
      ui: { view: 'report', report: '370829-2023', extraction: 'e001' },
    });
    expect(await screen.findByTestId('report-position')).toHaveTextContent('第 1 / 5 个数值');
    await user.click(within(screen.getByTestId('report-position')).getByRole('button', { name: '查看来源' }));
    expect(uiStore.getState().source).toBe('370829-2023/e001');
  });

  it('marks a department report and its body', async () => {
    renderWithData(<ReportView dataset={dataset} />, { ui: { view: 'report', report: 'x-zibo-gaoxin-2022-dept-5f3a9c21' } });
    expect(await screen.findByText('淄博高新区群众工作部')).toBeInTheDocument();
    expect(screen.getAllByText('部门报告').length).toBeGreaterThan(0);
  });

  it('shows a traditional-character report as written', async () => {
    renderWithData(<ReportView dataset={dataset} />, { ui: { view: 'report', report: '610117-2024' } });
    expect(await screen.findByText('共受理159件行政復議案件')).toBeInTheDocument();
  });

  it('keeps a corrupt detail file’s error in the reader', async () => {
    renderWithData(<ReportView dataset={dataset} />, {
      ui: { view: 'report', report: '370829-2023' },
      overrides: { 'reports/370829/2023.json': { status: 200, body: '{}' } },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('数据文件已损坏或格式不符。');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('嘉祥县2023年度法治政府建设报告');
  });

  it('picks a place by pinyin, opens its latest report, and lists its reports by year', async () => {
    const user = userEvent.setup();
    renderWithData(<ReportView dataset={dataset} />, { ui: { view: 'report' }, overrides: placeSearchOverrides() });
    expect(screen.getByText('选择一个地区及其报告年份。', { selector: 'p' })).toBeInTheDocument();
    // No list of every report: a place, then its years.
    expect(screen.queryByRole('combobox', { name: '选择报告' })).toBeNull();
    const box = await screen.findByRole('combobox', { name: '地区' });
    await user.type(box, 'furong');
    await user.click(await screen.findByRole('option', { name: /芙蓉区/ }));
    expect(uiStore.getState().report).toBe('430102-2022');
    const years = screen.getByRole('navigation', { name: '芙蓉区的报告(按年份)' });
    expect(
      within(years)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['2022', '2020']);
    expect(within(years).getByRole('link', { name: '2022' })).toHaveAttribute('aria-current', 'page');
    await user.click(within(years).getByRole('link', { name: '2020' }));
    expect(uiStore.getState().report).toBe('430102-2020');
    expect(screen.getByRole('group', { name: '已选的地方' })).toHaveTextContent('芙蓉区');
    await user.click(screen.getByRole('button', { name: '清除全部' }));
    expect(screen.queryByRole('navigation', { name: /的报告(按年份)/ })).toBeNull();
  });

  it('leaves out a title line with injected gambling spam, and says so', async () => {
    const user = userEvent.setup();
    const furong = dataset.reportById.get('430102-2020')!;
    renderWithData(<ReportView dataset={dataset} />, { ui: { view: 'report', report: furong.id } });
    expect(await screen.findByText(/成功调处各类民间矛盾纠纷2973/)).toBeInTheDocument();
    const text = screen.getByRole('article');
    expect(text).not.toHaveTextContent('凯发');
    const note = screen.getByTestId('report-spam-note');
    expect(note).toHaveTextContent('已略去 1 行网页中被注入广告文字的标题行');
    await user.click(within(note).getByRole('button', { name: '显示' }));
    expect(text).toHaveTextContent('芙蓉区凯发一触即发关于2020年度法治政府建设情况的报告');
  });
});

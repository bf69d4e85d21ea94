import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { COLLECTED_URL, collectedDataset } from '../../../tests/fixtures/dataset/collected';
import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { renderWithData } from '../../../tests/fixtures/dataset/render';
import { uiStore } from '../../state/ui-store';
import { SourcePanel } from './SourcePanel';

const dataset = fixtureDataset();

describe('SourcePanel', () => {
  it('shows indicator, value, qualifier, place, year, section and the quote inside <mark>', async () => {
    const { requested } = renderWithData(<SourcePanel dataset={dataset} source="430102-2022/e003" />);
    const dialog = screen.getByRole('dialog', { name: /数值来源/ });
    expect(dialog).toHaveTextContent('芙蓉区 2022 · 法律援助案件');
    const mark = await screen.findByText('受理法律援助案件约350件');
    expect(mark.tagName).toBe('MARK');
    expect(mark.closest('blockquote')).toHaveTextContent(
      '坚持民生为本,依法化解社会矛盾。受理矛盾纠纷1200件,成功调处1150件。精心开展法律援助服务',
    );
    expect(screen.getByTestId('drill-value')).toHaveTextContent('≈350 件');
    expect(dialog).toHaveTextContent('约数(≈)');
    expect(dialog).toHaveTextContent('湖南省 长沙市');
    expect(dialog).toHaveTextContent('所在章节一、主要工作成效 成效');
    expect(requested).toEqual(['reports/430102/2022.json']);
  });

  it('names the source file and, for a collected report, links its original page and says when it was fetched', async () => {
    renderWithData(<SourcePanel dataset={collectedDataset()} source="370829-2023/e001" />);
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent(`原始文件${dataset.reportById.get('370829-2023')!.sourceFile.split('/').at(-1)}`);
    const link = within(dialog).getByRole('link', { name: COLLECTED_URL });
    expect(link).toHaveAttribute('href', COLLECTED_URL);
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
    expect(dialog).toHaveTextContent('原文网页');
    expect(dialog).toHaveTextContent('获取日期2024-05-06');
    expect(await screen.findByTestId('drill-value')).toHaveTextContent('2,138');
  });

  it('shows no original page for a report whose page is unknown', async () => {
    renderWithData(<SourcePanel dataset={dataset} source="370829-2023/e001" />);
    expect(await screen.findByTestId('drill-value')).toHaveTextContent('2,138');
    expect(screen.getByRole('dialog')).not.toHaveTextContent('原文网页');
    expect(screen.queryByTestId('original-page')).toBeNull();
  });

  it('shows a derived value’s formula and the quotes it was computed from', async () => {
    renderWithData(<SourcePanel dataset={dataset} source="430102-2022/d001" />);
    expect(await screen.findByTestId('drill-formula')).toHaveTextContent('1150 / 1200 × 100');
    expect(screen.getByText('成功调处1150件').tagName).toBe('MARK');
    expect(screen.getByText('受理矛盾纠纷1200件').tagName).toBe('MARK');
    expect(screen.getByTestId('drill-value')).toHaveTextContent('95.83%推算');
  });

  it('marks a department report', async () => {
    renderWithData(<SourcePanel dataset={dataset} source="x-zibo-gaoxin-2022-dept-5f3a9c21/e003" />);
    expect(await screen.findByText('成功调解案件174件')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toHaveTextContent('部门报告');
  });

  it('links to the report reader at the paragraph', async () => {
    const user = userEvent.setup();
    renderWithData(<SourcePanel dataset={dataset} source="370829-2023/e001" />, { ui: { source: '370829-2023/e001' } });
    const link = await screen.findByRole('link', { name: /在报告阅读中查看此段/ });
    expect(link).toHaveAttribute('href', '/?view=report&report=370829-2023&extraction=e001');
    await user.click(link);
    expect(uiStore.getState()).toMatchObject({ view: 'report', report: '370829-2023', extraction: 'e001', source: null });
  });

  it('keeps a missing detail file’s error inside the panel', async () => {
    renderWithData(<SourcePanel dataset={dataset} source="370829-2023/e001" />, {
      overrides: { 'reports/370829/2023.json': { status: 404 } },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('数据文件不存在。');
    expect(screen.getByRole('dialog')).toHaveTextContent('嘉祥县');
  });

  it('says so for a corrupt detail file', async () => {
    renderWithData(<SourcePanel dataset={dataset} source="370829-2023/e001" />, {
      overrides: { 'reports/370829/2023.json': { status: 200, body: '<html>' } },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('数据文件已损坏或格式不符。');
  });

  it('says so for an unknown report or value', async () => {
    renderWithData(<SourcePanel dataset={dataset} source="x-nowhere-2020/e001" />);
    expect(screen.getByRole('alert')).toHaveTextContent('数据中没有报告 x-nowhere-2020。');
  });

  it('takes focus, and closes on Escape', async () => {
    const user = userEvent.setup();
    renderWithData(<SourcePanel dataset={dataset} source="370829-2023/e001" />, { ui: { source: '370829-2023/e001' } });
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(uiStore.getState().source).toBeNull();
  });

  it('renders report text as text, never as markup', async () => {
    const { container } = renderWithData(<SourcePanel dataset={dataset} source="370829-2023/e001" />);
    await screen.findByText('办理各类法律援助案件2138件');
    expect(container.querySelector('blockquote script, blockquote img')).toBeNull();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { fixtureDataset, fixtureIndex, manyPlaces } from '../../../tests/fixtures/dataset/fixture';
import { pickerOptions, placeSearchOverrides } from '../../../tests/fixtures/dataset/place-search';
import { renderWithData } from '../../../tests/fixtures/dataset/render';
import { buildDataset } from '../../data/dataset';
import { uiStore } from '../../state/ui-store';
import { BriefingView } from './BriefingView';

const dataset = fixtureDataset();
const idOf = (name: string) => dataset.index.jurisdictions.find((jurisdiction) => jurisdiction.name === name)!.id;

/** The briefing's row of one indicator, by its label. */
const row = (label: string) => within(screen.getByTestId('briefing-page')).getByRole('row', { name: new RegExp(`^${label}`) });

describe('BriefingView', () => {
  it('shows the extractor’s warning beside the value it concerns, as the compare table does, and only there', () => {
    renderWithData(<BriefingView dataset={dataset} />, {
      ui: { view: 'briefing', year: 2022, jurisdictions: [idOf('高陵区'), idOf('芙蓉区')] },
    });
    const concluded = row('行政复议案件办结数');
    const [gaoling, furong] = within(concluded).getAllByRole('cell');
    expect(within(gaoling!).getByTestId('value-warning')).toHaveTextContent('⚠ 提示: 行政复议办结 49 件多于受理 46 件');
    expect(within(furong!).queryByTestId('value-warning')).toBeNull();
    // Values without a warning carry no mark.
    expect(within(row('法律援助案件')).queryAllByTestId('value-warning')).toEqual([]);
  });

  it('cites each footnote’s report by its title and web address, and explains the marks on the page', () => {
    const base = fixtureIndex();
    const withUrl = buildDataset({
      ...base,
      reports: base.reports.map((report) =>
        report.id === '610117-2022' ? { ...report, sourceUrl: 'https://www.xagaoling.gov.cn/zwgk/fzzf/2022.html' } : report,
      ),
    });
    renderWithData(<BriefingView dataset={withUrl} />, {
      ui: { view: 'briefing', year: 2022, jurisdictions: [idOf('高陵区'), idOf('芙蓉区')] },
    });
    const notes = within(screen.getByRole('region', { name: '原文引用' })).getAllByRole('listitem');
    expect(notes.length).toBeGreaterThan(1);
    const gaoling = notes.filter((note) => note.textContent?.startsWith('高陵区'));
    expect(gaoling.length).toBeGreaterThan(0);
    for (const note of gaoling) {
      expect(note).toHaveTextContent('《高陵区2022年度法治政府建设情况的报告(测试用合成报告)》');
      expect(within(note).getByRole('link', { name: 'https://www.xagaoling.gov.cn/zwgk/fzzf/2022.html' })).toBeInTheDocument();
    }
    // 芙蓉区's report has no known address: its title alone.
    const furong = notes.find((note) => note.textContent?.startsWith('芙蓉区'))!;
    expect(furong).toHaveTextContent('《芙蓉区关于2022年度法治政府建设情况的报告(测试用合成报告)》');
    expect(within(furong).queryByRole('link')).toBeNull();
    expect(screen.getByTestId('marks-key')).toHaveTextContent('※ 按报告中的其他口径计量');
    expect(screen.getByTestId('marks-key')).toHaveTextContent('≈ 约数');
  });

  it('says the warning in English in the English interface', () => {
    renderWithData(<BriefingView dataset={dataset} />, {
      ui: { view: 'briefing', lang: 'en', year: 2022, jurisdictions: [idOf('高陵区')] },
    });
    expect(within(row('Reconsideration cases concluded')).getByTestId('value-warning')).toHaveTextContent(
      '⚠ Warning: more reconsideration cases concluded (49) than received (46)',
    );
  });

  it('opens on a prompt, never on places picked for the user, and builds from places chosen by pinyin', async () => {
    const user = userEvent.setup();
    renderWithData(<BriefingView dataset={dataset} />, { ui: { view: 'briefing' }, overrides: placeSearchOverrides() });
    expect(screen.getByTestId('briefing-empty')).toHaveTextContent('请先选择地区');
    expect(screen.getByRole('region', { name: '会议简报' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    const box = await screen.findByRole('combobox', { name: '简报中的地区' });
    expect(box).toHaveAccessibleDescription(/一页最多 6 个地区。/);
    await user.type(box, 'furong');
    await user.click(await screen.findByRole('option', { name: /芙蓉区/ }));
    await user.clear(box);
    await user.type(box, 'jx');
    await pickerOptions();
    await user.keyboard('{Enter}');
    expect(uiStore.getState().jurisdictions).toEqual(['430102', '370829']);
    // The latest year its places report (嘉祥县 2023), not the data's default (2022): 芙蓉区 has none that year.
    const page = screen.getByTestId('briefing-page');
    expect(within(page).getByRole('heading', { level: 2 })).toHaveTextContent('2023');
    const heads = within(page)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(heads.slice(1)).toEqual([' 芙蓉区 该年无报告', ' 嘉祥县 2023']);
    expect(
      within(row('法律援助案件'))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([expect.stringContaining('该年无报告'), expect.stringContaining('2,138')]);
    expect(screen.getByRole('combobox', { name: '年份' })).toHaveDisplayValue('2023(默认:所选地区最近有报告的年份)');
  });

  it('never refills: removing the last place brings back the prompt', async () => {
    const user = userEvent.setup();
    renderWithData(<BriefingView dataset={dataset} />, {
      ui: { view: 'briefing', jurisdictions: ['610117'] },
      overrides: placeSearchOverrides(),
    });
    const chips = await screen.findByRole('group', { name: '已选的地方' });
    await user.click(within(chips).getByRole('button', { name: '移除“高陵区”' }));
    expect(uiStore.getState().jurisdictions).toEqual([]);
    expect(screen.getByTestId('briefing-empty')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: '已选的地方' })).toBeNull();
  });

  it('starts from the filter’s places when none is chosen, says so, and does not bring them back once cleared', async () => {
    const user = userEvent.setup();
    renderWithData(<BriefingView dataset={dataset} />, { ui: { view: 'briefing', province: '山东省' }, overrides: placeSearchOverrides() });
    expect(screen.getByTestId('briefing-places-note')).toHaveTextContent(
      '未选择地区:显示筛选条件(山东省)中有报告的地区,按级别和名称取前 2 个(共 2 个)',
    );
    const chips = await screen.findByRole('group', { name: '已选的地方' });
    expect(
      within(chips)
        .getAllByRole('button', { name: /^移除/ })
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(['移除“嘉祥县”', '移除“淄博高新区”']);
    await user.click(within(chips).getByRole('button', { name: '清除全部' }));
    expect(screen.getByTestId('briefing-empty')).toBeInTheDocument();
    expect(screen.queryByTestId('briefing-places-note')).toBeNull();
    await user.click(screen.getByRole('button', { name: '改用筛选条件(山东省)中的地区' }));
    expect(screen.getByTestId('briefing-places-note')).toBeInTheDocument();
  });

  it('says the page’s limit and names the places left out, keeping the picker to remove some', async () => {
    const many = buildDataset(manyPlaces(8));
    const ids = many.index.jurisdictions.map((place) => place.id);
    renderWithData(<BriefingView dataset={many} />, { ui: { view: 'briefing', jurisdictions: ids } });
    expect(within(screen.getByTestId('briefing-page')).getAllByRole('columnheader')).toHaveLength(7);
    expect(screen.getByText('另有 2 个地区未列入(地0006县、地0007县):一页最多 6 个,移除其他地区后才会列入。')).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: '简报中的地区' })).toBeEnabled();
  });
});

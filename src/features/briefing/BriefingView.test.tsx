// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { renderWithData } from '../../../tests/fixtures/dataset/render';
import { BriefingView } from './BriefingView';

const dataset = fixtureDataset();
const idOf = (name: string) => dataset.index.jurisdictions.find((jurisdiction) => jurisdiction.name === name)!.id;

/** The briefing's row of one indicator, by its label. */
const row = (label: string) => within(screen.getByTestId('briefing-page')).getByRole('row', { name: new RegExp(`^${label}`) });

describe('BriefingView', () => {
  it('shows the extractor’s warning beside the value it concerns, as the compare table does, and only there', () => {
    renderWithData(<BriefingView dataset={dataset} />, { ui: { view: 'briefing', year: 2022, jurisdictions: [idOf('高陵区'), idOf('芙蓉区')] } });
    const concluded = row('行政复议案件办结数');
    const [gaoling, furong] = within(concluded).getAllByRole('cell');
    expect(within(gaoling!).getByTestId('value-warning')).toHaveTextContent('⚠ 提示: 行政复议办结 49 件多于受理 46 件');
    expect(within(furong!).queryByTestId('value-warning')).toBeNull();
    // Values without a warning carry no mark.
    expect(within(row('法律援助案件')).queryAllByTestId('value-warning')).toEqual([]);
  });

  it('says the warning in English in the English interface', () => {
    renderWithData(<BriefingView dataset={dataset} />, { ui: { view: 'briefing', lang: 'en', year: 2022, jurisdictions: [idOf('高陵区')] } });
    expect(within(row('Reconsideration cases concluded')).getByTestId('value-warning')).toHaveTextContent('⚠ Warning: more reconsideration cases concluded (49) than received (46)');
  });
});

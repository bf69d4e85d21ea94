import { expect, type Locator, type Page, test } from '@playwright/test';

import { seriousViolations } from './axe';
import { reportOf } from './real-data';

/**
 * The one place picker of every view that chooses places (issue "The analyst's day", "Choosing
 * places"), over the bundled data's place index (public/data/search/places.json, with pinyin):
 * search by pinyin and initials, chips, 清除全部 / Clear all, the URL key `j`, with axe on the page
 * as it is while choosing. Both projects run it: 1280 and 390 px wide.
 */

const LEGAL_AID = 'legal_aid.cases';
const FURONG = reportOf('芙蓉区').jurisdictionId;
const JIAXIANG = reportOf('嘉祥县').jurisdictionId;

/** Types `query` into the picker and chooses the option whose place is `name` by clicking it. */
async function choose(page: Page, box: Locator, query: string, name: string) {
  await box.fill(query);
  await page
    .getByRole('listbox')
    .getByRole('option', { name: new RegExp(`^${name}`) })
    .click();
}

/** Types `query` and chooses the first result with Enter, as a keyboard user does. */
async function chooseFirst(page: Page, box: Locator, query: string, name: string) {
  await box.fill(query);
  // The first result is active as one types; wait until it is the place meant.
  await expect(page.getByRole('listbox').getByRole('option').first()).toHaveText(new RegExp(`^${name}`));
  await box.press('Enter');
}

const chips = (page: Page, label: string) => page.getByRole('group', { name: label });

test.describe('the place picker', () => {
  test('trend: nothing ticked by default, places chosen by pinyin as chips, cleared all at once', async ({ page }) => {
    await page.goto(`./?view=trend&indicator=${LEGAL_AID}`);
    const note = page.getByTestId('trend-places-note');
    await expect(note).toContainText('未选择地区:显示报告过这一指标的全部');
    const box = page.getByRole('combobox', { name: '选择地区' });
    await choose(page, box, 'furong', '芙蓉区');
    await chooseFirst(page, box, 'jx', '嘉祥县');
    await expect(page).toHaveURL(new RegExp(`j=${FURONG},${JIAXIANG}`));
    await expect(chips(page, '已选的地方').getByRole('button', { name: /^移除/ })).toHaveCount(2);
    await expect(page.getByTestId('trend-table').locator('tbody tr')).toHaveCount(2);
    await expect(note).toHaveCount(0);
    // With the list of results open.
    expect(await seriousViolations(page)).toEqual([]);
    await box.press('Escape');
    await chips(page, '已选的地方').getByRole('button', { name: '清除全部' }).click();
    await expect(page).not.toHaveURL(/j=/);
    await expect(note).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('briefing: a prompt first, then the chosen places on the latest year they report; no refill', async ({ page }) => {
    await page.goto('./?view=briefing');
    await expect(page.getByTestId('briefing-empty')).toContainText('请先选择地区');
    await expect(page.getByTestId('briefing-page').getByRole('table')).toHaveCount(0);
    const box = page.getByRole('combobox', { name: '简报中的地区' });
    await choose(page, box, 'furong', '芙蓉区');
    await chooseFirst(page, box, 'jx', '嘉祥县');
    await box.press('Escape');
    await expect(page).toHaveURL(new RegExp(`j=${FURONG},${JIAXIANG}`));
    const briefing = page.getByTestId('briefing-page');
    // 嘉祥县 reports 2023, 芙蓉区 2020: the briefing opens on 2023, 芙蓉区 said to have no report.
    await expect(briefing.getByRole('heading', { level: 2 })).toContainText('2023');
    await expect(briefing.getByRole('columnheader', { name: /芙蓉区/ })).toContainText('该年无报告');
    await expect(briefing).toContainText('2,138');
    expect(await seriousViolations(page)).toEqual([]);
    const chosen = chips(page, '已选的地方');
    await chosen.getByRole('button', { name: '移除“嘉祥县”' }).click();
    await expect(briefing.getByRole('heading', { level: 2 })).toContainText('2020');
    await chosen.getByRole('button', { name: '移除“芙蓉区”' }).click();
    // The last one removed: the prompt again, never places put back for the user.
    await expect(page.getByTestId('briefing-empty')).toBeVisible();
    await expect(chips(page, '已选的地方')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('reader and profile, in English: a place by pinyin, then its report by year', async ({ page }) => {
    await page.goto('./?view=report&lang=en');
    await choose(page, page.getByRole('combobox', { name: 'Place' }), 'gaoling', '高陵区');
    const gaoling = reportOf('高陵区');
    await expect(page).toHaveURL(new RegExp(`report=${gaoling.id}`));
    const years = page.getByRole('navigation', { name: 'Reports of 高陵区, by year' });
    await expect(years.getByRole('link', { name: String(gaoling.year) })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 2 })).toContainText('高陵');
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('./?view=profile&lang=en');
    const box = page.getByRole('combobox', { name: 'Place' });
    await chooseFirst(page, box, 'jxx', '嘉祥县');
    await expect(page).toHaveURL(new RegExp(`report=${reportOf('嘉祥县').id}`));
    await expect(page.getByTestId('profile-page')).toContainText('2,138');
    await expect(chips(page, 'Chosen places')).toContainText('嘉祥县');
    expect(await seriousViolations(page)).toEqual([]);
    await chips(page, 'Chosen places').getByRole('button', { name: 'Clear all' }).click();
    await expect(page.getByRole('navigation', { name: /^Reports of/ })).toHaveCount(0);
  });

  test('compare, in English: places highlighted in the chart and table, and cleared', async ({ page }) => {
    await page.goto(`./?indicator=${LEGAL_AID}&year=latest&lang=en`);
    const box = page.getByRole('combobox', { name: 'Highlight places' });
    await choose(page, box, 'furong', '芙蓉区');
    await box.press('Escape');
    await expect(page).toHaveURL(new RegExp(`j=${FURONG}`));
    const highlighted = page.getByTestId('compare-table').locator('tbody tr.highlighted');
    await expect(highlighted).toHaveCount(1);
    await expect(highlighted).toContainText('芙蓉区');
    await expect(page.getByTestId('compare-highlighted')).toContainText('芙蓉区: 1 of 1');
    expect(await seriousViolations(page)).toEqual([]);
    await chips(page, 'Chosen places').getByRole('button', { name: 'Clear all' }).click();
    await expect(highlighted).toHaveCount(0);
    await expect(page).not.toHaveURL(/j=/);
  });
});

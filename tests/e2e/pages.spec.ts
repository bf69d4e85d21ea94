/**
 * Issue 22 ("The analyst's day") in Chromium, at both widths: an indicator's page (definition,
 * wordings and variants from the extractor's rules, what is not counted, checks, coverage by level
 * and year), reached from indicator names; the citation on About (version and date from the data,
 * text and BibTeX with copy buttons, the licence); the review queue's own filters narrowing it.
 * Every page passes axe, in Chinese and English.
 */

import { readFileSync } from 'node:fs';

import { expect, type Page, test } from '@playwright/test';

import { aboutFileSchema, parseCompactReviewQueue } from '../../src/data/schema';
import { seriousViolations } from './axe';
import { realIndex } from './real-data';

const about = aboutFileSchema.parse(JSON.parse(readFileSync('public/data/about.json', 'utf8')));

/** Places with a value of the indicator / places with a report, per year, over the real data (the page's "total" row). */
function expectedTotals(indicatorId: string): string[] {
  const index = realIndex();
  const years = [...new Set(index.reports.flatMap((report) => (report.year === null ? [] : [report.year])))].sort((a, b) => a - b);
  const count = (reports: typeof index.reports, withValue: boolean) =>
    new Set(reports.filter((report) => !withValue || report.values[indicatorId]).map((report) => report.jurisdictionId)).size;
  const all = `${count(index.reports, true)} / ${count(index.reports, false)}`;
  return [
    all,
    ...years.map((year) => {
      const reports = index.reports.filter((report) => report.year === year);
      return reports.length === 0 ? '—' : `${count(reports, true)} / ${count(reports, false)}`;
    }),
  ];
}

async function expectNoAxeViolations(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

test.describe('an indicator’s page', () => {
  test('says what it counts, what it does not, how it is read and checked, and its coverage (zh)', async ({ page }) => {
    const indicator = realIndex().indicators.find((entry) => entry.id === 'review.correction_rate')!;
    await page.goto('./?view=indicator&indicator=review.correction_rate');
    await expect(page.getByTestId('indicator-heading')).toHaveText(indicator.label.zh);
    await expect(page.getByTestId('indicator-definition')).toHaveText(indicator.definition.zh);
    // The wordings are the rules' own, written out: no pattern syntax reaches the page.
    const rules = page.getByTestId('indicator-rule');
    await expect(rules).toHaveCount(1);
    await expect(rules.first()).toContainText('纠错率、直接纠错率、纠错为');
    await expect(page.getByTestId('indicator-wordings')).not.toContainText('(?');
    await expect(page.getByTestId('indicator-variants')).toHaveText('没有变体:只计上列措辞。');
    const notCounted = page.getByTestId('indicator-not-counted');
    await expect(notCounted).toContainText('综合纠错率');
    await expect(notCounted).toContainText('目标和计划');
    await expect(notCounted).toContainText('存在的不足和问题');
    await expect(page.getByTestId('indicator-derived')).toContainText('行政复议纠错数 ÷ 行政复议案件办结数 × 100');
    await expect(page.getByTestId('indicator-how')).toContainText('比率超过 100%');

    const totals = expectedTotals('review.correction_rate');
    expect(totals.length).toBe(5);
    await expect(page.getByTestId('indicator-coverage').locator('tr[data-group="total"] td')).toHaveText(totals);
    await expect(page.getByTestId('indicator-coverage').locator('tbody th')).toHaveText([
      '县级(区、县、旗、开发区)',
      '乡镇级(街道、镇、乡)',
      '合计',
    ]);
    await expectNoAxeViolations(page);
  });

  test('marks its variants and counts its coverage (en)', async ({ page }) => {
    await page.goto('./?view=indicator&indicator=mediation.success_rate&lang=en');
    await expect(page.getByTestId('indicator-heading')).toHaveText('Mediation success rate');
    await expect(page.getByTestId('indicator-variants')).toContainText('化解率, 调处成功率');
    await expect(page.getByTestId('indicator-not-counted')).toContainText('综合化解率');
    await expect(page.getByTestId('indicator-derived')).toContainText('Mediations succeeded ÷ Mediation cases handled × 100');
    const totals = expectedTotals('mediation.success_rate');
    expect(totals[0]).toBe('2 / 5');
    await expect(page.getByTestId('indicator-coverage').locator('tr[data-group="total"] td')).toHaveText(totals);
    await expect(page.getByTestId('citation-bibtex')).toContainText('@misc{fazhi-atlas-mediation-success-rate-');
    await expectNoAxeViolations(page);
  });

  test('is one click from the chart’s title and from the indicator picker’s definition', async ({ page }) => {
    await page.goto('./?indicator=legal_aid.cases');
    await page.locator('#compare-heading').getByRole('link', { name: '法律援助案件' }).click();
    await expect(page).toHaveURL(/view=indicator/);
    await expect(page.getByTestId('indicator-heading')).toHaveText('法律援助案件');

    await page.goto('./?view=trend&indicator=review.received');
    await page.getByRole('button', { name: '查看“行政复议案件受理数”的定义' }).click();
    await page.getByRole('link', { name: /^指标说明/ }).click();
    await expect(page).toHaveURL(/view=indicator&indicator=review\.received/);
    await expect(page.getByTestId('indicator-heading')).toHaveText('行政复议案件受理数');
  });
});

test.describe('citing the data on About', () => {
  test('gives the data’s version, date and catalogue, as text and BibTeX with copy buttons, and the licence (zh)', async ({
    page,
    context,
  }) => {
    expect(about.dataVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(about.newestReportDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?view=about');
    const facts = page.getByTestId('about-cite-facts');
    await expect(facts).toContainText(about.dataVersion!);
    await expect(facts).toContainText(about.newestReportDate!);
    await expect(facts).toContainText(`第 ${about.catalogueVersion} 版`);
    const bibtex = page.getByTestId('citation-bibtex');
    await expect(bibtex).toContainText(`version = {${about.dataVersion}}`);
    await expect(bibtex).toContainText(`date = {${about.newestReportDate}}`);
    await expect(page.getByTestId('citation-text')).toContainText(`数据版本 ${about.dataVersion},报告截至 ${about.newestReportDate}`);

    await page.getByTestId('citation-bibtex-copy').click();
    await expect(page.getByText('BibTeX已复制到剪贴板')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await bibtex.textContent());

    await expect(page.getByTestId('about-licence')).toContainText('不另行授予任何许可');
    await expect(page.getByTestId('about-indicators').getByRole('link')).toHaveCount(realIndex().indicators.length);
    await expectNoAxeViolations(page);
  });

  test('in English too', async ({ page }) => {
    await page.goto('./?view=about&lang=en');
    await expect(page.getByTestId('citation-text')).toContainText(
      `data version ${about.dataVersion}; reports up to ${about.newestReportDate}`,
    );
    await expect(page.getByTestId('about-licence')).toContainText('grants no licence of its own');
    await expectNoAxeViolations(page);
  });
});

test.describe('the review queue’s filters', () => {
  const progress = (page: Page) => page.getByTestId('queue-progress');
  const filters = (page: Page) => page.getByTestId('queue-filters');

  test('narrow the queue by indicator, year, province, risk and status, in the address (zh)', async ({ page }) => {
    const index = realIndex();
    const values = index.reports.reduce((sum, report) => sum + Object.keys(report.values).length, 0);
    const legalAid = index.reports.filter((report) => report.values['legal_aid.cases']).length;
    const of2022 = index.reports
      .filter((report) => report.year === 2022)
      .reduce((sum, report) => sum + Object.keys(report.values).length, 0);
    const shandong = new Set(index.jurisdictions.filter((j) => j.province === '山东省').map((j) => j.id));
    const ofShandong = index.reports
      .filter((report) => shandong.has(report.jurisdictionId))
      .reduce((sum, r) => sum + Object.keys(r.values).length, 0);
    const risky = parseCompactReviewQueue(JSON.parse(readFileSync('public/data/compact/review-queue.json', 'utf8'))).report.length;
    expect([legalAid, of2022, ofShandong, risky].every((n) => n > 0 && n < values)).toBe(true);

    await page.goto('./?view=review');
    await expect(progress(page)).toHaveText(`已核实 0 / ${values}`);
    // Its own year choice: every year by default, not the comparison's default year.
    const year = filters(page).getByLabel('年份');
    await expect(year).toHaveValue('');
    await expect(year.locator('option:checked')).toHaveText('所有年份');

    await filters(page).getByLabel('指标').selectOption('legal_aid.cases');
    await expect(progress(page)).toHaveText(`已核实 0 / ${legalAid}`);
    await expect(page).toHaveURL(/indicator=legal_aid\.cases/);
    await expect(page.getByTestId('queue-scope')).toBeVisible();

    await filters(page).getByRole('button', { name: '清除筛选' }).click();
    await expect(progress(page)).toHaveText(`已核实 0 / ${values}`);
    await year.selectOption('2022');
    await expect(progress(page)).toHaveText(`已核实 0 / ${of2022}`);
    await expect(page).toHaveURL(/year=2022/);
    await year.selectOption('');
    await filters(page).getByLabel('省份').selectOption('山东省');
    await expect(progress(page)).toHaveText(`已核实 0 / ${ofShandong}`);
    await filters(page).getByLabel('省份').selectOption('');

    await filters(page).getByLabel('风险').selectOption('any');
    await expect(progress(page)).toHaveText(`已核实 0 / ${risky}`);
    await expect(page).toHaveURL(/risk=any/);

    await filters(page).getByLabel('审核状态').selectOption('done');
    await expect(page).toHaveURL(/status=done/);
    await expect(page.getByText('此范围内还没有已审核的数值。')).toBeVisible();

    // The address alone reopens the same narrowed queue.
    await page.reload();
    await expect(filters(page).getByLabel('风险')).toHaveValue('any');
    await expect(filters(page).getByLabel('审核状态')).toHaveValue('done');
    await expect(progress(page)).toHaveText(`已核实 0 / ${risky}`);
    await expectNoAxeViolations(page);
  });

  test('in English too', async ({ page }) => {
    await page.goto('./?view=review&lang=en&indicator=legal_aid.cases');
    const legalAid = realIndex().reports.filter((report) => report.values['legal_aid.cases']).length;
    await expect(progress(page)).toHaveText(`Reviewed 0 / ${legalAid}`);
    await expect(filters(page).getByLabel('Year').locator('option:checked')).toHaveText('All years');
    await expect(filters(page).getByLabel('Indicator')).toHaveValue('legal_aid.cases');
    await expectNoAxeViolations(page);
  });
});

test('no horizontal page scroll on the indicator page, About and the filtered queue, at this width', async ({ page }) => {
  const width = page.viewportSize()?.width ?? 0;
  const urls = [
    './?view=indicator&indicator=mediation.cases',
    './?view=indicator&indicator=service.online_rate&lang=en',
    './?view=about',
    './?view=review&risk=any&lang=en',
  ];
  expect(urls.length).toBe(4);
  for (const url of urls) {
    await page.goto(url);
    await expect(page.locator('main h2').first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^(正在加载|Loading)/ })).toHaveCount(0);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, url).toBeLessThanOrEqual(width);
  }
});

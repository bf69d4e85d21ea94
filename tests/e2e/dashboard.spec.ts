import { expect, type Page, test } from '@playwright/test';

import { COMPARE_LAYOUT } from '../../src/features/compare/build-compare-option';
import { seriousViolations } from './axe';
import { reportOf, sourceOf } from './real-data';

const LEGAL_AID = 'legal_aid.cases';

/**
 * Each place's latest report (`year=latest`): 嘉祥县 2023 and 芙蓉区 2020 both report legal-aid
 * cases, in two peer groups (different years and levels). The default view compares one year.
 */
const LATEST_LEGAL_AID = `./?indicator=${LEGAL_AID}&year=latest`;

/**
 * Clicks the chart's i-th line (0 = top) on its canvas. Every peer group opens with a header line
 * (its name and median), so with one bar per group the bars are lines 1, 3, 5….
 */
async function clickLine(page: Page, index: number) {
  const chart = page.getByTestId('compare-chart');
  const canvas = chart.locator('canvas');
  await expect(canvas).toBeVisible();
  const box = await chart.boundingBox();
  if (!box) throw new Error('compare chart has no box');
  // Bars start at the fixed label column; a point just right of the axis is inside every bar.
  const x = COMPARE_LAYOUT.labelWidth + 6;
  const y = COMPARE_LAYOUT.top + COMPARE_LAYOUT.rowHeight * (index + 0.5);
  await chart.click({ position: { x, y } });
}

test.describe('compare view', () => {
  test('opens on one year: the latest in which the most places report, and says so', async ({ page }) => {
    // 2022 has two reports (桃林镇, 淄博高新区); 2020, 2023 and 2024 one each. Both 2022 reports
    // state the mediation cases settled (调解成功), and so do 芙蓉区's 2020 and 嘉祥县's 2023.
    await page.goto('./?indicator=mediation.succeeded');
    await expect(page.getByRole('heading', { level: 2 })).toContainText('2022');
    await expect(page.getByTestId('compare-notes')).toContainText('默认比较 2022 年');
    // Places with a report that year come first, with their value; the others are listed as
    // having no report that year, never given another year's number.
    const rows = page.getByTestId('compare-table').locator('tbody tr');
    await expect(rows).toHaveCount(5);
    for (let i = 0; i < 2; i += 1) await expect(rows.nth(i)).toContainText(/桃林镇|淄博高新区/);
    for (const name of ['嘉祥县', '芙蓉区', '高陵区']) await expect(rows.filter({ hasText: name })).toContainText('该年无报告');
  });

  test('mixed peer groups draw no single median, and the chart, table and legend agree', async ({ page }) => {
    // 2022: a township government and a development zone's department, one report each: two
    // groups, neither with a median.
    await page.goto('./?indicator=mediation.succeeded');
    await expect(page.getByTestId('compare-notes')).toContainText('分属 2 个同类组');
    const chart = page.getByTestId('compare-chart');
    await expect(chart.locator('canvas')).toBeVisible();
    const description = (await chart.locator('[aria-label]').first().getAttribute('aria-label')) ?? '';
    expect(description).toContain('2022 年 · 镇 · 政府报告');
    expect(description.match(/不计中位数/g)).toHaveLength(2);
    await expect(page.getByTestId('compare-legend')).not.toContainText('中位数');
    await expect(page.getByTestId('compare-legend')).toContainText('部门报告');
    const rows = page.getByTestId('compare-table').locator('tbody tr');
    for (let i = 0; i < 2; i += 1) await expect(rows.nth(i).locator('td').nth(4)).toHaveText('—');
  });

  test('answers "who reported the most legal-aid cases", with the others listed as not reported', async ({ page }) => {
    await page.goto(LATEST_LEGAL_AID);
    await expect(page.getByRole('link', { name: '横向比较' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 2 })).toContainText('法律援助案件');
    await expect(page.getByTestId('compare-notes')).toContainText('图表中的报告年份不同(2020–2023)');
    const rows = page.getByTestId('compare-table').locator('tbody tr');
    await expect(rows.nth(0)).toContainText('嘉祥县');
    await expect(rows.nth(0)).toContainText('2,138');
    await expect(rows.nth(0)).toContainText('2023');
    await expect(rows.nth(1)).toContainText('芙蓉区');
    await expect(rows.nth(1)).toContainText('323');
    const notReported = page.getByTestId('not-reported');
    for (const name of ['高陵区', '桃林镇', '淄博高新区']) await expect(notReported).toContainText(name);
    // The development zone's report is by a department, and says so.
    await expect(notReported.locator('li', { hasText: '淄博高新区' })).toContainText('部门报告');
  });

  test('a click on a bar opens its source with the quote marked, and the URL reproduces it', async ({ page }) => {
    await page.goto(LATEST_LEGAL_AID);
    await clickLine(page, 1);
    const dialog = page.getByRole('dialog', { name: /数值来源/ });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('嘉祥县');
    await expect(dialog.getByTestId('drill-value')).toContainText('2,138');
    const mark = dialog.locator('blockquote mark');
    await expect(mark).toContainText('2138');
    await expect(page).toHaveURL(new RegExp(`source=${sourceOf('嘉祥县', LEGAL_AID).replace('.', '\\.')}`));

    // Same link, fresh page: same drill-down.
    await page.goto(page.url());
    await expect(page.getByRole('dialog').locator('blockquote mark')).toContainText('2138');
  });

  test('the second bar is 芙蓉区 and its source is the 2020 report', async ({ page }) => {
    await page.goto(LATEST_LEGAL_AID);
    await clickLine(page, 3);
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('blockquote mark')).toContainText('323');
    await expect(dialog).toContainText('2020');
  });

  test('keyboard only: tab to a source button, open it, close it with Escape', async ({ page, isMobile }) => {
    test.skip(isMobile, 'keyboard path is checked on desktop');
    await page.goto(LATEST_LEGAL_AID);
    const button = page.getByRole('button', { name: /查看 嘉祥县 2023 年“法律援助案件”数值的来源/ });
    await expect(button).toBeVisible();
    let reached = false;
    for (let i = 0; i < 60 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await button.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('blockquote mark')).toContainText('2138');
    await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('level filter narrows the peers', async ({ page }) => {
    await page.goto(LATEST_LEGAL_AID);
    await page.getByRole('radio', { name: '县', exact: true }).check();
    await expect(page).toHaveURL(/level=%E5%8E%BF/);
    const rows = page.getByTestId('compare-table').locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('嘉祥县');
  });

  test('the chart is drawn at the height of its new lines when a filter changes them; a shorter one keeps its canvas, cut off at its box', async ({
    page,
  }) => {
    await page.goto(LATEST_LEGAL_AID);
    const box = page.getByTestId('compare-chart').locator('.echarts-for-react');
    const canvas = box.locator('canvas');
    await expect(canvas).toBeVisible();
    const heights = () =>
      box.evaluate((element) => ({
        box: element.clientHeight,
        canvas: (element.querySelector('canvas') as HTMLCanvasElement).clientHeight,
      }));
    const before = await heights();
    expect(before.canvas).toBe(before.box);
    await page.getByRole('radio', { name: '县', exact: true }).check();
    await expect(page.getByTestId('compare-table').locator('tbody tr')).toHaveCount(1);
    await expect.poll(async () => (await heights()).box).toBeLessThan(before.box);
    // The canvas it had, seen and clicked only within the chart's box: what lies below is the page's.
    expect((await heights()).canvas).toBe(before.canvas);
    const below = await page.getByTestId('compare-chart').evaluate((chart) => {
      const rect = chart.getBoundingClientRect();
      window.scrollTo(0, window.scrollY + rect.bottom - window.innerHeight / 2);
      const after = chart.getBoundingClientRect();
      return chart.contains(document.elementFromPoint(after.left + after.width / 2, after.bottom + 4));
    });
    expect(below).toBe(false);
    await page.getByRole('radio', { name: '全部层级', exact: true }).check();
    await expect.poll(async () => (await heights()).box).toBe(before.box);
    expect(await heights()).toEqual(before);
  });
});

test.describe('drill-down → report reader', () => {
  test('links to the report reader at that paragraph', async ({ page }) => {
    const source = sourceOf('芙蓉区', LEGAL_AID);
    await page.goto(`./?indicator=${LEGAL_AID}&source=${source}`);
    await page.getByRole('link', { name: /在报告阅读中查看此段/ }).click();
    await expect(page).toHaveURL(/view=report/);
    await expect(page.getByRole('dialog')).toBeHidden();
    const current = page.locator('p[aria-current="true"]');
    await expect(current).toBeInViewport();
    await expect(current.locator('mark[aria-current="true"]')).toContainText('323');
    // Previous/next move through the report's values.
    await page.getByRole('button', { name: /下一个数值/ }).click();
    await expect(page.getByTestId('report-position')).toContainText('/');
  });
});

test.describe('deep links and history', () => {
  test('back and forward step through views and drill-downs', async ({ page }) => {
    await page.goto(`./?indicator=${LEGAL_AID}`);
    await page.getByRole('link', { name: '披露覆盖' }).click();
    await expect(page.getByTestId('coverage-table')).toBeVisible();
    await page.getByRole('link', { name: '年度趋势' }).click();
    await expect(page.getByTestId('trend-table')).toBeVisible();
    await page.goBack();
    await expect(page.getByTestId('coverage-table')).toBeVisible();
    await expect(page).toHaveURL(/view=coverage/);
    await page.goBack();
    await expect(page.getByTestId('compare-table')).toBeVisible();
    await page.goForward();
    await expect(page.getByTestId('coverage-table')).toBeVisible();
  });

  test('a trend deep link with picked jurisdictions and an open source', async ({ page }) => {
    const furong = reportOf('芙蓉区').jurisdictionId;
    const jiaxiang = reportOf('嘉祥县').jurisdictionId;
    const source = sourceOf('嘉祥县', LEGAL_AID);
    await page.goto(`./?view=trend&indicator=${LEGAL_AID}&j=${furong},${jiaxiang}&source=${source}`);
    await expect(page.getByRole('link', { name: '年度趋势' })).toHaveAttribute('aria-current', 'page');
    const table = page.getByTestId('trend-table');
    await expect(table.locator('tbody tr')).toHaveCount(2);
    // Years without a report are gaps, not zeros or carried-over values.
    await expect(table.locator('tbody tr', { hasText: '芙蓉区' })).toContainText('该年无报告');
    await expect(page.getByRole('dialog').locator('blockquote mark')).toContainText('2138');
  });
});

test.describe('each view', () => {
  test('trend: the place picker and a chart with its table', async ({ page }) => {
    await page.goto(`./?view=trend&indicator=${LEGAL_AID}`);
    await expect(page.getByTestId('trend-chart').locator('canvas')).toBeVisible();
    await page.getByRole('combobox', { name: '选择地区' }).fill('桃林');
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options).toHaveCount(1);
    await options.first().click();
    await expect(page).toHaveURL(/j=/);
    await expect(page.getByTestId('trend-table').locator('tbody tr', { hasText: '桃林镇' })).toContainText('未报告');
  });

  test('coverage: the whole grid on the page, no inner scroll box', async ({ page }) => {
    await page.goto('./?view=coverage&year=latest');
    const table = page.getByTestId('coverage-table');
    await expect(table).toBeVisible();
    // No element between the table and the page clips it vertically (an inner scroll box showed
    // 9 of 28 indicators): every ancestor is at least as tall as the table.
    const clipped = await table.evaluate((element) => {
      const height = element.getBoundingClientRect().height;
      const found: string[] = [];
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (['auto', 'scroll', 'hidden'].includes(style.overflowY) && node.clientHeight + 1 < height)
          found.push(`${node.className} ${node.clientHeight}px`);
      }
      return found;
    });
    expect(clipped).toEqual([]);
  });

  test('pinyin search finds 高陵区 by "gaoling" and by its initials "gl"', async ({ page }) => {
    await page.goto(`./?indicator=review.concluded&year=latest`);
    const table = page.getByTestId('compare-table');
    await expect(table.locator('tbody tr').first()).toBeVisible();
    const search = page.getByRole('searchbox', { name: '在表格中查找地区' });
    for (const query of ['gaoling', 'gl', '高陵']) {
      await search.fill(query);
      await expect(table.locator('tbody tr')).toHaveCount(1);
      await expect(table.locator('tbody tr').first()).toContainText('高陵区');
    }
  });

  test('the briefing prints on one A4 landscape page, every number footnoted', async ({ page }) => {
    const ids = ['芙蓉区', '嘉祥县'].map((name) => reportOf(name).jurisdictionId);
    await page.goto(`./?view=briefing&j=${ids.join(',')}&year=latest`);
    const briefing = page.getByTestId('briefing-page');
    await expect(briefing).toContainText('2,138');
    await expect(briefing).toContainText('未报告');
    // 芙蓉区 2020's reconsideration figures carry the extractor's warning, beside the values, as in the compare table.
    const concluded = briefing.getByRole('row', { name: /^行政复议案件办结数/ });
    await expect(concluded.getByTestId('value-warning')).toContainText('⚠ 提示: 行政复议办结 49 件多于受理 46 件');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false }).promise;
    expect(document.numPages).toBe(1);
    const first = await document.getPage(1);
    // A4 landscape in points (841.9 × 595.3).
    expect(Math.abs(first.view[2]! - 841.9)).toBeLessThan(1.5);
    expect(Math.abs(first.view[3]! - 595.3)).toBeLessThan(1.5);
    const text = (await first.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
    for (const words of ['嘉祥县', '芙蓉区', '2,138', '2138']) expect(text).toContain(words);
    // The warning is printed too (pdf.js may split its runs at spaces: compared without them).
    expect(text.replace(/\s+/g, '')).toContain('行政复议办结49件多于受理46件');
  });

  test('coverage: values or 未报告 for every jurisdiction, with counts', async ({ page, isMobile }) => {
    const table = page.getByTestId('coverage-table');
    if (isMobile) {
      // A phone transposes the grid (places as rows) and shows one indicator group at a time.
      await page.goto('./?view=coverage&year=latest&group=legal_aid');
      await expect(table.locator('tbody tr')).toHaveCount(5);
      const column = await table.locator('thead th').allTextContents();
      const legalAidColumn = column.findIndex((text) => text.includes('法律援助案件'));
      expect(legalAidColumn).toBeGreaterThan(0);
      await expect(table.locator('tfoot td').nth(legalAidColumn - 1)).toHaveText('2/5');
      await expect(table.locator('tbody tr', { hasText: '桃林镇' })).toContainText('未报告');
      await table.locator('tbody tr', { hasText: '嘉祥县' }).getByRole('button', { name: /2,138/ }).click();
    } else {
      await page.goto('./?view=coverage&year=latest');
      await expect(table.locator('thead th')).toHaveCount(7);
      const legalAid = table.locator('tbody tr', { hasText: '法律援助案件' }).first();
      await expect(legalAid.locator('td').last()).toHaveText('2/5');
      await expect(legalAid).toContainText('未报告');
      await legalAid.getByRole('button', { name: /2,138/ }).click();
    }
    await expect(page.getByRole('dialog').locator('blockquote mark')).toContainText('2138');
  });

  test('report reader: text by section, kinds visible, extractions marked, warnings listed', async ({ page }) => {
    await page.goto(`./?view=report&report=${reportOf('嘉祥县').id}`);
    await expect(page.locator('.report-section-title').first()).toBeVisible();
    await expect(page.locator('.report-section-title .badge-section-results').first()).toBeVisible();
    await expect(page.locator('.report-text mark').first()).toBeVisible();
    await expect(page.getByTestId('report-values')).toContainText('法律援助案件');
    await expect(page.getByRole('heading', { name: /提示/ })).toBeVisible();
  });

  test('a traditional-character report reads as written', async ({ page }) => {
    await page.goto(`./?view=report&report=${reportOf('高陵区').id}`);
    await expect(page.locator('.report-text')).toContainText('行政復議');
  });

  test('a missing detail file shows an error in its panel and the rest keeps working', async ({ page }) => {
    const report = reportOf('嘉祥县');
    await page.route(`**/data/${report.detailPath}`, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(`${LATEST_LEGAL_AID}&source=${sourceOf('嘉祥县', LEGAL_AID)}`);
    await expect(page.getByRole('dialog').getByRole('alert')).toContainText('数据文件不存在');
    await expect(page.getByTestId('compare-table')).toContainText('2,138');
    await page.getByRole('link', { name: '披露覆盖' }).click();
    await expect(page.getByTestId('coverage-table')).toBeVisible();
  });
});

test.describe('language', () => {
  test('switches to English and back, kept in the URL', async ({ page }) => {
    await page.goto(`./?indicator=${LEGAL_AID}`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2 })).toContainText('Legal-aid cases');
    await expect(page.getByRole('link', { name: 'Coverage' })).toBeVisible();
    await expect(page).toHaveURL(/lang=en/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 2 })).toContainText('Legal-aid cases');
    await page.getByRole('button', { name: '切换到中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});

test.describe('accessibility and layout', () => {
  const pages: [string, string][] = [
    ['compare', `./?indicator=${LEGAL_AID}`],
    ['trend', `./?view=trend&indicator=${LEGAL_AID}`],
    ['coverage', './?view=coverage'],
    ['report', 'REPORT'],
    ['drill-down', 'SOURCE'],
    ['english compare', `./?indicator=${LEGAL_AID}&lang=en`],
    ['compare, latest per place', `./?indicator=${LEGAL_AID}&year=latest`],
    ['briefing', 'BRIEFING'],
    ['about', './?view=about'],
    ['add report', './?view=add'],
  ];
  for (const [name, target] of pages) {
    test(`axe finds no serious or critical violation: ${name}`, async ({ page }) => {
      const url =
        target === 'REPORT'
          ? `./?view=report&report=${reportOf('芙蓉区').id}`
          : target === 'SOURCE'
            ? `./?indicator=${LEGAL_AID}&source=${sourceOf('芙蓉区', LEGAL_AID)}`
            : target === 'BRIEFING'
              ? `./?view=briefing&j=${['芙蓉区', '嘉祥县'].map((place) => reportOf(place).jurisdictionId).join(',')}&year=latest`
              : target;
      await page.goto(url);
      await expect(page.locator('main h2').first()).toBeVisible();
      if (target === 'SOURCE') await expect(page.getByRole('dialog').locator('mark')).toBeVisible();
      if (target === 'REPORT') await expect(page.locator('.report-text mark').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('no horizontal page scroll at this width (390 px phones too)', async ({ page }) => {
    const width = page.viewportSize()?.width ?? 0;
    const urls = [
      `./?indicator=${LEGAL_AID}`,
      './?view=coverage',
      `./?view=trend&indicator=${LEGAL_AID}`,
      `./?view=report&report=${reportOf('嘉祥县').id}`,
      `./?indicator=${LEGAL_AID}&source=${sourceOf('嘉祥县', LEGAL_AID)}`,
      `./?indicator=${LEGAL_AID}&year=latest`,
      './?view=coverage&year=latest',
      `./?view=briefing&j=${['芙蓉区', '嘉祥县'].map((place) => reportOf(place).jurisdictionId).join(',')}&year=latest`,
      './?view=about',
      './?view=add',
    ];
    for (const url of urls) {
      await page.goto(url);
      await expect(page.locator('main h2').first()).toBeVisible();
      // Compared with the configured width: mobile Chrome widens its layout viewport to fit
      // overflowing content, so window.innerWidth would hide the overflow.
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, url).toBeLessThanOrEqual(width);
    }
  });
});

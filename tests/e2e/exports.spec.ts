/**
 * Issue 22 ("The analyst's day"), exports that never drop data, in Chromium at 1280 and 390 px:
 * a slide-shaped image and an image of every bar of a paged chart; the compare view's CSV listing
 * its places without a number; the trend's start-at-0 option and median line; footnotes citing
 * their report's title and address, and the marks explained, on the printed page; English place
 * names with pinyin in a chart image. The paged chart and the peers come from synthetic reports
 * generated and extracted as a user would (120 places × 3 years); the rest from the bundled data.
 */

import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { type Download, expect, type Page, test } from '@playwright/test';
import Papa from 'papaparse';

import { seriousViolations } from './axe';
import { serveDataFolder, syntheticDataOnce } from './data-folder';
import { reportOf } from './real-data';

const LEGAL_AID = 'legal_aid.cases';
const WORK = path.resolve('.tmp', `e2e-exports-${process.env.E2E_PORT ?? 'default'}`);
const DATA = path.join(WORK, 'data');

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await syntheticDataOnce(WORK, ['--jurisdictions', '120', '--years', '3', '--seed', '7']);
});

/** Answers the dashboard's data requests from the synthetic folder. */
const serveSynthetic = (page: Page) => serveDataFolder(page, DATA);

async function openOutputs(page: Page) {
  await page.getByTestId('outputs').locator('summary').click();
  await expect(page.getByTestId('outputs').getByRole('button').first()).toBeVisible();
}

async function download(page: Page, button: string | RegExp): Promise<{ download: Download; bytes: Buffer }> {
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByTestId('outputs')
      .getByRole('button', { name: button, exact: typeof button === 'string' })
      .click(),
  ]);
  return { download: saved, bytes: await readFile(await saved.path()) };
}

/** A PNG's size from its IHDR chunk. */
const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

test.describe('chart images of a paged chart', () => {
  test('a 16:9 slide and an image of all bars, both saying what they hold', async ({ page }) => {
    await serveSynthetic(page);
    await page.goto(`./?indicator=${LEGAL_AID}`);
    const showing = page.getByTestId('compare-chart-showing');
    await expect(showing).toContainText('第 1–50 个');
    const total = Number(/共 (\d+) 个/.exec((await showing.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(50);
    await openOutputs(page);
    expect(await seriousViolations(page)).toEqual([]);

    const slide = await download(page, '幻灯片 16:9');
    expect(slide.download.suggestedFilename()).toMatch(/_slide\.png$/);
    // 1920 × 1080 drawn at pixel ratio 2.
    expect(pngSize(slide.bytes)).toEqual([3840, 2160]);

    // The last bar's place (the table lists every row in the chart's order): in the image of all bars, not in the page's.
    const lastRow =
      (await page
        .getByTestId('compare-table')
        .locator('tbody tr')
        .nth(total - 1)
        .locator('th')
        .textContent()) ?? '';
    // The name, without the badges that follow it (部门报告…).
    const lastName = /^[\u4e00-\u9fff]+?(?=部门报告|本地|$)/.exec(lastRow.trim())?.[0] ?? '';
    expect(lastName.length).toBeGreaterThan(1);
    const pageSvg = (await download(page, 'SVG')).bytes.toString('utf8');
    expect(pageSvg).toContain(`第 1–50 项,共 ${total} 项`);
    expect(pageSvg).not.toContain(`>${lastName}`);
    const allSvg = (await download(page, `全部 ${total} 项 SVG`)).bytes.toString('utf8');
    expect(allSvg).toContain(`全部 ${total} 项`);
    expect(allSvg).toContain(`>${lastName}`);
    const allPng = await download(page, `全部 ${total} 项 PNG`);
    const [width, height] = pngSize(allPng.bytes);
    expect(width).toBe(3200);
    expect(height).toBeGreaterThan(total * 64 * 2);
  });
});

test.describe('compare downloads list the places without a number', () => {
  test('CSV rows with value_status not_reported and no_report, as the table says', async ({ page }) => {
    const csvRows = async () => {
      await openOutputs(page);
      const { bytes } = await download(page, 'CSV');
      return Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), { header: true, skipEmptyLines: true }).data;
    };
    // Each place's latest report: 高陵区's (2024) does not state the number.
    await page.goto(`./?indicator=${LEGAL_AID}&year=latest`);
    await expect(page.getByTestId('compare-table')).toContainText('未报告');
    const latest = await csvRows();
    expect(latest.map((row) => row.value_status)).toContain('reported');
    expect(latest.find((row) => row.jurisdiction === '高陵区')).toMatchObject({ value_status: 'not_reported', value: '', year: '2024' });
    // 2023: 芙蓉区 has no report that year, and so no report id.
    await page.goto(`./?indicator=${LEGAL_AID}&year=2023`);
    await expect(page.getByTestId('compare-table')).toContainText('2,138');
    const of2023 = await csvRows();
    expect(of2023.find((row) => row.jurisdiction === '嘉祥县')).toMatchObject({ value_status: 'reported', value: '2138' });
    expect(of2023.find((row) => row.jurisdiction === '芙蓉区')).toMatchObject({
      value_status: 'no_report',
      value: '',
      report_id: '',
      year: '2023',
    });
    const absent = of2023.filter((row) => row.value_status !== 'reported');
    expect(absent.length).toBeGreaterThan(0);
    for (const row of absent) expect([row.value, row.quote]).toEqual(['', '']);
    // The image says them under the chart.
    const svg = (await download(page, 'SVG')).bytes.toString('utf8');
    expect(svg).toContain('当年无报告');
    expect(svg).toContain('芙蓉区');
  });
});

test.describe('trend options', () => {
  test('start at 0 and a median line of the peers, kept in the address', async ({ page }) => {
    await serveSynthetic(page);
    await page.goto(`./?view=trend&indicator=${LEGAL_AID}`);
    await expect(page.getByTestId('trend-chart').locator('canvas')).toBeVisible();
    await page.getByRole('checkbox', { name: '纵轴从 0 开始' }).check();
    await expect(page).toHaveURL(/zero=1/);
    await page.getByRole('combobox', { name: '中位数线' }).selectOption('peers');
    await expect(page).toHaveURL(/median=peers/);
    await expect(page.getByTestId('trend-legend-median')).toContainText('中位数');
    expect(await seriousViolations(page)).toEqual([]);
    // The address reopens both.
    await page.reload();
    await expect(page.getByRole('checkbox', { name: '纵轴从 0 开始' })).toBeChecked();
    await expect(page.getByTestId('trend-legend-median')).toBeVisible();
    const svg = (
      await (async () => {
        await openOutputs(page);
        return download(page, 'SVG');
      })()
    ).bytes.toString('utf8');
    expect(svg).toMatch(/<text[^>]*>中位数/);
    // The table opens at its newest year, the places' column in view.
    await page.getByTestId('trend-table').scrollIntoViewIfNeeded();
    const scroll = page.getByTestId('trend-table').locator('xpath=..');
    const fits = await scroll.evaluate((element) => element.scrollLeft + element.clientWidth >= element.scrollWidth - 2);
    expect(fits).toBe(true);
    const lastYear = page.getByTestId('trend-table').locator('thead th').last();
    await expect(lastYear).toBeInViewport();
    await expect(page.getByTestId('trend-table').locator('tbody th').first()).toBeInViewport();
  });
});

test.describe('printed footnotes', () => {
  test('the briefing cites each report by title and explains its marks on paper', async ({ page }) => {
    const ids = ['嘉祥县', '芙蓉区'].map((name) => reportOf(name).jurisdictionId);
    await page.goto(`./?view=briefing&year=latest&j=${ids.join(',')}`);
    await expect(page.getByTestId('briefing-page')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const notes = page.locator('.briefing-notes li');
    expect(await notes.count()).toBeGreaterThan(1);
    await expect(notes.first()).toContainText('《');
    await expect(page.getByTestId('marks-key')).toBeVisible();
    await expect(page.getByTestId('marks-key')).toContainText('※');
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });
});

test.describe('English names', () => {
  test('a chart image names places with their pinyin, labels not cut', async ({ page }) => {
    await page.goto(`./?lang=en&indicator=${LEGAL_AID}&year=latest`);
    await expect(page.getByTestId('compare-chart').locator('canvas')).toBeVisible();
    await openOutputs(page);
    const svg = (await download(page, 'SVG')).bytes.toString('utf8');
    expect(svg).toContain('Furong Qu');
    expect(svg).not.toContain('…');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

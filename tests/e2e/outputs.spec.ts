/**
 * Issue 6 in Chromium: every download (CSV, JSON, ZIP, PNG, SVG) is saved and read back, the
 * printable profile is printed to a one-page A4 PDF holding its numbers, and the share button puts
 * the view's address on the clipboard.
 */

import { readFileSync } from 'node:fs';

import { type Download, expect, type Page, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';

import { parseDetailFile } from '../../src/data/schema';
import { seriousViolations } from './axe';
import { realIndex, reportOf } from './real-data';

const LEGAL_AID = 'legal_aid.cases';
/** The compare view's CSV, named after what it holds: view, indicator, year (here each place's latest). */
const VIEW_CSV = `fazhi-atlas_compare_${LEGAL_AID}_latest.csv`;
const BOM_BYTES = [0xef, 0xbb, 0xbf];

/** The quote of 嘉祥县's legal-aid figure, as its detail file holds it. */
function jiaxiangQuote(): string {
  const report = reportOf('嘉祥县');
  const detail = parseDetailFile(JSON.parse(readFileSync(`public/data/${report.detailPath}`, 'utf8')));
  const extraction = detail.extractions.find((e) => e.id === report.values[LEGAL_AID]!.extractionId)!;
  expect(extraction.quote).toContain('2138');
  return extraction.quote!;
}

const totalValues = () => realIndex().reports.reduce((sum, r) => sum + Object.keys(r.values).length, 0);

async function openOutputs(page: Page) {
  await page.getByText('导出与分享').click();
  await expect(page.getByRole('button', { name: 'CSV' })).toBeVisible();
}

/** Clicks a button and returns the file the page saved. */
async function download(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const path = await saved.path();
  return { download: saved, bytes: readFileSync(path) };
}

function parseCsv(bytes: Buffer) {
  expect([...bytes.subarray(0, 3)]).toEqual(BOM_BYTES);
  // TextDecoder drops the BOM, as Excel and pandas' utf-8-sig do.
  const text = new TextDecoder().decode(bytes);
  expect(text.includes('\r\n')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

test.describe('data downloads', () => {
  test('CSV of the compare view: BOM, one row per bar, the numbers and quotes shown', async ({ page }) => {
    await page.goto(`./?indicator=${LEGAL_AID}&year=latest`);
    const table = page.getByTestId('compare-table');
    await expect(table.locator('tbody tr').first()).toContainText('2,138');
    await openOutputs(page);
    await expect(page.getByRole('radio', { name: '本页数据(2 个数值)' })).toBeChecked();
    const { download: saved, bytes } = await download(page, 'CSV');
    expect(saved.suggestedFilename()).toBe(VIEW_CSV);
    const all = parseCsv(bytes);
    // The same values, in the same order, as the table's reported rows; then its places without a number.
    const reported = realIndex().reports.filter((r) => r.values[LEGAL_AID]).length;
    const rows = all.filter((row) => row.value_status === 'reported');
    expect(rows).toHaveLength(reported);
    expect(all.slice(0, reported)).toEqual(rows);
    const absent = all.slice(reported);
    expect(absent.map((row) => [row.jurisdiction, row.value_status, row.value])).toContainEqual(['高陵区', 'not_reported', '']);
    for (const [index, row] of rows.entries()) {
      const shown = table.locator('tbody tr').nth(index);
      await expect(shown).toContainText(row.jurisdiction!);
      await expect(shown).toContainText(Number(row.value).toLocaleString('zh-CN'));
      await expect(shown).toContainText(row.year!);
    }
    expect(rows[0]).toMatchObject({
      jurisdiction: '嘉祥县',
      year: '2023',
      indicator_id: LEGAL_AID,
      indicator_label_zh: '法律援助案件',
      value: '2138',
      unit: '件',
      qualifier: 'exact',
      value_type: 'reported',
      quote: jiaxiangQuote(),
      quote_status: 'quoted',
      level: '县',
      province: '山东省',
      division_code: '370829',
    });
    expect(rows[0]!.section).not.toBe('');
    expect(rows[0]!.source_file).toBe(reportOf('嘉祥县').sourceFile);
    await expect(page.getByTestId('outputs-status')).toContainText(`已下载 ${VIEW_CSV}`);
  });

  test('everything as CSV, JSON and ZIP: every value with its quote, the zip with its README', async ({ page }) => {
    await page.goto(`./?indicator=${LEGAL_AID}&year=latest`);
    await openOutputs(page);
    await page.getByRole('radio', { name: /全部数据/ }).check();

    const started = Date.now();
    const csv = await download(page, 'CSV');
    const csvMs = Date.now() - started;
    const rows = parseCsv(csv.bytes);
    expect(csv.download.suggestedFilename()).toBe('fazhi-atlas_all.csv');
    expect(rows).toHaveLength(totalValues());
    expect(rows.filter((row) => row.quote_status === 'not_loaded')).toEqual([]);
    expect(rows).toContainEqual(
      expect.objectContaining({ jurisdiction: '嘉祥县', year: '2023', indicator_id: LEGAL_AID, value: '2138', quote: jiaxiangQuote() }),
    );
    for (const row of rows) {
      if (row.value_type === 'derived') expect([row.quote, row.quote_status]).toEqual(['', 'derived']);
      else expect([row.quote !== '', row.quote_status]).toEqual([true, 'quoted']);
    }

    const json = await download(page, 'JSON');
    const values = JSON.parse(json.bytes.toString('utf8')) as Record<string, unknown>[];
    expect(values).toHaveLength(totalValues());
    expect(values).toContainEqual(expect.objectContaining({ jurisdiction: '嘉祥县', year: 2023, indicator_id: LEGAL_AID, value: 2138 }));

    const zip = await download(page, 'ZIP(数据+说明)');
    expect(zip.download.suggestedFilename()).toBe('fazhi-atlas_all.zip');
    const files = unzipSync(new Uint8Array(zip.bytes));
    expect(Object.keys(files).sort()).toEqual(['README.md', 'fazhi-atlas_all.csv', 'fazhi-atlas_all.json']);
    const readme = new TextDecoder().decode(files['README.md']);
    expect(readme).toContain('How to cite');
    expect(readme).toContain('`quote_status`');
    expect(readme).toMatch(/Generated: \d{4}-\d{2}-\d{2}T/);
    // The rows carry no timestamp: the zipped CSV is byte for byte the CSV downloaded before.
    expect(Buffer.from(files['fazhi-atlas_all.csv']!).equals(csv.bytes)).toBe(true);
    test
      .info()
      .annotations.push({ type: 'figures', description: `everything CSV built and saved in ${csvMs} ms; zip ${zip.bytes.length} bytes` });
  });

  test('a detail file that cannot be loaded: the row keeps its value, the README says so', async ({ page }) => {
    const report = reportOf('嘉祥县');
    await page.route(`**/data/${report.detailPath}`, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(`./?indicator=${LEGAL_AID}&year=latest`);
    await openOutputs(page);
    const zip = await download(page, 'ZIP(数据+说明)');
    const files = unzipSync(new Uint8Array(zip.bytes));
    const rows = parseCsv(Buffer.from(files[VIEW_CSV]!));
    expect(rows[0]).toMatchObject({ jurisdiction: '嘉祥县', value: '2138', quote: '', quote_status: 'not_loaded' });
    expect(new TextDecoder().decode(files['README.md'])).toContain(`\`${report.id}\``);
    await expect(page.getByTestId('outputs-status')).toContainText('1 份报告的原文引用无法加载');
  });
});

test.describe('chart images', () => {
  test('PNG and SVG of the compare chart, slide-sized, with title and source line', async ({ page }) => {
    await page.goto(`./?indicator=${LEGAL_AID}&year=latest`);
    await expect(page.getByTestId('compare-chart').locator('canvas')).toBeVisible();
    await openOutputs(page);
    const png = await download(page, 'PNG');
    expect(png.download.suggestedFilename()).toBe(`fazhi-atlas_compare_${LEGAL_AID}_latest.png`);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: 1600 × 900 drawn at pixel ratio 2, and a line more for the places without a number (listed under the chart).
    expect(png.bytes.readUInt32BE(16)).toBe(3200);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(1800);
    expect(png.bytes.readUInt32BE(20)).toBeLessThan(2000);
    expect(png.bytes.length).toBeGreaterThan(20_000);

    const svg = await download(page, 'SVG');
    expect(svg.download.suggestedFilename()).toBe(`fazhi-atlas_compare_${LEGAL_AID}_latest.svg`);
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('width="1600"');
    for (const words of ['法律援助案件', '单位:件', '2,138', '来源:法治政府建设年度报告数据图谱', '未报告(报告未写明此项)', '高陵区'])
      expect(text).toContain(words);
  });

  test('PNG and SVG of the trend chart, with a legend naming each place', async ({ page }) => {
    const places = ['芙蓉区', '嘉祥县'];
    const ids = places.map((name) => reportOf(name).jurisdictionId);
    await page.goto(`./?view=trend&indicator=${LEGAL_AID}&j=${ids.join(',')}`);
    await expect(page.getByTestId('trend-chart').locator('canvas')).toBeVisible();
    for (const name of places) await expect(page.getByTestId('trend-legend')).toContainText(name);
    await openOutputs(page);
    const png = await download(page, 'PNG');
    expect([...png.bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const svg = (await download(page, 'SVG')).bytes.toString('utf8');
    // Place names as text of the SVG (its legend), not only pixels.
    for (const name of places) expect(svg).toMatch(new RegExp(`<text[^>]*>${name}</text>`));
  });
});

test.describe('printable profile', () => {
  test('prints to A4 holding the numbers, with peers, 未报告 and quotes', async ({ page }) => {
    const report = reportOf('嘉祥县');
    await page.goto(`./?view=profile&report=${report.id}`);
    const profile = page.getByTestId('profile-page');
    await expect(profile.locator(`tr[data-indicator="legal_aid.cases"] td[data-year="${report.year}"]`)).toContainText('2,138');
    await expect(profile.locator(`tr[data-indicator="mediation.cases"] td[data-year="${report.year}"]`)).toHaveText('未报告');
    await expect(profile.locator('.profile-notes')).toContainText(jiaxiangQuote());

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false }).promise;
    // Every indicator × the data's four years: two pages.
    expect(document.numPages).toBeLessThanOrEqual(2);
    const page1 = await document.getPage(1);
    const [width, height] = [page1.view[2]!, page1.view[3]!];
    // A4 in points (595.3 × 841.9; Chromium rounds to whole points).
    expect(Math.abs(width - 595.3)).toBeLessThan(1.5);
    expect(Math.abs(height - 841.9)).toBeLessThan(1.5);
    let text = '';
    for (let number = 1; number <= document.numPages; number += 1) {
      text += (await (await document.getPage(number)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
    }
    expect(text).toContain('2,138');
    expect(text).toContain('2138');
    expect(text).toContain('嘉祥县');
    // No app chrome on paper.
    expect(text).not.toContain('导出与分享');
    test.info().annotations.push({ type: 'figures', description: `profile PDF ${pdf.length} bytes, ${document.numPages} pages` });
  });

  test('is reached from the report reader and is accessible', async ({ page }) => {
    const report = reportOf('嘉祥县');
    await page.goto(`./?view=report&report=${report.id}`);
    await page.getByRole('link', { name: '地区历年概况' }).click();
    await expect(page).toHaveURL(new RegExp(`view=profile&report=${report.id}$`));
    await expect(page.getByTestId('profile-page')).toContainText('2,138');
    expect(await seriousViolations(page)).toEqual([]);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(page.viewportSize()!.width);
  });
});

test.describe('share and peer context', () => {
  test('the share button copies the address of the current view', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.goto(`./?view=trend&indicator=${LEGAL_AID}&lang=en`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link to this view copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('compare table gives rank and median; outputs panel is accessible and fits a phone', async ({ page }) => {
    await page.goto(`./?indicator=${LEGAL_AID}&year=latest`);
    const table = page.getByTestId('compare-table');
    await expect(table.locator('thead')).toContainText('排名');
    await expect(table.locator('thead')).toContainText('中位数');
    await expect(table.locator('tbody tr').first()).toContainText('1/1');
    await openOutputs(page);
    expect(await seriousViolations(page)).toEqual([]);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(page.viewportSize()!.width);
  });
});

/**
 * Adding a report in the browser: files dropped, picked or pasted are extracted in a Web Worker,
 * kept in IndexedDB (they survive a reload), join the views marked 本地, can be downloaded as
 * contract JSON and removed. Report text is shown as text: markup in it never runs.
 */

import { readFileSync } from 'node:fs';

import { expect, type Page, test } from '@playwright/test';

import { parseLocalReportFile } from '../../src/data/local-reports';
import { furongAsYear } from '../fixtures/local/files';
import { seriousViolations } from './axe';
import { reportOf } from './real-data';

const LEGAL_AID = 'legal_aid.cases';

/** Opens the 添加报告 tab (it keeps the other views' state in the address). */
async function openAddTab(page: Page) {
  await page.getByRole('link', { name: /^添加报告/ }).click();
  const panel = page.getByTestId('local-panel');
  await expect(panel).toBeVisible();
  return panel;
}

async function openCompareTab(page: Page) {
  await page.getByRole('link', { name: '横向比较' }).click();
  await expect(page.getByTestId('compare-table')).toBeVisible();
}

/** A drop of real files through the page's drop handler, as a drag from the desktop would deliver it. */
async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'text/plain' }));
      return transfer;
    },
    [name, text] as const,
  );
  await page.getByTestId('drop-zone').dispatchEvent('dragenter', { dataTransfer });
  await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer });
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
}

test.describe('local reports', () => {
  test('a dropped .txt report joins the compare view marked 本地, survives a reload, and can be removed', async ({ page }) => {
    await page.goto(`./?indicator=${LEGAL_AID}&year=latest`);
    await openAddTab(page);
    await dropFile(page, '芙蓉区-2024.txt', furongAsYear(2024));
    const jobs = page.getByTestId('local-jobs');
    await expect(jobs).toContainText('已添加“芙蓉区-2024.txt”:芙蓉区 2024', { timeout: 20_000 });
    await expect(page.getByRole('link', { name: /^添加报告/ })).toContainText('1');
    await openCompareTab(page);

    // Latest per jurisdiction: 芙蓉区's row is now the local 2024 report, marked 本地.
    const row = page.getByTestId('compare-table').locator('tbody tr', { hasText: '芙蓉区' });
    await expect(row).toContainText('2024');
    await expect(row.getByTestId('local-badge')).toHaveText('本地');
    await expect(row).toContainText('323');

    await page.reload();
    await expect(row).toContainText('2024');
    await expect(row.getByTestId('local-badge')).toBeVisible();
    const panel = await openAddTab(page);
    const item = panel.getByTestId('local-report-list').locator('li', { hasText: '芙蓉区 2024' });
    await expect(item).toBeVisible();

    // The contract JSON download: the entry and the detail file, valid under the schema.
    const downloading = page.waitForEvent('download');
    await item.getByRole('button', { name: /下载/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('local-430102-2024.json');
    const file = parseLocalReportFile(JSON.parse(readFileSync(await download.path(), 'utf8')));
    expect(file.report).toMatchObject({ id: 'local-430102-2024', jurisdictionId: '430102', year: 2024, local: true });
    expect(file.detail.reportId).toBe('local-430102-2024');

    await item.getByRole('button', { name: /删除/ }).click();
    await expect(panel.getByTestId('local-report-list').locator('li')).toHaveCount(0);
    await openCompareTab(page);
    await expect(row).toContainText('2020');
    await expect(row.getByTestId('local-badge')).toHaveCount(0);
    await page.reload();
    await expect(row).toContainText('2020');
    await expect(row.getByTestId('local-badge')).toHaveCount(0);
  });

  test('a file set on the picker works too, and its values open in the drill-down', async ({ page }) => {
    await page.goto(`./?indicator=${LEGAL_AID}&year=latest`);
    await openAddTab(page);
    await page.getByTestId('local-file-input').setInputFiles({
      name: 'furong-2025.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(furongAsYear(2025), 'utf8'),
    });
    await expect(page.getByTestId('local-jobs')).toContainText('芙蓉区 2025', { timeout: 20_000 });
    await openCompareTab(page);
    const row = page.getByTestId('compare-table').locator('tbody tr', { hasText: '芙蓉区' });
    await row.getByRole('button', { name: /来源/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('local-badge')).toBeVisible();
    await expect(dialog.locator('blockquote mark')).toContainText('323');
  });

  test('a PDF added through the picker is read (pdf.js in the worker, with cMaps); files behind it wait their turn, and one can be cancelled', async ({
    page,
  }) => {
    // Three files in one go: the worker reads one at a time, so a PDF and two texts behind it.
    test.slow();
    await page.goto('./?view=report');
    await openAddTab(page);
    const text = (name: string, year: number) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(furongAsYear(year), 'utf8') });
    await page
      .getByTestId('local-file-input')
      .setInputFiles([
        { name: 'report-001.pdf', mimeType: 'application/pdf', buffer: readFileSync('tests/fixtures/ingest/report-001.pdf') },
        text('furong-2026.txt', 2026),
        text('furong-2027.txt', 2027),
      ]);
    const jobs = page.getByTestId('local-jobs');
    // The PDF is read while the others wait, each saying where it stands in line (newest line first).
    await expect(jobs.locator('li', { hasText: 'report-001.pdf' })).toContainText(/正在(读取|提取)/);
    const waiting = jobs.getByTestId('local-job-waiting');
    await expect(waiting).toHaveCount(2);
    await expect(waiting.nth(0)).toContainText('等待中:“furong-2027.txt”(排第 2 位)');
    await expect(waiting.nth(1)).toContainText('等待中:“furong-2026.txt”(排第 1 位)');
    await expect(jobs).not.toContainText('正在读取“furong-');
    // A waiting file cancelled says so at once, and is never read.
    await jobs.getByRole('button', { name: '取消读取“furong-2027.txt”' }).click();
    await expect(jobs).toContainText('无法添加“furong-2027.txt”:已取消');
    await expect(waiting).toHaveCount(1);
    await expect(waiting).toContainText('等待中:“furong-2026.txt”(排第 1 位)');
    // The PDF is the bundled 芙蓉区 2020 report: its local copy lands beside the bundled one.
    await expect(jobs).toContainText('已添加“report-001.pdf”:芙蓉区 2020', { timeout: 30_000 });
    await expect(jobs).toContainText('已添加“furong-2026.txt”:芙蓉区 2026', { timeout: 20_000 });
    await expect(jobs).toContainText('无法添加“furong-2027.txt”:已取消');
    await expect(page.getByTestId('local-report-list')).not.toContainText('芙蓉区 2027');
    const bundled = reportOf('芙蓉区');
    const item = page.getByTestId('local-report-list').locator('li', { hasText: '芙蓉区 2020' });
    await item.getByRole('button', { name: '阅读报告' }).click();
    await expect(page).toHaveURL(/report=local-430102-2020/);
    await expect(page.locator('.report-header').getByTestId('local-badge')).toBeVisible();
    await expect(page.getByTestId('report-values')).toContainText(String(bundled.values[LEGAL_AID]?.value ?? 323));
    // The character maps Chinese PDFs with predefined CMaps need are part of the build.
    expect((await page.request.get('pdfjs/cmaps/UniGB-UCS2-H.bcmap')).status()).toBe(200);
    expect((await page.request.get('pdfjs/standard_fonts/LiberationSans-Regular.ttf')).status()).toBe(200);
  });

  test('text that is not a report is refused with a reason, and can be added anyway (flagged)', async ({ page }) => {
    await page.goto('./');
    await openAddTab(page);
    await page.getByTestId('local-file-input').setInputFiles('tests/fixtures/ingest/news-article.txt');
    const jobs = page.getByTestId('local-jobs');
    await expect(jobs).toContainText('看起来不是法治政府建设年度报告', { timeout: 20_000 });
    await expect(page.getByTestId('local-report-list').locator('li')).toHaveCount(0);
    await jobs.getByRole('button', { name: '仍然添加' }).click();
    await expect(jobs).toContainText('已添加“news-article.txt”', { timeout: 20_000 });
    await expect(page.getByTestId('local-report-list').locator('li')).toHaveCount(1);
  });

  test('a report without place or year is kept, flagged, and listed as not comparable', async ({ page }) => {
    await page.goto('./');
    await openAddTab(page);
    await page.getByTestId('local-file-input').setInputFiles('tests/fixtures/ingest/no-place-no-year.txt');
    await expect(page.getByTestId('local-jobs')).toContainText('未能识别', { timeout: 20_000 });
    await openCompareTab(page);
    const list = page.getByTestId('not-comparable');
    await expect(list).toContainText('未识别年份');
    await expect(list).toContainText('未识别地区');
    await expect(list.getByTestId('local-badge')).toBeVisible();
  });

  test('an unreadable file gets a clear message naming it, never a stack trace', async ({ page }) => {
    await page.goto('./');
    await openAddTab(page);
    await page
      .getByTestId('local-file-input')
      .setInputFiles({ name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<<') });
    const error = page.getByTestId('local-jobs').locator('.local-job-error');
    await expect(error).toContainText('无法添加“broken.pdf”', { timeout: 20_000 });
    await expect(error).not.toContainText(' at ');
  });

  test('markup in a report is shown as text and never runs: reader and drill-down', async ({ page }) => {
    const payload = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">';
    // The payload inside the paragraph that gives the legal-aid number, and on a line of its own.
    const text = furongAsYear(2026).replace('法律援助', `${payload}法律援助`).replace('\n\n', `\n\n${payload}\n\n`);
    await page.goto(`./?indicator=${LEGAL_AID}`);
    await openAddTab(page);
    await page
      .getByTestId('local-file-input')
      .setInputFiles({ name: 'xss.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    await expect(page.getByTestId('local-jobs')).toContainText('芙蓉区 2026', { timeout: 20_000 });

    await page.getByTestId('local-report-list').getByRole('button', { name: '阅读报告' }).click();
    const article = page.locator('article.report-text');
    await expect(article).toContainText('<script>window.__pwned=1</script>');
    await expect(article).toContainText('<img src=x onerror="window.__pwned=1">');
    await expect(article.locator('img, script')).toHaveCount(0);

    await page.locator('article.report-text mark').first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.goto(`./?indicator=${LEGAL_AID}&year=2026`);
    const row = page.getByTestId('compare-table').locator('tbody tr', { hasText: '芙蓉区' });
    await row.getByRole('button', { name: /来源/ }).click();
    await expect(page.getByRole('dialog').locator('blockquote')).toContainText('<script>window.__pwned=1</script>');
    await expect(page.getByRole('dialog').locator('img, script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('axe finds no serious or critical violation in the add-report panel', async ({ page }) => {
    await page.goto('./');
    await openAddTab(page);
    await page.getByTestId('local-file-input').setInputFiles('tests/fixtures/ingest/news-article.txt');
    await expect(page.getByTestId('local-jobs')).toContainText('仍然添加', { timeout: 20_000 });
    expect(await seriousViolations(page, '[data-testid="local-panel"]')).toEqual([]);
  });
});

/**
 * Safety v2 in the browser (issue 20, finding 11): one corrupt values file does not blank the
 * landing page nor blame the index; a corrections file of 100,000 decisions is imported in seconds,
 * saying what it is doing and which decisions name reports not shown; a full storage quota is
 * said to be full, for local reports and imported decisions alike.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { chainedPdfBomb, renamedPartDocxBomb } from '../fixtures/ingest/bombs';
import { seriousViolations } from './axe';
import { realIndex, reportOf } from './real-data';

/** The values file the landing page asks for first (the default indicator's). */
async function landingValuesFile(page: Page): Promise<string> {
  const first = page.waitForRequest((request) =>
    /\/data\/(compact|shards\/.+)\/values\/[^/]+\.json$/.test(new URL(request.url()).pathname),
  );
  await page.goto('./');
  return new URL((await first).url()).pathname;
}

test('a corrupt values file of the landing indicator names that indicator and its file, never the index, and another can be picked', async ({
  page,
}) => {
  const valuesFile = await landingValuesFile(page);
  const heading = (await page.getByRole('heading', { level: 2 }).first().textContent()) ?? '';
  await page.route(`**${valuesFile}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "indic' }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('的数值文件未能载入');
  await expect(alert).toContainText('数据文件已损坏或格式不符。');
  await expect(alert).toContainText(valuesFile.slice(1));
  await expect(page.getByText(/index\.json/)).toHaveCount(0);
  expect(heading.length).toBeGreaterThan(0);
  expect(await seriousViolations(page)).toEqual([]);
  const region = page.getByRole('region', { name: '指标数值未能载入' });
  const picker = region.getByRole('combobox', { name: '指标' });
  const other = await picker.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const target = other.find((id) => !valuesFile.endsWith(`/${id}.json`));
  expect(target).toBeDefined();
  await picker.selectOption(target as string);
  await expect(page.getByRole('table').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

/** Records every text the corrections bar's status line shows, however briefly. */
async function recordStatuses(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __statuses: string[] }).__statuses = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="corrections-bar"] [role="status"]')?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

test('100,000 imported decisions: what it is doing, then which name reports not shown, kept after a reload', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const index = realIndex();
  const here = reportOf('芙蓉区');
  const decisions = Array.from({ length: 100_000 }, (_, at) => ({
    id: `d-${at}`,
    textSha256: here.textSha256 ?? 'a'.repeat(64),
    // Every other decision names a report of another data folder (400 of them).
    reportId: at % 2 === 0 ? (index.reports[at % index.reports.length]?.id as string) : `999999-${2000 + ((at >> 1) % 400)}`,
    anchor: { paragraphId: 'p1', start: 0, end: 4, quote: '法治政府', textStart: null, before: '', after: '' },
    judged: { extractionId: `e${at}`, indicator: 'review.received', value: 46, qualifier: 'exact', scope: 'own', derived: false },
    decision: 'confirm',
    fields: null,
    reviewer: '王审核',
    decidedAt: '2025-03-01T09:30:00.000Z',
    note: null,
  }));
  const file = testInfo.outputPath('colleague.json');
  writeFileSync(file, JSON.stringify({ format: 'fazhi-atlas-corrections', version: 1, decisions }));
  await recordStatuses(page);
  await page.goto('./?view=review');
  await page.getByTestId('corrections-input').setInputFiles(file);
  const bar = page.getByTestId('corrections-bar');
  await expect(bar.getByRole('status').filter({ hasText: '已导入' })).toHaveText(
    '已导入“colleague.json”:100,000 条决定。其中 50,000 条决定所指的 400 份报告不在当前数据中,暂不生效(这些报告加入后自动生效)。',
    { timeout: 60_000 },
  );
  const statuses = await page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
  expect(statuses).toEqual(expect.arrayContaining(['正在检查“colleague.json”中的决定…', '正在保存“colleague.json”的 100,000 条决定…']));
  await expect(page.getByTestId('corrections-count')).toHaveText('本浏览器中保存了 100,000 条审核决定。');
  await page.reload();
  await expect(page.getByTestId('corrections-count')).toHaveText('本浏览器中保存了 100,000 条审核决定。', { timeout: 30_000 });
  // The very same file again changes nothing, and says so.
  await page.getByTestId('corrections-input').setInputFiles(file);
  await expect(bar.getByRole('status').filter({ hasText: '此前已导入过' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('corrections-count')).toHaveText('本浏览器中保存了 100,000 条审核决定。');
});

test('a full storage quota is said to be full, for a local report and for imported decisions', async ({ page }, testInfo) => {
  await page.goto('./?view=add');
  // Chromium's own quota for this origin, shrunk through the DevTools protocol: the write really fails.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 4_000 });
  await page.getByTestId('local-file-input').setInputFiles('corpus/001_3803b543c87d1562.txt');
  await expect(page.getByRole('listitem').filter({ hasText: '存储空间已满' })).toContainText(
    '无法添加“001_3803b543c87d1562.txt”:浏览器为本站保留的存储空间已满,这次没有保存任何内容。',
    { timeout: 20_000 },
  );
  await expect(page.getByText('还没有本地报告。')).toBeVisible();

  const file = testInfo.outputPath('big.json');
  const decision = (at: number) => ({
    id: `q-${at}`,
    textSha256: 'a'.repeat(64),
    reportId: '430102-2020',
    anchor: { paragraphId: 'p1', start: 0, end: 4, quote: '法治政府', textStart: null, before: '', after: '' },
    judged: { extractionId: `e${at}`, indicator: 'review.received', value: 46, qualifier: 'exact', scope: 'own', derived: false },
    decision: 'reject',
    fields: null,
    reviewer: '王审核',
    decidedAt: '2025-03-01T09:30:00.000Z',
    note: 'x'.repeat(200),
  });
  writeFileSync(
    file,
    JSON.stringify({ format: 'fazhi-atlas-corrections', version: 1, decisions: Array.from({ length: 2_000 }, (_, at) => decision(at)) }),
  );
  await page.getByRole('link', { name: '审核队列' }).click();
  await page.getByTestId('corrections-input').setInputFiles(file);
  await expect(page.getByTestId('corrections-bar').getByRole('alert')).toContainText('无法导入“big.json”:浏览器为本站保留的存储空间已满');
  await expect(page.getByTestId('corrections-count')).toHaveText('本浏览器中尚无审核决定。');
});

/** Bombs are slow to build (2 GB deflated twice): built once per machine, in the system's temp folder. */
function bombFile(name: string, build: () => Uint8Array): string {
  const file = path.join(os.tmpdir(), 'fazhi-atlas-e2e-bombs', name);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(`${file}.part`, build());
    renameSync(`${file}.part`, file);
  }
  return file;
}

/** The resident memory of every Chromium process together, in MB (Linux `ps`). */
function chromiumRssMb(): number {
  const out = execFileSync('ps', ['-C', 'chromium', '-o', 'rss='], { encoding: 'utf8' });
  return out.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024;
}

test('PDF and .docx bombs added in the browser are each their own error, the good report is added, the browser stays under 1.5 GB', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const GB = 1024 * 1024 * 1024;
  const bombs = [
    bombFile('flate-flate.pdf', () => chainedPdfBomb('flate-flate', 2 * GB - 1)),
    bombFile('hex-flate.pdf', () => chainedPdfBomb('hex-flate', GB / 2)),
    bombFile('flate-runlength.pdf', () => chainedPdfBomb('flate-runlength', 2 * GB)),
    bombFile('renamed-part.docx', () => renamedPartDocxBomb(190 * 1024 * 1024)),
  ];
  await page.goto('./?view=add');
  const before = chromiumRssMb();
  let peak = before;
  const watch = setInterval(() => (peak = Math.max(peak, chromiumRssMb())), 100);
  try {
    await page.getByTestId('local-file-input').setInputFiles([...bombs, 'corpus/001_3803b543c87d1562.txt']);
    const jobs = page.getByTestId('local-jobs');
    for (const bomb of bombs)
      await expect(jobs.locator('li', { hasText: `无法添加“${path.basename(bomb)}”` })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('local-report-list').getByRole('listitem')).toHaveCount(1, { timeout: 60_000 });
  } finally {
    clearInterval(watch);
  }
  testInfo.annotations.push({ type: 'chromium RSS', description: `${Math.round(before)} MB before, ${Math.round(peak)} MB peak` });
  console.log(`browser bombs: Chromium RSS ${Math.round(before)} MB before, ${Math.round(peak)} MB peak`);
  expect(peak).toBeLessThan(1536);
});

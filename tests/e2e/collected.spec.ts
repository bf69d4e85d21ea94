/**
 * A report collected from a website keeps its page: `npm run collect` against a local site (the
 * collector's test site, on 127.0.0.1), then `npm run extract` of the collected folder, then the
 * dashboard over that data. The drill-down and the reader link the original page (原文网页) and
 * say when it was retrieved. The commands run as a user runs them; the built site is the one the
 * other tests use, its data requests answered from the extracted folder.
 */

import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { type IndexFile, parseIndexFile } from '../../src/data/schema';
import { type FixtureSite, PAGES, startFixtureSite } from '../fixtures/collect/site';
import { seriousViolations } from './axe';
import { serveDataFolder } from './data-folder';
import { runProjectCommand } from './run-command';

const WORK = path.resolve('.tmp', `e2e-collected-${process.env.E2E_PORT ?? 'default'}`);
const DATA = path.join(WORK, 'data');
const LEGAL_AID = 'legal_aid.cases';

const command = (name: string, args: string[]) => runProjectCommand(WORK, name, args);

let site: FixtureSite;
let index: IndexFile;

// The commands run once, on desktop: the phone layout of these panels is the other tests' business.
test.skip(({ isMobile }) => isMobile, 'checked on desktop');

// eslint-disable-next-line no-empty-pattern -- Playwright reads the destructuring to know the fixtures used: none.
test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name !== 'desktop') return;
  test.setTimeout(90_000);
  await rm(WORK, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
  site = await startFixtureSite();
  await command('collect', [site.url(PAGES.utf8), site.url(PAGES.docxOnly), '--out', 'raw', '--delay', '0.01', '--allow-private']);
  await command('extract', ['raw', '--out', 'data']);
  index = parseIndexFile(JSON.parse(await readFile(path.join(DATA, 'index.json'), 'utf8')));
});

test.afterAll(async () => {
  await site?.close();
});

test.beforeEach(async ({ page }) => {
  // The dashboard's data requests are answered from the extracted folder, not public/data.
  await serveDataFolder(page, DATA);
});

test.describe('a report collected from a website', () => {
  test('the drill-down links its original page and says when it was retrieved', async ({ page }) => {
    const jurisdiction = index.jurisdictions.find((entry) => entry.name === '嘉祥县')!;
    const report = index.reports.find((entry) => entry.jurisdictionId === jurisdiction.id)!;
    expect(report.sourceUrl).toBe(site.url(PAGES.utf8));
    const value = report.values[LEGAL_AID]!;
    await page.goto(`./?indicator=${LEGAL_AID}&source=${report.id}/${value.extractionId}`);
    const dialog = page.getByRole('dialog', { name: /数值来源/ });
    await expect(dialog.locator('blockquote mark')).toContainText('2138');
    await expect(dialog).toContainText(`原始文件${report.sourceFile.split('/').at(-1)}`);
    const link = dialog.getByRole('link', { name: site.url(PAGES.utf8) });
    await expect(link).toHaveAttribute('href', site.url(PAGES.utf8));
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(dialog.getByText('原文网页')).toBeVisible();
    await expect(dialog.getByTestId('retrieved-on')).toHaveText(report.retrievedAt!.slice(0, 10));
    expect(await seriousViolations(page, '[data-testid="source-panel"]')).toEqual([]);
  });

  test('the reader credits a report read from an attachment to the page that links it', async ({ page }) => {
    const report = index.reports.find((entry) => entry.sourceFile.endsWith('.docx'))!;
    expect(report.sourceUrl).toBe(site.url(PAGES.docxOnly));
    await page.goto(`./?view=report&report=${report.id}`);
    const header = page.locator('header.report-header');
    await expect(header.getByRole('link', { name: site.url(PAGES.docxOnly) })).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(header).toContainText(report.retrievedAt!.slice(0, 10));
  });
});

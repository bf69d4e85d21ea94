/**
 * The profile of one place across the years (issue 22, "The analyst's day"): every indicator ×
 * every year with the peer median and rank, the change from the year before, each number
 * footnoted to its report; 未报告 apart from no report that year; printed to A4 without the table
 * cut at the right edge; reached from the place picker and from a place's name. The five bundled
 * reports have neither several years of one place nor peers, so a small county-level dataset is
 * generated and extracted as a user would (`npm run gen:synthetic`, `npm run extract`), as
 * shards.spec.ts does, and the built site's data requests are answered from it. Both projects run
 * it: 1280 and 390 px wide.
 */

import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { type DetailFile, type IndexFile, parseDetailFile, parseIndexFile, type ReportEntry } from '../../src/data/schema';
import { formatNumber } from '../../src/ui/i18n/format';
import { seriousViolations } from './axe';
import { serveDataFolder, syntheticDataOnce } from './data-folder';

const WORK = path.resolve('.tmp', `e2e-profile-${process.env.E2E_PORT ?? 'default'}`);
const DATA = path.join(WORK, 'data');

let index: IndexFile;

/** What the test expects of one place, worked out from the index by hand (not by the app's code). */
interface Case {
  readonly place: { readonly id: string; readonly name: string };
  readonly anchor: ReportEntry;
  readonly indicator: { readonly id: string; readonly zh: string; readonly unit: string };
  /** The place's government rule-of-law report of `year` and of `year - 1`, both stating the indicator. */
  readonly year: number;
  readonly previous: ReportEntry;
  /** A year of the data without a report of the place's: its cells say so. */
  readonly missingYear: number;
  /** An indicator the anchor's report does not state. */
  readonly notReported: string;
  readonly rank: number;
  readonly reporting: number;
}

let chosen: Case;

const sameKind = (report: ReportEntry) => report.bodyKind === 'government' && report.documentKind === 'rule_of_law_report';

function findCase(): Case {
  const years = [...new Set(index.reports.flatMap((report) => (report.year === null ? [] : [report.year])))].sort();
  const levelOf = new Map(index.jurisdictions.map((jurisdiction) => [jurisdiction.id, jurisdiction.level]));
  for (const jurisdiction of index.jurisdictions) {
    const own = index.reports.filter((report) => report.jurisdictionId === jurisdiction.id && sameKind(report));
    const ownYears = new Set(own.map((report) => report.year));
    const missingYear = years.find((year) => !ownYears.has(year));
    if (missingYear === undefined) continue;
    for (const anchor of own) {
      const previous = own.find((report) => report.year === (anchor.year ?? 0) - 1);
      if (!previous) continue;
      const indicator = index.indicators.find((entry) => anchor.values[entry.id] && previous.values[entry.id] && entry.headline);
      const notReported = index.indicators.find((entry) => !anchor.values[entry.id]);
      if (!indicator || !notReported) continue;
      // Peers: the same year, level and kind of report, one per place (the first by id).
      const peers = new Map<string, ReportEntry>();
      for (const report of [...index.reports].sort((a, b) => (a.id < b.id ? -1 : 1))) {
        if (report.year !== anchor.year || !sameKind(report) || levelOf.get(report.jurisdictionId) !== jurisdiction.level) continue;
        if (!peers.has(report.jurisdictionId)) peers.set(report.jurisdictionId, report);
      }
      const values = [...peers.values()].flatMap((report) => (report.values[indicator.id] ? [report.values[indicator.id]!.value] : []));
      const ownValue = anchor.values[indicator.id]!.value;
      if (values.length < 3) continue;
      return {
        place: { id: jurisdiction.id, name: jurisdiction.name ?? jurisdiction.id },
        anchor,
        indicator: { id: indicator.id, zh: indicator.label.zh, unit: indicator.unit },
        year: anchor.year!,
        previous,
        missingYear,
        notReported: notReported.id,
        rank: 1 + values.filter((value) => value > ownValue).length,
        reporting: values.length,
      };
    }
  }
  throw new Error('no place with two consecutive years, a missing year and peers in the generated data');
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await syntheticDataOnce(WORK, ['--jurisdictions', '80', '--years', '3', '--seed', '7'], ['--details', 'loose']);
  index = parseIndexFile(JSON.parse(await readFile(path.join(DATA, 'index.json'), 'utf8')));
  chosen = findCase();
});

const serveData = (page: Page) => serveDataFolder(page, DATA);

async function detailOf(report: ReportEntry): Promise<DetailFile> {
  return parseDetailFile(JSON.parse(await readFile(path.join(DATA, report.detailPath), 'utf8')));
}

const shown = (value: number, unit: string) => `${formatNumber(value, 'zh')}${unit === '%' ? '%' : ''}`;

test.describe('the profile of a place across the years', () => {
  test('every year of one place: its value, the peers’ rank, the change, the footnote to its report', async ({ page }) => {
    const { anchor, previous, indicator, year, missingYear } = chosen;
    await serveData(page);
    await page.goto(`./?view=profile&report=${anchor.id}`);
    const profile = page.getByTestId('profile-page');
    await expect(profile.getByRole('heading', { level: 2 })).toContainText(`${chosen.place.name} · 历年法治政府建设指标`);
    const row = profile.locator(`tr[data-indicator="${indicator.id}"]`);
    const cell = row.locator(`td[data-year="${year}"]`);
    const value = anchor.values[indicator.id]!;
    const before = previous.values[indicator.id]!;
    await expect(cell).toHaveAttribute('data-status', 'reported');
    await expect(cell.locator('.cell-value')).toContainText(shown(value.value, indicator.unit));
    await expect(cell).toContainText(`第 ${chosen.rank} / ${chosen.reporting} 名(同类)`);
    await expect(cell).toContainText('中位数');
    const delta = Math.round((value.value - before.value) * 1e6) / 1e6;
    await expect(cell.locator('.cell-change')).toContainText(formatNumber(Math.abs(delta), 'zh'));
    await expect(row.locator(`td[data-year="${year - 1}"] .cell-value`)).toContainText(shown(before.value, indicator.unit));
    // Absences kept apart: no report that year, and 未报告 in a year that has one.
    await expect(row.locator(`td[data-year="${missingYear}"]`)).toHaveAttribute('data-status', 'no_report');
    await expect(row.locator(`td[data-year="${missingYear}"]`)).toHaveText('无报告');
    const notReported = profile.locator(`tr[data-indicator="${chosen.notReported}"] td[data-year="${year}"]`);
    await expect(notReported).toHaveAttribute('data-status', 'not_reported');
    await expect(notReported).toContainText('未报告');
    // The footnote: the year, the report's own words; the source list: the report's title.
    const reference = cell.locator('sup a');
    const target = (await reference.getAttribute('href'))!;
    expect(target).toMatch(/^#profile-note-\d+$/);
    const detail = await detailOf(anchor);
    const quote = detail.extractions.find((extraction) => extraction.id === value.extractionId)!.quote!;
    const note = profile.locator(target);
    await expect(note).toContainText(`${year} 年 · ${indicator.zh}`);
    await expect(note).toContainText(quote);
    await expect(profile.locator(`#profile-source-${year}`)).toContainText(anchor.title!);
    await expect(page.getByTestId('profile-legend')).toContainText('未报告 = 该年报告中没有这个数字(不是零)');
    await expect(page.getByTestId('profile-legend')).toContainText('※');
    await expect(page.getByTestId('profile-legend')).toContainText('⚠');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in English, with the same numbers', async ({ page }) => {
    const { anchor, indicator, year } = chosen;
    await serveData(page);
    await page.goto(`./?view=profile&report=${anchor.id}&lang=en`);
    const profile = page.getByTestId('profile-page');
    await expect(profile.getByRole('heading', { level: 2 })).toContainText('rule-of-law indicators');
    const cell = profile.locator(`tr[data-indicator="${indicator.id}"] td[data-year="${year}"]`);
    await expect(cell).toContainText(`${chosen.rank} of ${chosen.reporting} (peers)`);
    await expect(profile.locator(`tr[data-indicator="${indicator.id}"] td[data-year="${chosen.missingYear}"]`)).toHaveText('no report');
    await expect(page.getByTestId('profile-legend')).toContainText('Not reported = that year’s report gives no number (not zero)');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('fits the screen: the years scroll inside the table, the indicator column stays and never wraps a character per line', async ({
    page,
  }) => {
    await serveData(page);
    await page.goto(`./?view=profile&report=${chosen.anchor.id}`);
    const scroller = page.locator('.profile-scroll');
    await expect(page.locator(`tr[data-indicator="${chosen.indicator.id}"]`)).toBeVisible();
    const width = page.viewportSize()!.width;
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(width);
    const rowHeader = page.locator(`tr[data-indicator="${chosen.indicator.id}"] th`);
    const headerBox = (await rowHeader.boundingBox())!;
    // A sensible width: never a character per line (the names are 6 to 14 characters).
    expect(headerBox.width).toBeGreaterThan(120);
    // On a phone the years are wider than the screen and scroll inside the table; on a desktop they fit.
    expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(width < 600);
    await scroller.evaluate((element) => (element.scrollLeft = element.scrollWidth));
    expect((await rowHeader.boundingBox())!.x).toBeCloseTo(headerBox.x, 0);
  });

  test('prints to A4: a sane number of pages, the table whole on the page’s width', async ({ page }) => {
    await serveData(page);
    await page.goto(`./?view=profile&report=${chosen.anchor.id}`);
    const profile = page.getByTestId('profile-page');
    await expect(profile.locator('.profile-notes li').first()).not.toContainText('正在加载');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false }).promise;
    expect(document.numPages).toBeGreaterThanOrEqual(1);
    expect(document.numPages).toBeLessThanOrEqual(5);
    const years = [...new Set(index.reports.flatMap((report) => (report.year === null ? [] : [report.year])))].sort();
    expect(years.length).toBe(3);
    const first = await document.getPage(1);
    const pageWidth = first.view[2]!;
    expect(Math.abs(pageWidth - 595.3)).toBeLessThan(1.5);
    let text = '';
    let rightmost = 0;
    for (let number = 1; number <= document.numPages; number += 1) {
      const items = (await (await document.getPage(number)).getTextContent()).items;
      for (const item of items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        text += item.str;
        rightmost = Math.max(rightmost, item.transform[4]! + item.width);
      }
    }
    // Nothing past the right margin (12 mm = 34 pt): the last year's column is on the page.
    expect(rightmost).toBeLessThanOrEqual(pageWidth - 30);
    expect(rightmost).toBeGreaterThan(pageWidth / 2);
    for (const year of years) expect(text).toContain(String(year));
    expect(text).toContain(chosen.place.name);
    expect(text).toContain(formatNumber(chosen.anchor.values[chosen.indicator.id]!.value, 'zh'));
    expect(text).not.toContain('导出与分享');
    test.info().annotations.push({ type: 'figures', description: `profile PDF ${pdf.length} bytes, ${document.numPages} pages` });
  });

  test('is reached from the place picker and from a place’s name in the compare table', async ({ page }) => {
    await serveData(page);
    await page.goto('./?view=profile');
    const box = page.getByRole('combobox', { name: '地区' });
    await box.fill(chosen.place.name);
    await page
      .getByRole('listbox')
      .getByRole('option', { name: new RegExp(`^${chosen.place.name}`) })
      .first()
      .click();
    await expect(page.getByTestId('profile-page').getByRole('heading', { level: 2 })).toContainText(chosen.place.name);
    await expect(page).toHaveURL(/view=profile&report=/);

    await page.goto(`./?view=compare&indicator=${chosen.indicator.id}&year=${chosen.year}`);
    await page.getByRole('link', { name: chosen.place.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`view=profile.*report=${chosen.anchor.id}`));
    await expect(page.getByTestId('profile-page').locator('th.current-year')).toContainText(String(chosen.year));
    expect(await seriousViolations(page)).toEqual([]);
  });
});

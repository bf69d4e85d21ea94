/**
 * The dashboard half of `npm run bench`: the built app with a data folder, served on 127.0.0.1 by a
 * small static server of this script, opened in Debian's Chromium. Measures time to the first
 * painted chart, an indicator switch, a year switch and a drill-down, the bytes of JS and of data
 * fetched before the first chart (gzip sizes computed from the bodies, as a gzip-serving host would
 * send them), and the JS heap after load.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { serveSite } from './static-server';

export interface DashboardFigures {
  readonly firstChartMs: number;
  readonly indicatorSwitchMs: number;
  readonly yearSwitchMs: number;
  readonly drillDownMs: number;
  readonly jsGzipKb: number;
  readonly dataGzipKb: number;
  readonly jsHeapMb: number;
}

/** Records when the first chart canvas is painted: a canvas added to the page, then one frame. */
const FIRST_CANVAS_OBSERVER = `
  window.__firstChartAt = undefined;
  new MutationObserver((_records, observer) => {
    if (document.querySelector('canvas')) {
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => { window.__firstChartAt = performance.now(); }));
    }
  }).observe(document, { childList: true, subtree: true });
`;

/** Milliseconds from `action` until `settled` holds in the page, plus two frames for painting. */
async function timeUntil(page: Page, action: () => Promise<void>, settled: () => Promise<void>): Promise<number> {
  const started = await page.evaluate(() => performance.now());
  await action();
  await settled();
  return page.evaluate(
    (from) => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - from)))),
    started,
  );
}

async function gzipKb(files: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += gzipSync(await readFile(file)).length;
  return total / 1024;
}

/** One measurement of the built site at `siteDir` over the data folder `dataDir`. */
export async function measureDashboard(siteDir: string, dataDir: string, indicators: { first: string; second: string }): Promise<DashboardFigures> {
  const server = await serveSite(siteDir, dataDir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(FIRST_CANVAS_OBSERVER);
    await page.goto(`${server.url}?indicator=${encodeURIComponent(indicators.first)}`);
    await page.waitForFunction(() => (window as unknown as { __firstChartAt?: number }).__firstChartAt !== undefined, undefined, { timeout: 60_000 });
    const { firstChartMs, firstChartEpoch } = await page.evaluate(() => {
      const at = (window as unknown as { __firstChartAt: number }).__firstChartAt;
      return { firstChartMs: at, firstChartEpoch: performance.timeOrigin + at };
    });
    const before = server.served.filter((item) => item.at <= firstChartEpoch).map((item) => item.file);
    const jsGzipKb = await gzipKb(before.filter((file) => /\.m?js$/.test(file)));
    const dataGzipKb = await gzipKb(before.filter((file) => file.startsWith(path.resolve(dataDir)) || file.startsWith(dataDir)));

    const firstRowText = () => page.locator('table tbody tr').first().innerText();
    const rowBefore = await firstRowText();
    const indicatorSwitchMs = await timeUntil(
      page,
      () => page.evaluate((next) => {
        const url = new URL(location.href);
        url.searchParams.set('indicator', next);
        history.pushState(null, '', url);
        dispatchEvent(new PopStateEvent('popstate'));
      }, indicators.second),
      () => page.waitForFunction((previous) => document.querySelector('table tbody tr')?.textContent !== previous, rowBefore, { timeout: 30_000 }).then(() => undefined),
    );

    const yearSelect = page.locator('select').filter({ has: page.locator('option[value="2022"]') }).first();
    const rowBeforeYear = await firstRowText();
    const yearSwitchMs = await timeUntil(
      page,
      () => yearSelect.selectOption('2022').then(() => undefined),
      () => page.waitForFunction((previous) => document.querySelector('table tbody tr')?.textContent !== previous, rowBeforeYear, { timeout: 30_000 }).then(() => undefined),
    );

    const drillDownMs = await timeUntil(
      page,
      () => page.locator('table tbody tr button').first().click(),
      () => page.locator('mark').first().waitFor({ timeout: 30_000 }),
    );

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return {
      firstChartMs: Math.round(firstChartMs),
      indicatorSwitchMs: Math.round(indicatorSwitchMs),
      yearSwitchMs: Math.round(yearSwitchMs),
      drillDownMs: Math.round(drillDownMs),
      jsGzipKb: Math.round(jsGzipKb),
      dataGzipKb: Math.round(dataGzipKb),
      jsHeapMb: Math.round((heap.usedSize / 1024 / 1024) * 10) / 10,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** True when the site was built (index.html exists). */
export async function siteExists(siteDir: string): Promise<boolean> {
  try {
    await readFile(path.join(siteDir, 'index.html'));
    return true;
  } catch {
    return false;
  }
}

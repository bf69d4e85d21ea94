/**
 * The dashboard half of `npm run bench`: the built app with a data folder, served on 127.0.0.1 by a
 * small static server of this script, opened in Debian's Chromium. Measures time to the first
 * painted chart, an indicator switch, a year switch and a drill-down, the bytes of JS and of data
 * fetched before the first chart (gzip sizes computed from the bodies, as a gzip-serving host would
 * send them), the JS heap after load, and the review queue over every report: time to its first
 * value (after navigation, and from another view), and from a key press to the next value.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { type Browser, chromium, type Page } from '@playwright/test';

import { median } from '../src/lib/median';
import { serveSite } from './static-server';

export interface DashboardFigures {
  readonly firstChartMs: number;
  /** Review queue over every report: navigation to the first value's marked quote painted. */
  readonly reviewQueueOpenMs: number;
  /** Review queue: from the compare view (data loaded), a click on its tab to the first value's marked quote painted. */
  readonly reviewQueueSwitchMs: number;
  /** Review queue: a key press (J) to the next value's marked quote painted (median of several). */
  readonly reviewQueueNextMs: number;
  /** Review queue: confirming a value (Y) to the next value's marked quote painted (median of several). */
  readonly reviewQueueConfirmMs: number;
  readonly indicatorSwitchMs: number;
  readonly yearSwitchMs: number;
  readonly drillDownMs: number;
  readonly jsGzipKb: number;
  readonly dataGzipKb: number;
  readonly jsHeapMb: number;
}

/**
 * An init script that records, as `window[key]`, when the first element matching `selector` is
 * painted: added to the page and, for a canvas, drawn on (a pixel that is not transparent), then a frame.
 */
export function firstPaintRecorder(selector: string, key: string): string {
  // Painted means drawn on: a chart binding may first put up an empty canvas (echarts-for-react
  // draws one to measure its box, then the chart), so the time is taken once the element matching
  // the selector — a canvas, looked up again each frame since it may be replaced — holds a pixel.
  return `
  window[${JSON.stringify(key)}] = undefined;
  const drawnOn = (element) => {
    if (!(element instanceof HTMLCanvasElement)) return element !== null;
    if (element.width === 0 || element.height === 0) return false;
    const pixels = element.getContext('2d').getImageData(0, 0, element.width, element.height).data;
    for (let alpha = 3; alpha < pixels.length; alpha += 4) if (pixels[alpha] !== 0) return true;
    return false;
  };
  const watch = () => {
    if (drawnOn(document.querySelector(${JSON.stringify(selector)}))) {
      requestAnimationFrame(() => { window[${JSON.stringify(key)}] = performance.now(); });
    } else requestAnimationFrame(watch);
  };
  new MutationObserver((_records, observer) => {
    if (document.querySelector(${JSON.stringify(selector)})) {
      observer.disconnect();
      requestAnimationFrame(watch);
    }
  }).observe(document, { childList: true, subtree: true });
`;
}

/** The time {@link firstPaintRecorder} recorded (ms since navigation), once it has. */
async function recordedPaint(page: Page, key: string): Promise<number> {
  await page.waitForFunction((name) => (window as unknown as Record<string, number | undefined>)[name] !== undefined, key, {
    timeout: 60_000,
  });
  return page.evaluate((name) => (window as unknown as Record<string, number>)[name] as number, key);
}

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

/**
 * The review queue over every report of the data: time to the first value on screen after
 * navigation, then key presses to the next value (J) and decisions (Y, which stores the decision in
 * IndexedDB and moves on). A reviewer's name is set first, as a returning reviewer's browser has it.
 */
async function measureReviewQueue(
  browser: Browser,
  url: string,
): Promise<Pick<DashboardFigures, 'reviewQueueOpenMs' | 'reviewQueueSwitchMs' | 'reviewQueueNextMs' | 'reviewQueueConfirmMs'>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(() => localStorage.setItem('fazhi-atlas.reviewer', 'bench'));
    const page = await context.newPage();
    // The queue is open when it first shows a value's marked quote.
    await page.addInitScript(firstPaintRecorder('[data-testid=queue-item] mark', '__queueShownAt'));
    await page.goto(`${url}?view=review`);
    const reviewQueueOpenMs = await recordedPaint(page, '__queueShownAt');
    const itemKey = () =>
      page
        .getByTestId('queue-item')
        .evaluate((element) => `${(element as HTMLElement).dataset.report}|${(element as HTMLElement).dataset.indicator}`);
    const press = async (key: string) => {
      const before = await itemKey();
      return timeUntil(
        page,
        () => page.keyboard.press(key),
        () =>
          page
            .waitForFunction(
              (previous) => {
                const element = document.querySelector<HTMLElement>('[data-testid=queue-item]');
                return (
                  element !== null &&
                  `${element.dataset.report}|${element.dataset.indicator}` !== previous &&
                  element.querySelector('mark') !== null
                );
              },
              before,
              { timeout: 30_000 },
            )
            .then(() => undefined),
      );
    };
    const next: number[] = [];
    const confirm: number[] = [];
    for (let run = 0; run < 5; run += 1) next.push(await press('j'));
    for (let run = 0; run < 3; run += 1) confirm.push(await press('y'));

    // Opening the queue from another view, the catalogue already loaded (a click on its tab).
    const fromCompare = await context.newPage();
    await fromCompare.goto(url);
    await fromCompare.locator('canvas').first().waitFor({ timeout: 60_000 });
    const reviewQueueSwitchMs = await timeUntil(
      fromCompare,
      () => fromCompare.getByRole('link', { name: '审核队列' }).click(),
      () => fromCompare.locator('[data-testid=queue-item] mark').first().waitFor({ timeout: 60_000 }),
    );
    return {
      reviewQueueOpenMs: Math.round(reviewQueueOpenMs),
      reviewQueueSwitchMs: Math.round(reviewQueueSwitchMs),
      reviewQueueNextMs: Math.round(median(next) ?? 0),
      reviewQueueConfirmMs: Math.round(median(confirm) ?? 0),
    };
  } finally {
    await context.close();
  }
}

/** One measurement of the built site at `siteDir` over the data folder `dataDir`. */
export async function measureDashboard(
  siteDir: string,
  dataDir: string,
  indicators: { first: string; second: string },
): Promise<DashboardFigures> {
  const server = await serveSite(siteDir, dataDir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-precise-memory-info',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(firstPaintRecorder('canvas', '__firstChartAt'));
    await page.goto(`${server.url}?indicator=${encodeURIComponent(indicators.first)}`);
    const firstChartMs = await recordedPaint(page, '__firstChartAt');
    const firstChartEpoch = (await page.evaluate(() => performance.timeOrigin)) + firstChartMs;
    const before = server.served.filter((item) => item.at <= firstChartEpoch).map((item) => item.file);
    const jsGzipKb = await gzipKb(before.filter((file) => /\.m?js$/.test(file)));
    const dataGzipKb = await gzipKb(before.filter((file) => file.startsWith(path.resolve(dataDir)) || file.startsWith(dataDir)));

    const firstRowText = () => page.locator('table tbody tr').first().innerText();
    const rowBefore = await firstRowText();
    const indicatorSwitchMs = await timeUntil(
      page,
      () =>
        page.evaluate((next) => {
          const url = new URL(location.href);
          url.searchParams.set('indicator', next);
          history.pushState(null, '', url);
          dispatchEvent(new PopStateEvent('popstate'));
        }, indicators.second),
      () =>
        page
          .waitForFunction((previous) => document.querySelector('table tbody tr')?.textContent !== previous, rowBefore, { timeout: 30_000 })
          .then(() => undefined),
    );

    // Another year than the one shown: the first year listed by number (the default year is the
    // select's empty value, listed by number only once chosen).
    const yearSelect = page.getByRole('combobox', { name: '年份' });
    const otherYear = await yearSelect
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).find((value) => /^\d{4}$/.test(value)));
    if (otherYear === undefined) throw new Error('the year select lists no other year');
    const rowBeforeYear = await firstRowText();
    const yearSwitchMs = await timeUntil(
      page,
      () => yearSelect.selectOption(otherYear).then(() => undefined),
      () =>
        page
          .waitForFunction((previous) => document.querySelector('table tbody tr')?.textContent !== previous, rowBeforeYear, {
            timeout: 30_000,
          })
          .then(() => undefined),
    );

    const drillDownMs = await timeUntil(
      page,
      () => page.locator('table tbody tr button').first().click(),
      () => page.locator('mark').first().waitFor({ timeout: 30_000 }),
    );

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const queue = await measureReviewQueue(browser, server.url);
    return {
      firstChartMs: Math.round(firstChartMs),
      ...queue,
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

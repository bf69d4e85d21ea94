/**
 * `tsx scripts/bench-first-chart.ts --site DIR [--site DIR…] --data DIR [--runs 9]`: the first chart
 * of two or more builds of the app (an old and a new one) over one data folder, beside the floor
 * page (scripts/bench-floor: the same ECharts drawing 50 bars from inline data), taken in turn
 * within each run — floor, site 1, site 2… — so that a noisy, shared machine weighs on all alike.
 * Prints each one's median, its runs, the median ratio to the floor and the load average before
 * and after; for each site, the requests of its last run before its first chart (start → end, ms
 * since navigation), to show which ones wait on which.
 */
import { loadavg } from 'node:os';
import path from 'node:path';

import { type Browser, chromium } from '@playwright/test';
import { Command } from 'commander';

import { median } from '../src/lib/median';
import { firstPaintRecorder } from './bench-dashboard';
import { buildFloorPage } from './bench-floor/build-floor';
import { serveSite } from './static-server';

interface Options {
  site: string[];
  data: string;
  runs: number;
  width: number;
}

const options = new Command()
  .requiredOption('--site <dir>', 'a built app (repeat for each build)', (value: string, all: string[]) => [...all, value], [])
  .requiredOption('--data <dir>', 'the data folder served as /data/')
  .option('--runs <n>', 'first charts per page', (value) => Number(value), 9)
  .option('--width <px>', 'viewport width', (value) => Number(value), 1280)
  .parse(process.argv)
  .opts<Options>();

const COMPARE_CANVAS = '[data-testid=compare-chart] canvas';
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Paint {
  readonly ms: number;
  readonly requests: readonly { name: string; start: number; end: number }[];
}

async function firstPaint(browser: Browser, url: string, selector: string): Promise<Paint> {
  const context = await browser.newContext({ viewport: { width: options.width, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(firstPaintRecorder(selector, '__firstChartAt'));
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __firstChartAt?: number }).__firstChartAt !== undefined, undefined, {
      timeout: 60_000,
    });
    const ms = await page.evaluate(() => (window as unknown as { __firstChartAt: number }).__firstChartAt);
    const requests = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => ({
        name: entry.name.replace(location.origin, ''),
        start: Math.round(entry.startTime),
        end: Math.round((entry as PerformanceResourceTiming).responseEnd),
      })),
    );
    return { ms, requests: requests.filter((request) => request.start <= ms) };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const floorDir = path.resolve('.tmp/bench-first-chart-floor');
  await buildFloorPage(floorDir);
  const floor = await serveSite(floorDir, options.data);
  const sites = await Promise.all(options.site.map((site) => serveSite(path.resolve(site), options.data)));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
  const loadBefore = loadavg();
  const floorRuns: number[] = [];
  const siteRuns = options.site.map(() => [] as number[]);
  const lastPaints: Paint[] = [];
  try {
    // One warm-up of each, not counted (the first page of a fresh browser pays its start-up).
    await firstPaint(browser, floor.url, 'canvas');
    for (const site of sites) await firstPaint(browser, site.url, COMPARE_CANVAS);
    for (let run = 0; run < options.runs; run += 1) {
      floorRuns.push((await firstPaint(browser, floor.url, 'canvas')).ms);
      // Each run takes the sites in another order, so that none always follows the floor.
      const order = sites.map((_, i) => (i + run) % sites.length);
      for (const i of order) {
        const paint = await firstPaint(browser, sites[i]!.url, COMPARE_CANVAS);
        siteRuns[i]!.push(paint.ms);
        lastPaints[i] = paint;
      }
    }
  } finally {
    await browser.close();
    await floor.close();
    for (const site of sites) await site.close();
  }
  const loadAfter = loadavg();
  const floorMedian = median(floorRuns) ?? Number.NaN;
  const runs = (values: readonly number[]) => values.map((value) => Math.round(value)).join(' ');
  console.log(
    `load average before ${loadBefore.map((value) => value.toFixed(2)).join(' ')}, after ${loadAfter.map((value) => value.toFixed(2)).join(' ')}`,
  );
  console.log(`floor     median ${Math.round(floorMedian)} ms   runs ${runs(floorRuns)}`);
  options.site.forEach((site, i) => {
    const ms = median(siteRuns[i]!) ?? Number.NaN;
    console.log(`${site}  median ${Math.round(ms)} ms (${(ms / floorMedian).toFixed(2)}× the floor)   runs ${runs(siteRuns[i]!)}`);
  });
  options.site.forEach((site, i) => {
    console.log(`\n${site}: requests of the last run before its first chart (${Math.round(lastPaints[i]?.ms ?? 0)} ms)`);
    for (const request of lastPaints[i]?.requests ?? [])
      console.log(`  ${String(request.start).padStart(5)} → ${String(request.end).padStart(5)}  ${request.name}`);
  });
}

await main();

/**
 * The dashboard half of `npm run bench -- --scale national`: the built app over a sharded data
 * folder, served on 127.0.0.1 by scripts/static-server.ts and opened in Debian's Chromium. It
 * measures what the issue "How it must be shown" sets targets for, and reports what the page does
 * when a measurement needs something the dashboard lacks ("not available: …"), never a verdict:
 *
 * - the first chart after navigation, beside a floor page (the same ECharts drawing 50 bars from
 *   inline data, scripts/bench-floor) measured in the same run;
 * - every request before the first chart (the Performance API's timeline), their gzip bytes, and
 *   how many rounds they came in (a round starts when every earlier request has finished);
 * - switching indicator, year, level and province: there (often fetched) and back (loaded);
 * - opening a source by clicking a bar; the JS heap after visiting every view;
 * - the province-first township flow: what the page says at level 镇, then a province's chart.
 *
 * A switch is over at the last visible change of the compare view (its heading, notes, first table
 * row and chart) once no request is in flight: a view that paints a loading state first is timed
 * to its final state.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';

import { median } from '../src/lib/median';
import { firstPaintRecorder } from './bench-dashboard';
import { serveSite } from './static-server';

/** A figure that could not be measured, and why. */
export interface NotAvailable {
  readonly notAvailable: string;
}

export interface RequestLine {
  /** The path on the site (`assets/index-….js`, `data/shards/manifest.json`). */
  readonly path: string;
  readonly kind: 'js' | 'data' | 'other';
  /** Milliseconds since navigation. */
  readonly startMs: number;
  readonly endMs: number;
  readonly gzipBytes: number;
}

export interface SwitchFigure {
  /**
   * Timed in the page: from the control's input event to the end of the frame that showed the
   * view's last change (its heading, notes, table or chart, whichever came last).
   */
  readonly ms: number;
  /**
   * The former method, for comparison: from before the bench's action (its Playwright command
   * included) to the start of the frame whose DOM last changed (the chart not watched).
   */
  readonly outsideMs: number;
  /** Requests the switch made (0: everything it drew was loaded). */
  readonly requests: number;
}

export interface SwitchPair {
  readonly to: string;
  readonly there: SwitchFigure;
  readonly back: SwitchFigure;
}

export interface ViewVisit {
  readonly view: string;
  readonly ms: number;
  readonly requests: number;
}

export interface ScaleDashboardFigures {
  readonly firstChartMs: number;
  readonly floorFirstChartMs: number;
  readonly firstChartRuns: number;
  readonly jsGzipKb: number;
  readonly dataGzipKb: number;
  readonly otherGzipKb: number;
  readonly timeline: readonly RequestLine[];
  /** Sequential rounds of requests before the first chart (1: all at once). */
  readonly rounds: number;
  /** Most requests in flight at once before the first chart. */
  readonly maxParallel: number;
  readonly switches: Readonly<Record<'indicator' | 'year' | 'level' | 'province', SwitchPair | NotAvailable>>;
  readonly source: { readonly ms: number; readonly requests: number; readonly how: string } | NotAvailable;
  readonly views: readonly ViewVisit[];
  readonly jsHeapMb: number;
  readonly townships: {
    /** What the compare view shows at level 镇 with no province chosen (its text, shortened). */
    readonly says: string;
    readonly chartShown: boolean;
    /** Whether the page says a province must be chosen. */
    readonly notice: boolean | NotAvailable;
    readonly province: string | null;
    readonly chart: SwitchFigure | NotAvailable;
  };
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
];
const COMPARE_CANVAS = '[data-testid=compare-chart] canvas';

/**
 * Watches the compare view every frame: `__sig` is its signature (heading, notes, first row, row
 * count; empty while no chart is drawn), `__sigAt` when it last changed (the start of the frame
 * that first showed it, the old method's end) and `__sigDoneAt` when that frame was over (a task
 * queued from the frame runs after its style, layout and paint).
 */
const SIGNATURE_WATCHER = `
  window.__sig = '';
  window.__sigAt = 0;
  window.__sigDoneAt = 0;
  const signature = () => {
    const chart = document.querySelector(${JSON.stringify(COMPARE_CANVAS)});
    const rows = document.querySelectorAll('[data-testid=compare-table] tbody tr');
    if (!chart || rows.length === 0) return '';
    const text = (selector) => document.querySelector(selector)?.textContent ?? '';
    return [text('#compare-heading'), text('[data-testid=compare-notes]'), rows[0].textContent, rows.length].join('|');
  };
  const watch = () => {
    const now = signature();
    if (now !== window.__sig) {
      window.__sig = now;
      window.__sigAt = performance.now();
      setTimeout(() => { window.__sigDoneAt = performance.now(); }, 0);
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
`;

/**
 * Times a switch from inside the page, so that the bench's own work (Playwright resolving a
 * locator, checking it can be acted on, the round trips of its commands) stays out of it:
 * `__switchFrom` is the time stamp of the first input event after `__switchArmed` is set (a
 * pointer or key going down, a select's input or change, a link's popstate), and `__chartDrawnAt`
 * when ECharts last finished drawing the compare chart (it clears its canvas before each redraw;
 * a task queued then runs once the frame is over).
 */
const SWITCH_TIMER = `
  window.__switchArmed = false;
  window.__switchFrom = null;
  window.__chartDrawnAt = 0;
  const startSwitch = (event) => {
    if (window.__switchArmed && window.__switchFrom === null) window.__switchFrom = event.timeStamp;
  };
  for (const type of ['pointerdown', 'mousedown', 'keydown', 'input', 'change', 'popstate']) addEventListener(type, startSwitch, true);
  const clearRect = CanvasRenderingContext2D.prototype.clearRect;
  let drawPending = false;
  CanvasRenderingContext2D.prototype.clearRect = function (...args) {
    if (!drawPending && this.canvas.isConnected && this.canvas.closest('[data-testid=compare-chart]')) {
      drawPending = true;
      setTimeout(() => { drawPending = false; window.__chartDrawnAt = performance.now(); }, 0);
    }
    return clearRect.apply(this, args);
  };
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts the page's requests and those in flight. */
function trackRequests(page: Page): { total: () => number; inflight: () => number } {
  let total = 0;
  let inflight = 0;
  page.on('request', () => {
    total += 1;
    inflight += 1;
  });
  const done = () => {
    inflight -= 1;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { total: () => total, inflight: () => inflight };
}

/** Waits until no request has been in flight for `quietMs` (at most `capMs`). */
async function networkQuiet(requests: { inflight: () => number }, quietMs = 200, capMs = 120_000): Promise<void> {
  const until = Date.now() + capMs;
  let quietSince = Date.now();
  while (Date.now() < until) {
    if (requests.inflight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await sleep(5);
  }
}

type Tracked = { total: () => number; inflight: () => number };

/**
 * A switch's time, in the page (see {@link SWITCH_TIMER}) and as it was measured before (from
 * outside, see {@link SwitchFigure}), and the requests it made. Over at the compare view's last
 * visible change once the network is quiet. Throws when the view never changes (or never shows a
 * chart) within 60 s.
 */
async function timeSwitch(page: Page, requests: Tracked, action: () => Promise<void>): Promise<SwitchFigure> {
  type Timed = { __sig: string; __switchArmed: boolean; __switchFrom: number | null };
  const before = await page.evaluate(() => {
    const timed = window as unknown as Timed;
    timed.__switchFrom = null;
    timed.__switchArmed = true;
    return timed.__sig;
  });
  const startedRequests = requests.total();
  const started = await page.evaluate(() => performance.now());
  await action();
  await page.waitForFunction(
    (previous) => {
      const sig = (window as unknown as { __sig: string }).__sig;
      return sig !== '' && sig !== previous;
    },
    before,
    { timeout: 60_000 },
  );
  await networkQuiet(requests);
  await page.waitForFunction(() => (window as unknown as { __sig: string }).__sig !== '', undefined, { timeout: 60_000 });
  const at = await page.evaluate(() => {
    const timed = window as unknown as Timed & { __sigAt: number; __sigDoneAt: number; __chartDrawnAt: number };
    timed.__switchArmed = false;
    return { sigAt: timed.__sigAt, sigDoneAt: timed.__sigDoneAt, chartDrawnAt: timed.__chartDrawnAt, from: timed.__switchFrom };
  });
  if (at.from === null) throw new Error('the switch fired no input event in the page');
  const end = Math.max(at.sigDoneAt, at.chartDrawnAt);
  return { ms: Math.round(end - at.from), outsideMs: Math.round(at.sigAt - started), requests: requests.total() - startedRequests };
}

async function pair(
  page: Page,
  requests: Tracked,
  to: string,
  there: () => Promise<void>,
  back: () => Promise<void>,
): Promise<SwitchPair | NotAvailable> {
  try {
    const first = await timeSwitch(page, requests, there);
    const second = await timeSwitch(page, requests, back);
    return { to, there: first, back: second };
  } catch (error) {
    return { notAvailable: `${to}: the compare view did not change within 60 s (${(error as Error).message.split('\n')[0]})` };
  }
}

/** Sets a URL parameter as a link would (history + popstate: the app's URL sync reads it). */
async function setParam(page: Page, key: string, value: string | null): Promise<void> {
  await page.evaluate(
    ([name, next]) => {
      const url = new URL(location.href);
      if (next === null) url.searchParams.delete(name as string);
      else url.searchParams.set(name as string, next);
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    },
    [key, value] as const,
  );
}

/** The gzip size of a file, read once per path. */
function gzipSizer(): (file: string) => Promise<number> {
  const sizes = new Map<string, number>();
  return async (file) => {
    let size = sizes.get(file);
    if (size === undefined) {
      try {
        size = gzipSync(await readFile(file)).length;
      } catch {
        size = 0;
      }
      sizes.set(file, size);
    }
    return size;
  };
}

/** Rounds of requests: a request opens a new round when every earlier one has finished. */
export function requestRounds(lines: readonly Pick<RequestLine, 'startMs' | 'endMs'>[]): { rounds: number; maxParallel: number } {
  const sorted = [...lines].sort((a, b) => a.startMs - b.startMs);
  let rounds = 0;
  let lastEnd = Number.NEGATIVE_INFINITY;
  let maxParallel = 0;
  for (const line of sorted) {
    if (line.startMs >= lastEnd) rounds += 1;
    lastEnd = Math.max(lastEnd, line.endMs);
    const parallel = sorted.filter((other) => other.startMs <= line.startMs && other.endMs > line.startMs).length;
    maxParallel = Math.max(maxParallel, parallel);
  }
  return { rounds, maxParallel };
}

/** Opens `url` in a fresh context (empty cache) and times the first painted element of `selector`. */
async function firstPaint(
  browser: Browser,
  url: string,
  selector: string,
): Promise<{ context: BrowserContext; page: Page; ms: number; requests: Tracked }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = trackRequests(page);
  await page.addInitScript(firstPaintRecorder(selector, '__firstChartAt'));
  await page.addInitScript(SIGNATURE_WATCHER);
  await page.addInitScript(SWITCH_TIMER);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstChartAt?: number }).__firstChartAt !== undefined, undefined, {
    timeout: 120_000,
  });
  const ms = await page.evaluate(() => (window as unknown as { __firstChartAt: number }).__firstChartAt);
  return { context, page, ms, requests };
}

/** A point inside a bar of the compare chart (page coordinates), found from the canvas's pixels. */
async function barPoint(page: Page): Promise<{ x: number; y: number } | null> {
  // A string, not a function: tsx would wrap the inner functions in a helper the page lacks.
  return page.evaluate(`(() => {
    const canvas = document.querySelector(${JSON.stringify(COMPARE_CANVAS)});
    const context = canvas && canvas.getContext('2d');
    if (!canvas || !context) return null;
    const { width, height } = canvas;
    const pixels = context.getImageData(0, 0, width, height).data;
    const at = (x, y) => (y * width + x) * 4;
    const saturated = (i) => pixels[i + 3] > 200 && Math.max(pixels[i], pixels[i + 1], pixels[i + 2]) - Math.min(pixels[i], pixels[i + 1], pixels[i + 2]) > 50;
    const same = (i, j) => Math.abs(pixels[i] - pixels[j]) + Math.abs(pixels[i + 1] - pixels[j + 1]) + Math.abs(pixels[i + 2] - pixels[j + 2]) < 24;
    // A bar: a saturated pixel whose neighbours 6 px right and 3 px down are of the same colour.
    for (let y = 0; y + 4 < height; y += 2) {
      for (let x = 0; x + 8 < width; x += 2) {
        const i = at(x, y);
        if (saturated(i) && same(i, at(x + 6, y)) && same(i, at(x, y + 3)) && same(i, at(x + 6, y + 3))) {
          const rect = canvas.getBoundingClientRect();
          const scale = rect.width / width;
          return { x: rect.left + (x + 3) * scale, y: rect.top + (y + 1.5) * scale };
        }
      }
    }
    return null;
  })()`);
}

/** Clicks a bar and times the source panel's highlighted quote; the table's source button when no bar answers. */
async function openSource(page: Page, requests: Tracked): Promise<ScaleDashboardFigures['source']> {
  const mark = page.locator('[role=dialog] blockquote mark').first();
  // The chart starts below the fold at 1280 × 900 (filters and notes come first): a click outside
  // the viewport reaches nothing, so the chart is scrolled into view before a bar is looked for.
  await page
    .locator(COMPARE_CANVAS)
    .first()
    .scrollIntoViewIfNeeded()
    .catch(() => undefined);
  const point = await barPoint(page);
  if (point) {
    const before = requests.total();
    const started = await page.evaluate(() => performance.now());
    await page.mouse.click(point.x, point.y);
    const opened = await page
      .locator('[role=dialog]')
      .first()
      .waitFor({ timeout: 3_000 })
      .then(
        () => true,
        () => false,
      );
    if (opened) {
      await mark.waitFor({ timeout: 60_000 });
      const ms = await page.evaluate(
        (from) =>
          new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - from)))),
        started,
      );
      await page.keyboard.press('Escape');
      return { ms: Math.round(ms), requests: requests.total() - before, how: 'a click on a bar' };
    }
  }
  const button = page.locator('[data-testid=compare-table] tbody tr button').first();
  if ((await button.count()) === 0) return { notAvailable: 'no bar answered a click and the table has no source button' };
  const before = requests.total();
  const started = await page.evaluate(() => performance.now());
  await button.click();
  await mark.waitFor({ timeout: 60_000 });
  const ms = await page.evaluate(
    (from) => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - from)))),
    started,
  );
  await page.keyboard.press('Escape');
  return {
    ms: Math.round(ms),
    requests: requests.total() - before,
    how: `the table's source button (${point ? 'the bar click opened no panel' : 'no bar found on the canvas'})`,
  };
}

/** The views of the dashboard, by their tab's name, with what shows each is drawn. */
const VIEWS: readonly { name: string; view: string; ready?: string }[] = [
  { name: '年度趋势', view: 'trend', ready: '[data-testid=trend-table]' },
  { name: '披露覆盖', view: 'coverage', ready: '[data-testid=coverage-table]' },
  { name: '报告阅读', view: 'report' },
  { name: '报告简报', view: 'profile' },
  { name: '会议简报', view: 'briefing' },
  // The queue shows values only to a named reviewer; its timings are the county benchmark's.
  { name: '审核队列', view: 'review' },
  { name: '关于数据', view: 'about' },
  { name: '添加报告', view: 'add' },
  { name: '横向比较', view: 'compare', ready: '[data-testid=compare-table]' },
];

async function visitViews(page: Page, requests: Tracked): Promise<ViewVisit[]> {
  const visits: ViewVisit[] = [];
  for (const { name, view, ready } of VIEWS) {
    const before = requests.total();
    const started = Date.now();
    const link = page.getByRole('link', { name, exact: true });
    if ((await link.count()) > 0) await link.first().click();
    else await setParam(page, 'view', view);
    if (ready)
      await page
        .locator(ready)
        .first()
        .waitFor({ timeout: 60_000 })
        .catch(() => undefined);
    await networkQuiet(requests, 200, 180_000);
    visits.push({ view, ms: Date.now() - started - 200, requests: requests.total() - before });
  }
  return visits;
}

/** The compare view's own text (filters and navigation left out), whitespace collapsed. */
async function compareText(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const main = document.querySelector('main') || document.body;
    const copy = main.cloneNode(true);
    for (const element of copy.querySelectorAll('.filter-bar, nav, select, script, style')) element.remove();
    return (copy.textContent || '').replace(/\\s+/g, ' ').trim();
  })()`);
}

async function townshipFlow(page: Page, requests: Tracked, townProvince: string | null): Promise<ScaleDashboardFigures['townships']> {
  const radio = page.getByRole('radio', { name: '镇', exact: true });
  if ((await radio.count()) === 0) {
    return {
      says: '',
      chartShown: false,
      notice: { notAvailable: 'the level filter offers no 镇' },
      province: null,
      chart: { notAvailable: 'the level filter offers no 镇' },
    };
  }
  await radio.check();
  await networkQuiet(requests, 500, 60_000);
  // The notice of src/app/TownsNeedProvince.tsx when there is one, else what the view shows.
  const noticeBox = page.locator('.towns-need-province');
  const hasNotice = (await noticeBox.count()) > 0;
  const text = hasNotice ? ((await noticeBox.first().textContent()) ?? '').replace(/\s+/g, ' ').trim() : await compareText(page);
  const chartShown = (await page.locator(COMPARE_CANVAS).count()) > 0;
  const notice = hasNotice
    ? true
    : chartShown
      ? { notAvailable: 'not needed here: the townships were loaded without a province (a small dataset is loaded whole)' }
      : { notAvailable: 'the page shows no notice that townships need a province' };
  if (townProvince === null)
    return { says: text.slice(0, 240), chartShown, notice, province: null, chart: { notAvailable: 'the data holds no township shard' } };
  const select = page.getByRole('combobox', { name: '省份' });
  let chart: SwitchFigure | NotAvailable;
  try {
    chart = await timeSwitch(page, requests, () => select.selectOption(townProvince).then(() => undefined));
  } catch (error) {
    chart = { notAvailable: `no chart within 60 s of choosing ${townProvince} (${(error as Error).message.split('\n')[0]})` };
  }
  return { says: text.slice(0, 240), chartShown, notice, province: townProvince, chart };
}

export interface ScaleDashboardOptions {
  /** The built app. */
  readonly siteDir: string;
  /** The built floor page (scripts/bench-floor). */
  readonly floorDir: string;
  /** The extracted data folder, served as `/data/`. */
  readonly dataDir: string;
  /** First-chart measurements (the median is reported), app and floor alternating. */
  readonly runs: number;
}

/** One measurement of the dashboard over a data folder: see the file's comment. */
export async function measureScaleDashboard(options: ScaleDashboardOptions): Promise<ScaleDashboardFigures> {
  const server = await serveSite(options.siteDir, options.dataDir);
  const floorServer = await serveSite(options.floorDir, options.dataDir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
  try {
    const manifest = JSON.parse(await readFile(path.join(options.dataDir, 'shards/manifest.json'), 'utf8')) as {
      indicators: { id: string; headline?: boolean; label: { zh: string } }[];
      provinces: string[];
      shards: { group: string; province: string | null; coverage: number[] }[];
    };
    const appRuns: number[] = [];
    const floorRuns: number[] = [];
    for (let run = 0; run < options.runs - 1; run += 1) {
      const floor = await firstPaint(browser, floorServer.url, 'canvas');
      floorRuns.push(floor.ms);
      await floor.context.close();
      const app = await firstPaint(browser, server.url, COMPARE_CANVAS);
      appRuns.push(app.ms);
      await app.context.close();
    }
    const floor = await firstPaint(browser, floorServer.url, 'canvas');
    floorRuns.push(floor.ms);
    await floor.context.close();
    // The last run's page stays open for everything else.
    const { context, page, ms, requests } = await firstPaint(browser, server.url, COMPARE_CANVAS);
    appRuns.push(ms);

    const entries = await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((entry) => ({
        name: entry.name,
        start: entry.startTime,
        end: (entry as PerformanceResourceTiming).responseEnd,
      })),
    );
    const sizeOf = gzipSizer();
    const timeline: RequestLine[] = [];
    for (const entry of entries.filter((item) => item.start <= ms)) {
      const pathname = decodeURIComponent(new URL(entry.name).pathname).replace(/^\//, '');
      const file = pathname.startsWith('data/')
        ? path.join(options.dataDir, pathname.slice('data/'.length))
        : path.join(options.siteDir, pathname === '' ? 'index.html' : pathname);
      const kind = pathname.startsWith('data/') ? 'data' : /\.m?js$/.test(pathname) ? 'js' : 'other';
      timeline.push({
        path: pathname || 'index.html',
        kind,
        startMs: Math.round(entry.start),
        endMs: Math.round(entry.end),
        gzipBytes: await sizeOf(file),
      });
    }
    const kb = (kind: RequestLine['kind']) =>
      Math.round(timeline.filter((line) => line.kind === kind).reduce((sum, line) => sum + line.gzipBytes, 0) / 102.4) / 10;
    const { rounds, maxParallel } = requestRounds(timeline);

    await networkQuiet(requests);
    // The chart sets its option again once the code of its median lines and hover tooltip arrives
    // (echarts-later, asked for when the page is idle after the first paint): a switch timed before that would count
    // that redraw as its own.
    await page
      .waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /echarts-later/.test(entry.name)), undefined, {
        timeout: 15_000,
      })
      .catch(() => undefined);
    await networkQuiet(requests);
    await sleep(300);
    // The other indicator: the best covered after the one shown (named in the view's heading).
    const current = new URL(page.url()).searchParams.get('indicator');
    const heading = (await page.locator('#compare-heading').textContent()) ?? '';
    const covered = manifest.indicators
      .map((entry, at) => ({
        id: entry.id,
        label: entry.label.zh,
        places: manifest.shards.reduce((sum, shard) => sum + (shard.coverage[at] ?? 0), 0),
      }))
      .sort((a, b) => b.places - a.places || b.label.length - a.label.length);
    const shown =
      current ?? [...covered].sort((a, b) => b.label.length - a.label.length).find((entry) => heading.includes(entry.label))?.id ?? null;
    const otherIndicator = covered.find((entry) => entry.id !== shown && entry.places > 0)?.id;
    const indicator = otherIndicator
      ? await pair(
          page,
          requests,
          otherIndicator,
          () => setParam(page, 'indicator', otherIndicator),
          () => setParam(page, 'indicator', current),
        )
      : { notAvailable: 'no second indicator has values' };

    const yearSelect = page.getByRole('combobox', { name: '年份' });
    const otherYear = await yearSelect
      .locator('option')
      .evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value).find((value) => /^\d{4}$/.test(value)));
    const year = otherYear
      ? await pair(
          page,
          requests,
          otherYear,
          () => yearSelect.selectOption(otherYear).then(() => undefined),
          () => yearSelect.selectOption('').then(() => undefined),
        )
      : { notAvailable: 'the year select lists no other year' };

    const county = page.getByRole('radio', { name: '县', exact: true });
    const all = page.getByRole('radio', { name: '全部层级', exact: true });
    const level =
      (await county.count()) > 0 && (await all.count()) > 0
        ? await pair(
            page,
            requests,
            '县',
            () => county.check(),
            () => all.check(),
          )
        : { notAvailable: 'the level filter offers no 县 or no 全部层级' };

    const provinceSelect = page.getByRole('combobox', { name: '省份' });
    const someProvince = await provinceSelect
      .locator('option')
      .evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value).find((value) => value !== ''));
    const province = someProvince
      ? await pair(
          page,
          requests,
          someProvince,
          () => provinceSelect.selectOption(someProvince).then(() => undefined),
          () => provinceSelect.selectOption('').then(() => undefined),
        )
      : { notAvailable: 'the province filter lists no province' };

    const source = await openSource(page, requests);
    const views = await visitViews(page, requests);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

    const townProvince = manifest.shards.find((shard) => shard.group === 'town' && shard.province !== null)?.province ?? null;
    await page
      .locator(COMPARE_CANVAS)
      .first()
      .waitFor({ timeout: 60_000 })
      .catch(() => undefined);
    const townships = await townshipFlow(page, requests, townProvince);
    await context.close();
    return {
      firstChartMs: Math.round(median(appRuns) ?? ms),
      floorFirstChartMs: Math.round(median(floorRuns) ?? Number.NaN),
      firstChartRuns: appRuns.length,
      jsGzipKb: kb('js'),
      dataGzipKb: kb('data'),
      otherGzipKb: kb('other'),
      timeline,
      rounds,
      maxParallel,
      switches: { indicator, year, level, province },
      source,
      views,
      jsHeapMb: Math.round((heap.usedSize / 1024 / 1024) * 10) / 10,
      townships,
    };
  } finally {
    await browser.close();
    await server.close();
    await floorServer.close();
  }
}

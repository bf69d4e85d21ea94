/**
 * `tsx scripts/profile-first-chart.ts --site DIR --data DIR [--runs 3] [--under NAME] [--light] [--phases]`: where the
 * time before the first chart goes. Loads the built app over a data folder under Chromium's tracer
 * (the main thread's tasks and V8's sampling profiler), from navigation to the first pixel of the
 * compare chart (scripts/bench-dashboard.ts's recorder), and prints, for the last run, the main
 * thread's tasks in order (start, duration, what ran), then over all runs the JavaScript functions
 * with the most inclusive and self time before the chart. Build the site unminified
 * (`vite build --minify false`) for readable function names. `--phases` prints, per load, the
 * inclusive time of the steps that draw the first chart (React's render and commit, the compare
 * state, ECharts' init, option, layout and painting), named by their functions in such a build.
 */
import path from 'node:path';

import { chromium } from '@playwright/test';
import { Command } from 'commander';

import { median } from '../src/lib/median';
import { firstPaintRecorder } from './bench-dashboard';
import { frameName, profileSamples, stackOf, type TraceEvent } from './chrome-trace';
import { serveSite } from './static-server';

interface Options {
  site: string;
  data: string;
  runs: number;
  width: number;
  under?: string;
  top: number;
  light: boolean;
  phases: boolean;
}

const options = new Command()
  .requiredOption('--site <dir>', 'the built app')
  .requiredOption('--data <dir>', 'the data folder served as /data/')
  .option('--runs <n>', 'loads profiled', (value) => Number(value), 3)
  .option('--width <px>', 'viewport width', (value) => Number(value), 1280)
  .option('--under <function>', 'count only samples with this function on their stack')
  .option('--top <n>', 'functions listed', (value) => Number(value), 40)
  .option('--light', 'without the JavaScript sampler (its overhead left out of the times)', false)
  .option('--phases', "the inclusive time of the first chart's steps (an unminified build)", false)
  .parse(process.argv)
  .opts<Options>();

const CANVAS = '[data-testid=compare-chart] canvas';

/**
 * The steps between the data and the chart's first pixel, each by the function a sample must have
 * on its stack (its name, and the start of its file's name, in an unminified build). They nest:
 * the compare state is inside React's render, ECharts' init inside the commit.
 */
const PHASES: readonly { name: string; fn: string; file: string }[] = [
  { name: 'React render (every render before the chart)', fn: 'renderRootSync', file: 'vendor' },
  { name: '  compare state (deriveCompareState)', fn: 'deriveCompareState', file: 'index' },
  { name: '  chart option (buildCompareOption)', fn: 'buildCompareOption', file: 'index' },
  { name: 'React commit', fn: 'commitRoot', file: 'vendor' },
  { name: '  ECharts init (each chart made)', fn: 'init', file: 'echarts' },
  { name: "ECharts dispose (the binding's first chart)", fn: 'dispose', file: 'echarts' },
  { name: 'ECharts setOption (the option merged)', fn: 'ECharts.setOption', file: 'echarts' },
  { name: 'ECharts frame (a pending option laid out and painted)', fn: 'ECharts._onframe', file: 'echarts' },
  { name: 'ECharts layout (update)', fn: 'update', file: 'echarts' },
  { name: '  grid and axes (label layout, measureText)', fn: 'Grid.update', file: 'echarts' },
  { name: '  series (bars and their labels)', fn: 'renderSeries', file: 'echarts' },
  { name: 'ECharts paint (ZRender refresh)', fn: 'ZRender._refresh', file: 'echarts' },
  { name: 'text measured (measureText)', fn: 'platformApi.measureText', file: 'echarts' },
  { name: 'garbage collector', fn: '(garbage collector)', file: '' },
];
const phaseTimes = new Map<string, number>();
const TASK_DETAIL = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'FunctionCall',
  'FireAnimationFrame',
  'TimerFire',
  'Layout',
  'UpdateLayoutTree',
  'Paint',
  'RunMicrotasks',
  'MinorGC',
  'MajorGC',
  'ParseHTML',
  'ResourceReceivedData',
  'v8.parseOnBackground',
]);

const server = await serveSite(path.resolve(options.site), options.data);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const inclusive = new Map<string, number>();
const self = new Map<string, number>();
const firstCharts: number[] = [];
/** The main thread's CPU time from navigation to the first chart, per load: what the page did, whatever else the machine did. */
const cpuTimes: number[] = [];
try {
  for (let run = -1; run < options.runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: options.width, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(firstPaintRecorder(CANVAS, '__firstChartAt'));
    await page.addInitScript(`performance.mark('probe-start')`);
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'v8',
        ...(options.light ? [] : ['disabled-by-default-v8.cpu_profiler']),
        'blink.user_timing',
        'loading',
      ],
    });
    await page.goto(server.url);
    await page.waitForFunction(() => (window as unknown as { __firstChartAt?: number }).__firstChartAt !== undefined, undefined, {
      timeout: 60_000,
    });
    const firstChart = await page.evaluate(() => {
      const at = (window as unknown as { __firstChartAt: number }).__firstChartAt;
      performance.mark('probe-chart');
      return at;
    });
    const buffer = await browser.stopTracing();
    await context.close();
    if (run < 0) continue; // a warm-up, not counted
    firstCharts.push(firstChart);
    const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    const start = events.find((event) => event.name === 'probe-start');
    if (!start) throw new Error('no start mark in the trace');
    const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && event.pid === start.pid);
    const onMain = events.filter((event) => main && event.pid === main.pid && event.tid === main.tid);
    // Navigation start on the trace's clock: the mark's time minus its performance.now().
    const navigationTs = onMain.find((event) => event.name === 'navigationStart')?.ts ?? start.ts;
    const endTs = navigationTs + firstChart * 1000;
    const tasks = onMain.filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.ts >= navigationTs && event.ts <= endTs);
    cpuTimes.push(tasks.reduce((sum, task) => sum + (task.tdur ?? 0), 0) / 1000);
    if (run === options.runs - 1) {
      console.log(`last run: first chart at ${firstChart.toFixed(0)} ms; main thread tasks ≥ 2 ms (start, duration, CPU, what ran):`);
      for (const task of tasks) {
        if ((task.dur ?? 0) < 2000) continue;
        const inside = onMain.filter(
          (event) => event.ph === 'X' && event.ts >= task.ts && event.ts < task.ts + (task.dur ?? 0) && TASK_DETAIL.has(event.name),
        );
        const what = inside
          .filter((event) => (event.dur ?? 0) >= 1000)
          .map((event) => {
            const data = event.args?.data as { functionName?: string; url?: string; type?: string } | undefined;
            const detail = data?.functionName || data?.type || (data?.url ? data.url.split('/').at(-1) : '') || '';
            return `${event.name}${detail ? `(${detail})` : ''} ${((event.dur ?? 0) / 1000).toFixed(1)}`;
          })
          .join(', ');
        console.log(
          `  ${((task.ts - navigationTs) / 1000).toFixed(0).padStart(5)}  ${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${((task.tdur ?? 0) / 1000).toFixed(1).padStart(6)}  ${what}`,
        );
      }
    }
    const { nodes, samples } = profileSamples(events, start.pid);
    for (const { at, node, ms } of samples) {
      if (at < navigationTs || at > endTs) continue;
      const stack = stackOf(node, nodes);
      if (options.under && !stack.some((walk) => walk.callFrame.functionName === options.under)) continue;
      self.set(frameName(node), (self.get(frameName(node)) ?? 0) + ms);
      for (const key of new Set(stack.map(frameName))) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
      for (const phase of PHASES) {
        const on = stack.some(
          (walk) => walk.callFrame.functionName === phase.fn && (walk.callFrame.url ?? '').split('/').at(-1)!.startsWith(phase.file),
        );
        if (on) phaseTimes.set(phase.name, (phaseTimes.get(phase.name) ?? 0) + ms);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`\nfirst chart: ${firstCharts.map((ms) => ms.toFixed(0)).join(' ')} ms, median ${median(firstCharts)?.toFixed(0)}`);
console.log(`main thread CPU before it: ${cpuTimes.map((ms) => ms.toFixed(0)).join(' ')} ms, median ${median(cpuTimes)?.toFixed(0)}`);
if (options.phases) {
  console.log(`\nthe first chart's steps, inclusive sampled time per load (ms):`);
  for (const phase of PHASES) console.log(`  ${((phaseTimes.get(phase.name) ?? 0) / options.runs).toFixed(1).padStart(7)}  ${phase.name}`);
}
console.log(`\nJavaScript inclusive time before the first chart, per load (ms), top ${options.top}:`);
for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, options.top))
  console.log(`  ${(ms / options.runs).toFixed(1).padStart(7)}  ${key}`);
console.log(`\nself time, top ${options.top}:`);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, options.top))
  console.log(`  ${(ms / options.runs).toFixed(1).padStart(7)}  ${key}`);

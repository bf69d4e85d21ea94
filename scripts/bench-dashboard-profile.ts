/**
 * `tsx scripts/bench-dashboard-profile.ts --site DIR --data DIR [--switch year] [--runs 5] [--out FILE]`:
 * where a loaded switch of the compare view spends its time. Opens the built app over a data folder
 * (as scripts/bench-dashboard-scale.ts does), switches there and back once so that both sides are
 * loaded, then switches back and forth `--runs` times under Chromium's tracer (the main thread's
 * tasks, style, layout and paint; V8's sampling profiler for the JavaScript) and prints, per switch,
 * the time in the page (input event to the end of the last frame that changed the view) beside the
 * main thread's work by kind, then the JavaScript functions with the most self time over all runs.
 * Build the site unminified (`vite build --minify false`) for readable function names.
 * `--out` writes the last trace (open it in Chrome's Performance panel).
 * `--fetched` times switches whose files are not loaded yet instead: each run goes to a year (or
 * an indicator) not shown before, nothing warmed up, and a switch is over once no request is in
 * flight and the view has not changed for 400 ms (a county-level folder fetches nothing for a
 * province or a level: those are refused).
 */
import { writeFile } from 'node:fs/promises';

import { chromium, type Page } from '@playwright/test';
import { Command } from 'commander';

import { frameName, profileSamples, stackOf, type TraceEvent } from './chrome-trace';
import { serveSite } from './static-server';

interface Options {
  site: string;
  data: string;
  switch: 'indicator' | 'year' | 'level' | 'province';
  runs: number;
  out?: string;
  width: number;
  trace: boolean;
  light: boolean;
  fetched: boolean;
}

const options = new Command()
  .requiredOption('--site <dir>', 'the built app')
  .requiredOption('--data <dir>', 'the data folder served as /data/')
  .option('--switch <kind>', 'indicator, year, level or province', 'year')
  .option('--runs <n>', 'switches profiled (there and back alternate)', (value) => Number(value), 6)
  .option('--width <px>', 'viewport width', (value) => Number(value), 1280)
  .option('--out <file>', 'write the last trace as JSON')
  .option('--light', 'trace without the JavaScript sampler (CPU time by task only: less overhead)', false)
  .option('--no-trace', 'only time the switches (no tracer: its overhead left out)')
  .option('--fetched', 'switch each time to a year or indicator not loaded yet (year, indicator)', false)
  .parse(process.argv)
  .opts<Options>();

const CANVAS = '[data-testid=compare-chart] canvas';
const IN_PAGE = `
  window.__from = null; window.__armed = false; window.__lastChange = 0;
  for (const type of ['pointerdown', 'input', 'change', 'popstate'])
    addEventListener(type, (event) => {
      if (window.__armed && window.__from === null) { window.__from = event.timeStamp; performance.mark('probe-from'); }
    }, true);
  let sig = '';
  const watch = () => {
    const rows = document.querySelectorAll('[data-testid=compare-table] tbody tr');
    const now = [document.querySelector('#compare-heading')?.textContent, rows[0]?.textContent, rows.length].join('|');
    if (now !== sig) { sig = now; setTimeout(() => { window.__lastChange = performance.now(); performance.mark('probe-change'); }, 0); }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  const clearRect = CanvasRenderingContext2D.prototype.clearRect;
  CanvasRenderingContext2D.prototype.clearRect = function (...args) {
    if (this.canvas.isConnected && this.canvas.closest('[data-testid=compare-chart]'))
      setTimeout(() => { window.__lastChange = Math.max(window.__lastChange, performance.now()); performance.mark('probe-drawn'); }, 0);
    return clearRect.apply(this, args);
  };
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the page showed first (`--fetched` switches elsewhere). */
const shownFirst: { year?: string } = {};

/**
 * Switches there (true) and back (false), between the shown state and another; with `fresh` (a
 * run's number, `--fetched`), to the fresh-th indicator or year not shown before instead.
 */
async function switchTo(page: Page, kind: Options['switch'], there: boolean, fresh?: number): Promise<void> {
  switch (kind) {
    case 'indicator': {
      // The indicator through the address, as the scale bench does (the picker is a dialog).
      await page.evaluate(
        ([forward, at]) => {
          const url = new URL(location.href);
          const w = window as unknown as { __indicators: string[] };
          url.searchParams.set('indicator', (at !== undefined ? w.__indicators[at + 1] : forward ? w.__indicators[1] : w.__indicators[0])!);
          history.pushState(null, '', url);
          dispatchEvent(new PopStateEvent('popstate'));
        },
        [there, fresh] as const,
      );
      return;
    }
    case 'year': {
      const select = page.getByRole('combobox', { name: '年份' });
      const years = await select
        .locator('option')
        .evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value).filter((value) => /^\d{4}$/.test(value)));
      if (fresh !== undefined) {
        // The default year is shown first: the others in the picker's order.
        const others = years.filter((value) => value !== shownFirst.year);
        const target = others[fresh];
        if (target === undefined) throw new Error(`only ${others.length} years to switch to`);
        await select.selectOption(target);
        return;
      }
      await select.selectOption(there ? (years[0] ?? '') : '');
      return;
    }
    case 'level':
      await page.getByRole('radio', { name: there ? '县' : '全部层级', exact: true }).check();
      return;
    case 'province': {
      const select = page.getByRole('combobox', { name: '省份' });
      const other = await select
        .locator('option')
        .evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value).find((value) => value !== ''));
      await select.selectOption(there ? (other ?? '') : '');
      return;
    }
  }
}

async function settle(page: Page): Promise<number> {
  // Quiet: no change of the view, and no request started or finished, for 400 ms.
  const read = () =>
    page.evaluate(() => ({
      change: (window as unknown as { __lastChange: number }).__lastChange,
      requests: performance.getEntriesByType('resource').length,
    }));
  for (;;) {
    const last = await read();
    await sleep(400);
    const again = await read();
    if (again.change === last.change && again.requests === last.requests) return again.change;
  }
}

/** One switch, timed in the page: from the control's input event (armed here) to the view's last change. */
async function timedSwitch(page: Page, kind: Options['switch'], there: boolean, fresh?: number): Promise<{ from: number; end: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __from: number | null; __armed: boolean };
    w.__from = null;
    w.__armed = true;
  });
  await switchTo(page, kind, there, fresh);
  const end = await settle(page);
  const from = await page.evaluate(() => (window as unknown as { __from: number }).__from);
  return { from, end };
}

if (options.fetched && (options.switch === 'province' || options.switch === 'level'))
  throw new Error('--fetched: a province or level switch of a county-level folder fetches nothing; use year or indicator');
const server = await serveSite(options.site, options.data);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ viewport: { width: options.width, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(IN_PAGE);
  await page.goto(server.url);
  await page.locator(CANVAS).first().waitFor({ timeout: 120_000 });
  await page.locator('[data-testid=compare-table] tbody tr').first().waitFor({ timeout: 120_000 });
  await sleep(1500);
  if (options.switch === 'indicator') {
    // The indicator shown and the best-covered other one (the indicator picker's first other entry).
    const manifest = (await (await fetch(`${server.url}data/shards/manifest.json`)).json()) as {
      indicators: { id: string }[];
      shards: { coverage: number[] }[];
      defaultIndicator?: string;
    };
    const covered = manifest.indicators
      .map((entry, at) => ({ id: entry.id, places: manifest.shards.reduce((sum, shard) => sum + (shard.coverage[at] ?? 0), 0) }))
      .sort((a, b) => b.places - a.places);
    const current = new URL(page.url()).searchParams.get('indicator') ?? manifest.defaultIndicator ?? covered[0]!.id;
    // The shown one, then the others by coverage (`--fetched` goes down the list).
    const order = [current, ...covered.map((entry) => entry.id).filter((id) => id !== current)];
    await page.evaluate((list) => {
      (window as unknown as { __indicators: string[] }).__indicators = list;
    }, order);
  }
  if (options.fetched) {
    const manifest = (await (await fetch(`${server.url}data/shards/manifest.json`)).json()) as { defaultYear?: number | null };
    shownFirst.year = String(manifest.defaultYear);
  } else {
    // Both sides loaded.
    await switchTo(page, options.switch, true);
    await settle(page);
    await switchTo(page, options.switch, false);
    await settle(page);
  }

  const cdp = await context.newCDPSession(page);
  const kinds = new Map<string, number>();
  const selfTime = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const stacks = new Map<string, number>();
  let lastTrace: TraceEvent[] = [];
  const cpuRuns: number[] = [];
  const cpuPhases = new Map<string, number[]>();
  if (!options.trace) {
    const times: number[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      const { from, end } = await timedSwitch(page, options.switch, run % 2 === 0, options.fetched ? run : undefined);
      times.push(end - from);
    }
    const sorted = [...times].sort((a, b) => a - b);
    process.stdout.write(
      `${options.switch}: ${times.map((ms) => ms.toFixed(0)).join(' ')} ms · median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)}\n`,
    );
  }
  for (let run = 0; options.trace && run < options.runs; run += 1) {
    const events: TraceEvent[] = [];
    const collect = ({ value }: { value: object[] }) => {
      events.push(...(value as unknown as TraceEvent[]));
    };
    cdp.on('Tracing.dataCollected', collect);
    await cdp.send('Tracing.start', {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        ...(options.light ? [] : ['disabled-by-default-v8.cpu_profiler']),
        'blink.user_timing',
      ].join(','),
      options: 'sampling-frequency=10000',
    });
    const { from, end } = await timedSwitch(page, options.switch, run % 2 === 0, options.fetched ? run : undefined);
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    lastTrace = events;

    // The renderer's main thread, and the window of the switch on the trace's clock: the page's
    // performance.now() is mapped by a user-timing mark made now.
    const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
    const onMain = events.filter((event) => main && event.pid === main.pid && event.tid === main.tid);
    const tasks = onMain.filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.dur !== undefined);
    const byKind = new Map<string, number>();
    const add = (name: string, dur: number) => byKind.set(name, (byKind.get(name) ?? 0) + dur / 1000);
    for (const event of onMain) {
      if (event.ph !== 'X' || event.dur === undefined) continue;
      if (['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'HitTest', 'ParseHTML', 'RunTask'].includes(event.name))
        add(event.name, event.dur);
      if (['V8.GC_SCAVENGER', 'MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'BlinkGC.AtomicPhase'].includes(event.name))
        add('GC', event.dur);
      if (event.name === 'FunctionCall' || event.name === 'EvaluateScript' || event.name === 'V8.Execute') add('JS (top level)', event.dur);
    }
    for (const [name, ms] of byKind) kinds.set(name, (kinds.get(name) ?? 0) + ms);
    // The switch's tasks in order, from the input event's mark to the last change's: what each did.
    const marks = events.filter((event) => event.cat.includes('blink.user_timing') && event.name.startsWith('probe-'));
    const fromTs = marks.find((event) => event.name === 'probe-from')?.ts;
    const endTs = Math.max(...marks.filter((event) => event.name !== 'probe-from').map((event) => event.ts));
    if (fromTs !== undefined && run === options.runs - 1) {
      process.stdout.write(`tasks of the last switch (ms after the input event: duration, what ran):\n`);
      for (const task of tasks.filter((event) => event.ts + (event.dur ?? 0) >= fromTs - 2000 && event.ts <= endTs)) {
        if ((task.dur ?? 0) < 1000) continue;
        const inside = onMain.filter((event) => event.ts >= task.ts && event.ts < task.ts + (task.dur ?? 0) && event.ph === 'X');
        const what = inside
          .filter((event) =>
            [
              'FunctionCall',
              'FireAnimationFrame',
              'TimerFire',
              'EventDispatch',
              'Layout',
              'UpdateLayoutTree',
              'Paint',
              'PrePaint',
              'RunMicrotasks',
              'V8.GC_SCAVENGER',
              'MinorGC',
              'MajorGC',
              'Commit',
              'ParseHTML',
              'v8.run',
            ].includes(event.name),
          )
          .filter((event) => (event.dur ?? 0) >= 500)
          .map((event) => {
            const data = (event.args as { data?: { functionName?: string; url?: string; type?: string } } | undefined)?.data;
            const detail = data?.functionName || data?.type || '';
            return `${event.name}${detail ? `(${detail})` : ''} ${((event.dur ?? 0) / 1000).toFixed(1)}`;
          })
          .join(', ');
        process.stdout.write(
          `  +${((task.ts - fromTs) / 1000).toFixed(1).padStart(6)}  ${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${what}\n`,
        );
      }
      process.stdout.write(`  end at +${((endTs - fromTs) / 1000).toFixed(1)}\n`);
    }

    // The sampling profile, its samples on the trace's clock.
    const { nodes, samples } = profileSamples(events);
    const windowFrom = events.find((event) => event.name === 'probe-from')?.ts ?? Number.POSITIVE_INFINITY;
    const windowEnd = Math.max(
      ...events.filter((event) => event.name === 'probe-change' || event.name === 'probe-drawn').map((event) => event.ts),
    );
    for (const { at, node, ms } of samples) {
      if (at >= windowFrom && at <= windowEnd) {
        const stack = stackOf(node, nodes);
        if (process.env.STACK_OF) {
          const names = stack.map((walk) => walk.callFrame.functionName || '(anon)');
          if (names.includes(process.env.STACK_OF)) {
            const key = names.slice(0, Number(process.env.STACK_DEPTH ?? 8)).join(' < ');
            stacks.set(key, (stacks.get(key) ?? 0) + 1);
          }
        }
        const under = process.env.UNDER;
        if (under !== undefined && !stack.some((walk) => walk.callFrame.functionName === under)) continue;
        // Inclusive: every function on the sample's stack, once.
        for (const name of new Set(stack.map(frameName))) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      }
      selfTime.set(frameName(node), (selfTime.get(frameName(node)) ?? 0) + ms);
    }
    // The main thread's CPU time over the switch's tasks (from the input event to the last change):
    // on a shared machine, wall time counts the waits for a core too.
    const cpuMs =
      fromTs === undefined
        ? Number.NaN
        : tasks
            .filter((task) => task.ts + (task.dur ?? 0) >= fromTs && task.ts <= endTs)
            .reduce((sum, task) => sum + (task.tdur ?? task.dur ?? 0), 0) / 1000;
    cpuRuns.push(cpuMs);
    // The same CPU time by what each task was: the input's handler (React's urgent render and
    // commit), animation frames (the chart's drawing), the scheduler's tasks (deferred renders), other.
    if (fromTs !== undefined) {
      const phases = new Map<string, number>();
      for (const task of tasks.filter((event) => event.ts + (event.dur ?? 0) >= fromTs && event.ts <= endTs)) {
        const inside = onMain.filter((event) => event.ts >= task.ts && event.ts < task.ts + (task.dur ?? 0) && event.ph === 'X');
        const fn = (event: TraceEvent) => (event.args as { data?: { functionName?: string } } | undefined)?.data?.functionName;
        const phase = inside.some((event) => event.name === 'EventDispatch')
          ? 'input'
          : inside.some((event) => event.name === 'FireAnimationFrame' && (event.dur ?? 0) >= 3000)
            ? 'frame'
            : inside.some((event) => event.name === 'FunctionCall' && fn(event) === 'performWorkUntilDeadline')
              ? 'scheduler'
              : 'other';
        phases.set(phase, (phases.get(phase) ?? 0) + (task.tdur ?? task.dur ?? 0) / 1000);
      }
      for (const [phase, ms] of phases) cpuPhases.set(phase, [...(cpuPhases.get(phase) ?? []), ms]);
    }
    const line = [...byKind]
      .sort((a, b) => b[1] - a[1])
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
      .join(' · ');
    process.stdout.write(
      `${options.switch} ${run % 2 === 0 ? 'there' : 'back '} ${(end - from).toFixed(0)} ms in the page, main thread CPU ${cpuMs.toFixed(0)} ms | main thread: ${line}\n`,
    );
  }
  if (options.trace) {
    const sorted = [...cpuRuns].sort((a, b) => a - b);
    const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    process.stdout.write(
      `main thread CPU by task, medians (ms): ${[...cpuPhases].map(([phase, values]) => `${phase} ${medianOf(values).toFixed(0)}`).join(' · ')}\n`,
    );
    process.stdout.write(
      `main thread CPU per switch: ${cpuRuns.map((ms) => ms.toFixed(0)).join(' ')} ms · median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)}\n`,
    );
  }
  process.stdout.write(`\nmain thread over ${options.runs} switches, per switch (ms):\n`);
  for (const [name, ms] of [...kinds].sort((a, b) => b[1] - a[1]))
    process.stdout.write(`  ${name.padEnd(20)} ${(ms / options.runs).toFixed(1)}\n`);
  process.stdout.write(`\nJavaScript self time per switch (ms), top 40:\n`);
  for (const [name, ms] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 40))
    process.stdout.write(`  ${(ms / options.runs).toFixed(2).padStart(7)}  ${name}\n`);
  process.stdout.write(`\nJavaScript inclusive time per switch within the switch's window (ms), top 60:\n`);
  for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 400))
    process.stdout.write(`  ${(ms / options.runs).toFixed(2).padStart(7)}  ${name}\n`);
  for (const [stack, count] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 15)) process.stdout.write(`  ${count}  ${stack}\n`);
  if (options.out) await writeFile(options.out, JSON.stringify({ traceEvents: lastTrace }));
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

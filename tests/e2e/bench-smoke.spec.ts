/**
 * The benchmark runs in a smoke mode with the browser tests (it builds the site and drives
 * Chromium, so `SKIP_E2E=1` skips it too), so that it cannot rot.
 */
import { spawnSync } from 'node:child_process';

import { expect, test } from '@playwright/test';

test('npm run bench -- --smoke --json prints one JSON object of figures from a real run', ({ isMobile }) => {
  test.skip(isMobile, 'one run is enough: the benchmark opens its own browser');
  test.setTimeout(360_000);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--smoke', '--json'], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  const figures = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
  expect(figures.inputs).toMatchObject({ reports: 48, smoke: true });
  for (const run of [figures.extraction.oneCore, figures.extraction.allCores]) {
    expect(run.seconds).toBeGreaterThan(0);
    expect(run.reportsPerSecond).toBeGreaterThan(0);
    expect(run.peakRssMb).toBeGreaterThan(20);
  }
  // The floor writes as many files as the dataset holds: 48 detail files, index.json, the compact
  // layout (a catalogue, 28 value files, the queue), the sharded layout (a manifest, and per shard
  // its places and per year its reports, queue and 28 value files), the search index, the downloads
  // and the marker files — more than the first two alone, and far under a static host's limit.
  expect(figures.extraction.ioFloor.outputFiles).toBeGreaterThan(48 + 1 + 30 + 1 + 1 + 30);
  expect(figures.extraction.ioFloor.outputFiles).toBeLessThan(2_000);
  expect(figures.extraction.accuracy.precision).toBeGreaterThan(0.99);
  expect(figures.extraction.accuracy.recall).toBeGreaterThan(0.95);
  expect(figures.dashboard).toMatchObject({ measured: true, runs: 1 });
  for (const key of [
    'firstChartMs',
    'indicatorSwitchMs',
    'yearSwitchMs',
    'drillDownMs',
    'jsGzipKb',
    'dataGzipKb',
    'jsHeapMb',
    'reviewQueueOpenMs',
    'reviewQueueSwitchMs',
    'reviewQueueNextMs',
    'reviewQueueConfirmMs',
  ]) {
    expect(figures.dashboard[key], key).toBeGreaterThan(0);
  }
});

test('npm run bench -- --scale national --smoke --json measures a tiny national-shaped load end to end', ({ isMobile }) => {
  test.skip(isMobile, 'one run is enough: the benchmark opens its own browser');
  test.setTimeout(240_000);
  // The app Playwright's web server built for these tests: the smoke builds only its floor page.
  const site = process.env.E2E_OUT_DIR ?? 'dist';
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench.ts', '--scale', 'national', '--smoke', '--json', '--site', site],
    { encoding: 'utf8' },
  );
  expect(result.status, result.stderr).toBe(0);
  const figures = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
  expect(figures.inputs).toMatchObject({ years: 2, smoke: true });
  expect(figures.inputs.reports).toBeGreaterThan(400);
  expect(figures.extraction.seconds).toBeGreaterThan(0);
  expect(figures.extraction.peakRssMb).toBeGreaterThan(20);
  expect(figures.extraction.ioFloorSeconds).toBeGreaterThan(0);
  expect(figures.accuracy).toMatchObject({ lost: 0, merged: 0 });
  expect(figures.accuracy.written).toBe(figures.inputs.reports);
  expect(figures.accuracy.precision).toBeGreaterThan(0.99);
  expect(figures.deploy.files).toBeGreaterThan(figures.extraction.outputFiles);
  expect(figures.search.keystrokes).toBeGreaterThan(0);
  const dashboard = figures.dashboard;
  expect(dashboard.notAvailable, 'the dashboard was measured').toBeUndefined();
  for (const key of ['firstChartMs', 'floorFirstChartMs', 'jsGzipKb', 'dataGzipKb', 'jsHeapMb', 'rounds'])
    expect(dashboard[key], key).toBeGreaterThan(0);
  expect(dashboard.timeline.some((line: { kind: string }) => line.kind === 'data')).toBe(true);
  for (const name of ['indicator', 'year', 'level', 'province']) {
    expect(dashboard.switches[name].notAvailable, name).toBeUndefined();
    // Timed in the page, with the former figure (the bench's own Playwright work inside it) beside it.
    for (const side of ['there', 'back']) {
      expect(dashboard.switches[name][side].ms, `${name} ${side}`).toBeGreaterThan(0);
      expect(dashboard.switches[name][side].outsideMs, `${name} ${side}, the former way`).toBeGreaterThan(0);
    }
  }
  expect(dashboard.source.ms).toBeGreaterThan(0);
  expect(dashboard.views.map((visit: { view: string }) => visit.view)).toContain('coverage');
  // A small folder is loaded whole: the townships need no province, and one's chart is drawn.
  expect(dashboard.townships.chart.ms).toBeGreaterThan(0);
});

/** The benchmark runs in a smoke mode inside npm test, so that it cannot rot. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run bench -- --smoke --json', () => {
  it('prints one JSON object of figures from a real run', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--smoke', '--json'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const figures = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
    expect(figures.inputs).toMatchObject({ reports: 48, smoke: true });
    for (const run of [figures.extraction.oneCore, figures.extraction.allCores]) {
      expect(run.seconds).toBeGreaterThan(0);
      expect(run.reportsPerSecond).toBeGreaterThan(0);
      expect(run.peakRssMb).toBeGreaterThan(20);
    }
    // 48 detail files, index.json, the compact layout (the catalogue and one file per indicator, 28), and about.json.
    expect(figures.extraction.ioFloor.outputFiles).toBe(49 + 1 + 28 + 1);
    expect(figures.extraction.accuracy.precision).toBeGreaterThan(0.99);
    expect(figures.extraction.accuracy.recall).toBeGreaterThan(0.95);
    expect(figures.dashboard).toMatchObject({ measured: true, runs: 1 });
    for (const key of ['firstChartMs', 'indicatorSwitchMs', 'yearSwitchMs', 'drillDownMs', 'jsGzipKb', 'dataGzipKb', 'jsHeapMb']) {
      expect(figures.dashboard[key], key).toBeGreaterThan(0);
    }
  }, 240_000);
});

/**
 * `npm run bench [-- --reports N --runs K --json --smoke]`: extraction throughput on synthetic
 * reports, on one core and with a worker per core, against an I/O floor measured in the same run
 * (reading the same inputs and writing as many JSON bytes without extracting); peak memory; and
 * accuracy against the synthetic truth. Prints figures, never pass/fail: timings on a shared
 * machine are noisy, so each figure is the median of several runs.
 *
 * The dashboard half builds the app once and opens it over the extracted data in Chromium
 * (scripts/bench-dashboard.ts); `--skip-dashboard` leaves it out.
 *
 * `--scale national` is another benchmark: every level of place, ≈250,000 reports, extracted once,
 * each figure beside the target (scripts/bench-national.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';

import { Command, Option } from 'commander';

import { parseIndexFile } from '../src/data/schema';
import { median } from '../src/lib/median';
import { type DashboardFigures, measureDashboard } from './bench-dashboard';
import { printNational, runNationalBench } from './bench-national';
import { generateSyntheticReports } from './synthetic/generate';

interface Options {
  scale: 'county' | 'national';
  jurisdictions?: number;
  years?: number;
  baselineJurisdictions?: number;
  site?: string;
  reports: number;
  runs: number;
  json: boolean;
  smoke: boolean;
  keep: boolean;
  skipDashboard: boolean;
}

const program = new Command()
  .name('bench')
  .addOption(
    new Option(
      '--scale <scale>',
      'county: --reports N county-level reports, medians of --runs; national: every level (see scripts/bench-national.ts)',
    )
      .choices(['county', 'national'])
      .default('county'),
  )
  .option('--jurisdictions <n>', 'national: places to generate (default 45000; smoke 300)', (value) => Number(value))
  .option('--years <n>', 'national: years per place (default 6; smoke 2)', (value) => Number(value))
  .option('--site <dir>', 'national: an app built already (vite build) instead of building one')
  .option(
    '--baseline-jurisdictions <n>',
    'national: county-level places of the dashboard baseline, × 6 years (default 3000; 0 for none)',
    (value) => Number(value),
  )
  .option('--reports <n>', 'synthetic reports to extract', (value) => Number(value), 10_000)
  .option('--runs <n>', 'runs per figure (the median is reported)', (value) => Number(value), 3)
  .option('--json', 'print one JSON object of figures instead of a table', false)
  .option('--smoke', 'a tiny run that only proves the benchmark works (used by npm test)', false)
  .option('--keep', 'keep the generated inputs and outputs in .tmp/bench', false)
  .option('--skip-dashboard', 'measure extraction only', false)
  .parse(process.argv.slice(2), { from: 'user' });
const options = program.opts<Options>();
if (options.smoke && options.scale === 'county') {
  options.reports = 48;
  options.runs = 1;
}

const root = path.resolve('.tmp/bench');
const inputDir = path.join(root, 'input');
const cores = availableParallelism();

/** A figure's median over the runs (there is always at least one run). */
const medianOf = (values: readonly number[]): number => median(values) ?? Number.NaN;

async function filesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

async function folderBytes(folder: string): Promise<{ bytes: number; files: number }> {
  const files = await filesBelow(folder);
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  return { bytes: sizes.reduce((sum, size) => sum + size, 0), files: files.length };
}

/** Generates about `count` reports (places × 6 years) and keeps exactly `count` of them. */
async function prepareInputs(
  count: number,
): Promise<{ files: number; bytes: number; truth: Map<string, Map<string, { value: number; qualifier: string }>> }> {
  await rm(root, { recursive: true, force: true });
  await mkdir(inputDir, { recursive: true });
  const years = Math.min(6, count);
  const reports = generateSyntheticReports({ jurisdictions: Math.ceil(count / years / 0.95) + 1, years, seed: 4242 }).slice(0, count);
  const truth = new Map<string, Map<string, { value: number; qualifier: string }>>();
  let bytes = 0;
  for (const report of reports) {
    await writeFile(path.join(inputDir, report.fileName), report.text);
    bytes += Buffer.byteLength(report.text);
    truth.set(`.tmp/bench/input/${report.fileName}`, new Map(report.truth.values.map((stated) => [stated.indicator, stated])));
  }
  return { files: reports.length, bytes, truth };
}

interface ExtractRun {
  readonly seconds: number;
  readonly maxRssMb: number;
}

/** One extraction in a fresh process, as a user runs it; its own peak memory comes back in a file. */
async function runExtraction(jobs: number, outDir: string): Promise<ExtractRun> {
  const statsFile = path.join(root, `stats-${jobs}.json`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/extract.ts', inputDir, '--out', outDir, '--jobs', String(jobs), '--stats-json', statsFile],
    {
      encoding: 'utf8',
      // One line per input: 16,000 reports print more than the default 1 MB, which kills the child.
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (result.status !== 0)
    throw new Error(`extraction failed (${result.status}): ${result.stderr || result.stdout.split('\n').slice(-3).join('\n')}`);
  // The run's own clock: from the parsed arguments to the committed output, without the few hundred
  // milliseconds Node and tsx take to start, which the I/O floor does not pay either.
  const stats = JSON.parse(await readFile(statsFile, 'utf8')) as { seconds: number; maxRssMb: number };
  return stats;
}

/** Reads every input and writes as many bytes of JSON, in as many files, as the extraction wrote. */
async function ioFloor(outputBytes: number, outputFiles: number): Promise<number> {
  const floorDir = path.join(root, 'floor');
  await rm(floorDir, { recursive: true, force: true });
  await mkdir(floorDir, { recursive: true });
  const started = process.hrtime.bigint();
  const inputs = await filesBelow(inputDir);
  const perFile = Math.max(1, Math.floor(outputBytes / outputFiles));
  for (let index = 0; index < outputFiles; index += 1) {
    const text = await readFile(inputs[index % inputs.length]!, 'utf8');
    const json = JSON.stringify({ text }).padEnd(perFile, ' ');
    await writeFile(path.join(floorDir, `${index}.json`), json);
  }
  for (let index = outputFiles; index < inputs.length; index += 1) await readFile(inputs[index]!, 'utf8');
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function accuracy(outDir: string, truth: Map<string, Map<string, { value: number; qualifier: string }>>) {
  const index = parseIndexFile(JSON.parse(await readFile(path.join(outDir, 'index.json'), 'utf8')));
  let correct = 0;
  let wrong = 0;
  let missing = 0;
  for (const report of index.reports) {
    const expected = truth.get(report.sourceFile) ?? new Map();
    for (const [indicator, value] of Object.entries(report.values)) {
      if (value.derived) continue;
      const stated = expected.get(indicator);
      if (stated && stated.value === value.value && stated.qualifier === value.qualifier) correct += 1;
      else wrong += 1;
    }
    for (const indicator of expected.keys()) {
      const value = report.values[indicator];
      if (!value || value.derived) missing += 1;
    }
  }
  return {
    precision: correct / Math.max(1, correct + wrong),
    recall: correct / Math.max(1, correct + missing),
    values: correct + wrong,
    reports: index.reports.length,
  };
}

/** The county-level benchmark of `--reports N` (the default scale). */
async function benchReports(): Promise<void> {
  const inputs = await prepareInputs(options.reports);
  const outOne = path.join(root, 'out-1');
  const outPool = path.join(root, `out-${cores}`);
  const single: ExtractRun[] = [];
  const pooled: ExtractRun[] = [];
  const floors: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    single.push(await runExtraction(1, outOne));
    pooled.push(await runExtraction(cores, outPool));
    const output = await folderBytes(outOne);
    floors.push(await ioFloor(output.bytes, output.files));
  }
  let dashboard: (DashboardFigures & { measured: true; runs: number }) | { measured: false; reason: string } = {
    measured: false,
    reason: 'skipped (--skip-dashboard)',
  };
  if (!options.skipDashboard) {
    const siteDir = path.join(root, 'site');
    const build = spawnSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--outDir', siteDir, '--emptyOutDir', '--logLevel', 'error'],
      { encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
    const runs: DashboardFigures[] = [];
    for (let run = 0; run < options.runs; run += 1)
      runs.push(await measureDashboard(siteDir, outOne, { first: 'legal_aid.cases', second: 'mediation.success_rate' }));
    const pick = (key: keyof DashboardFigures) => medianOf(runs.map((figures) => figures[key]));
    dashboard = {
      measured: true,
      runs: runs.length,
      firstChartMs: pick('firstChartMs'),
      reviewQueueOpenMs: pick('reviewQueueOpenMs'),
      reviewQueueSwitchMs: pick('reviewQueueSwitchMs'),
      reviewQueueNextMs: pick('reviewQueueNextMs'),
      reviewQueueConfirmMs: pick('reviewQueueConfirmMs'),
      indicatorSwitchMs: pick('indicatorSwitchMs'),
      yearSwitchMs: pick('yearSwitchMs'),
      drillDownMs: pick('drillDownMs'),
      jsGzipKb: pick('jsGzipKb'),
      dataGzipKb: pick('dataGzipKb'),
      jsHeapMb: pick('jsHeapMb'),
    };
  }
  const output = await folderBytes(outOne);
  const scored = await accuracy(outOne, inputs.truth);
  const megabytes = inputs.bytes / 1024 / 1024;
  const singleSeconds = medianOf(single.map((run) => run.seconds));
  const pooledSeconds = medianOf(pooled.map((run) => run.seconds));
  const floorSeconds = medianOf(floors);

  const figures = {
    machine: { cores, node: process.version },
    inputs: { reports: inputs.files, megabytes: Number(megabytes.toFixed(1)), runs: options.runs, smoke: options.smoke },
    extraction: {
      oneCore: {
        seconds: Number(singleSeconds.toFixed(2)),
        reportsPerSecond: Math.round(inputs.files / singleSeconds),
        mbPerSecond: Number((megabytes / singleSeconds).toFixed(2)),
        peakRssMb: Math.round(medianOf(single.map((run) => run.maxRssMb))),
      },
      allCores: {
        workers: cores,
        seconds: Number(pooledSeconds.toFixed(2)),
        reportsPerSecond: Math.round(inputs.files / pooledSeconds),
        mbPerSecond: Number((megabytes / pooledSeconds).toFixed(2)),
        peakRssMb: Math.round(medianOf(pooled.map((run) => run.maxRssMb))),
      },
      ioFloor: {
        seconds: Number(floorSeconds.toFixed(2)),
        outputMegabytes: Number((output.bytes / 1024 / 1024).toFixed(1)),
        outputFiles: output.files,
      },
      ratioToIoFloor: {
        oneCore: Number((singleSeconds / floorSeconds).toFixed(1)),
        allCores: Number((pooledSeconds / floorSeconds).toFixed(1)),
      },
      accuracy: { precision: Number(scored.precision.toFixed(4)), recall: Number(scored.recall.toFixed(4)), valuesCompared: scored.values },
    },
    dashboard,
  };

  if (!options.keep) await rm(root, { recursive: true, force: true });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } else {
    const e = figures.extraction;
    const rows: Array<[string, string]> = [
      [
        'inputs',
        `${figures.inputs.reports} synthetic reports, ${figures.inputs.megabytes} MB; median of ${options.runs} run(s); ${cores} cores`,
      ],
      [
        'extraction, 1 core',
        `${e.oneCore.seconds} s · ${e.oneCore.reportsPerSecond} reports/s · ${e.oneCore.mbPerSecond} MB/s · peak RSS ${e.oneCore.peakRssMb} MB`,
      ],
      [
        `extraction, ${cores} workers`,
        `${e.allCores.seconds} s · ${e.allCores.reportsPerSecond} reports/s · ${e.allCores.mbPerSecond} MB/s · peak RSS ${e.allCores.peakRssMb} MB`,
      ],
      ['I/O floor', `${e.ioFloor.seconds} s (read inputs, write ${e.ioFloor.outputMegabytes} MB in ${e.ioFloor.outputFiles} files)`],
      ['ratio to I/O floor', `${e.ratioToIoFloor.oneCore}× on 1 core · ${e.ratioToIoFloor.allCores}× on ${cores}`],
      [
        'accuracy (synthetic truth)',
        `precision ${e.accuracy.precision} · recall ${e.accuracy.recall} over ${e.accuracy.valuesCompared} values`,
      ],
      ...(dashboard.measured
        ? ([
            [
              'dashboard, first chart',
              `${dashboard.firstChartMs} ms after navigation (${dashboard.jsGzipKb} kB JS + ${dashboard.dataGzipKb} kB data, gzip, before it)`,
            ],
            [
              'dashboard, switches',
              `indicator ${dashboard.indicatorSwitchMs} ms · year ${dashboard.yearSwitchMs} ms · drill-down ${dashboard.drillDownMs} ms`,
            ],
            ['dashboard, JS heap', `${dashboard.jsHeapMb} MB after load`],
            [
              'review queue',
              `first value ${dashboard.reviewQueueOpenMs} ms after navigation, ${dashboard.reviewQueueSwitchMs} ms from another view · next value ${dashboard.reviewQueueNextMs} ms · confirm and next ${dashboard.reviewQueueConfirmMs} ms`,
            ],
          ] as Array<[string, string]>)
        : ([['dashboard', dashboard.reason]] as Array<[string, string]>)),
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    for (const [label, value] of rows) process.stdout.write(`${label.padEnd(width)}  ${value}\n`);
  }
}

if (options.scale === 'national') {
  const jurisdictions = options.jurisdictions ?? (options.smoke ? 300 : 45_000);
  const figures = await runNationalBench({
    jurisdictions,
    years: options.years ?? (options.smoke ? 2 : 6),
    baselineJurisdictions: options.baselineJurisdictions ?? (options.smoke ? 0 : 3_000),
    baselineYears: options.smoke ? 2 : 6,
    smoke: options.smoke,
    json: options.json,
    keep: options.keep,
    skipDashboard: options.skipDashboard,
    // A national run is one run (minutes long); only the first chart, seconds long, takes a median.
    runs: options.smoke ? 1 : 3,
    ...(options.site !== undefined ? { site: options.site } : {}),
  });
  process.stdout.write(options.json ? `${JSON.stringify(figures)}\n` : printNational(figures));
} else {
  await benchReports();
}

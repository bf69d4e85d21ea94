/**
 * `npm run bench -- --scale national [--jurisdictions N --years Y --smoke --json --keep
 * --skip-dashboard]`: every local government, as the issue "Every local government" and "How it
 * must be shown" set targets for. Generates `--jurisdictions 45000 --years 6 --levels all`
 * (≈240,000–270,000 reports), extracts it once with `--jobs 2` (a national run takes minutes: one
 * run, no medians), then opens the dashboard over the result, and over a county-level dataset of
 * the old benchmark's size (3,000 places × 6 years) to show that nothing got slower. Prints each
 * figure beside its target, never pass/fail.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { measureScaleDashboard, type NotAvailable, type ScaleDashboardFigures, type SwitchPair } from './bench-dashboard-scale';
import { buildFloorPage } from './bench-floor/build-floor';
import { topLevelArrayElements } from './json-elements';
import { keystrokeTimings, percentile } from './place-search-timing';
import { PLACE_FIELDS, type TruthEntry } from './synthetic/accuracy';
import { scoreDatasetFiles } from './synthetic/score-files';

export interface NationalOptions {
  readonly jurisdictions: number;
  readonly years: number;
  /** Places of the county-level dataset the dashboard is also measured over (0: none). */
  readonly baselineJurisdictions: number;
  readonly baselineYears: number;
  readonly smoke: boolean;
  readonly json: boolean;
  readonly keep: boolean;
  readonly skipDashboard: boolean;
  /** First-chart measurements per dataset (median). */
  readonly runs: number;
  /** An app built already (`vite build`), instead of building one: the browser tests pass theirs. */
  readonly site?: string;
}

const root = path.resolve('.tmp/bench-national');

async function filesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

async function folderBytes(folder: string, skip?: (relative: string) => boolean): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const file of await filesBelow(folder)) {
    if (skip?.(path.relative(folder, file))) continue;
    bytes += (await stat(file)).size;
    files += 1;
  }
  return { bytes, files };
}

/** Runs a script of this repository with tsx in a child process; its output is kept, only the last lines shown on failure. */
function runScript(
  script: string,
  args: readonly string[],
  nodeArgs: readonly string[] = [],
): Promise<{ seconds: number; stdout: string }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    // A national extraction prints a line per input (hundreds of MB): keep only the tail.
    let tail = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      tail = (tail + chunk.toString('utf8')).slice(-20_000);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-20_000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code === 0) resolve({ seconds, stdout: tail });
      else reject(new Error(`${script} exited with ${code}: ${(stderr || tail).split('\n').slice(-6).join('\n')}`));
    });
  });
}

async function generate(
  out: string,
  jurisdictions: number,
  years: number,
  levels: 'county' | 'all',
): Promise<{ seconds: number; line: string }> {
  await rm(out, { recursive: true, force: true });
  const { seconds, stdout } = await runScript('scripts/gen-synthetic.ts', [
    '--jurisdictions',
    String(jurisdictions),
    '--years',
    String(years),
    '--levels',
    levels,
    '--out',
    out,
  ]);
  return { seconds, line: stdout.trim().split('\n').at(-1) ?? '' };
}

interface ExtractStats {
  readonly seconds: number;
  readonly maxRssMb: number;
  readonly line: string;
}

async function extract(inputDir: string, outDir: string, statsFile: string): Promise<ExtractStats> {
  const { stdout } = await runScript('scripts/extract.ts', [inputDir, '--out', outDir, '--jobs', '2', '--stats-json', statsFile]);
  const stats = JSON.parse(await readFile(statsFile, 'utf8')) as { seconds: number; maxRssMb: number };
  return { ...stats, line: stdout.trim().split('\n').at(-1) ?? '' };
}

/** Reads every input and writes as many bytes, in as many files, as the extraction wrote. */
async function ioFloor(inputDir: string, floorDir: string, outputBytes: number, outputFiles: number): Promise<number> {
  await rm(floorDir, { recursive: true, force: true });
  await mkdir(floorDir, { recursive: true });
  const started = process.hrtime.bigint();
  const inputs = await filesBelow(inputDir);
  const perFile = Math.max(1, Math.floor(outputBytes / Math.max(1, outputFiles)));
  for (let index = 0; index < Math.max(outputFiles, inputs.length); index += 1) {
    const text = index < inputs.length ? await readFile(inputs[index]!) : null;
    if (index < outputFiles) await writeFile(path.join(floorDir, `${index}.json`), Buffer.alloc(perFile, text ? text[0] : 0x20));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await rm(floorDir, { recursive: true, force: true });
  return seconds;
}

/** The app built once, and the floor page (scripts/bench-floor) beside it. */
async function buildSites(site: string | undefined): Promise<{ siteDir: string; floorDir: string }> {
  const siteDir = site === undefined ? path.join(root, 'site') : path.resolve(site);
  const floorDir = path.join(root, 'floor');
  if (site === undefined)
    await runScript('node_modules/vite/bin/vite.js', ['build', '--outDir', siteDir, '--emptyOutDir', '--logLevel', 'error']);
  await buildFloorPage(floorDir);
  return { siteDir, floorDir };
}

export interface ExtractionFigures {
  readonly seconds: number;
  readonly reportsPerSecond: number;
  readonly peakRssMb: number;
  readonly ioFloorSeconds: number;
  readonly ratioToFloor: number;
  readonly outputFiles: number;
  readonly outputBytes: number;
  readonly outputToInput: number;
  readonly line: string;
}

export interface AccuracyFigures {
  readonly reports: number;
  readonly written: number;
  readonly lost: number;
  readonly merged: number;
  readonly split: number;
  readonly metadataAll: number;
  readonly fields: Readonly<Record<string, number>>;
  readonly precision: number;
  readonly recall: number;
  readonly values: number;
  readonly examples: readonly string[];
}

export interface SearchFigures {
  readonly places: number;
  readonly keystrokes: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly gzipKb: number;
  readonly prepareMs: number;
}

export interface NationalFigures {
  readonly inputs: {
    readonly places: number;
    readonly years: number;
    readonly reports: number;
    readonly inputBytes: number;
    readonly inputFiles: number;
    readonly generationSeconds: number;
    readonly smoke: boolean;
  };
  readonly extraction: ExtractionFigures | NotAvailable;
  readonly accuracy: AccuracyFigures | NotAvailable;
  readonly deploy: { readonly bytes: number; readonly files: number; readonly appBytes: number; readonly appFiles: number } | NotAvailable;
  readonly search: SearchFigures | NotAvailable;
  readonly dashboard: ScaleDashboardFigures | NotAvailable;
  readonly baseline:
    | {
        readonly places: number;
        readonly years: number;
        readonly reports: number;
        readonly dashboard: ScaleDashboardFigures | NotAvailable;
      }
    | NotAvailable;
}

export const notAvailable = (value: unknown): value is NotAvailable =>
  typeof value === 'object' && value !== null && 'notAvailable' in value;

async function dashboardOver(
  sites: { siteDir: string; floorDir: string } | null,
  dataDir: string,
  runs: number,
): Promise<ScaleDashboardFigures | NotAvailable> {
  if (!sites) return { notAvailable: 'skipped (--skip-dashboard)' };
  try {
    return await measureScaleDashboard({ ...sites, dataDir, runs });
  } catch (error) {
    return { notAvailable: `the dashboard measurement failed: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}` };
  }
}

const firstLine = (error: unknown) => (error as Error).message.split('\n').filter(Boolean).slice(0, 4).join(' ');

export async function runNationalBench(options: NationalOptions): Promise<NationalFigures> {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const synDir = path.join(root, 'syn');
  const reportsDir = path.join(synDir, 'reports');
  const dataDir = path.join(root, 'data');
  const began = Date.now();
  const log = (line: string) => {
    if (!options.json) process.stderr.write(`… ${String(Math.round((Date.now() - began) / 1000)).padStart(5)} s  ${line}\n`);
  };

  log(`generating ${options.jurisdictions} places × ${options.years} years, every level`);
  const generated = await generate(synDir, options.jurisdictions, options.years, 'all');
  log(generated.line);
  const input = await folderBytes(reportsDir);
  const truthFile = path.join(synDir, 'truth.json');
  // The truth's reports and places (the inputs' counts, whatever the extraction makes of them).
  const codes = new Set<string>();
  let truthReports = 0;
  for (const entry of topLevelArrayElements(await readFile(truthFile), 'reports')) {
    codes.add((entry as TruthEntry).code);
    truthReports += 1;
  }
  const truthPlaces = codes.size;

  log('extracting with --jobs 2 (one run)');
  const extractStarted = process.hrtime.bigint();
  let extraction: ExtractionFigures | NotAvailable;
  let accuracy: AccuracyFigures | NotAvailable = { notAvailable: 'no dataset: the extraction failed' };
  let search: SearchFigures | NotAvailable = { notAvailable: 'no dataset: the extraction failed' };
  let extracted = false;
  try {
    const stats = await extract(reportsDir, dataDir, path.join(root, 'stats.json'));
    extracted = true;
    log(stats.line);
    const output = await folderBytes(dataDir);
    log('I/O floor');
    const floorSeconds = await ioFloor(reportsDir, path.join(root, 'io-floor'), output.bytes, output.files);
    extraction = {
      seconds: stats.seconds,
      reportsPerSecond: truthReports / stats.seconds,
      peakRssMb: stats.maxRssMb,
      ioFloorSeconds: floorSeconds,
      ratioToFloor: stats.seconds / floorSeconds,
      outputFiles: output.files,
      outputBytes: output.bytes,
      outputToInput: output.bytes / input.bytes,
      line: stats.line,
    };
  } catch (error) {
    const seconds = Number(process.hrtime.bigint() - extractStarted) / 1e9;
    extraction = { notAvailable: `the extraction failed after ${seconds.toFixed(0)} s: ${firstLine(error)}` };
    log(extraction.notAvailable);
  }

  if (extracted) {
    log('scoring against the truth');
    try {
      const tally = await scoreDatasetFiles(truthFile, dataDir);
      const written = tally.reports - tally.lost.length;
      const { correct, wrong, missing } = tally.values;
      accuracy = {
        reports: tally.reports,
        written,
        lost: tally.lost.length,
        merged: tally.merged.length,
        split: tally.split.length,
        metadataAll: tally.metadataCorrect / Math.max(1, written),
        fields: Object.fromEntries(PLACE_FIELDS.map((field) => [field, 1 - tally.fieldMisses[field] / Math.max(1, written)])),
        precision: correct / Math.max(1, correct + wrong),
        recall: correct / Math.max(1, correct + missing),
        values: correct + wrong + missing,
        examples: [
          ...tally.lost.slice(0, 3).map((file) => `lost ${file}`),
          ...tally.merged.slice(0, 3).map((id) => `merged ${id}`),
          ...tally.examples.slice(0, 6),
        ],
      };
    } catch (error) {
      accuracy = { notAvailable: `scoring failed: ${firstLine(error)}` };
    }
    log('place search');
    try {
      const figures = keystrokeTimings(await readFile(path.join(dataDir, 'search/places.json'), 'utf8'), options.smoke ? 20 : 200);
      search = {
        places: figures.places,
        keystrokes: figures.all.length,
        medianMs: percentile(figures.all, 0.5),
        p95Ms: percentile(figures.all, 0.95),
        gzipKb: figures.gzipKb,
        prepareMs: figures.prepareMs,
      };
    } catch (error) {
      search = { notAvailable: `the search index could not be read: ${firstLine(error)}` };
    }
  }
  // The inputs are no longer needed: free the disk before the baseline writes its own.
  if (!options.keep) await rm(synDir, { recursive: true, force: true });

  let sites: { siteDir: string; floorDir: string } | null = null;
  let deploy: NationalFigures['deploy'] = { notAvailable: 'skipped (--skip-dashboard: no build)' };
  if (!options.skipDashboard) {
    log(options.site === undefined ? 'vite build' : `the app built in ${options.site}; building the floor page`);
    sites = await buildSites(options.site);
    if (!notAvailable(extraction)) {
      // dist/ as deployed: the app without the bundled public/data, with this dataset as data/.
      const app = await folderBytes(sites.siteDir, (relative) => relative === 'data' || relative.startsWith(`data${path.sep}`));
      deploy = {
        bytes: app.bytes + extraction.outputBytes,
        files: app.files + extraction.outputFiles,
        appBytes: app.bytes,
        appFiles: app.files,
      };
    } else {
      deploy = { notAvailable: 'no dataset: the extraction failed' };
    }
  }
  let dashboard: ScaleDashboardFigures | NotAvailable = { notAvailable: 'no dataset: the extraction failed' };
  if (extracted) {
    log('dashboard over the national data');
    dashboard = await dashboardOver(sites, dataDir, options.runs);
  }
  if (!options.keep) await rm(dataDir, { recursive: true, force: true });

  let baseline: NationalFigures['baseline'] = { notAvailable: 'none asked (--baseline-jurisdictions 0)' };
  if (options.baselineJurisdictions > 0) {
    const baseSyn = path.join(root, 'base-syn');
    const baseData = path.join(root, 'base-data');
    log(`baseline: ${options.baselineJurisdictions} county-level places × ${options.baselineYears} years`);
    try {
      await generate(baseSyn, options.baselineJurisdictions, options.baselineYears, 'county');
      const baseExtract = await extract(path.join(baseSyn, 'reports'), baseData, path.join(root, 'base-stats.json'));
      log(baseExtract.line);
      const reports = (await filesBelow(path.join(baseSyn, 'reports'))).length;
      if (!options.keep) await rm(baseSyn, { recursive: true, force: true });
      log('dashboard over the baseline data');
      baseline = {
        places: options.baselineJurisdictions,
        years: options.baselineYears,
        reports,
        dashboard: await dashboardOver(sites, baseData, options.runs),
      };
    } catch (error) {
      baseline = { notAvailable: `the baseline failed: ${firstLine(error)}` };
    }
  }
  if (!options.keep) await rm(root, { recursive: true, force: true });

  return {
    inputs: {
      places: truthPlaces,
      years: options.years,
      reports: truthReports,
      inputBytes: input.bytes,
      inputFiles: input.files,
      generationSeconds: generated.seconds,
      smoke: options.smoke,
    },
    extraction,
    accuracy,
    deploy,
    search,
    dashboard,
    baseline,
  };
}

// ---- printing ------------------------------------------------------------------------------

const MB = 1024 * 1024;
const n = (value: number) => Math.round(value).toLocaleString('en');
const pct = (value: number) => `${(100 * value).toFixed(2)}%`;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

function switchText(value: SwitchPair | NotAvailable): string {
  if (notAvailable(value)) return `not available: ${value.notAvailable}`;
  const requests = (count: number) => (count === 0 ? 'loaded, no request' : `${count} request${count === 1 ? '' : 's'}`);
  // In the page's own clock (input event to the frame of the last change); the former figure, which
  // held the bench's own Playwright work, in brackets.
  return `→ ${value.to} ${value.there.ms} ms [${value.there.outsideMs}] (${requests(value.there.requests)}) · back ${value.back.ms} ms [${value.back.outsideMs}] (${requests(value.back.requests)})`;
}

/** The dashboard rows: [label, figure, target]. */
function dashboardRows(figures: ScaleDashboardFigures | NotAvailable): Array<[string, string, string]> {
  if (notAvailable(figures)) return [['dashboard', `not available: ${figures.notAvailable}`, '']];
  const f = figures;
  const ratio = f.firstChartMs / f.floorFirstChartMs;
  const rows: Array<[string, string, string]> = [
    [
      'first chart',
      `${f.firstChartMs} ms after navigation · floor page ${f.floorFirstChartMs} ms · ${ratio.toFixed(2)}× floor (median of ${f.firstChartRuns})`,
      '≤ 1.0 s, ≤ 2× floor',
    ],
    [
      'before the first chart',
      `JS ${f.jsGzipKb} kB gzip · data ${f.dataGzipKb} kB gzip · other ${f.otherGzipKb} kB`,
      'JS ≤ 250 kB, data ≤ 300 kB',
    ],
    [
      '  fetched in parallel?',
      `${f.timeline.length} requests in ${f.rounds} sequential round${f.rounds === 1 ? '' : 's'}, up to ${f.maxParallel} at once (timeline below)`,
      '',
    ],
    ['switch indicator', switchText(f.switches.indicator), '≤ 100 ms loaded, ≤ 400 ms fetched'],
    ['switch year', switchText(f.switches.year), '≤ 100 ms loaded, ≤ 400 ms fetched'],
    ['switch level', switchText(f.switches.level), '≤ 100 ms loaded, ≤ 400 ms fetched'],
    ['switch province', switchText(f.switches.province), '≤ 100 ms loaded, ≤ 400 ms fetched'],
    [
      'open a source',
      notAvailable(f.source)
        ? `not available: ${f.source.notAvailable}`
        : `${f.source.ms} ms to the highlighted paragraph (${f.source.how}; ${f.source.requests} requests)`,
      '≤ 200 ms',
    ],
    [
      'JS heap, every view visited',
      `${f.jsHeapMb} MB (after GC; views: ${f.views.map((visit) => `${visit.view} ${n(visit.ms)} ms/${visit.requests} req`).join(', ')})`,
      '≤ 100 MB',
    ],
    [
      'townships: level 镇',
      `${f.townships.chartShown ? 'a chart is shown' : 'no chart'}; the page says: “${f.townships.says}”`,
      'a notice: choose a province',
    ],
    ['  notice to choose a province', notAvailable(f.townships.notice) ? `not available: ${f.townships.notice.notAvailable}` : 'shown', ''],
    [
      '  then a province',
      notAvailable(f.townships.chart)
        ? `not available: ${f.townships.chart.notAvailable}`
        : `${f.townships.province}: chart in ${f.townships.chart.ms} ms [${f.townships.chart.outsideMs}] (${f.townships.chart.requests} requests)`,
      '≤ 400 ms fetched',
    ],
  ];
  return rows;
}

function timelineLines(figures: ScaleDashboardFigures | NotAvailable): string[] {
  if (notAvailable(figures)) return [];
  return figures.timeline.map(
    (line) =>
      `    ${String(line.startMs).padStart(6)} → ${String(line.endMs).padStart(6)} ms  ${line.kind.padEnd(5)} ${(line.gzipBytes / 1024).toFixed(1).padStart(7)} kB gz  ${line.path}`,
  );
}

export function printNational(figures: NationalFigures): string {
  const { inputs, extraction: e, accuracy: a, search: s } = figures;
  const na = (value: NotAvailable) => `not available: ${value.notAvailable}`;
  const extractionRows: Array<[string, string, string]> = notAvailable(e)
    ? [['extraction (--jobs 2, one run)', na(e), '≤ 300 s']]
    : [
        ['extraction (--jobs 2, one run)', `${e.seconds.toFixed(1)} s · ${e.reportsPerSecond.toFixed(0)} reports/s`, '≤ 300 s'],
        ['  peak RSS', `${n(e.peakRssMb)} MB`, '≤ 1.5 GB'],
        [
          '  I/O floor (same run)',
          `${e.ioFloorSeconds.toFixed(1)} s (read ${mb(inputs.inputBytes)} in ${n(inputs.inputFiles)} files, write ${mb(e.outputBytes)} in ${n(e.outputFiles)} files) · ratio ${e.ratioToFloor.toFixed(1)}×`,
          '≤ 3×',
        ],
        ['  output files', `${n(e.outputFiles)}`, '≤ 20,000'],
        ['  output ÷ input bytes', `${mb(e.outputBytes)} ÷ ${mb(inputs.inputBytes)} = ${e.outputToInput.toFixed(2)}×`, '≤ 1.5×'],
      ];
  const accuracyRows: Array<[string, string, string]> = notAvailable(a)
    ? [['  accuracy', na(a), 'none lost or merged']]
    : [
        [
          '  reports written',
          `${n(a.written)} of ${n(a.reports)} · ${n(a.lost)} lost · ${n(a.merged)} ids merge places · ${n(a.split)} places split`,
          'none lost or merged',
        ],
        [
          '  metadata',
          `${pct(a.metadataAll)} of written reports right in every field; ${Object.entries(a.fields)
            .map(([field, share]) => `${field} ${pct(share)}`)
            .join(' · ')}`,
          '',
        ],
        ['  values', `precision ${pct(a.precision)} · recall ${pct(a.recall)} over ${n(a.values)} true or extracted values`, ''],
      ];
  const rows: Array<[string, string, string]> = [
    [
      'inputs',
      `${n(inputs.reports)} synthetic reports of ${n(inputs.places)} places × ${inputs.years} years, every level (${mb(inputs.inputBytes)} in ${n(inputs.inputFiles)} files; generated in ${inputs.generationSeconds.toFixed(0)} s)${inputs.smoke ? ' — SMOKE' : ''}`,
      '',
    ],
    ...extractionRows,
    ...accuracyRows,
    [
      '  deploy size (dist/ + data)',
      notAvailable(figures.deploy) || notAvailable(e)
        ? na(notAvailable(figures.deploy) ? figures.deploy : { notAvailable: 'no dataset' })
        : `${mb(figures.deploy.bytes)} in ${n(figures.deploy.files)} files (app ${mb(figures.deploy.appBytes)} in ${n(figures.deploy.appFiles)} files + data ${mb(e.outputBytes)} in ${n(e.outputFiles)} files)`,
      'documented in the README',
    ],
    [
      'place search',
      notAvailable(s)
        ? na(s)
        : `${n(s.keystrokes)} keystrokes over ${n(s.places)} places: median ${s.medianMs.toFixed(2)} ms · p95 ${s.p95Ms.toFixed(2)} ms (index ${s.gzipKb.toFixed(0)} kB gzip, prepared in ${s.prepareMs.toFixed(0)} ms)`,
      'per keystroke',
    ],
    ...dashboardRows(figures.dashboard).map(([label, value, target]): [string, string, string] => [`dashboard, ${label}`, value, target]),
  ];
  const lines: string[] = [];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const push = (label: string, value: string, target: string) =>
    lines.push(`${label.padEnd(width)}${value}${target ? `   [target ${target}]` : ''}`);
  for (const [label, value, target] of rows) push(label, value, target);
  const timeline = timelineLines(figures.dashboard);
  if (timeline.length > 0) lines.push('dashboard, requests before the first chart (start → end, ms after navigation):', ...timeline);
  lines.push(
    "switches: ms from the control's input event to the end of the frame of the view's last change (heading, notes, table or chart), timed in the page;",
    "  [in brackets] the former method: from before the bench's Playwright action to the start of that frame, the chart not watched",
  );
  if (notAvailable(figures.baseline)) {
    lines.push(`baseline: not available: ${figures.baseline.notAvailable}`);
  } else {
    lines.push(
      `baseline: the same dashboard figures at ${n(figures.baseline.places)} county-level places × ${figures.baseline.years} years (${n(figures.baseline.reports)} reports):`,
    );
    for (const [label, value, target] of dashboardRows(figures.baseline.dashboard)) push(`  ${label}`, value, target);
    lines.push(...timelineLines(figures.baseline.dashboard));
  }
  if (!notAvailable(a) && a.examples.length > 0) lines.push('misses (first few):', ...a.examples.map((example) => `    ${example}`));
  return `${lines.join('\n')}\n`;
}

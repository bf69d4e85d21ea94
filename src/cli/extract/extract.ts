/**
 * `npm run extract -- [INPUT...] [--out DIR] [--keep-unrecognised] [--corrections DIR] [--details loose|packed|auto]`: reads report
 * files (.txt in UTF-8, UTF-16 or GB18030, saved web pages, .docx, .pdf), runs the extractor, applies
 * review decisions (src/cli/extract/corrections.ts), writes the contract's index and detail files (loose, or
 * in detail packs: src/cli/extract/detail-sink.ts).
 * Node-only: files in, the pure decoders and core in the middle, files out.
 * Exit codes: 0 every input was read, 1 some input could not be read (the others are written) or
 * nothing was written (no input could be read, or none is a report: the previous dataset is kept),
 * 2 bad arguments. A file read but not recognised as a rule-of-law report is skipped (and still
 * counts as read): its figures are not a report's.
 */

import { createReadStream, type Dirent } from 'node:fs';
import { readdir, realpath, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';

import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';

import { INPUT_EXTENSIONS, LEGACY_EXTENSIONS } from '../../ingest';
import { loadProvenance } from '../manifest';
import type { FolderCommandOptions } from '../parse-command';
import { parseCommand } from '../parse-command';
import { safeForTerminal, stdoutPrinter } from '../terminal';
import { createPool, DEFAULT_LIMITS, type PoolLimits } from '../worker-pool';
import { collectGarbage } from './collect-garbage';
import { CorrectionsRun, protectedCorrectionsPath } from './corrections';
import { AUTO_PACK_ABOVE, type DetailLayoutChoice, detailSinkFor, resolveDetailLayout } from './detail-sink';
import { downloadsJobOf, DownloadsThread, writeDownloadsJob } from './downloads/downloads-thread';
import { ProvenanceSpill } from './downloads/provenance-spill';
import { ROW_GROUP_ROWS } from './downloads/tidy-files';
import { finishDownloads, joinGroups, sharedParquetOf } from './downloads/write-downloads';
import { settleInOrder } from './in-order';
import { IndexSpill } from './index-spill';
import { LineSpill } from './line-spill';
import { ARENA_VARIABLE, launcherPeakRssMb } from './malloc-arenas';
import { checkOutputFolder, OutputRefused } from './output-folder';
import type { FileOutcome } from './process-file';
import { dataVersion, writeSideFiles } from './side-files';
import { threadCpuSeconds } from './thread-cpu';
import { StagedOutput, type StagedOutputOptions } from './write-dataset';

export interface ExtractOptions extends FolderCommandOptions {
  /** Writes texts that are not recognised as rule-of-law reports too, flagged in the log. */
  readonly keepUnrecognised?: boolean;
  /** Worker threads to extract with (default 1). Files are always read in a worker, never in this thread. */
  readonly jobs?: number;
  /** Replace an output folder that is not a dataset this command wrote (never the unsafe ones). */
  readonly force?: boolean;
  /** Time and memory budget per file (default {@link DEFAULT_LIMITS}). */
  readonly limits?: Partial<PoolLimits>;
  /** The home folder, which is never replaced (tests pass their own). */
  readonly home?: string;
  /** Test hooks of the staged writer. */
  readonly staging?: StagedOutputOptions;
  /** Review decisions to apply (src/cli/extract/corrections.ts): a folder or file; default `corrections/` when it exists. */
  readonly corrections?: string;
  /**
   * Lists a folder's entries (default: readdir). Tests pass one that refuses a folder, as the system
   * refuses a user without read permission: root reads everything, so a chmod proves nothing there.
   */
  readonly listFolder?: (folder: string) => Promise<Dirent[]>;
  /** Loose detail files, detail packs, or (default) packs above 2,000 input files (src/cli/extract/detail-sink.ts). */
  readonly details?: DetailLayoutChoice;
  /** Called as each step of the run ends, with its name (`--stats-json` records when, and the memory then). */
  readonly onStep?: (step: RunStep) => void;
  /** Called once a downloads' thread has written its files, with the CPU time it used (null: not known on this system). */
  readonly onDownloadsThreadCpu?: (seconds: number | null) => void;
  /** Test hook: where the downloads are written whatever the run's size (default: by its size, {@link downloadsPlanFor}). */
  readonly downloadsPlan?: DownloadsPlan;
}

/** The steps of a run, in order: the reports read and extracted, then the output step's parts. */
export type RunStep = 'reports' | 'index' | 'downloads' | 'side-files' | 'commit';

export interface ExtractSummary {
  readonly exitCode: 0 | 1;
  readonly written: number;
  readonly failed: number;
  /** Reports kept without a place or a year, plus inputs superseded by a copy, plus unrecognised texts kept. */
  readonly warned: number;
  /** Inputs read but not written because they are not rule-of-law reports. */
  readonly skipped: number;
}

/** What a folder is searched for: the formats read, and legacy formats that get a line saying why not. */
const FOLDER_EXTENSIONS = new Set([...Object.keys(INPUT_EXTENSIONS), ...LEGACY_EXTENSIONS]);

const listWithTypes = (folder: string) => readdir(folder, { withFileTypes: true });

/** Why a folder cannot be searched, in words (a file's reasons are src/cli/read-report.ts's). */
function folderProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'ENAMETOOLONG') return 'cannot be read (its path is longer than the system allows)';
  if (code === 'ENOENT') return 'cannot be read (it was removed while being searched)';
  return `cannot be read (${code ?? (error as Error).message})`;
}

/** One search of the input folders: what it has seen, and the folders it could not read. */
interface FolderSearch {
  readonly print: (line: string) => void;
  readonly listFolder: (folder: string) => Promise<Dirent[]>;
  readonly seen: Set<string>;
  unreadable: number;
}

/**
 * The report files in a folder, recursively. A link to a folder is followed (a user who links their
 * reports in expects them read), once: a link that leads back to a folder already searched gets a
 * line instead of a loop. A link to a file is kept, so that a broken one gets its own error line.
 * A folder that cannot be read gets its own error line, like a file: the others are still searched.
 */
async function filesIn(folder: string, shown: string, search: FolderSearch): Promise<string[]> {
  let entries: Dirent[];
  try {
    const real = await realpath(folder);
    if (search.seen.has(real)) {
      search.print(`warn  ${shown}: a link back to a folder already searched; not searched twice`);
      return [];
    }
    search.seen.add(real);
    entries = await search.listFolder(folder);
  } catch (error) {
    search.print(`error ${shown}: ${folderProblem(error)}`);
    search.unreadable += 1;
    return [];
  }
  const found: string[] = [];
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    let isFolder = entry.isDirectory();
    if (entry.isSymbolicLink())
      isFolder = await stat(full).then(
        (info) => info.isDirectory(),
        () => false,
      );
    // One at a time, never push(...list): a spread of a national folder's 240,000 files overflows the stack.
    if (isFolder) for (const file of await filesIn(full, `${shown}/${entry.name}`, search)) found.push(file);
    else if ((entry.isFile() || entry.isSymbolicLink()) && FOLDER_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) found.push(full);
  }
  return found;
}

/**
 * Expands folders into the report files inside them, sorted so that runs are reproducible.
 * `unreadable` counts the inputs that do not exist and the folders that could not be searched.
 */
async function expandInputs(
  inputs: readonly string[],
  cwd: string,
  print: (line: string) => void,
  listFolder: (folder: string) => Promise<Dirent[]> = listWithTypes,
): Promise<{ files: string[]; unreadable: number }> {
  const files: string[] = [];
  let unreadable = 0;
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      print(`error ${input}: no such file or folder`);
      unreadable += 1;
      continue;
    }
    if (info.isDirectory()) {
      const search: FolderSearch = { print, listFolder, seen: new Set(), unreadable: 0 };
      const found = (await filesIn(absolute, input, search)).sort();
      unreadable += search.unreadable;
      if (found.length === 0 && search.unreadable === 0)
        print(`warn  ${input}: the folder holds no report file (.txt, .html, .docx or .pdf)`);
      for (const file of found) files.push(file);
    } else {
      files.push(absolute);
    }
  }
  return { files, unreadable };
}

function relativeName(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

/** Worker threads pay for themselves only when there is enough to share out. */
const MIN_FILES_PER_WORKER = 8;

/**
 * How many files may be handed to the workers past the first one not yet settled: enough to keep
 * every worker busy behind a slow PDF for seconds, few enough that the outcomes held meanwhile
 * (a detail member and an index entry each, a few kB) stay in the tens of megabytes.
 */
const SETTLE_WINDOW = 4096;

/** How far V8 may grow the heap past what survived a collection while the outputs are built (percent; see below). */
const END_HEAP_GROWING_PERCENT = 25;

/**
 * Runs an extraction; never throws for a bad input. Throws {@link OutputRefused} (before reading
 * anything) when the output folder may not be replaced, and other errors only when the output
 * cannot be written. Whatever it throws, it leaves no staging folder and no lock behind.
 */
export async function runExtract(options: ExtractOptions): Promise<ExtractSummary> {
  const print = (line: string) => options.print(safeForTerminal(line));
  const outDir = path.resolve(options.cwd, options.out);
  // The corrections are an input too: an --out that holds them is never replaced.
  const correctionsPath = await protectedCorrectionsPath(options.corrections, options.cwd);
  const inputs = correctionsPath === null ? options.inputs : [...options.inputs, correctionsPath];
  const outputCheck = { out: options.out, cwd: options.cwd, inputs, force: options.force ?? false, home: options.home };
  await checkOutputFolder(outputCheck);
  const output = await StagedOutput.open(outDir, options.staging);
  try {
    const shownOut = relativeName(outDir, options.cwd) || '.';
    if (output.restoredFrom !== null) {
      print(
        `warn  ${shownOut} was missing: a run stopped while replacing it had moved the previous dataset aside to ${relativeName(output.restoredFrom, options.cwd)}; it is restored`,
      );
      // What was restored is what this run would now replace: it is held to the same rule as any --out.
      await checkOutputFolder(outputCheck);
    }
    return await extractInto(output, shownOut, options, print);
  } catch (error) {
    await output.abort();
    throw error;
  }
}

/**
 * The staged files that hold, until the end of the run, the kept reports' quotes (until the
 * downloads are written), their index entries (until index.json is written: src/cli/extract/index-spill.ts)
 * and each input's line of the log; all are removed before the commit.
 */
const PROVENANCE_SPILL = '.provenance.ndjson';
const INDEX_SPILL = '.index.ndjson';
const LINES_SPILL = '.lines.txt';
/** The shared Parquet file's tail, as the downloads' thread encodes it, until it is put in the file (src/cli/extract/downloads/tidy-files.ts). */
const PARQUET_TAIL = '.parquet-tail';

/** What the run keeps on disk until its end. */
interface RunSpills {
  readonly provenance: ProvenanceSpill;
  readonly index: IndexSpill;
  readonly lines: LineSpill;
}

/** The run itself, once the output folder is locked and staged: read, extract, write, commit. */
async function extractInto(
  output: StagedOutput,
  shownOut: string,
  options: ExtractOptions,
  print: (line: string) => void,
): Promise<ExtractSummary> {
  const spills: RunSpills = {
    provenance: new ProvenanceSpill(output.stagedPath(PROVENANCE_SPILL)),
    index: new IndexSpill(output.stagedPath(INDEX_SPILL)),
    lines: new LineSpill(output.stagedPath(LINES_SPILL)),
  };
  try {
    return await extractWithSpill(output, spills, shownOut, options, print);
  } finally {
    spills.provenance.dispose();
    spills.index.dispose();
    spills.lines.dispose();
  }
}

async function extractWithSpill(
  output: StagedOutput,
  spills: RunSpills,
  shownOut: string,
  options: ExtractOptions,
  print: (line: string) => void,
): Promise<ExtractSummary> {
  const { files, unreadable } = await expandInputs(options.inputs, options.cwd, print, options.listFolder);
  // Collected files (npm run collect) keep their web page's address and retrieval time.
  const provenanceOf = await loadProvenance(files, options.cwd, print);
  const corrections = await CorrectionsRun.open(options.corrections, options.cwd);
  const { provenance: spill, index: assembler } = spills;
  const counts = { ok: 0, warn: 0, skip: 0, error: unreadable };
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, Math.floor(files.length / MIN_FILES_PER_WORKER)));
  const pool = files.length > 0 ? createPool(jobs, { ...DEFAULT_LIMITS, ...options.limits }, corrections?.decisionsByText) : null;
  const bar =
    options.progress && files.length > 1
      ? new cliProgress.SingleBar({ clearOnComplete: true, hideCursor: true }, cliProgress.Presets.shades_classic)
      : null;
  bar?.start(files.length, 0);
  // Details are written one at a time, in the order reports are kept, so that a better copy of a
  // report always replaces a worse one and never the other way round.
  const layout = resolveDetailLayout(options.details ?? 'auto', files.length);
  const details = detailSinkFor(layout, output);

  // Decisions are applied in the workers, to each report as it is made (src/cli/extract/process-file.ts):
  // this thread passes its detail's bytes through and collects what became of every decision in
  // one place. Reports are settled in the order of the files (settleInOrder), so the run's output
  // does not depend on which worker finished first.
  const settle = (index: number, outcome: FileOutcome): void => {
    // Settled in file order: the lines are printed in that order once the progress bar is gone.
    spills.lines.append(JSON.stringify(outcome.line));
    counts[outcome.kind] += 1;
    const kept = 'prepared' in outcome ? outcome : null;
    if (kept?.review) corrections?.record(kept.review);
    const prepared = kept?.prepared ?? null;
    if (prepared && assembler.add(prepared)) {
      const packed = details.add(prepared);
      if (packed) assembler.locateDetail(prepared.entry.id, packed);
      // Reviewed already: the downloads carry the reviewed values' own words.
      spill.putJson(prepared.entry.id, prepared.provenanceJson);
    }
    bar?.increment();
  };

  try {
    const packDetail = layout === 'packed';
    // Each file's task is made as it is handed to a worker: a national run's 270,000 tasks, made
    // at once, would hold every path twice over for the whole run.
    const taskOf = (file: string) => ({
      file,
      sourceFile: relativeName(file, options.cwd),
      keepUnrecognised: options.keepUnrecognised ?? false,
      packDetail,
      ...provenanceOf(file),
    });
    if (pool) await settleInOrder(files, (file) => pool.run(taskOf(file)), settle, SETTLE_WINDOW);
    await details.finish();
  } finally {
    bar?.stop();
    await pool?.close();
  }
  options.onStep?.('reports');
  // From here on this thread builds every output in passes over the spilled index, making and
  // dropping millions of short-lived entries. V8 lets its heap grow to up to four times what
  // survived its last collection before collecting again: measured at 241,000 reports, that put
  // the process at 3.0 GB for a live heap of well under 1 GB. Growing by a quarter at most costs
  // more collections and keeps the peak near the live heap. (Workers are closed by now; a V8 flag
  // read at every collection, so setting it here takes effect.)
  setFlagsFromString(`--heap-growing-percent=${END_HEAP_GROWING_PERCENT}`);
  for (const line of spills.lines.lines()) print(JSON.parse(line) as string);
  spills.lines.dispose();

  const superseded = [...assembler.superseded].sort((a, b) => a.dropped.localeCompare(b.dropped));
  for (const item of superseded) print(`warn  ${item.dropped}: same report as ${item.kept} (${item.reportId}); kept ${item.kept}`);
  corrections?.errors.forEach((line) => print(line));
  corrections?.report(print);
  // An unreadable corrections file counts as an input that could not be read.
  const failed = counts.error + (corrections?.errors.length ?? 0);
  const warned = counts.warn + superseded.length;
  const skipped = counts.skip;
  if (assembler.size === 0) {
    // An empty dataset is never worth more than the one it would replace.
    await output.abort();
    const why =
      files.length === 0
        ? 'no report file was found'
        : counts.error === files.length + unreadable
          ? 'no input could be read'
          : 'no input is a rule-of-law report';
    const kept = output.restoredFrom === null ? 'is left as it was' : 'is the previous dataset, restored';
    print(`nothing written: ${why}; ${shownOut} ${kept} · ${failed} could not be read · ${skipped} skipped (not a rule-of-law report)`);
    // Exit 1 whatever the reason: a script that runs extract must not take an unchanged folder for new data.
    return { exitCode: 1, written: 0, failed, warned, skipped };
  }
  const { index, side, leftover } = await writeOutputs(output, assembler, spill, options);
  side.lines.forEach((line) => print(line));
  if (leftover)
    print(
      `warn  the previous dataset could not be removed after the new one was written; delete ${relativeName(leftover, options.cwd)} by hand`,
    );
  const written = index.count;
  print(
    `${written} reports written to ${shownOut}${details.packCount > 0 ? ` (details in ${details.packCount} packs)` : ''} · ${failed} could not be read · ${warned} flagged (no place or year, a duplicate, or kept unrecognised) · ${skipped} skipped (not a rule-of-law report)`,
  );
  return { exitCode: failed > 0 || side.failed ? 1 : 0, written, failed, warned, skipped };
}

/**
 * Runs of more kept reports than this write their downloads in a thread of their own: below it,
 * the thread's start-up (about a second of loading modules) costs more than it saves.
 */
const DOWNLOADS_THREAD_ABOVE = 2000;

/**
 * Runs of more kept reports than this write only the downloads' CSV files in a thread of their
 * own, and the Parquet files in this thread, before the rest. Beside this thread's output step,
 * a thread writing both took the national run (241,222 reports) to a peak RSS of 1.65 GB, and 1.52
 * GB even when this thread waited for it: a thread's heap is its own, what it frees is not handed
 * back to the rest of the process, and the Parquet writer holds a row group of 50,000 rows. The
 * CSV is written as its rows are read, in a few megabytes; in this thread alone the run peaked at
 * 1.32 GB, under the issue's 1.5 GB (README "Every local government"). Below this size a thread
 * writing both fits beside the rest with room to spare, and the run is shorter for it.
 */
const DOWNLOADS_THREAD_UP_TO = 100_000;

/**
 * In a national run, the share of the largest Parquet file (the towns') whose last row groups the
 * downloads' thread encodes from the rows it reads for the CSV anyway, and this thread does not
 * read at all: the Parquet files were the output step's critical path, the other core idle half
 * of it. Measured on 108,563 national reports (docs/scale-log.md, twelfth session): 0.15 and 0.25
 * took the step's main-thread CPU ~45 → ~36–39 s for ~0–2 s more in the thread, and the step's wall
 * time 202–205 → 184 s in both; the smaller share holds less of the tail in memory.
 */
const THREAD_PARQUET_SHARE = 0.15;

/** Where a run's downloads are written: see {@link DOWNLOADS_THREAD_ABOVE} and {@link DOWNLOADS_THREAD_UP_TO}. */
export type DownloadsPlan = 'this thread' | 'own thread' | 'csv in own thread';

function downloadsPlanFor(reports: number): DownloadsPlan {
  if (reports <= DOWNLOADS_THREAD_ABOVE) return 'this thread';
  return reports <= DOWNLOADS_THREAD_UP_TO ? 'own thread' : 'csv in own thread';
}

/**
 * Writes index.json, the side files, the downloads and the rest of the dataset, and commits it. A
 * large run's downloads (src/cli/extract/downloads/) are written from the final index in a thread
 * of their own while this one writes the rest (a national run's CSV files only: memory, and then
 * that thread writes the value files and ranks the values, which this one would otherwise do in
 * the commit while it has the Parquet files to write); the thread is started first, so that it has
 * loaded its modules by the time the index is written. Exported for scripts/bench-output-step.ts,
 * which times this step alone.
 */
export async function writeOutputs(output: StagedOutput, assembler: IndexSpill, spill: ProvenanceSpill, options: ExtractOptions) {
  const plan = options.downloadsPlan ?? downloadsPlanFor(assembler.size);
  const downloadsThread = plan === 'this thread' ? null : new DownloadsThread();
  try {
    // index.json, in index order, each entry validated: the reports' values stay on disk from here on.
    const index = assembler.writeIndex(output.stagedPath('index.json'), output.stagedPath('.'));
    // What the index step parsed and dropped is let go of before the downloads' thread grows beside this one.
    if (plan === 'csv in own thread') collectGarbage();
    options.onStep?.('index');
    const folder = output.stagedPath('.');
    // The thread's memory is let go of as soon as its files are written (on a failure, below).
    // A national run's thread writes the value files too, first (the main thread has the Parquet
    // files to write meanwhile); a smaller run's thread has the Parquet files, so the commit writes them.
    const valueFilesBeside = plan === 'csv in own thread';
    const shared =
      plan === 'csv in own thread'
        ? sharedParquetOf(
            { head: index.head, reports: index.reports, valueCountOf: (report) => report.valueCount },
            THREAD_PARQUET_SHARE,
            output.stagedPath(PARQUET_TAIL),
          )
        : null;
    const threadDone = downloadsThread
      ?.write(
        downloadsJobOf(
          folder,
          index,
          spill,
          plan === 'own thread' ? 'both' : 'csv',
          ROW_GROUP_ROWS,
          valueFilesBeside ? index.valueFilesJob() : null,
          shared,
        ),
      )
      .then(async (groups) => {
        options.onDownloadsThreadCpu?.(downloadsThread.cpuSeconds);
        await downloadsThread.stop();
        return groups;
      });
    // Awaited by the commit; a failure before then must not count as unhandled.
    threadDone?.catch(() => undefined);
    let downloads: Promise<unknown>;
    if (plan === 'own thread') {
      downloads = threadDone!.then((groups) => finishDownloads(folder, groups));
    } else {
      // This thread's part first, while the other thread writes its own: every file, or (a national run) the Parquet files.
      const mine = await writeDownloadsJob(
        downloadsJobOf(folder, index, spill, plan === 'this thread' ? 'both' : 'parquet', ROW_GROUP_ROWS, null, shared),
      );
      downloads = threadDone ? threadDone.then((csv) => finishDownloads(folder, joinGroups(csv, mine))) : finishDownloads(folder, mine);
    }
    // The provenance spill is let go of once the downloads are written, before the staging folder is committed.
    const written = downloads.then(() => spill.dispose());
    // Awaited by the commit; a failure before then must not count as unhandled.
    written.catch(() => undefined);
    void written.then(
      () => options.onStep?.('downloads'),
      () => undefined,
    );
    // The population table (population.csv beside the reports) and about.json: src/cli/extract/side-files.ts.
    const version = await dataVersion(createReadStream(output.stagedPath('index.json')));
    const side = await writeSideFiles(output, options.inputs, options.cwd, index.newestDate, version);
    options.onStep?.('side-files');
    const valueFiles = valueFilesBeside ? downloadsThread!.assessment() : undefined;
    const { leftover } = await output.commit(index, { alsoWritten: written, ...(valueFiles ? { valueFiles } : {}) });
    options.onStep?.('commit');
    return { index, side, leftover };
  } finally {
    await downloadsThread?.stop();
    spill.dispose();
  }
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return parsed;
}

/** Parses argv; bad arguments (an unsafe --out among them) exit with 2 and a line saying why. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('extract')
    .description('Extract indicators from rule-of-law reports into the dashboard data folder.')
    .argument('[inputs...]', 'report files or folders (.txt, .html, .docx, .pdf)', ['corpus'])
    .option('--out <dir>', 'output folder: replaced whole, so it must be new, empty, or a dataset this command wrote', 'public/data')
    .option(
      '--force',
      'replace an --out folder that is not a dataset this command wrote (never the working folder, an input, a folder above them, or home)',
      false,
    )
    .option('--keep-unrecognised', 'also write texts that are not recognised as rule-of-law reports (flagged as warnings)', false)
    .option('--corrections <dir>', 'review decisions to apply, a folder of corrections files (default: corrections/ when it exists)')
    .option('--stats-json <file>', "write the run's peak memory and time to a JSON file (for the benchmark)")
    .option('--jobs <n>', 'worker threads (default: one per core)', positiveInteger)
    .addOption(
      new Option(
        '--details <layout>',
        `detail files: loose (one JSON file per report), packed (gzip members in details/*.pack), auto (packed above ${AUTO_PACK_ABOVE} input files)`,
      )
        .choices(['loose', 'packed', 'auto'])
        .default('auto'),
    )
    .option(
      '--file-timeout <seconds>',
      `stop reading a file after this many seconds (default ${DEFAULT_LIMITS.fileTimeoutMs / 1000})`,
      positiveInteger,
    );
  const parsed = parseCommand(program, argv);
  if (parsed !== null) return parsed;
  const inputs = program.args.length > 0 ? program.args : ['corpus'];
  const { out, force, keepUnrecognised, jobs, statsJson, fileTimeout, corrections, details } = program.opts<{
    out: string;
    force: boolean;
    keepUnrecognised: boolean;
    jobs?: number;
    statsJson?: string;
    fileTimeout?: number;
    corrections?: string;
    details: DetailLayoutChoice;
  }>();
  const started = performance.now();
  // When each step ended, and the memory then: where a run's time and its peak go (the benchmark's figures).
  const steps: {
    step: RunStep;
    seconds: number;
    rssMb: number;
    heapUsedMb: number;
    heapTotalMb: number;
    /** Memory outside the V8 heap that it knows of (Buffers among it: `arrayBuffersMb`). */
    externalMb: number;
    arrayBuffersMb: number;
    threadCpuSeconds: number | null;
  }[] = [];
  let downloadsThreadCpuSeconds: number | null | undefined;
  const onDownloadsThreadCpu = (seconds: number | null) => {
    downloadsThreadCpuSeconds = seconds;
  };
  const onStep = (step: RunStep) => {
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
    const seconds = (performance.now() - started) / 1000;
    steps.push({
      step,
      seconds,
      rssMb: mb(rss),
      heapUsedMb: mb(heapUsed),
      heapTotalMb: mb(heapTotal),
      externalMb: mb(external),
      arrayBuffersMb: mb(arrayBuffers),
      threadCpuSeconds: threadCpuSeconds(),
    });
  };
  try {
    const summary = await runExtract({
      inputs,
      out,
      force,
      cwd: process.cwd(),
      print: stdoutPrinter(),
      progress: Boolean(process.stdout.isTTY),
      keepUnrecognised,
      jobs: jobs ?? availableParallelism(),
      limits: fileTimeout ? { fileTimeoutMs: fileTimeout * 1000 } : {},
      details,
      ...(statsJson ? { onStep, onDownloadsThreadCpu } : {}),
      ...(corrections !== undefined ? { corrections } : {}),
    });
    if (statsJson) {
      // ru_maxrss covers the whole process, worker threads included (kilobytes on Linux); a
      // relaunched run (src/cli/extract/malloc-arenas.ts) adds the peak of the parent waiting for it.
      const ownMaxRssMb = process.resourceUsage().maxRSS / 1024;
      const launcherMaxRssMb = launcherPeakRssMb();
      const stats = {
        seconds: (performance.now() - started) / 1000,
        maxRssMb: ownMaxRssMb + (launcherMaxRssMb ?? 0),
        ...(launcherMaxRssMb !== null ? { ownMaxRssMb, launcherMaxRssMb } : {}),
        mallocArenaMax: process.env[ARENA_VARIABLE] ?? null,
        steps,
        // The other core's share of the output step, when a thread of its own wrote the downloads.
        ...(downloadsThreadCpuSeconds !== undefined ? { downloadsThreadCpuSeconds } : {}),
      };
      await writeFile(statsJson, `${JSON.stringify(stats)}\n`);
    }
    return summary.exitCode;
  } catch (error) {
    if (error instanceof OutputRefused) {
      process.stderr.write(`extract: ${safeForTerminal(error.message)}\n`);
      return 2;
    }
    process.stderr.write(`extract: could not write ${safeForTerminal(out)}: ${safeForTerminal((error as Error).message)}\n`);
    return 1;
  }
}

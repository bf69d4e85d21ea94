/**
 * `npm run extract -- [INPUT...] [--out DIR] [--keep-unrecognised]`: reads report files (.txt in
 * UTF-8, UTF-16 or GB18030, saved web pages, .docx, .pdf), runs the extractor, writes the contract's
 * index and detail files. Node-only: files in, the pure decoders and core in the middle, files out.
 * Exit codes: 0 every input was read, 1 some input could not be read (the others are written),
 * 2 bad arguments. A file read but not recognised as a rule-of-law report is skipped (and still
 * counts as read): its figures are not a report's.
 */

import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { availableParallelism } from 'node:os';
import { DatasetAssembler } from '../data/build-dataset';
import { INPUT_EXTENSIONS, LEGACY_EXTENSIONS } from '../ingest';
import { type FileOutcome, processFile } from './process-file';
import { writeSideFiles } from './side-files';
import { createPool } from './worker-pool';
import { StagedOutput } from './write-dataset';

export interface ExtractOptions {
  readonly inputs: readonly string[];
  readonly out: string;
  readonly cwd: string;
  /** Where lines go; the CLI passes process.stdout/stderr, tests pass collectors. */
  readonly print: (line: string) => void;
  readonly progress: boolean;
  /** Writes texts that are not recognised as rule-of-law reports too, flagged in the log. */
  readonly keepUnrecognised?: boolean;
  /** Worker threads to extract with; 1 (the default) extracts in this thread. */
  readonly jobs?: number;
  /** The extraction time written in about.json (default: now); fixed by tests that compare two runs. */
  readonly now?: Date;
}

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

/** Expands folders into the report files inside them, sorted so that runs are reproducible. */
async function expandInputs(inputs: readonly string[], cwd: string, print: (line: string) => void): Promise<{ files: string[]; missing: number }> {
  const files: string[] = [];
  let missing = 0;
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      print(`error ${input}: no such file or folder`);
      missing += 1;
      continue;
    }
    if (info.isDirectory()) {
      const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
      const found = entries
        // Links too: a broken one then gets its own error line instead of vanishing.
        .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && FOLDER_EXTENSIONS.has(path.extname(entry.name).toLowerCase()))
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort();
      if (found.length === 0) print(`warn  ${input}: the folder holds no report file (.txt, .html, .docx or .pdf)`);
      files.push(...found);
    } else {
      files.push(absolute);
    }
  }
  return { files, missing };
}

function relativeName(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

/** Worker threads pay for themselves only when there is enough to share out. */
const MIN_FILES_PER_WORKER = 8;

/** Runs an extraction; never throws for a bad input, only for a failure to write the output. */
export async function runExtract(options: ExtractOptions): Promise<ExtractSummary> {
  const { print } = options;
  const { files, missing } = await expandInputs(options.inputs, options.cwd, print);
  const outDir = path.resolve(options.cwd, options.out);
  await mkdir(path.dirname(outDir), { recursive: true });
  const output = await StagedOutput.open(outDir);
  const assembler = new DatasetAssembler();
  const lines: string[] = new Array(files.length);
  const counts = { ok: 0, warn: 0, skip: 0, error: missing };
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, Math.floor(files.length / MIN_FILES_PER_WORKER)));
  const pool = jobs > 1 ? createPool(jobs) : null;
  const bar = options.progress && files.length > 1 ? new cliProgress.SingleBar({ clearOnComplete: true, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(files.length, 0);
  // Detail files are written one at a time, in the order reports are kept, so that a better copy
  // of a report always overwrites a worse one and never the other way round.
  let writes = Promise.resolve();

  const settle = (index: number, outcome: FileOutcome): void => {
    lines[index] = outcome.line;
    counts[outcome.kind] += 1;
    if ('prepared' in outcome && assembler.add(outcome.prepared)) {
      const { entry, detailJson } = outcome.prepared;
      writes = writes.then(() => output.writeDetail(entry.detailPath, detailJson));
    }
    bar?.increment();
  };

  try {
    const tasks = files.map((file) => ({ file, sourceFile: relativeName(file, options.cwd), keepUnrecognised: options.keepUnrecognised ?? false }));
    if (pool) {
      await Promise.all(tasks.map((task, index) => pool.run(task).then((outcome) => settle(index, outcome))));
    } else {
      for (const [index, task] of tasks.entries()) settle(index, await processFile(task));
    }
    await writes;
  } catch (error) {
    await output.abort();
    throw error;
  } finally {
    bar?.stop();
    await pool?.close();
  }
  lines.forEach((line) => print(line));

  const superseded = [...assembler.superseded].sort((a, b) => a.dropped.localeCompare(b.dropped));
  for (const item of superseded) print(`warn  ${item.dropped}: same report as ${item.kept} (${item.reportId}); kept ${item.kept}`);
  const index = assembler.index();
  // The population table (population.csv beside the reports) and about.json: src/cli/side-files.ts.
  const side = await writeSideFiles(output, options.inputs, options.cwd, options.now);
  side.lines.forEach((line) => print(line));
  await output.commit(index);
  const written = index.reports.length;
  const failed = counts.error;
  const warned = counts.warn + superseded.length;
  const skipped = counts.skip;
  print(
    `${written} reports written to ${relativeName(outDir, options.cwd) || '.'} · ${failed} could not be read · ${warned} flagged (no place or year, a duplicate, or kept unrecognised) · ${skipped} skipped (not a rule-of-law report)`,
  );
  return { exitCode: failed > 0 || side.failed ? 1 : 0, written, failed, warned, skipped };
}

/** Parses argv; bad arguments exit with 2 and a usage line. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('extract')
    .description('Extract indicators from rule-of-law reports into the dashboard data folder.')
    .argument('[inputs...]', 'report files or folders (.txt, .html, .docx, .pdf)', ['corpus'])
    .option('--out <dir>', 'output folder', 'public/data')
    .option('--keep-unrecognised', 'also write texts that are not recognised as rule-of-law reports (flagged as warnings)', false)
    .option('--stats-json <file>', 'write the run\'s peak memory and time to a JSON file (for the benchmark)')
    .option('--jobs <n>', 'worker threads (default: one per core)', (value) => {
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
      return parsed;
    })
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    throw error;
  }
  const inputs = program.args.length > 0 ? program.args : ['corpus'];
  const { out, keepUnrecognised, jobs, statsJson } = program.opts<{ out: string; keepUnrecognised: boolean; jobs?: number; statsJson?: string }>();
  const started = performance.now();
  try {
    const summary = await runExtract({
      inputs,
      out,
      cwd: process.cwd(),
      print: (line) => process.stdout.write(`${line}\n`),
      progress: Boolean(process.stdout.isTTY),
      keepUnrecognised,
      jobs: jobs ?? availableParallelism(),
    });
    if (statsJson) {
      // ru_maxrss covers the whole process, worker threads included (kilobytes on Linux).
      const stats = { seconds: (performance.now() - started) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 };
      await writeFile(statsJson, `${JSON.stringify(stats)}\n`);
    }
    return summary.exitCode;
  } catch (error) {
    process.stderr.write(`extract: could not write ${out}: ${(error as Error).message}\n`);
    return 1;
  }
}

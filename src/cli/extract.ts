/**
 * `npm run extract -- [INPUT...] [--out DIR] [--keep-unrecognised]`: reads report files (.txt in
 * UTF-8, UTF-16 or GB18030, saved web pages, .docx, .pdf), runs the extractor, writes the contract's
 * index and detail files. Node-only: files in, the pure decoders and core in the middle, files out.
 * Exit codes: 0 every input was read, 1 some input could not be read (the others are written),
 * 2 bad arguments. A file read but not recognised as a rule-of-law report is skipped (and still
 * counts as read): its figures are not a report's.
 */

import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import cliProgress from 'cli-progress';
import { extractReport } from '../extract';
import { buildDataset, type ExtractedInput } from '../data/build-dataset';
import { INPUT_EXTENSIONS, LEGACY_EXTENSIONS, type IngestedText, recogniseReport } from '../ingest';
import { isReadError, readReportFile } from './read-report';
import { writeDatasetAtomically } from './write-dataset';

export interface ExtractOptions {
  readonly inputs: readonly string[];
  readonly out: string;
  readonly cwd: string;
  /** Where lines go; the CLI passes process.stdout/stderr, tests pass collectors. */
  readonly print: (line: string) => void;
  readonly progress: boolean;
  /** Writes texts that are not recognised as rule-of-law reports too, flagged in the log. */
  readonly keepUnrecognised?: boolean;
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

/** "(html, gb18030)", "(pdf, 4 pages)", "(txt, utf-16le, BOM)": how the file was read. */
function formatLabel(ingested: IngestedText): string {
  const notes = ingested.notes.filter((note) => note !== 'detected' && !note.startsWith('meta charset') && note !== 'no charset declared');
  return `(${[ingested.format, ingested.encoding, ...notes].filter(Boolean).join(', ')})`;
}

function describe(input: ExtractedInput): string {
  const { metadata, values, warnings } = input.report;
  const place = metadata.jurisdiction?.value ?? '(place not found)';
  const year = metadata.year?.value ?? '(year not found)';
  const body = metadata.bodyKind === 'department' ? ` · ${metadata.body?.value ?? 'department'}` : '';
  const count = Object.keys(values).length;
  const synthetic = input.report.synthetic ? ' · SYNTHETIC' : '';
  return `${place} ${year}${body} · ${count} values${warnings.length ? ` · ${warnings.length} warnings` : ''}${synthetic}`;
}

/** Runs an extraction; never throws for a bad input, only for a failure to write the output. */
export async function runExtract(options: ExtractOptions): Promise<ExtractSummary> {
  const { print } = options;
  const { files, missing } = await expandInputs(options.inputs, options.cwd, print);
  const extracted: ExtractedInput[] = [];
  let failed = missing;
  let warned = 0;
  let skipped = 0;
  const bar = options.progress && files.length > 1 ? new cliProgress.SingleBar({ clearOnComplete: true, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  const lines: string[] = [];
  bar?.start(files.length, 0);
  for (const file of files) {
    const sourceFile = relativeName(file, options.cwd);
    try {
      const ingested = await readReportFile(file, sourceFile);
      const label = `${sourceFile} ${formatLabel(ingested)}`;
      const recognition = recogniseReport(ingested.text);
      if (!recognition.recognised && !options.keepUnrecognised) {
        skipped += 1;
        lines.push(`skip  ${label}: not recognised as a rule-of-law report (${recognition.reason}); --keep-unrecognised writes it anyway`);
      } else {
        const report = extractReport(ingested.text);
        const input = { sourceFile, report };
        extracted.push(input);
        const flagged = report.metadata.flags.includes('no_year') || report.metadata.flags.includes('no_jurisdiction');
        const unrecognised = recognition.recognised ? '' : `not recognised as a rule-of-law report (${recognition.reason}), kept as asked · `;
        if (flagged || unrecognised) warned += 1;
        lines.push(`${flagged || unrecognised ? 'warn ' : 'ok   '} ${label}: ${unrecognised}${describe(input)}`);
      }
    } catch (error) {
      failed += 1;
      // A bad input is one line; an unexpected failure of the extractor is one line too, never a stack.
      const reason = isReadError(error) ? error.message : `could not be extracted (${(error as Error).message})`;
      lines.push(`error ${sourceFile}: ${reason}`);
    }
    bar?.increment();
  }
  bar?.stop();
  lines.forEach((line) => print(line));

  const dataset = buildDataset(extracted);
  for (const item of dataset.superseded) {
    warned += 1;
    print(`warn  ${item.dropped}: same report as ${item.kept} (${item.reportId}); kept ${item.kept}`);
  }
  const outDir = path.resolve(options.cwd, options.out);
  await writeDatasetAtomically(outDir, dataset);
  const written = dataset.index.reports.length;
  print(
    `${written} reports written to ${relativeName(outDir, options.cwd) || '.'} · ${failed} could not be read · ${warned} flagged (no place or year, a duplicate, or kept unrecognised) · ${skipped} skipped (not a rule-of-law report)`,
  );
  return { exitCode: failed > 0 ? 1 : 0, written, failed, warned, skipped };
}

/** Parses argv; bad arguments exit with 2 and a usage line. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('extract')
    .description('Extract indicators from rule-of-law reports into the dashboard data folder.')
    .argument('[inputs...]', 'report files or folders (.txt, .html, .docx, .pdf)', ['corpus'])
    .option('--out <dir>', 'output folder', 'public/data')
    .option('--keep-unrecognised', 'also write texts that are not recognised as rule-of-law reports (flagged as warnings)', false)
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
  const { out, keepUnrecognised } = program.opts<{ out: string; keepUnrecognised: boolean }>();
  try {
    const summary = await runExtract({
      inputs,
      out,
      cwd: process.cwd(),
      print: (line) => process.stdout.write(`${line}\n`),
      progress: Boolean(process.stdout.isTTY),
      keepUnrecognised,
    });
    return summary.exitCode;
  } catch (error) {
    process.stderr.write(`extract: could not write ${out}: ${(error as Error).message}\n`);
    return 1;
  }
}

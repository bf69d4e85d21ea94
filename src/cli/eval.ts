/**
 * `npm run eval -- DIR [DIR...] [--json] [--min-metadata X] [--min-precision X] [--min-recall X]`:
 * scores the extractor against the gold files found under each DIR (docs/eval-format.md). Each
 * `<name>.gold.json` labels the text beside it, which is read with `src/ingest` and recognised and
 * extracted exactly as `npm run extract` does. Prints every miss, then the totals. Exit codes: 0,
 * 1 when a total is under its threshold, 2 for bad arguments or a gold file that cannot be used.
 */

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { Command, InvalidArgumentError } from 'commander';

import { reportFromBytes } from '../data/report-from-bytes';
import { ingestFile, INPUT_EXTENSIONS } from '../ingest';
import { type FileScore, labelProblems, type Miss, type Outcome, parseGoldFile, scoreFile, type Totals, totals } from './eval-score';
import { parseCommand } from './parse-command';
import { loadNodePdfjs } from './pdfjs-node';
import { isReadError, MAX_REPORT_BYTES, readReportBytes } from './read-report';

const GOLD_SUFFIX = '.gold.json';

export interface EvalOptions {
  readonly dirs: readonly string[];
  readonly cwd: string;
  readonly print: (line: string) => void;
  readonly json?: boolean;
  readonly minMetadata?: number;
  readonly minPrecision?: number;
  readonly minRecall?: number;
  /** Check the gold files' labels against their texts only, without running the extractor. */
  readonly checkLabels?: boolean;
  /**
   * Folders whose gold files are left out although under a DIR: an unseen holdout is measured on
   * its own (`npm run eval -- <it>`), and a gate over the practice sets must not push anyone to
   * tune rules on it.
   */
  readonly exclude?: readonly string[];
}

export interface FileResult {
  /** The DIR argument the gold file was found under: each labelled set is reported on its own. */
  readonly set: string;
  readonly gold: string;
  readonly text: string;
  readonly score: FileScore;
}

export interface EvalResult {
  readonly exitCode: 0 | 1 | 2;
  readonly files: readonly FileResult[];
  readonly totals: Totals;
  /** The totals of each DIR argument (each labelled set: own fixtures, real pages…), in order. */
  readonly sets: readonly { readonly dir: string; readonly totals: Totals }[];
  /** Gold files that could not be used, each with its reason. */
  readonly problems: readonly string[];
}

async function goldFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(GOLD_SUFFIX))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The text a gold file labels: the file beside it with the same name and a readable extension. */
async function textBeside(goldFile: string): Promise<string | null> {
  const folder = path.dirname(goldFile);
  const name = path.basename(goldFile).slice(0, -GOLD_SUFFIX.length);
  const siblings = await readdir(folder);
  const matches = siblings.filter((sibling) => {
    const extension = path.extname(sibling).toLowerCase();
    return sibling.slice(0, sibling.length - extension.length) === name && INPUT_EXTENSIONS[extension] !== undefined;
  });
  return matches.length === 1 ? path.join(folder, matches[0]!) : null;
}

/** Reads, recognises and extracts a text exactly as `npm run extract` does (src/data/report-from-bytes.ts). */
async function outcomeOf(textFile: string): Promise<Outcome> {
  const bytes = await readReportBytes(textFile);
  const reading = await reportFromBytes(
    bytes,
    { sourceFile: textFile },
    { ingest: { loadPdfjs: loadNodePdfjs, maxBytes: MAX_REPORT_BYTES }, keepUnrecognised: false },
  );
  if (reading.kind === 'unrecognised') return { recognised: false, reason: reading.recognition.reason, kind: reading.recognition.kind };
  return { recognised: true, report: reading.report };
}

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

function missLine(file: string, miss: Miss): string {
  const label = { metadata: 'meta ', missed: 'miss ', wrong: 'wrong', false_positive: 'extra', recognition: 'recog' }[miss.kind];
  return `${label} ${file} ${miss.what}: expected ${miss.expected}; found ${miss.found}`;
}

/** One labelled set's totals on one line, for a run over several sets. */
function setLine(dir: string, set: Totals): string {
  const { metadata, values, recognition } = set;
  return [
    `set ${dir}: ${set.files} files`,
    `metadata ${percent(metadata.accuracy)} (${metadata.right}/${metadata.scored})`,
    `precision ${percent(values.precision)} (${values.right}/${values.scored})`,
    `recall ${percent(values.recall)} (${values.right}/${values.labelled})`,
    `recognition ${percent(recognition.accuracy)} (${recognition.right}/${recognition.files})`,
  ].join(' · ');
}

/** Runs the evaluation; never throws for bad input (a gold file that cannot be used is a problem line and exit 2). */
export async function runEval(options: EvalOptions): Promise<EvalResult> {
  const problems: string[] = [];
  const files: FileResult[] = [];
  let checked = 0;
  const excluded = (options.exclude ?? []).map((dir) => path.resolve(options.cwd, dir));
  const isExcluded = (file: string) =>
    excluded.some((dir) => {
      const inside = path.relative(dir, file);
      return inside !== '..' && !inside.startsWith(`..${path.sep}`) && !path.isAbsolute(inside);
    });
  for (const dir of options.dirs) {
    const folder = path.resolve(options.cwd, dir);
    let golds: string[];
    try {
      golds = (await goldFilesUnder(folder)).filter((file) => !isExcluded(file));
    } catch {
      problems.push(`${dir}: no such folder`);
      continue;
    }
    if (golds.length === 0) problems.push(`${dir}: no ${GOLD_SUFFIX} files under it`);
    for (const goldFile of golds) {
      const shownGold = path.relative(options.cwd, goldFile);
      const parsed = parseGoldFile(await readFile(goldFile, 'utf8'));
      if ('error' in parsed) {
        problems.push(`${shownGold}: ${parsed.error}`);
        continue;
      }
      const textFile = await textBeside(goldFile);
      if (textFile === null) {
        problems.push(`${shownGold}: no single text file beside it with the same name (.txt, .html, .docx, .pdf…)`);
        continue;
      }
      const shownText = path.relative(options.cwd, textFile);
      if (options.checkLabels) {
        try {
          const ingested = await ingestFile(await readReportBytes(textFile), textFile, {
            loadPdfjs: loadNodePdfjs,
            maxBytes: MAX_REPORT_BYTES,
          });
          for (const problem of labelProblems(parsed.gold, ingested.text)) problems.push(`${shownGold}: ${problem}`);
        } catch (error) {
          problems.push(`${shownText}: ${isReadError(error) ? error.message : `could not be read (${(error as Error).message})`}`);
        }
        checked += 1;
        continue;
      }
      let outcome: Outcome;
      try {
        outcome = await outcomeOf(textFile);
      } catch (error) {
        problems.push(`${shownText}: ${isReadError(error) ? error.message : `could not be extracted (${(error as Error).message})`}`);
        continue;
      }
      files.push({ set: dir, gold: shownGold, text: shownText, score: scoreFile(parsed.gold, outcome) });
    }
  }

  if (options.checkLabels) {
    for (const problem of problems) options.print(`error ${problem}`);
    options.print(`${checked} gold files checked, ${problems.length} problems`);
    return { exitCode: problems.length > 0 ? 2 : 0, files, totals: totals([]), sets: [], problems };
  }

  const summary = totals(files.map((file) => file.score));
  const sets = options.dirs.map((dir) => ({ dir, totals: totals(files.filter((file) => file.set === dir).map((file) => file.score)) }));
  const under: string[] = [];
  if (options.minMetadata !== undefined && summary.metadata.accuracy < options.minMetadata)
    under.push(`metadata accuracy ${percent(summary.metadata.accuracy)} < ${percent(options.minMetadata)}`);
  if (options.minPrecision !== undefined && summary.values.precision < options.minPrecision)
    under.push(`value precision ${percent(summary.values.precision)} < ${percent(options.minPrecision)}`);
  if (options.minRecall !== undefined && summary.values.recall < options.minRecall)
    under.push(`value recall ${percent(summary.values.recall)} < ${percent(options.minRecall)}`);
  const exitCode = problems.length > 0 ? 2 : under.length > 0 ? 1 : 0;

  if (options.json) {
    options.print(
      JSON.stringify(
        {
          totals: summary,
          sets,
          problems,
          under,
          files: files.map((file) => ({ set: file.set, gold: file.gold, text: file.text, ...file.score })),
        },
        null,
        2,
      ),
    );
  } else {
    for (const problem of problems) options.print(`error ${problem}`);
    for (const file of files) for (const miss of file.score.misses) options.print(missLine(file.text, miss));
    if (sets.length > 1) for (const set of sets) options.print(setLine(set.dir, set.totals));
    const { metadata, values, recognition } = summary;
    options.print(`files        ${summary.files}`);
    options.print(`metadata     ${percent(metadata.accuracy)} (${metadata.right}/${metadata.scored} fields)`);
    options.print(`precision    ${percent(values.precision)} (${values.right}/${values.scored} primary values scored)`);
    options.print(`recall       ${percent(values.recall)} (${values.right}/${values.labelled} labelled values)`);
    options.print(`recognition  ${percent(recognition.accuracy)} (${recognition.right}/${recognition.files} files)`);
    for (const line of under) options.print(`under threshold: ${line}`);
  }
  return { exitCode, files, totals: summary, sets, problems };
}

function ratioOption(value: string): number {
  const ratio = Number(value);
  if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) throw new InvalidArgumentError('give a ratio between 0 and 1, e.g. 0.97');
  return ratio;
}

/** The CLI: parses arguments and runs {@link runEval}; returns the exit code. */
export async function main(
  argv: readonly string[],
  print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<number> {
  const program = new Command()
    .name('eval')
    .description('score the extractor against gold files (docs/eval-format.md)')
    .argument('<dir...>', 'folders searched recursively for <name>.gold.json beside <name>.txt/.html/.docx/.pdf')
    .option('--json', 'print the scores as JSON', false)
    .option('--min-metadata <ratio>', 'exit 1 when metadata accuracy is under this', ratioOption)
    .option('--min-precision <ratio>', 'exit 1 when value precision is under this', ratioOption)
    .option('--min-recall <ratio>', 'exit 1 when value recall is under this', ratioOption)
    .option('--check-labels', 'only check the gold files against their texts (format, verbatim sentences), without extracting', false)
    .option('--exclude <dir...>', 'leave out the gold files under these folders (an unseen holdout, measured on its own)');
  const parsed = parseCommand(program, argv, { writeErr: (text) => print(text.trimEnd()), writeOut: (text) => print(text.trimEnd()) });
  if (parsed !== null) return parsed;
  const options = program.opts<{
    json: boolean;
    minMetadata?: number;
    minPrecision?: number;
    minRecall?: number;
    checkLabels: boolean;
    exclude?: string[];
  }>();
  const result = await runEval({ dirs: program.args, cwd: process.cwd(), print, ...options });
  return result.exitCode;
}

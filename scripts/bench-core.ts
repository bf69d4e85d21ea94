/**
 * `npx tsx scripts/bench-core.ts [--passes K] [--limit N] [--label NAME=DIR ...]`: the extractor
 * core's CPU per report in ONE thread, with no I/O and no output files: for every text (decoded
 * before the clock starts) the matching view, recognition and extraction, exactly as
 * src/data/report-from-bytes.ts runs them. One warm-up pass, then K timed passes; prints the
 * median ms per report and reports/s per set, on the thread's CPU clock (Linux; what the core
 * costs, whatever else the machine runs) and on the wall clock. Prints figures, never pass/fail:
 * timings on a shared machine are noisy, so compare medians of alternating runs taken in the same
 * window.
 *
 * Default sets: `.tmp/speed-syn/reports` (make it with `npm run gen:synthetic -- --jurisdictions 500
 * --years 6 --levels all --out .tmp/speed-syn`) when it exists, and the real texts of corpus/ and
 * tests/fixtures/real-pages (the unseen holdout left out: tests/fixtures/real-pages/unseen.json).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { Command } from 'commander';

import { threadCpuSeconds } from '../src/cli/extract/thread-cpu';
import { extractReport, normalizeForMatching } from '../src/extract';
import { recogniseReport } from '../src/ingest';
import { median } from '../src/lib/median';
import { isUnseen } from '../tests/support/fixture-texts';

interface Options {
  passes: number;
  limit?: number;
  set: string[];
}

const options = new Command()
  .name('bench-core')
  .option('--passes <n>', 'timed passes after the warm-up (the median is printed)', (value) => Number(value), 5)
  .option('--limit <n>', 'at most N texts per set (the first N in name order)', (value) => Number(value))
  .option(
    '--set <name=dir>',
    'a set of .txt files to time (repeatable); replaces the default sets',
    (value, all: string[]) => [...all, value],
    [],
  )
  .parse(process.argv.slice(2), { from: 'user' })
  .opts<Options>();

function textsBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !isUnseen(file))
    .sort();
}

const defaultSets = [
  ...(existsSync('.tmp/speed-syn/reports') ? ['synthetic=.tmp/speed-syn/reports'] : []),
  'real=corpus',
  'real=tests/fixtures/real-pages',
];

/** The sets by name, their texts decoded once: the clock measures the core, not the disk. */
const sets = new Map<string, string[]>();
for (const spec of options.set.length > 0 ? options.set : defaultSets) {
  const [name, folder] = spec.split('=', 2) as [string, string];
  const files = textsBelow(folder);
  const texts = sets.get(name) ?? [];
  texts.push(...files.map((file) => readFileSync(file, 'utf8')));
  sets.set(name, texts);
}

/** What the command line does per text (src/data/report-from-bytes.ts), with unrecognised texts extracted too. */
function readAll(texts: readonly string[]): number {
  let extractions = 0;
  for (const text of texts) {
    const view = normalizeForMatching(text);
    recogniseReport(text, view);
    extractions += extractReport(text, view).extractions.length;
  }
  return extractions;
}

for (const [name, all] of sets) {
  const texts = options.limit !== undefined ? all.slice(0, options.limit) : all;
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  readAll(texts);
  const cpuPasses: number[] = [];
  const wallPasses: number[] = [];
  for (let pass = 0; pass < options.passes; pass += 1) {
    const cpuStarted = threadCpuSeconds() ?? Number.NaN;
    const started = performance.now();
    readAll(texts);
    wallPasses.push(performance.now() - started);
    cpuPasses.push(((threadCpuSeconds() ?? Number.NaN) - cpuStarted) * 1000);
  }
  const cpu = median(cpuPasses) ?? Number.NaN;
  const wall = median(wallPasses) ?? Number.NaN;
  process.stdout.write(
    `${name.padEnd(10)} ${String(texts.length).padStart(5)} texts (${(characters / 1e6).toFixed(2)} M chars)  ` +
      `CPU ${(cpu / texts.length).toFixed(3)} ms/report ${Math.round((texts.length * 1000) / cpu)} reports/s  ` +
      `wall ${(wall / texts.length).toFixed(3)} ms/report  (median of ${options.passes}; CPU ms ${cpuPasses.map(Math.round).join(' ')})\n`,
  );
}

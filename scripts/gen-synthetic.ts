/**
 * `npm run gen:synthetic -- --jurisdictions N --years Y --out DIR [--seed S] [--levels county|town|all]`:
 * writes synthetic report texts to DIR/reports and their truth to DIR/truth.json. Synthetic data
 * is never part of the default data: write it outside corpus/.
 *
 * Reports are written as they are generated, and the truth file is streamed, so that a corpus of
 * a quarter of a million reports (`--jurisdictions 45000 --years 6 --levels all`) never sits in
 * memory whole.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { Command, InvalidArgumentError, Option } from 'commander';

import { LEVEL_CHOICES, type LevelChoice, synthesizeReports } from './synthetic/generate';

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return parsed;
}

const program = new Command()
  .name('gen:synthetic')
  .description('Generate synthetic rule-of-law reports (marked SYNTHETIC) with their true values.')
  .requiredOption('--jurisdictions <n>', 'how many places (all of a level when the tables hold fewer)', positiveInteger)
  .option('--years <n>', 'how many years per place', positiveInteger, 1)
  .option('--out <dir>', 'output folder', '.tmp/synthetic')
  .option('--seed <n>', 'random seed (same seed, same corpus)', positiveInteger, 20261123)
  .addOption(
    new Option('--levels <levels>', 'county-level places, townships, or every level with departments')
      .choices(LEVEL_CHOICES)
      .default('county'),
  )
  .exitOverride();

try {
  program.parse(process.argv.slice(2), { from: 'user' });
} catch {
  process.exit(2);
}
const options = program.opts<{ jurisdictions: number; years: number; out: string; seed: number; levels: LevelChoice }>();
if (path.resolve(options.out).startsWith(path.resolve('corpus'))) {
  process.stderr.write('gen:synthetic: refusing to write into corpus/ — synthetic data is never default data\n');
  process.exit(2);
}
const started = process.hrtime.bigint();
const reportsDir = path.join(options.out, 'reports');
await mkdir(reportsDir, { recursive: true });
const truthPath = path.join(options.out, 'truth.json');
const truth = createWriteStream(truthPath);
truth.write(`{"synthetic":true,"seed":${options.seed},"levels":${JSON.stringify(options.levels)},"reports":[`);
let count = 0;
let bytes = 0;
const places = new Set<string>();
for (const report of synthesizeReports(options)) {
  await writeFile(path.join(reportsDir, report.fileName), report.text);
  const entry = JSON.stringify({ file: `reports/${report.fileName}`, ...report.truth });
  // Wait for the stream to drain now and then, so the truth never queues up in memory.
  if (!truth.write(count === 0 ? entry : `,${entry}`)) await once(truth, 'drain');
  count += 1;
  bytes += Buffer.byteLength(report.text);
  places.add(report.truth.code);
}
truth.end(']}\n');
await once(truth, 'finish');
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(
  `${count} synthetic reports of ${places.size} places (${(bytes / 1024 / 1024).toFixed(1)} MB) written to ${reportsDir} in ${seconds.toFixed(1)} s; truth in ${truthPath}\n`,
);

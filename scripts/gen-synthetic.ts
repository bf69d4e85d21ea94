/**
 * `npm run gen:synthetic -- --jurisdictions N --years Y --out DIR [--seed S]`: writes synthetic
 * report texts to DIR/reports and their truth to DIR/truth.json. Synthetic data is never part of
 * the default data: write it outside corpus/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { generateSyntheticReports } from './synthetic/generate';

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return parsed;
}

const program = new Command()
  .name('gen:synthetic')
  .description('Generate synthetic rule-of-law reports (marked SYNTHETIC) with their true values.')
  .requiredOption('--jurisdictions <n>', 'how many county-level places', positiveInteger)
  .option('--years <n>', 'how many years per place', positiveInteger, 1)
  .option('--out <dir>', 'output folder', '.tmp/synthetic')
  .option('--seed <n>', 'random seed (same seed, same corpus)', positiveInteger, 20261123)
  .exitOverride();

try {
  program.parse(process.argv.slice(2), { from: 'user' });
} catch {
  process.exit(2);
}
const options = program.opts<{ jurisdictions: number; years: number; out: string; seed: number }>();
if (path.resolve(options.out).startsWith(path.resolve('corpus'))) {
  process.stderr.write('gen:synthetic: refusing to write into corpus/ — synthetic data is never default data\n');
  process.exit(2);
}
const reports = generateSyntheticReports(options);
const reportsDir = path.join(options.out, 'reports');
await mkdir(reportsDir, { recursive: true });
for (const report of reports) await writeFile(path.join(reportsDir, report.fileName), report.text);
await writeFile(
  path.join(options.out, 'truth.json'),
  `${JSON.stringify({ synthetic: true, seed: options.seed, reports: reports.map((report) => ({ file: `reports/${report.fileName}`, ...report.truth })) })}\n`,
);
const bytes = reports.reduce((sum, report) => sum + Buffer.byteLength(report.text), 0);
process.stdout.write(`${reports.length} synthetic reports (${(bytes / 1024 / 1024).toFixed(1)} MB) written to ${reportsDir}; truth in ${path.join(options.out, 'truth.json')}\n`);

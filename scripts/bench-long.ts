/**
 * `npm run bench:long [-- --mb 1]`: the extractor's time on worst-case texts of about N MB (one
 * paragraph of one sentence dense with numbers, per shape; see scripts/synthetic/worst-case.ts), by
 * stage. Prints figures, never pass/fail: the linear-time test asserts the bound.
 */
import { Command } from 'commander';

import { extractReport } from '../src/extract';
import { worstCaseReport, type WorstCaseShape } from './synthetic/worst-case';

const options = new Command()
  .name('bench:long')
  .option('--mb <n>', 'size of each text in millions of characters', (value) => Number(value), 1)
  .parse(process.argv.slice(2), { from: 'user' })
  .opts<{ mb: number }>();

const shapes: WorstCaseShape[] = ['change', 'chain', 'list', 'bracket', 'mixed'];
for (const shape of shapes) {
  const text = worstCaseReport(Math.round(options.mb * 1_000_000), shape);
  const started = performance.now();
  const report = extractReport(text);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${shape.padEnd(8)} ${(text.length / 1e6).toFixed(2)} M chars  ${seconds.toFixed(2)} s  ${report.extractions.length} extractions\n`,
  );
}

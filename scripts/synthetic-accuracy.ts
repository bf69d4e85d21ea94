/**
 * `npm run accuracy:synthetic -- --truth DIR/truth.json --data OUT`: scores a dataset extracted
 * from a synthetic corpus (`npm run extract -- DIR/reports --out OUT`) against the corpus's truth —
 * reports lost, places merged into one jurisdiction or split over several, each metadata field, and
 * values (precision, recall). Prints figures; exits 1 when a report is lost or places are merged.
 */
import { Command } from 'commander';

import { PLACE_FIELDS } from './synthetic/accuracy';
import { scoreDatasetFiles } from './synthetic/score-files';

const program = new Command()
  .name('accuracy:synthetic')
  .requiredOption('--truth <file>', 'truth.json written by gen:synthetic')
  .requiredOption('--data <dir>', 'the dataset folder extract wrote')
  .exitOverride();
try {
  program.parse(process.argv.slice(2), { from: 'user' });
} catch {
  process.exit(2);
}
const options = program.opts<{ truth: string; data: string }>();
// Read element by element: a national index is longer than a string may be (see score-files.ts).
const tally = await scoreDatasetFiles(options.truth, options.data);
const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(1, whole)).toFixed(2)}%`;
const { correct, wrong, missing } = tally.values;
const lines = [
  `reports      ${tally.reports} in the truth, ${tally.reports - tally.lost.length} written, ${tally.lost.length} lost`,
  `places       ${tally.places} true places under ${tally.jurisdictions} jurisdiction ids; ${tally.merged.length} ids merge places, ${tally.split.length} places split`,
  `metadata     ${percent(tally.metadataCorrect, tally.reports - tally.lost.length)} of written reports right in every field (${PLACE_FIELDS.join(', ')})`,
  `misses       ${PLACE_FIELDS.map((field) => `${field} ${tally.fieldMisses[field]}`).join(' · ')}`,
  `values       precision ${percent(correct, correct + wrong)} · recall ${percent(correct, correct + missing)} (${correct} right, ${wrong} wrong, ${missing} missing)`,
  ...tally.lost.slice(0, 5).map((file) => `lost         ${file}`),
  ...tally.merged.slice(0, 5).map((id) => `merged       ${id}`),
  ...tally.split.slice(0, 5).map((code) => `split        ${code}`),
  ...tally.examples.slice(0, 12).map((example) => `miss         ${example}`),
];
process.stdout.write(`${lines.join('\n')}\n`);
process.exit(tally.lost.length > 0 || tally.merged.length > 0 ? 1 : 0);

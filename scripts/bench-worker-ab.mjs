/**
 * `node scripts/bench-worker-ab.mjs BASE.mjs NEW.mjs FOLDER [ROUNDS] [LIMIT]`: two builds of an
 * extraction worker's whole path per report, as a national run calls it (`packDetail`):
 * src/cli/extract/process-file.ts's processFile (read, decode, core, SHA-256, contract files and
 * their validation, detail gzip, index entry JSON), then the outcome serialised as posting it to
 * the main thread does. The builds are alternated pass by pass in one process on the thread's CPU
 * clock (Linux): paired ratios of adjacent passes cancel the drift of a shared machine. The first
 * pass also checks that both builds give every file the same outcome (the detail member byte for
 * byte). Each build is a bundle of the worker path:
 *
 *   npx esbuild scripts/worker-entry.ts --bundle --platform=node --format=esm --packages=external --outfile=.tmp/worker-new.mjs
 *
 * run in each tree (`git archive` of the base into a folder with node_modules linked, for the base).
 * BASE and NEW may be the same bundle (with `node --cpu-prof`, a profile of one build). Prints figures only.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { serialize } from 'node:v8';

import { pairedPasses } from './paired-passes.mjs';

const [basePath, newPath, folder, roundsArgument, limitArgument] = process.argv.slice(2);
if (!basePath || !newPath || !folder) {
  process.stderr.write('usage: node scripts/bench-worker-ab.mjs BASE.mjs NEW.mjs FOLDER [ROUNDS] [LIMIT]\n');
  process.exit(2);
}
const base = await import(path.resolve(basePath));
const next = await import(path.resolve(newPath));
const rounds = Number(roundsArgument ?? 10);

const files = readdirSync(folder, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.join(entry.parentPath, entry.name))
  .sort()
  .slice(0, limitArgument ? Number(limitArgument) : undefined);
const tasks = files.map((file) => ({ file, sourceFile: path.relative(folder, file), keepUnrecognised: false, packDetail: true }));

/** Each file's outcome, serialised as the worker's postMessage does (the same serializer; a pack member is moved there, copied here). */
async function runAll(build) {
  const outcomes = [];
  for (const task of tasks) {
    const outcome = await build.processFile(task);
    serialize(outcome);
    outcomes.push(outcome);
  }
  return outcomes;
}

/**
 * An outcome with its entry cut to the fields a worker ships beside the entry's text (a build
 * from before 2026-12-07 shipped the whole entry); the text, `entryJson`, is compared whole.
 */
function comparable(outcome) {
  if (!('prepared' in outcome)) return outcome;
  const { id, year, sourceFile, detailPath } = outcome.prepared.entry;
  return { ...outcome, prepared: { ...outcome.prepared, entry: { id, year, sourceFile, detailPath } } };
}

// The same outcome from both builds for every file.
const [baseOutcomes, newOutcomes] = [await runAll(base), await runAll(next)];
let differing = 0;
for (let i = 0; i < tasks.length; i += 1) {
  if (!isDeepStrictEqual(comparable(baseOutcomes[i]), comparable(newOutcomes[i]))) {
    differing += 1;
    if (differing <= 3) process.stdout.write(`outcomes differ: ${tasks[i].sourceFile}\n`);
  }
}
process.stdout.write(`${tasks.length} files; ${differing} outcomes differ between the builds\n`);
process.stdout.write(`${await pairedPasses(base, next, runAll, rounds, tasks.length)}\n`);

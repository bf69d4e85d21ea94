/**
 * `node scripts/bench-worker-ab.mjs BASE.mjs NEW.mjs FOLDER [ROUNDS] [LIMIT]`: two builds of an
 * extraction worker's whole path per report (src/cli/extract/process-file.ts, processFile: read,
 * decode, core, SHA-256, contract files and their validation, detail gzip, index entry JSON), as a
 * national run calls it (`packDetail`), alternated pass by pass in one process on the thread's CPU
 * clock (Linux). Paired ratios of adjacent passes cancel the drift of a shared machine. The first
 * pass also checks that both builds give every file the same outcome (the detail member
 * byte for byte). Each build is a bundle of the worker path:
 *
 *   npx esbuild scripts/worker-entry.ts --bundle --platform=node --format=esm --packages=external --outfile=.tmp/worker-new.mjs
 *
 * run in each tree (`git archive` of the base into a folder with node_modules linked, for the base).
 * BASE and NEW may be the same bundle (with `node --cpu-prof`, a profile of one build). Prints figures only.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

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

async function runAll(build) {
  const outcomes = [];
  for (const task of tasks) outcomes.push(await build.processFile(task));
  return outcomes;
}

// The same outcome from both builds for every file.
const [baseOutcomes, newOutcomes] = [await runAll(base), await runAll(next)];
let differing = 0;
for (let i = 0; i < tasks.length; i += 1) {
  if (!isDeepStrictEqual(baseOutcomes[i], newOutcomes[i])) {
    differing += 1;
    if (differing <= 3) process.stdout.write(`outcomes differ: ${tasks[i].sourceFile}\n`);
  }
}
process.stdout.write(`${tasks.length} files; ${differing} outcomes differ between the builds\n`);
process.stdout.write(`${await pairedPasses(base, next, runAll, rounds, tasks.length)}\n`);

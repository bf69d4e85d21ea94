/**
 * `node scripts/bench-core-ab.mjs BASE.mjs NEW.mjs [ROUNDS]`: two builds of the extractor core
 * alternated pass by pass in one process, on the thread's CPU clock (Linux), synthetic
 * (.tmp/speed-syn/reports) and real texts (corpus/, tests/fixtures/real-pages, read eight times a
 * pass) apart. Paired ratios of adjacent passes cancel the drift of a shared machine, which makes
 * separate runs of scripts/bench-core.ts differ by ±15%. Each build is a bundle of the core:
 *
 *   npx esbuild scripts/core-entry.ts --bundle --platform=node --format=esm --packages=external --outfile=.tmp/core-new.mjs
 *
 * run in each tree (`git archive` of the base into a folder with node_modules linked, for the base).
 * Prints figures only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { pairedPasses } from './paired-passes.mjs';

const [basePath, newPath, roundsArgument] = process.argv.slice(2);
if (!basePath || !newPath) {
  process.stderr.write('usage: node scripts/bench-core-ab.mjs BASE.mjs NEW.mjs [ROUNDS]\n');
  process.exit(2);
}
const base = await import(path.resolve(basePath));
const next = await import(path.resolve(newPath));
const rounds = Number(roundsArgument ?? 10);

// The unseen holdout (tests/fixtures/real-pages/unseen.json) is never read while tuning.
const UNSEEN = JSON.parse(readFileSync('tests/fixtures/real-pages/unseen.json', 'utf8')).folders;

function textsBelow(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt') && !UNSEEN.includes(path.basename(entry.parentPath)))
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
}

const realTexts = [...textsBelow('corpus'), ...textsBelow('tests/fixtures/real-pages')];
const sets = { synthetic: textsBelow('.tmp/speed-syn/reports'), real: Array.from({ length: 8 }, () => realTexts).flat() };

function readAll(core, texts) {
  for (const text of texts) {
    const view = core.normalizeForMatching(text);
    core.recogniseReport(text, view);
    core.extractReport(text, view);
  }
}

for (const [name, texts] of Object.entries(sets)) {
  const figures = await pairedPasses(base, next, (core) => readAll(core, texts), rounds, texts.length);
  process.stdout.write(`${name}: ${texts.length} texts; ${figures}\n`);
}

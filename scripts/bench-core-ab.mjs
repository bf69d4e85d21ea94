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
 * `--per-text`: the builds alternate text by text instead (each text read by both back to back, the order
 * alternating), each read's CPU time summed per build (process.cpuUsage, µs); a round's ratio is then paired over
 * milliseconds, not seconds, and held within ±2% on the synthetic set at load 10–12, where passes drifted by ±15%.
 * Prints figures only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { pairedPasses } from './paired-passes.mjs';

const perText = process.argv.includes('--per-text');
const [basePath, newPath, roundsArgument] = process.argv.slice(2).filter((argument) => argument !== '--per-text');
if (!basePath || !newPath) {
  process.stderr.write('usage: node scripts/bench-core-ab.mjs BASE.mjs NEW.mjs [ROUNDS] [--per-text]\n');
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

const cpuMicroseconds = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** One line of figures: each round reads every text with both builds, back to back, in alternating order. */
function pairedTexts(texts) {
  for (const text of texts) for (const core of [base, next]) readAll(core, [text]);
  const baseMs = [];
  const newMs = [];
  for (let round = 0; round < rounds; round += 1) {
    const spent = new Map([
      [base, 0],
      [next, 0],
    ]);
    texts.forEach((text, index) => {
      for (const core of (index + round) % 2 === 0 ? [base, next] : [next, base]) {
        const started = cpuMicroseconds();
        readAll(core, [text]);
        spent.set(core, spent.get(core) + cpuMicroseconds() - started);
      }
    });
    baseMs.push(spent.get(base) / 1000);
    newMs.push(spent.get(next) / 1000);
  }
  const ratios = newMs.map((ms, index) => ms / baseMs[index]);
  return (
    `base ${(median(baseMs) / texts.length).toFixed(3)} ms/report, new ${(median(newMs) / texts.length).toFixed(3)} ms/report; ` +
    `median paired ratio ${median(ratios).toFixed(3)} (${ratios.map((ratio) => ratio.toFixed(3)).join(' ')}), text by text`
  );
}

for (const [name, texts] of Object.entries(sets)) {
  const figures = perText ? pairedTexts(texts) : await pairedPasses(base, next, (core) => readAll(core, texts), rounds, texts.length);
  process.stdout.write(`${name}: ${texts.length} texts; ${figures}\n`);
}

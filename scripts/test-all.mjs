#!/usr/bin/env node
// `npm test`: type-check, lint, unit and golden tests (vitest), then the browser tests
// (Playwright + Debian chromium). Ends with one plain line "N passed, N failed" counted from the
// runners' JSON reports, because CI reads that line and knows neither vitest nor Playwright.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reportDir = '.tmp/test-reports';
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function run(label, command, args, env = {}) {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok) failures.push(label);
  return ok;
}

function step(label, command, args) {
  // A check that is not a test runner counts as one test: it passes or it fails.
  if (run(label, command, args)) passed += 1;
  else failed += 1;
}

step('type-check (tsc --noEmit)', 'npx', ['tsc', '--noEmit', '-p', '.']);
step('lint (eslint, import boundaries)', 'npx', ['eslint', '.', '--max-warnings=0']);
step('format (prettier --check; `npm run format` fixes it)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);

// Extraction quality on the project's own labelled sets (hand-written values and places, the
// twenty page openings of the first corpus, the hand-written reports): the targets of issue 15.
// One step, so it counts as one test.
step('extraction quality, own fixtures (npm run eval)', 'npx', [
  'tsx',
  'scripts/eval.ts',
  'tests/fixtures/eval',
  'tests/fixtures/corpus-pages',
  'tests/fixtures/handwritten',
  '--min-metadata',
  '0.95',
  '--min-precision',
  '0.99',
  '--min-recall',
  '0.97',
]);

// Extraction quality on real report pages (issue 19): openings of real government pages from other
// places, levels, years and document kinds, labelled by hand (tests/fixtures/real-pages), held to
// the targets for real pages: metadata 95%, precision 99%, recall 92%. The unseen holdout
// (tests/fixtures/real-pages/unseen.json) is measured on its own and never gated: a gate over it
// would push whoever fails it to tune rules on the pages kept to measure how rules generalise.
const unseenHoldout = JSON.parse(readFileSync('tests/fixtures/real-pages/unseen.json', 'utf8')).folders.map(
  (folder) => `tests/fixtures/real-pages/${folder}`,
);
step('extraction quality, real pages (npm run eval)', 'npx', [
  'tsx',
  'scripts/eval.ts',
  'tests/fixtures/real-pages',
  '--min-metadata',
  '0.95',
  '--min-precision',
  '0.99',
  '--min-recall',
  '0.92',
  ...(unseenHoldout.length > 0 ? ['--exclude', ...unseenHoldout] : []),
]);
if (unseenHoldout.length > 0)
  step('extraction quality, unseen holdout (measured, not gated)', 'npx', ['tsx', 'scripts/eval.ts', ...unseenHoldout]);

const vitestJson = `${reportDir}/vitest.json`;
run('unit and golden tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
  skipped += report.numPendingTests + report.numTodoTests;
} else {
  failed += 1;
  failures.push('vitest wrote no report');
}

if (process.env.SKIP_E2E === '1') {
  process.stdout.write('\n(browser tests skipped: SKIP_E2E=1)\n');
} else if (existsSync('playwright.config.ts')) {
  const playwrightJson = `${reportDir}/playwright.json`;
  // Playwright's webServer builds the site and serves it; the data comes from the bundled reports.
  if (run('extract the bundled reports into public/data', 'npm', ['run', 'extract'])) {
    const ran = run('browser tests (Playwright + chromium)', 'npx', ['playwright', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
    });
    if (existsSync(playwrightJson)) {
      const stats = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats;
      passed += stats.expected + stats.flaky;
      // A run that failed with no test failing (its web server could not start, say) is one failure.
      failed += stats.unexpected + (!ran && stats.unexpected === 0 ? 1 : 0);
      skipped += stats.skipped;
    } else {
      failed += 1;
      failures.push('Playwright wrote no report');
    }
  } else {
    failed += 1;
  }
}

if (failures.length > 0) process.stdout.write(`\nFailed: ${failures.join('; ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failed > 0 ? 1 : 0);

/**
 * `npm run demo [-- --port N]`: the dashboard over a demo at scale — synthetic reports (marked
 * SYNTHETIC in their text, and said so on every view, image and download) for 300 real county-level
 * places over four years, so that comparisons have peers and trends have lines. The bundled five reports cannot show that. Generated and extracted once into
 * `.tmp/demo` (the same seed gives the same demo), then served like `npm run serve`.
 */

import { spawnSync } from 'node:child_process';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { main as serve } from './serve';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEMO = path.join(ROOT, '.tmp/demo');
const DATA = path.join(DEMO, 'data');
/** What the demo holds; changing it regenerates the demo (its folder is named after it). */
const DEMO_LOAD = { jurisdictions: 300, years: 4, seed: 20261206 } as const;

function run(script: string, args: readonly string[]): void {
  const loader = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs');
  const result = spawnSync(process.execPath, ['--import', `file://${loader}`, path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${script} exited ${result.status ?? result.signal}`);
}

const stamp = path.join(DEMO, `ready-${DEMO_LOAD.jurisdictions}x${DEMO_LOAD.years}-${DEMO_LOAD.seed}`);
if (
  !(await stat(stamp).then(
    () => true,
    () => false,
  ))
) {
  process.stdout.write(
    `generating the demo: synthetic reports for ${DEMO_LOAD.jurisdictions} places × ${DEMO_LOAD.years} years, then extracting them (once)…\n`,
  );
  const reports = path.join(DEMO, 'reports');
  run('gen-synthetic.ts', [
    '--jurisdictions',
    String(DEMO_LOAD.jurisdictions),
    '--years',
    String(DEMO_LOAD.years),
    '--seed',
    String(DEMO_LOAD.seed),
    '--out',
    reports,
  ]);
  run('extract.ts', [path.join(reports, 'reports'), '--out', DATA, '--force']);
  await writeFile(stamp, '');
}
process.exitCode = await serve([DATA, ...process.argv.slice(2)]);

/**
 * Builds the floor page (the same ECharts drawing 50 bars from inline data) that every dashboard
 * bench measures beside the app in the same run, so that each figure has its floor.
 */
import path from 'node:path';

import { build } from 'vite';

export async function buildFloorPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: path.resolve('scripts/bench-floor'),
    base: './',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

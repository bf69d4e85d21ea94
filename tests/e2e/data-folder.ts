import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { runProjectCommand } from './run-command';

/**
 * Answers the dashboard's data requests (`…/data/<path>`) from a folder on disk instead of
 * public/data: what `npm run serve -- DIR` does, without building the site again per folder.
 * A path that leaves the folder is a 404. `onRequest` sees each requested path first (and may delay it).
 */
export async function serveDataFolder(page: Page, folder: string, onRequest?: (relative: string) => Promise<void> | void): Promise<void> {
  await page.route(/\/data\/(.+)$/, async (route) => {
    const relative = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^.*?\/data\//, ''));
    const file = path.resolve(folder, relative);
    if (!file.startsWith(folder + path.sep)) return route.fulfill({ status: 404 });
    await onRequest?.(relative);
    try {
      await route.fulfill({ status: 200, contentType: 'application/json', body: await readFile(file) });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
}

/**
 * Generates synthetic reports and extracts them into `<work>/data`, as a user would run the two
 * commands, once per run: both viewports' projects share the folder (its name carries the port),
 * and a `ready` file marks it complete, so that a run stopped half-way starts over.
 */
export async function syntheticDataOnce(work: string, generate: readonly string[], extract: readonly string[] = []): Promise<void> {
  const ready = await stat(path.join(work, 'ready')).then(
    () => true,
    () => false,
  );
  if (ready) return;
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await runProjectCommand(work, 'gen-synthetic', [...generate, '--out', 'raw']);
  await runProjectCommand(work, 'extract', ['raw', '--out', 'data', '--jobs', '2', ...extract]);
  await writeFile(path.join(work, 'ready'), '');
}

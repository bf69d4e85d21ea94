/**
 * Writes a dataset so that readers never see half of it: everything goes to a fresh sibling
 * folder first, which then replaces the output folder by rename.
 */

import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../data/build-dataset';

export async function writeDatasetAtomically(outDir: string, dataset: Dataset): Promise<void> {
  const parent = path.dirname(outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = path.join(parent, `.${path.basename(outDir)}.staging-${stamp}`);
  const previous = path.join(parent, `.${path.basename(outDir)}.previous-${stamp}`);
  await mkdir(parent, { recursive: true });
  try {
    await mkdir(staging, { recursive: true });
    await writeFile(path.join(staging, 'index.json'), `${JSON.stringify(dataset.index)}\n`);
    for (const [detailPath, detail] of dataset.details) {
      const target = path.join(staging, ...detailPath.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, `${JSON.stringify(detail)}\n`);
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  let hadPrevious = true;
  try {
    await rename(outDir, previous);
  } catch {
    hadPrevious = false;
  }
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadPrevious) await rename(previous, outDir);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}

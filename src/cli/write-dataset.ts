/**
 * Writes a dataset so that readers never see half of it: everything goes to a fresh sibling
 * folder first, which then replaces the output folder by rename. Detail files are written as
 * reports arrive, so a national run never holds them all in memory.
 */

import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CATALOG_PATH, buildCompact, valuesPath } from '../data/compact';
import type { DetailFile, IndexFile } from '../data/schema';

export class StagedOutput {
  private readonly folders = new Set<string>();

  private constructor(
    private readonly outDir: string,
    private readonly staging: string,
  ) {}

  /** Creates the staging folder beside `outDir`. */
  static async open(outDir: string): Promise<StagedOutput> {
    const parent = path.dirname(outDir);
    const staging = path.join(parent, `.${path.basename(outDir)}.staging-${process.pid}-${Date.now()}`);
    await mkdir(staging, { recursive: true });
    return new StagedOutput(outDir, staging);
  }

  /** Writes one detail file, given as the object or already serialised. */
  async writeDetail(detailPath: string, detail: DetailFile | string): Promise<void> {
    await this.writeJson(detailPath, detail);
  }

  /** Writes any JSON file of the folder (`population.json`, `about.json`), given as the value or already serialised. */
  async writeJson(relativePath: string, value: unknown): Promise<void> {
    const target = path.join(this.staging, ...relativePath.split('/'));
    const folder = path.dirname(target);
    if (!this.folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.folders.add(folder);
    }
    await writeFile(target, `${typeof value === 'string' ? value : JSON.stringify(value)}\n`);
  }

  /**
   * Writes the index and, beside it, the compact layout the dashboard reads (src/data/compact.ts;
   * the contract's files are unchanged), then swaps the staging folder in for the output folder.
   */
  async commit(index: IndexFile): Promise<void> {
    await writeFile(path.join(this.staging, 'index.json'), `${JSON.stringify(index)}\n`);
    const compact = buildCompact(index);
    await mkdir(path.join(this.staging, ...valuesPath('x').split('/').slice(0, -1)), { recursive: true });
    await writeFile(path.join(this.staging, ...CATALOG_PATH.split('/')), `${JSON.stringify(compact.catalog)}\n`);
    for (const file of compact.values) {
      await writeFile(path.join(this.staging, ...valuesPath(file.indicator).split('/')), `${JSON.stringify(file)}\n`);
    }
    const previous = path.join(path.dirname(this.outDir), `.${path.basename(this.outDir)}.previous-${process.pid}-${Date.now()}`);
    let hadPrevious = true;
    try {
      await rename(this.outDir, previous);
    } catch {
      hadPrevious = false;
    }
    try {
      await rename(this.staging, this.outDir);
    } catch (error) {
      if (hadPrevious) await rename(previous, this.outDir);
      await this.abort();
      throw error;
    }
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }
}

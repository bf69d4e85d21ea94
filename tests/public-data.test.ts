/**
 * Issue 14: `public/data` is committed, and it is never stale. This extracts the bundled corpus
 * afresh, exactly as `npm run extract` does from the repository's root, and compares every file
 * byte for byte with the committed folder, naming the first that differs.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { runExtract } from '../src/cli/extract/extract';

const ROOT = path.resolve(new URL('..', import.meta.url).pathname);
const FRESH = `.tmp/public-data-check-${process.pid}`;

async function filesOf(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

afterAll(async () => {
  await rm(path.join(ROOT, FRESH), { recursive: true, force: true });
  await rm(path.join(ROOT, '.tmp', `.${path.basename(FRESH)}.lock`), { force: true });
});

describe('public/data', { timeout: 120_000 }, () => {
  it('is what extracting corpus/ gives today, byte for byte (run `npm run extract` and commit when this fails)', async () => {
    // Every byte, about.json's included: nothing in the folder depends on when or where it was made.
    const summary = await runExtract({ inputs: ['corpus'], out: FRESH, cwd: ROOT, print: () => undefined, progress: false });
    expect(summary).toMatchObject({ exitCode: 0, written: 5 });
    const fresh = await filesOf(path.join(ROOT, FRESH));
    const committed = await filesOf(path.join(ROOT, 'public/data'));
    expect(fresh).toContain('index.json');
    expect(fresh).toContain('dataset.json');
    expect(fresh.filter((file) => file.startsWith('reports/'))).toHaveLength(5);
    expect(committed, 'the files of public/data').toEqual(fresh);
    for (const file of fresh) {
      const [now, then] = await Promise.all([readFile(path.join(ROOT, FRESH, file)), readFile(path.join(ROOT, 'public/data', file))]);
      expect(now.equals(then), `public/data/${file} is stale: run \`npm run extract\` and commit public/data`).toBe(true);
    }
  });
});

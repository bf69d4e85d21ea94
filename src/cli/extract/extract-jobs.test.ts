import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { generateSyntheticReports } from '../../../scripts/synthetic/generate';
import { runExtract } from './extract';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fazhi-jobs-'));
  await mkdir(path.join(work, 'in'));
  const reports = generateSyntheticReports({ jurisdictions: 20, years: 2, seed: 11 });
  for (const report of reports) await writeFile(path.join(work, 'in', report.fileName), report.text);
  // A copy of one report under another name: the pool must make the same choice as one thread.
  await writeFile(path.join(work, 'in', `zz-copy-${reports[0]!.fileName}`), reports[0]!.text);
  await writeFile(path.join(work, 'in', 'empty.txt'), '');
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function snapshot(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return Object.fromEntries(
    await Promise.all(files.map(async (file) => [path.relative(folder, file), await readFile(file, 'utf8')] as const)),
  );
}

describe('extract with worker threads', () => {
  it('writes exactly what one thread writes, lines included', async () => {
    const single: string[] = [];
    const pooled: string[] = [];
    const one = await runExtract({ inputs: ['in'], out: 'one', cwd: work, print: (line) => single.push(line), progress: false, jobs: 1 });
    const two = await runExtract({ inputs: ['in'], out: 'two', cwd: work, print: (line) => pooled.push(line), progress: false, jobs: 2 });
    expect(two).toEqual(one);
    expect(one).toMatchObject({ exitCode: 1, failed: 1 });
    expect(pooled.map((line) => line.replace(/\bto two\b/, 'to one'))).toEqual(single);
    expect(single.some((line) => line.startsWith('warn  in/zz-copy-'))).toBe(true);
    const [a, b] = await Promise.all([snapshot(path.join(work, 'one')), snapshot(path.join(work, 'two'))]);
    expect(Object.keys(a).length).toBeGreaterThan(30);
    expect(b).toEqual(a);
  }, 60_000);
});

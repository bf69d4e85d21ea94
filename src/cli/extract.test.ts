import { mkdtemp, mkdir, readFile, readdir, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDetailFile, parseIndexFile } from '../data/schema';
import { main, runExtract } from './extract';

let work: string;
let lines: string[];

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fazhi-extract-'));
  lines = [];
  await cp(new URL('../../corpus/', import.meta.url), path.join(work, 'corpus'), { recursive: true });
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

function run(inputs: string[], out = 'public/data') {
  return runExtract({ inputs, out, cwd: work, print: (line) => lines.push(line), progress: false });
}

describe('extract command', () => {
  it('turns the bundled reports into a valid index and detail files', async () => {
    const summary = await run(['corpus']);
    expect(summary).toMatchObject({ exitCode: 0, written: 5, failed: 0 });
    const index = parseIndexFile(JSON.parse(await readFile(path.join(work, 'public/data/index.json'), 'utf8')));
    expect(index.reports.map((report) => report.sourceFile).sort()).toEqual(
      (await readdir(path.join(work, 'corpus'))).map((name) => `corpus/${name}`).sort(),
    );
    for (const report of index.reports) {
      const detail = parseDetailFile(JSON.parse(await readFile(path.join(work, 'public/data', report.detailPath), 'utf8')));
      expect(detail.reportId).toBe(report.id);
      for (const value of Object.values(report.values)) {
        expect(detail.extractions.some((extraction) => extraction.id === value.extractionId)).toBe(true);
      }
    }
    expect(lines.filter((line) => line.startsWith('ok'))).toHaveLength(5);
    expect(lines.at(-1)).toMatch(/^5 reports written to public\/data · 0 could not be read/);
  });

  it('says which input is bad, still writes the good ones and exits 1', async () => {
    await writeFile(path.join(work, 'corpus', 'empty.txt'), '');
    await writeFile(path.join(work, 'corpus', 'binary.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x00, 0xc3]));
    const summary = await run(['corpus', 'missing-folder']);
    expect(summary.exitCode).toBe(1);
    expect(summary.written).toBe(5);
    expect(lines).toContain('error corpus/empty.txt: is empty');
    expect(lines.some((line) => line.startsWith('error corpus/binary.txt: is not UTF-8 text'))).toBe(true);
    expect(lines).toContain('error missing-folder: no such file or folder');
  });

  it('replaces the output folder whole: nothing of an earlier run survives', async () => {
    await mkdir(path.join(work, 'public/data/reports/stale'), { recursive: true });
    await writeFile(path.join(work, 'public/data/reports/stale/2000.json'), '{}');
    await run(['corpus/004_497932fb36e948c2.txt']);
    const index = parseIndexFile(JSON.parse(await readFile(path.join(work, 'public/data/index.json'), 'utf8')));
    expect(index.reports).toHaveLength(1);
    await expect(readFile(path.join(work, 'public/data/reports/stale/2000.json'))).rejects.toThrow();
    expect((await readdir(path.join(work, 'public'))).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('keeps one of two copies of the same report, deterministically, and says so', async () => {
    await cp(path.join(work, 'corpus/003_0d3d22b9ea099724.txt'), path.join(work, 'corpus/zz_copy.txt'));
    await run(['corpus']);
    expect(lines).toContain('warn  corpus/zz_copy.txt: same report as corpus/003_0d3d22b9ea099724.txt (370829-2023); kept corpus/003_0d3d22b9ea099724.txt');
  });

  it('exits 2 on an unknown option', async () => {
    expect(await main(['--no-such-option'])).toBe(2);
  });
});

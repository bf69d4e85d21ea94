/**
 * Issue 9: one file's failure is that file's `error` line only. Files are read in worker threads
 * with a time budget and a memory limit; a file past either gets one line, its worker is replaced,
 * and the other files of the run are written.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { beforeEach, describe, expect, it } from 'vitest';

import { docxBomb, pdfBomb } from '../../../tests/fixtures/ingest/bombs';
import { tempFolderPerTest } from '../../../tests/fixtures/temp-folder';
import { parseIndexFile } from '../../data/schema';
import { runExtract } from './extract';

const ROOT = path.resolve(new URL('../../..', import.meta.url).pathname);
const work = tempFolderPerTest('fazhi-limits-');
let lines: string[];

beforeEach(async () => {
  lines = [];
  await mkdir(path.join(work(), 'in'));
  await cp(path.join(ROOT, 'corpus/001_3803b543c87d1562.txt'), path.join(work(), 'in/a-good.txt'));
  await cp(path.join(ROOT, 'corpus/003_0d3d22b9ea099724.txt'), path.join(work(), 'in/z-good.txt'));
});

async function written(): Promise<string[]> {
  const index = parseIndexFile(JSON.parse(await readFile(path.join(work(), 'data/index.json'), 'utf8')));
  return index.reports.map((report) => report.sourceFile).sort();
}

describe('per-file limits', { timeout: 120_000 }, () => {
  it('stops a file past its time budget with one line, and writes the others', async () => {
    // 32 MB of drawing operators in one content stream (within the inflate budget): pdf.js needs
    // several seconds for it, the text files a few milliseconds each.
    await writeFile(path.join(work(), 'in/m-slow.pdf'), pdfBomb(32 * 1024 * 1024));
    const summary = await runExtract({
      inputs: ['in'],
      out: 'data',
      cwd: work(),
      print: (line) => lines.push(line),
      progress: false,
      limits: { fileTimeoutMs: 1500 },
    });
    expect(summary).toMatchObject({ exitCode: 1, failed: 1, written: 2 });
    expect(lines).toContain(
      'error in/m-slow.pdf: took longer than 1.5 s to read and was stopped (a report takes under a second; --file-timeout raises the limit)',
    );
    expect(await written()).toEqual(['in/a-good.txt', 'in/z-good.txt']);
  });

  it("counts the process's resident memory, buffers outside the heap included, and stops the file being read past it", async () => {
    // Any process is over 1 MB: the slow file, read for seconds, is stopped by the watch, not by time.
    await mkdir(path.join(work(), 'slow'));
    await writeFile(path.join(work(), 'slow/m-slow.pdf'), pdfBomb(32 * 1024 * 1024));
    const summary = await runExtract({
      inputs: ['slow'],
      out: 'data',
      cwd: work(),
      print: (line) => lines.push(line),
      progress: false,
      limits: { maxResidentMb: 1 },
    });
    expect(summary).toMatchObject({ exitCode: 1, failed: 1 });
    expect(lines).toContain(
      'error slow/m-slow.pdf: needed more than 1 MB of memory while being read and was stopped (a decompression bomb?); refused',
    );
  });

  it("refuses a file that exhausts its worker's memory with one line, and writes the others", async () => {
    // 4 MB of document XML: mammoth needs a few hundred megabytes for it, over the 64 MB limit set here.
    await writeFile(path.join(work(), 'in/m-heavy.docx'), docxBomb(4 * 1024 * 1024));
    const summary = await runExtract({
      inputs: ['in'],
      out: 'data',
      cwd: work(),
      print: (line) => lines.push(line),
      progress: false,
      limits: { maxMemoryMb: 64 },
    });
    expect(summary).toMatchObject({ exitCode: 1, failed: 1, written: 2 });
    expect(lines).toContain('error in/m-heavy.docx: needs more than 64 MB of memory to read; refused (a report needs a few MB)');
    expect(await written()).toEqual(['in/a-good.txt', 'in/z-good.txt']);
  });

  it("does not count this thread's own heap (the index a national run holds) as a file's memory", async () => {
    const MB = 1024 * 1024;
    // Ballast in this thread's heap, as the reports a national run keeps: hundreds of megabytes.
    const ballast = Array.from({ length: 6_000_000 }, (_, i) => ({ i, name: `place-${i}` }));
    const { rss, heapTotal } = process.memoryUsage();
    // Room for a worker reading two small text files, far less than the ballast.
    const limit = Math.ceil((rss - heapTotal) / MB + 400);
    expect(rss / MB).toBeGreaterThan(limit + 100);
    const summary = await runExtract({
      inputs: ['in'],
      out: 'data',
      cwd: work(),
      print: (line) => lines.push(line),
      progress: false,
      limits: { maxResidentMb: limit },
    });
    expect(summary).toMatchObject({ exitCode: 0, failed: 0, written: 2 });
    expect(ballast.length).toBe(6_000_000);
  });
});

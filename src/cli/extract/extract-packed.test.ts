/**
 * `npm run extract -- --details packed` on the bundled reports, in a scratch folder: every index
 * entry points at a pack member that decompresses to exactly the loose run's detail file, the
 * compact catalogue says the same, and a better copy of a report is the member its entry points at.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { beforeEach, describe, expect, it } from 'vitest';

import { encodeGb18030, paragraphsOf, reportPage } from '../../../tests/fixtures/ingest/builders';
import { copyCorpus, tempFolderPerTest } from '../../../tests/fixtures/temp-folder';
import { CATALOG_PATH, expandCatalog } from '../../data/compact';
import { parseCompactCatalog, parseIndexFile } from '../../data/schema';
import { type ExtractOptions, main, runExtract } from './extract';
import { readDetail, readDetailText } from './read-detail';

const work = tempFolderPerTest('fazhi-extract-packed-', copyCorpus);
let lines: string[];

beforeEach(() => {
  lines = [];
});

function run(inputs: string[], out: string, details: ExtractOptions['details']) {
  return runExtract({ inputs, out, cwd: work(), print: (line) => lines.push(line), progress: false, details });
}

async function readIndex(out: string) {
  return parseIndexFile(JSON.parse(await readFile(path.join(work(), out, 'index.json'), 'utf8')));
}

// Every run reads its files in a worker thread, which takes a second or more to start on a busy machine.
describe('extract --details packed', { timeout: 60_000 }, () => {
  it("packs every detail; each entry's member decompresses to its own report, byte for byte the loose file", async () => {
    expect(await run(['corpus'], 'packed', 'packed')).toMatchObject({ exitCode: 0, written: 5 });
    expect(lines.at(-1)).toMatch(/^5 reports written to packed \(details in 5 packs\) · 0 could not be read/);
    expect(await run(['corpus'], 'loose', 'loose')).toMatchObject({ exitCode: 0, written: 5 });
    expect(lines.at(-1)).toMatch(/^5 reports written to loose · 0 could not be read/);
    const packed = await readIndex('packed');
    const loose = await readIndex('loose');
    expect(packed.reports).toHaveLength(5);
    for (const report of packed.reports) {
      expect(report.detailPack?.path).toMatch(/^details\/[\w.-]+\.pack$/);
      const detail = await readDetail(path.join(work(), 'packed'), report);
      expect(detail.reportId).toBe(report.id);
      expect(await readDetailText(path.join(work(), 'packed'), report)).toBe(
        await readFile(path.join(work(), 'loose', report.detailPath), 'utf8'),
      );
    }
    // The packed index is the loose one plus where each member is; no loose detail file is written.
    expect(packed.reports.map(({ detailPack: _pack, ...rest }) => rest)).toEqual(loose.reports);
    expect(loose.reports.every((report) => report.detailPack === undefined)).toBe(true);
    expect((await readdir(path.join(work(), 'packed'))).sort()).not.toContain('reports');
    expect(await readdir(path.join(work(), 'packed', 'details'))).toEqual(
      expect.arrayContaining(['43-4301-2020.pack', '37-3708-2023.pack']),
    );

    const catalog = parseCompactCatalog(JSON.parse(await readFile(path.join(work(), 'packed', CATALOG_PATH), 'utf8')));
    expect(expandCatalog(catalog).reports.map((report) => report.detailPack)).toEqual(packed.reports.map((report) => report.detailPack));
  });

  it('points a report at the better copy, appended after the worse one, whatever the order of the inputs', async () => {
    const furong = await readFile(path.join(work(), 'corpus', '001_3803b543c87d1562.txt'), 'utf8');
    await mkdir(path.join(work(), 'dup'), { recursive: true });
    await writeFile(path.join(work(), 'dup', 'b.txt'), encodeGb18030(furong));
    await writeFile(path.join(work(), 'dup', 'a.html'), reportPage(paragraphsOf(furong)));
    for (const inputs of [
      ['dup/a.html', 'dup/b.txt'],
      ['dup/b.txt', 'dup/a.html'],
    ]) {
      await run(inputs, 'packed', 'packed');
      const [report] = (await readIndex('packed')).reports;
      expect(report!.sourceFile).toBe('dup/a.html');
      const detail = await readDetail(path.join(work(), 'packed'), report!);
      expect(detail.reportId).toBe('430102-2020');
      // One worker reads the inputs in order: a worse copy read first was appended, and stays in
      // the pack as bytes no entry points at; read second, it was never appended.
      const { offset, length, path: packPath } = report!.detailPack!;
      expect(offset > 0).toBe(inputs[0] === 'dup/b.txt');
      expect((await stat(path.join(work(), 'packed', packPath))).size).toBe(offset + length);
    }
  });

  it('keeps the loose layout for a small run under auto, and takes --details from the command line', async () => {
    await run(['corpus'], 'auto', 'auto');
    expect((await readIndex('auto')).reports.every((report) => report.detailPack === undefined)).toBe(true);
    const cwd = process.cwd();
    process.chdir(work());
    try {
      expect(await main(['corpus', '--out', 'cli', '--details', 'packed', '--jobs', '1'])).toBe(0);
      expect(await main(['corpus', '--out', 'cli', '--details', 'zipped'])).toBe(2);
    } finally {
      process.chdir(cwd);
    }
    expect((await readIndex('cli')).reports.every((report) => report.detailPack !== undefined)).toBe(true);
  });

  it("replaces a packed dataset it wrote, but not one with a file of the user's among its packs", async () => {
    await run(['corpus'], 'packed', 'packed');
    await writeFile(path.join(work(), 'packed', 'details', 'notes.txt'), 'mine');
    await expect(run(['corpus'], 'packed', 'packed')).rejects.toThrow(
      '--out packed holds details/notes.txt, which this command did not write',
    );
    await rm(path.join(work(), 'packed', 'details', 'notes.txt'));
    expect(await run(['corpus'], 'packed', 'loose')).toMatchObject({ exitCode: 0, written: 5 });
    expect(await readdir(path.join(work(), 'packed'))).not.toContain('details');
  });
});

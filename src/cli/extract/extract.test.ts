import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, open, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

import { parquetReadObjects } from 'hyparquet';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { encodeGb18030, encodeUtf16, makeDocx, paragraphsOf, reportPage } from '../../../tests/fixtures/ingest/builders';
import { copyCorpus, tempFolderPerTest } from '../../../tests/fixtures/temp-folder';
import { CATALOG_PATH, expandCompact, valuesPath, withoutTextFingerprints } from '../../data/compact';
import {
  DOWNLOADS_INDEX_PATH,
  downloadsIndexSchema,
  parseCompactCatalog,
  parseCompactValues,
  parseDetailFile,
  parseIndexFile,
} from '../../data/schema';
import { main, runExtract } from './extract';

const FIXTURES = new URL('../../../tests/fixtures/ingest/', import.meta.url);

const work = tempFolderPerTest('fazhi-extract-', copyCorpus);
let lines: string[];

beforeEach(async () => {
  lines = [];
});

function run(inputs: string[], out = 'public/data', keepUnrecognised = false) {
  return runExtract({ inputs, out, cwd: work(), print: (line) => lines.push(line), progress: false, keepUnrecognised });
}

async function corpusText(file: string): Promise<string> {
  return readFile(path.join(work(), 'corpus', file), 'utf8');
}

async function put(name: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(path.join(work(), name)), { recursive: true });
  await writeFile(path.join(work(), name), bytes);
}

async function readIndex() {
  return parseIndexFile(JSON.parse(await readFile(path.join(work(), 'public/data/index.json'), 'utf8')));
}

// Every run reads its files in a worker thread, which takes a second or more to start on a busy machine.
describe('extract command', { timeout: 60_000 }, () => {
  it('turns the bundled reports into a valid index and detail files', async () => {
    const summary = await run(['corpus']);
    expect(summary).toMatchObject({ exitCode: 0, written: 5, failed: 0 });
    const index = parseIndexFile(JSON.parse(await readFile(path.join(work(), 'public/data/index.json'), 'utf8')));
    expect(index.reports.map((report) => report.sourceFile).sort()).toEqual(
      // The reports, not their labels beside them (<report>.gold.json).
      (await readdir(path.join(work(), 'corpus')))
        .filter((name) => name.endsWith('.txt'))
        .map((name) => `corpus/${name}`)
        .sort(),
    );
    for (const report of index.reports) {
      const detail = parseDetailFile(JSON.parse(await readFile(path.join(work(), 'public/data', report.detailPath), 'utf8')));
      expect(detail.reportId).toBe(report.id);
      for (const value of Object.values(report.values)) {
        expect(detail.extractions.some((extraction) => extraction.id === value.extractionId)).toBe(true);
      }
    }
    expect(lines.filter((line) => line.startsWith('ok'))).toHaveLength(5);
    expect(lines.at(-1)).toBe(
      '5 reports written to public/data · 0 could not be read · 0 flagged (no place or year, a duplicate, or kept unrecognised) · 0 skipped (not a rule-of-law report)',
    );
  });

  it('writes the compact layout beside the index, expanding to exactly the index (text fingerprints aside)', async () => {
    await run(['corpus']);
    const index = await readIndex();
    expect(index.reports.every((report) => /^[0-9a-f]{64}$/.test(report.textSha256 ?? ''))).toBe(true);
    const dataDir = path.join(work(), 'public/data');
    const catalog = parseCompactCatalog(JSON.parse(await readFile(path.join(dataDir, CATALOG_PATH), 'utf8')));
    const values = await Promise.all(
      index.indicators.map(async (indicator) =>
        parseCompactValues(JSON.parse(await readFile(path.join(dataDir, valuesPath(indicator.id)), 'utf8'))),
      ),
    );
    expect(expandCompact({ catalog, values })).toEqual(withoutTextFingerprints(index));
  });

  it("writes every value to the downloads, per level group, each quote the report's own words at its offsets", async () => {
    await run(['corpus']);
    const index = await readIndex();
    const dataDir = path.join(work(), 'public/data');
    const downloads = downloadsIndexSchema.parse(JSON.parse(await readFile(path.join(dataDir, DOWNLOADS_INDEX_PATH), 'utf8')));
    const valueCount = index.reports.reduce((sum, report) => sum + Object.keys(report.values).length, 0);
    expect(downloads.rows).toBe(valueCount);
    expect(downloads.groups.map((entry) => entry.group)).toEqual(['county', 'town']);
    const rows = [];
    for (const entry of downloads.groups) {
      const bytes = await readFile(path.join(dataDir, entry.parquet.path));
      const fromParquet = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
      const csv = Papa.parse<Record<string, string>>(
        gunzipSync(await readFile(path.join(dataDir, entry.csv.path)))
          .toString('utf8')
          .replace(/^\uFEFF/, ''),
        { header: true, skipEmptyLines: true },
      );
      expect(csv.data.map((row) => [row.report_id, row.extraction_id, row.value])).toEqual(
        fromParquet.map((row) => [row.report_id, row.extraction_id, String(row.value)]),
      );
      rows.push(...fromParquet);
    }
    expect(rows).toHaveLength(valueCount);
    expect(rows.filter((row) => row.quote_status === 'quoted').length).toBeGreaterThan(30);
    for (const row of rows) {
      const report = index.reports.find((entry) => entry.id === row.report_id)!;
      expect(report.values[row.indicator_id as string]).toMatchObject({ value: row.value, extractionId: row.extraction_id });
      if (row.quote_status !== 'quoted') continue;
      const detail = parseDetailFile(JSON.parse(await readFile(path.join(dataDir, report.detailPath), 'utf8')));
      const extraction = detail.extractions.find((candidate) => candidate.id === row.extraction_id)!;
      const paragraph = detail.paragraphs.find((candidate) => candidate.id === extraction.paragraphId)!;
      expect(paragraph.text.slice(extraction.start!, extraction.end!)).toBe(row.quote);
      expect(await readFile(path.join(work(), report.sourceFile), 'utf8')).toContain(row.quote);
    }
    // The spill of quotes is gone: the folder holds only what the command means to publish.
    expect((await readdir(dataDir)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('says which input is bad, still writes the good ones and exits 1', async () => {
    await writeFile(path.join(work(), 'corpus', 'empty.txt'), '');
    await writeFile(path.join(work(), 'corpus', 'binary.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x00, 0xc3]));
    const summary = await run(['corpus', 'missing-folder']);
    expect(summary.exitCode).toBe(1);
    expect(summary.written).toBe(5);
    expect(lines).toContain('error corpus/empty.txt: is empty');
    expect(lines.some((line) => line.startsWith('error corpus/binary.txt: is not text in a supported encoding'))).toBe(true);
    expect(lines).toContain('error missing-folder: no such file or folder');
  });

  it('replaces the output folder whole: nothing of an earlier run survives', async () => {
    await run(['corpus']);
    await mkdir(path.join(work(), 'public/data/reports/stale'), { recursive: true });
    await writeFile(path.join(work(), 'public/data/reports/stale/2000.json'), '{}');
    await run(['corpus/004_497932fb36e948c2.txt']);
    const index = parseIndexFile(JSON.parse(await readFile(path.join(work(), 'public/data/index.json'), 'utf8')));
    expect(index.reports).toHaveLength(1);
    await expect(readFile(path.join(work(), 'public/data/reports/stale/2000.json'))).rejects.toThrow();
    expect((await readdir(path.join(work(), 'public'))).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('keeps one of two copies of the same report, deterministically, and says so', async () => {
    await cp(path.join(work(), 'corpus/003_0d3d22b9ea099724.txt'), path.join(work(), 'corpus/zz_copy.txt'));
    await run(['corpus']);
    expect(lines).toContain(
      'warn  corpus/zz_copy.txt: same report as corpus/003_0d3d22b9ea099724.txt (370829-2023); kept corpus/003_0d3d22b9ea099724.txt',
    );
  });

  it('exits 2 on an unknown option', async () => {
    expect(await main(['--no-such-option'])).toBe(2);
  });

  it('reads every format and encoding in one folder and says how it read each', async () => {
    await put('inbox/a-gbk.txt', encodeGb18030(await corpusText('000_c25541d65344bf67.txt')));
    await put('inbox/b.html', encodeGb18030(reportPage(paragraphsOf(await corpusText('002_12849fcba5aa186c.txt')), { charset: 'gbk' })));
    await put('inbox/c.docx', makeDocx(paragraphsOf(await corpusText('003_0d3d22b9ea099724.txt'))));
    await put('inbox/d.pdf', await readFile(new URL('report-001.pdf', FIXTURES)));
    await put('inbox/e-utf16.txt', encodeUtf16(await corpusText('004_497932fb36e948c2.txt'), 'le', true));
    await put('inbox/picture.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const summary = await run(['inbox']);
    expect(summary).toMatchObject({ exitCode: 0, written: 5, failed: 0, skipped: 0 });
    expect(lines.slice(0, 5)).toEqual([
      expect.stringMatching(/^ok {4}inbox\/a-gbk\.txt \(txt, gb18030\): 淄博高新区 2022 · 淄博高新区群众工作部 · \d+ values/),
      expect.stringMatching(/^ok {4}inbox\/b\.html \(html, gb18030\): 高陵区 2024 · \d+ values/),
      expect.stringMatching(/^ok {4}inbox\/c\.docx \(docx\): 嘉祥县 2023 · \d+ values/),
      expect.stringMatching(/^ok {4}inbox\/d\.pdf \(pdf, 4 pages\): 芙蓉区 2020 · \d+ values/),
      expect.stringMatching(/^ok {4}inbox\/e-utf16\.txt \(txt, utf-16le, BOM\): 桃林镇 2022 · \d+ values/),
    ]);
    expect((await readIndex()).reports.map((report) => report.sourceFile).sort()).toEqual([
      'inbox/a-gbk.txt',
      'inbox/b.html',
      'inbox/c.docx',
      'inbox/d.pdf',
      'inbox/e-utf16.txt',
    ]);
  }, 30_000);

  it('gives every bad input one line, writes the good ones, and exits 1', async () => {
    await mkdir(path.join(work(), 'bad'));
    await put('bad/good.txt', await corpusText('001_3803b543c87d1562.txt'));
    await put('bad/empty.txt', '');
    await put(
      'bad/binary.txt',
      Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256),
    );
    const docx = makeDocx(paragraphsOf(await corpusText('003_0d3d22b9ea099724.txt')));
    await put('bad/truncated.docx', docx.subarray(0, docx.length >> 1));
    const pdf = await readFile(new URL('report-001.pdf', FIXTURES));
    await put('bad/truncated.pdf', pdf.subarray(0, pdf.length >> 1));
    await put('bad/old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    // 50 MB, sparse: only the last byte is written, so the test costs nothing and proves nothing is read.
    const huge = await open(path.join(work(), 'bad/huge.txt'), 'w');
    await huge.write(new Uint8Array([0x41]), 0, 1, 50 * 1024 * 1024 - 1);
    await huge.close();
    await symlink(path.join(work(), 'nowhere.txt'), path.join(work(), 'bad/broken-link.txt'));
    const summary = await run(['bad', 'missing.txt']);
    expect(summary).toMatchObject({ exitCode: 1, written: 1, failed: 8 });
    expect(lines).toEqual([
      'error missing.txt: no such file or folder',
      'error bad/binary.txt: is not text in a supported encoding (UTF-8, UTF-16 or GB18030): binary, damaged or another encoding',
      'error bad/broken-link.txt: no such file or folder (or a broken link)',
      'error bad/empty.txt: is empty',
      expect.stringMatching(/^ok {4}bad\/good\.txt \(txt, utf-8\): 芙蓉区 2020 · \d+ values/),
      'error bad/huge.txt: is 50.0 MB; files over 20.0 MB are refused unread (a report is well under 1 MB)',
      'error bad/old.doc: is a Word 97–2003 (.doc) or other legacy Office file; save it as .docx or PDF',
      'error bad/truncated.docx: is a damaged .docx: the zip archive is cut short or corrupt',
      'error bad/truncated.pdf: is a damaged PDF: it is cut short (no end-of-file marker)',
      '1 reports written to public/data · 8 could not be read · 0 flagged (no place or year, a duplicate, or kept unrecognised) · 0 skipped (not a rule-of-law report)',
    ]);
    expect(lines.join('\n')).not.toMatch(/\n\s+at /);
  });

  // Root reads anything: as root (CI runs as root) the command runs without the capabilities that
  // let root ignore permissions (util-linux's setpriv drops them), so that the file's permissions
  // decide, as for a user at their desk.
  it('says a file it may not read cannot be read', async () => {
    await put('locked/report.txt', await corpusText('001_3803b543c87d1562.txt'));
    await put('open/report.txt', await corpusText('004_497932fb36e948c2.txt'));
    await chmod(path.join(work(), 'locked/report.txt'), 0o000);
    if (process.getuid?.() !== 0) {
      expect(await run(['locked', 'open'])).toMatchObject({ exitCode: 1, failed: 1, written: 1 });
      expect(lines[0]).toBe('error locked/report.txt: cannot be read (permission denied)');
      return;
    }
    const loader = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;
    const withoutOverride = ['--bounding-set=-dac_override,-dac_read_search', '--inh-caps=-dac_override,-dac_read_search'];
    const child = spawnSync(
      'setpriv',
      [
        ...withoutOverride,
        process.execPath,
        '--import',
        loader,
        path.resolve('scripts/extract.ts'),
        'locked',
        'open',
        '--out',
        'out',
        '--jobs',
        '1',
      ],
      {
        cwd: work(),
        encoding: 'utf8',
      },
    );
    expect(child.error).toBeUndefined();
    expect(child.stderr).toBe('');
    expect(child.stdout.split('\n')[0]).toBe('error locked/report.txt: cannot be read (permission denied)');
    expect(child.stdout).toMatch(/^ok {4}open\/report\.txt/m);
    expect(child.status).toBe(1);
  });

  it('skips a text that is not a rule-of-law report, and keeps it, flagged, when asked', async () => {
    await put(
      'news/news.html',
      `<html><head><meta charset="utf-8"></head><body><div>${(await readFile(new URL('news-article.txt', FIXTURES), 'utf8'))
        .split('\n')
        .map((line) => `<p>${line}</p>`)
        .join('')}</div></body></html>`,
    );
    const skipped = await run(['news']);
    // Nothing was written, so the run says so in its exit code too (the previous dataset is kept).
    expect(skipped).toMatchObject({ exitCode: 1, written: 0, skipped: 1 });
    expect(lines[0]).toMatch(
      /^skip {2}news\/news\.html \(html, utf-8\): not recognised as a rule-of-law report \(a news item \(title: .*\)\); --keep-unrecognised writes it anyway$/,
    );
    // The flag as the command line spells it (main prints to stdout and works in process.cwd()).
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await main([path.join(work(), 'news'), '--keep-unrecognised', '--out', path.join(work(), 'kept')])).toBe(0);
    stdout.mockRestore();
    expect(parseIndexFile(JSON.parse(await readFile(path.join(work(), 'kept/index.json'), 'utf8'))).reports).toHaveLength(1);
    lines = [];
    const kept = await run(['news'], 'public/data', true);
    expect(kept).toMatchObject({ exitCode: 0, written: 1, skipped: 0, warned: 1 });
    expect(lines[0]).toMatch(/^warn {2}news\/news\.html \(html, utf-8\): not recognised as a rule-of-law report \(.*\), kept as asked · /);
  });

  it('keeps a report with no place or year, flagged, and never guesses them', async () => {
    await put('odd/report.txt', await readFile(new URL('no-place-no-year.txt', FIXTURES)));
    const summary = await run(['odd']);
    expect(summary).toMatchObject({ exitCode: 0, written: 1, warned: 1 });
    expect(lines[0]).toMatch(/^warn {2}odd\/report\.txt \(txt, utf-8\): \(place not found\) \(year not found\) · 6 values/);
    const [report] = (await readIndex()).reports;
    expect(report).toMatchObject({ year: null, flags: expect.arrayContaining(['no_jurisdiction', 'no_year']) });
    expect(report!.values['review.received']?.value).toBe(12);
  });

  it('keeps one of two files of the same place and year whatever their order, and warns', async () => {
    await put('dup/b.txt', encodeGb18030(await corpusText('001_3803b543c87d1562.txt')));
    await put('dup/a.html', reportPage(paragraphsOf(await corpusText('001_3803b543c87d1562.txt'))));
    for (const inputs of [
      ['dup/a.html', 'dup/b.txt'],
      ['dup/b.txt', 'dup/a.html'],
    ]) {
      lines = [];
      const summary = await run(inputs);
      expect(summary).toMatchObject({ written: 1, warned: 1 });
      expect(lines).toContain('warn  dup/b.txt: same report as dup/a.html (430102-2020); kept dup/a.html');
      expect((await readIndex()).reports[0]!.sourceFile).toBe('dup/a.html');
    }
  });

  it("writes markup in a report as literal text, and drops a page's scripts", async () => {
    const text = (await corpusText('001_3803b543c87d1562.txt')).replace(
      '受理普通行政复议案件46件',
      '受理普通行政复议案件46件<script>alert("txt")</script><img src=x onerror=alert(1)>',
    );
    await put('xss/report.txt', text);
    await put(
      'xss-page/report.html',
      reportPage(paragraphsOf(await corpusText('003_0d3d22b9ea099724.txt'))).replace(
        '</body>',
        '<script>window.stolen = "XSS-MARKER"</script><img src=x onerror="XSS-IMG"></body>',
      ),
    );
    await run(['xss', 'xss-page']);
    const index = await readIndex();
    const details = await Promise.all(
      index.reports.map(async (report) => readFile(path.join(work(), 'public/data', report.detailPath), 'utf8')),
    );
    const txtDetail = parseDetailFile(JSON.parse(details[index.reports.findIndex((report) => report.sourceFile === 'xss/report.txt')]!));
    expect(
      txtDetail.paragraphs.some((paragraph) => paragraph.text.includes('46件<script>alert("txt")</script><img src=x onerror=alert(1)>')),
    ).toBe(true);
    expect(txtDetail.extractions.some((extraction) => extraction.quote?.includes('46件'))).toBe(true);
    const pageDetail = details[index.reports.findIndex((report) => report.sourceFile === 'xss-page/report.html')]!;
    expect(pageDetail).not.toContain('XSS-MARKER');
    expect(pageDetail).not.toContain('XSS-IMG');
    expect(pageDetail).not.toContain('<script');
  });
});

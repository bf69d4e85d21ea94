/**
 * Issue 20: collect's judging path is fuzzed like the decoders: whatever bytes a server sends,
 * judging the saved file ends in a verdict (a report, not a report, unreadable), never an
 * exception — so one hostile download is one line and never the collector's run.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { chainedPdfBomb } from '../../../tests/fixtures/ingest/bombs';
import { makeDocx, reportPage } from '../../../tests/fixtures/ingest/builders';
import { tempFolderPerTest } from '../../../tests/fixtures/temp-folder';
import { judgeDownload } from './judge';

const work = tempFolderPerTest('fazhi-judge-');
const PARAGRAPHS = ['某县2022年法治政府建设情况报告', '2022年,全县受理行政复议案件46件,办结44件。'];

describe('judging a download', { timeout: 120_000 }, () => {
  it('says what a file is: a report page with its links, a bomb refused as not a report', async () => {
    await writeFile(path.join(work(), 'a.html'), reportPage(PARAGRAPHS));
    const page = await judgeDownload({
      file: path.join(work(), 'a.html'),
      url: 'https://example.gov.cn/a.html',
      name: 'a.html',
      charset: null,
      maxBytes: 20 * 1024 * 1024,
    });
    expect(page).toMatchObject({ kind: 'report', links: expect.any(Array) });
    await writeFile(path.join(work(), 'b.pdf'), chainedPdfBomb('flate-flate', 100 * 1024 * 1024));
    const bomb = await judgeDownload({
      file: path.join(work(), 'b.pdf'),
      url: 'https://example.gov.cn/b.pdf',
      name: 'b.pdf',
      charset: null,
      maxBytes: 20 * 1024 * 1024,
    });
    expect(bomb).toMatchObject({ kind: 'not-report', reason: expect.stringMatching(/inflates to over 64 MB/) });
  });

  it('ends in a verdict for any bytes under any name', async () => {
    const seeds = [new TextEncoder().encode(reportPage(PARAGRAPHS)), makeDocx(PARAGRAPHS), chainedPdfBomb('hex-flate', 4 * 1024 * 1024)];
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2048 }),
          fc.tuple(fc.constantFrom(...seeds), fc.nat(), fc.uint8Array({ maxLength: 32 })).map(([seed, at, bytes]) => {
            const cut = seed.length === 0 ? 0 : at % seed.length;
            return new Uint8Array([...seed.subarray(0, cut), ...bytes, ...seed.subarray(cut + bytes.length)]);
          }),
        ),
        fc.constantFrom('x.html', 'x.pdf', 'x.docx', 'x.txt', 'x.doc'),
        async (bytes, name) => {
          const file = path.join(work(), name);
          await writeFile(file, bytes);
          const verdict = await judgeDownload({ file, url: 'https://example.gov.cn/x', name, charset: null, maxBytes: 20 * 1024 * 1024 });
          expect(['report', 'not-report', 'unreadable']).toContain(verdict.kind);
          kinds.add(verdict.kind);
        },
      ),
      { numRuns: 60, seed: 20261206 },
    );
    expect(kinds.size).toBeGreaterThan(1);
  });
});

import { describe, expect, it } from 'vitest';

import { makeDocx, paragraphsOf, reportPage } from '../../../tests/fixtures/ingest/builders';
import { fixtureBytes, fixtureText, FURONG_2020_PATH } from '../../../tests/fixtures/local/files';
import { parseLocalReportFile } from '../../data/local-reports';
import { handleExtractRequest } from './extract-handler';
import type { ExtractRequest, ExtractStage } from './worker-protocol';

const FURONG = fixtureText(FURONG_2020_PATH);

function request(name: string, bytes: Uint8Array | ArrayBuffer, force = false): ExtractRequest {
  const buffer = bytes instanceof Uint8Array ? new Uint8Array(bytes).buffer : bytes;
  return { type: 'extract', id: 7, name, bytes: buffer, force, pdfAssetsUrl: 'http://localhost/pdfjs/' };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('handleExtractRequest (the worker, without the Worker)', () => {
  it('turns a bundled report into a local report file that passes the contract schema', async () => {
    const stages: ExtractStage[] = [];
    const final = await handleExtractRequest(request('芙蓉区.txt', utf8(FURONG)), { onProgress: (stage) => stages.push(stage) });
    expect(final.type).toBe('done');
    if (final.type !== 'done') return;
    expect(final.id).toBe(7);
    expect(stages).toEqual(['reading', 'extracting']);
    const file = parseLocalReportFile(final.file);
    expect(file.report).toMatchObject({
      id: 'local-430102-2020',
      jurisdictionId: '430102',
      year: 2020,
      local: true,
      sourceFile: '芙蓉区.txt',
    });
    expect(file.report.detailPath).toBe('local/430102/2020.json');
    expect(file.detail.reportId).toBe('local-430102-2020');
    expect(file.jurisdiction).toMatchObject({ id: '430102', name: '芙蓉区' });
    expect(file.report.values['legal_aid.cases']?.value).toBe(323);
    expect(final).toMatchObject({ format: 'txt', encoding: 'utf-8', unrecognised: false });
    expect(final.timings.extractMs).toBeGreaterThanOrEqual(0);
  });

  it('keeps the address a saved page declares for itself (canonical link, else og:url), and only an http(s) one', async () => {
    const page = reportPage(paragraphsOf(FURONG));
    const withHead = (head: string) => utf8(page.replace('</head>', `${head}</head>`));
    const cases: [string, string | undefined][] = [
      [
        '<link rel="canonical" href="http://www.furong.gov.cn/zwgk/fzzf/202103/t20210311_1.html"><meta property="og:url" content="https://m.furong.gov.cn/a.html">',
        'http://www.furong.gov.cn/zwgk/fzzf/202103/t20210311_1.html',
      ],
      ['<meta property="og:url" content="https://m.furong.gov.cn/a.html">', 'https://m.furong.gov.cn/a.html'],
      ['<link rel="canonical" href="javascript:alert(1)">', undefined],
      ['<link rel="canonical" href="/relative/only.html">', undefined],
      ['', undefined],
    ];
    for (const [head, expected] of cases) {
      const final = await handleExtractRequest(request('芙蓉区.html', withHead(head)));
      expect(final.type).toBe('done');
      if (final.type !== 'done') return;
      const file = parseLocalReportFile(final.file);
      expect(file.report.sourceUrl).toBe(expected);
      expect(file.report.retrievedAt).toBeUndefined();
    }
  });

  it('reads a .docx with mammoth, like the command line', async () => {
    const final = await handleExtractRequest(request('report.docx', makeDocx(paragraphsOf(FURONG))));
    expect(final).toMatchObject({ type: 'done', format: 'docx' });
    if (final.type === 'done') expect(parseLocalReportFile(final.file).report.id).toBe('local-430102-2020');
  });

  it('says when a text is not a rule-of-law report, and adds it anyway when asked (not guessed: flagged)', async () => {
    const news = fixtureBytes('tests/fixtures/ingest/news-article.txt');
    const refused = await handleExtractRequest(request('news.txt', news));
    expect(refused.type).toBe('unrecognised');
    if (refused.type === 'unrecognised') expect(refused.reason).not.toBe('');
    const forced = await handleExtractRequest(request('news.txt', news, true));
    expect(forced).toMatchObject({ type: 'done', unrecognised: true });
  });

  it('keeps a report without place or year, flagged', async () => {
    const final = await handleExtractRequest(request('x.txt', fixtureBytes('tests/fixtures/ingest/no-place-no-year.txt')));
    expect(final.type).toBe('done');
    if (final.type !== 'done') return;
    const file = parseLocalReportFile(final.file);
    expect(file.report.year).toBeNull();
    expect(file.report.flags).toEqual(expect.arrayContaining(['no_year', 'no_jurisdiction']));
    expect(file.report.id).toMatch(/^local-unknown-/);
  });

  it('answers refusals with the ingest code and a one-line message', async () => {
    expect(await handleExtractRequest(request('empty.txt', new Uint8Array()))).toMatchObject({
      type: 'error',
      code: 'empty',
      message: 'is empty',
    });
    const huge = await handleExtractRequest(request('huge.txt', new ArrayBuffer(21 * 1024 * 1024)));
    expect(huge).toMatchObject({ type: 'error', code: 'too_large' });
    const legacy = await handleExtractRequest(request('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])));
    expect(legacy).toMatchObject({ type: 'error', code: 'unsupported' });
    // Without a pdf.js loader (this test gives none), a PDF is refused with a reason.
    expect(await handleExtractRequest(request('a.pdf', utf8('%PDF-1.7\n')))).toMatchObject({ type: 'error', code: 'unsupported' });
  });

  it('reports an unexpected failure by its first line only, never a stack trace', async () => {
    const final = await handleExtractRequest(request('r.docx', makeDocx(['x'])), {
      loadMammoth: async () => {
        throw new Error('mammoth exploded\n    at secret (file.js:1:1)');
      },
    });
    expect(final.type).toBe('error');
    if (final.type !== 'error') return;
    expect(final.message).not.toMatch(/\bat secret\b|file\.js/);
    expect(final.message).toContain('mammoth exploded');
  });
});

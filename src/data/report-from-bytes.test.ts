import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { paragraphsOf, reportPage } from '../../tests/fixtures/ingest/builders';
import { reportFromBytes } from './report-from-bytes';

const FURONG = readFileSync(new URL('../../corpus/001_3803b543c87d1562.txt', import.meta.url), 'utf8');
const NEWS = readFileSync(new URL('../../tests/fixtures/ingest/news-article.txt', import.meta.url));
const declaring = (url: string) =>
  new TextEncoder().encode(reportPage(paragraphsOf(FURONG)).replace('</head>', `<link rel="canonical" href="${url}"></head>`));

describe('reportFromBytes', () => {
  it('decodes, recognises, extracts and prepares a report, with where it came from', async () => {
    const reading = await reportFromBytes(
      declaring('http://www.furong.gov.cn/a.html'),
      { sourceFile: 'raw/a.html', sourceUrl: 'http://www.furong.gov.cn/fetched.html', retrievedAt: '2024-05-06T07:08:09.010Z' },
      { keepUnrecognised: false },
    );
    expect(reading.kind).toBe('report');
    if (reading.kind !== 'report') return;
    expect(reading.ingested).toMatchObject({ format: 'html', declaredUrl: 'http://www.furong.gov.cn/a.html' });
    // The address it was fetched from wins over the one the page declares.
    expect(reading.prepared.entry).toMatchObject({
      id: '430102-2020',
      sourceFile: 'raw/a.html',
      sourceUrl: 'http://www.furong.gov.cn/fetched.html',
      retrievedAt: '2024-05-06T07:08:09.010Z',
    });
    expect(reading.prepared.valueCount).toBe(Object.keys(reading.report.values).length);
  });

  it("fingerprints the decoded text (not the page's bytes) in the entry and the detail file", async () => {
    const reading = await reportFromBytes(
      declaring('http://www.furong.gov.cn/a.html'),
      { sourceFile: 'a.html' },
      { keepUnrecognised: false },
    );
    if (reading.kind !== 'report') throw new Error('not read as a report');
    const expected = createHash('sha256').update(reading.ingested.text, 'utf8').digest('hex');
    expect(reading.prepared.entry.textSha256).toBe(expected);
    expect(reading.prepared.detail.textSha256).toBe(expected);
  });

  it("falls back on the page's own address, and leaves a bad one out", async () => {
    const declared = await reportFromBytes(
      declaring('https://www.furong.gov.cn/b.html'),
      { sourceFile: 'b.html' },
      { keepUnrecognised: false },
    );
    expect(declared.kind === 'report' && declared.prepared.entry.sourceUrl).toBe('https://www.furong.gov.cn/b.html');
    const bad = await reportFromBytes(
      new TextEncoder().encode(FURONG),
      { sourceFile: 'c.txt', sourceUrl: 'javascript:alert(1)', retrievedAt: 'today' },
      { keepUnrecognised: false },
    );
    expect(bad.kind === 'report' && 'sourceUrl' in bad.prepared.entry).toBe(false);
    expect(bad.kind === 'report' && 'retrievedAt' in bad.prepared.entry).toBe(false);
  });

  it('stops before extracting a text that is not a report, unless asked to keep it', async () => {
    let extracting = 0;
    const skipped = await reportFromBytes(
      new Uint8Array(NEWS),
      { sourceFile: 'news.txt' },
      { keepUnrecognised: false, onExtracting: () => (extracting += 1) },
    );
    expect(skipped.kind).toBe('unrecognised');
    expect(extracting).toBe(0);
    const kept = await reportFromBytes(
      new Uint8Array(NEWS),
      { sourceFile: 'news.txt' },
      { keepUnrecognised: true, onExtracting: () => (extracting += 1) },
    );
    expect(kept).toMatchObject({ kind: 'report', recognition: { recognised: false } });
    expect(extracting).toBe(1);
  });
});

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { tempFolderPerTest } from '../../tests/fixtures/temp-folder';
import {
  attachmentOriginsOf,
  describeProblems,
  formatManifestLine,
  loadProvenance,
  type ManifestRecord,
  parseManifest,
  provenanceOf,
} from './manifest';

const PAGE: ManifestRecord = {
  v: 1,
  url: 'http://www.example.gov.cn/old/a.html',
  finalUrl: 'https://www.example.gov.cn/zwgk/a.html',
  status: 200,
  contentType: 'text/html',
  charset: 'GBK',
  fetchedAt: '2024-05-06T07:08:09.010Z',
  size: 12,
  sha256: 'a'.repeat(64),
  file: 'www.example.gov.cn/a-12345678.html',
  role: 'page',
  origin: null,
};
const ATTACHMENT: ManifestRecord = {
  ...PAGE,
  url: 'https://files.example.gov.cn/r.pdf',
  finalUrl: 'https://files.example.gov.cn/r.pdf',
  contentType: 'application/pdf',
  charset: null,
  file: 'files.example.gov.cn/r-87654321.pdf',
  role: 'attachment',
  origin: 'https://www.example.gov.cn/zwgk/a.html',
};

describe('manifest lines', () => {
  it('round-trip through the schema, one JSON object a line', () => {
    const text = formatManifestLine(PAGE) + formatManifestLine(ATTACHMENT);
    expect(text.split('\n')).toHaveLength(3);
    expect(parseManifest(text)).toEqual({ records: [PAGE, ATTACHMENT], problems: [], endsWithNewline: true, isManifest: true });
  });

  it('skips a torn last line, a garbled line and a record that breaks the schema, each named', () => {
    const good = formatManifestLine(PAGE);
    const bad = JSON.stringify({ ...ATTACHMENT, file: '../../etc/passwd' });
    const script = JSON.stringify({ ...PAGE, finalUrl: 'javascript:alert(1)' });
    const text = `${good}\u0000garbage\n${bad}\n${script}\n${good}${good.slice(0, 40)}`;
    const parsed = parseManifest(text);
    expect(parsed.records).toEqual([PAGE, PAGE]);
    expect(parsed.endsWithNewline).toBe(false);
    expect(parsed.problems).toEqual([
      'line 2: not JSON',
      'line 3: file: must be a path inside the collected folder',
      'line 4: finalUrl: must be an absolute http(s) address',
      'line 6: cut short (an interrupted run)',
    ]);
    expect(describeProblems('raw/manifest.jsonl', parsed)).toBe(
      'raw/manifest.jsonl: 4 lines are not manifest records and were ignored (line 2: not JSON; line 3: file: must be a path inside the collected folder; line 4: finalUrl: must be an absolute http(s) address; 1 more)',
    );
  });

  it('tells another file of that name from a manifest', () => {
    expect(parseManifest('name,size\nx,1\n').isManifest).toBe(false);
    expect(describeProblems('x/manifest.jsonl', parseManifest('name,size\n'))).toBe(
      'x/manifest.jsonl: not a collect manifest (line 1: not JSON); ignored',
    );
    expect(parseManifest('').isManifest).toBe(true);
    expect(parseManifest(formatManifestLine(PAGE).slice(0, 30)).isManifest).toBe(true);
  });

  it('credits a page to its final address and an attachment to the page that links it', () => {
    expect(provenanceOf(PAGE)).toEqual({ sourceUrl: PAGE.finalUrl, retrievedAt: PAGE.fetchedAt, charset: 'GBK' });
    expect(provenanceOf(ATTACHMENT)).toEqual({ sourceUrl: ATTACHMENT.origin, retrievedAt: ATTACHMENT.fetchedAt });
  });

  it('marks a page whose attachments were collected as its report, and no other record', () => {
    const origins = attachmentOriginsOf([PAGE, ATTACHMENT]);
    expect([...origins]).toEqual([ATTACHMENT.origin]);
    expect(PAGE.finalUrl).toBe(ATTACHMENT.origin);
    expect(provenanceOf(PAGE, origins)).toMatchObject({ presentsAttachment: true });
    expect(provenanceOf({ ...PAGE, finalUrl: 'https://www.example.gov.cn/zwgk/other.html' }, origins)).not.toHaveProperty(
      'presentsAttachment',
    );
    expect(provenanceOf(ATTACHMENT, new Set([ATTACHMENT.finalUrl]))).not.toHaveProperty('presentsAttachment');
  });
});

describe('loadProvenance', () => {
  const work = tempFolderPerTest('fazhi-manifest-');

  it("finds each file's nearest manifest, takes the latest record of a file, and warns once about a bad one", async () => {
    await mkdir(path.join(work(), 'raw/www.example.gov.cn'), { recursive: true });
    await mkdir(path.join(work(), 'raw/files.example.gov.cn'), { recursive: true });
    await mkdir(path.join(work(), 'other'), { recursive: true });
    const later = { ...PAGE, fetchedAt: '2024-06-01T00:00:00.000Z', finalUrl: 'https://www.example.gov.cn/zwgk/a-new.html' };
    await writeFile(
      path.join(work(), 'raw/manifest.jsonl'),
      formatManifestLine(later) + formatManifestLine(PAGE) + formatManifestLine(ATTACHMENT) + '{"v":1,"url":',
    );
    await writeFile(path.join(work(), 'other/manifest.jsonl'), 'not a manifest\n');
    const warnings: string[] = [];
    const files = [
      'raw/www.example.gov.cn/a-12345678.html',
      'raw/files.example.gov.cn/r-87654321.pdf',
      'raw/unlisted.txt',
      'other/x.txt',
      'loose.txt',
    ];
    const provenance = await loadProvenance(files, work(), (line) => warnings.push(line));
    expect(files.map((file) => provenance(path.join(work(), file))?.sourceUrl ?? null)).toEqual([
      'https://www.example.gov.cn/zwgk/a-new.html',
      ATTACHMENT.origin,
      null,
      null,
      null,
    ]);
    expect(warnings.sort()).toEqual([
      'warn  other/manifest.jsonl: not a collect manifest (line 1: not JSON); ignored',
      'warn  raw/manifest.jsonl: 1 line is not manifest records and was ignored (line 4: cut short (an interrupted run))',
    ]);
  });
});

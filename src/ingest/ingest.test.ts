/**
 * Every variant of a bundled report — GBK, UTF-16 with and without BOM, UTF-8 with BOM, two saved
 * web pages, a .docx, a PDF — must give the extractor's same values and metadata as its UTF-8 text,
 * and the paragraphs values are quoted from must come through verbatim.
 */

import { readdirSync, readFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { encodeGb18030, encodeUtf16, makeDocx, paragraphsOf, reportPage } from '../../tests/fixtures/ingest/builders';
import { loadNodePdfjs } from '../cli/pdfjs-node';
import { type ExtractedReport, extractReport } from '../extract';
import { checkInputSize, detectFormat, IngestError, ingestFile } from '.';

const CORPUS = new URL('../../corpus/', import.meta.url);
const FIXTURES = new URL('../../tests/fixtures/ingest/', import.meta.url);
const files = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.txt'))
  .sort();

/** What must not change between variants: the values and the metadata a reader compares. */
function essentials(report: ExtractedReport) {
  const { metadata } = report;
  return {
    values: Object.fromEntries(
      Object.entries(report.values).map(([id, value]) => [id, { value: value.value, qualifier: value.qualifier, derived: value.derived }]),
    ),
    jurisdiction: metadata.jurisdiction?.value ?? null,
    level: metadata.level?.value ?? null,
    code: metadata.code?.value ?? null,
    year: metadata.year?.value ?? null,
    bodyKind: metadata.bodyKind,
    published: metadata.published?.value ?? null,
  };
}

/** Paragraphs that hold a quoted value: they must be in the variant, character for character. */
function quotedParagraphs(report: ExtractedReport): string[] {
  const ids = new Set(report.extractions.filter((extraction) => !extraction.derived).map((extraction) => extraction.paragraphId));
  return report.paragraphs.filter((paragraph) => ids.has(paragraph.id)).map((paragraph) => paragraph.text);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

const VARIANTS: ReadonlyArray<{ name: string; file: string; make: (text: string) => Uint8Array; format: string; encoding: string | null }> =
  [
    {
      name: 'UTF-8 with BOM',
      file: 'r.txt',
      make: (text) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]),
      format: 'txt',
      encoding: 'utf-8',
    },
    { name: 'GBK', file: 'r.txt', make: encodeGb18030, format: 'txt', encoding: 'gb18030' },
    { name: 'UTF-16LE with BOM', file: 'r.txt', make: (text) => encodeUtf16(text, 'le', true), format: 'txt', encoding: 'utf-16le' },
    { name: 'UTF-16BE without BOM', file: 'r.txt', make: (text) => encodeUtf16(text, 'be', false), format: 'txt', encoding: 'utf-16be' },
    { name: 'UTF-16LE without BOM', file: 'r.txt', make: (text) => encodeUtf16(text, 'le', false), format: 'txt', encoding: 'utf-16le' },
    {
      name: 'HTML, UTF-8, title in the article',
      file: 'r.html',
      make: (text) => utf8(reportPage(paragraphsOf(text))),
      format: 'html',
      encoding: 'utf-8',
    },
    {
      name: 'HTML, GBK by meta, title outside the article',
      file: 'r.htm',
      make: (text) => encodeGb18030(reportPage(paragraphsOf(text), { charset: 'gb2312', titleOutside: true })),
      format: 'html',
      encoding: 'gb18030',
    },
    { name: 'HTML named .txt', file: 'saved.txt', make: (text) => utf8(reportPage(paragraphsOf(text))), format: 'html', encoding: 'utf-8' },
    { name: 'docx', file: 'r.docx', make: (text) => makeDocx(paragraphsOf(text)), format: 'docx', encoding: null },
  ];

describe.each(files)('variants of corpus/%s', (file) => {
  const text = readFileSync(new URL(file, CORPUS), 'utf8');
  const expected = extractReport(text);

  it.each(VARIANTS)('$name gives the same values and metadata', async (variant) => {
    const ingested = await ingestFile(variant.make(text), variant.file);
    expect(ingested.format).toBe(variant.format);
    expect(ingested.encoding).toBe(variant.encoding);
    const report = extractReport(ingested.text);
    expect(essentials(report)).toEqual(essentials(expected));
    const paragraphs = new Set(report.paragraphs.map((paragraph) => paragraph.text));
    for (const quoted of quotedParagraphs(expected)) expect(paragraphs).toContain(quoted);
  });
});

describe('PDF variant', () => {
  it('report-001.pdf (made by make-pdf.ts from corpus/001) gives the values and paragraphs of the text', async () => {
    const text = readFileSync(new URL('001_3803b543c87d1562.txt', CORPUS), 'utf8');
    const bytes = new Uint8Array(readFileSync(new URL('report-001.pdf', FIXTURES)));
    const ingested = await ingestFile(bytes, 'report-001.pdf', { loadPdfjs: loadNodePdfjs });
    expect(ingested).toMatchObject({ format: 'pdf', encoding: null, notes: ['4 pages'] });
    const report = extractReport(ingested.text);
    expect(essentials(report)).toEqual(essentials(extractReport(text)));
    // Wrapped lines are joined back, page numbers dropped; of the white space the page drew, a run
    // becomes one space, and none stays between Chinese characters.
    const original = paragraphsOf(text);
    const rebuilt = ingested.text.split('\n');
    expect(rebuilt).toHaveLength(original.length);
    const drawn = (line: string) =>
      line.replace(/[ \u00a0]+/g, (run: string, at: number, whole: string) =>
        /[\u4e00-\u9fff]/.test(whole[at - 1] ?? '') && /[\u4e00-\u9fff]/.test(whole[at + run.length] ?? '') ? '' : ' ',
      );
    rebuilt.forEach((paragraph, index) => expect(paragraph).toBe(drawn(original[index]!)));
    expect(ingested.text).not.toMatch(/- \d+ -/);
  }, 30_000);

  it('is refused, not guessed, when no pdf.js is given', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('report-001.pdf', FIXTURES)));
    await expect(ingestFile(bytes, 'x.pdf')).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('refusals', () => {
  it('says a file is empty, or holds only white space', async () => {
    await expect(ingestFile(new Uint8Array(), 'a.txt')).rejects.toThrow(new IngestError('empty', 'is empty'));
    await expect(ingestFile(utf8(' \n\t\u3000\n'), 'a.txt')).rejects.toMatchObject({ code: 'blank', message: 'holds only white space' });
  });

  it('refuses by size before anything is decoded, naming the size and the limit', async () => {
    expect(() => checkInputSize(50 * 1024 * 1024)).toThrow('is 50.0 MB; files over 20.0 MB are refused unread');
    expect(() => checkInputSize(1024)).not.toThrow();
    await expect(ingestFile(new Uint8Array(2048), 'a.txt', { maxBytes: 1024 })).rejects.toMatchObject({ code: 'too_large' });
  });

  it('refuses a text too long for a report', async () => {
    await expect(ingestFile(utf8('法'.repeat(2000)), 'a.txt', { maxChars: 1000 })).rejects.toMatchObject({ code: 'too_long' });
  });

  it('reads a file by its first bytes, not its name, and says why legacy Office files and images are not read', () => {
    expect(detectFormat(utf8('%PDF-1.7\n'), 'x.txt')).toBe('pdf');
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'x.bin')).toBe('docx');
    expect(detectFormat(utf8('<!DOCTYPE html><html>'), 'x.txt')).toBe('html');
    expect(detectFormat(encodeUtf16('<html><body>', 'le', true), 'x.txt')).toBe('html');
    expect(detectFormat(utf8('报告'), 'x.htm')).toBe('html');
    expect(detectFormat(utf8('报告'), 'x')).toBe('txt');
    expect(() => detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'x.doc')).toThrow(/Word 97–2003/);
    expect(() => detectFormat(utf8('报告'), 'x.wps')).toThrow(/save it as .docx or PDF/);
    expect(() => detectFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]), 'x.txt')).toThrow(/image/);
  });

  it("finds a PDF signature or a page's markup in the bytes as in their windows-1252 reading of the first kilobyte", () => {
    // The reading the byte scan replaces: decode, drop NULs, white space and BOM characters, look.
    const byReading = (bytes: Uint8Array): string => {
      const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
      if (head.includes('%PDF-')) return 'pdf';
      const markup = head
        .split('\u0000')
        .join('')
        .replace(/[\s\u00ef\u00bb\u00bf\u00fe\u00ff]/g, '')
        .slice(0, 20)
        .toLowerCase();
      return markup.startsWith('<!doctypehtml') || markup.startsWith('<html') || markup.startsWith('<head') ? 'html' : 'txt';
    };
    const pieces = [
      '%PDF-',
      '%PDF',
      '<html',
      '<HTML',
      '<!DOCTYPE html',
      '<!doctype',
      ' html',
      '<head',
      '<He',
      '<',
      '\u0000',
      ' ',
      '\t',
      '\r\n',
      '报告',
      'x',
    ].map(utf8);
    const bytes = fc.oneof(
      fc.constantFrom(...pieces),
      fc.constantFrom(0x00, 0x0b, 0x1c, 0x85, 0xa0, 0xbb, 0xbf, 0xc0, 0xef, 0xfe, 0xff).map((byte) => new Uint8Array([byte])),
      fc.uint8Array({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(bytes, { maxLength: 12 }), fc.nat(1030), (parts, padding) => {
        const text = [...parts.slice(0, 6), new Uint8Array(padding).fill(0x20), ...parts.slice(6)];
        const all = new Uint8Array(text.reduce((length, part) => length + part.length, 0));
        text.reduce((offset, part) => (all.set(part, offset), offset + part.length), 0);
        // Start bytes of other formats are the first test's; here a text starts otherwise.
        fc.pre(![0x50, 0xd0, 0x89, 0xff, 0x47].includes(all[0]!) || all.length < 2);
        expect(detectFormat(all, 'x.txt')).toBe(byReading(all));
      }),
      { numRuns: 3000 },
    );
  });
});

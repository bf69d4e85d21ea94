/**
 * Issue 9: compressed inputs cannot exhaust memory. Each bomb is refused while inflating — by what
 * it really inflates to, not what it declares — in bounded time, with one IngestError.
 */
import { describe, expect, it } from 'vitest';

import { chainedPdfBomb, docxBomb, pdfBomb, renamedPartDocxBomb } from '../../tests/fixtures/ingest/bombs';
import { makeDocx } from '../../tests/fixtures/ingest/builders';
import { loadNodePdfjs } from '../cli/pdfjs-node';
import { MAX_DOCX_INFLATED_BYTES, measureDocxParts, zipEntries } from './docx';
import { measureInflated } from './inflate-budget';
import { ingestFile } from './ingest';
import { checkPdfStreams } from './pdf';

const MB = 1024 * 1024;

describe('inflating with a budget', () => {
  it('measures a stream that fits and stops at the budget for one that does not', async () => {
    const { deflateRawSync, deflateSync } = await import('node:zlib');
    const data = Buffer.alloc(5 * MB, 'abc');
    expect(measureInflated(deflateRawSync(data), 'raw', 6 * MB)).toEqual({ kind: 'fits', bytes: 5 * MB });
    expect(measureInflated(deflateSync(data), 'zlib', 6 * MB)).toEqual({ kind: 'fits', bytes: 5 * MB });
    expect(measureInflated(deflateSync(data), 'zlib', 4 * MB)).toEqual({ kind: 'over' });
    expect(measureInflated(new Uint8Array([1, 2, 3, 4, 5]), 'zlib', MB)).toEqual({ kind: 'invalid' });
  });
});

describe('a .docx bomb', { timeout: 60_000 }, () => {
  it('that declares its 100 MB honestly is refused from its directory, unopened', async () => {
    const bytes = docxBomb(100 * MB);
    expect(bytes.length).toBeLessThan(2 * MB);
    const started = performance.now();
    await expect(ingestFile(bytes, 'bomb.docx')).rejects.toMatchObject({
      code: 'too_large',
      message: 'is a .docx whose text would be over 8 MB when unpacked (a zip bomb?); refused',
    });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('that understates its sizes is refused while inflating, once past the budget', async () => {
    const bytes = docxBomb(100 * MB, { understate: true });
    const entries = zipEntries(bytes)!;
    expect(entries.every((entry) => entry.declaredSize === 1024)).toBe(true);
    expect(measureDocxParts(bytes, entries, MAX_DOCX_INFLATED_BYTES)).toBe('over');
    await expect(ingestFile(bytes, 'liar.docx')).rejects.toMatchObject({
      code: 'too_large',
      message: 'is a .docx whose text inflates to over 8 MB when unpacked (a zip bomb?); refused',
    });
  });

  it('whose main document is not named .xml is measured through its relationship and refused (issue 20)', async () => {
    const bytes = renamedPartDocxBomb(190 * MB);
    expect(bytes.length).toBeLessThan(2 * MB);
    expect(measureDocxParts(bytes, zipEntries(bytes)!, MAX_DOCX_INFLATED_BYTES)).toBe('over');
    const started = performance.now();
    await expect(ingestFile(bytes, 'renamed.docx')).rejects.toMatchObject({ code: 'too_large' });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('leaves an ordinary .docx alone, measuring what it really holds', () => {
    const bytes = makeDocx(['某县2023年法治政府建设情况报告', '全年受理行政复议案件12件。']);
    const measured = measureDocxParts(bytes, zipEntries(bytes)!, MAX_DOCX_INFLATED_BYTES);
    expect(measured).toBeGreaterThan(500);
    expect(measured).toBeLessThan(5000);
  });
});

describe('a PDF bomb in a chain of filters (issue 20)', { timeout: 60_000 }, () => {
  it.each(['flate-flate', 'hex-flate', 'flate-runlength'] as const)(
    '%s: every layer counts, and the file is refused before pdf.js opens it',
    async (chain) => {
      const bytes = chainedPdfBomb(chain, 200 * MB);
      expect(bytes.length).toBeLessThan(MB);
      expect(() => checkPdfStreams(bytes)).toThrow('is a PDF whose compressed content inflates to over 64 MB (a zip bomb?); refused');
      await expect(ingestFile(bytes, 'chained.pdf', { loadPdfjs: loadNodePdfjs })).rejects.toMatchObject({ code: 'too_large' });
    },
  );

  it('measures every layer of a chain that fits, and LZW and ASCII85 too', async () => {
    const { deflateSync } = await import('node:zlib');
    const { measureLayers, streamFilters } = await import('./pdf-filters');
    const text = Buffer.from('BT /F1 12 Tf (hello) Tj ET '.repeat(100));
    expect(streamFilters('<< /Length 9 /Filter [/FlateDecode /FlateDecode] >>')).toEqual(['FlateDecode', 'FlateDecode']);
    expect(streamFilters('<< /Filter /Fl >>')).toEqual(['Fl']);
    expect(measureLayers(deflateSync(deflateSync(text)), ['FlateDecode', 'FlateDecode'], MB)).toEqual({ kind: 'fits', bytes: text.length });
    expect(measureLayers(Buffer.from(`${deflateSync(text).toString('hex')}>`), ['ASCIIHexDecode', 'FlateDecode'], MB)).toEqual({
      kind: 'fits',
      bytes: text.length,
    });
    // ASCII85 of a 'z' group (four zero bytes) and "hello".
    expect(measureLayers(Buffer.from('zBOu!rDZ~>'), ['ASCII85Decode'], MB)).toEqual({ kind: 'fits', bytes: 9 });
    // LZW of "-----A---B" (the PDF reference's example), early change.
    expect(measureLayers(Uint8Array.of(0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01), ['LZWDecode'], MB)).toEqual({
      kind: 'fits',
      bytes: 10,
    });
    expect(measureLayers(Uint8Array.of(1, 2, 3), ['DCTDecode'], MB)).toEqual({ kind: 'opaque' });
  });
});

describe('a PDF bomb', { timeout: 60_000 }, () => {
  it('whose content stream inflates to 300 MB is refused before pdf.js opens it', async () => {
    const bytes = pdfBomb(300 * MB);
    expect(bytes.length).toBeLessThan(4 * MB);
    expect(() => checkPdfStreams(bytes)).toThrow('is a PDF whose compressed content inflates to over 64 MB (a zip bomb?); refused');
    await expect(ingestFile(bytes, 'bomb.pdf', { loadPdfjs: loadNodePdfjs })).rejects.toMatchObject({ code: 'too_large' });
  });

  it('counts every stream against a total, and skips images', () => {
    const bytes = pdfBomb(3 * MB);
    expect(() => checkPdfStreams(bytes, { perStream: 4 * MB, total: 4 * MB })).not.toThrow();
    expect(() => checkPdfStreams(bytes, { perStream: 2 * MB, total: 64 * MB })).toThrow(/inflates to over 2 MB/);
    const asImage = new TextDecoder('latin1').decode(bytes).replace('/Filter /FlateDecode', '/Subtype /Image /Filter /FlateDecode');
    expect(() =>
      checkPdfStreams(
        Uint8Array.from(asImage, (char) => char.charCodeAt(0)),
        { perStream: 2 * MB, total: 2 * MB },
      ),
    ).not.toThrow();
  });

  it('an ordinary one with a small content stream is read', async () => {
    const ingested = await ingestFile(pdfBomb(2000), 'small.pdf', { loadPdfjs: loadNodePdfjs });
    expect(ingested.text).toContain('bomb');
  });
});

import { describe, expect, it } from 'vitest';

import { makeDocx } from '../../tests/fixtures/ingest/builders';
import { paragraphsFromRawText, zipEntries } from './docx';
import { ingestFile } from './ingest';

const PARAGRAPHS = ['某区2020年度法治政府建设情况的报告', '一、主要工作成效', '全区受理行政复议案件46件，办结49件。'];

describe('docx', () => {
  it('reads one line per paragraph', async () => {
    const ingested = await ingestFile(makeDocx(PARAGRAPHS), 'r.docx');
    expect(ingested).toEqual({ text: PARAGRAPHS.join('\n'), format: 'docx', encoding: null, notes: [] });
  });

  it('turns mammoth raw text (a blank line after each paragraph) into one line per paragraph', () => {
    expect(paragraphsFromRawText('甲\n\n乙\n丙\n\n\n\n丁\n\n')).toBe('甲\n乙\n丙\n\n丁');
  });

  it('says a truncated .docx is damaged', async () => {
    const bytes = makeDocx(PARAGRAPHS);
    const half = bytes.subarray(0, Math.floor(bytes.length / 2));
    expect(zipEntries(half)).toBe(null);
    await expect(ingestFile(half, 'r.docx')).rejects.toMatchObject({
      code: 'damaged',
      message: 'is a damaged .docx: the zip archive is cut short or corrupt',
    });
  });

  it("says a zip that is not a Word document is damaged, in mammoth's words", async () => {
    const { zipSync, strToU8 } = await import('fflate');
    await expect(ingestFile(zipSync({ 'a.txt': strToU8('x') }), 'r.docx')).rejects.toMatchObject({ code: 'damaged' });
  });

  it("lists the central directory with each part's declared size", () => {
    const entries = zipEntries(makeDocx(PARAGRAPHS))!;
    expect(entries.map((entry) => entry.name)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(entries.find((entry) => entry.name === 'word/document.xml')!.declaredSize).toBeGreaterThan(200);
  });
});

import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { loadNodePdfjs } from '../cli/pdfjs-node';
import { dropPageFurniture, hasEndMarker, linesOf, paragraphsOf, readPdf, runsOf, type TextLine } from './pdf';

const PDF = new Uint8Array(readFileSync(new URL('../../tests/fixtures/ingest/report-001.pdf', import.meta.url)));

/** A pdf.js text item at (x, y), 12 pt, each character 12 wide (Latin 6). */
function item(str: string, x: number, y: number) {
  const width = [...str].reduce((sum, char) => sum + (char.charCodeAt(0) < 128 ? 6 : 12), 0);
  return { str, transform: [12, 0, 0, 12, x, y], width, height: 12, hasEOL: false };
}

function line(text: string, left: number, y: number, page = 1, right = 500): TextLine {
  return { text, left, right, y, size: 12, page };
}

describe('lines', () => {
  it('puts runs of one baseline together left to right, with no space inside Chinese', () => {
    const runs = runsOf([
      item('案件', 124, 700),
      item('受理', 100, 700.5),
      item('46', 148, 700),
      item('件', 160, 700),
      { type: 'beginMarkedContent' },
      item('', 0, 0),
    ]);
    expect(linesOf(runs, 1).map((l) => l.text)).toEqual(['受理案件46件']);
  });

  it('drops a space drawn between Chinese characters, keeps one between Latin words or a gap', () => {
    const runs = runsOf([
      item('法治', 100, 700),
      item(' ', 124, 700),
      item('政府', 130, 700),
      item('PDF', 100, 680),
      item('text', 130, 680),
    ]);
    expect(linesOf(runs, 1).map((l) => l.text)).toEqual(['法治政府', 'PDF text']);
  });

  it('orders lines top to bottom and drops page numbers at the head or foot of a page', () => {
    const lines = linesOf(runsOf([item('- 2 -', 280, 40), item('正文第二行', 100, 680), item('正文第一行', 100, 700)]), 2);
    expect(dropPageFurniture(lines).map((l) => l.text)).toEqual(['正文第一行', '正文第二行']);
  });
});

describe('paragraphs', () => {
  it('joins wrapped lines and starts a paragraph after a short line, at a heading, or at an indent after a sentence end', () => {
    const lines = [
      line('某区2020年度法治政府建设情况的报告', 150, 760, 1, 400),
      line('一、主要工作成效', 72, 730, 1, 200),
      line('全区受理行政复议案件46件，办结49件，行政', 96, 710),
      line('机关负责人出庭应诉率100%。', 72, 690, 1, 300),
      line('全年办理法律援助案件300件，挽回经济损失', 96, 670),
      line('120万元。', 72, 650),
      line('下一段缩进开始。', 96, 630, 1, 200),
      line('二、存在的问题', 72, 610, 1, 200),
    ];
    expect(paragraphsOf(lines)).toEqual([
      '某区2020年度法治政府建设情况的报告',
      '一、主要工作成效',
      '全区受理行政复议案件46件，办结49件，行政机关负责人出庭应诉率100%。',
      '全年办理法律援助案件300件，挽回经济损失120万元。',
      '下一段缩进开始。',
      '二、存在的问题',
    ]);
  });

  it('continues a paragraph across a page break', () => {
    expect(paragraphsOf([line('全区受理行政复议案件46件，办结', 96, 100, 1), line('49件。', 72, 760, 2, 120)])).toEqual([
      '全区受理行政复议案件46件，办结49件。',
    ]);
  });
});

describe('readPdf', () => {
  it('reads the fixture: four pages of text', async () => {
    const { text, pages } = await readPdf(PDF, loadNodePdfjs, 1_000_000);
    expect(pages).toBe(4);
    expect(text).toContain('受理普通行政复议案件46件,涉政府复议案件24件,年内办结49件');
  }, 30_000);

  it('says a cut-short PDF is damaged, without handing half a report on', async () => {
    const half = PDF.subarray(0, Math.floor(PDF.length / 2));
    expect(hasEndMarker(half)).toBe(false);
    await expect(readPdf(half, loadNodePdfjs, 1_000_000)).rejects.toMatchObject({
      code: 'damaged',
      message: 'is a damaged PDF: it is cut short (no end-of-file marker)',
    });
  });

  it('says a file with a PDF header and end marker but nothing readable is damaged', async () => {
    const junk = new TextEncoder().encode('%PDF-1.7\nthis is not a pdf body\n%%EOF\n');
    await expect(readPdf(junk, loadNodePdfjs, 1_000_000)).rejects.toMatchObject({ code: 'damaged' });
  }, 30_000);

  it('stops reading once the text passes the limit', async () => {
    await expect(readPdf(PDF, loadNodePdfjs, 500)).rejects.toMatchObject({ code: 'too_long' });
  }, 30_000);
});

/**
 * Issue 9: inputs built to be slow or deep end with one clear refusal or in near-linear time,
 * never "Maximum call stack" or "damaged".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { manyPagesPdf } from '../../tests/fixtures/ingest/bombs';
import { loadNodePdfjs } from '../cli/pdfjs-node';
import { ingestFile } from './ingest';
import { linesOf, paragraphsOf, PieceJoiner, type TextLine, type TextRun } from './pdf';

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019\u2014\u2026]/;

/** How two pieces were joined before PieceJoiner (a string re-trimmed per piece): the reference. */
function joinPieces(left: string, right: string, spaced: boolean): string {
  if (left.length === 0) return right.replace(/^\s+/, '');
  const leftCore = left.replace(/\s+$/, '');
  const rightCore = right.replace(/^\s+/, '');
  const last = leftCore.at(-1) ?? '';
  const first = rightCore[0] ?? '';
  if (rightCore.length === 0) return `${leftCore} `;
  if (WIDE.test(last) && WIDE.test(first)) return leftCore + rightCore;
  const hadSpace = leftCore.length < left.length || rightCore.length < right.length;
  if (hadSpace || (spaced && !WIDE.test(last) && !WIDE.test(first))) return `${leftCore} ${rightCore}`;
  return leftCore + rightCore;
}

describe('joining pieces of a line', () => {
  it('gives what re-trimming the growing string gave, trimmed', () => {
    const piece = fc.stringMatching(/^[ \u3000a-z0-9法治政府。,]{0,6}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.boolean()), { maxLength: 12 }), (pieces) => {
        const joiner = new PieceJoiner();
        let reference = '';
        for (const [text, spaced] of pieces) {
          joiner.add(text, spaced);
          reference = joinPieces(reference, text, spaced);
        }
        expect(joiner.text()).toBe(reference.trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('near-linear PDF text layout', () => {
  it('lays out a page of 100,000 runs and a paragraph of 100,000 lines in well under the old 32 s', () => {
    const runs: TextRun[] = Array.from({ length: 100_000 }, (_, i) => ({
      str: '法治',
      x: (i % 25) * 24,
      y: 800 - Math.floor(i / 25) * 0.2,
      width: 24,
      size: 12,
    }));
    let started = performance.now();
    const lines = linesOf(runs, 1);
    const layout = performance.now() - started;
    expect(lines.length).toBeGreaterThan(100);
    const many: TextLine[] = Array.from({ length: 100_000 }, (_, i) => ({
      text: '受理行政复议案件四十六件办结四十九件',
      left: 72,
      right: 500,
      y: 800 - i,
      size: 12,
      page: 1,
    }));
    started = performance.now();
    const paragraphs = paragraphsOf(many);
    const joining = performance.now() - started;
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]!.length).toBe(1_800_000);
    // Quadratic code took tens of seconds here; a generous bound still tells the two apart.
    expect(layout + joining).toBeLessThan(8000);
  });
});

describe('refusals by name', { timeout: 60_000 }, () => {
  it('refuses a page nested 5,000 deep as too deeply nested, not a stack overflow', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body>${'<div>'.repeat(5000)}某区法治政府建设情况报告${'</div>'.repeat(5000)}</body></html>`;
    await expect(ingestFile(new TextEncoder().encode(html), 'deep.html')).rejects.toMatchObject({
      code: 'too_complex',
      message: 'is a web page nested more than 512 levels deep; over 512 is refused (a page is a few dozen deep)',
    });
  });

  it('refuses a page nested 200,000 deep at once, without building its tree', async () => {
    const html = `<html><body>${'<div>'.repeat(200_000)}某区法治政府建设情况报告${'</div>'.repeat(200_000)}</body></html>`;
    const started = performance.now();
    await expect(ingestFile(new TextEncoder().encode(html), 'deep.html')).rejects.toMatchObject({ code: 'too_complex' });
    // Building the tree took half a minute; the refusal reads no further than the limit.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses a PDF of 20,000 pages by its page count, quickly', async () => {
    const bytes = manyPagesPdf(20_000);
    const started = performance.now();
    await expect(ingestFile(bytes, 'pages.pdf', { loadPdfjs: loadNodePdfjs })).rejects.toMatchObject({
      code: 'too_large',
      message: 'is a PDF of 20,000 pages; over 2,000 is refused (a report has tens)',
    });
    expect(performance.now() - started).toBeLessThan(20_000);
    // A PDF of a few pages built the same way is read.
    expect((await ingestFile(manyPagesPdf(3), 'few.pdf', { loadPdfjs: loadNodePdfjs })).notes).toEqual(['3 pages']);
  });
});

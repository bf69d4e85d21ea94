/**
 * A PDF's text layer to paragraphs. pdf.js gives positioned runs of text; runs on one baseline make
 * a line, and lines make a paragraph until one ends short, a heading starts, the next line is
 * indented after a sentence end, or a wider gap opens. Chinese is never given spaces between
 * characters: a space is only put where Latin text had one.
 *
 * pdf.js itself is injected: Node needs its legacy build, a browser its main build with a worker,
 * and this module must run in both without importing either.
 */

import { median } from '../lib/median';
import { DECODED_FILTERS, measureLayers, streamFilters } from './pdf-filters';
import { IngestError } from './types';

/**
 * Inflated bytes one stream pdf.js decodes for text (a page's content, a font) may reach, and all
 * of them together. A report's pages hold kilobytes of content each and its fonts a few megabytes;
 * pdf.js keeps what it inflates in memory (~2.5× the bytes), so this bounds it.
 */
export const MAX_PDF_STREAM_BYTES = 64 * 1024 * 1024;
export const MAX_PDF_INFLATED_BYTES = 256 * 1024 * 1024;
/** A report is tens of pages; a PDF of thousands is not one, and costs pdf.js seconds per thousand. */
export const MAX_PDF_PAGES = 2000;
/** Text runs of one page: a page of text has hundreds; hundreds of thousands are not a report page. */
export const MAX_RUNS_PER_PAGE = 500_000;

/** The part of a pdf.js module this reader uses (both builds fit it). */
export interface PdfjsLike {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfDocumentLike>; destroy(): Promise<void> };
}

export interface PdfDocumentLike {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<{ getTextContent(): Promise<{ items: readonly unknown[] }>; cleanup(): unknown }>;
}

/** pdf.js and the extra `getDocument` parameters its platform needs (cMapUrl, standardFontDataUrl…). */
export interface PdfjsProvider {
  readonly pdfjs: PdfjsLike;
  readonly documentParams?: Readonly<Record<string, unknown>>;
}

/** One positioned run of text from pdf.js. */
export interface TextRun {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size in page units. */
  readonly size: number;
}

/** A line of a page, with its extent for the paragraph rules. */
export interface TextLine {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly y: number;
  readonly size: number;
  readonly page: number;
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019\u2014\u2026]/;
const SENTENCE_END = /[。！？；：!?;:]["”’)）」』]*$/;
/** 一、 (一) （一） 1. 1、 第一 and the like: a heading starts a paragraph of its own. */
const HEADING_START =
  /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十\d]+[章节部分条])/;
/** Page furniture: "- 3 -", "第3页 共10页", "3/10". */
const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*(?:[/／]|共)\s*\d{1,4}\s*页?)?[-—–\s]*$/;

function isTextItem(item: unknown): item is { str: string; transform: number[]; width: number; height: number } {
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof (item as { str?: unknown }).str === 'string' &&
    Array.isArray((item as { transform?: unknown }).transform)
  );
}

/** pdf.js text items as runs; marked-content markers and empty strings are dropped. */
export function runsOf(items: readonly unknown[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    if (!isTextItem(item) || item.str.length === 0) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 10;
    runs.push({ str: item.str, x: e, y: f, width: item.width, size });
  }
  return runs;
}

/**
 * Joins the pieces of one line or paragraph. Between two wide (CJK) characters nothing goes, not
 * even a space the PDF drew; elsewhere a drawn space is kept as one, and a visible gap between Latin
 * letters or digits (`spaced`) becomes one. Pieces are kept in a list and only the last character
 * and whether white space is pending are remembered, so joining n pieces costs O(n), never the
 * O(n²) of re-trimming a growing string.
 */
export class PieceJoiner {
  private readonly parts: string[] = [];
  private last = '';
  /** The text so far ends with white space (dropped, or made one space, by what comes next). */
  private pendingSpace = false;

  add(piece: string, spaced: boolean): void {
    const core = piece.trimStart();
    if (this.parts.length === 0) {
      if (core.length === 0) return;
      const body = core.trimEnd();
      this.parts.push(body);
      this.last = body.at(-1) ?? '';
      this.pendingSpace = body.length < core.length;
      return;
    }
    if (core.length === 0) {
      this.pendingSpace = true;
      return;
    }
    const body = core.trimEnd();
    const first = body[0] ?? '';
    const bothWide = WIDE.test(this.last) && WIDE.test(first);
    const hadSpace = this.pendingSpace || core.length < piece.length;
    const space = !bothWide && (hadSpace || (spaced && !WIDE.test(this.last) && !WIDE.test(first)));
    this.parts.push(space ? ` ${body}` : body);
    this.last = body.at(-1) ?? '';
    this.pendingSpace = body.length < core.length;
  }

  /** The joined text, without leading or trailing white space. */
  text(): string {
    return this.parts.join('');
  }
}

/**
 * Groups runs into lines by baseline; runs of a line are read left to right. A run joins the
 * earliest line whose first run's baseline is within 0.4 of the larger font size. Lines are found
 * through buckets of baseline height, so a page of 100,000 runs takes milliseconds, not the
 * seconds a scan of every line per run took.
 */
export function linesOf(runs: readonly TextRun[], page: number): TextLine[] {
  const groups: TextRun[][] = [];
  // Bucket (baseline rounded down to a unit) → indices of the groups anchored there, ascending.
  const buckets = new Map<number, number[]>();
  let largest = 0;
  for (const run of runs) {
    const reach = Math.max(largest, run.size) * 0.4;
    let found = -1;
    const from = Math.floor(run.y - reach);
    const to = Math.floor(run.y + reach);
    // A font size no real page has would make the window huge: then look at every line.
    const keys = to - from <= 256 ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : [...buckets.keys()];
    for (const key of keys) {
      for (const index of buckets.get(key) ?? []) {
        if (found !== -1 && index > found) break;
        const anchor = groups[index]![0]!;
        if (Math.abs(anchor.y - run.y) <= Math.max(anchor.size, run.size) * 0.4) found = index;
      }
    }
    if (found !== -1) {
      groups[found]!.push(run);
      continue;
    }
    const key = Math.floor(run.y);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(groups.length);
    else buckets.set(key, [groups.length]);
    groups.push([run]);
    largest = Math.max(largest, run.size);
  }
  const lines: TextLine[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    const joiner = new PieceJoiner();
    let end = group[0]!.x;
    let size = 0;
    for (const run of group) {
      const gap = run.x - end;
      joiner.add(run.str, gap > run.size * 0.25);
      end = Math.max(end, run.x + run.width);
      size = Math.max(size, run.size);
    }
    const text = joiner.text();
    if (text.length === 0) continue;
    lines.push({ text, left: group[0]!.x, right: end, y: group[0]!.y, size, page });
  }
  // Top of the page first (PDF y grows upwards).
  return lines.sort((a, b) => b.y - a.y);
}

/** Drops page numbers standing as a page's first or last line. */
export function dropPageFurniture(lines: readonly TextLine[]): TextLine[] {
  return lines.filter((line, index) => {
    const edge = index === 0 || index === lines.length - 1 || lines[index - 1]!.page !== line.page || lines[index + 1]!.page !== line.page;
    return !(edge && PAGE_NUMBER.test(line.text));
  });
}

/** Rebuilds paragraphs from lines of every page, in order; one paragraph per output line. */
export function paragraphsOf(lines: readonly TextLine[]): string[] {
  if (lines.length === 0) return [];
  const bodyLines = lines.filter((line) => line.text.length >= 10);
  // Loops, not Math.min(...lines): a spread of 100,000 arguments overflows the stack.
  let left = Number.POSITIVE_INFINITY;
  for (const line of bodyLines.length ? bodyLines : lines) left = Math.min(left, line.left);
  let right = Number.NEGATIVE_INFINITY;
  for (const line of lines) right = Math.max(right, line.right);
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    if (lines[i]!.page === lines[i - 1]!.page) steps.push(lines[i - 1]!.y - lines[i]!.y);
  }
  const step = median(steps.filter((value) => value > 0)) ?? 0;

  const paragraphs: string[] = [];
  let current = new PieceJoiner();
  current.add(lines[0]!.text, false);
  for (let i = 1; i < lines.length; i += 1) {
    const previous = lines[i - 1]!;
    const line = lines[i]!;
    const size = previous.size;
    const short = previous.right < right - 2 * size;
    const indented = line.left > left + 0.9 * size;
    const wideGap = line.page === previous.page && step > 0 && previous.y - line.y > step * 1.4;
    const ended = SENTENCE_END.test(previous.text);
    // A change of font size parts a title from the text under it.
    const resized = Math.abs(line.size - previous.size) > 0.15 * Math.min(line.size, previous.size);
    const newParagraph = HEADING_START.test(line.text) || short || wideGap || resized || (ended && indented);
    if (newParagraph) {
      paragraphs.push(current.text());
      current = new PieceJoiner();
      current.add(line.text, false);
    } else {
      current.add(line.text, /[A-Za-z]$/.test(previous.text) && /^[A-Za-z]/.test(line.text));
    }
  }
  paragraphs.push(current.text());
  return paragraphs;
}

export interface PdfStreamBudget {
  readonly perStream: number;
  readonly total: number;
}

/**
 * Refuses a PDF whose compressed streams inflate past the budget, before pdf.js sees it. Every
 * `stream … endstream` of the file is found by its keywords (object streams included, so nothing
 * hides inside them) and decoded through every layer of its filter chain with a budget (a chain of
 * two FlateDecode layers inflates twice; src/ingest/pdf-filters.ts); image streams are skipped, as
 * pdf.js does not decode images for text. Encrypted streams do not decode and are left to pdf.js.
 */
export function checkPdfStreams(
  bytes: Uint8Array,
  budget: PdfStreamBudget = { perStream: MAX_PDF_STREAM_BYTES, total: MAX_PDF_INFLATED_BYTES },
): void {
  const text = new TextDecoder('windows-1252').decode(bytes);
  let total = 0;
  let at = 0;
  for (;;) {
    const keyword = text.indexOf('stream', at);
    if (keyword < 0) return;
    at = keyword + 6;
    if (text.startsWith('end', keyword - 3)) continue;
    let start = at;
    if (text[start] === '\r') start += 1;
    if (text[start] === '\n') start += 1;
    if (start === at) continue;
    const dictionaryStart = Math.max(text.lastIndexOf(' obj', keyword), text.lastIndexOf('endstream', keyword), 0);
    const dictionary = text.slice(dictionaryStart, keyword);
    const filters = streamFilters(dictionary);
    if (filters.length === 0 || /\/Subtype\s*\/Image/.test(dictionary)) continue;
    const endKeyword = text.indexOf('endstream', start);
    const end = endKeyword < 0 ? bytes.length : endKeyword;
    // Every layer of a chain counts (/FlateDecode /FlateDecode inflates twice), and the total too.
    const measured = measureLayers(bytes.subarray(start, end), filters, Math.min(budget.perStream, budget.total - total));
    if (measured.kind === 'over') {
      throw new IngestError(
        'too_large',
        `is a PDF whose compressed content inflates to over ${Math.round(Math.min(budget.perStream, budget.total) / 1024 / 1024)} MB (a zip bomb?); refused`,
      );
    }
    if (measured.kind === 'opaque' && filters.slice(filters.findIndex((filter) => !DECODED_FILTERS.has(filter)) + 1).length > 0) {
      throw new IngestError(
        'too_large',
        'is a PDF whose content chains a filter after an image filter, which cannot be measured before reading (a decompression bomb?); refused',
      );
    }
    if (measured.kind === 'fits') total += measured.bytes;
    at = end;
  }
}

/** A PDF's last kilobytes hold `%%EOF`; a file cut short lacks it even when pdf.js could recover pages. */
export function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('windows-1252').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return tail.includes('%%EOF');
}

/**
 * Reads a PDF's text layer. Throws `damaged` (cut short, or not a PDF pdf.js can open), `encrypted`,
 * `no_text` (a scan: no text layer) or `too_long` once the text passes `maxChars`.
 */
export async function readPdf(
  bytes: Uint8Array,
  loadPdfjs: () => Promise<PdfjsProvider>,
  maxChars: number,
): Promise<{ text: string; pages: number }> {
  if (!hasEndMarker(bytes)) throw new IngestError('damaged', 'is a damaged PDF: it is cut short (no end-of-file marker)');
  checkPdfStreams(bytes);
  const { pdfjs, documentParams } = await loadPdfjs();
  // pdf.js transfers the buffer to its worker, which detaches it: give it a copy.
  const task = pdfjs.getDocument({ ...documentParams, data: bytes.slice(), isEvalSupported: false, verbosity: 0 });
  try {
    let document: PdfDocumentLike;
    try {
      document = await task.promise;
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'PasswordException') throw new IngestError('encrypted', 'is a password-protected PDF');
      throw new IngestError('damaged', `is a damaged PDF: ${((error as Error).message || name).slice(0, 160)}`);
    }
    if (document.numPages > MAX_PDF_PAGES) {
      throw new IngestError(
        'too_large',
        `is a PDF of ${document.numPages.toLocaleString('en')} pages; over ${MAX_PDF_PAGES.toLocaleString('en')} is refused (a report has tens)`,
      );
    }
    const lines: TextLine[] = [];
    let chars = 0;
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      if (content.items.length > MAX_RUNS_PER_PAGE) {
        throw new IngestError(
          'too_large',
          `is a PDF with ${content.items.length.toLocaleString('en')} pieces of text on page ${pageNumber}; over ${MAX_RUNS_PER_PAGE.toLocaleString('en')} is refused (a page of a report has hundreds)`,
        );
      }
      const pageLines = linesOf(runsOf(content.items), pageNumber);
      page.cleanup();
      for (const line of pageLines) lines.push(line);
      chars += pageLines.reduce((sum, line) => sum + line.text.length, 0);
      if (chars > maxChars)
        throw new IngestError('too_long', `is a PDF with over ${maxChars.toLocaleString('en')} characters of text; longer is refused`);
    }
    const text = paragraphsOf(dropPageFurniture(lines)).join('\n');
    if (text.trim().length === 0) {
      throw new IngestError('no_text', `is a PDF without a text layer (${document.numPages} pages of images, a scan?); it would need OCR`);
    }
    return { text, pages: document.numPages };
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError('damaged', `is a damaged PDF: ${((error as Error).message || String(error)).slice(0, 160)}`);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

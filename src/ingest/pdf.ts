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
import { IngestError } from './types';

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
const HEADING_START = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十\d]+[章节部分条])/;
/** Page furniture: "- 3 -", "第3页 共10页", "3/10". */
const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*(?:[/／]|共)\s*\d{1,4}\s*页?)?[-—–\s]*$/;

function isTextItem(item: unknown): item is { str: string; transform: number[]; width: number; height: number } {
  return typeof item === 'object' && item !== null && typeof (item as { str?: unknown }).str === 'string' && Array.isArray((item as { transform?: unknown }).transform);
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
 * Joins two pieces of one line or paragraph. Between two wide (CJK) characters nothing goes, not
 * even a space the PDF drew; elsewhere a drawn space is kept as one, and a visible gap between Latin
 * letters or digits (`spaced`) becomes one.
 */
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

/** Groups runs into lines by baseline; runs of a line are read left to right. */
export function linesOf(runs: readonly TextRun[], page: number): TextLine[] {
  const groups: TextRun[][] = [];
  for (const run of runs) {
    const group = groups.find((candidate) => Math.abs(candidate[0]!.y - run.y) <= Math.max(candidate[0]!.size, run.size) * 0.4);
    if (group) group.push(run);
    else groups.push([run]);
  }
  const lines: TextLine[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = group[0]!.x;
    for (const run of group) {
      const gap = run.x - end;
      text = joinPieces(text, run.str, gap > run.size * 0.25);
      end = Math.max(end, run.x + run.width);
    }
    text = text.trim();
    if (text.length === 0) continue;
    lines.push({ text, left: group[0]!.x, right: end, y: group[0]!.y, size: Math.max(...group.map((run) => run.size)), page });
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
  const left = Math.min(...(bodyLines.length ? bodyLines : lines).map((line) => line.left));
  const right = Math.max(...lines.map((line) => line.right));
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    if (lines[i]!.page === lines[i - 1]!.page) steps.push(lines[i - 1]!.y - lines[i]!.y);
  }
  const step = median(steps.filter((value) => value > 0)) ?? 0;

  const paragraphs: string[] = [];
  let current = lines[0]!.text;
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
      paragraphs.push(current);
      current = line.text;
    } else {
      current = joinPieces(current, line.text, /[A-Za-z]$/.test(current) && /^[A-Za-z]/.test(line.text));
    }
  }
  paragraphs.push(current);
  return paragraphs;
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
export async function readPdf(bytes: Uint8Array, loadPdfjs: () => Promise<PdfjsProvider>, maxChars: number): Promise<{ text: string; pages: number }> {
  if (!hasEndMarker(bytes)) throw new IngestError('damaged', 'is a damaged PDF: it is cut short (no end-of-file marker)');
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
    const lines: TextLine[] = [];
    let chars = 0;
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      const pageLines = linesOf(runsOf(content.items), pageNumber);
      page.cleanup();
      lines.push(...pageLines);
      chars += pageLines.reduce((sum, line) => sum + line.text.length, 0);
      if (chars > maxChars) throw new IngestError('too_long', `is a PDF with over ${maxChars.toLocaleString('en')} characters of text; longer is refused`);
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

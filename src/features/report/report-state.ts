/**
 * The report reader's model, apart from rendering: paragraphs grouped into sections, the marked
 * extractions in reading order (for previous/next), the spans to mark per paragraph, and the
 * report's values in catalogue order.
 */

import type { Dataset } from '../../data/dataset';
import type { DetailFile, ExtractionEntry, IndicatorEntry, ParagraphEntry, PrimaryValueEntry, ReportEntry } from '../../data/schema';
import { shownValue } from '../../data/value-store';
import type { QuoteSpan } from '../../ui/values/quote';

export interface ReportSection {
  /** Index of the first paragraph: a stable key even when two sections share a title. */
  readonly key: number;
  readonly title: string;
  readonly kind: ParagraphEntry['sectionKind'];
  readonly paragraphs: readonly ParagraphEntry[];
}

/** Consecutive paragraphs with the same section title form one section. */
export function groupSections(paragraphs: readonly ParagraphEntry[]): ReportSection[] {
  const sections: { key: number; title: string; kind: ParagraphEntry['sectionKind']; paragraphs: ParagraphEntry[] }[] = [];
  paragraphs.forEach((paragraph, index) => {
    const last = sections.at(-1);
    if (last && last.title === paragraph.section) {
      last.paragraphs.push(paragraph);
    } else {
      sections.push({ key: index, title: paragraph.section, kind: paragraph.sectionKind, paragraphs: [paragraph] });
    }
  });
  return sections;
}

/** Separator of heading paths in section titles ("二、… / (一)…"), as the extractor writes them. */
export const SECTION_PATH_SEPARATOR = ' / ';

/** The innermost heading of a section title path. */
export function sectionLeaf(title: string): string {
  return (title.split(SECTION_PATH_SEPARATOR).at(-1) ?? title).trim();
}

/**
 * Whether a heading paragraph only repeats its section's title (shown already as the section
 * heading), so that the reader does not print it twice.
 */
export function repeatsSectionTitle(paragraph: ParagraphEntry, section: ReportSection): boolean {
  const text = paragraph.text.trim();
  return paragraph.isHeading && (text === section.title.trim() || text === sectionLeaf(section.title));
}

/** Extractions with a quote in the text, in reading order: what previous/next step through. */
export function markedExtractions(detail: DetailFile): ExtractionEntry[] {
  const order = new Map(detail.paragraphs.map((p, index) => [p.id, index]));
  return detail.extractions
    .filter((e) => !e.derived && e.start !== null && e.end !== null && order.has(e.paragraphId))
    .sort(
      (a, b) =>
        (order.get(a.paragraphId) ?? 0) - (order.get(b.paragraphId) ?? 0) || (a.start ?? 0) - (b.start ?? 0) || (a.end ?? 0) - (b.end ?? 0),
    );
}

/**
 * The extraction `delta` steps from `currentId` in `order`; from no (or an unknown) current one,
 * forward starts at the first and backward at the last. Stops at the ends (returns null).
 */
export function stepExtraction(order: readonly ExtractionEntry[], currentId: string | null, delta: 1 | -1): ExtractionEntry | null {
  const index = currentId === null ? -1 : order.findIndex((e) => e.id === currentId);
  if (index < 0) return (delta === 1 ? order[0] : order.at(-1)) ?? null;
  return order[index + delta] ?? null;
}

/** The spans to mark in each paragraph, by paragraph id. */
export function spansByParagraph(detail: DetailFile): Map<string, QuoteSpan[]> {
  const result = new Map<string, QuoteSpan[]>();
  for (const extraction of detail.extractions) {
    if (extraction.derived || extraction.start === null || extraction.end === null) continue;
    const list = result.get(extraction.paragraphId) ?? [];
    list.push({ id: extraction.id, start: extraction.start, end: extraction.end });
    result.set(extraction.paragraphId, list);
  }
  return result;
}

export interface ReportValue {
  readonly indicator: IndicatorEntry;
  readonly value: PrimaryValueEntry;
  readonly extraction: ExtractionEntry | undefined;
}

/** The report's primary values in catalogue order, with their extractions when the detail has them. */
export function reportValues(dataset: Dataset, report: ReportEntry, detail: DetailFile | undefined): ReportValue[] {
  const extractions = new Map(detail?.extractions.map((e) => [e.id, e]) ?? []);
  return dataset.indicators.flatMap((indicator) => {
    const value = shownValue(dataset.values, report, indicator.id);
    return value ? [{ indicator, value, extraction: extractions.get(value.extractionId) }] : [];
  });
}

/** The paragraphs the reader shows, and how many spam lines it left out. */
export function readableParagraphs(detail: DetailFile): { paragraphs: ParagraphEntry[]; dropped: number } {
  // The extractor flags a spam-injected title line (src/extract/segment/segment.ts); the reader follows it.
  const paragraphs = detail.paragraphs.filter((paragraph) => paragraph.injected !== true);
  return { paragraphs, dropped: detail.paragraphs.length - paragraphs.length };
}

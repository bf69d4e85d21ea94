/**
 * The reader's review mode, apart from rendering: every extraction of the report (the value used
 * and the other candidates, derived ones included) in reading order with its review status, and
 * which decisions were made in this browser (those can be undone here).
 */

import { extractionSpan } from '../../data/apply-review';
import type { Dataset } from '../../data/dataset';
import type { DetailFile, ExtractionEntry, IndicatorEntry, ReportEntry } from '../../data/schema';
import { shownValue } from '../../data/value-store';

export interface ReviewRow {
  readonly extraction: ExtractionEntry;
  readonly indicator: IndicatorEntry | undefined;
  /** The value the views use for its indicator. */
  readonly isPrimary: boolean;
  /** The decision behind its status was made in this browser (and can be undone here). */
  readonly mine: boolean;
}

/** Every extraction in reading order (a derived value after the counts it comes from). */
export function reviewRows(dataset: Dataset, report: ReportEntry, detail: DetailFile, myDecisionIds: ReadonlySet<string>): ReviewRow[] {
  const order = new Map(detail.paragraphs.map((paragraph, index) => [paragraph.id, index]));
  const byId = new Map(detail.extractions.map((extraction) => [extraction.id, extraction]));
  const position = (extraction: ExtractionEntry) => {
    const span = extractionSpan(extraction, byId);
    return [
      order.get(extraction.paragraphId) ?? Number.MAX_SAFE_INTEGER,
      span?.end ?? Number.MAX_SAFE_INTEGER,
      extraction.derived ? 1 : 0,
    ] as const;
  };
  return [...detail.extractions]
    .sort((a, b) => {
      const [pa, ea, da] = position(a);
      const [pb, eb, db] = position(b);
      return pa - pb || ea - eb || da - db;
    })
    .map((extraction) => ({
      extraction,
      indicator: dataset.indicatorById.get(extraction.indicator),
      isPrimary: shownValue(dataset.values, report, extraction.indicator)?.extractionId === extraction.id,
      mine: extraction.review !== undefined && myDecisionIds.has(extraction.review.decisionId),
    }));
}

/**
 * The first number in words a person selected, as a starting value for the form (Arabic digits,
 * full-width or not, grouping commas allowed); null when there is none. The person checks it.
 */
export function numberInWords(words: string): number | null {
  const normalised = words.replace(/[０-９．]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  const match = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(normalised);
  return match ? Number(match[0].replace(/,/g, '')) : null;
}

/** Longest selection accepted as a value's words: a clause, not a paragraph. */
export const MAX_SELECTION = 80;

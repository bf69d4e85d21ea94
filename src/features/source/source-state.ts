/**
 * Resolving a `source` reference (`<reportId>/<extractionId>`) against the index and the report's
 * detail file into everything the drill-down shows. Failures are values, so that the panel can
 * say which part is missing while the rest of the page keeps working.
 */

import { type Dataset, jurisdictionName } from '../../data/dataset';
import type { DetailFile, ExtractionEntry, IndicatorEntry, JurisdictionEntry, ParagraphEntry, ReportEntry } from '../../data/schema';
import { shownValue, shownValues } from '../../data/value-store';
import { parseSourceRef, type SourceRef } from '../../state/url-state';

export interface SourceHeader {
  readonly ref: SourceRef;
  readonly report: ReportEntry;
  readonly jurisdiction: JurisdictionEntry | undefined;
  readonly jurisdictionName: string;
  /** Known from the index when the extraction is a report's primary value. */
  readonly indicatorFromIndex: IndicatorEntry | undefined;
}

export type SourceHeaderResult =
  | { readonly kind: 'ok'; readonly header: SourceHeader }
  | { readonly kind: 'bad-ref'; readonly source: string }
  | { readonly kind: 'unknown-report'; readonly reportId: string };

/** What the index alone says about a source (enough to title the panel before the detail loads). */
export function resolveSourceHeader(dataset: Dataset, source: string): SourceHeaderResult {
  const ref = parseSourceRef(source);
  if (!ref) return { kind: 'bad-ref', source };
  const report = dataset.reportById.get(ref.reportId);
  if (!report) return { kind: 'unknown-report', reportId: ref.reportId };
  const jurisdiction = dataset.jurisdictionById.get(report.jurisdictionId);
  const indicatorId = Object.entries(shownValues(dataset.values, report)).find(([, value]) => value.extractionId === ref.extractionId)?.[0];
  return {
    kind: 'ok',
    header: {
      ref,
      report,
      jurisdiction,
      jurisdictionName: jurisdictionName(jurisdiction, report.jurisdictionId),
      indicatorFromIndex: indicatorId === undefined ? undefined : dataset.indicatorById.get(indicatorId),
    },
  };
}

/** A quoted number with its paragraph, ready to be shown with the quote marked. */
export interface QuotedSource {
  readonly extraction: ExtractionEntry;
  readonly indicator: IndicatorEntry | undefined;
  readonly paragraph: ParagraphEntry | undefined;
}

export interface SourceDetail {
  readonly extraction: ExtractionEntry;
  readonly indicator: IndicatorEntry | undefined;
  readonly paragraph: ParagraphEntry | undefined;
  /** Whether this extraction is the value the compare/trend/coverage views use. */
  readonly isPrimary: boolean;
  /** For a derived value: the quoted numbers it was computed from. */
  readonly derivedFrom: readonly QuotedSource[];
}

export type SourceDetailResult =
  { readonly kind: 'ok'; readonly detail: SourceDetail } | { readonly kind: 'unknown-extraction'; readonly extractionId: string };

export function resolveSourceDetail(dataset: Dataset, header: SourceHeader, detail: DetailFile): SourceDetailResult {
  const extractions = new Map(detail.extractions.map((e) => [e.id, e]));
  const paragraphs = new Map(detail.paragraphs.map((p) => [p.id, p]));
  const extraction = extractions.get(header.ref.extractionId);
  if (!extraction) return { kind: 'unknown-extraction', extractionId: header.ref.extractionId };
  const quoted = (entry: ExtractionEntry): QuotedSource => ({
    extraction: entry,
    indicator: dataset.indicatorById.get(entry.indicator),
    paragraph: paragraphs.get(entry.paragraphId),
  });
  return {
    kind: 'ok',
    detail: {
      ...quoted(extraction),
      isPrimary: shownValue(dataset.values, header.report, extraction.indicator)?.extractionId === extraction.id,
      derivedFrom: extraction.derivedFrom.flatMap((id) => {
        const entry = extractions.get(id);
        return entry ? [quoted(entry)] : [];
      }),
    },
  };
}

/**
 * extractReport: text in, metadata + paragraphs + source-grounded values out. Parsers run first
 * (normalize, segment, metadata, numbers, indicator matching), then refiners judge what they found
 * (derived rates, consistency warnings, one primary value per indicator).
 */

import { headingSubjectOf, type IndicatorCandidate, type MatchContext, matchParagraph } from './indicators/match';
import { datesToBeforeYearEnd, reportsPartOfYear } from './indicators/scope';
import { barBandPenaltyTotals, cellColumnPenaltyTotals, isTableRow, matchTableRow, tableHeaderYears } from './indicators/table';
import { extractMetadata } from './metadata';
import { impliedSubjectOf } from './metadata/document-kind';
import { normalizeForMatching } from './normalize/normalize';
import { findNumbers } from './numbers';
import { refineDerivedRates } from './refine/derive';
import { warnOnMetadata } from './refine/metadata-warnings';
import type { Refinement, Refiner } from './refine/refiner';
import { refineConsistency, refinePrimaryValues } from './refine/select';
import { stopsMidReport } from './segment/completeness';
import { flagInjectedTitleLines, segmentReport } from './segment/segment';
import { SYNTHETIC_MARKER } from './synthetic';
import type { ExtractedReport, Extraction, ReportMetadata } from './types';

/**
 * The refiners, in order: each judges what the parsers and the refiners before it found. Metadata
 * warnings first, then rates derived from counts (before the choice, which prefers a stated rate),
 * the primary value per indicator, and the consistency checks over the chosen values.
 */
const REFINERS: readonly Refiner[] = [warnOnMetadata, refineDerivedRates, refinePrimaryValues, refineConsistency];

/**
 * Reads one report. `text` is the report as decoded (web-page chrome and all), `view` its
 * matching view from `normalizeForMatching` when the caller has made it already; everything
 * returned points back into it: paragraph texts are verbatim slices, and each reported value's
 * span is a slice of its paragraph's text.
 */
export function extractReport(text: string, view?: string): ExtractedReport {
  // The caller may have the matching view already (recognition reads it too): it is made once.
  const normalized = view !== undefined && view.length === text.length ? view : normalizeForMatching(text);
  const paragraphs = segmentReport(text, normalized);
  const read = extractMetadata(text, normalized);
  // A text that stops mid-report is still read; the flag says a value it lacks may be on a missing page.
  const metadata: ReportMetadata = stopsMidReport(paragraphs, normalized) ? { ...read, flags: [...read.flags, 'partial'] } : read;
  const context = {
    reportYear: metadata.year?.value ?? null,
    level: metadata.level?.value ?? null,
    impliedSubject: impliedSubjectOf(metadata.documentKind),
    writtenBeforeYearEnd: datesToBeforeYearEnd(normalized),
    partOfYearReport: reportsPartOfYear(metadata.title?.value ?? null, normalized),
  };

  // The two contexts a paragraph is read in, made once: a spread per paragraph cost more than its matching.
  const inPlansContext = { ...context, inPlans: true };
  const outsidePlansContext = { ...context, inPlans: false };

  const extractions: Extraction[] = [];
  const sentenceOf = new Map<string, number>();
  let counter = 0;
  // The years of the flattened table being read (its header line), while its rows follow.
  let tableYears: number[] | null = null;
  const paragraphViews = paragraphs.map((paragraph) => normalized.slice(paragraph.offset, paragraph.offset + paragraph.text.length));
  const bodyParagraphs = paragraphs.filter((paragraph) => !paragraph.isHeading);
  const views = paragraphViews.filter((_, at) => !paragraphs[at]!.isHeading);
  // The subject each body paragraph's section heading lends its cases (the latest heading before it is its innermost).
  // A context with it is made once for the paragraphs under one heading in one kind of section, not spread for each.
  let lent: MatchContext | null = null;
  const withHeadingSubject = (sectionContext: MatchContext, headingSubject: string | null): MatchContext => {
    if (headingSubject === null) return sectionContext;
    if (lent?.headingSubject !== headingSubject || lent.inPlans !== sectionContext.inPlans) lent = { ...sectionContext, headingSubject };
    return lent;
  };
  const headingSubjects: (string | null)[] = [];
  let headingSubject: string | null = null;
  paragraphs.forEach((paragraph, at) => {
    if (paragraph.isHeading) headingSubject = headingSubjectOf(paragraphViews[at]!);
    else headingSubjects.push(headingSubject);
  });
  // A penalty statistics table's total, by the paragraph that states it: found over the lines together (a bar
  // table's caption may stand as a heading; a table one cell a line is read over the body, its cells not split).
  const penaltyTotals = new Map<string, IndicatorCandidate>();
  cellColumnPenaltyTotals(views, outsidePlansContext).forEach((total, at) => penaltyTotals.set(bodyParagraphs[at]!.id, total));
  barBandPenaltyTotals(paragraphViews, outsidePlansContext).forEach((total, at) => penaltyTotals.set(paragraphs[at]!.id, total));
  for (const [index, paragraph] of bodyParagraphs.entries()) {
    const view = views[index]!;
    const sectionContext = paragraph.sectionKind === 'plans' ? inPlansContext : outsidePlansContext;
    const paragraphContext = withHeadingSubject(sectionContext, headingSubjects[index]!);
    const header = tableHeaderYears(view);
    const row: IndicatorCandidate | null =
      header === null && tableYears !== null ? matchTableRow(view, tableYears, paragraphContext) : null;
    tableYears = header ?? (tableYears !== null && (row !== null || isTableRow(view)) ? tableYears : null);
    // A table's total or row stands for its line; its header and the lines it reads past give nothing
    // (a header line sets tableYears); any other paragraph is read sentence by sentence.
    let candidates: readonly IndicatorCandidate[];
    const total = paragraph.sectionKind === 'plans' ? undefined : penaltyTotals.get(paragraph.id);
    if (total !== undefined) candidates = [total];
    else if (row !== null) candidates = [row];
    else if (tableYears !== null) candidates = [];
    else candidates = matchParagraph(view, findNumbers(view), paragraphContext);
    for (const candidate of candidates) {
      counter += 1;
      const extraction: Extraction = {
        id: `e${counter}`,
        indicator: candidate.indicator,
        value: candidate.value,
        unit: candidate.unit,
        qualifier: candidate.qualifier,
        derived: false,
        paragraphId: paragraph.id,
        span: {
          start: candidate.quoteStart,
          end: candidate.quoteEnd,
          text: paragraph.text.slice(candidate.quoteStart, candidate.quoteEnd),
        },
        sectionKind: paragraph.sectionKind,
        derivedFrom: [],
        confidence: candidate.confidence,
        scope: candidate.scope,
        // The report's own characters (the matcher read the normalized view of the same length).
        wording: candidate.wording.map((part) => paragraph.text.slice(part.start, part.end)).join('…') || null,
        variant: candidate.variant,
      };
      extractions.push(extraction);
      sentenceOf.set(extraction.id, candidate.sentence);
    }
  }

  const initial: Refinement = { metadata, extractions, sentenceOf, values: {}, warnings: [] };
  const refined = REFINERS.reduce((state, refine) => refine(state), initial);
  return {
    metadata,
    paragraphs: flagInjectedTitleLines(paragraphs, new Set(refined.extractions.map((extraction) => extraction.paragraphId))),
    extractions: refined.extractions,
    values: refined.values,
    warnings: refined.warnings,
    synthetic: SYNTHETIC_MARKER.test(normalized),
  };
}

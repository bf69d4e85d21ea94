/**
 * The invariants across fields of a report's detail file, a person's review decision, a local
 * report file and the place search file (see src/data/schema/invariants.ts for those of the
 * layouts' files): plain functions without zod, run by the schemas' refinements and by the checks
 * generated from them. Apart from the layouts' because the page's first code holds only those.
 */

import { LOCAL_ID_PREFIX } from './constants';
import { type Columns, type Issue, sameLengthColumns } from './invariants';

/** A place's name, as the search file refers to it (a position in `names`). */
interface PlaceSearchColumns {
  readonly names: readonly string[];
  readonly pinyin: readonly string[];
  readonly places: Readonly<Record<'id', readonly string[]>> &
    Readonly<Record<'code', readonly (string | null)[]>> &
    Readonly<Record<'name' | 'province' | 'city' | 'county', readonly number[]>> &
    Columns;
}

interface ReviewFigures {
  readonly indicator: string;
  readonly value: number;
  readonly qualifier: string;
  readonly scope: string;
}

interface Extraction {
  readonly id: string;
  readonly derived: boolean;
  readonly paragraphId: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly quote: string | null;
}

export function traditionalPairs(pairs: string, issue: Issue): void {
  if ([...pairs].length % 2 !== 0) issue([], 'traditional holds pairs of characters');
}

export function placeSearchFile(file: PlaceSearchColumns, issue: Issue): void {
  if (file.pinyin.length !== file.names.length)
    issue(['pinyin'], `pinyin has ${file.pinyin.length} entries for ${file.names.length} names`);
  file.pinyin.forEach((syllables, i) => {
    const characters = [...(file.names[i] ?? '')].length;
    if (syllables.split(' ').length !== characters)
      issue(['pinyin', i], `"${syllables}" is not one syllable per character of ${file.names[i]}`);
  });
  sameLengthColumns(file.places, issue, ['places']);
  for (const column of ['name', 'province', 'city', 'county'] as const) {
    const at = file.places[column].findIndex((ref) => ref >= file.names.length);
    if (at >= 0) issue(['places', column, at], `refers to name ${file.places[column][at]}, but there are ${file.names.length}`);
  }
  file.places.id.forEach((id, i) => {
    if (id === '' && file.places.code[i] === null)
      issue(['places', 'id', i], 'an empty id stands for the division code, but the place has none');
  });
}

/** The provenance invariant, checked by the reader too: a quote must be the paragraph's own text. */
export function detailQuotes(
  detail: { readonly paragraphs: readonly { readonly id: string; readonly text: string }[]; readonly extractions: readonly Extraction[] },
  issue: Issue,
): void {
  const byId = new Map(detail.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  detail.extractions.forEach((extraction, index) => {
    if (extraction.derived) return;
    const paragraph = byId.get(extraction.paragraphId);
    const quoted =
      paragraph && extraction.start !== null && extraction.end !== null
        ? paragraph.text.slice(extraction.start, extraction.end)
        : undefined;
    if (quoted === undefined || quoted !== extraction.quote) {
      issue(
        ['extractions', index],
        `extraction ${extraction.id}: its quote is not the text of paragraph ${extraction.paragraphId} at ${extraction.start}–${extraction.end}`,
      );
    }
  });
}

export function reviewerNamed(name: string, issue: Issue): void {
  if (name.trim().length === 0) issue([], 'must name the reviewer');
}

export function reviewAnchor(anchor: { readonly start: number; readonly end: number; readonly quote: string }, issue: Issue): void {
  if (anchor.end - anchor.start !== anchor.quote.length)
    issue(['quote'], `the quote has ${anchor.quote.length} characters but end − start is ${anchor.end - anchor.start}`);
}

export function reviewDecision(
  decision: {
    readonly decision: string;
    readonly judged: (ReviewFigures & { readonly derived: boolean }) | null;
    readonly fields: ReviewFigures | null;
  },
  issue: Issue,
): void {
  const at = (path: string, message: string) => issue([path], message);
  const { decision: kind, judged, fields } = decision;
  if (kind === 'add' && judged !== null) at('judged', 'an "add" judges no extraction: judged must be null');
  if (kind !== 'add' && judged === null) at('judged', `a "${kind}" needs the extraction it judged`);
  if ((kind === 'add' || kind === 'correct') && fields === null)
    at('fields', `a "${kind}" needs the new figures (indicator, value, qualifier, scope)`);
  if ((kind === 'confirm' || kind === 'reject') && fields !== null) at('fields', `a "${kind}" gives no new figures: fields must be null`);
  if (kind === 'correct' && fields && judged && sameFigures(fields, judged))
    at('fields', 'a "correct" must change the value, qualifier, indicator or scope');
  if (judged?.derived && (kind === 'correct' || kind === 'add'))
    at('judged', 'a derived value is computed, not stated: confirm or reject it, or correct the counts it comes from');
}

export function localReportFile(
  file: {
    readonly report: {
      readonly id: string;
      readonly jurisdictionId: string;
      readonly local?: boolean | undefined;
      readonly values: Readonly<Record<string, { readonly extractionId: string }>>;
    };
    readonly jurisdiction: { readonly id: string };
    readonly detail: { readonly reportId: string; readonly extractions: readonly { readonly id: string }[] };
  },
  issue: Issue,
): void {
  const { report, jurisdiction, detail } = file;
  if (!report.id.startsWith(LOCAL_ID_PREFIX)) issue(['report', 'id'], `a local report's id starts with ${LOCAL_ID_PREFIX}`);
  if (report.local !== true) issue(['report', 'local'], 'a local report is marked local: true');
  if (detail.reportId !== report.id) issue(['detail', 'reportId'], `the detail file is report ${detail.reportId}, not ${report.id}`);
  if (report.jurisdictionId !== jurisdiction.id)
    issue(['jurisdiction', 'id'], `the report is of ${report.jurisdictionId}, the jurisdiction is ${jurisdiction.id}`);
  // Every primary value must point at an extraction the detail file holds (the drill-down needs it).
  const extractionIds = new Set(detail.extractions.map((extraction) => extraction.id));
  for (const [indicator, value] of Object.entries(report.values)) {
    if (!extractionIds.has(value.extractionId))
      issue(['report', 'values', indicator], `extraction ${value.extractionId} is not in the detail file`);
  }
}

function sameFigures(a: ReviewFigures, b: ReviewFigures): boolean {
  return a.indicator === b.indicator && a.value === b.value && a.qualifier === b.qualifier && a.scope === b.scope;
}

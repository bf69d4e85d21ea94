/**
 * Applying a person's review decisions to one report: the one rule, used by `npm run extract
 * --corrections` (src/cli/extract/corrections.ts) and by the dashboard (a report's reviewed detail, src/data/get-report-detail.ts).
 * Pure: a detail file and decisions in; the reviewed detail file, its primary values and what
 * became of each decision out.
 *
 * The rules (README, "Review and corrections"):
 * - **Anchor.** A decision holds only for the text it was made on: the SHA-256 of the report's
 *   decoded text must be the decision's. The words are then found by their offset in the whole
 *   text when both sides know it (the same text, so the offset is exact), else by the quote and
 *   up to 16 characters of context either side, in every paragraph. Words found nowhere, or in
 *   several places alike, leave the decision unapplied and reported — never applied to another
 *   sentence. Extraction ids are never used: they change between extractor versions.
 * - **The value judged** is the extraction at those words of the judged (or the new) indicator: the
 *   same span, else the most overlapping one that reads the same number.
 * - **Confirm** marks it 已核实 when it still reads as the person saw it (value, qualifier, scope);
 *   if the extractor now reads it differently the decision is `stale` and not applied.
 * - **Correct / add** give the person's figures. When the extractor already reads exactly those
 *   figures there, the value is 已核实 (`confirmed`, with `decision: 'correct'`): the number is both
 *   the extractor's and the person's, and an "original" would misstate what the extractor says.
 *   Otherwise it is 已更正 (`corrected`) with the extractor's reading kept as `original`.
 * - **A value the extractor no longer finds** at the words stays as the person's word: 人工添加
 *   (`added`). A rejection of it has nothing left to do (`obsolete`).
 * - **Conflicts**: several decisions on one value (two reviewers, two files, a published decision
 *   and a newer one in this browser): the latest `decidedAt` wins (then the greater id), the others
 *   are reported as `superseded`, never merged.
 */

import { findIndicator } from '../extract/light';
import { primaryValuesOf } from './primary-values';
import type {
  DetailFile,
  ExtractionEntry,
  ParagraphEntry,
  PrimaryValueEntry,
  ReviewAnchor,
  ReviewDecisionRecord,
  ReviewFields,
  ReviewMark,
} from './schema';

/** A decision and where it came from: a corrections file's name, 'browser', or {@link DATASET_SOURCE}. */
export interface SourcedDecision {
  readonly decision: ReviewDecisionRecord;
  readonly source: string;
}

/** The source of decisions already applied in the data folder (read back from its detail files). */
export const DATASET_SOURCE = 'dataset';

export type DecisionOutcome =
  /** `extractionId` null: a rejection that removed a value a person had added (no extraction is left to mark). */
  | {
      readonly kind: 'applied';
      readonly decision: SourcedDecision;
      readonly extractionId: string | null;
      readonly status: ReviewMark['status'];
    }
  /** Its words could not be found in this text: reported, never applied elsewhere. */
  | { readonly kind: 'unanchored'; readonly decision: SourcedDecision; readonly reason: string }
  /** A confirmation of a reading the extractor no longer gives: not applied, to be reviewed again. */
  | { readonly kind: 'stale'; readonly decision: SourcedDecision; readonly reason: string }
  /** A rejection (or a derived value's confirmation) of something the extractor no longer finds. */
  | { readonly kind: 'obsolete'; readonly decision: SourcedDecision; readonly reason: string }
  /** Names an indicator the catalogue does not have. */
  | { readonly kind: 'invalid'; readonly decision: SourcedDecision; readonly reason: string }
  /** Another decision on the same value is later and wins. */
  | { readonly kind: 'superseded'; readonly decision: SourcedDecision; readonly by: SourcedDecision };

export interface ReviewedReport {
  readonly detail: DetailFile;
  readonly values: Record<string, PrimaryValueEntry>;
  readonly outcomes: readonly DecisionOutcome[];
}

/** Extractions made for values a person added are `rv-<decisionId>`. */
export const ADDED_ID_PREFIX = 'rv-';

/** Characters of context kept either side of a quote. */
export const ANCHOR_CONTEXT = 16;

/** The context of `[start, end)` in a paragraph's text, as an anchor stores it. */
export function anchorContext(text: string, start: number, end: number): { before: string; after: string } {
  return { before: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start), after: text.slice(end, end + ANCHOR_CONTEXT) };
}

/**
 * Where an extraction stands in its paragraph: its own span, or for a derived value the span
 * covering the counts it was computed from (when they are all in its paragraph); null otherwise.
 */
export function extractionSpan(
  extraction: ExtractionEntry,
  byId: ReadonlyMap<string, ExtractionEntry>,
): { start: number; end: number } | null {
  if (!extraction.derived)
    return extraction.start !== null && extraction.end !== null ? { start: extraction.start, end: extraction.end } : null;
  const sources = extraction.derivedFrom.map((id) => byId.get(id));
  if (
    sources.length === 0 ||
    sources.some((source) => !source || source.paragraphId !== extraction.paragraphId || source.start === null || source.end === null)
  )
    return null;
  const spans = sources as ExtractionEntry[];
  return {
    start: Math.min(...spans.map((source) => source.start as number)),
    end: Math.max(...spans.map((source) => source.end as number)),
  };
}

/** The anchor of `[start, end)` in `paragraph`: what a new decision on those words records. */
export function anchorAt(paragraph: ParagraphEntry, start: number, end: number): ReviewAnchor {
  return {
    paragraphId: paragraph.id,
    start,
    end,
    quote: paragraph.text.slice(start, end),
    textStart: paragraph.offset === undefined ? null : paragraph.offset + start,
    ...anchorContext(paragraph.text, start, end),
  };
}

/** The detail file as the extractor wrote it: reviews removed, corrections undone, added values dropped. */
export function stripReview(detail: DetailFile): DetailFile {
  if (!detail.extractions.some((extraction) => extraction.review)) return detail;
  const extractions = detail.extractions.flatMap((extraction): ExtractionEntry[] => {
    const { review, ...rest } = extraction;
    if (!review) return [extraction];
    if (review.status === 'added') return [];
    if (!review.original) return [rest];
    const { indicator, value, qualifier, scope } = review.original;
    return [{ ...rest, indicator, value, qualifier, scope, unit: findIndicator(indicator)?.unit ?? rest.unit }];
  });
  return { ...detail, extractions };
}

const fieldsOf = (extraction: ExtractionEntry): ReviewFields => ({
  indicator: extraction.indicator,
  value: extraction.value,
  qualifier: extraction.qualifier,
  scope: extraction.scope,
});

const sameFields = (a: ReviewFields, b: ReviewFields) =>
  a.indicator === b.indicator && a.value === b.value && a.qualifier === b.qualifier && a.scope === b.scope;

/**
 * The decisions a reviewed detail file carries (applied when its data folder was built), rebuilt
 * so that they can be applied again together with newer ones.
 */
export function decisionsOfDetail(detail: DetailFile): SourcedDecision[] {
  const byId = new Map(detail.extractions.map((extraction) => [extraction.id, extraction]));
  const paragraphs = new Map(detail.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const base = new Map(stripReview(detail).extractions.map((extraction) => [extraction.id, extraction]));
  return detail.extractions.flatMap((extraction): SourcedDecision[] => {
    const { review } = extraction;
    const paragraph = paragraphs.get(extraction.paragraphId);
    const span = extractionSpan(extraction, byId);
    if (!review || !paragraph || !span) return [];
    const judgedFrom = review.original ?? fieldsOf(base.get(extraction.id) ?? extraction);
    const judged = review.decision === 'add' ? null : { extractionId: extraction.id, ...judgedFrom, derived: extraction.derived };
    const fields = review.decision === 'correct' || review.decision === 'add' ? fieldsOf(extraction) : null;
    return [
      {
        source: DATASET_SOURCE,
        decision: {
          id: review.decisionId,
          textSha256: detail.textSha256 ?? '',
          reportId: detail.reportId,
          anchor: anchorAt(paragraph, span.start, span.end),
          judged,
          decision: review.decision,
          fields,
          reviewer: review.reviewer,
          decidedAt: review.reviewedAt,
          note: review.note,
        },
      },
    ];
  });
}

type Location = { readonly paragraph: ParagraphEntry; readonly start: number; readonly end: number };

/** Whether the text around `[start, end)` agrees with the anchor's context (a paragraph cut differently may hold less of it, never other words). */
function contextFits(text: string, start: number, end: number, anchor: ReviewAnchor): boolean {
  const before = text.slice(Math.max(0, start - anchor.before.length), start);
  const after = text.slice(end, end + anchor.after.length);
  return anchor.before.endsWith(before) && anchor.after.startsWith(after);
}

const shortQuote = (quote: string) => (quote.length > 24 ? `${quote.slice(0, 23)}…` : quote);

/** Finds the anchor's words in the paragraphs, or says why not. */
export function locateAnchor(anchor: ReviewAnchor, paragraphs: readonly ParagraphEntry[]): Location | { readonly error: string } {
  const length = anchor.quote.length;
  if (anchor.textStart !== null && paragraphs.length > 0 && paragraphs.every((paragraph) => paragraph.offset !== undefined)) {
    const textStart = anchor.textStart;
    const paragraph = paragraphs.find(
      (candidate) =>
        (candidate.offset as number) <= textStart && textStart + length <= (candidate.offset as number) + candidate.text.length,
    );
    if (!paragraph) return { error: `its words 「${shortQuote(anchor.quote)}」 are no longer in any paragraph the extractor keeps` };
    const start = textStart - (paragraph.offset as number);
    if (paragraph.text.slice(start, start + length) !== anchor.quote)
      return { error: `the text at its place is not its quote 「${shortQuote(anchor.quote)}」` };
    return { paragraph, start, end: start + length };
  }
  const found: Location[] = [];
  for (const paragraph of paragraphs) {
    for (let at = paragraph.text.indexOf(anchor.quote); at >= 0; at = paragraph.text.indexOf(anchor.quote, at + 1)) {
      if (contextFits(paragraph.text, at, at + length, anchor)) found.push({ paragraph, start: at, end: at + length });
    }
  }
  if (found.length === 1) return found[0] as Location;
  if (found.length === 0) return { error: `its quote 「${shortQuote(anchor.quote)}」 is no longer in the report` };
  const same = found.find((place) => place.paragraph.id === anchor.paragraphId && place.start === anchor.start);
  return (
    same ?? {
      error: `its quote 「${shortQuote(anchor.quote)}」 stands in ${found.length} places with the same context; which one is meant cannot be told`,
    }
  );
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** The extraction a decision is about at its (located) words, or null when the extractor has none there. */
function matchExtraction(
  decision: ReviewDecisionRecord,
  place: Location,
  extractions: readonly ExtractionEntry[],
  byId: ReadonlyMap<string, ExtractionEntry>,
): ExtractionEntry | null {
  const derived = decision.judged?.derived === true;
  const indicators = [decision.judged?.indicator, decision.fields?.indicator].filter(
    (id, i, all): id is string => id !== undefined && all.indexOf(id) === i,
  );
  const candidates = extractions.flatMap((extraction) => {
    if (extraction.derived !== derived || extraction.paragraphId !== place.paragraph.id) return [];
    const span = extractionSpan(extraction, byId);
    return span && overlap(span, place) > 0 ? [{ extraction, span }] : [];
  });
  for (const indicator of indicators) {
    const exact = candidates.find(
      ({ extraction, span }) => extraction.indicator === indicator && span.start === place.start && span.end === place.end,
    );
    if (exact) return exact.extraction;
  }
  // The extractor may quote a little more or less of the sentence than before: an overlapping span
  // is the same value only when it also reads the same number (a wider quote of the next clause
  // reading another number of the same indicator is another value).
  const values = [decision.judged?.value, decision.fields?.value];
  for (const indicator of indicators) {
    const best = candidates
      .filter(({ extraction }) => extraction.indicator === indicator && values.includes(extraction.value))
      .sort((a, b) => overlap(b.span, place) - overlap(a.span, place))[0];
    if (best) return best.extraction;
  }
  return null;
}

interface Anchored {
  readonly place: Location;
  readonly extraction: ExtractionEntry | null;
  /** Decisions with the same key are about the same value (and compete). */
  readonly key: string;
}

/** Finds what a decision is about in the extractor's detail file, or the outcome that says why not. */
function anchorDecision(
  sourced: SourcedDecision,
  textSha256: string | undefined,
  base: DetailFile,
  byId: ReadonlyMap<string, ExtractionEntry>,
): Anchored | DecisionOutcome {
  const { decision } = sourced;
  if (sourced.source !== DATASET_SOURCE && decision.textSha256 !== textSha256) {
    const reason = textSha256
      ? `the report's source text is not the one it was made on (sha256 ${textSha256.slice(0, 12)}… here, ${decision.textSha256.slice(0, 12)}… in the decision)`
      : 'the data has no fingerprint of its source text (extract it again)';
    return { kind: 'unanchored', decision: sourced, reason };
  }
  const unknown = [decision.fields?.indicator, decision.judged?.indicator].find((id) => id !== undefined && !findIndicator(id));
  if (unknown !== undefined) return { kind: 'invalid', decision: sourced, reason: `the catalogue has no indicator ${unknown}` };
  const place = locateAnchor(decision.anchor, base.paragraphs);
  if ('error' in place) return { kind: 'unanchored', decision: sourced, reason: place.error };
  const extraction = matchExtraction(decision, place, base.extractions, byId);
  const key = extraction
    ? `x:${extraction.id}`
    : `s:${place.paragraph.id}:${place.start}:${place.end}:${(decision.fields ?? decision.judged)?.indicator}:${decision.judged?.derived === true}`;
  return { place, extraction, key };
}

/**
 * Which of `existing` decisions are about the same value as `next` in this report: a person
 * deciding again replaces their own earlier decision instead of competing with it.
 */
export function sameValueDecisions(detail: DetailFile, existing: readonly ReviewDecisionRecord[], next: ReviewDecisionRecord): string[] {
  const base = stripReview(detail);
  const byId = new Map(base.extractions.map((extraction) => [extraction.id, extraction]));
  const keyOf = (decision: ReviewDecisionRecord) => {
    const anchored = anchorDecision({ decision, source: 'browser' }, detail.textSha256, base, byId);
    return 'key' in anchored ? anchored.key : null;
  };
  const key = keyOf(next);
  if (key === null) return [];
  return existing.filter((decision) => decision.id !== next.id && keyOf(decision) === key).map((decision) => decision.id);
}

/** Later decision first; equal times by id, so that the order never depends on the input's. */
const laterFirst = (a: SourcedDecision, b: SourcedDecision) =>
  b.decision.decidedAt.localeCompare(a.decision.decidedAt) || (b.decision.id > a.decision.id ? 1 : b.decision.id < a.decision.id ? -1 : 0);

/** An ISO date-time comparable as a string: normalised to UTC, so that "+08:00" and "Z" times order right. */
function normalised(sourced: SourcedDecision): SourcedDecision {
  const time = Date.parse(sourced.decision.decidedAt);
  if (Number.isNaN(time)) return sourced;
  const utc = new Date(time).toISOString();
  return utc === sourced.decision.decidedAt ? sourced : { ...sourced, decision: { ...sourced.decision, decidedAt: utc } };
}

/**
 * Applies `decisions` (and those the detail file already carries) to one report. Decisions on
 * another text (a different SHA-256) are `unanchored`. The same decision given twice (one id) counts once.
 */
export function applyReview(detail: DetailFile, decisions: readonly SourcedDecision[]): ReviewedReport {
  const embedded = decisionsOfDetail(detail);
  if (decisions.length === 0 && embedded.length === 0) return { detail, values: primaryValuesOf(detail), outcomes: [] };
  const base = stripReview(detail);
  const byId = new Map(base.extractions.map((extraction) => [extraction.id, extraction]));
  const outcomes: DecisionOutcome[] = [];

  // Each decision once (a published decision imported into the browser is the same decision).
  const unique = new Map<string, SourcedDecision>();
  for (const sourced of [...embedded, ...decisions])
    if (!unique.has(sourced.decision.id)) unique.set(sourced.decision.id, normalised(sourced));

  // Anchor each decision and group the decisions by the value they are about.
  const targets = new Map<string, { place: Location; extraction: ExtractionEntry | null; decisions: SourcedDecision[] }>();
  for (const sourced of unique.values()) {
    const anchored = anchorDecision(sourced, detail.textSha256, base, byId);
    if ('kind' in anchored) {
      outcomes.push(anchored);
      continue;
    }
    const target = targets.get(anchored.key) ?? { place: anchored.place, extraction: anchored.extraction, decisions: [] };
    target.decisions.push(sourced);
    targets.set(anchored.key, target);
  }

  const changed = new Map<string, ExtractionEntry>();
  const added: ExtractionEntry[] = [];
  for (const { place, extraction, decisions: competing } of targets.values()) {
    const [winner, ...losers] = [...competing].sort(laterFirst) as [SourcedDecision, ...SourcedDecision[]];
    for (const loser of losers) outcomes.push({ kind: 'superseded', decision: loser, by: winner });
    const { decision } = winner;
    const mark = (status: ReviewMark['status'], original: ReviewFields | null): ReviewMark => ({
      status,
      decision: decision.decision,
      decisionId: decision.id,
      reviewer: decision.reviewer,
      reviewedAt: decision.decidedAt,
      note: decision.note,
      original,
    });
    const applied = (id: string, status: ReviewMark['status']) =>
      outcomes.push({ kind: 'applied', decision: winner, extractionId: id, status });
    const figures: ReviewFields | null =
      decision.fields ??
      (decision.judged
        ? {
            indicator: decision.judged.indicator,
            value: decision.judged.value,
            qualifier: decision.judged.qualifier,
            scope: decision.judged.scope,
          }
        : null);

    if (extraction && decision.decision === 'reject') {
      changed.set(extraction.id, { ...extraction, review: mark('rejected', null) });
      applied(extraction.id, 'rejected');
    } else if (extraction && decision.decision === 'confirm') {
      if (figures && sameFields(figures, fieldsOf(extraction))) {
        changed.set(extraction.id, { ...extraction, review: mark('confirmed', null) });
        applied(extraction.id, 'confirmed');
      } else {
        const now = fieldsOf(extraction);
        outcomes.push({
          kind: 'stale',
          decision: winner,
          reason: `it confirmed ${figures?.value} (${figures?.qualifier}, ${figures?.scope}) but the extractor now reads ${now.value} (${now.qualifier}, ${now.scope}) there; review it again`,
        });
      }
    } else if (extraction && figures) {
      // correct or add, at words the extractor reads too
      if (sameFields(figures, fieldsOf(extraction))) {
        changed.set(extraction.id, { ...extraction, review: mark('confirmed', null) });
        applied(extraction.id, 'confirmed');
      } else {
        const sameIndicator = figures.indicator === extraction.indicator;
        changed.set(extraction.id, {
          ...extraction,
          ...figures,
          unit: findIndicator(figures.indicator)?.unit ?? extraction.unit,
          wording: sameIndicator ? (extraction.wording ?? null) : null,
          variant: sameIndicator ? (extraction.variant ?? null) : null,
          review: mark('corrected', fieldsOf(extraction)),
        });
        applied(extraction.id, 'corrected');
      }
    } else if (decision.decision === 'reject' && losers.length > 0) {
      // The value rejected was a person's (added, or kept after the extractor stopped finding it): it is gone.
      outcomes.push({ kind: 'applied', decision: winner, extractionId: null, status: 'rejected' });
    } else if (decision.decision === 'reject' || decision.judged?.derived) {
      outcomes.push({
        kind: 'obsolete',
        decision: winner,
        reason: `the extractor no longer gives ${decision.judged?.indicator} at 「${shortQuote(decision.anchor.quote)}」; nothing to ${decision.decision}`,
      });
    } else if (figures) {
      // The person's word stands where the extractor finds nothing (any more): 人工添加.
      const id = `${ADDED_ID_PREFIX}${decision.id}`;
      added.push({
        id,
        indicator: figures.indicator,
        value: figures.value,
        unit: findIndicator(figures.indicator)?.unit ?? '',
        qualifier: figures.qualifier,
        derived: false,
        paragraphId: place.paragraph.id,
        start: place.start,
        end: place.end,
        quote: place.paragraph.text.slice(place.start, place.end),
        sectionKind: place.paragraph.sectionKind,
        derivedFrom: [],
        confidence: 1,
        formula: null,
        scope: figures.scope,
        wording: null,
        variant: null,
        review: mark('added', null),
      });
      applied(id, 'added');
    }
  }

  const reviewed: DetailFile = {
    ...base,
    extractions: [...base.extractions.map((extraction) => changed.get(extraction.id) ?? extraction), ...added],
  };
  return { detail: reviewed, values: primaryValuesOf(reviewed), outcomes };
}

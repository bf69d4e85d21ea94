/**
 * Corrections file (added, issue 11): a person's review decisions as data, versioned. Each
 * decision is anchored to the report's decoded text by its SHA-256, the paragraph, the offsets and
 * the quote (never by extraction ids, which change between extractor versions); it names the
 * extraction it judged, the decision, the new figures, who decided, when, and why. Written by the
 * dashboard (download), read by the dashboard (import) and by `npm run extract --corrections`.
 */

import { z } from 'zod/mini';

import { qualifierSchema, reviewDecisionSchema, reviewFieldsSchema, scopeSchema, sha256Schema, urlSafeId } from './common';
import { reviewAnchor, reviewDecision, reviewerNamed } from './record-invariants';
import { refinement } from './refinements';

export const CORRECTIONS_FORMAT = 'fazhi-atlas-corrections' as const;
export const CORRECTIONS_VERSION = 1 as const;

/** Where a decided value stands in the report: `paragraph.text.slice(start, end) === quote`. */
export const reviewAnchorSchema = z
  .object({
    paragraphId: urlSafeId,
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
    quote: z.string().check(z.minLength(1, 'the quote must not be empty')),
    /** Where the quote starts in the whole decoded text; null when the data had no paragraph offsets. */
    textStart: z.nullable(z.int().check(z.nonnegative())),
    /** Up to 16 characters of the paragraph before and after the quote: what tells two equal quotes apart. */
    before: z.string(),
    after: z.string(),
  })
  .check(refinement(reviewAnchor));

/** The extraction a decision judged, as the reviewer saw it (its id is for people; nothing attaches by it). */
export const judgedExtractionSchema = z.object({
  extractionId: urlSafeId,
  indicator: z.string().check(z.minLength(1, 'must name an indicator')),
  value: z.number(),
  qualifier: qualifierSchema,
  scope: scopeSchema,
  derived: z.boolean(),
});

export const reviewDecisionRecordSchema = z
  .object({
    id: urlSafeId,
    textSha256: sha256Schema,
    /** The report the decision was made on: a hint for finding it, never the anchor. */
    reportId: urlSafeId,
    anchor: reviewAnchorSchema,
    /** null for `add` (the extractor had no value there). */
    judged: z.nullable(judgedExtractionSchema),
    decision: reviewDecisionSchema,
    /** The person's figures: for `correct` and `add`; null for `confirm` and `reject`. */
    fields: z.nullable(reviewFieldsSchema),
    reviewer: z.string().check(refinement(reviewerNamed)),
    decidedAt: z.iso.datetime({ offset: true, error: 'must be an ISO date-time such as 2025-03-01T09:30:00Z' }),
    note: z.nullable(z.string()),
  })
  .check(refinement(reviewDecision));

export const correctionsFileSchema = z
  .object({
    format: z.literal(CORRECTIONS_FORMAT, `must be "${CORRECTIONS_FORMAT}"`),
    version: z.literal(CORRECTIONS_VERSION, `must be ${CORRECTIONS_VERSION} (the only version so far)`),
    decisions: z.array(reviewDecisionRecordSchema),
  })
  .check(
    z.superRefine((file, ctx) => {
      const seen = new Set<string>();
      file.decisions.forEach((decision, index) => {
        if (seen.has(decision.id))
          ctx.addIssue({ code: 'custom', path: ['decisions', index, 'id'], message: `decision id ${decision.id} appears twice` });
        seen.add(decision.id);
      });
    }),
  );

export type ReviewAnchor = z.infer<typeof reviewAnchorSchema>;
export type JudgedExtraction = z.infer<typeof judgedExtractionSchema>;
export type ReviewDecisionRecord = z.infer<typeof reviewDecisionRecordSchema>;
export type CorrectionsFile = z.infer<typeof correctionsFileSchema>;

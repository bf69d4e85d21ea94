/**
 * Compact layout (added; not part of contract v1, written beside it): `compact/catalog.json` and
 * `compact/values/<indicatorId>.json`. The contract's `index.json` stays complete and valid for
 * other tools; the dashboard reads these instead so that the first chart needs the catalogue and
 * one indicator's values, not every value of every report (src/data/compact.ts builds them).
 */

import { z } from 'zod/mini';

import { column } from './columns';
import {
  bodyKindSchema,
  documentKindSchema,
  httpUrlSchema,
  qualifierSchema,
  reviewMarkSchema,
  SCHEMA_VERSION,
  urlSafeId,
  utcTimeSchema,
  valueCheckSchema,
} from './common';
import { COMPACT_VERSION } from './constants';
import { indicatorEntrySchema, jurisdictionSchema, packPathSchema, reportFlagSchema, valueWarningSchema } from './contract';
import { compactCatalog, compactReports, compactReviewQueue, compactValues } from './invariants';
import { refinement } from './refinements';

export { COMPACT_VERSION };

/** Which indicators a report gives: hex digit k holds indicators 4k…4k+3 (bit j = indicator 4k+j). */
export const indicatorMaskSchema = z.string().check(z.regex(/^[0-9a-f]*$/));

/** Reports as columns: entry i of every column is report i. No values (they are per indicator). */
export const compactReportsSchema = z
  .object({
    id: column(urlSafeId),
    /** Index into the catalogue's `jurisdictions`. */
    jurisdiction: column(z.int().check(z.nonnegative())),
    year: column(z.nullable(z.int())),
    published: column(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))),
    body: column(z.nullable(z.string())),
    bodyKind: column(bodyKindSchema),
    /**
     * added (issue 19): null for a rule-of-law report, else its related kind. The column is left
     * out when every report is a rule-of-law report (as data written before it).
     */
    documentKind: z.optional(column(z.nullable(documentKindSchema))),
    title: column(z.nullable(z.string())),
    sourceFile: column(z.string()),
    detailPath: column(z.string().check(z.regex(/^[A-Za-z0-9_./-]+\.json$/))),
    /**
     * added (detail packs): each report's `[pack, offset, length]`, `pack` an index into
     * {@link compactCatalogSchema}'s `detailPacks` (a path written once, not once a report); null
     * for a loose detail file. Left out when no detail is packed.
     */
    detailPack: z.optional(
      column(z.nullable(z.tuple([z.int().check(z.nonnegative()), z.int().check(z.nonnegative()), z.int().check(z.positive())]))),
    ),
    flags: column(z.array(reportFlagSchema)),
    warningCount: column(z.int().check(z.nonnegative())),
    /** null: the field is absent in the index entry. */
    synthetic: column(z.nullable(z.boolean())),
    local: column(z.nullable(z.boolean())),
    /** null: absent in the index entry. The column itself is left out when no report has one. */
    sourceUrl: z.optional(column(z.nullable(httpUrlSchema))),
    retrievedAt: z.optional(column(z.nullable(utcTimeSchema))),
    /** Which indicators each report gives ({@link indicatorMaskSchema}), so coverage needs no value file. */
    has: column(indicatorMaskSchema),
  })
  .check(refinement(compactReports));

export const compactCatalogSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    compactVersion: z.literal(COMPACT_VERSION),
    indicators: z.array(indicatorEntrySchema),
    jurisdictions: column(jurisdictionSchema),
    reports: compactReportsSchema,
    /** added (detail packs): the pack files `reports.detailPack` points into; left out when no detail is packed. */
    detailPacks: z.optional(z.array(packPathSchema)),
  })
  .check(refinement(compactCatalog));

/** One indicator's primary values as columns: entry i of every column is one report's value. */
export const compactValuesSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    compactVersion: z.literal(COMPACT_VERSION),
    indicator: z.string(),
    /** Reports in the catalogue this file was written with (a check that the two belong together). */
    reportCount: z.int().check(z.nonnegative()),
    /** Index into the catalogue's report columns, ascending. */
    report: column(z.int().check(z.nonnegative())),
    value: column(z.number()),
    /** Index into {@link qualifierSchema}'s options (0 exact, 1 approx, 2 at_least, 3 at_most). */
    qualifier: column(z.int().check(z.minimum(0), z.maximum(qualifierSchema.options.length - 1))),
    derived: column(z.union([z.literal(0), z.literal(1)])),
    extraction: column(urlSafeId),
    /** Catalogue v2: each value's variant wording or null; absent in folders written before v2. */
    variant: z.optional(column(z.nullable(z.string()))),
    /** Each value's warnings ({@link valueWarningSchema}) or null; absent in older folders. */
    warnings: z.optional(column(z.nullable(z.array(valueWarningSchema)))),
    /** Review: each value's confidence (null: not known); absent in older folders. */
    confidence: z.optional(column(z.nullable(z.number()))),
    /** Review: each value's checks (src/data/value-checks.ts); absent in older folders. */
    checks: z.optional(column(z.array(valueCheckSchema))),
    /** Review: each value's review mark or null; written only when some value is reviewed. */
    review: z.optional(column(z.nullable(reviewMarkSchema))),
  })
  .check(refinement(compactValues));

/**
 * The review queue's order (added, issue 11; `compact/review-queue.json`): the values worth
 * checking first, riskiest first (src/data/review-risk.ts), and the values the data folder has
 * reviewed already. Every other value comes after the listed ones, in catalogue order, from the
 * catalogue's presence masks, so the queue over 16,000 reports needs no value file.
 */
export const compactReviewQueueSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    compactVersion: z.literal(COMPACT_VERSION),
    /** Reports and indicators in the catalogue it was written with (a check that the two belong together). */
    reportCount: z.int().check(z.nonnegative()),
    indicatorCount: z.int().check(z.nonnegative()),
    /** Risky values, riskiest first: index into the catalogue's reports and indicators. */
    report: column(z.int().check(z.nonnegative())),
    indicator: column(z.int().check(z.nonnegative())),
    /** Bitmask over REVIEW_RISKS (src/extract/vocabulary.ts). */
    risk: column(z.int().check(z.nonnegative())),
    score: column(z.number()),
    /** Values a person reviewed already (已核实, 已更正, 人工添加). */
    reviewedReport: column(z.int().check(z.nonnegative())),
    reviewedIndicator: column(z.int().check(z.nonnegative())),
  })
  .check(refinement(compactReviewQueue));

export type CompactReviewQueue = z.infer<typeof compactReviewQueueSchema>;

export function parseCompactReviewQueue(json: unknown): CompactReviewQueue {
  return compactReviewQueueSchema.parse(json);
}

export type CompactCatalog = z.infer<typeof compactCatalogSchema>;
export type CompactValues = z.infer<typeof compactValuesSchema>;

export function parseCompactCatalog(json: unknown): CompactCatalog {
  return compactCatalogSchema.parse(json);
}

export function parseCompactValues(json: unknown): CompactValues {
  return compactValuesSchema.parse(json);
}

/**
 * What every file of the data folder shares: the schema version, identifiers, addresses, times,
 * the closed lists' enums (derived from src/extract/vocabulary.ts) and a person's review mark.
 */

import { z } from 'zod/mini';

import { BODY_KINDS, DOCUMENT_KINDS, LEVELS, PROVENANCES, QUALIFIERS, SCOPES, SECTION_KINDS } from '../../extract/light';
import { REVIEW_DECISIONS, REVIEW_STATUSES, VALUE_CHECKS } from '../../lib/review-vocabulary';
import { URL_SAFE_ID } from '../../lib/url-safe-id';
import { withEntryCheck } from './columns';
import { SCHEMA_VERSION } from './constants';
import { declareDescription } from './describe';
import { finiteNumber } from './invariants';
import { refinement } from './refinements';

export { SCHEMA_VERSION };

/** Ids appear in URLs and file paths, so they are restricted to URL-safe characters. */
export const urlSafeId = z.string().check(z.regex(URL_SAFE_ID, 'must be URL-safe: letters, digits, _ . -'));

/**
 * An absolute http(s) address. Anything else (javascript:, data:, a relative path) is refused at the
 * boundary, since the dashboard makes these into links.
 */
export const httpUrlSchema = z
  .string()
  .check(z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'must be an absolute http(s) address'), z.maxLength(4096));

/** An ISO 8601 UTC time as `Date.prototype.toISOString` writes it. */
export const utcTimeSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/, 'must be an ISO 8601 UTC time'));

export const qualifierSchema = z.enum(QUALIFIERS);
export const sectionKindSchema = z.enum(SECTION_KINDS);
export const bodyKindSchema = z.enum(BODY_KINDS);
export const documentKindSchema = z.enum(DOCUMENT_KINDS);
/**
 * added (issue 19): what kind of official report a report is. Data written before document kinds
 * holds rule-of-law reports only, so a missing kind is upgraded to one when it is parsed.
 */
export const documentKindWithDefault = z._default(documentKindSchema, 'rule_of_law_report');
export const levelSchema = z.enum(LEVELS);
export const provenanceSchema = z.enum(PROVENANCES);
export const scopeSchema = z.enum(SCOPES);
export const reviewDecisionSchema = z.enum(REVIEW_DECISIONS);
export const reviewStatusSchema = z.enum(REVIEW_STATUSES);
export const valueCheckSchema = z.enum(VALUE_CHECKS);

/** SHA-256 of a report's decoded text (UTF-8), as 64 lower-case hex digits: what review decisions anchor to. */
export const sha256Schema = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 digest: 64 lower-case hex digits'));

/** The figures a review gives a value: what the person says the report states. */
export const reviewFieldsSchema = z.object({
  indicator: z.string().check(z.minLength(1, 'must name an indicator')),
  value: z.number().check(refinement(finiteNumber)),
  qualifier: qualifierSchema,
  scope: scopeSchema,
});

/**
 * added (issue 11): a person's review of a value as the dataset carries it, on the extraction in
 * the detail file and on the primary value in the index. `decision` is what was decided and
 * `status` what it amounts to now (a correction the extractor has since come to agree with is
 * `confirmed`; see src/data/apply-review.ts).
 */
export const reviewMarkSchema = z.object({
  status: reviewStatusSchema,
  decision: reviewDecisionSchema,
  decisionId: urlSafeId,
  reviewer: z.string(),
  /** ISO date-time. */
  reviewedAt: z.string(),
  note: z.nullable(z.string()),
  /** The extractor's reading, kept when the person's figures differ from it (corrected); else null. */
  original: z.nullable(reviewFieldsSchema),
});

export const bilingual = z.object({ zh: z.string(), en: z.string() });

/** A closed list's enum that also reads the list's renamed codes (data written before a rename). */
export function enumWithLegacy<const T extends readonly [string, ...string[]]>(values: T, legacy: Readonly<Record<string, T[number]>>) {
  const current = new Set<unknown>(values);
  const schema = withEntryCheck(
    z.pipe(
      z.transform((input: unknown) => (typeof input === 'string' ? (legacy[input] ?? input) : input)),
      z.enum(values),
    ),
    // A current value that is not also a legacy name passes through the rename unchanged.
    (value) => current.has(value) && !Object.hasOwn(legacy, value as string),
  );
  return declareDescription(schema, { type: 'literal', values: values.filter((value) => !Object.hasOwn(legacy, value)) });
}

export type ReviewFields = z.infer<typeof reviewFieldsSchema>;
export type ReviewMark = z.infer<typeof reviewMarkSchema>;

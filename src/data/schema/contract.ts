/**
 * Data contract v1 (docs/data-contract.md): `index.json` and the per-report detail files. Field
 * names of the contract are fixed; the fields marked "added" are this project's additions, which
 * the contract allows.
 */

import { z } from 'zod/mini';

import { LEGACY_METADATA_FLAGS, LEGACY_WARNING_CODES, METADATA_FLAGS, WARNING_CODES } from '../../extract/light';
import {
  bilingual,
  bodyKindSchema,
  documentKindWithDefault,
  enumWithLegacy,
  httpUrlSchema,
  levelSchema,
  provenanceSchema,
  qualifierSchema,
  reviewMarkSchema,
  SCHEMA_VERSION,
  scopeSchema,
  sectionKindSchema,
  sha256Schema,
  urlSafeId,
  utcTimeSchema,
  valueCheckSchema,
} from './common';
import { detailQuotes } from './record-invariants';
import { refinement } from './refinements';

export const indicatorEntrySchema = z.object({
  id: z.string(),
  label: bilingual,
  unit: z.string(),
  theme: z.string(),
  headline: z.boolean(),
  /** added: what counts, for the dashboard's definition pop-over */
  definition: bilingual,
  /** added */
  themeLabel: bilingual,
});

export const jurisdictionSchema = z.object({
  id: urlSafeId,
  /** Null when the report does not name its place (the report is kept and flagged). */
  name: z.nullable(z.string()),
  level: z.nullable(levelSchema),
  province: z.nullable(z.string()),
  city: z.nullable(z.string()),
  /** GB/T 2260 (6 digits) or, below county level, the 9-digit township code; null if unresolved. */
  code: z.nullable(z.string()),
  /** added: the county of a town or street */
  county: z.nullable(z.string()),
  /** added: whether province and city were read in the text or looked up in the division tables */
  placeProvenance: z.object({
    province: z.nullable(provenanceSchema),
    city: z.nullable(provenanceSchema),
  }),
});

/** added: a warning of the report about one value ("办结 49 件多于受理 46 件"), carried beside the value so views can show it. */
export const valueWarningSchema = z.object({
  code: enumWithLegacy(WARNING_CODES, LEGACY_WARNING_CODES),
  /** The extractor's words, "中文 / English". */
  message: z.string(),
});

export const primaryValueSchema = z.object({
  value: z.number(),
  qualifier: qualifierSchema,
  derived: z.boolean(),
  extractionId: urlSafeId,
  /** added (catalogue v2): the value was measured in a variant wording, e.g. 化解率 for the mediation success rate */
  variant: z.optional(z.string()),
  /** added: the report's warnings about this indicator (absent when there are none) */
  warnings: z.optional(z.array(valueWarningSchema)),
  /** added (review): the extraction's confidence, 0..1, so the review queue can rank without detail files */
  confidence: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  /** added (review): checks that concern this value (src/data/value-checks.ts) */
  checks: z.optional(z.array(valueCheckSchema)),
  /** added (review): a person's review; absent while unreviewed (a rejected value is no value) */
  review: z.optional(reviewMarkSchema),
});

export const reportFlagSchema = enumWithLegacy(METADATA_FLAGS, LEGACY_METADATA_FLAGS);

/** A pack file of detail members (docs/data-contract.md, "Detail packs"), relative to the data folder. */
export const packPathSchema = z.string().check(z.regex(/^details\/[A-Za-z0-9_.-]+\.pack$/));

/**
 * added (detail packs): where a report's detail is when the run wrote packs: `length` bytes at
 * `offset` in `path`, one gzip member that decompresses to exactly the loose detail file's bytes.
 */
export const detailPackSchema = z.object({
  path: packPathSchema,
  offset: z.int().check(z.nonnegative()),
  length: z.int().check(z.positive()),
});

export const reportEntrySchema = z.object({
  id: urlSafeId,
  jurisdictionId: urlSafeId,
  /** Null when no year reported on could be found (kept and flagged, never guessed). */
  year: z.nullable(z.int()),
  /** ISO date YYYY-MM-DD, or null when the page shows none. */
  published: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  body: z.nullable(z.string()),
  bodyKind: bodyKindSchema,
  /** added (issue 19): rule_of_law_report, or a related kind (docs/data-contract.md); read as rule_of_law_report when absent */
  documentKind: documentKindWithDefault,
  title: z.nullable(z.string()),
  sourceFile: z.string(),
  /** The detail's logical name, what readers key on; a file at this path only when `detailPack` is absent. */
  detailPath: z.string().check(z.regex(/^[A-Za-z0-9_./-]+\.json$/)),
  /** added (detail packs): absent for a loose detail file at `detailPath` (every run of ≤ 2,000 inputs by default). */
  detailPack: z.optional(detailPackSchema),
  values: z.record(z.string(), primaryValueSchema),
  /** added: named reasons why metadata is missing or uncertain */
  flags: z.array(reportFlagSchema),
  /** added: how many warnings the detail file holds */
  warningCount: z.int().check(z.nonnegative()),
  /** added: a generated report (synthetic load), never real data; shown as such everywhere */
  synthetic: z.optional(z.boolean()),
  /**
   * added: a report the user added in the browser (kept in IndexedDB, never served); its id starts
   * with `local-` so that it never collides with a bundled one. Shown as such everywhere.
   */
  local: z.optional(z.boolean()),
  /** added (review): SHA-256 of the decoded text the report was extracted from; review decisions anchor to it */
  textSha256: z.optional(sha256Schema),
  /**
   * added (`npm run collect`): the government web page the report was published on — for a report
   * read from an attachment (.pdf, .docx), the page that links it; for a page saved in the browser,
   * the address the page declares (canonical link, og:url). Absent when unknown.
   */
  sourceUrl: z.optional(httpUrlSchema),
  /** added (`npm run collect`): when the report's file was fetched; absent when it was not collected. */
  retrievedAt: z.optional(utcTimeSchema),
});

export const indexFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  indicators: z.array(indicatorEntrySchema),
  jurisdictions: z.array(jurisdictionSchema),
  reports: z.array(reportEntrySchema),
});

export const paragraphSchema = z.object({
  id: urlSafeId,
  section: z.string(),
  sectionKind: sectionKindSchema,
  text: z.string(),
  /** added */
  isHeading: z.boolean(),
  /** added (review): where the paragraph starts in the decoded text, so a decision re-anchors exactly */
  offset: z.optional(z.int().check(z.nonnegative())),
  /**
   * added (issue 23): `true` on a page's title line into which a hacked site injected spam; readers
   * leave it out (the extractor decided; nothing re-decides). Absent on every other paragraph.
   */
  injected: z.optional(z.literal(true)),
});

export const extractionSchema = z.object({
  id: urlSafeId,
  indicator: z.string(),
  value: z.number(),
  unit: z.string(),
  qualifier: qualifierSchema,
  derived: z.boolean(),
  paragraphId: urlSafeId,
  start: z.nullable(z.int().check(z.nonnegative())),
  end: z.nullable(z.int().check(z.nonnegative())),
  quote: z.nullable(z.string()),
  sectionKind: sectionKindSchema,
  derivedFrom: z.array(urlSafeId),
  /** added: 0..1 */
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  /** added: for a derived value, how it was computed */
  formula: z.nullable(z.string()),
  /**
   * Catalogue v2 (contract fields `scope`, `wording`, `variant`): whose figure it is, the words that
   * name the measure, and the variant wording when it is not the indicator's core wording. Always
   * written; a data folder from before v2 has no scope, read (upgraded when parsed) as `own`, so no
   * reader defaults it again.
   */
  scope: z._default(scopeSchema, 'own'),
  wording: z.optional(z.nullable(z.string())),
  variant: z.optional(z.nullable(z.string())),
  /** added (review): a person's review of this extraction, `rejected` included */
  review: z.optional(reviewMarkSchema),
});

export const warningSchema = z.object({
  code: enumWithLegacy(WARNING_CODES, LEGACY_WARNING_CODES),
  message: z.string(),
  paragraphId: z.nullable(urlSafeId),
  /** added: the indicators the warning is about; empty for a report-wide one, absent in older folders */
  indicators: z.optional(z.array(z.string())),
});

const evidenceSchema = <T extends z.ZodMiniType>(value: T) =>
  z.nullable(
    z.object({
      value,
      provenance: provenanceSchema,
      /** Offsets into the original document text (not a paragraph), with the words matched. */
      span: z.nullable(z.object({ start: z.int(), end: z.int(), text: z.string() })),
    }),
  );

/** added: a division an ambiguous place name may stand for (see metadata.placeCandidates) */
export const placeCandidateSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: levelSchema,
  province: z.nullable(z.string()),
  city: z.nullable(z.string()),
  county: z.nullable(z.string()),
});

/** added: where each metadata value came from */
export const metadataEvidenceSchema = z.object({
  title: evidenceSchema(z.string()),
  jurisdiction: evidenceSchema(z.string()),
  level: evidenceSchema(levelSchema),
  province: evidenceSchema(z.string()),
  city: evidenceSchema(z.string()),
  county: evidenceSchema(z.string()),
  code: evidenceSchema(z.string()),
  body: evidenceSchema(z.string()),
  year: evidenceSchema(z.int()),
  published: evidenceSchema(z.string()),
  /**
   * added: every same-named division the text leaves possible when the report is flagged
   * `ambiguous_place` (none is picked); empty otherwise. Optional on read (data written before it),
   * always written.
   */
  placeCandidates: z.optional(z.array(placeCandidateSchema)),
});

export const detailFileSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    reportId: urlSafeId,
    paragraphs: z.array(paragraphSchema),
    extractions: z.array(extractionSchema),
    warnings: z.array(warningSchema),
    metadata: metadataEvidenceSchema,
    /** added (review): SHA-256 of the decoded text (see reportEntrySchema) */
    textSha256: z.optional(sha256Schema),
  })
  .check(refinement(detailQuotes));

export type IndexFile = z.infer<typeof indexFileSchema>;
export type IndicatorEntry = z.infer<typeof indicatorEntrySchema>;
export type JurisdictionEntry = z.infer<typeof jurisdictionSchema>;
export type ReportEntry = z.infer<typeof reportEntrySchema>;
export type PrimaryValueEntry = z.infer<typeof primaryValueSchema>;
export type DetailFile = z.infer<typeof detailFileSchema>;
export type DetailPack = z.infer<typeof detailPackSchema>;
export type ParagraphEntry = z.infer<typeof paragraphSchema>;
export type ExtractionEntry = z.infer<typeof extractionSchema>;
export type WarningEntry = z.infer<typeof warningSchema>;
export type ValueWarning = z.infer<typeof valueWarningSchema>;
export type ReportFlag = z.infer<typeof reportFlagSchema>;

/**
 * Reads an index file of any known version. There is only version 1 so far; a later version adds
 * its migration here so that old data folders keep loading.
 */
export function parseIndexFile(json: unknown): IndexFile {
  return indexFileSchema.parse(json);
}

export function parseDetailFile(json: unknown): DetailFile {
  return detailFileSchema.parse(json);
}

/**
 * Data contract v1 (docs/data-contract.md): the one schema the extraction command writes with
 * and the dashboard reads with. Field names of the contract are fixed; the fields marked "added"
 * are this project's additions, which the contract allows.
 */

import { z } from 'zod/mini';
import {
  BODY_KINDS,
  LEGACY_METADATA_FLAGS,
  LEGACY_WARNING_CODES,
  LEVELS,
  METADATA_FLAGS,
  PROVENANCES,
  QUALIFIERS,
  REVIEW_DECISIONS,
  REVIEW_STATUSES,
  SCOPES,
  SECTION_KINDS,
  URL_SAFE_ID,
  VALUE_CHECKS,
  WARNING_CODES,
} from '../extract/vocabulary';

/**
 * Version 1, with additive fields that are optional on read (older data folders keep loading, no
 * migration needed): catalogue v2's scope/wording/variant, and a report's `sourceUrl` and
 * `retrievedAt` (where `npm run collect` fetched it, and when).
 */
export const SCHEMA_VERSION = 1 as const;

/** Ids appear in URLs and file paths, so they are restricted to URL-safe characters. */
export const urlSafeId = z.string().check(z.regex(URL_SAFE_ID, 'must be URL-safe: letters, digits, _ . -'));

/**
 * An absolute http(s) address. Anything else (javascript:, data:, a relative path) is refused at the
 * boundary, since the dashboard makes these into links.
 */
export const httpUrlSchema = z.string().check(z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'must be an absolute http(s) address'), z.maxLength(4096));

/** An ISO 8601 UTC time as `Date.prototype.toISOString` writes it. */
export const utcTimeSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/, 'must be an ISO 8601 UTC time'));

export const qualifierSchema = z.enum(QUALIFIERS);
export const sectionKindSchema = z.enum(SECTION_KINDS);
export const bodyKindSchema = z.enum(BODY_KINDS);
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
  value: z.number().check(z.refine(Number.isFinite, 'must be a finite number')),
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

const bilingual = z.object({ zh: z.string(), en: z.string() });

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

/** A closed list's enum that also reads the list's renamed codes (data written before a rename). */
function enumWithLegacy<const T extends readonly [string, ...string[]]>(values: T, legacy: Readonly<Record<string, T[number]>>) {
  return z.pipe(
    z.transform((input: unknown) => (typeof input === 'string' ? (legacy[input] ?? input) : input)),
    z.enum(values),
  );
}

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

export const reportEntrySchema = z.object({
  id: urlSafeId,
  jurisdictionId: urlSafeId,
  /** Null when no year reported on could be found (kept and flagged, never guessed). */
  year: z.nullable(z.int()),
  /** ISO date YYYY-MM-DD, or null when the page shows none. */
  published: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  body: z.nullable(z.string()),
  bodyKind: bodyKindSchema,
  title: z.nullable(z.string()),
  sourceFile: z.string(),
  detailPath: z.string().check(z.regex(/^[A-Za-z0-9_./-]+\.json$/)),
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
   * name the measure, and the variant wording when it is not the indicator's core wording. Optional
   * for reading data folders written before v2 (absent scope reads as `own`); always written.
   */
  scope: z.optional(scopeSchema),
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
  .check(z.superRefine((detail, ctx) => {
    // The provenance invariant, checked by the reader too: a quote must be the paragraph's own text.
    const byId = new Map(detail.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
    detail.extractions.forEach((extraction, index) => {
      if (extraction.derived) return;
      const paragraph = byId.get(extraction.paragraphId);
      const quoted =
        paragraph && extraction.start !== null && extraction.end !== null
          ? paragraph.text.slice(extraction.start, extraction.end)
          : undefined;
      if (quoted === undefined || quoted !== extraction.quote) {
        ctx.addIssue({
          code: 'custom',
          path: ['extractions', index],
          message: `extraction ${extraction.id}: its quote is not the text of paragraph ${extraction.paragraphId} at ${extraction.start}–${extraction.end}`,
        });
      }
    });
  }));

/*
 * Compact layout (added; not part of contract v1, written beside it): `compact/catalog.json` and
 * `compact/values/<indicatorId>.json`. The contract's `index.json` stays complete and valid for
 * other tools; the dashboard reads these instead so that the first chart needs the catalogue and
 * one indicator's values, not every value of every report (src/data/compact.ts builds them).
 */
export const COMPACT_VERSION = 1 as const;

/** Which indicators a report gives: hex digit k holds indicators 4k…4k+3 (bit j = indicator 4k+j). */
export const indicatorMaskSchema = z.string().check(z.regex(/^[0-9a-f]*$/));

const sameLengthColumns = (columns: Record<string, readonly unknown[]>, ctx: z.core.$RefinementCtx, path: string[]) => {
  const lengths = Object.entries(columns).map(([name, column]) => [name, column.length] as const);
  const expected = lengths[0]?.[1] ?? 0;
  for (const [name, length] of lengths) {
    if (length !== expected) ctx.addIssue({ code: 'custom', path: [...path, name], message: `column ${name} has ${length} entries, expected ${expected}` });
  }
};

/** Reports as columns: entry i of every column is report i. No values (they are per indicator). */
export const compactReportsSchema = z
  .object({
    id: z.array(urlSafeId),
    /** Index into the catalogue's `jurisdictions`. */
    jurisdiction: z.array(z.int().check(z.nonnegative())),
    year: z.array(z.nullable(z.int())),
    published: z.array(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))),
    body: z.array(z.nullable(z.string())),
    bodyKind: z.array(bodyKindSchema),
    title: z.array(z.nullable(z.string())),
    sourceFile: z.array(z.string()),
    detailPath: z.array(z.string().check(z.regex(/^[A-Za-z0-9_./-]+\.json$/))),
    flags: z.array(z.array(reportFlagSchema)),
    warningCount: z.array(z.int().check(z.nonnegative())),
    /** null: the field is absent in the index entry. */
    synthetic: z.array(z.nullable(z.boolean())),
    local: z.array(z.nullable(z.boolean())),
    /** null: absent in the index entry. The column itself is left out when no report has one. */
    sourceUrl: z.optional(z.array(z.nullable(httpUrlSchema))),
    retrievedAt: z.optional(z.array(z.nullable(utcTimeSchema))),
    /** Which indicators each report gives ({@link indicatorMaskSchema}), so coverage needs no value file. */
    has: z.array(indicatorMaskSchema),
  })
  .check(z.superRefine((columns, ctx) => sameLengthColumns(columns, ctx, [])));

export const compactCatalogSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    compactVersion: z.literal(COMPACT_VERSION),
    indicators: z.array(indicatorEntrySchema),
    jurisdictions: z.array(jurisdictionSchema),
    reports: compactReportsSchema,
  })
  .check(z.superRefine((catalog, ctx) => {
    const maskLength = Math.ceil(catalog.indicators.length / 4);
    catalog.reports.jurisdiction.forEach((index, i) => {
      if (index >= catalog.jurisdictions.length) ctx.addIssue({ code: 'custom', path: ['reports', 'jurisdiction', i], message: `no jurisdiction ${index}` });
    });
    catalog.reports.has.forEach((mask, i) => {
      if (mask.length !== maskLength) ctx.addIssue({ code: 'custom', path: ['reports', 'has', i], message: `mask of ${mask.length} digits, expected ${maskLength}` });
    });
  }));

/** One indicator's primary values as columns: entry i of every column is one report's value. */
export const compactValuesSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    compactVersion: z.literal(COMPACT_VERSION),
    indicator: z.string(),
    /** Reports in the catalogue this file was written with (a check that the two belong together). */
    reportCount: z.int().check(z.nonnegative()),
    /** Index into the catalogue's report columns, ascending. */
    report: z.array(z.int().check(z.nonnegative())),
    value: z.array(z.number()),
    /** Index into {@link qualifierSchema}'s options (0 exact, 1 approx, 2 at_least, 3 at_most). */
    qualifier: z.array(z.int().check(z.minimum(0), z.maximum(qualifierSchema.options.length - 1))),
    derived: z.array(z.union([z.literal(0), z.literal(1)])),
    extraction: z.array(urlSafeId),
    /** Catalogue v2: each value's variant wording or null; absent in folders written before v2. */
    variant: z.optional(z.array(z.nullable(z.string()))),
    /** Each value's warnings ({@link valueWarningSchema}) or null; absent in older folders. */
    warnings: z.optional(z.array(z.nullable(z.array(valueWarningSchema)))),
    /** Review: each value's confidence (null: not known); absent in older folders. */
    confidence: z.optional(z.array(z.nullable(z.number()))),
    /** Review: each value's checks (src/data/value-checks.ts); absent in older folders. */
    checks: z.optional(z.array(z.array(valueCheckSchema))),
    /** Review: each value's review mark or null; written only when some value is reviewed. */
    review: z.optional(z.array(z.nullable(reviewMarkSchema))),
  })
  .check(z.superRefine((file, ctx) => {
    const { report, value, qualifier, derived, extraction, variant, warnings, confidence, checks, review } = file;
    const optional = {
      ...(variant ? { variant } : {}),
      ...(warnings ? { warnings } : {}),
      ...(confidence ? { confidence } : {}),
      ...(checks ? { checks } : {}),
      ...(review ? { review } : {}),
    };
    sameLengthColumns({ report, value, qualifier, derived, extraction, ...optional }, ctx, []);
    report.forEach((index, i) => {
      if (index >= file.reportCount || (i > 0 && index <= (report[i - 1] as number))) {
        ctx.addIssue({ code: 'custom', path: ['report', i], message: `report index ${index} out of range or order` });
      }
    });
  }));

/*
 * Side files (added), written beside the contract's by the extraction command and read by the
 * dashboard on demand: `population.json`, the user's population table (from a `population.csv`
 * they put beside the reports; never bundled, never estimated), and `about.json`, when and with
 * which catalogue the folder was made.
 */
export const POPULATION_PATH = 'population.json';
export const ABOUT_PATH = 'about.json';

/** A division code: GB/T 2260 (6 digits, county level and above) or a 9-digit township code. */
export const divisionCodeSchema = z.string().check(z.regex(/^\d{6}(\d{3})?$/, 'a division code has 6 digits (GB/T 2260) or 9 (a township)'));

export const populationRowSchema = z.object({
  code: divisionCodeSchema,
  year: z.int().check(z.minimum(1949), z.maximum(2100)),
  /** Residents (常住人口), in persons. */
  population: z.int().check(z.positive()),
  /** Where the figure comes from, as the user wrote it (e.g. 第七次全国人口普查). */
  source: z.string().check(z.minLength(1)),
});

export const populationFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The CSV it was read from, relative to the working folder. */
  file: z.string(),
  rows: z.array(populationRowSchema),
});

export const aboutFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /**
   * The newest date the reports carry (a publication date, or a collected report's retrieval
   * day), YYYY-MM-DD; null when none has one. Not the time of the run: extracting the same reports
   * writes the same bytes (issue 14), so `npm start` leaves the committed public/data as it was.
   */
  newestReportDate: z.optional(z.nullable(z.string())),
  /** Older folders (before the data was made deterministic): the time of the run. Read, never written. */
  generatedAt: z.optional(z.string()),
  /** The indicator catalogue's version (docs/indicators.md). */
  catalogueVersion: z.int(),
});

export type PopulationRow = z.infer<typeof populationRowSchema>;
export type PopulationFile = z.infer<typeof populationFileSchema>;
export type AboutFile = z.infer<typeof aboutFileSchema>;
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
    report: z.array(z.int().check(z.nonnegative())),
    indicator: z.array(z.int().check(z.nonnegative())),
    /** Bitmask over REVIEW_RISKS (src/extract/vocabulary.ts). */
    risk: z.array(z.int().check(z.nonnegative())),
    score: z.array(z.number()),
    /** Values a person reviewed already (已核实, 已更正, 人工添加). */
    reviewedReport: z.array(z.int().check(z.nonnegative())),
    reviewedIndicator: z.array(z.int().check(z.nonnegative())),
  })
  .check(z.superRefine((file, ctx) => {
    sameLengthColumns({ report: file.report, indicator: file.indicator, risk: file.risk, score: file.score }, ctx, []);
    sameLengthColumns({ reviewedReport: file.reviewedReport, reviewedIndicator: file.reviewedIndicator }, ctx, []);
    for (const [name, column, limit] of [
      ['report', file.report, file.reportCount],
      ['reviewedReport', file.reviewedReport, file.reportCount],
      ['indicator', file.indicator, file.indicatorCount],
      ['reviewedIndicator', file.reviewedIndicator, file.indicatorCount],
    ] as const) {
      const bad = column.findIndex((position) => position >= limit);
      if (bad >= 0) ctx.addIssue({ code: 'custom', path: [name, bad], message: `position ${column[bad]} out of range (${limit})` });
    }
  }));

export type CompactReviewQueue = z.infer<typeof compactReviewQueueSchema>;

export function parseCompactReviewQueue(json: unknown): CompactReviewQueue {
  return compactReviewQueueSchema.parse(json);
}

/**
 * added: `dataset.json`, the manifest the extract command leaves in every folder it writes. It marks
 * the folder as a dataset this command may replace (src/cli/output-folder.ts) and says what is in
 * it. Deterministic: no time or path, so that extracting the same reports gives the same bytes.
 */
export const DATASET_MANIFEST = 'dataset.json';

export const datasetManifestSchema = z.object({
  writtenBy: z.literal('fazhi-atlas extract'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  compactVersion: z.literal(COMPACT_VERSION),
  reports: z.int().check(z.nonnegative()),
  jurisdictions: z.int().check(z.nonnegative()),
  /** Years reported on, ascending. */
  years: z.array(z.int()),
});

export type DatasetManifest = z.infer<typeof datasetManifestSchema>;

export function parseDatasetManifest(json: unknown): DatasetManifest {
  return datasetManifestSchema.parse(json);
}

export type CompactCatalog = z.infer<typeof compactCatalogSchema>;
export type CompactValues = z.infer<typeof compactValuesSchema>;

export function parseCompactCatalog(json: unknown): CompactCatalog {
  return compactCatalogSchema.parse(json);
}

export function parseCompactValues(json: unknown): CompactValues {
  return compactValuesSchema.parse(json);
}

/*
 * Corrections file (added, issue 11): a person's review decisions as data, versioned. Each
 * decision is anchored to the report's decoded text by its SHA-256, the paragraph, the offsets and
 * the quote (never by extraction ids, which change between extractor versions); it names the
 * extraction it judged, the decision, the new figures, who decided, when, and why. Written by the
 * dashboard (download), read by the dashboard (import) and by `npm run extract --corrections`.
 */
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
  .check(z.superRefine((anchor, ctx) => {
    if (anchor.end - anchor.start !== anchor.quote.length) {
      ctx.addIssue({ code: 'custom', path: ['quote'], message: `the quote has ${anchor.quote.length} characters but end − start is ${anchor.end - anchor.start}` });
    }
  }));

/** The extraction a decision judged, as the reviewer saw it (its id is for people; nothing attaches by it). */
export const judgedExtractionSchema = z.object({
  extractionId: urlSafeId,
  indicator: z.string().check(z.minLength(1, 'must name an indicator')),
  value: z.number(),
  qualifier: qualifierSchema,
  scope: scopeSchema,
  derived: z.boolean(),
});

const sameFields = (a: z.infer<typeof reviewFieldsSchema>, b: z.infer<typeof judgedExtractionSchema>) =>
  a.indicator === b.indicator && a.value === b.value && a.qualifier === b.qualifier && a.scope === b.scope;

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
    reviewer: z.string().check(z.refine((name) => name.trim().length > 0, 'must name the reviewer')),
    decidedAt: z.iso.datetime({ offset: true, error: 'must be an ISO date-time such as 2025-03-01T09:30:00Z' }),
    note: z.nullable(z.string()),
  })
  .check(z.superRefine((decision, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const { decision: kind, judged, fields } = decision;
    if (kind === 'add' && judged !== null) issue('judged', 'an "add" judges no extraction: judged must be null');
    if (kind !== 'add' && judged === null) issue('judged', `a "${kind}" needs the extraction it judged`);
    if ((kind === 'add' || kind === 'correct') && fields === null) issue('fields', `a "${kind}" needs the new figures (indicator, value, qualifier, scope)`);
    if ((kind === 'confirm' || kind === 'reject') && fields !== null) issue('fields', `a "${kind}" gives no new figures: fields must be null`);
    if (kind === 'correct' && fields && judged && sameFields(fields, judged)) issue('fields', 'a "correct" must change the value, qualifier, indicator or scope');
    if (judged?.derived && (kind === 'correct' || kind === 'add')) issue('judged', 'a derived value is computed, not stated: confirm or reject it, or correct the counts it comes from');
  }));

export const correctionsFileSchema = z
  .object({
    format: z.literal(CORRECTIONS_FORMAT, `must be "${CORRECTIONS_FORMAT}"`),
    version: z.literal(CORRECTIONS_VERSION, `must be ${CORRECTIONS_VERSION} (the only version so far)`),
    decisions: z.array(reviewDecisionRecordSchema),
  })
  .check(z.superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.decisions.forEach((decision, index) => {
      if (seen.has(decision.id)) ctx.addIssue({ code: 'custom', path: ['decisions', index, 'id'], message: `decision id ${decision.id} appears twice` });
      seen.add(decision.id);
    });
  }));

export type ReviewFields = z.infer<typeof reviewFieldsSchema>;
export type ReviewMark = z.infer<typeof reviewMarkSchema>;
export type ReviewAnchor = z.infer<typeof reviewAnchorSchema>;
export type JudgedExtraction = z.infer<typeof judgedExtractionSchema>;
export type ReviewDecisionRecord = z.infer<typeof reviewDecisionRecordSchema>;
export type CorrectionsFile = z.infer<typeof correctionsFileSchema>;

export type IndexFile = z.infer<typeof indexFileSchema>;
export type IndicatorEntry = z.infer<typeof indicatorEntrySchema>;
export type JurisdictionEntry = z.infer<typeof jurisdictionSchema>;
export type ReportEntry = z.infer<typeof reportEntrySchema>;
export type PrimaryValueEntry = z.infer<typeof primaryValueSchema>;
export type DetailFile = z.infer<typeof detailFileSchema>;
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

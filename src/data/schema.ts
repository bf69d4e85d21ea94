/**
 * Data contract v1 (design/data-contract.md): the one schema the extraction command writes with
 * and the dashboard reads with. Field names of the contract are fixed; the fields marked "added"
 * are this project's additions, which the contract allows.
 */

import { z } from 'zod/mini';
import { BODY_KINDS, LEVELS, METADATA_FLAGS, PROVENANCES, QUALIFIERS, SCOPES, SECTION_KINDS, URL_SAFE_ID, WARNING_CODES } from '../extract/vocabulary';

export const SCHEMA_VERSION = 1 as const;

/** Ids appear in URLs and file paths, so they are restricted to URL-safe characters. */
export const urlSafeId = z.string().check(z.regex(URL_SAFE_ID, 'must be URL-safe: letters, digits, _ . -'));

export const qualifierSchema = z.enum(QUALIFIERS);
export const sectionKindSchema = z.enum(SECTION_KINDS);
export const bodyKindSchema = z.enum(BODY_KINDS);
export const levelSchema = z.enum(LEVELS);
export const provenanceSchema = z.enum(PROVENANCES);
export const scopeSchema = z.enum(SCOPES);

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

/** added: a warning of the report about one value ("办结 49 件多于受理 46 件"), carried beside the value so views can show it. */
export const valueWarningSchema = z.object({
  code: z.enum(WARNING_CODES),
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
});

export const reportFlagSchema = z.enum(METADATA_FLAGS);

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
});

export const warningSchema = z.object({
  code: z.enum(WARNING_CODES),
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
});

export const detailFileSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    reportId: urlSafeId,
    paragraphs: z.array(paragraphSchema),
    extractions: z.array(extractionSchema),
    warnings: z.array(warningSchema),
    metadata: metadataEvidenceSchema,
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
  })
  .check(z.superRefine((file, ctx) => {
    const { report, value, qualifier, derived, extraction, variant, warnings } = file;
    sameLengthColumns({ report, value, qualifier, derived, extraction, ...(variant ? { variant } : {}), ...(warnings ? { warnings } : {}) }, ctx, []);
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
  /** ISO date-time of the extraction run. */
  generatedAt: z.string(),
  /** The indicator catalogue's version (docs/indicators.md). */
  catalogueVersion: z.int(),
});

export type PopulationRow = z.infer<typeof populationRowSchema>;
export type PopulationFile = z.infer<typeof populationFileSchema>;
export type AboutFile = z.infer<typeof aboutFileSchema>;

export type CompactCatalog = z.infer<typeof compactCatalogSchema>;
export type CompactValues = z.infer<typeof compactValuesSchema>;

export function parseCompactCatalog(json: unknown): CompactCatalog {
  return compactCatalogSchema.parse(json);
}

export function parseCompactValues(json: unknown): CompactValues {
  return compactValuesSchema.parse(json);
}

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

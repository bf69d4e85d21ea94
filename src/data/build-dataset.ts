/**
 * Turns extracted reports into the files of the data contract: one index and one detail file per
 * report. Pure, so the CLI and (later) the browser build the same files from the same reports.
 */

import type { Evidence, ExtractedReport } from '../extract/light';
import { INDICATORS, THEME_LABELS } from '../extract/light';
import { shortHash } from '../lib/short-hash';
import { primaryValuesOf } from './primary-values';
import {
  type DetailFile,
  detailFileSchema,
  type DetailPack,
  httpUrlSchema,
  type IndexFile,
  indexFileSchema,
  type JurisdictionEntry,
  type ReportEntry,
  reportEntrySchema,
  SCHEMA_VERSION,
  utcTimeSchema,
} from './schema';

export { shortHash };

export interface ExtractedInput {
  /** The input's path as given, relative to the working folder. */
  readonly sourceFile: string;
  readonly report: ExtractedReport;
  /** SHA-256 of the decoded text the report was extracted from (src/data/sha256.ts): review decisions anchor to it. */
  readonly textSha256?: string;
  /** The web page the report was published on, when known (collect's manifest, or the page's own declaration). */
  readonly sourceUrl?: string | null;
  /** When the file was fetched (ISO 8601 UTC), when it was collected. */
  readonly retrievedAt?: string | null;
}

export interface SupersededReport {
  readonly kept: string;
  readonly dropped: string;
  readonly reportId: string;
}

/**
 * The contract's files for a set of reports, ready to write (not to be confused with
 * `src/data/dataset.ts`'s `Dataset`, the dashboard's indexed view of a loaded index).
 */
export interface ContractFiles {
  readonly index: IndexFile;
  /** Detail files by their `detailPath`. */
  readonly details: ReadonlyMap<string, DetailFile>;
  /** Inputs that described the same report as another input and were not written. */
  readonly superseded: readonly SupersededReport[];
}

/** Ids of places without a division code are made from their names, and start with this. */
const NAMED_ID_PREFIX = 'x-';

function jurisdictionOf(input: ExtractedInput): JurisdictionEntry {
  const { metadata } = input.report;
  const name = metadata.jurisdiction?.value ?? null;
  const code = metadata.code?.value ?? null;
  const province = metadata.province?.value ?? null;
  const city = metadata.city?.value ?? null;
  const id =
    code ??
    (name
      ? `${NAMED_ID_PREFIX}${shortHash([province, city, metadata.county?.value, name].join('|'))}`
      : `unknown-${shortHash(input.sourceFile)}`);
  return {
    id,
    name,
    level: metadata.level?.value ?? null,
    province,
    city,
    code,
    county: metadata.county?.value ?? null,
    placeProvenance: {
      province: metadata.province?.provenance ?? null,
      city: metadata.city?.provenance ?? null,
    },
  };
}

/**
 * A place's own report is `<place>-<year>`; a department's report of the same place and year is a
 * different report and gets the body in its id, so the two never overwrite each other, and a
 * related report (a justice bureau's work summary, a reconsideration report…) gets its kind.
 *
 * Two inputs are the same report only when their place is known to be the same: a division code.
 * A place without one (a zone, a place the tables lack, an ambiguous name) has an id made from its
 * name, which two different places can share (two 仁和镇 with no clue to tell them apart); its
 * reports get a hash of their text in their id, so that only identical texts coincide and every
 * distinct report is written. (A report naming no place has an id made from its file already.)
 */
function reportKey(input: ExtractedInput, jurisdictionId: string): { id: string; detailPath: string } {
  const { metadata, paragraphs } = input.report;
  const yearPart = metadata.year ? String(metadata.year.value) : `unknown-year-${shortHash(input.sourceFile)}`;
  const bodyPart = metadata.bodyKind === 'department' ? `-dept-${shortHash(metadata.body?.value ?? input.sourceFile)}` : '';
  // A related report (a justice bureau's work summary…) is another report than the same body's rule-of-law report.
  const kindPart = metadata.documentKind === 'rule_of_law_report' ? '' : `-${metadata.documentKind}`;
  const textPart = jurisdictionId.startsWith(NAMED_ID_PREFIX)
    ? `-t${shortHash(paragraphs.map((paragraph) => paragraph.text).join('\n'))}`
    : '';
  return {
    id: `${jurisdictionId}-${yearPart}${bodyPart}${kindPart}${textPart}`,
    detailPath: `reports/${jurisdictionId}/${yearPart}${bodyPart}${kindPart}${textPart}.json`,
  };
}

function evidence<T>(item: Evidence<T> | null) {
  if (item === null) return null;
  return { value: item.value, provenance: item.provenance, span: item.span ?? null };
}

function detailOf(reportId: string, report: ExtractedReport, textSha256: string | undefined): DetailFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    reportId,
    paragraphs: report.paragraphs.map((paragraph) => ({
      id: paragraph.id,
      section: paragraph.section,
      sectionKind: paragraph.sectionKind,
      text: paragraph.text,
      isHeading: paragraph.isHeading,
      offset: paragraph.offset,
      ...(paragraph.injected ? { injected: true as const } : {}),
    })),
    extractions: report.extractions.map((extraction) => ({
      id: extraction.id,
      indicator: extraction.indicator,
      value: extraction.value,
      unit: extraction.unit,
      qualifier: extraction.qualifier,
      derived: extraction.derived,
      paragraphId: extraction.paragraphId,
      start: extraction.span?.start ?? null,
      end: extraction.span?.end ?? null,
      quote: extraction.span?.text ?? null,
      sectionKind: extraction.sectionKind,
      derivedFrom: [...extraction.derivedFrom],
      confidence: extraction.confidence,
      formula: extraction.formula ?? null,
      scope: extraction.scope,
      wording: extraction.wording,
      variant: extraction.variant,
    })),
    warnings: report.warnings.map((warning) => ({ ...warning, indicators: [...warning.indicators] })),
    metadata: {
      title: evidence(report.metadata.title),
      jurisdiction: evidence(report.metadata.jurisdiction),
      level: evidence(report.metadata.level),
      province: evidence(report.metadata.province),
      city: evidence(report.metadata.city),
      county: evidence(report.metadata.county),
      code: evidence(report.metadata.code),
      body: evidence(report.metadata.body),
      year: evidence(report.metadata.year),
      published: evidence(report.metadata.published),
      placeCandidates: report.metadata.placeCandidates.map((candidate) => ({ ...candidate })),
    },
    ...(textSha256 ? { textSha256 } : {}),
  };
}

function firstOf(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return a.length !== b.length ? (a.length < b.length ? a : b) : a < b ? a : b;
}

function strongerProvenance(a: 'text' | 'divisions' | null, b: 'text' | 'divisions' | null): 'text' | 'divisions' | null {
  return a === 'text' || b === 'text' ? 'text' : (a ?? b);
}

/**
 * One place described by several reports: each field keeps what any report established, and a
 * province read in some report's text beats one looked up. Commutative, so the index does not
 * depend on the order reports were read in.
 */
export function mergeJurisdictions(a: JurisdictionEntry, b: JurisdictionEntry): JurisdictionEntry {
  return {
    id: a.id,
    name: firstOf(a.name, b.name),
    level: a.level ?? b.level,
    province: firstOf(a.province, b.province),
    city: firstOf(a.city, b.city),
    code: a.code ?? b.code,
    county: firstOf(a.county, b.county),
    placeProvenance: {
      province: strongerProvenance(a.placeProvenance.province, b.placeProvenance.province),
      city: strongerProvenance(a.placeProvenance.city, b.placeProvenance.city),
    },
  };
}

/** One report made ready for the contract: its index entry and its detail file. */
export interface PreparedReport {
  readonly jurisdiction: JurisdictionEntry;
  readonly entry: ReportEntry;
  readonly detail: DetailFile;
  /** How many primary values it has: the tie-breaker between two copies of one report. */
  readonly valueCount: number;
}

/** Validates a detail file with the shared schema: its `parse`, or the same schema compiled (src/cli/compiled-schema.ts). */
export type DetailParser = (detail: unknown) => DetailFile;

const parseWithSchema: DetailParser = (detail) => detailFileSchema.parse(detail);

/**
 * Builds one report's index entry and detail file, validated with the shared schema (`parseDetail`:
 * the command line passes the schema compiled, which the browser cannot). Pure and independent of
 * other reports, so it can run in a worker thread.
 */
export function prepareReport(input: ExtractedInput, parseDetail: DetailParser = parseWithSchema): PreparedReport {
  const jurisdiction = jurisdictionOf(input);
  const { id, detailPath } = reportKey(input, jurisdiction.id);
  const { metadata, warnings } = input.report;
  const detail = parseDetail(detailOf(id, input.report, input.textSha256));
  // From the detail file, as after a review (src/data/primary-values.ts): the extractor's own
  // choice, with each value's confidence and checks for the review queue.
  const values = primaryValuesOf(detail);
  const entry: ReportEntry = {
    id,
    jurisdictionId: jurisdiction.id,
    year: metadata.year?.value ?? null,
    published: metadata.published?.value ?? null,
    body: metadata.body?.value ?? null,
    bodyKind: metadata.bodyKind,
    documentKind: metadata.documentKind,
    title: metadata.title?.value ?? null,
    sourceFile: input.sourceFile,
    detailPath,
    values,
    flags: [...metadata.flags],
    warningCount: warnings.length,
    synthetic: input.report.synthetic,
    ...(input.textSha256 ? { textSha256: input.textSha256 } : {}),
    // A malformed address or time is left out rather than failing the whole index later.
    // (Only a string is asked: a schema's failure builds an error object, and most reports have neither.)
    ...(typeof input.sourceUrl === 'string' && httpUrlSchema.safeParse(input.sourceUrl).success ? { sourceUrl: input.sourceUrl } : {}),
    ...(typeof input.retrievedAt === 'string' && utcTimeSchema.safeParse(input.retrievedAt).success
      ? { retrievedAt: input.retrievedAt }
      : {}),
  };
  return { jurisdiction, entry, detail, valueCount: Object.keys(values).length };
}

/**
 * When two inputs describe the same report (same place, year and body), the one with more values
 * is kept, then the one whose path sorts first: deterministic whatever order the files came in.
 */
type Ranked = { readonly entry: Pick<ReportEntry, 'sourceFile'>; readonly valueCount: number };

export function isPreferred(candidate: Ranked, incumbent: Ranked): boolean {
  if (candidate.valueCount !== incumbent.valueCount) return candidate.valueCount > incumbent.valueCount;
  return candidate.entry.sourceFile < incumbent.entry.sourceFile;
}

/**
 * Collects prepared reports one at a time, keeping only what the index needs, so that a national
 * run never holds every report's paragraphs in memory.
 */
export class DatasetAssembler {
  private readonly chosen = new Map<string, { jurisdiction: JurisdictionEntry; entry: ReportEntry; valueCount: number }>();
  private readonly supersededList: SupersededReport[] = [];

  /** Adds a report; returns false when an earlier copy of the same report is kept instead. */
  add(prepared: Omit<PreparedReport, 'detail'>): boolean {
    const existing = this.chosen.get(prepared.entry.id);
    if (existing) {
      const incoming = isPreferred(prepared, existing);
      const kept = incoming ? prepared.entry.sourceFile : existing.entry.sourceFile;
      const dropped = incoming ? existing.entry.sourceFile : prepared.entry.sourceFile;
      this.supersededList.push({ kept, dropped, reportId: prepared.entry.id });
      if (!incoming) return false;
    }
    this.chosen.set(prepared.entry.id, { jurisdiction: prepared.jurisdiction, entry: prepared.entry, valueCount: prepared.valueCount });
    return true;
  }

  /**
   * Records where the kept copy of a report's detail was packed (`detailPack` of its entry); the
   * extract command calls it once the report is kept and its member placed.
   */
  locateDetail(reportId: string, detailPack: DetailPack): void {
    const chosen = this.chosen.get(reportId);
    if (!chosen) throw new Error(`report ${reportId} is not kept`);
    chosen.entry = { ...chosen.entry, detailPack };
  }

  get superseded(): readonly SupersededReport[] {
    return this.supersededList;
  }

  /** The contract's index over every report kept, validated. */
  index(): IndexFile {
    return this.indexOf(false);
  }

  /**
   * The index, as {@link index}, letting go of the assembler's own copy of each entry as it is
   * validated: a national run holds every report's entry once, never twice (the validated copy
   * and the one it was made from). The assembler is empty afterwards.
   */
  takeIndex(): IndexFile {
    return this.indexOf(true);
  }

  private indexOf(release: boolean): IndexFile {
    const jurisdictions = new Map<string, JurisdictionEntry>();
    const reports: ReportEntry[] = [];
    for (const { jurisdiction, entry } of this.chosen.values()) {
      const known = jurisdictions.get(jurisdiction.id);
      jurisdictions.set(jurisdiction.id, known ? mergeJurisdictions(known, jurisdiction) : jurisdiction);
      reports.push(entry);
    }
    if (release) this.chosen.clear();
    reports.sort(compareReports);
    // Entry by entry, each replaced by its validated copy at once (the same as parsing the whole
    // index: the index's schema is its parts' schemas, nothing checked across them).
    for (let i = 0; i < reports.length; i += 1) reports[i] = reportEntrySchema.parse(reports[i]);
    const head = indexHeadOf(jurisdictions.values());
    // The reports, validated above, are put in after: the whole index is never copied.
    return { ...head, reports };
  }
}

/** The index's order of reports: by place, then year, then id. */
export function compareReports(
  a: Pick<ReportEntry, 'jurisdictionId' | 'year' | 'id'>,
  b: Pick<ReportEntry, 'jurisdictionId' | 'year' | 'id'>,
): number {
  return a.jurisdictionId.localeCompare(b.jurisdictionId) || (a.year ?? 0) - (b.year ?? 0) || a.id.localeCompare(b.id);
}

/** The index without its reports, validated: the catalogue and the (merged) jurisdictions in id order. */
export function indexHeadOf(jurisdictions: Iterable<JurisdictionEntry>): IndexFile {
  return indexFileSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    indicators: INDICATORS.map((indicator) => ({
      id: indicator.id,
      label: { ...indicator.label },
      unit: indicator.unit,
      theme: indicator.theme,
      headline: indicator.headline,
      definition: { ...indicator.definition },
      themeLabel: { ...THEME_LABELS[indicator.theme] },
    })),
    jurisdictions: [...jurisdictions].sort((a, b) => a.id.localeCompare(b.id)),
    reports: [],
  });
}

/** The contract files of one prepared report (a report added in the browser). */
export function contractFilesOfReport(prepared: PreparedReport): ContractFiles {
  const assembler = new DatasetAssembler();
  assembler.add(prepared);
  return { index: assembler.index(), details: new Map([[prepared.entry.detailPath, prepared.detail]]), superseded: [] };
}

/** Builds the index and the detail files, validated with the shared schema before anyone writes them. */
export function buildContractFiles(inputs: readonly ExtractedInput[]): ContractFiles {
  const assembler = new DatasetAssembler();
  const details = new Map<string, DetailFile>();
  for (const input of inputs) {
    const prepared = prepareReport(input);
    if (assembler.add(prepared)) details.set(prepared.entry.detailPath, prepared.detail);
  }
  return { index: assembler.index(), details, superseded: assembler.superseded };
}

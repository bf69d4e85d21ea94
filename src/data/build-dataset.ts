/**
 * Turns extracted reports into the files of the data contract: one index and one detail file per
 * report. Pure, so the CLI and (later) the browser build the same files from the same reports.
 */

import { INDICATORS, THEME_LABELS } from '../extract';
import type { Evidence, ExtractedReport } from '../extract';
import {
  type DetailFile,
  type IndexFile,
  type JurisdictionEntry,
  type ReportEntry,
  SCHEMA_VERSION,
  detailFileSchema,
  indexFileSchema,
} from './schema';

export interface ExtractedInput {
  /** The input's path as given, relative to the working folder. */
  readonly sourceFile: string;
  readonly report: ExtractedReport;
}

export interface SupersededReport {
  readonly kept: string;
  readonly dropped: string;
  readonly reportId: string;
}

export interface Dataset {
  readonly index: IndexFile;
  /** Detail files by their `detailPath`. */
  readonly details: ReadonlyMap<string, DetailFile>;
  /** Inputs that described the same report as another input and were not written. */
  readonly superseded: readonly SupersededReport[];
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable id for names that have no division code. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function jurisdictionOf(input: ExtractedInput): JurisdictionEntry {
  const { metadata } = input.report;
  const name = metadata.jurisdiction?.value ?? null;
  const code = metadata.code?.value ?? null;
  const province = metadata.province?.value ?? null;
  const city = metadata.city?.value ?? null;
  const id = code ?? (name ? `x-${shortHash([province, city, metadata.county?.value, name].join('|'))}` : `unknown-${shortHash(input.sourceFile)}`);
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
 * different report and gets the body in its id, so the two never overwrite each other.
 */
function reportKey(input: ExtractedInput, jurisdictionId: string): { id: string; detailPath: string } {
  const { metadata } = input.report;
  const yearPart = metadata.year ? String(metadata.year.value) : `unknown-year-${shortHash(input.sourceFile)}`;
  const bodyPart = metadata.bodyKind === 'department' ? `-dept-${shortHash(metadata.body?.value ?? input.sourceFile)}` : '';
  return {
    id: `${jurisdictionId}-${yearPart}${bodyPart}`,
    detailPath: `reports/${jurisdictionId}/${yearPart}${bodyPart}.json`,
  };
}

function evidence<T>(item: Evidence<T> | null) {
  if (item === null) return null;
  return { value: item.value, provenance: item.provenance, span: item.span ?? null };
}

function detailOf(reportId: string, report: ExtractedReport): DetailFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    reportId,
    paragraphs: report.paragraphs.map((paragraph) => ({
      id: paragraph.id,
      section: paragraph.section,
      sectionKind: paragraph.sectionKind,
      text: paragraph.text,
      isHeading: paragraph.isHeading,
    })),
    extractions: report.extractions.map((extraction) => ({
      id: extraction.id,
      indicator: extraction.indicator,
      value: extraction.value,
      unit: extraction.unit,
      qualifier: extraction.qualifier,
      derived: extraction.derived,
      paragraphId: extraction.paragraphId,
      start: extraction.start,
      end: extraction.end,
      quote: extraction.quote,
      sectionKind: extraction.sectionKind,
      derivedFrom: [...extraction.derivedFrom],
      confidence: extraction.confidence,
      formula: extraction.formula ?? null,
    })),
    warnings: report.warnings.map((warning) => ({ ...warning })),
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
    },
  };
}

/**
 * When two inputs describe the same report (same place, year and body), the one with more values
 * is kept, then the one whose path sorts first: deterministic whatever order the files came in.
 */
function preferred(a: ExtractedInput, b: ExtractedInput): ExtractedInput {
  const countA = Object.keys(a.report.values).length;
  const countB = Object.keys(b.report.values).length;
  if (countA !== countB) return countA > countB ? a : b;
  return a.sourceFile <= b.sourceFile ? a : b;
}

/** Builds the index and the detail files, validated with the shared schema before anyone writes them. */
export function buildDataset(inputs: readonly ExtractedInput[]): Dataset {
  const jurisdictions = new Map<string, JurisdictionEntry>();
  const chosen = new Map<string, { input: ExtractedInput; jurisdiction: JurisdictionEntry; detailPath: string }>();
  const superseded: SupersededReport[] = [];

  for (const input of inputs) {
    const jurisdiction = jurisdictionOf(input);
    const { id, detailPath } = reportKey(input, jurisdiction.id);
    const existing = chosen.get(id);
    if (existing) {
      const keep = preferred(existing.input, input);
      const drop = keep === input ? existing.input : input;
      superseded.push({ kept: keep.sourceFile, dropped: drop.sourceFile, reportId: id });
      if (keep === existing.input) continue;
    }
    chosen.set(id, { input, jurisdiction, detailPath });
  }

  const reports: ReportEntry[] = [];
  const details = new Map<string, DetailFile>();
  for (const [id, { input, jurisdiction, detailPath }] of chosen) {
    jurisdictions.set(jurisdiction.id, jurisdiction);
    const { metadata, values, warnings } = input.report;
    reports.push({
      id,
      jurisdictionId: jurisdiction.id,
      year: metadata.year?.value ?? null,
      published: metadata.published?.value ?? null,
      body: metadata.body?.value ?? null,
      bodyKind: metadata.bodyKind,
      title: metadata.title?.value ?? null,
      sourceFile: input.sourceFile,
      detailPath,
      values: Object.fromEntries(Object.entries(values).map(([indicator, value]) => [indicator, { ...value }])),
      flags: [...metadata.flags],
      warningCount: warnings.length,
      synthetic: input.report.synthetic,
    });
    details.set(detailPath, detailFileSchema.parse(detailOf(id, input.report)));
  }

  reports.sort((a, b) => a.jurisdictionId.localeCompare(b.jurisdictionId) || (a.year ?? 0) - (b.year ?? 0) || a.id.localeCompare(b.id));
  const index = indexFileSchema.parse({
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
    jurisdictions: [...jurisdictions.values()].sort((a, b) => a.id.localeCompare(b.id)),
    reports,
  });
  return { index, details, superseded };
}

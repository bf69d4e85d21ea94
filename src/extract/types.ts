/**
 * Types shared by the extractor's parsers and refiners. Everything the extractor reports points
 * back into the text it read, with the words it read there: an extraction's span counts within
 * its paragraph ({@link ParagraphSpan}), a metadata value's within the whole text ({@link TextSpan});
 * `….slice(start, end) === span.text` holds for the text each counts from (src/lib/spans.ts).
 */

import type { ParagraphSpan, TextSpan } from '../lib/spans';
import type { IndicatorId, IndicatorUnit } from './catalogue';
import type {
  BodyKind,
  DocumentKind,
  JurisdictionLevel,
  MetadataFlag,
  Provenance,
  Qualifier,
  Scope,
  SectionKind,
  WarningCode,
} from './vocabulary';

export type {
  BodyKind,
  DocumentKind,
  JurisdictionLevel,
  MetadataFlag,
  Provenance,
  Qualifier,
  Scope,
  SectionKind,
  WarningCode,
} from './vocabulary';

export interface Evidence<T> {
  readonly value: T;
  readonly provenance: Provenance;
  /** The words in the whole text that gave the value (a span of the text, not of a paragraph); absent when looked up from divisions. */
  readonly span?: TextSpan & { readonly text: string };
}

/** A division an ambiguous place name may stand for, with its parents' names (table names). */
export interface PlaceCandidate {
  /** GB/T 2260 code (6 digits), or the 9-digit township code. */
  readonly code: string;
  readonly name: string;
  readonly level: JurisdictionLevel;
  readonly province: string | null;
  readonly city: string | null;
  readonly county: string | null;
}

export interface ReportMetadata {
  readonly title: Evidence<string> | null;
  /** The place as the report names it: 芙蓉区, 淄博高新区, 桃林镇. */
  readonly jurisdiction: Evidence<string> | null;
  readonly level: Evidence<JurisdictionLevel> | null;
  readonly province: Evidence<string> | null;
  readonly city: Evidence<string> | null;
  /** The county a town or street belongs to, when the place is below county level. */
  readonly county: Evidence<string> | null;
  /** GB/T 2260 code (6 digits) for county level and above; the 9-digit township code below it. */
  readonly code: Evidence<string> | null;
  readonly body: Evidence<string> | null;
  readonly bodyKind: BodyKind;
  /** What kind of official report the text is: a rule-of-law report, or a related one (a justice bureau's work summary…). */
  readonly documentKind: DocumentKind;
  /** The year the report is about. */
  readonly year: Evidence<number> | null;
  /** Publication date as ISO `YYYY-MM-DD`. */
  readonly published: Evidence<string> | null;
  readonly flags: readonly MetadataFlag[];
  /**
   * When the text leaves several same-named divisions possible (flag `ambiguous_place`): all of
   * them, none picked. Empty otherwise.
   */
  readonly placeCandidates: readonly PlaceCandidate[];
}

export interface Paragraph {
  readonly id: string;
  /** The heading path of the section this paragraph belongs to, e.g. "一、主要工作成效". */
  readonly section: string;
  readonly sectionKind: SectionKind;
  /** Verbatim report text. */
  readonly text: string;
  /** Offset of `text` in the whole original document. */
  readonly offset: number;
  /** True when the paragraph is itself a heading. */
  readonly isHeading: boolean;
  /**
   * True for a page's title line into which a hacked site injected gambling spam (芙蓉区凯发一触即发
   * 关于…报告): kept verbatim, since a value's span may count from it, but no report text; readers
   * leave it out (the report's title, cleaned, is in the metadata). Absent on every other paragraph.
   */
  readonly injected?: true;
}

export interface Extraction {
  readonly id: string;
  readonly indicator: IndicatorId;
  readonly value: number;
  readonly unit: IndicatorUnit;
  readonly qualifier: Qualifier;
  readonly derived: boolean;
  readonly paragraphId: string;
  /** The words that state the value, in the paragraph's text (`paragraph.text.slice(start, end) === span.text`); null when derived. */
  readonly span: (ParagraphSpan & { readonly text: string }) | null;
  readonly sectionKind: SectionKind;
  readonly derivedFrom: readonly string[];
  /** 0..1: how sure the matcher is that this number is this indicator. */
  readonly confidence: number;
  /** For a derived value: how it was computed, e.g. "194 / 208 × 100". */
  readonly formula?: string;
  /** Whose figure it is (catalogue v2); only `own` values can be primary. */
  readonly scope: Scope;
  /** The report's words that name the measure (「矛盾纠纷化解率」), or null when none were kept. */
  readonly wording: string | null;
  /** Set when the wording is an accepted variant of the indicator (化解率 for 调解成功率), not its core wording. */
  readonly variant: string | null;
}

export interface ExtractionWarning {
  readonly code: WarningCode;
  readonly message: string;
  readonly paragraphId: string | null;
  /** The indicators the warning is about (empty for a report-wide one), so that a view can show it beside their values. */
  readonly indicators: readonly string[];
}

export interface PrimaryValue {
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly derived: boolean;
  readonly extractionId: string;
  /** The extraction's variant wording, when it has one (see {@link Extraction.variant}). */
  readonly variant?: string;
}

export interface ExtractedReport {
  readonly metadata: ReportMetadata;
  readonly paragraphs: readonly Paragraph[];
  readonly extractions: readonly Extraction[];
  /** The best candidate per indicator, from results sections only. */
  readonly values: Readonly<Partial<Record<IndicatorId, PrimaryValue>>>;
  readonly warnings: readonly ExtractionWarning[];
  /** True for a generated report (it carries the SYNTHETIC marker line): never real data. */
  readonly synthetic: boolean;
}

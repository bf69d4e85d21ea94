/**
 * The closed lists of the extractor's vocabulary, each written once. The extractor's types, the
 * data contract's zod enums (src/data/schema.ts) and the dashboard's URL parser
 * (src/state/url-state.ts) are all derived from these arrays, so adding a level, a flag or a
 * warning code is one edit here.
 */

/**
 * The level of the place a report is about, as the catalogue writes it. 直辖市 (北京市, 上海市,
 * 天津市, 重庆市) are `省`: they sit at provincial level, and their districts compare with other
 * provinces' districts, not with prefecture-level cities.
 */
export const LEVELS = ['省', '市', '区', '县', '旗', '镇', '乡', '街道', '开发区'] as const;
export type JurisdictionLevel = (typeof LEVELS)[number];

/** Largest first; the order filter buttons and legends list levels in. */
export const LEVEL_ORDER: readonly JurisdictionLevel[] = ['省', '市', '区', '县', '旗', '开发区', '街道', '镇', '乡'];

/** How a number is stated: exactly, approximately (余、近、约), as a floor (以上) or a ceiling (以内). */
export const QUALIFIERS = ['exact', 'approx', 'at_least', 'at_most'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** What a section of a report is: only results yield values. */
export const SECTION_KINDS = ['results', 'problems', 'plans', 'other'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** Who wrote a report: the place's government (or party committee), one of its departments, or neither. */
export const BODY_KINDS = ['government', 'department', 'other'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** Where a metadata value came from: the report's own words, or the division tables. */
export const PROVENANCES = ['text', 'divisions'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** A named reason why a metadata field is missing or uncertain: a failure is a value, never a silent null. */
export const METADATA_FLAGS = [
  'no_jurisdiction',
  'no_year',
  'ambiguous_division',
  'no_division_match',
  'no_publication_date',
] as const;
export type MetadataFlag = (typeof METADATA_FLAGS)[number];

/** Codes of the warnings a report's detail file carries. */
export const WARNING_CODES = [
  'rate_disagrees_with_counts',
  'concluded_exceeds_received',
  'rate_over_100',
  'conflicting_values',
  'no_jurisdiction',
  'no_year',
  'ambiguous_division',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Ids appear in URLs and file paths, so they are restricted to URL-safe characters. */
export const URL_SAFE_ID = /^[A-Za-z0-9_.-]+$/;

/**
 * Whose figure a value is (catalogue v2): `own` — the reporting place's figure for the year
 * reported on; `higher_level` — a place above it (全市, 全省 in a district's report); `part` — a
 * subset or one unit's share (其中…, 专职人民调解员); `cumulative` — a total over several years
 * (…以来累计, 五年来, 截至…); `other_year` — another year's figure (上年为…, 2020年为…). Only `own`
 * values can be a report's primary value.
 */
export const SCOPES = ['own', 'higher_level', 'part', 'cumulative', 'other_year'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * Why a text is not taken for a rule-of-law report (src/ingest/recognise.ts), as codes an
 * interface translates: too little Chinese text, its subject never or only once named, nothing
 * presents it as a report, no report structure.
 */
export const NOT_A_REPORT_REASONS = ['too_short', 'no_subject', 'subject_once', 'not_presented', 'no_structure'] as const;
export type NotAReportReason = (typeof NOT_A_REPORT_REASONS)[number];

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

/**
 * A named reason why a metadata field is missing or uncertain: a failure is a value, never a silent
 * null. `ambiguous_place`: several same-named divisions remain (their list is in the detail file);
 * `no_division_match`: the place is not in the division tables (kept under its written name);
 * `partial`: the text stops mid-report (a first page, a cut-off page).
 */
export const METADATA_FLAGS = [
  'no_jurisdiction',
  'no_year',
  'ambiguous_place',
  'no_division_match',
  'no_publication_date',
  'partial',
] as const;

/** Flags of data written before they were renamed, read as their new names. */
export const LEGACY_METADATA_FLAGS: Readonly<Record<string, MetadataFlag>> = { ambiguous_division: 'ambiguous_place' };
export type MetadataFlag = (typeof METADATA_FLAGS)[number];

/** Codes of the warnings a report's detail file carries. */
export const WARNING_CODES = [
  'rate_disagrees_with_counts',
  'concluded_exceeds_received',
  'rate_over_100',
  'conflicting_values',
  'no_jurisdiction',
  'no_year',
  'ambiguous_place',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Warning codes of data written before they were renamed, read as their new names. */
export const LEGACY_WARNING_CODES: Readonly<Record<string, WarningCode>> = { ambiguous_division: 'ambiguous_place' };

/**
 * Whose figure a value is (catalogue v2): `own` — the reporting place's figure for the year
 * reported on; `higher_level` — a place above it (全市, 全省 in a district's report); `part` — a
 * subset or one unit's share (其中…, 专职人民调解员); `cumulative` — a total over several years
 * (…以来累计, 五年来, 截至…); `other_year` — another year's figure (上年为…, 2020年为…);
 * `partial_year` — part of the year only (截至11月底, 1-9月, 上半年): a report written before the
 * year ended. Only `own` values can be a report's primary value.
 */
export const SCOPES = ['own', 'higher_level', 'part', 'cumulative', 'other_year', 'partial_year'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * What a text was taken for (src/ingest/recognise.ts): `report`, a rule-of-law report; `news`,
 * `notice`, `plan`, `speech`: those kinds of text about the subject; `other_report`: a report on
 * another subject (政府工作报告, 政府信息公开年度报告); `yearbook`: a yearbook's or gazetteer's entry
 * about the year (年鉴, 志); `off_subject`: a text that never names the
 * subject; `unpresented`: one that names it but that nothing presents as a report or as anything
 * else (too little to tell). Every kind but `report` is a reason for refusing a text, as a code an
 * interface translates.
 */
export const NOT_A_REPORT_REASONS = ['news', 'yearbook', 'notice', 'plan', 'speech', 'other_report', 'off_subject', 'unpresented'] as const;
export type NotAReportReason = (typeof NOT_A_REPORT_REASONS)[number];
export const TEXT_KINDS = ['report', ...NOT_A_REPORT_REASONS] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/**
 * What kind of official report a text is (issue 19). A place's annual rule-of-law report is one;
 * the reports its offices publish on the same subject carry the same indicators and are read too,
 * each compared only with its own kind: a justice bureau's annual work summary
 * (司法局…年工作总结), a reconsideration office's annual report or statistics (行政复议工作…), a
 * county's annual enforcement figures (行政执法总体情况, 行政执法数据公开), a legal-aid centre's,
 * a mediation committee's or a legal-publicity office's annual report.
 */
export const DOCUMENT_KINDS = [
  'rule_of_law_report',
  'justice_bureau_summary',
  'reconsideration_report',
  'enforcement_statistics',
  'legal_aid_report',
  'mediation_report',
  'publicity_report',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

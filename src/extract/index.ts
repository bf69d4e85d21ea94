/**
 * The extractor's public API. Pure and isomorphic: it runs in Node and in a browser worker, and
 * imports nothing from the app, the CLI or the platform.
 */

export { extractReport } from './pipeline';
export { lineSpans, type LineSpan } from './lines';
export { normalizeForMatching } from './normalize/normalize';
export { SYNTHETIC_MARKER, SYNTHETIC_MARKER_LINE } from './synthetic';
export { RELATED_SUBJECT, RULE_OF_LAW_SUBJECT, documentKindOfOpening, documentKindOfTitle } from './metadata/document-kind';
export {
  CATALOGUE_VERSION,
  INDICATORS,
  INDICATOR_IDS,
  THEME_LABELS,
  findIndicator,
  isIndicatorId,
  type IndicatorDefinition,
  type IndicatorId,
  type IndicatorTheme,
  type IndicatorUnit,
} from './catalogue';
export type {
  BodyKind,
  DocumentKind,
  Evidence,
  ExtractedReport,
  Extraction,
  ExtractionWarning,
  JurisdictionLevel,
  MetadataFlag,
  Paragraph,
  PrimaryValue,
  Provenance,
  Qualifier,
  ReportMetadata,
  SectionKind,
  Span,
  WarningCode,
} from './types';

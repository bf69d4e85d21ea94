/**
 * The extractor's public API, the light half: what a page or another layer may import without
 * loading the extractor itself (its division tables and rules are most of the dashboard's weight):
 * the vocabulary of its output, the indicator catalogue, how a primary value is chosen among a
 * report's extractions. `src/extract/index.ts`
 * re-exports all of it beside the extractor; nothing outside src/extract imports anything else.
 */

export {
  CATALOGUE_VERSION,
  findIndicator,
  INDICATOR_IDS,
  type IndicatorDefinition,
  type IndicatorId,
  INDICATORS,
  type IndicatorTheme,
  type IndicatorUnit,
  isIndicatorId,
  THEME_LABELS,
} from './catalogue';
export { MIN_PRIMARY_CONFIDENCE, type SelectableExtraction, selectPrimaryValues } from './refine/select';
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
  WarningCode,
} from './types';
export * from './vocabulary';

// How each indicator is read, for its page (its rules as words, what is not counted, the rates
// computed, the checks): loaded on demand, in a chunk of its own. A page's first chunk reaches
// every module this file imports, and only the indicator page wants the rules: even the types
// below are read off the loader, so that no import of the module stands here.
export const loadIndicatorReading = () => import('./indicators/reading');
export type IndicatorReadingModule = Awaited<ReturnType<typeof loadIndicatorReading>>;
export type IndicatorReading = ReturnType<IndicatorReadingModule['indicatorReading']>;
export type RuleReading = IndicatorReading['rules'][number];
export type CatalogueNote = IndicatorReading['notCounted'][number];
export type RateRecipe = NonNullable<IndicatorReading['derivedFrom']>;

/**
 * The extractor's public API. Pure and isomorphic: it runs in Node and in a browser worker, and
 * imports nothing from the app, the CLI or the platform.
 */

export { lineSpans } from './lines';
export { documentKindOfOpening, documentKindOfTitle, RELATED_SUBJECT, RULE_OF_LAW_SUBJECT } from './metadata/document-kind';
export { SITE_TITLE, TITLE_FIELD } from './metadata/layout';
export { isPlaceName } from './metadata/places';
export { normalizeForMatching } from './normalize/normalize';
export { extractReport } from './pipeline';
export { SYNTHETIC_MARKER, SYNTHETIC_MARKER_LINE } from './synthetic';
// The part of the API a page may import without loading the extractor (src/extract/light.ts).
export * from './light';
export { toSimplified } from './normalize/convert';
export { TRADITIONAL_CHARACTERS } from './normalize/traditional-chars.generated';

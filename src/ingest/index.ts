/**
 * Decoding of report files: bytes and a file name in, the text for `extractReport` out. Pure of any
 * platform (no `node:*`, no DOM), so the command line and the browser worker share it; pdf.js is
 * injected by the caller, which knows which build its platform needs.
 */

export { type DecodedText, decodeText } from './decode-text';
export { type MammothLike, readDocx } from './docx';
export { articleText, decodeHtml, httpAddress, readHtml } from './html';
export {
  checkInputSize,
  detectFormat,
  extensionOf,
  ingestFile,
  type IngestOptions,
  INPUT_EXTENSIONS,
  LEGACY_EXTENSIONS,
  MAX_INPUT_BYTES,
  MAX_TEXT_CHARS,
} from './ingest';
export { ATTACHMENT_EXTENSIONS, attachmentLinks, distinctLinks, type PageLink, pageLinks } from './links';
export { type PdfjsLike, type PdfjsProvider, readPdf } from './pdf';
export { looksLikeReportTitle, recogniseReport, type Recognition } from './recognise';
export { type DetectedEncoding, INGEST_ERROR_CODES, type IngestedText, IngestError, type IngestErrorCode, type InputFormat } from './types';

/**
 * Decoding of report files: bytes and a file name in, the text for `extractReport` out. Pure of any
 * platform (no `node:*`, no DOM), so the command line and the browser worker share it; pdf.js is
 * injected by the caller, which knows which build its platform needs.
 */

export {
  INPUT_EXTENSIONS,
  LEGACY_EXTENSIONS,
  MAX_INPUT_BYTES,
  MAX_TEXT_CHARS,
  checkInputSize,
  detectFormat,
  extensionOf,
  ingestFile,
  type IngestOptions,
} from './ingest';
export { decodeText, type DecodedText } from './decode-text';
export { articleText, decodeHtml, httpAddress, readHtml } from './html';
export { ATTACHMENT_EXTENSIONS, attachmentLinks, distinctLinks, pageLinks, type PageLink } from './links';
export { readDocx, type MammothLike } from './docx';
export { readPdf, type PdfjsLike, type PdfjsProvider } from './pdf';
export { looksLikeReportTitle, recogniseReport, type Recognition } from './recognise';
export { INGEST_ERROR_CODES, IngestError, type DetectedEncoding, type IngestErrorCode, type IngestedText, type InputFormat } from './types';

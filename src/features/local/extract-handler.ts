/**
 * What the extraction worker does with one request, as a plain async function so that tests run it
 * directly (no Worker): read the bytes as a report the way the command line does
 * (`reportFromBytes`: decode, recognise, extract, fingerprint, prepare the contract files) and make
 * it a local report (`local-` ids). Every failure becomes one message naming what went wrong, never
 * a stack trace.
 */

import { contractFilesOfReport } from '../../data/build-dataset';
import { localiseDataset } from '../../data/local-reports';
import { reportFromBytes } from '../../data/report-from-bytes';
import { checkInputSize, IngestError, type MammothLike, type PdfjsProvider } from '../../ingest';
import type { ExtractFinal, ExtractRequest, ExtractStage } from './worker-protocol';

export interface ExtractDeps {
  /** pdf.js for this platform; given the request's asset folder (cMaps, fonts). */
  readonly loadPdfjs?: (pdfAssetsUrl: string) => Promise<PdfjsProvider>;
  readonly loadMammoth?: () => Promise<MammothLike>;
  readonly onProgress?: (stage: ExtractStage) => void;
  readonly now?: () => number;
}

/** The first line of an unexpected error's message, shortened: enough to report, no stack. */
function plainMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0]?.trim() ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line || 'unknown error';
}

export async function handleExtractRequest(request: ExtractRequest, deps: ExtractDeps = {}): Promise<ExtractFinal> {
  const now = deps.now ?? (() => performance.now());
  const { id, name } = request;
  try {
    checkInputSize(request.bytes.byteLength);
    deps.onProgress?.('reading');
    const started = now();
    let extractStarted = started;
    const loadPdfjs = deps.loadPdfjs;
    const reading = await reportFromBytes(
      new Uint8Array(request.bytes),
      { sourceFile: name },
      {
        ingest: {
          ...(loadPdfjs ? { loadPdfjs: () => loadPdfjs(request.pdfAssetsUrl) } : {}),
          ...(deps.loadMammoth ? { loadMammoth: deps.loadMammoth } : {}),
        },
        keepUnrecognised: request.force,
        onExtracting: () => {
          extractStarted = now();
          deps.onProgress?.('extracting');
        },
      },
    );
    if (reading.kind === 'unrecognised') {
      const { kind, reason, han } = reading.recognition;
      // Refused, so never a report: the kind says what it was taken for, a code the view translates.
      return { type: 'unrecognised', id, reason, code: kind === 'report' ? 'unpresented' : kind, han };
    }
    const { ingested, recognition } = reading;
    // A saved page keeps the address it declares for itself (canonical link, og:url): see reportFromBytes.
    const file = localiseDataset(contractFilesOfReport(reading.prepared));
    const ingestMs = extractStarted - started;
    const extractMs = now() - extractStarted;
    return {
      type: 'done',
      id,
      file,
      format: ingested.format,
      encoding: ingested.encoding,
      notes: ingested.notes,
      unrecognised: !recognition.recognised,
      timings: { ingestMs, extractMs },
    };
  } catch (error) {
    if (error instanceof IngestError) return { type: 'error', id, code: error.code, message: error.message };
    return { type: 'error', id, code: 'failed', message: plainMessage(error) };
  }
}

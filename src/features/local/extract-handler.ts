/**
 * What the extraction worker does with one request, as a plain async function so that tests run it
 * directly (no Worker): decode the bytes (`src/ingest`), ask whether it is a rule-of-law report,
 * extract (`src/extract`), build the contract files (`buildDataset`) and make them a local report
 * (`local-` ids). Every failure becomes one message naming what went wrong, never a stack trace.
 */

import { buildDataset } from '../../data/build-dataset';
import { localiseDataset } from '../../data/local-reports';
import { extractReport } from '../../extract';
import {
  IngestError,
  checkInputSize,
  ingestFile,
  recogniseReport,
  type MammothLike,
  type PdfjsProvider,
} from '../../ingest';
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
    const loadPdfjs = deps.loadPdfjs;
    const ingested = await ingestFile(new Uint8Array(request.bytes), name, {
      ...(loadPdfjs ? { loadPdfjs: () => loadPdfjs(request.pdfAssetsUrl) } : {}),
      ...(deps.loadMammoth ? { loadMammoth: deps.loadMammoth } : {}),
    });
    const ingestMs = now() - started;
    const recognition = recogniseReport(ingested.text);
    if (!recognition.recognised && !request.force) return { type: 'unrecognised', id, reason: recognition.reason, code: recognition.code ?? 'not_presented', han: recognition.han };
    deps.onProgress?.('extracting');
    const extractStarted = now();
    const report = extractReport(ingested.text);
    const file = localiseDataset(buildDataset([{ sourceFile: name, report }]));
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

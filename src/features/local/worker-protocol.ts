/**
 * Messages between the page and the extraction worker. The page sends a file's bytes (the
 * ArrayBuffer is transferred, not copied); the worker answers with progress and one final message.
 * What comes back is checked again on arrival (`extract-client.ts`): a worker is another program.
 */

import type { NotAReportReason } from '../../extract/light';
import type { IngestErrorCode, InputFormat } from '../../ingest';

export interface ExtractRequest {
  readonly type: 'extract';
  /** Matches the answers to their request. */
  readonly id: number;
  /** The file's name as the user's system gave it (it becomes the report's `sourceFile`). */
  readonly name: string;
  readonly bytes: ArrayBuffer;
  /** Add the text even when it is not recognised as a rule-of-law report ("add anyway"). */
  readonly force: boolean;
  /** Absolute URL of the folder holding pdf.js's `cmaps/` and `standard_fonts/` (see vite.config.ts). */
  readonly pdfAssetsUrl: string;
}

export type ExtractStage = 'reading' | 'extracting';

export interface ExtractProgress {
  readonly type: 'progress';
  readonly id: number;
  readonly stage: ExtractStage;
}

export interface ExtractTimings {
  /** Decoding the file (encodings, html, docx, pdf). */
  readonly ingestMs: number;
  /** The extraction core plus building and validating the contract files. */
  readonly extractMs: number;
}

export interface ExtractDone {
  readonly type: 'done';
  readonly id: number;
  /** A local report file; validated with `localReportFileSchema` by the page. */
  readonly file: unknown;
  readonly format: InputFormat;
  readonly encoding: string | null;
  readonly notes: readonly string[];
  /** True when it was added although not recognised as a report. */
  readonly unrecognised: boolean;
  readonly timings: ExtractTimings;
}

export interface ExtractUnrecognised {
  readonly type: 'unrecognised';
  readonly id: number;
  /** Why not, in the recogniser's words (English, for logs). */
  readonly reason: string;
  /** Why not, as a code the page translates. */
  readonly code: NotAReportReason;
  /** Chinese characters in the text (named when it is too short). */
  readonly han: number;
}

export interface ExtractFailed {
  readonly type: 'error';
  readonly id: number;
  /** An ingest refusal's code, or 'failed' for anything else (a bug): never a stack trace. */
  readonly code: IngestErrorCode | 'failed';
  /** One sentence completing "<file>: …". */
  readonly message: string;
}

export type ExtractFinal = ExtractDone | ExtractUnrecognised | ExtractFailed;
export type ExtractResponse = ExtractProgress | ExtractFinal;

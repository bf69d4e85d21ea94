/**
 * One file's bytes to its contract entry, the same way everywhere: decode (`src/ingest`), ask
 * whether it is a rule-of-law report, extract (`src/extract`), fingerprint the decoded text
 * (SHA-256, which review decisions anchor to), prepare its index entry and detail file. The
 * command line (`src/cli/extract/process-file.ts`) and the browser's extraction worker
 * (`src/features/local/extract-handler.ts`) both call it, so a file reads alike in both, and the
 * two give the same fingerprint to the same text. Pure of any platform but WebCrypto: the caller
 * reads the bytes and injects pdf.js.
 */

import { type ExtractedReport, extractReport, normalizeForMatching } from '../extract';
import { type IngestedText, ingestFile, type IngestOptions, recogniseReport, type Recognition } from '../ingest';
import { type DetailParser, type PreparedReport, prepareReport } from './build-dataset';
import { sha256Hex } from './sha256';

/** Where the bytes came from: the file's name, and for a collected file its page and retrieval time. */
export interface ReportOrigin {
  readonly sourceFile: string;
  /** The page's address; when absent, a web page's own declaration (canonical link, og:url) is used. */
  readonly sourceUrl?: string | null;
  readonly retrievedAt?: string | null;
}

export type ReportReading =
  /** Decoded, but not a rule-of-law report, and not asked to be kept anyway. */
  | { readonly kind: 'unrecognised'; readonly ingested: IngestedText; readonly recognition: Recognition }
  | {
      readonly kind: 'report';
      readonly ingested: IngestedText;
      readonly recognition: Recognition;
      readonly report: ExtractedReport;
      readonly prepared: PreparedReport;
    };

export interface ReportReadingOptions {
  readonly ingest?: IngestOptions;
  /** Extract a text that is not recognised as a rule-of-law report too (flagged by the caller). */
  readonly keepUnrecognised: boolean;
  /** Called when decoding is done and extraction starts (the browser shows the stage). */
  readonly onExtracting?: () => void;
  /**
   * The SHA-256 of a text, as {@link sha256Hex} gives it (the default). Node's command line passes
   * its own hash, the same digest without WebCrypto's per-call cost (a twentieth of a worker's time).
   */
  readonly sha256Hex?: (text: string) => string | Promise<string>;
  /** Validates the detail file with the shared schema; Node's command line passes it compiled (src/cli/compiled-schema.ts). */
  readonly parseDetail?: DetailParser;
}

/**
 * Reads one file's bytes as a report. Throws an `IngestError` (a sentence completing "<file>: …")
 * for bytes that cannot be read; anything else thrown is a bug.
 */
export async function reportFromBytes(bytes: Uint8Array, origin: ReportOrigin, options: ReportReadingOptions): Promise<ReportReading> {
  const ingested = await ingestFile(bytes, origin.sourceFile, options.ingest);
  // One matching view for both questions: is it a report, and what does it say.
  const view = normalizeForMatching(ingested.text);
  const recognition = recogniseReport(ingested.text, view);
  if (!recognition.recognised && !options.keepUnrecognised) return { kind: 'unrecognised', ingested, recognition };
  options.onExtracting?.();
  const report = extractReport(ingested.text, view);
  const textSha256 = await (options.sha256Hex ?? sha256Hex)(ingested.text);
  // Where the file was fetched from wins over the address a saved page declares for itself.
  const prepared = prepareReport(
    {
      sourceFile: origin.sourceFile,
      report,
      textSha256,
      sourceUrl: origin.sourceUrl ?? ingested.declaredUrl,
      retrievedAt: origin.retrievedAt,
    },
    options.parseDetail,
  );
  return { kind: 'report', ingested, recognition, report, prepared };
}

/**
 * One input file, start to finish: read and decode it, recognise it, extract it, prepare its
 * contract files. Runs in the main thread or in a worker thread; returns a plain, cloneable outcome
 * and never throws for a bad input.
 */

import type { PreparedReport } from '../../data/build-dataset';
import { reportFromBytes } from '../../data/report-from-bytes';
import { detailFileSchema } from '../../data/schema';
import { reportProvenance } from '../../data/tidy-rows';
import type { IngestedText } from '../../ingest';
import { compiledParser } from '../compiled-schema';
import type { FileProvenance } from '../manifest';
import { nodeSha256Hex } from '../node-sha256';
import { loadNodePdfjs } from '../pdfjs-node';
import { isReadError, MAX_REPORT_BYTES, readReportBytesSync } from '../read-report';
import { type DecisionsByText, type ReportReview, reviewPrepared } from './corrections';
import { detailMemberOf } from './detail-member';
import { type EntryJson, entryJsonOf, type ShippedEntry, shippedEntryOf } from './entry-json';

/** One file to read, with what a collect manifest says of it (its page's address, when, the server's charset). */
export interface FileTask extends FileProvenance {
  readonly file: string;
  readonly sourceFile: string;
  readonly keepUnrecognised: boolean;
  /** The run writes detail packs: compress the detail here, in the worker, not in the main thread. */
  readonly packDetail?: boolean;
}

/**
 * A detail as it crosses from a worker thread: serialised, since a string crosses threads in one
 * copy where a deep object graph is cloned node by node; and when the run writes packs, only as
 * its pack member (src/cli/extract/detail-member.ts), whose bytes are moved rather than copied. The main
 * thread then has nothing to serialise, compress or copy (review decisions are applied here too,
 * before the detail is serialised: src/cli/extract/corrections.ts).
 */
export type ShippedDetail =
  | { readonly detailJson: string; readonly detailMember?: undefined }
  | { readonly detailMember: Uint8Array; readonly detailJson?: undefined };

/**
 * A prepared report as it crosses from a worker thread, its detail shipped as {@link ShippedDetail},
 * its entry as its text and the few fields the main thread reads ({@link ShippedEntry}), with each
 * primary value's provenance, which the prebuilt downloads need (src/cli/extract/downloads/) and
 * which the main thread would otherwise have to unpack the detail for.
 */
export type ShippedReport = Omit<PreparedReport, 'detail' | 'entry'> &
  ShippedDetail & {
    readonly entry: ShippedEntry;
    /**
     * By indicator id, the quote, wording and section of each primary value, serialised: the main
     * thread only spills it (src/cli/extract/downloads/provenance-spill.ts), and a string crosses
     * threads in one copy where the object was cloned node by node and then serialised there
     * (measured on the national run's reports: 43 → 27 µs of CPU a report in all).
     */
    readonly provenanceJson: string;
    /** Its index entry, validated and serialised (src/cli/extract/entry-json.ts). */
    readonly entryJson: EntryJson;
  };

export type FileOutcome =
  | {
      readonly kind: 'ok' | 'warn';
      readonly line: string;
      readonly prepared: ShippedReport;
      /** What became of the review decisions on its text, applied here (none: no decision is about it). */
      readonly review?: ReportReview;
    }
  | { readonly kind: 'skip' | 'error'; readonly line: string };

/** "(html, gb18030)", "(pdf, 4 pages)", "(txt, utf-16le, BOM)": how the file was read. */
function formatLabel(ingested: IngestedText): string {
  const notes = ingested.notes.filter(
    (note) =>
      note !== 'detected' && !note.startsWith('meta charset') && !note.startsWith('header charset') && note !== 'no charset declared',
  );
  return `(${[ingested.format, ingested.encoding, ...notes].filter(Boolean).join(', ')})`;
}

const DOCUMENT_KIND_WORDS: Readonly<Record<PreparedReport['entry']['documentKind'], string>> = {
  rule_of_law_report: 'rule-of-law report',
  justice_bureau_summary: 'justice bureau summary',
  reconsideration_report: 'reconsideration report',
  enforcement_statistics: 'enforcement figures',
  legal_aid_report: 'legal-aid report',
  mediation_report: 'mediation report',
  publicity_report: 'legal-publicity report',
};

/** "1 value", "2 values": the command's lines are read by people. */
const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

function describe(prepared: PreparedReport, jurisdiction: string | null, warnings: number): string {
  const { entry } = prepared;
  const place = jurisdiction ?? '(place not found)';
  const year = entry.year ?? '(year not found)';
  const body = entry.bodyKind === 'department' ? ` · ${entry.body ?? 'department'}` : '';
  // A related report says what it is: it is compared only with reports of its kind.
  const kind = entry.documentKind === 'rule_of_law_report' ? '' : ` · ${DOCUMENT_KIND_WORDS[entry.documentKind]}`;
  const synthetic = entry.synthetic ? ' · SYNTHETIC' : '';
  const partial = entry.flags.includes('partial') ? ' · partial (the text stops mid-report)' : '';
  const ambiguous = entry.flags.includes('ambiguous_place') ? ' · ambiguous place' : '';
  return `${place} ${year}${body}${kind} · ${counted(prepared.valueCount, 'value')}${warnings ? ` · ${counted(warnings, 'warning')}` : ''}${partial}${ambiguous}${synthetic}`;
}

/** A file's bytes, or why they could not be read; never a rejected promise (a read may be started long before it is awaited). */
export type FileReading = Promise<{ readonly bytes: Uint8Array } | { readonly error: unknown }>;

/**
 * Reads a task's file; null when its task is answered without reading it. A worker reads its next
 * file when its task arrives (src/cli/extract/extract-worker.ts), synchronously: a report's read
 * costs a tenth of the CPU that way (src/cli/read-report.ts, readReportBytesSync).
 */
export function startReading(task: FileTask): FileReading | null {
  if (task.presentsAttachment) return null;
  try {
    return Promise.resolve({ bytes: readReportBytesSync(task.file) });
  } catch (error) {
    return Promise.resolve({ error });
  }
}

/** The buffers of an outcome that can be moved to another thread instead of copied: a pack member that owns its whole buffer. */
export function transferablesOf(outcome: FileOutcome): ArrayBuffer[] {
  const member = 'prepared' in outcome ? outcome.prepared.detailMember : undefined;
  if (!member || member.byteOffset !== 0 || member.byteLength !== member.buffer.byteLength || !(member.buffer instanceof ArrayBuffer))
    return [];
  return [member.buffer];
}

/** The detail of a prepared report as it crosses threads ({@link ShippedDetail}). */
function shippedDetail(detailJson: string, packDetail: boolean): ShippedDetail {
  if (!packDetail) return { detailJson };
  const member = detailMemberOf(detailJson);
  // A member sharing its buffer with other bytes would be copied whole (zlib returns a view on its
  // 16 kB output chunk; a Buffer's slice() is a view too): such a member gets a buffer of its own,
  // which is moved rather than copied (transferablesOf).
  const owned = member.byteOffset === 0 && member.byteLength === member.buffer.byteLength ? member : new Uint8Array(member);
  return { detailMember: owned };
}

/** Every detail is validated with the shared schema, compiled: half the time of zod/mini's parse, the same checks and output. */
const parseDetail = compiledParser(detailFileSchema);

/** No review decisions: a run without corrections. */
const NO_DECISIONS: DecisionsByText = new Map();

/**
 * Reads, extracts and prepares one file. The run's review decisions (src/cli/extract/corrections.ts) are
 * applied here, to the detail object as it is made, before it is serialised once: the main thread
 * passes the bytes through and only records what became of each decision.
 */
export async function processFile(
  task: FileTask,
  fileReading: FileReading | null = startReading(task),
  decisions: DecisionsByText = NO_DECISIONS,
): Promise<FileOutcome> {
  const { sourceFile } = task;
  if (fileReading === null) {
    return {
      kind: 'skip',
      line: `skip  ${sourceFile}: a page presenting its report as an attachment (${task.sourceUrl ?? 'see the collect manifest'}); the attachment is read instead`,
    };
  }
  try {
    const read = await fileReading;
    if ('error' in read) throw read.error;
    const reading = await reportFromBytes(read.bytes, task, {
      ingest: { loadPdfjs: loadNodePdfjs, maxBytes: MAX_REPORT_BYTES, charset: task.charset },
      keepUnrecognised: task.keepUnrecognised,
      sha256Hex: nodeSha256Hex,
      parseDetail,
    });
    const { ingested, recognition } = reading;
    const label = `${sourceFile} ${formatLabel(ingested)}`;
    if (reading.kind === 'unrecognised') {
      return {
        kind: 'skip',
        line: `skip  ${label}: not recognised as a rule-of-law report (${recognition.reason}); --keep-unrecognised writes it anyway`,
      };
    }
    const { report } = reading;
    const reviewed = reviewPrepared(reading.prepared, decisions);
    const prepared = reviewed?.prepared ?? reading.prepared;
    const flagged = report.metadata.flags.includes('no_year') || report.metadata.flags.includes('no_jurisdiction');
    const unrecognised = recognition.recognised ? '' : `not recognised as a rule-of-law report (${recognition.reason}), kept as asked · `;
    const kind = flagged || unrecognised ? 'warn' : 'ok';
    // The line describes the report as the extractor read it (its value count before review), as it always has.
    const line = `${kind === 'warn' ? 'warn ' : 'ok   '} ${label}: ${unrecognised}${describe(reading.prepared, report.metadata.jurisdiction?.value ?? null, report.warnings.length)}`;
    const { detail, entry, jurisdiction, valueCount } = prepared;
    // After the review: the downloads carry the reviewed values' own words.
    const provenanceJson = JSON.stringify(reportProvenance(entry.values, detail));
    // The entry as index.json will hold it, validated here rather than in the thread that writes the index.
    const entryJson = entryJsonOf(entry);
    const shipped: ShippedReport = {
      jurisdiction,
      valueCount,
      entry: shippedEntryOf(entry),
      provenanceJson,
      entryJson,
      ...shippedDetail(JSON.stringify(detail), task.packDetail ?? false),
    };
    return { kind, line, prepared: shipped, ...(reviewed ? { review: reviewed.review } : {}) };
  } catch (error) {
    // A bad input is one line; an unexpected failure of the extractor is one line too, never a stack.
    const reason = isReadError(error) ? error.message : `could not be extracted (${(error as Error).message})`;
    return { kind: 'error', line: `error ${sourceFile}: ${reason}` };
  }
}

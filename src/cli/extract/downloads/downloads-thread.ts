/**
 * The downloads of a run (src/cli/extract/downloads/write-downloads.ts), written in a thread of
 * their own. They are the largest part of the work left once the index is written (every value's
 * row, gzipped CSV and Parquet), and they need nothing but index.json and the provenance spill,
 * both on disk by then: so the main thread writes the compact, sharded and search files on one
 * core while this thread writes the downloads on the other. A national run's thread writes the CSV
 * files only (memory: src/cli/extract/extract.ts), the main thread the Parquet files, and this
 * thread the value files and the review queue's ranking first (src/cli/extract/write-compact-values.ts),
 * which it hands back as soon as they are done, and the last row groups of the largest Parquet
 * file, from the rows it reads for the CSV (write-downloads.ts `SharedParquet`). The files are those {@link writeDownloadsOf} writes
 * in the main thread, byte for byte: the same rows in the same order.
 *
 * The job crosses threads as columns of numbers (where each entry and each provenance line lies),
 * not as 270,000 objects: structured cloning those would cost the main thread what it saves.
 */

import { Worker } from 'node:worker_threads';

import type { ValueAssessment } from '../../../data/review-risk';
import type { IndexFile, ReportEntry } from '../../../data/schema';
import type { WrittenIndex } from '../index-spill';
import { SpillReader } from '../line-spill';
import type { ValueFilesJob } from '../write-compact-values';
import type { Provenance, ProvenanceSpill } from './provenance-spill';
import { ROW_GROUP_ROWS } from './tidy-files';
import { type DownloadFiles, type SharedParquet, writeGroupFiles, type WrittenGroup } from './write-downloads';

/** What the downloads' thread is given: the index's head, and where each report's entry and provenance lie. */
export interface DownloadsJob {
  readonly datasetFolder: string;
  /** index.json, written and flushed. */
  readonly indexFile: string;
  /** The provenance spill, flushed. */
  readonly provenanceFile: string;
  readonly head: Pick<IndexFile, 'indicators' | 'jurisdictions'>;
  /** One item per report, in index order. */
  readonly reports: {
    /** The position of its jurisdiction in `head.jurisdictions`. */
    readonly jurisdiction: Int32Array<ArrayBuffer>;
    readonly valueCount: Int32Array<ArrayBuffer>;
    readonly entryOffset: Float64Array<ArrayBuffer>;
    readonly entryLength: Int32Array<ArrayBuffer>;
    readonly provenanceOffset: Float64Array<ArrayBuffer>;
    /** -1: no provenance recorded. */
    readonly provenanceLength: Int32Array<ArrayBuffer>;
  };
  readonly rowGroupRows: number;
  /** Which of each group's files to write (the index and data package are written once both are: finishDownloads). */
  readonly files: DownloadFiles;
  /** The value files to write first, and the ranking to hand back (a thread's job: src/cli/extract/write-compact-values.ts); null: none. */
  readonly valueFiles: ValueFilesJob | null;
  /** The Parquet file shared with the other writer (the same in both jobs); null: none. */
  readonly shared: SharedParquet | null;
}

/**
 * What the thread answers: the ranking of the values, once their files are written (a job with
 * value files); then what it wrote of each group and the CPU time it used; or why it could not.
 */
export type DownloadsAnswer =
  | { readonly assessment: ValueAssessment }
  | { readonly groups: WrittenGroup[]; readonly cpuSeconds: number | null }
  | { readonly error: string };

/**
 * The job of writing `files` of `index`'s downloads into `datasetFolder`; `spill` is flushed, so
 * that the thread can read it. A job is given to one writer: its columns are moved to the thread.
 */
export function downloadsJobOf(
  datasetFolder: string,
  index: WrittenIndex,
  spill: ProvenanceSpill,
  files: DownloadFiles = 'both',
  rowGroupRows = ROW_GROUP_ROWS,
  valueFiles: ValueFilesJob | null = null,
  shared: SharedParquet | null = null,
): DownloadsJob {
  spill.flush();
  const jurisdictionAt = new Map(index.head.jurisdictions.map((jurisdiction, position) => [jurisdiction.id, position]));
  const count = index.reports.length;
  const reports = {
    jurisdiction: new Int32Array(count),
    valueCount: new Int32Array(count),
    entryOffset: new Float64Array(count),
    entryLength: new Int32Array(count),
    provenanceOffset: new Float64Array(count),
    provenanceLength: new Int32Array(count),
  };
  index.reports.forEach((report, i) => {
    // A report's place is always among the head's jurisdictions (both come from the same kept reports).
    reports.jurisdiction[i] = jurisdictionAt.get(report.jurisdictionId) ?? -1;
    reports.valueCount[i] = report.valueCount;
    reports.entryOffset[i] = report.at.offset;
    reports.entryLength[i] = report.at.length;
    const provenance = spill.where(report.id);
    reports.provenanceOffset[i] = provenance?.offset ?? 0;
    reports.provenanceLength[i] = provenance?.length ?? -1;
  });
  return {
    datasetFolder,
    indexFile: index.file,
    provenanceFile: spill.file,
    head: index.head,
    reports,
    rowGroupRows,
    files,
    valueFiles,
    shared,
  };
}

/** Writes a job's downloads (in whichever thread calls it; the worker calls it) and returns what was written of each group. */
export async function writeDownloadsJob(job: DownloadsJob): Promise<WrittenGroup[]> {
  const { head, reports } = job;
  const entries = new SpillReader(job.indexFile);
  const provenance = new SpillReader(job.provenanceFile);
  try {
    const keys = Array.from(reports.valueCount, (_, position) => ({
      position,
      jurisdictionId: head.jurisdictions[reports.jurisdiction[position]!]?.id ?? '',
    }));
    type Key = (typeof keys)[number];
    return await writeGroupFiles(
      job.datasetFolder,
      {
        head,
        reports: keys,
        valueCountOf: (key: Key) => reports.valueCount[key.position]!,
        load: (key: Key) =>
          JSON.parse(
            entries.read({ offset: reports.entryOffset[key.position]!, length: reports.entryLength[key.position]! }),
          ) as ReportEntry,
      },
      {
        get: (_reportId: string, key: Key) => {
          const length = reports.provenanceLength[key.position]!;
          if (length < 0) return null;
          return JSON.parse(provenance.read({ offset: reports.provenanceOffset[key.position]!, length })) as Provenance;
        },
      },
      job.files,
      job.rowGroupRows,
      job.shared,
    );
  } finally {
    entries.close();
    provenance.close();
  }
}

/**
 * A worker thread that writes one job's downloads. Started before its job is ready, so that it has
 * loaded its modules (tsx, the Parquet writer) by the time the index is written.
 */
export class DownloadsThread {
  private readonly worker = new Worker(new URL('./downloads-worker-entry.mjs', import.meta.url));
  private readonly ended: Promise<Exclude<DownloadsAnswer, { assessment: ValueAssessment }>>;
  private readonly ranked: Promise<ValueAssessment>;
  private stopped = false;
  /** The CPU time the thread used for its job, once written (null: not known, or not written). */
  cpuSeconds: number | null = null;

  constructor() {
    let rank: (assessment: ValueAssessment) => void;
    let fail: (error: Error) => void;
    this.ranked = new Promise((resolve, reject) => {
      rank = resolve;
      fail = reject;
    });
    // Awaited only for a job with value files.
    this.ranked.catch(() => undefined);
    this.ended = new Promise((resolve) => {
      const end = (answer: { readonly error: string } | { readonly groups: WrittenGroup[]; readonly cpuSeconds: number | null }) => {
        fail(new Error(`the value files could not be written: ${'error' in answer ? answer.error : 'the thread was given none'}`));
        resolve(answer);
      };
      this.worker.on('message', (answer: DownloadsAnswer) => ('assessment' in answer ? rank(answer.assessment) : end(answer)));
      this.worker.once('error', (error: Error) => end({ error: error.message }));
      this.worker.once('exit', (code) => end({ error: `the downloads' thread stopped (exit code ${code})` }));
    });
  }

  /** Hands the thread its job; resolves with what was written once it is, rejects with why it could not be. */
  async write(job: DownloadsJob): Promise<WrittenGroup[]> {
    const { reports, valueFiles } = job;
    const moved = [
      reports.jurisdiction.buffer,
      reports.valueCount.buffer,
      reports.entryOffset.buffer,
      reports.entryLength.buffer,
      reports.provenanceOffset.buffer,
      reports.provenanceLength.buffer,
    ];
    if (valueFiles) {
      const { routing, links } = valueFiles;
      moved.push(routing.part.buffer, routing.position.buffer, links.group.buffer, links.previous.buffer);
    }
    this.worker.postMessage(job, moved);
    const answer = await this.ended;
    if ('error' in answer) throw new Error(`the downloads could not be written: ${answer.error}`);
    this.cpuSeconds = answer.cpuSeconds;
    return answer.groups;
  }

  /** The ranking of a job's values, once the thread has written their files (a job given value files). */
  assessment(): Promise<ValueAssessment> {
    return this.ranked;
  }

  /** Ends the thread, whether or not its job was done; safe to call twice. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.worker.terminate();
  }
}

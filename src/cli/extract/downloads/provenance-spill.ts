/**
 * Where the extract command keeps each kept report's value provenance (quotes, wording, sections)
 * until the downloads are written: one JSON line per report in a file, and in memory only where
 * each line is. A national run has millions of values; their quotes would not fit in memory
 * beside the index, and reading them back from the detail files would parse every one again.
 *
 * Appends are buffered and written synchronously: the byte offset of a line is known the moment
 * it is appended, whatever the order reports come back from the workers in, and a line is found
 * again with one positioned read. The file lives in the staging folder (see
 * src/cli/extract/write-dataset.ts), so an aborted run takes it away with the rest.
 */

import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';

import type { ValueProvenance } from '../../../data/tidy-rows';

type Provenance = Readonly<Record<string, ValueProvenance>>;

/** Appends are written to the file in pieces of about this size. */
const FLUSH_BYTES = 1 << 20;

export class ProvenanceSpill {
  private readonly fd: number;
  private readonly lines = new Map<string, { readonly offset: number; readonly length: number }>();
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes appended so far, written or pending: the offset of the next line. */
  private size = 0;
  private readBuffer = Buffer.alloc(64 * 1024);
  private closed = false;

  constructor(private readonly file: string) {
    this.fd = openSync(file, 'w+');
  }

  /**
   * Records a report's provenance. A later call for the same report replaces the earlier one:
   * the extract command calls it when a copy of a report becomes the one kept.
   */
  put(reportId: string, provenance: Provenance): void {
    const line = Buffer.from(`${JSON.stringify(provenance)}\n`);
    this.lines.set(reportId, { offset: this.size, length: line.length });
    this.pending.push(line);
    this.pendingBytes += line.length;
    this.size += line.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  /** A report's provenance; null when none was recorded (never, for a report the run kept). */
  get(reportId: string): Provenance | null {
    const where = this.lines.get(reportId);
    if (!where) return null;
    this.flush();
    if (this.readBuffer.length < where.length) this.readBuffer = Buffer.alloc(where.length * 2);
    let read = 0;
    while (read < where.length) {
      const got = readSync(this.fd, this.readBuffer, read, where.length - read, where.offset + read);
      if (got === 0) throw new Error(`the provenance file ${this.file} is shorter than written`);
      read += got;
    }
    return JSON.parse(this.readBuffer.toString('utf8', 0, where.length - 1)) as Provenance;
  }

  /** Closes and deletes the file; safe to call twice. */
  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    rmSync(this.file, { force: true });
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const chunk = Buffer.concat(this.pending, this.pendingBytes);
    let written = 0;
    // Appended at the end whatever was read meanwhile: positioned writes, like the reads.
    const start = this.size - this.pendingBytes;
    while (written < chunk.length) written += writeSync(this.fd, chunk, written, chunk.length - written, start + written);
    this.pending = [];
    this.pendingBytes = 0;
  }
}

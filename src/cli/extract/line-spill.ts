/**
 * A file of text lines that the extract command appends to during a run and reads back at its
 * end, so that what a national run keeps per report (index entries, provenance, output lines) lies
 * on disk and not in memory. Appends are buffered and written synchronously: a line's byte offset
 * is known the moment it is appended, whatever order the workers answer in, and the line is found
 * again with one positioned read, or the whole file is read back in order.
 *
 * The files live in the staging folder (src/cli/extract/write-dataset.ts), so an aborted run takes
 * them away with the rest; {@link LineSpill.dispose} deletes one as soon as it has served.
 */

import { closeSync, fstatSync, openSync, readSync, rmSync, writeSync } from 'node:fs';

/** Appends are held in a buffer of this size and written when it is full. */
const FLUSH_BYTES = 1 << 20;
/** The file is read back in order in pieces of this size. */
const READ_BYTES = 1 << 20;

function readFully(fd: number, file: string, buffer: Buffer, offset: number, length: number): void {
  let read = 0;
  while (read < length) {
    const got = readSync(fd, buffer, read, length - read, offset + read);
    if (got === 0) throw new Error(`the spill file ${file} is shorter than written`);
    read += got;
  }
}

/** Where a line lies in its spill, its newline excluded. */
export interface SpilledLine {
  readonly offset: number;
  readonly length: number;
}

export class LineSpill {
  private readonly fd: number;
  /**
   * Appends are encoded straight into this buffer (allocated on first use) and written when it is
   * full: no small Buffer per line, which at 270,000 reports was much of the run's garbage.
   */
  private pending: Buffer | null = null;
  private pendingBytes = 0;
  /** Bytes appended so far, written or pending: the offset of the next line. */
  private size = 0;
  private readBuffer = Buffer.alloc(64 * 1024);
  private closed = false;

  constructor(private readonly file: string) {
    this.fd = openSync(file, 'w+');
  }

  /** Appends a line (which must hold no newline) and returns where it lies. */
  append(line: string): SpilledLine {
    const where = this.put(line, true);
    return { offset: where.offset, length: where.length - 1 };
  }

  /** Appends text as it is (a file that is not lines, such as index.json) and returns where its bytes lie. */
  appendText(text: string): SpilledLine {
    return this.put(text, false);
  }

  /** Appends `text`, and a newline when asked; returns where the bytes written lie. */
  private put(text: string, newline: boolean): SpilledLine {
    // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, 4 bytes for 2 units).
    const room = text.length * 3 + 1;
    this.pending ??= Buffer.allocUnsafeSlow(FLUSH_BYTES);
    if (this.pendingBytes + room > this.pending.length) this.flush();
    let length: number;
    if (room > this.pending.length) {
      // Longer than the buffer (nothing is pending after the flush above): written at once.
      const bytes = Buffer.from(newline ? `${text}\n` : text);
      this.writeAt(bytes, this.size);
      length = bytes.length;
    } else {
      length = this.pending.write(text, this.pendingBytes);
      if (newline) this.pending[this.pendingBytes + length++] = 0x0a;
      this.pendingBytes += length;
    }
    const where = { offset: this.size, length };
    this.size += length;
    return where;
  }

  /** The line that {@link append} placed at `where`. */
  read(where: SpilledLine): string {
    this.flush();
    if (this.readBuffer.length < where.length) this.readBuffer = Buffer.alloc(where.length * 2);
    this.readInto(this.readBuffer, where.offset, where.length);
    return this.readBuffer.toString('utf8', 0, where.length);
  }

  /** Every line, in the order appended, read a piece of the file at a time. */
  lines(): Generator<string> {
    this.flush();
    return linesOf(this.fd, this.size, this.file);
  }

  /** The file's path, for another thread to read once {@link flush}ed ({@link spilledLines}). */
  get path(): string {
    return this.file;
  }

  /** Writes what is pending and closes the file, which is kept (a file of the dataset); safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    closeSync(this.fd);
  }

  /** Closes and deletes the file; safe to call twice. */
  dispose(): void {
    if (!this.closed) {
      this.closed = true;
      closeSync(this.fd);
    }
    rmSync(this.file, { force: true });
  }

  private readInto(buffer: Buffer, offset: number, length: number): void {
    readFully(this.fd, this.file, buffer, offset, length);
  }

  /** Writes what is pending, so that the file on disk holds every append. */
  flush(): void {
    if (this.pendingBytes === 0) return;
    // Appended at the end whatever was read meanwhile: positioned writes, like the reads.
    this.writeAt(this.pending!.subarray(0, this.pendingBytes), this.size - this.pendingBytes);
    this.pendingBytes = 0;
  }

  private writeAt(bytes: Buffer, position: number): void {
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written, position + written);
  }
}

/** The first `size` bytes of the open file `fd` as lines, read a piece at a time. */
function* linesOf(fd: number, size: number, file: string): Generator<string> {
  const chunk = Buffer.alloc(READ_BYTES);
  let carry: Buffer = Buffer.alloc(0);
  for (let position = 0; position < size;) {
    const got = readSync(fd, chunk, 0, Math.min(READ_BYTES, size - position), position);
    if (got === 0) throw new Error(`the spill file ${file} is shorter than written`);
    position += got;
    // Lines are cut at newline bytes, never inside a UTF-8 character (a newline byte is never part of one).
    const data = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, got)]) : chunk.subarray(0, got);
    let start = 0;
    for (let end = data.indexOf(10, start); end !== -1; end = data.indexOf(10, start)) {
      yield data.toString('utf8', start, end);
      start = end + 1;
    }
    carry = Buffer.from(data.subarray(start));
  }
}

/** Every line of a spill that another thread wrote and flushed, in order. */
export function* spilledLines(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    yield* linesOf(fd, fstatSync(fd).size, file);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads lines of a spill that another thread wrote and flushed (the downloads' worker reads
 * index.json and the provenance spill this way, while the main thread goes on with its own files).
 */
export class SpillReader {
  private readonly fd: number;
  private buffer = Buffer.alloc(64 * 1024);

  constructor(private readonly file: string) {
    this.fd = openSync(file, 'r');
  }

  /** The text at `where`. */
  read(where: SpilledLine): string {
    if (this.buffer.length < where.length) this.buffer = Buffer.alloc(where.length * 2);
    readFully(this.fd, this.file, this.buffer, where.offset, where.length);
    return this.buffer.toString('utf8', 0, where.length);
  }

  close(): void {
    closeSync(this.fd);
  }
}

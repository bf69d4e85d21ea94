/**
 * One stream of tidy rows written to two files at once, never held whole: a CSV compressed with
 * gzip (UTF-8 with BOM, RFC 4180, the dashboard's own field rules: src/data/csv.ts) and a Parquet
 * file (hyparquet-writer) written a row group at a time. The rows are read once; each CSV record
 * is compressed as its row passes on to the Parquet writer, which holds one row group.
 */

import { closeSync, createWriteStream, openSync, readSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

import { fileWriter, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';

import { BOM, CRLF, csvField } from '../../../data/csv';
import { TIDY_COLUMNS, type TidyRow } from '../../../data/tidy-rows';
import { parquetTypeOf } from './columns';

/**
 * Rows per Parquet row group. A group's values are held while it is written (about 1 kB a row
 * with its quote), so this bounds the writer's memory; larger groups compress a little better and
 * let readers skip less.
 */
export const ROW_GROUP_ROWS = 50_000;

/**
 * CSV text is handed to gzip in pieces of about this many bytes, each record encoded into its
 * piece as it is made. Joining the records into a string of 256 k characters and encoding that
 * (what gzip does with a string) cost the CSV's writer a third more than the records alone
 * (measured, 20,000 rows: 45 ms against 21 ms on top of the records' 55): a long string built by
 * `+=` is flattened before it is encoded. Deflate's output depends on the bytes, not on how they
 * are handed over, so the file is the same.
 */
const CSV_CHUNK_BYTES = 512 * 1024;

/** Written into the Parquet footer as the application that made the file: no version or time, so runs stay byte-identical. */
const CREATED_BY = 'fazhi-atlas extract';

export interface TidyFilesWritten {
  readonly rows: number;
  readonly csvBytes: number;
  readonly parquetBytes: number;
}

/** The CSV record of a row, CRLF included. */
export function csvRecord(row: TidyRow): string {
  let record = '';
  for (let column = 0; column < TIDY_COLUMNS.length; column += 1) {
    if (column > 0) record += ',';
    record += csvField(row[TIDY_COLUMNS[column]!]);
  }
  return `${record}${CRLF}`;
}

/** The CSV's first bytes: the BOM (Excel and WPS read UTF-8 by it) and the header record. */
export const CSV_HEAD = `${BOM}${TIDY_COLUMNS.map(csvField).join(',')}${CRLF}`;

/**
 * Chunks of CSV text handed to gzip and not yet compressed, at most. gzip compresses in the thread
 * pool, on another core: waiting for each chunk before making the next (as waiting for `drain`
 * does, every chunk being past the stream's 16 kB mark) left this thread idle a fifth of the
 * downloads' time (measured, 48,000 reports: 9.7 s of 45); a few chunks ahead keep both busy, in
 * a few megabytes. When the bytes are handed over does not change the file (see {@link CSV_CHUNK_BYTES}).
 */
const GZIP_CHUNKS_AHEAD = 4;

/** A gzip stream into a file that takes text and waits when gzip is {@link GZIP_CHUNKS_AHEAD} chunks behind. */
function gzipFile(file: string) {
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(file));
  // A write error surfaces from `done`; until it is awaited, keep it from counting as unhandled.
  done.catch(() => undefined);
  /** The piece being filled: a buffer of its own each time, since gzip holds the pieces it has not compressed yet. */
  let chunk = Buffer.allocUnsafeSlow(CSV_CHUNK_BYTES);
  let used = 0;
  /** One per chunk not yet compressed, oldest first: settled when gzip has taken it (or failed: `done` says why). */
  const compressing: Promise<void>[] = [];
  const write = async (bytes: Buffer) => {
    compressing.push(new Promise((resolve) => gzip.write(bytes, () => resolve())));
    if (compressing.length > GZIP_CHUNKS_AHEAD) await compressing.shift();
  };
  const handOver = async () => {
    if (used === 0) return;
    const full = chunk.subarray(0, used);
    chunk = Buffer.allocUnsafeSlow(CSV_CHUNK_BYTES);
    used = 0;
    await write(full);
  };
  return {
    async add(text: string): Promise<void> {
      // A UTF-16 code unit is at most three bytes of UTF-8 (a surrogate pair, four for two).
      const most = text.length * 3;
      if (used + most > chunk.length) {
        await handOver();
        // Longer than a piece (a record with a quote of hundreds of thousands of characters): handed over alone.
        if (most > chunk.length) return write(Buffer.from(text));
      }
      used += chunk.write(text, used);
    },
    async close(): Promise<void> {
      await handOver();
      gzip.end();
      await done;
    },
    abandon(): void {
      gzip.destroy();
    },
  };
}

/**
 * Writes `rows` to `csvFile` (gzipped) and `parquetFile`, in the order given. The Parquet columns
 * are typed from the table schema (src/cli/extract/downloads/columns.ts): text stays text (division codes
 * among it), values are doubles, years 32-bit integers, `synthetic` a boolean, empty is null.
 */
export async function writeTidyFiles(
  rows: Iterable<TidyRow>,
  csvFile: string,
  parquetFile: string,
  rowGroupRows = ROW_GROUP_ROWS,
): Promise<TidyFilesWritten> {
  const csv = gzipFile(csvFile);
  const parquet = new ParquetRowGroups(parquetFile, rowGroupRows);
  let count = 0;
  try {
    await csv.add(CSV_HEAD);
    for (const row of rows) {
      await csv.add(csvRecord(row));
      parquet.add(row);
      count += 1;
    }
    parquet.finish();
    await csv.close();
  } catch (error) {
    csv.abandon();
    throw error;
  }
  const [csvInfo, parquetInfo] = await Promise.all([stat(csvFile), stat(parquetFile)]);
  return { rows: count, csvBytes: csvInfo.size, parquetBytes: parquetInfo.size };
}

/** What {@link writeTidyFile} wrote: how many rows, and the file's size. */
export interface TidyFileWritten {
  readonly rows: number;
  readonly bytes: number;
}

/**
 * Writes `rows` to one of the two files {@link writeTidyFiles} writes, the same bytes: so that two
 * threads can share a national run's downloads, each reading the rows for itself. Writing the CSV,
 * a writer can encode the Parquet file's last row groups on the way ({@link ParquetShare}: `tail`),
 * from the rows it reads anyway.
 */
export async function writeTidyFile(
  rows: Iterable<TidyRow>,
  format: 'csv' | 'parquet',
  file: string,
  rowGroupRows = ROW_GROUP_ROWS,
): Promise<TidyFileWritten> {
  if (format === 'csv') return writeCsvFile(rows, file, null);
  const parquet = new ParquetRowGroups(file, rowGroupRows);
  let count = 0;
  for (const row of rows) {
    parquet.add(row);
    count += 1;
  }
  parquet.finish();
  return { rows: count, bytes: (await stat(file)).size };
}

/**
 * Where a Parquet file's rows are shared between two writers: the rows before `fromRow` (a whole
 * number of row groups) are the head's, which the file's own writer writes; the rest are the
 * tail's, which another writer encodes into `tailFile` as it writes the CSV of the same rows, and
 * the file's writer then puts after the head ({@link ParquetHead.complete}). The file is the one a
 * single writer writes, byte for byte.
 */
export interface ParquetShare {
  readonly fromRow: number;
  readonly tailFile: string;
}

/** The CSV file of `rows`, gzipped; with a `tail`, the Parquet file's rows from `tail.fromRow` encoded on the way. */
export async function writeCsvFile(
  rows: Iterable<TidyRow>,
  file: string,
  tail: ParquetShare | null,
  rowGroupRows = ROW_GROUP_ROWS,
): Promise<TidyFileWritten & { readonly parquetTail?: EncodedRowGroups }> {
  let count = 0;
  const csv = gzipFile(file);
  const parquet = tail ? new ParquetRowGroups(tail.tailFile, rowGroupRows) : null;
  try {
    await csv.add(CSV_HEAD);
    for (const row of rows) {
      await csv.add(csvRecord(row));
      if (parquet && count >= tail!.fromRow) parquet.add(row);
      count += 1;
    }
    await csv.close();
  } catch (error) {
    csv.abandon();
    throw error;
  }
  const bytes = (await stat(file)).size;
  return parquet ? { rows: count, bytes, parquetTail: parquet.encoded() } : { rows: count, bytes };
}

/** The head of a shared Parquet file ({@link ParquetShare}), written and waiting for its tail. */
export interface ParquetHead {
  /** The head's rows. */
  readonly rows: number;
  /** Puts the tail after the head, ends the file, removes the tail's file, and returns the file's rows and size in bytes. */
  complete(tail: EncodedRowGroups): TidyFileWritten;
}

/**
 * Writes the rows of a shared Parquet file before `fromRow` ({@link ParquetShare}), reading no row
 * past them (nor the reports they come from), and leaves the file open for its tail.
 */
export function writeParquetHead(rows: Iterable<TidyRow>, file: string, fromRow: number, rowGroupRows = ROW_GROUP_ROWS): ParquetHead {
  if (fromRow % rowGroupRows !== 0) throw new Error(`a Parquet file is shared at a row group's start, not at row ${fromRow}`);
  const parquet = new ParquetRowGroups(file, rowGroupRows);
  let count = 0;
  if (fromRow > 0) {
    for (const row of rows) {
      parquet.add(row);
      count += 1;
      if (count === fromRow) break;
    }
  }
  return {
    rows: count,
    complete(tail) {
      parquet.append(tail);
      parquet.finish();
      rmSync(tail.file, { force: true });
      return { rows: count + tail.rows, bytes: parquet.bytes };
    },
  };
}

/** The file writer writes as it is called: a promise would mean bytes not yet written when the file is measured. */
function synchronously(result: void | Promise<void>): void {
  if (result instanceof Promise) throw new Error('the Parquet writer was expected to write synchronously');
}

/** The Parquet columns: typed from the table schema, in its order. */
const PARQUET_COLUMNS = TIDY_COLUMNS.map((name) => ({ name, type: parquetTypeOf(name) }));

/** A Parquet file's first bytes, the magic `PAR1`, before its first row group. */
const PARQUET_MAGIC_BYTES = 4;

/** Tail bytes are copied into the file a piece of this size at a time. */
const COPY_BYTES = 1 << 20;

type RowGroup = ParquetWriter['row_groups'][number];
type PageIndexes = ParquetWriter['pendingIndexes'][number];

/**
 * Row groups of a Parquet file that another writer (another thread) encoded into a file of their
 * own, the magic first, to be put at their place in the file ({@link ParquetRowGroups.append}). Their
 * metadata is the writer's own, its offsets within that file; it is cloned across threads (plain
 * objects, bigints and bytes).
 */
export interface EncodedRowGroups {
  readonly file: string;
  readonly rows: number;
  readonly rowGroups: readonly RowGroup[];
  /** Each column chunk's page indexes, the groups' chunks in order (each chunk is its group's own, not sent twice). */
  readonly pageIndexes: readonly Omit<PageIndexes, 'chunk'>[];
}

/**
 * A Parquet file written a row group at a time, each row's cells put straight into its group's
 * columns: the bytes hyparquet-writer's parquetWriteRows writes for the same rows (the same
 * writer, schema, groups and options), without holding the group's rows as objects until it is
 * full, transposing them, or awaiting each row. Measured on a national run's Parquet files, those
 * were a third of the writer's time, and the rows held kept the collector busy. Synchronous: the
 * file writer is.
 */
class ParquetRowGroups {
  private readonly writer: ReturnType<typeof fileWriter>;
  private parquet: ParquetWriter | null = null;
  private columns: unknown[][];
  private size = 0;
  private rows = 0;

  constructor(
    private readonly file: string,
    private readonly rowGroupRows: number,
  ) {
    this.writer = fileWriter(file);
    this.columns = this.emptyColumns();
  }

  /** The bytes written so far (all of them once {@link finish}ed). */
  get bytes(): number {
    return this.writer.offset;
  }

  add(row: TidyRow): void {
    const at = this.size;
    for (let column = 0; column < TIDY_COLUMNS.length; column += 1) this.columns[column]![at] = row[TIDY_COLUMNS[column]!];
    this.size += 1;
    this.rows += 1;
    if (this.size === this.rowGroupRows) this.writeGroup();
  }

  /** Writes the last group and the footer. A file of no rows still gets its columns (one empty group, as parquetWriteRows writes). */
  finish(): void {
    if (this.size > 0 || this.parquet === null) this.writeGroup();
    synchronously(this.parquet!.finish());
  }

  /**
   * Writes the last group, without the footer, for another writer to {@link append} to its file:
   * the groups written, where they lie in this file, and their page indexes. No rows, no groups.
   */
  encoded(): EncodedRowGroups {
    if (this.size > 0) this.writeGroup();
    synchronously(this.writer.finish());
    const rowGroups = this.parquet?.row_groups ?? [];
    const pageIndexes = (this.parquet?.pendingIndexes ?? []).map(({ chunk: _chunk, ...indexes }) => indexes);
    return { file: this.file, rows: this.rows, rowGroups, pageIndexes };
  }

  /**
   * Puts row groups another writer {@link encoded} after this file's, as if written here: their
   * bytes copied, every offset in their metadata moved by where they now begin. Only between groups.
   */
  append(tail: EncodedRowGroups): void {
    if (tail.rowGroups.length === 0) return;
    if (this.size > 0) throw new Error('row groups are appended only after a whole group');
    const parquet = this.parquetWriter();
    const shift = BigInt(this.writer.offset - PARQUET_MAGIC_BYTES);
    const moved = (offset: bigint) => offset + shift;
    const chunks = tail.rowGroups.flatMap((group) => group.columns);
    if (chunks.length !== tail.pageIndexes.length) throw new Error('the row groups appended do not match their page indexes');
    for (const group of tail.rowGroups) {
      for (const chunk of group.columns) {
        chunk.file_offset = moved(chunk.file_offset);
        const meta = chunk.meta_data!;
        meta.data_page_offset = moved(meta.data_page_offset);
        if (meta.dictionary_page_offset !== undefined) meta.dictionary_page_offset = moved(meta.dictionary_page_offset);
      }
      parquet.row_groups.push(group);
      parquet.num_rows += group.num_rows;
    }
    tail.pageIndexes.forEach((indexes, i) => {
      for (const location of indexes.offsetIndex?.page_locations ?? []) location.offset = moved(location.offset);
      parquet.pendingIndexes.push({ ...indexes, chunk: chunks[i]! });
    });
    this.copyBytes(tail.file);
    this.rows += tail.rows;
  }

  /** Copies a tail's bytes after its magic onto the end of this file. */
  private copyBytes(file: string): void {
    const fd = openSync(file, 'r');
    try {
      const piece = new Uint8Array(COPY_BYTES);
      for (let position = PARQUET_MAGIC_BYTES; ;) {
        const got = readSync(fd, piece, 0, COPY_BYTES, position);
        if (got === 0) break;
        this.writer.appendBytes(piece.subarray(0, got));
        position += got;
      }
    } finally {
      closeSync(fd);
    }
  }

  /** The file's writer, made with the first group (the schema is the columns' types, whatever their rows). */
  private parquetWriter(columnData = PARQUET_COLUMNS.map((spec) => ({ ...spec, data: [] as unknown[] }))): ParquetWriter {
    this.parquet ??= new ParquetWriter({ writer: this.writer, schema: schemaFromColumnData({ columnData }), createdBy: CREATED_BY });
    return this.parquet;
  }

  private writeGroup(): void {
    const size = this.size;
    for (const column of this.columns) column.length = size;
    const columnData = PARQUET_COLUMNS.map((spec, column) => ({ ...spec, data: this.columns[column]! }));
    // Empty, the group is given the configured size, as parquetWriteRows gives it.
    synchronously(this.parquetWriter(columnData).write({ columnData, rowGroupSize: size === 0 ? this.rowGroupRows : size }));
    this.columns = this.emptyColumns();
    this.size = 0;
  }

  private emptyColumns(): unknown[][] {
    return TIDY_COLUMNS.map(() => new Array<unknown>(this.rowGroupRows));
  }
}

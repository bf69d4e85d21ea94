import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { fileWriter, parquetWriteRows } from 'hyparquet-writer';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { fixtureDataset, fixtureDetail } from '../../../../tests/fixtures/dataset/fixture';
import { BOM } from '../../../data/csv';
import { tidyCsv } from '../../../data/export-bundle';
import { allValueRefs, buildTidyRows, TIDY_COLUMNS, type TidyRow } from '../../../data/tidy-rows';
import { parquetTypeOf } from './columns';
import { CSV_HEAD, writeCsvFile, writeParquetHead, writeTidyFile, writeTidyFiles } from './tidy-files';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'fazhi-tidy-files-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const dataset = fixtureDataset();
const fixtureRows = (): TidyRow[] =>
  buildTidyRows(
    dataset,
    allValueRefs(dataset),
    new Map(dataset.index.reports.map((report) => [report.detailPath, fixtureDetail(report.detailPath)])),
  );

/** Rows with what breaks writers: quotes, commas and line breaks in text, formula-like text, nulls, a fraction, a reviewed value. */
function awkwardRows(): TidyRow[] {
  const [first] = fixtureRows();
  return [
    { ...first!, quote: '受理"行政复议"案件46件,\r\n审结45件', section: '一、成效', value: 46 },
    { ...first!, quote: '=HYPERLINK("http://evil.example")', body: '-司法局', review_note: '@note', value: 95.83 },
    { ...first!, division_code: null, province: null, year: null, quote: null, quote_status: 'not_loaded', synthetic: true, value: 0 },
    { ...first!, division_code: '110101001', review_status: 'corrected', reviewer: '王审核', original_value: 12.5, value: 2138 },
  ];
}

async function parquetRows(file: string): Promise<Record<string, unknown>[]> {
  const bytes = await readFile(file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return parquetReadObjects({ file: buffer });
}

async function write(rows: readonly TidyRow[], rowGroupRows?: number) {
  const csv = path.join(folder, 'values.csv.gz');
  const parquet = path.join(folder, 'values.parquet');
  // A generator, as the extract command hands them over: the writer never sees an array.
  const written = await writeTidyFiles(
    (function* () {
      yield* rows;
    })(),
    csv,
    parquet,
    rowGroupRows,
  );
  return { written, csvText: gunzipSync(await readFile(csv)).toString('utf8'), parquet };
}

describe('writeTidyFiles', () => {
  it('writes the dashboard’s CSV byte for byte, gzipped: BOM, header, CRLF records, the same quoting and formula guard', async () => {
    const rows = [...fixtureRows(), ...awkwardRows()];
    const { written, csvText } = await write(rows);
    expect(written.rows).toBe(rows.length);
    expect(csvText).toBe(tidyCsv(rows));
    expect(csvText.startsWith(`${BOM}${TIDY_COLUMNS.join(',')}\r\n`)).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csvText.slice(BOM.length), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...TIDY_COLUMNS]);
    const awkward = parsed.data.slice(-4);
    expect(awkward[0]!.quote).toBe('受理"行政复议"案件46件,\r\n审结45件');
    expect(awkward[1]!.quote).toBe('\'=HYPERLINK("http://evil.example")');
    expect(awkward[1]!.body).toBe("'-司法局");
    expect(awkward[1]!.review_note).toBe("'@note");
    expect(awkward[2]).toMatchObject({ division_code: '', year: '', quote: '', synthetic: 'true', value: '0' });
    expect(awkward[3]).toMatchObject({ division_code: '110101001', original_value: '12.5', value: '2138' });
  });

  it('writes Parquet in row groups that read back as the rows: codes as text, values as doubles, nulls as nulls, texts exactly', async () => {
    const rows = [...fixtureRows(), ...awkwardRows()];
    const { parquet } = await write(rows, 7);
    const bytes = await readFile(parquet);
    const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(metadata.row_groups).toHaveLength(Math.ceil(rows.length / 7));
    expect(metadata.created_by).toBe('fazhi-atlas extract');
    const types = Object.fromEntries(
      metadata.schema.slice(1).map((element) => [element.name, [element.type, element.converted_type ?? null]]),
    );
    expect(Object.keys(types)).toEqual([...TIDY_COLUMNS]);
    expect(types.division_code).toEqual(['BYTE_ARRAY', 'UTF8']);
    expect(types.value).toEqual(['DOUBLE', null]);
    expect(types.original_value).toEqual(['DOUBLE', null]);
    expect(types.year).toEqual(['INT32', null]);
    expect(types.synthetic).toEqual(['BOOLEAN', null]);
    expect(types.quote).toEqual(['BYTE_ARRAY', 'UTF8']);

    const read = await parquetRows(parquet);
    // The Parquet file keeps text exactly: no formula guard there.
    expect(read).toEqual(rows);
    expect(read.at(-3)!.quote).toBe('=HYPERLINK("http://evil.example")');
    expect(read.at(-2)).toMatchObject({ division_code: null, year: null, quote: null, synthetic: true });
    expect(read.filter((row) => row.division_code !== null).map((row) => typeof row.division_code)).toContain('string');
    expect(read.every((row) => row.division_code === null || typeof row.division_code === 'string')).toBe(true);
  });

  it('writes a header-only CSV and an empty Parquet file with every column when there are no rows', async () => {
    const { written, csvText, parquet } = await write([]);
    expect(written.rows).toBe(0);
    expect(csvText).toBe(CSV_HEAD);
    expect(await parquetRows(parquet)).toEqual([]);
    const bytes = await readFile(parquet);
    expect(
      parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
        .schema.slice(1)
        .map((element) => element.name),
    ).toEqual([...TIDY_COLUMNS]);
  });

  it('writes the Parquet bytes of hyparquet-writer’s own row writer, whatever the rows’ count against the group size', async () => {
    const rows = [...fixtureRows(), ...awkwardRows()];
    expect(rows.length).toBeGreaterThan(7);
    // No rows, part of a group, one full group, full groups and part of one.
    const counts = [0, 2, 3, 6, 7];
    for (const count of counts) {
      const some = rows.slice(0, count);
      const ours = path.join(folder, `ours-${count}.parquet`);
      const theirs = path.join(folder, `theirs-${count}.parquet`);
      for (const both of [false, true]) {
        if (both) await writeTidyFiles(some, path.join(folder, 'v.csv.gz'), ours, 3);
        else expect((await writeTidyFile(some, 'parquet', ours, 3)).rows).toBe(count);
        await parquetWriteRows({
          writer: fileWriter(theirs),
          rows: some,
          columns: TIDY_COLUMNS.map((name) => ({ name, type: parquetTypeOf(name) })),
          rowGroupSize: 3,
          createdBy: 'fazhi-atlas extract',
        });
        expect(await readFile(ours)).toEqual(await readFile(theirs));
        expect(await parquetRows(ours)).toEqual(some);
      }
    }
  });

  it('gzips the CSV into the bytes of gzip over its whole text, however many pieces it was handed over in', async () => {
    const rows = [...fixtureRows(), ...awkwardRows()];
    // Pieces of 512 kB: several of them, and a record longer than one (handed over alone).
    const many = Array.from({ length: 6000 }, (_, i) => ({ ...rows[i % rows.length]!, quote: `第${i}条：${'行政复议'.repeat(40)}` }));
    many.splice(3000, 0, { ...rows[0]!, quote: '长'.repeat(200_000) });
    const csv = path.join(folder, 'many.csv.gz');
    const written = await writeTidyFile(many, 'csv', csv);
    expect(written.rows).toBe(many.length);
    const text = tidyCsv(many);
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 * 512 * 1024);
    expect((await readFile(csv)).equals(gzipSync(Buffer.from(text)))).toBe(true);
  });

  it('gives the same bytes for the same rows (no time in either file)', async () => {
    const rows = fixtureRows();
    const first = await write(rows);
    const csvBytes = await readFile(path.join(folder, 'values.csv.gz'));
    const parquetBytes = await readFile(first.parquet);
    await write(rows);
    expect(await readFile(path.join(folder, 'values.csv.gz'))).toEqual(csvBytes);
    expect(await readFile(first.parquet)).toEqual(parquetBytes);
  });
});

describe('a Parquet file shared between two writers', () => {
  /** Rows enough for several groups, each quote long (a group's quote column spans pages: its offset index is moved too). */
  function manyRows(count: number): TidyRow[] {
    const rows = [...fixtureRows(), ...awkwardRows()];
    return Array.from({ length: count }, (_, i) => ({
      ...rows[i % rows.length]!,
      value: i % 5 === 0 ? 0 : i * 1.5,
      quote: `${'依法行政，严格规范公正文明执法。'.repeat(40)}第${i}条`,
    }));
  }

  it('is the single writer’s file byte for byte, wherever the head ends and whatever the rows’ count', async () => {
    const groupRows = 1000;
    const rows = manyRows(3 * groupRows + 417);
    const whole = path.join(folder, 'whole.parquet');
    await writeTidyFile(rows, 'parquet', whole, groupRows);
    const wholeBytes = await readFile(whole);
    const pages = parquetMetadata(
      wholeBytes.buffer.slice(wholeBytes.byteOffset, wholeBytes.byteOffset + wholeBytes.byteLength),
    ).row_groups[0]!.columns.find((chunk) => chunk.meta_data?.path_in_schema[0] === 'quote')!;
    // The quote column's chunk has page indexes (more than one page): their offsets are moved with the tail.
    expect(pages.offset_index_offset).toBeDefined();
    // No head, some, all but the last (partial) group, and every row (an empty tail).
    for (const fromRow of [0, groupRows, 3 * groupRows, 4 * groupRows]) {
      const shared = path.join(folder, `shared-${fromRow}.parquet`);
      const tailFile = path.join(folder, `tail-${fromRow}`);
      // The tail's writer reads every row (for its CSV); the head's reads only its own.
      let read = 0;
      const counted = (function* () {
        for (const row of rows) {
          read += 1;
          yield row;
        }
      })();
      const head = writeParquetHead(counted, shared, fromRow, groupRows);
      expect(read).toBe(Math.min(fromRow, rows.length));
      const csv = await writeCsvFile(rows, path.join(folder, `v-${fromRow}.csv.gz`), { fromRow, tailFile }, groupRows);
      expect(csv.parquetTail!.rows).toBe(Math.max(0, rows.length - fromRow));
      // The tail crosses threads: what arrives is a structured clone.
      const written = head.complete(structuredClone(csv.parquetTail!));
      expect(written).toEqual({ rows: rows.length, bytes: wholeBytes.length });
      expect((await readFile(shared)).equals(wholeBytes), `head of ${fromRow} rows`).toBe(true);
      await expect(readFile(tailFile)).rejects.toThrow();
    }
  });

  it('is shared only at a row group’s start', () => {
    expect(() => writeParquetHead([], path.join(folder, 'x.parquet'), 5, 3)).toThrow(/row group/);
  });
});

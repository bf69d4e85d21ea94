/**
 * The index kept on disk (src/cli/extract/index-spill.ts) writes the same files, byte for byte, as
 * the in-memory builders: index.json as the assembler's index, and the compact catalogue, value
 * files, review queue, shards, manifest and downloads as src/data/'s builders over that index.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { generateSyntheticReports } from '../../../scripts/synthetic/generate';
import { DatasetAssembler } from '../../data/build-dataset';
import { buildCompactCatalog, buildCompactValues, CATALOG_PATH, REVIEW_QUEUE_PATH, valuesPath } from '../../data/compact';
import { buildReviewQueue } from '../../data/review-risk';
import { assessValues, risksOf } from '../../data/review-risk';
import { type IndexFile, parseIndexFile } from '../../data/schema';
import { buildShards } from '../../data/shard-build';
import { partReportsPath, partReviewQueuePath, partValuesPath, SHARD_MANIFEST_PATH, shardPlacesPath } from '../../data/shards';
import { collectGarbage } from './collect-garbage';
import { downloadsJobOf, DownloadsThread, writeDownloadsJob } from './downloads/downloads-thread';
import { ProvenanceSpill } from './downloads/provenance-spill';
import { finishDownloads, joinGroups, writeDownloads, writeDownloadsOf } from './downloads/write-downloads';
import { entryJsonOf } from './entry-json';
import { runExtract } from './extract';
import { IndexSpill, WrittenIndex } from './index-spill';
import { manifestOf } from './write-dataset';

let work: string;
let index: IndexFile;
let indexText: string;
let lines: string[];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fazhi-spill-'));
  await mkdir(path.join(work, 'in'));
  // Every level and six years: peer groups large enough for outliers, and jumps from the year before.
  const reports = generateSyntheticReports({ jurisdictions: 12, years: 6, seed: 7, levels: 'all' });
  for (const report of reports) await writeFile(path.join(work, 'in', report.fileName), report.text);
  // A copy of a report under another name: one of the two is kept, as by the assembler.
  await writeFile(path.join(work, 'in', `zz-copy-${reports[0]!.fileName}`), reports[0]!.text);
  lines = [];
  const summary = await runExtract({
    inputs: ['in'],
    out: 'out',
    cwd: work,
    print: (line) => lines.push(line),
    progress: false,
    jobs: 1,
    details: 'packed',
  });
  expect(summary).toMatchObject({ exitCode: 0, written: reports.length });
  indexText = await readFile(path.join(work, 'out', 'index.json'), 'utf8');
  index = parseIndexFile(JSON.parse(indexText));
}, 120_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
}, 60_000);

const read = (relative: string) => readFile(path.join(work, 'out', ...relative.split('/')), 'utf8');
const asWritten = (value: unknown) => `${JSON.stringify(value)}\n`;

/** Every file under `folder`, as its path there → its bytes. */
async function filesOf(folder: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
  return new Map(await Promise.all(files.sort().map(async (file) => [file, await readFile(path.join(folder, file))] as const)));
}

describe('the extract command with its index on disk', () => {
  it("writes the same files whichever thread writes the downloads, the value files and the ranking (a national run's way included)", async () => {
    const expected = await filesOf(path.join(work, 'out'));
    expect(expected.size).toBeGreaterThan(100);
    for (const downloadsPlan of ['own thread', 'csv in own thread'] as const) {
      const out = `out-${downloadsPlan.replaceAll(' ', '-')}`;
      const summary = await runExtract({
        inputs: ['in'],
        out,
        cwd: work,
        print: () => undefined,
        progress: false,
        jobs: 1,
        details: 'packed',
        downloadsPlan,
      });
      expect(summary.exitCode).toBe(0);
      const written = await filesOf(path.join(work, out));
      expect([...written.keys()]).toEqual([...expected.keys()]);
      for (const [file, bytes] of expected) expect(written.get(file)!.equals(bytes), `${downloadsPlan}: ${file}`).toBe(true);
    }
  }, 120_000);

  it('writes index.json as JSON.stringify of the index, and leaves no spill file behind', async () => {
    expect(index.reports.length).toBeGreaterThan(60);
    expect(indexText).toBe(asWritten(index));
    expect(index.reports.every((report) => report.detailPack !== undefined)).toBe(true);
    const files = await readdir(path.join(work, 'out'), { recursive: true });
    expect(files.filter((file) => path.basename(file).startsWith('.'))).toEqual([]);
    // One line per input, in file order, then the duplicate's line and the summary.
    expect(lines.filter((line) => line.startsWith('ok    in/'))).toHaveLength(index.reports.length + 1);
    expect(lines.some((line) => line.startsWith('warn  in/zz-copy-'))).toBe(true);
  });

  it('writes the compact catalogue, value files and review queue of the in-memory builders, byte for byte', async () => {
    expect(await read(CATALOG_PATH)).toBe(asWritten(buildCompactCatalog(index)));
    expect(index.indicators.length).toBeGreaterThan(10);
    for (const indicator of index.indicators) {
      expect(await read(valuesPath(indicator.id))).toBe(asWritten(buildCompactValues(index.reports, indicator.id)));
    }
    // The general ranking (src/data/review-risk.ts assessValues) over the whole index in memory.
    const assessment = assessValues(index);
    expect(assessment.risky.length).toBeGreaterThan(0);
    const risks = new Set(assessment.risky.flatMap((value) => risksOf(value.risk)));
    expect(risks).toContain('peer_outlier');
    expect(await read(REVIEW_QUEUE_PATH)).toBe(asWritten(buildReviewQueue(index, assessment)));
  });

  it('writes the shards and the manifest of the in-memory builders, byte for byte', async () => {
    const shards = buildShards(index);
    expect(shards.parts.length).toBeGreaterThan(6);
    for (const part of shards.parts) {
      expect(await read(partReportsPath(part.shard, part.year))).toBe(asWritten(part.reports));
      expect(await read(partReviewQueuePath(part.shard, part.year))).toBe(asWritten(part.reviewQueue));
      for (const file of part.values) expect(await read(partValuesPath(part.shard, part.year, file.indicator))).toBe(asWritten(file));
    }
    for (const places of shards.places) expect(await read(shardPlacesPath(places.shard))).toBe(asWritten(places));
    expect(await read(SHARD_MANIFEST_PATH)).toBe(asWritten(shards.manifest));
    expect(await read('dataset.json')).toBe(`${JSON.stringify(manifestOf(index), null, 2)}\n`);
  });
});

describe('IndexSpill', () => {
  // Two worker threads start in this test (each loads the downloads' code): on a loaded machine
  // that alone took more than the default 20 s.
  it('keeps the copies and merges the places the assembler does, and its downloads are those of the index in memory', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'fazhi-spill-unit-'));
    try {
      const assembler = new DatasetAssembler();
      const spill = new IndexSpill(path.join(folder, '.index.ndjson'));
      const place = new Map(index.jurisdictions.map((jurisdiction) => [jurisdiction.id, jurisdiction]));
      const reports = index.reports.map(({ detailPack: _pack, ...entry }) => entry);
      // Each report once, then a worse and a better copy of two of them, with places described
      // differently (a level missing, another name): the merge keeps the order reports came in.
      const inputs = [
        ...reports.map((entry) => ({ entry, valueCount: Object.keys(entry.values).length })),
        { entry: { ...reports[3]!, sourceFile: 'zz/worse.txt', values: {} }, valueCount: 0 },
        { entry: { ...reports[5]!, sourceFile: 'a/better.txt' }, valueCount: 99 },
      ].map((prepared, i) => {
        const jurisdiction = place.get(prepared.entry.jurisdictionId)!;
        return { ...prepared, jurisdiction: i % 3 === 0 ? { ...jurisdiction, level: null, name: `${jurisdiction.name}x` } : jurisdiction };
      });
      expect(inputs.length).toBe(reports.length + 2);
      const provenance = new ProvenanceSpill(path.join(folder, '.provenance.ndjson'));
      for (const [i, prepared] of inputs.entries()) {
        const keptByAssembler = assembler.add(prepared);
        expect(spill.add({ ...prepared, entryJson: entryJsonOf(prepared.entry) })).toBe(keptByAssembler);
        if (!keptByAssembler) continue;
        const pack = { path: `details/p${i % 4}.pack`, offset: i * 100, length: 99 };
        assembler.locateDetail(prepared.entry.id, pack);
        spill.locateDetail(prepared.entry.id, pack);
        provenance.put(prepared.entry.id, {});
      }
      expect(spill.superseded).toEqual(assembler.superseded);
      expect(spill.superseded).toHaveLength(2);
      const expected = assembler.index();
      const written = spill.writeIndex(path.join(folder, 'index.json'), folder);
      expect(await readFile(path.join(folder, 'index.json'), 'utf8')).toBe(asWritten(expected));
      expect(written.reports.map((report) => written.entry(report))).toEqual(JSON.parse(JSON.stringify(expected.reports)));

      await mkdir(path.join(folder, 'memory'));
      await mkdir(path.join(folder, 'disk'));
      const inMemory = await writeDownloads(path.join(folder, 'memory'), expected, provenance, 7);
      const onDisk = await writeDownloadsOf(
        path.join(folder, 'disk'),
        {
          head: written.head,
          reports: written.reports,
          valueCountOf: (report) => report.valueCount,
          load: (report) => written.entry(report),
        },
        provenance,
        7,
      );
      expect(onDisk).toEqual(inMemory);
      // The extract command's ways: the same files, written by the downloads' own thread, or
      // (a national run) its CSV files by the thread and its Parquet files by this one, at once.
      await mkdir(path.join(folder, 'thread'));
      const thread = new DownloadsThread();
      const groups = await thread
        .write(downloadsJobOf(path.join(folder, 'thread'), written, provenance, 'both', 7, written.valueFilesJob()))
        .finally(() => thread.stop());
      // The thread ranked the values from their spills as assessValues does over the index in memory.
      expect(await thread.assessment()).toEqual(assessValues(expected));
      expect(await finishDownloads(path.join(folder, 'thread'), groups)).toEqual(inMemory);
      // The thread says what CPU time it used (Linux, as here; --stats-json reports it).
      expect(thread.cpuSeconds).toBeGreaterThan(0);
      // The thread wrote the compact and the shards' value files too, from the value spills: those of the index in memory.
      expect(expected.indicators.length).toBeGreaterThan(3);
      for (const indicator of expected.indicators) {
        expect(await readFile(path.join(folder, 'thread', valuesPath(indicator.id)), 'utf8')).toBe(
          `${JSON.stringify(buildCompactValues(expected.reports, indicator.id))}\n`,
        );
      }
      const parts = buildShards(expected).parts;
      expect(parts.length).toBeGreaterThan(2);
      for (const part of parts)
        for (const file of part.values)
          expect(await readFile(path.join(folder, 'thread', partValuesPath(part.shard, part.year, file.indicator)), 'utf8')).toBe(
            `${JSON.stringify(file)}\n`,
          );
      await mkdir(path.join(folder, 'split'));
      const csvThread = new DownloadsThread();
      const csvInThread = csvThread
        .write(downloadsJobOf(path.join(folder, 'split'), written, provenance, 'csv', 7))
        .finally(() => csvThread.stop());
      const parquetHere = await writeDownloadsJob(downloadsJobOf(path.join(folder, 'split'), written, provenance, 'parquet', 7));
      expect(parquetHere.every((group) => group.csvBytes === null && group.parquetBytes !== null)).toBe(true);
      expect(await finishDownloads(path.join(folder, 'split'), joinGroups(await csvInThread, parquetHere))).toEqual(inMemory);
      expect(() => joinGroups(parquetHere.slice(1), parquetHere)).toThrow(/different rows/);
      expect(inMemory.groups.length).toBeGreaterThan(1);
      for (const group of inMemory.groups) {
        for (const file of [group.csv.path, group.parquet.path, 'downloads/index.json', 'downloads/datapackage.json']) {
          const expectedBytes = await readFile(path.join(folder, 'memory', file));
          expect(await readFile(path.join(folder, 'disk', file))).toEqual(expectedBytes);
          expect(await readFile(path.join(folder, 'thread', file))).toEqual(expectedBytes);
          expect(await readFile(path.join(folder, 'split', file))).toEqual(expectedBytes);
        }
      }
      written.dispose();
      provenance.dispose();
      expect((await readdir(folder)).filter((file) => file.startsWith('.'))).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('WrittenIndex', () => {
  // The catalogue of reports stays in memory for the whole output step: 241,000 of them in a
  // national run. A report costs its fields, not a copy of a copy: as `{ ...rest, has, valueCount,
  // at }` of a destructured entry each took ~1,060 bytes, copied key by key ~580.
  it('keeps each report of the catalogue in under 850 bytes of heap, its keys in the order of its entry', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'fazhi-written-'));
    try {
      const { reports: entries, ...head } = index;
      const texts = entries.map((entry) => JSON.stringify(entry));
      expect(texts.length).toBeGreaterThan(50);
      const written = new WrittenIndex(path.join(folder, 'index.json'), folder, { ...head, reports: [] });
      const rounds = 150;
      collectGarbage();
      const before = process.memoryUsage().heapUsed;
      // Each entry parsed anew, as the index step parses each line it reads back.
      for (let round = 0; round < rounds; round += 1)
        for (const text of texts) written.add(JSON.parse(text) as (typeof entries)[number], text);
      collectGarbage();
      const perReport = (process.memoryUsage().heapUsed - before) / written.count;
      expect(written.count).toBe(rounds * texts.length);
      expect(perReport).toBeLessThan(850);
      const { values: _values, textSha256: _fingerprint, ...catalogued } = entries[1]!;
      expect(Object.keys(written.reports[1]!)).toEqual([...Object.keys(catalogued), 'has', 'valueCount', 'at']);
      written.finish();
      written.dispose();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);
});

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

import { parquetReadObjects } from 'hyparquet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { fixtureDataset, fixtureDetail, fixtureIndex } from '../../../../tests/fixtures/dataset/fixture';
import { COLUMN_DOCS, tidyCsv } from '../../../data/export-bundle';
import { levelGroupOf } from '../../../data/level-groups';
import { downloadsIndexSchema, type IndexFile } from '../../../data/schema';
import { allValueRefs, buildTidyRows, reportProvenance, TIDY_COLUMNS } from '../../../data/tidy-rows';
import { ProvenanceSpill } from './provenance-spill';
import { writeDownloads } from './write-downloads';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'fazhi-downloads-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A spill holding every fixture report's provenance, in an order other than the index's, as workers return them. */
function spillOf(index: IndexFile): ProvenanceSpill {
  const spill = new ProvenanceSpill(path.join(folder, '.spill.ndjson'));
  for (const report of [...index.reports].reverse())
    spill.put(report.id, reportProvenance(report.values, fixtureDetail(report.detailPath)));
  return spill;
}

async function parquetRows(file: string): Promise<Record<string, unknown>[]> {
  const bytes = await readFile(file);
  return parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
}

interface PackageField {
  name: string;
  type: string;
  description: string;
  constraints?: { required?: boolean; enum?: string[] };
}
interface PackageResource {
  name: string;
  path: string;
  format: string;
  schema: { fields: PackageField[]; missingValues: string[] };
}

describe('writeDownloads', () => {
  it('writes each level group’s values, in the dashboard’s order, as the dashboard’s rows', async () => {
    const index = fixtureIndex();
    const spill = spillOf(index);
    const downloads = await writeDownloads(folder, index, spill, 5);
    spill.dispose();
    const dataset = fixtureDataset();
    const details = new Map(index.reports.map((report) => [report.detailPath, fixtureDetail(report.detailPath)]));
    const expected = buildTidyRows(dataset, allValueRefs(dataset), details);

    expect(downloadsIndexSchema.parse(JSON.parse(await readFile(path.join(folder, 'downloads/index.json'), 'utf8')))).toEqual(downloads);
    expect(downloads.rows).toBe(expected.length);
    const groupOfReport = new Map(
      index.reports.map((report) => [report.id, levelGroupOf(dataset.jurisdictionById.get(report.jurisdictionId)?.level ?? null)]),
    );
    // The fixture has more than one group, so rows are really split.
    expect(downloads.groups.length).toBeGreaterThan(1);
    for (const entry of downloads.groups) {
      const wanted = expected.filter((row) => groupOfReport.get(row.report_id ?? '') === entry.group);
      expect(entry.rows).toBe(wanted.length);
      expect(await parquetRows(path.join(folder, entry.parquet.path))).toEqual(wanted);
      const csv = gunzipSync(await readFile(path.join(folder, entry.csv.path)));
      expect(entry.csv.bytes).toBe((await readFile(path.join(folder, entry.csv.path))).length);
      expect(csv.toString('utf8')).toBe(tidyCsv(wanted));
    }
    expect((await readdir(path.join(folder, 'downloads'))).sort()).toEqual(
      [
        'datapackage.json',
        'index.json',
        ...downloads.groups.flatMap((entry) => [path.basename(entry.csv.path), path.basename(entry.parquet.path)]),
      ].sort(),
    );
  });

  it('describes every column in datapackage.json, named exactly as the CSV header, division_code as text', async () => {
    const index = fixtureIndex();
    const spill = spillOf(index);
    const downloads = await writeDownloads(folder, index, spill);
    spill.dispose();
    const datapackage = JSON.parse(await readFile(path.join(folder, 'downloads/datapackage.json'), 'utf8')) as {
      name: string;
      resources: PackageResource[];
      licenseNote: string;
    };
    expect(datapackage.name).toMatch(/^[a-z0-9._-]+$/);
    expect(datapackage.licenseNote).toMatch(/licence/);
    expect(datapackage.resources.map((resource) => resource.path).sort()).toEqual(
      downloads.groups
        .flatMap((entry) => [entry.csv.path, entry.parquet.path])
        .map((file) => file.replace(/^downloads\//, ''))
        .sort(),
    );
    for (const resource of datapackage.resources) {
      const csvHeader = gunzipSync(await readFile(path.join(folder, 'downloads', resource.path.replace(/\.parquet$/, '.csv.gz'))))
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]!
        .split(',');
      const fields = resource.schema.fields;
      expect(fields.map((field) => field.name)).toEqual(csvHeader);
      expect(fields.map((field) => field.name)).toEqual([...TIDY_COLUMNS]);
      expect(resource.schema.missingValues).toEqual(['']);
      for (const field of fields) {
        expect(['string', 'integer', 'number', 'boolean']).toContain(field.type);
        expect(field.description).toContain(COLUMN_DOCS[field.name as keyof typeof COLUMN_DOCS][1]);
      }
      const byName = new Map(fields.map((field) => [field.name, field]));
      expect(byName.get('division_code')!.type).toBe('string');
      expect(byName.get('value')).toMatchObject({ type: 'number', constraints: { required: true } });
      expect(byName.get('year')!.type).toBe('integer');
      expect(byName.get('quote_status')!.constraints!.enum).toEqual(['quoted', 'derived', 'not_loaded']);
      expect(resource.format).toBe(resource.path.endsWith('.parquet') ? 'parquet' : 'csv');
    }
  });

  it('gives a report without provenance (never in a run) rows that say the quote is missing, not a quote of another report', async () => {
    const index = fixtureIndex();
    const spill = new ProvenanceSpill(path.join(folder, '.spill.ndjson'));
    const downloads = await writeDownloads(folder, index, spill);
    spill.dispose();
    for (const entry of downloads.groups) {
      for (const row of await parquetRows(path.join(folder, entry.parquet.path))) {
        expect(row.quote).toBeNull();
        expect(['derived', 'not_loaded']).toContain(row.quote_status);
      }
    }
  });
});

describe('ProvenanceSpill', () => {
  it('finds each report’s latest provenance whatever was written after it, and removes its file when disposed', async () => {
    const file = path.join(folder, '.spill.ndjson');
    const spill = new ProvenanceSpill(file);
    const quote = (text: string) => ({
      'legal_aid.cases': { quote: text, wording: null, variant: null, formula: null, section: '一、成效', sectionKind: 'results' },
    });
    spill.put('a', quote('第一份'));
    spill.put('b', quote('办理法律援助案件2138件,"含"换行\n'.repeat(5000)));
    expect(spill.get('a')).toEqual(quote('第一份'));
    spill.put('a', quote('更好的一份'));
    expect(spill.get('b')).toEqual(quote('办理法律援助案件2138件,"含"换行\n'.repeat(5000)));
    expect(spill.get('a')).toEqual(quote('更好的一份'));
    expect(spill.get('c')).toBeNull();
    spill.dispose();
    spill.dispose();
    await expect(readFile(file)).rejects.toThrow();
  });
});

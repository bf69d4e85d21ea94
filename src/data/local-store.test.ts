import { readFileSync } from 'node:fs';

import { describe, expect, it, vi } from 'vitest';

import { freshIndexedDbPerTest, putRawRecord } from '../../tests/fixtures/indexed-db';
import { extractReport } from '../extract';
import { buildContractFiles } from './build-dataset';
import { localiseDataset, type LocalReportFile } from './local-reports';
import { deleteLocalReport, getLocalReport, listLocalReports, putLocalReport } from './local-store';
import { closeSiteDb } from './site-db';

function localFile(path: string, sourceFile = path): LocalReportFile {
  return localiseDataset(buildContractFiles([{ sourceFile, report: extractReport(readFileSync(path, 'utf8')) }]));
}

const furong = localFile('corpus/001_3803b543c87d1562.txt', 'furong.txt');
const jiaxiang = localFile('corpus/003_0d3d22b9ea099724.txt', 'jiaxiang.txt');

freshIndexedDbPerTest();

describe('local report store (IndexedDB)', () => {
  it('keeps, lists, reads back and deletes reports, validated', async () => {
    expect(await listLocalReports()).toEqual({ records: [], unreadable: [] });
    expect(await putLocalReport(furong, '2025-01-01T00:00:00.000Z')).toEqual({ replaced: false });
    expect(await putLocalReport(jiaxiang, '2025-01-02T00:00:00.000Z')).toEqual({ replaced: false });
    const { records } = await listLocalReports();
    expect(records.map((record) => record.id)).toEqual([furong.report.id, jiaxiang.report.id]);
    expect(records[0]?.file).toEqual(furong);
    expect((await getLocalReport(furong.report.id))?.file.detail.paragraphs.length).toBe(furong.detail.paragraphs.length);
    await deleteLocalReport(furong.report.id);
    expect((await listLocalReports()).records.map((record) => record.id)).toEqual([jiaxiang.report.id]);
    expect(await getLocalReport(furong.report.id)).toBeNull();
  });

  it('survives a new connection (what a reload does)', async () => {
    await putLocalReport(furong);
    await closeSiteDb();
    expect((await listLocalReports()).records.map((record) => record.id)).toEqual([furong.report.id]);
  });

  it('adding the same report again replaces it and says so', async () => {
    await putLocalReport(furong);
    expect(await putLocalReport(furong)).toEqual({ replaced: true });
    expect((await listLocalReports()).records).toHaveLength(1);
  });

  it('refuses to store a file that breaks the contract', async () => {
    const broken = { ...furong, detail: { ...furong.detail, reportId: 'local-other' } };
    await expect(putLocalReport(broken)).rejects.toThrow();
    expect((await listLocalReports()).records).toHaveLength(0);
  });

  it('reports records that no longer match the schema as unreadable, without dropping the others', async () => {
    await putLocalReport(furong);
    // A record as an older version (or a hand edit) might have left it.
    await putRawRecord('local-reports', { id: 'local-old', addedAt: 'x', file: { schemaVersion: 0 } });
    const list = await listLocalReports();
    expect(list.records.map((record) => record.id)).toEqual([furong.report.id]);
    expect(list.unreadable).toEqual(['local-old']);
    expect(await getLocalReport('local-old')).toBeNull();
  });

  it('without IndexedDB, lists nothing and refuses to store with a reason', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await listLocalReports()).toEqual({ records: [], unreadable: [] });
    expect(await getLocalReport(furong.report.id)).toBeNull();
    await expect(putLocalReport(furong)).rejects.toThrow(/IndexedDB/);
  });
});

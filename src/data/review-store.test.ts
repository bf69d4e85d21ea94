import { describe, expect, it } from 'vitest';

import { freshIndexedDbPerTest, putRawRecord } from '../../tests/fixtures/indexed-db';
import { listLocalReports } from './local-store';
import { BROWSER_SOURCE, deleteDecisions, listDecisions, putDecisions, putImportedDecisions } from './review-store';
import type { ReviewDecisionRecord } from './schema';
import { closeSiteDb } from './site-db';

const DECISION: ReviewDecisionRecord = {
  id: 'd-1',
  textSha256: 'a'.repeat(64),
  reportId: '430102-2020',
  anchor: { paragraphId: 'p7', start: 206, end: 219, quote: '受理普通行政复议案件46件', textStart: null, before: '', after: '' },
  judged: { extractionId: 'e2', indicator: 'review.received', value: 46, qualifier: 'exact', scope: 'own', derived: false },
  decision: 'confirm',
  fields: null,
  reviewer: '王审核',
  decidedAt: '2025-03-01T09:30:00.000Z',
  note: null,
};

freshIndexedDbPerTest();

describe('review decision store (IndexedDB)', () => {
  it('keeps decisions across connections, replaces and deletes them in one transaction', async () => {
    await putDecisions([{ decision: DECISION, source: BROWSER_SOURCE }], [], '2025-03-01T10:00:00.000Z');
    await closeSiteDb();
    expect(await listDecisions()).toEqual({
      records: [{ decision: DECISION, source: BROWSER_SOURCE, storedAt: '2025-03-01T10:00:00.000Z' }],
      unreadable: [],
    });
    const later = { ...DECISION, id: 'd-2', decision: 'reject' as const, decidedAt: '2025-03-01T09:40:00.000Z' };
    await putDecisions([{ decision: later, source: BROWSER_SOURCE }], ['d-1']);
    expect((await listDecisions()).records.map((record) => record.decision.id)).toEqual(['d-2']);
    await deleteDecisions(['d-2']);
    expect((await listDecisions()).records).toEqual([]);
  });

  it('refuses a malformed decision, and reports stored ones that no longer match the schema', async () => {
    await expect(
      putDecisions([
        { decision: { ...DECISION, fields: { indicator: 'x', value: 1, qualifier: 'exact', scope: 'own' } }, source: BROWSER_SOURCE },
      ]),
    ).rejects.toThrow(/fields/);
    await putDecisions([{ decision: DECISION, source: 'a.json' }]);
    await putRawRecord('review-decisions', { id: 'd-bad', source: 'x', storedAt: 'x', decision: { id: 'd-bad' } });
    const list = await listDecisions();
    expect(list.records.map((record) => record.source)).toEqual(['a.json']);
    expect(list.unreadable).toEqual(['d-bad']);
  });

  it("opens a database of the first version, keeping its local reports, and adds the decisions' store", async () => {
    await putRawRecord('local-reports', { id: 'local-old', addedAt: 'x', file: { schemaVersion: 0 } }, 1);
    expect((await listLocalReports()).unreadable).toEqual(['local-old']);
    await putDecisions([{ decision: DECISION, source: BROWSER_SOURCE }]);
    expect((await listDecisions()).records).toHaveLength(1);
  });

  it('keeps an imported file as one record, reading its good decisions when one no longer matches the schema', async () => {
    const second = { ...DECISION, id: 'd-2', decidedAt: '2025-03-01T09:31:00.000Z' };
    expect(await putImportedDecisions('k1', 'li.json', [DECISION, second], '2025-03-02T08:00:00.000Z')).toEqual({ alreadyStored: false });
    expect(await putImportedDecisions('k1', 'li (copy).json', [DECISION, second])).toEqual({ alreadyStored: true });
    await putRawRecord('review-imports', {
      id: 'k2',
      source: 'old.json',
      storedAt: '2025-03-02T09:00:00.000Z',
      decisions: [{ ...DECISION, id: 'd-3' }, { id: 'd-bad' }],
    });
    await closeSiteDb();
    const list = await listDecisions();
    expect(list.records.map((record) => [record.decision.id, record.source])).toEqual([
      ['d-1', 'li.json'],
      ['d-3', 'old.json'],
      ['d-2', 'li.json'],
    ]);
    expect(list.unreadable).toEqual(['k2#2']);
  });

  it("opens a database of the second version, keeping its decisions, and adds the imported files' store", async () => {
    await putRawRecord('local-reports', { id: 'local-old', addedAt: 'x', file: { schemaVersion: 0 } }, 1);
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('fazhi-atlas', 2);
      open.onupgradeneeded = () => open.result.createObjectStore('review-decisions', { keyPath: 'id' });
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error);
    });
    await putRawRecord('review-decisions', { id: 'd-1', source: BROWSER_SOURCE, storedAt: '2025-03-01T10:00:00.000Z', decision: DECISION });
    await putImportedDecisions('k1', 'li.json', [{ ...DECISION, id: 'd-9' }]);
    expect((await listDecisions()).records.map((record) => record.decision.id)).toEqual(['d-1', 'd-9']);
    expect((await listLocalReports()).unreadable).toEqual(['local-old']);
  });
});

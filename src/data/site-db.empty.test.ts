import { beforeEach, describe, expect, it, vi } from 'vitest';

import { freshIndexedDbPerTest, putRawRecord } from '../../tests/fixtures/indexed-db';
import { listLocalReports } from './local-store';
import type * as ReadChecked from './read-checked';
import { checkedReader } from './read-checked';
import { listDecisions } from './review-store';
import { closeSiteDb, STORES } from './site-db';

// The reader is the one the stores make (read-checked.ts), watched: making one loads the check of
// its schema, a chunk fetched over the network for the stores' schemas.
vi.mock('./read-checked', async (importOriginal) => {
  const original = await importOriginal<typeof ReadChecked>();
  return { ...original, checkedReader: vi.fn(original.checkedReader) };
});

freshIndexedDbPerTest();
beforeEach(() => {
  vi.mocked(checkedReader).mockClear();
});

describe("a new visitor's empty stores", () => {
  it('are read without making a reader (no schema check loaded: the first chart waits for the local reports)', async () => {
    expect(await listLocalReports()).toEqual({ records: [], unreadable: [] });
    expect(await listDecisions()).toEqual({ records: [], unreadable: [] });
    expect(checkedReader).not.toHaveBeenCalled();
  });

  it('a store with a record gets its reader, and the record checked', async () => {
    // The site's database made as the page makes it, then a record left in it as an older version might have.
    await listLocalReports();
    await closeSiteDb();
    await putRawRecord(STORES.localReports, { id: 'local-1', addedAt: '2025-01-01T00:00:00.000Z', file: { not: 'a report' } });
    expect(await listLocalReports()).toEqual({ records: [], unreadable: ['local-1'] });
    expect(checkedReader).toHaveBeenCalledWith('localReportFileSchema', [{ not: 'a report' }]);
  });
});

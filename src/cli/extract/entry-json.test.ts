import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { reportEntrySchema } from '../../data/schema';
import { entryJsonOf, withDetailPack } from './entry-json';

const reports = fixtureDataset().index.reports;

describe('entryJsonOf and withDetailPack', () => {
  it('give JSON.stringify of the entry validated with its pack, keys in the schema’s order, with or without a pack', () => {
    expect(reports.length).toBeGreaterThan(2);
    const pack = { path: 'details/11-2024.pack', offset: 12, length: 345 };
    for (const report of reports) {
      // Keys out of the schema's order, and one the schema does not know: validation sorts and drops them.
      const { id, values, ...rest } = report;
      const shuffled = { values, unknownKey: 1, ...rest, id } as unknown as typeof report;
      const entry = entryJsonOf(shuffled);
      expect(withDetailPack(entry, undefined)).toBe(JSON.stringify(reportEntrySchema.parse(report)));
      expect(withDetailPack(entry, pack)).toBe(JSON.stringify(reportEntrySchema.parse({ ...report, detailPack: pack })));
      expect(JSON.parse(withDetailPack(entry, pack))).toEqual(reportEntrySchema.parse({ ...report, detailPack: pack }));
    }
  });

  it('refuses an entry or a pack that is not valid', () => {
    expect(() => entryJsonOf({ ...reports[0]!, year: 2024.5 })).toThrow();
    expect(() => withDetailPack(entryJsonOf(reports[0]!), { path: 'details/x.pack', offset: -1, length: 3 })).toThrow();
  });
});

import { describe, expect, it } from 'vitest';

import { fixtureIndex } from '../../../tests/fixtures/dataset/fixture';
import { aboutFileSchema, type IndexFile } from '../../data/schema';
import { dataVersion } from './side-files';

describe('dataVersion', () => {
  it('is the same for the same data, another for any change, and what about.json accepts', async () => {
    const dataVersionOf = (index: IndexFile) => dataVersion([JSON.stringify(index)]);
    const index = fixtureIndex();
    const version = await dataVersionOf(index);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(await dataVersionOf(fixtureIndex())).toBe(version);
    // Read in chunks or whole, the same bytes give the same version.
    const text = JSON.stringify(index);
    expect(await dataVersion([text.slice(0, 100), text.slice(100)])).toBe(version);
    const [first, ...rest] = index.reports;
    const changed = { ...first!, values: { ...first!.values, 'notary.cases': { ...Object.values(first!.values)[0]!, value: 12345 } } };
    expect(await dataVersionOf({ ...index, reports: [changed, ...rest] })).not.toBe(version);
    expect(await dataVersionOf({ ...index, jurisdictions: index.jurisdictions.slice(1) })).not.toBe(version);
    expect(aboutFileSchema.parse({ schemaVersion: 1, catalogueVersion: 2, dataVersion: version }).dataVersion).toBe(version);
  });
});

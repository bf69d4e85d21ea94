import { describe, expect, it } from 'vitest';

import { fixtureIndex } from '../../../tests/fixtures/dataset/fixture';
import { aboutFileSchema } from '../../data/schema';
import { dataVersion } from './side-files';

describe('dataVersion', () => {
  it('is the same for the same data, another for any change, and what about.json accepts', () => {
    const index = fixtureIndex();
    const version = dataVersion(index);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(dataVersion(fixtureIndex())).toBe(version);
    const [first, ...rest] = index.reports;
    const changed = { ...first!, values: { ...first!.values, 'notary.cases': { ...Object.values(first!.values)[0]!, value: 12345 } } };
    expect(dataVersion({ ...index, reports: [changed, ...rest] })).not.toBe(version);
    expect(dataVersion({ ...index, jurisdictions: index.jurisdictions.slice(1) })).not.toBe(version);
    expect(aboutFileSchema.parse({ schemaVersion: 1, catalogueVersion: 2, dataVersion: version }).dataVersion).toBe(version);
  });
});

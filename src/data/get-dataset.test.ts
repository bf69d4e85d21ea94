import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../tests/fixtures/dataset/fixture';
import type { Dataset } from './dataset';
import type { DataSource } from './get-data-source';
import { type RecentDataset, reuseRecentDataset } from './get-dataset';
import type { ComposedCatalog } from './shards';

const source = { kind: 'sharded' } as unknown as DataSource;
const composedOf = (name: string) => ({ name }) as unknown as ComposedCatalog;

describe('reuseRecentDataset', () => {
  it('gives the dataset kept for the same inputs, builds one for new inputs, and keeps the last two shown', () => {
    const [a, b, c] = [composedOf('a'), composedOf('b'), composedOf('c')];
    let built = 0;
    const build = (): Dataset => {
      built += 1;
      return { ...fixtureDataset() };
    };
    let recent: readonly RecentDataset[] = [];
    const show = (composed: ComposedCatalog, records: unknown = undefined) => {
      const made = reuseRecentDataset(recent, { source, records, composed }, build);
      recent = made.recent;
      return made.dataset;
    };
    const first = show(a);
    const second = show(b);
    expect(second).not.toBe(first);
    // Back and forth: the same objects, nothing built.
    expect(show(a)).toBe(first);
    expect(show(b)).toBe(second);
    expect(show(a)).toBe(first);
    expect(built).toBe(2);
    // A third: kept with the last shown (a); the one shown before (b) goes.
    const third = show(c);
    expect(show(a)).toBe(first);
    expect(show(c)).toBe(third);
    expect(built).toBe(3);
    expect(show(b)).not.toBe(second);
    expect(built).toBe(4);
    // Other local reports: another dataset, even over the same parts.
    expect(show(b, [{ file: 'x' }])).not.toBe(show(b));
    expect(recent.length).toBe(2);
  });
});

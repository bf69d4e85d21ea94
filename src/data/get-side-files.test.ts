import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { fixtureFetch } from '../../tests/fixtures/dataset/fixture';
import { populationQueryOptions } from './get-side-files';

afterEach(() => vi.unstubAllGlobals());

describe('the population table', () => {
  it("is not asked for when the folder's about file says there is none (no 404 in the console)", async () => {
    const served = fixtureFetch({
      'about.json': {
        status: 200,
        body: JSON.stringify({ schemaVersion: 1, newestReportDate: null, catalogueVersion: 2, population: false }),
      },
    });
    vi.stubGlobal('fetch', served.fetch);
    expect(await new QueryClient().fetchQuery(populationQueryOptions)).toBeNull();
    expect(served.requested).toEqual(['about.json']);
  });

  it('is asked for when the about file says it is there, or is older and does not say', async () => {
    for (const about of [{ population: true }, {}]) {
      const served = fixtureFetch({
        'about.json': { status: 200, body: JSON.stringify({ schemaVersion: 1, newestReportDate: null, catalogueVersion: 2, ...about }) },
      });
      vi.stubGlobal('fetch', served.fetch);
      const table = await new QueryClient().fetchQuery(populationQueryOptions);
      expect(table?.rows.length, JSON.stringify(about)).toBeGreaterThan(0);
      expect(served.requested).toEqual(['about.json', 'population.json']);
    }
  });
});

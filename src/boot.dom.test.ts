import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { fixtureFetch, shardedOverrides } from '../tests/fixtures/dataset/fixture';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  window.history.replaceState(null, '', '/');
});

/** Loads the boot script over the sharded fixture at `search`; resolves once its requests are out. */
async function boot(search: string) {
  const served = fixtureFetch(shardedOverrides());
  vi.stubGlobal('fetch', served.fetch);
  window.history.replaceState(null, '', `/${search}`);
  await import('./boot');
  await vi.waitFor(() => expect(served.requested.length).toBeGreaterThan(1));
  // The manifest read and every request started: nothing more comes in the next turns.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return served;
}

/** What the app then asks for, before its first render (as main.tsx does); its modules are the boot script's (one module graph per test). */
async function appRequests(search: string) {
  const [{ shownScope, VIEW_LOADING }, { indexQueryOptions }, { prefetchShownScope }, { parseUrlState }] = await Promise.all([
    import('./app/view-scopes'),
    import('./data/get-data-source'),
    import('./data/get-dataset'),
    import('./state/url-state'),
  ]);
  const client = new QueryClient();
  const source = await client.fetchQuery(indexQueryOptions);
  if (source.kind !== 'sharded') throw new Error('the fixture is sharded');
  const state = parseUrlState(search);
  prefetchShownScope(client, source.manifest, shownScope(VIEW_LOADING[state.view], state));
  await vi.waitFor(() => expect(client.isFetching()).toBe(0));
}

describe('the boot script', () => {
  const addresses = ['', '?view=compare&indicator=legal_aid.cases&year=2022', '?view=trend&level=县', '?view=coverage'];

  it.each(addresses)(
    'asks at once for every file the app then asks for at %j, and the app takes them instead of asking again',
    async (search) => {
      const served = await boot(search);
      const early = [...served.requested];
      expect(early[0]).toBe('shards/manifest.json');
      expect(early.some((path) => path.endsWith('/reports.json'))).toBe(true);
      expect(early.some((path) => path.endsWith('/places.json'))).toBe(true);
      await appRequests(search);
      expect(served.requested).toEqual(early);
    },
  );

  it("asks for an English page's words of the first view beside its data, and never for a Chinese page's", async () => {
    for (const [search, asked] of [
      ['?lang=en', 1],
      ['?view=trend', 0],
    ] as const) {
      const english = vi.fn(() => ({ EAGER_ENGLISH: [] }));
      vi.doMock('./ui/i18n/english', english);
      await boot(search);
      expect(english).toHaveBeenCalledTimes(asked);
      vi.doUnmock('./ui/i18n/english');
      vi.resetModules();
    }
  });

  it("asks for the drawn indicator's values with the parts when the view draws one", async () => {
    const served = await boot('?indicator=legal_aid.cases');
    expect(served.requested.filter((path) => path.includes('/values/'))).not.toEqual([]);
    expect(
      served.requested.filter((path) => path.includes('/values/')).every((path) => path.endsWith('/values/legal_aid.cases.json')),
    ).toBe(true);
  });

  it('asks for nothing more when the folder has no shards (the app falls back to the older layouts)', async () => {
    const served = fixtureFetch();
    vi.stubGlobal('fetch', served.fetch);
    await import('./boot');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(served.requested).toEqual(['shards/manifest.json']);
  });
});

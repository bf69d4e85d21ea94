// A file of its own: the collector's verdict must not depend on React roots other tests left mounted.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import { act, createElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { compactOverrides, fixtureFetch } from '../../tests/fixtures/dataset/fixture';
import type { Dataset } from './dataset';
import { fetchDataSource } from './get-data-source';
import { baseDataset } from './get-dataset';
import { useDatasetValues, valuesQueryOptions } from './get-values';

/** Made outside the tests: a closure written beside a dataset would hold it (see composedCatalogFromCache). */
function providerOf(client: QueryClient) {
  return ({ children }: { children?: ReactNode }) => createElement(QueryClientProvider, { client }, children);
}

afterEach(() => vi.unstubAllGlobals());

describe('a scope no longer shown', () => {
  // V8's collector, reached from a fresh context once the flag is set (the test runner does not expose it).
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;

  /** The hook over a dataset until it has its values, then no longer rendered: only weak references to what it read are returned. */
  async function showThenLeave(client: QueryClient) {
    vi.stubGlobal('fetch', fixtureFetch(compactOverrides()).fetch);
    const base = baseDataset(await fetchDataSource(), []);
    let shown: Dataset | undefined;
    const Probe = ({ dataset }: { dataset: Dataset }) => {
      shown = useDatasetValues(dataset, ['legal_aid.cases']).data;
      return null;
    };
    const root = createRoot(document.createElement('div'));
    const Provider = providerOf(client);
    await act(async () => root.render(createElement(Provider, null, createElement(Probe, { dataset: base }))));
    await waitFor(() => expect(shown).toBeDefined());
    const left = { base: new WeakRef(base), shown: new WeakRef(shown!) };
    shown = undefined;
    // The root rendered without it, then again with something else and without it: React keeps the
    // last tree and what it deleted beside the current one until that side is rendered again.
    for (const next of [null, createElement('i'), null]) await act(async () => root.render(next));
    return left;
  }

  it('leaves its datasets to the collector while the query cache keeps its value files', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const left = await showThenLeave(client);
    // A weak reference read in this turn holds its target until the turn ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    // The value file stays for a return to the scope (its gcTime)...
    expect(client.getQueryData(valuesQueryOptions('legal_aid.cases').queryKey)?.indicator).toBe('legal_aid.cases');
    // ...but nothing in the cache (a query's initialData closure) holds the datasets built over it.
    expect(left.base.deref()).toBeUndefined();
    expect(left.shown.deref()).toBeUndefined();
  });
});

/**
 * Loads `data/index.json` (indicators, jurisdictions, reports with their primary values): the one
 * file every view needs, fetched once and kept for the session.
 */

import { queryOptions, useQuery } from '@tanstack/react-query';

import { fetchJson, retryNetworkErrorOnce } from './data-load-error';
import { dataUrl } from './data-url';
import { buildDataset, type Dataset } from './dataset';
import { parseIndexFile, type IndexFile } from './schema';

/** Fetches and validates the index with the shared zod schema. */
export function fetchIndex(signal?: AbortSignal): Promise<IndexFile> {
  return fetchJson(dataUrl('index.json'), parseIndexFile, signal);
}

export const indexQueryOptions = queryOptions({
  queryKey: ['index'] as const,
  queryFn: ({ signal }) => fetchIndex(signal),
  // The data folder is static for the life of the page.
  staleTime: Number.POSITIVE_INFINITY,
  retry: retryNetworkErrorOnce,
});

/** The index with its look-ups ({@link Dataset}); `select` memoises it per fetched file. */
export function useDataset() {
  return useQuery({ ...indexQueryOptions, select: buildDataset });
}

export type { Dataset };

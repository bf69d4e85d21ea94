/**
 * The data folder's entry point. With the compact layout (src/data/compact.ts) the page first
 * fetches `compact/catalog.json` (indicators, jurisdictions, reports without values; their values
 * come later, per indicator: src/data/get-values.ts). An older data folder without `compact/`
 * falls back to the contract's `index.json`, read whole.
 */

import { queryOptions } from '@tanstack/react-query';

import { CATALOG_PATH } from './compact';
import { DataLoadError, fetchJson, retryNetworkErrorOnce } from './data-load-error';
import { dataUrl } from './data-url';
import { parseCompactCatalog, parseIndexFile, type CompactCatalog, type IndexFile } from './schema';

/** Fetches and validates the contract index with the shared zod schema. */
export function fetchIndex(signal?: AbortSignal): Promise<IndexFile> {
  return fetchJson(dataUrl('index.json'), parseIndexFile, signal);
}

/** What the data folder offers: the compact catalogue, or (an older folder) the whole index. */
export type DataSource = { readonly kind: 'compact'; readonly catalog: CompactCatalog } | { readonly kind: 'index'; readonly index: IndexFile };

export async function fetchDataSource(signal?: AbortSignal): Promise<DataSource> {
  try {
    return { kind: 'compact', catalog: await fetchJson(dataUrl(CATALOG_PATH), parseCompactCatalog, signal) };
  } catch (error) {
    // Only a folder without the compact layout falls back; a corrupt catalogue is an error.
    if (!(error instanceof DataLoadError && error.kind === 'missing')) throw error;
    return { kind: 'index', index: await fetchIndex(signal) };
  }
}

export const indexQueryOptions = queryOptions({
  queryKey: ['index'] as const,
  queryFn: ({ signal }) => fetchDataSource(signal),
  // The data folder is static for the life of the page.
  staleTime: Number.POSITIVE_INFINITY,
  retry: retryNetworkErrorOnce,
});

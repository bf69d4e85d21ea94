/**
 * The data folder's entry point. A sharded folder (src/data/shards.ts) starts from
 * `shards/manifest.json`: what exists, and the parts a view then loads (src/data/get-shards.ts).
 * With the compact layout (src/data/compact.ts) the page first
 * fetches `compact/catalog.json` (indicators, jurisdictions, reports without values; their values
 * come later, per indicator: src/data/get-values.ts). An older data folder without `compact/`
 * falls back to the contract's `index.json`, read whole.
 */

import { queryOptions } from '@tanstack/react-query';

import { CATALOG_PATH } from './compact';
import { DataLoadError, fetchJson, retryNetworkErrorOnce } from './data-load-error';
import { dataUrl } from './data-url';
import { parseChecked } from './read-checked';
import type { CompactCatalog, IndexFile, ShardManifest } from './schema';
import { SHARD_MANIFEST_PATH } from './shard-paths';

/** Fetches and validates the contract index with the shared schema. */
export function fetchIndex(signal?: AbortSignal): Promise<IndexFile> {
  return fetchJson(dataUrl('index.json'), (json) => parseChecked('indexFileSchema', json), signal);
}

/** What the data folder offers: the shards' manifest, the compact catalogue, or (an older folder) the whole index. */
export type DataSource =
  | { readonly kind: 'sharded'; readonly manifest: ShardManifest }
  | { readonly kind: 'compact'; readonly catalog: CompactCatalog }
  | { readonly kind: 'index'; readonly index: IndexFile };

/** null when the folder has no sharded layout (written before it); a corrupt manifest is an error. */
async function fetchShardManifest(signal?: AbortSignal): Promise<ShardManifest | null> {
  try {
    return await fetchJson(dataUrl(SHARD_MANIFEST_PATH), (json) => parseChecked('shardManifestSchema', json), signal);
  } catch (error) {
    if (error instanceof DataLoadError && error.kind === 'missing') return null;
    throw error;
  }
}

export async function fetchDataSource(signal?: AbortSignal): Promise<DataSource> {
  const manifest = await fetchShardManifest(signal);
  if (manifest) return { kind: 'sharded', manifest };
  try {
    return {
      kind: 'compact',
      catalog: await fetchJson(dataUrl(CATALOG_PATH), (json) => parseChecked('compactCatalogSchema', json), signal),
    };
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

/**
 * The files of the sharded layout (src/data/shards.ts) as react-query queries: each place list,
 * part, value file and queue is fetched once and kept for the session, and the catalogue a view
 * reads is composed from the parts it needs (src/data/shard-selection.ts). Switching back to a
 * year or level already seen composes again from the cache, without fetching.
 */

import { type QueryClient, queryOptions, skipToken } from '@tanstack/react-query';

import { fetchJson, retryNetworkErrorOnce } from './data-load-error';
import { dataUrl } from './data-url';
import { parseChecked } from './read-checked';
import type { CompactReviewQueue, CompactValues, ShardManifest } from './schema';
import type { PartSelection } from './shard-selection';
import {
  composeCatalog,
  type ComposedCatalog,
  composeReviewQueue,
  composeValues,
  partKey,
  type PartRef,
  partReportsPath,
  partReviewQueuePath,
  partValuesPath,
  shardPlacesPath,
} from './shards';

const forever = { staleTime: Number.POSITIVE_INFINITY, retry: retryNetworkErrorOnce } as const;

export function shardPlacesQueryOptions(shard: string) {
  return queryOptions({
    queryKey: ['shard-places', shard] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        dataUrl(shardPlacesPath(shard)),
        async (json) => {
          const file = await parseChecked('shardPlacesSchema', json);
          if (file.shard !== shard) throw new Error(`the file holds shard ${file.shard}, not ${shard}`);
          return file;
        },
        signal,
      ),
    ...forever,
  });
}

export function partReportsQueryOptions(part: PartRef) {
  return queryOptions({
    queryKey: ['part-reports', partKey(part)] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        dataUrl(partReportsPath(part.shard, part.year)),
        async (json) => {
          const file = await parseChecked('shardReportsSchema', json);
          if (file.shard !== part.shard || file.year !== part.year)
            throw new Error(`the file holds part ${partKey(file)}, not ${partKey(part)}`);
          return file;
        },
        signal,
      ),
    ...forever,
  });
}

export function partValuesQueryOptions(part: PartRef, indicatorId: string) {
  return queryOptions({
    queryKey: ['part-values', partKey(part), indicatorId] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        dataUrl(partValuesPath(part.shard, part.year, indicatorId)),
        async (json) => {
          const file = await parseChecked('compactValuesSchema', json);
          if (file.indicator !== indicatorId) throw new Error(`the file holds ${file.indicator}, not ${indicatorId}`);
          return file;
        },
        signal,
      ),
    ...forever,
  });
}

function partQueueQueryOptions(part: PartRef) {
  return queryOptions({
    queryKey: ['part-review-queue', partKey(part)] as const,
    queryFn: ({ signal }) =>
      fetchJson(dataUrl(partReviewQueuePath(part.shard, part.year)), (json) => parseChecked('compactReviewQueueSchema', json), signal),
    ...forever,
  });
}

/**
 * The catalogue of a selection's parts, composed from the cached files (all fetched in parallel);
 * idle (skipToken) until the manifest is read.
 */
export function composedCatalogQueryOptions(manifest: ShardManifest | undefined, selection: PartSelection | undefined) {
  return queryOptions({
    queryKey: ['composed-catalog', selection?.key ?? null] as const,
    queryFn:
      manifest && selection
        ? async ({ client }): Promise<ComposedCatalog> => {
            const [places, parts] = await Promise.all([
              Promise.all(selection.shards.map((shard) => client.fetchQuery(shardPlacesQueryOptions(shard)))),
              Promise.all(selection.parts.map((part) => client.fetchQuery(partReportsQueryOptions(part)))),
            ]);
            return composeCatalog(
              manifest,
              places.map((shardPlaces) => ({ places: shardPlaces, parts: parts.filter((part) => part.shard === shardPlaces.shard) })),
            );
          }
        : skipToken,
    staleTime: Number.POSITIVE_INFINITY,
    // A composing error is the data's, not the network's: fetching again gives the same.
    retry: false,
  });
}

/**
 * The catalogue of a selection composed at once from files already in the cache (undefined while
 * one is missing): a level or year whose parts were loaded for another view of them (县 after every
 * level) is then drawn in the same render, not after a render without data that unmounted the view.
 */
export function cachedComposedCatalog(client: QueryClient, manifest: ShardManifest, selection: PartSelection): ComposedCatalog | undefined {
  const places = selection.shards.map((shard) => client.getQueryData(shardPlacesQueryOptions(shard).queryKey));
  const parts = selection.parts.map((part) => client.getQueryData(partReportsQueryOptions(part).queryKey));
  if (places.some((file) => file === undefined) || parts.some((file) => file === undefined)) return undefined;
  const loaded = parts.filter((part) => part !== undefined);
  return composeCatalog(
    manifest,
    places.flatMap((shardPlaces) =>
      shardPlaces ? [{ places: shardPlaces, parts: loaded.filter((part) => part.shard === shardPlaces.shard) }] : [],
    ),
  );
}

/**
 * A query's initialData composing {@link cachedComposedCatalog}, made here rather than inline in a
 * hook: a closure shares V8's context with every other closure of the function that made it, so an
 * arrow written in a hook beside its useMemo and useEffect callbacks held the hook's datasets (16,000
 * reports and their values, per scope) for as long as the query kept its options, the query cache's
 * gcTime after the scope left the screen (heap after every view, 3,000 places × 6 years: 61 → 97 MB).
 * This one holds only its three arguments.
 */
export function composedCatalogFromCache(client: QueryClient, manifest: ShardManifest | undefined, selection: PartSelection | undefined) {
  return () => (manifest && selection ? cachedComposedCatalog(client, manifest, selection) : undefined);
}

/** One indicator's values over a composed catalogue composed at once from cached files (see {@link cachedComposedCatalog}). */
export function cachedComposedValues(
  client: QueryClient,
  composed: Pick<ComposedCatalog, 'parts' | 'offsets'>,
  indicatorId: string,
): CompactValues | undefined {
  const files = composed.parts.map((part) => client.getQueryData(partValuesQueryOptions(part, indicatorId).queryKey));
  if (files.some((file) => file === undefined)) return undefined;
  return composeValues(composed, indicatorId, new Map(composed.parts.map((part, i) => [partKey(part), files[i]!])));
}

/** A query's initialData composing {@link cachedComposedValues}, holding only its arguments (see {@link composedCatalogFromCache}). */
export function composedValuesFromCache(
  client: QueryClient,
  composed: Pick<ComposedCatalog, 'parts' | 'offsets'> | undefined,
  indicatorId: string,
) {
  // Only the two fields it reads: a dataset's loaded parts also carry per-place maps.
  const layout = composed && { parts: composed.parts, offsets: composed.offsets };
  return () => (layout ? cachedComposedValues(client, layout, indicatorId) : undefined);
}

/** One indicator's values over a composed catalogue: each part's file, fetched in parallel. */
export async function fetchComposedValues(
  client: QueryClient,
  composed: Pick<ComposedCatalog, 'parts' | 'offsets'>,
  indicatorId: string,
): Promise<CompactValues> {
  const files = await Promise.all(composed.parts.map((part) => client.fetchQuery(partValuesQueryOptions(part, indicatorId))));
  return composeValues(composed, indicatorId, new Map(composed.parts.map((part, i) => [partKey(part), files[i]!])));
}

/** The review queue over a composed catalogue. */
export async function fetchComposedReviewQueue(
  client: QueryClient,
  composed: Pick<ComposedCatalog, 'parts' | 'offsets'>,
  indicatorCount: number,
): Promise<CompactReviewQueue> {
  const files = await Promise.all(composed.parts.map((part) => client.fetchQuery(partQueueQueryOptions(part))));
  return composeReviewQueue(composed, indicatorCount, new Map(composed.parts.map((part, i) => [partKey(part), files[i]!])));
}

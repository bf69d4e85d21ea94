/**
 * The place search of the data folder: `search/places.json` (written at extraction time, with
 * pinyin) fetched and validated once, and the search structure built from it once
 * (src/data/place-search.ts). A folder written before the file (older folders, the bundled data
 * before it is re-extracted) gets an index built from the dataset's jurisdictions, Chinese
 * only: nothing is lost but pinyin and traditional input, and `searcher.index.hasPinyin` says so.
 * pinyin-pro is not loaded for it: its dictionary would cost more than the folder's whole index.
 */

import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { DataLoadError, fetchJson, retryNetworkErrorOnce } from './data-load-error';
import { dataUrl } from './data-url';
import type { PlaceSearcher, PlaceSearchIndex } from './place-search';
import { parseChecked } from './read-checked';
import type { JurisdictionEntry, PlaceSearchFile } from './schema';
import { PLACE_SEARCH_PATH } from './schema/constants';

/**
 * The search code (src/data/place-search.ts, ~4 kB gzip) arrives with the index, when a place box
 * is first used, rather than with the page: it is no part of the JavaScript before the first chart.
 */
const loadSearchCode = () => import('./place-search');

/** The folder's search file, validated; null when the folder has none. */
async function fetchPlaceSearchFile(signal?: AbortSignal): Promise<PlaceSearchFile | null> {
  try {
    return await fetchJson(dataUrl(PLACE_SEARCH_PATH), (json) => parseChecked('placeSearchFileSchema', json), signal);
  } catch (error) {
    if (error instanceof DataLoadError && error.kind === 'missing') return null;
    throw error;
  }
}

/** The folder's place index; null when the folder has no search file. */
export async function fetchPlaceSearchIndex(signal?: AbortSignal): Promise<PlaceSearchIndex | null> {
  const [code, file] = await Promise.all([loadSearchCode(), fetchPlaceSearchFile(signal)]);
  return file === null ? null : code.fromPlaceSearchFile(file);
}

export const placeSearchQueryOptions = queryOptions({
  queryKey: ['place-search', PLACE_SEARCH_PATH] as const,
  // The code with the index: the searcher is prepared from both once the jurisdictions are known.
  queryFn: async ({ signal }) => {
    const [code, index] = await Promise.all([loadSearchCode(), fetchPlaceSearchIndex(signal)]);
    return { index, placeSearcherOf: code.placeSearcherOf };
  },
  staleTime: Number.POSITIVE_INFINITY,
  retry: retryNetworkErrorOnce,
});

export interface PlaceSearchQuery {
  /** Undefined until the file is read (or known absent). */
  readonly searcher: PlaceSearcher | undefined;
  readonly isPending: boolean;
  readonly isError: boolean;
  readonly error: unknown;
  readonly refetch: () => Promise<unknown>;
}

/**
 * The place searcher, fetched only while `enabled` (a place picker is on the page): over the
 * folder's index with `jurisdictions`' places it lacks added (src/data/place-search.ts
 * `placeSearcherOf`), memoised, since preparing 45,000 places takes a few hundred milliseconds.
 */
export function usePlaceSearch(jurisdictions: readonly JurisdictionEntry[], enabled = true): PlaceSearchQuery {
  const query = useQuery({ ...placeSearchQueryOptions, enabled });
  const searcher = useMemo(
    () => (query.data === undefined ? undefined : query.data.placeSearcherOf(query.data.index, jurisdictions)),
    [query.data, jurisdictions],
  );
  return { searcher, isPending: query.isPending, isError: query.isError, error: query.error, refetch: query.refetch };
}

/**
 * The place search of the data folder: `search/places.json` (written at extraction time, with
 * pinyin) fetched and validated once, and the search structure built from it once
 * (src/data/place-search.ts). A folder written before the file (older folders, the bundled data
 * before it is re-extracted) gets an index built here from the dataset's jurisdictions, Chinese
 * only: nothing is lost but pinyin and traditional input, and `searcher.index.hasPinyin` says so.
 * pinyin-pro is not loaded for it: its dictionary would cost more than the folder's whole index.
 */

import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { DataLoadError, fetchJson, retryNetworkErrorOnce } from './data-load-error';
import { dataUrl } from './data-url';
import {
  buildPlaceSearchIndex,
  fromPlaceSearchFile,
  type PlaceSearcher,
  type PlaceSearchIndex,
  prepareSearch,
  withPlaces,
} from './place-search';
import { type JurisdictionEntry, PLACE_SEARCH_PATH, placeSearchFileSchema } from './schema';

/** The folder's place index; null when the folder has no search file. */
export async function fetchPlaceSearchIndex(signal?: AbortSignal): Promise<PlaceSearchIndex | null> {
  try {
    return fromPlaceSearchFile(await fetchJson(dataUrl(PLACE_SEARCH_PATH), (json) => placeSearchFileSchema.parse(json), signal));
  } catch (error) {
    if (error instanceof DataLoadError && error.kind === 'missing') return null;
    throw error;
  }
}

export const placeSearchQueryOptions = queryOptions({
  queryKey: ['place-search', PLACE_SEARCH_PATH] as const,
  queryFn: ({ signal }) => fetchPlaceSearchIndex(signal),
  staleTime: Number.POSITIVE_INFINITY,
  retry: retryNetworkErrorOnce,
});

/**
 * The searcher over the folder's index with `jurisdictions`' places it lacks added (reports added
 * in this browser), or over `jurisdictions` alone when the folder has no index. Pure: the hook
 * memoises it, since preparing 45,000 places takes a few hundred milliseconds.
 */
export function placeSearcherOf(index: PlaceSearchIndex | null, jurisdictions: readonly JurisdictionEntry[]): PlaceSearcher {
  return prepareSearch(index === null ? buildPlaceSearchIndex(jurisdictions) : withPlaces(index, jurisdictions));
}

export interface PlaceSearchQuery {
  /** Undefined until the file is read (or known absent). */
  readonly searcher: PlaceSearcher | undefined;
  readonly isPending: boolean;
  readonly isError: boolean;
  readonly error: unknown;
  readonly refetch: () => Promise<unknown>;
}

/** The place searcher, fetched only while `enabled` (a place picker is on the page). */
export function usePlaceSearch(jurisdictions: readonly JurisdictionEntry[], enabled = true): PlaceSearchQuery {
  const query = useQuery({ ...placeSearchQueryOptions, enabled });
  const searcher = useMemo(
    () => (query.data === undefined ? undefined : placeSearcherOf(query.data, jurisdictions)),
    [query.data, jurisdictions],
  );
  return { searcher, isPending: query.isPending, isError: query.isError, error: query.error, refetch: query.refetch };
}

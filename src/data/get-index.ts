/**
 * Loads `data/index.json` (indicators, jurisdictions, reports with their primary values): the one
 * file every view needs, fetched once and kept for the session. The reports the user added in this
 * browser (IndexedDB, a query of their own) are merged into it, so every view sees one index.
 */

import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { fetchJson, retryNetworkErrorOnce } from './data-load-error';
import { dataUrl } from './data-url';
import { buildDataset, type Dataset } from './dataset';
import { mergeLocalReports } from './local-reports';
import { listLocalReports } from './local-store';
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

/**
 * The local reports (validated records from IndexedDB). Changed only by this page, which
 * invalidates the key after adding or removing one; another tab's change shows on reload.
 */
export const localReportsQueryOptions = queryOptions({
  queryKey: ['local-reports'] as const,
  queryFn: () => listLocalReports(),
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export function useLocalReports() {
  return useQuery(localReportsQueryOptions);
}

export interface DatasetQuery {
  /** The bundled index merged with the local reports, with its look-ups; undefined until both are read. */
  readonly data: Dataset | undefined;
  readonly isPending: boolean;
  /** Only the bundled index failing is an error of the page; a failing local store is the add-report panel's. */
  readonly isError: boolean;
  readonly error: unknown;
  refetch(): Promise<unknown>;
}

/**
 * The index with its look-ups ({@link Dataset}), local reports included. The merge runs once per
 * pair of fetched results (memoised), like a react-query `select` over two queries. When the local
 * store cannot be read, the bundled data still shows (the panel reports the store's error).
 */
export function useDataset(): DatasetQuery {
  const index = useQuery(indexQueryOptions);
  const local = useLocalReports();
  const records = local.data?.records;
  const localSettled = local.data !== undefined || local.isError;
  const data = useMemo(
    () =>
      index.data && localSettled
        ? buildDataset(mergeLocalReports(index.data, (records ?? []).map((record) => record.file)))
        : undefined,
    [index.data, records, localSettled],
  );
  return {
    data,
    isPending: !index.isError && data === undefined,
    isError: index.isError,
    error: index.error,
    refetch: index.refetch,
  };
}

export type { Dataset };

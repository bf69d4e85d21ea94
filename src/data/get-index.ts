/**
 * Loads the data folder. With the compact layout (src/data/compact.ts) the page first fetches
 * `compact/catalog.json` (indicators, jurisdictions, reports without values) and then only the
 * value files a view draws (`compact/values/<indicator>.json`), each a react-query query kept for
 * the session. An older data folder without `compact/` falls back to the contract's `index.json`,
 * read whole. The reports the user added in this browser (IndexedDB, a query of their own) are
 * merged in either way, with all their values, so every view sees one dataset.
 */

import { queryOptions, useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import { CATALOG_PATH, expandCatalog, maskHas, valuesPath, withCompactValues } from './compact';
import { DataLoadError, fetchJson, retryNetworkErrorOnce } from './data-load-error';
import { dataUrl } from './data-url';
import { buildDataset, type Dataset } from './dataset';
import { mergeLocalReports } from './local-reports';
import { listLocalReports } from './local-store';
import {
  parseCompactCatalog,
  parseCompactValues,
  parseIndexFile,
  type CompactCatalog,
  type CompactValues,
  type IndexFile,
  type ReportEntry,
} from './schema';

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

/** One indicator's values from the compact layout. */
export function valuesQueryOptions(indicatorId: string) {
  return queryOptions({
    queryKey: ['values', indicatorId] as const,
    queryFn: ({ signal }) =>
      fetchJson(
        dataUrl(valuesPath(indicatorId)),
        (json) => {
          const file = parseCompactValues(json);
          if (file.indicator !== indicatorId) throw new Error(`the file holds ${file.indicator}, not ${indicatorId}`);
          return file;
        },
        signal,
      ),
    staleTime: Number.POSITIVE_INFINITY,
    retry: retryNetworkErrorOnce,
  });
}

/** Query keys of the reports kept in this browser. */
export const localReportKeys = { all: ['local-reports'] as const };

/**
 * The local reports (validated records from IndexedDB). Changed only by this page, which
 * invalidates the key after adding or removing one; another tab's change shows on reload.
 */
export const localReportsQueryOptions = queryOptions({
  queryKey: localReportKeys.all,
  queryFn: () => listLocalReports(),
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export function useLocalReports() {
  return useQuery(localReportsQueryOptions);
}

/**
 * The base dataset of a source with the local reports merged in. From the compact catalogue the
 * bundled reports carry no values yet (`loaded` is empty; {@link withValues} adds them) and their
 * presence comes from the catalogue's masks; local reports carry all of theirs.
 */
export function baseDataset(source: DataSource, locals: Parameters<typeof mergeLocalReports>[1]): Dataset {
  if (source.kind === 'index') return buildDataset(mergeLocalReports(source.index, locals));
  const { catalog } = source;
  const masks = new Map(catalog.reports.id.map((id, i) => [id, catalog.reports.has[i] as string]));
  const position = new Map(catalog.indicators.map((indicator, i) => [indicator.id, i]));
  const hasValue = (report: ReportEntry, indicatorId: string): boolean => {
    if (report.values[indicatorId] !== undefined) return true;
    const mask = report.local === true ? undefined : masks.get(report.id);
    const at = position.get(indicatorId);
    return mask !== undefined && at !== undefined && maskHas(mask, at);
  };
  return buildDataset(mergeLocalReports(expandCatalog(catalog), locals), { hasValue, loaded: new Set() });
}

/** The dataset with the values of `files` added (those already loaded are kept). */
export function withValues(dataset: Dataset, files: readonly CompactValues[]): Dataset {
  if (dataset.loaded === 'all' || files.length === 0) return dataset;
  const loaded = new Set(dataset.loaded);
  for (const file of files) loaded.add(file.indicator);
  const reports = withCompactValues(dataset.index.reports, files);
  return buildDataset({ ...dataset.index, reports }, { hasValue: dataset.hasValue, loaded });
}

/** Every indicator's values (downloads of everything): fetched through the client's cache. */
export async function withAllValues(client: QueryClient, dataset: Dataset): Promise<Dataset> {
  if (dataset.loaded === 'all') return dataset;
  const loaded = dataset.loaded;
  const missing = dataset.indicators.filter((indicator) => !loaded.has(indicator.id));
  const files = await Promise.all(missing.map((indicator) => client.fetchQuery(valuesQueryOptions(indicator.id))));
  return withValues(dataset, files);
}

export interface DatasetQuery {
  /** The bundled index merged with the local reports, with its look-ups; undefined until both are read. */
  readonly data: Dataset | undefined;
  readonly isPending: boolean;
  /** Only the bundled data failing is an error of the page; a failing local store is the add-report panel's. */
  readonly isError: boolean;
  readonly error: unknown;
  refetch(): Promise<unknown>;
}

/**
 * The base dataset ({@link baseDataset}), local reports included. The merge runs once per pair of
 * fetched results (memoised), like a react-query `select` over two queries. When the local store
 * cannot be read, the bundled data still shows (the panel reports the store's error).
 */
export function useDataset(): DatasetQuery {
  const source = useQuery(indexQueryOptions);
  const local = useLocalReports();
  const records = local.data?.records;
  const localSettled = local.data !== undefined || local.isError;
  const data = useMemo(
    () => (source.data && localSettled ? baseDataset(source.data, (records ?? []).map((record) => record.file)) : undefined),
    [source.data, records, localSettled],
  );
  return {
    data,
    isPending: !source.isError && data === undefined,
    isError: source.isError,
    error: source.error,
    refetch: source.refetch,
  };
}

interface CombinedValues {
  readonly files: readonly CompactValues[] | undefined;
  readonly error: unknown;
  refetch(): Promise<unknown>;
}

/** Module level, so that react-query re-runs it only when a query's result changes. */
function combineValues(queries: readonly { data?: CompactValues | undefined; isError: boolean; error: unknown; refetch(): Promise<unknown> }[]): CombinedValues {
  return {
    files: queries.every((query) => query.data !== undefined) ? queries.map((query) => query.data as CompactValues) : undefined,
    error: queries.find((query) => query.isError)?.error ?? null,
    refetch: () => Promise.all(queries.filter((query) => query.isError).map((query) => query.refetch())),
  };
}

function sameElements<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((item, i) => item === b[i]);
}

/** Which indicators' values a view needs: a list, or every indicator. */
export type NeededValues = readonly string[] | 'all';

export interface ValuesQuery extends DatasetQuery {
  /** True while `data` is an earlier dataset standing in until the needed files arrive. */
  readonly isStale: boolean;
}

/**
 * The base dataset with the values a view needs. While newly needed files load, a dataset that
 * was complete for an earlier single-indicator need stands in (`isStale`): the compare and trend
 * views keep drawing the indicator they have (see `resolveIndicator`) instead of blanking. For
 * 'all', nothing stands in: those views read every indicator.
 */
export function useDatasetValues(base: Dataset | undefined, needed: NeededValues): ValuesQuery {
  const ids = useMemo(() => {
    if (!base || base.loaded === 'all') return [];
    return needed === 'all' ? base.indicators.map((indicator) => indicator.id) : needed.filter((id) => base.indicatorById.has(id));
  }, [base, needed]);
  const results = useQueries({ queries: ids.map((id) => valuesQueryOptions(id)), combine: combineValues });
  // The same files as an array of stable identity, so that the dataset is rebuilt only when a file
  // arrives (a query's other state changing must not rebuild 16,000 reports).
  const [files, setFiles] = useState<readonly CompactValues[] | undefined>(undefined);
  if (!sameElements(results.files, files)) setFiles(results.files);
  const ready = useMemo(() => (base && files ? withValues(base, files) : undefined), [base, files]);
  // The last complete dataset for a single-indicator need, kept to stand in during the next load
  // (React's "storing information from previous renders" pattern).
  const [standIn, setStandIn] = useState<{ base: Dataset; data: Dataset } | null>(null);
  if (ready && base && needed !== 'all' && standIn?.data !== ready) setStandIn({ base, data: ready });
  const stale = !ready && needed !== 'all' && standIn !== null && standIn.base === base ? standIn.data : undefined;
  const data = ready ?? stale;
  const isError = results.error !== null;
  return {
    data,
    isPending: !isError && data === undefined,
    isError,
    error: results.error,
    refetch: results.refetch,
    isStale: data !== undefined && data === stale,
  };
}

export type { Dataset };

/**
 * The values a view draws, per indicator: each `compact/values/<indicator>.json` is a react-query
 * query kept for the session, added to the base dataset (src/data/get-dataset.ts) as it arrives.
 */

import { type QueryClient, queryOptions, useQueries, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';

import { valuesPath } from './compact';
import { fetchJson, retryNetworkErrorOnce } from './data-load-error';
import { dataUrl } from './data-url';
import type { Dataset, LoadedParts } from './dataset';
import type { DatasetQuery } from './get-dataset';
import { composedValuesFromCache, fetchComposedValues } from './get-shards';
import { parseChecked } from './read-checked';
import type { CompactValues, IndicatorEntry } from './schema';
import { partsKey } from './shards';
import { withColumns } from './value-store';

/**
 * One indicator's values: from the compact layout, or, over the parts of a sharded folder a
 * dataset holds (`parts`), each part's file composed into one (src/data/get-shards.ts).
 */
export function valuesQueryOptions(indicatorId: string, parts?: LoadedParts) {
  return queryOptions({
    queryKey: ['values', indicatorId, parts ? partsKey(parts.parts) : null] as const,
    queryFn: ({ signal, client }) =>
      parts
        ? fetchComposedValues(client, parts, indicatorId)
        : fetchJson(
            dataUrl(valuesPath(indicatorId)),
            async (json) => {
              const file = await parseChecked('compactValuesSchema', json);
              if (file.indicator !== indicatorId) throw new Error(`the file holds ${file.indicator}, not ${indicatorId}`);
              return file;
            },
            signal,
          ),
    staleTime: Number.POSITIVE_INFINITY,
    retry: retryNetworkErrorOnce,
  });
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The dataset with the values of `files` added (those already loaded are kept). `notLoaded`:
 * indicators whose files failed while a view needs every indicator, left out of the dataset so
 * that the view lists them as not loaded, never as "not reported". A new dataset (the hooks tell
 * datasets apart by identity) sharing the reports and their look-ups: only the values are new.
 */
export function withValues(dataset: Dataset, files: readonly CompactValues[], notLoaded: ReadonlySet<string> = NONE): Dataset {
  if (dataset.loaded === 'all' || (files.length === 0 && notLoaded.size === 0)) return dataset;
  const loaded = new Set(dataset.loaded);
  for (const file of files) loaded.add(file.indicator);
  const values = withColumns(dataset.values, dataset.index.reports, files);
  if (notLoaded.size === 0) return { ...dataset, loaded, values };
  const indicators = dataset.index.indicators.filter((indicator) => !notLoaded.has(indicator.id));
  return {
    ...dataset,
    index: { ...dataset.index, indicators },
    indicators,
    indicatorById: new Map(indicators.map((indicator) => [indicator.id, indicator])),
    loaded,
    values,
  };
}

/** The last dataset {@link withValuesOnce} made of each base, with the files it added. */
const withValuesMade = new WeakMap<Dataset, { readonly files: readonly CompactValues[]; readonly data: Dataset }>();

/**
 * {@link withValues}, giving the same dataset again for the same base and files: a base dataset
 * shown again (useDataset keeps the last ones) gets its values dataset back, and with it every
 * look-up cached by dataset, instead of an equal dataset built anew.
 */
export function withValuesOnce(base: Dataset, files: readonly CompactValues[]): Dataset {
  const made = withValuesMade.get(base);
  if (made && made.files.length === files.length && made.files.every((file, i) => file === files[i])) return made.data;
  const data = withValues(base, files);
  withValuesMade.set(base, { files, data });
  return data;
}

/** Every indicator's values (downloads of everything): fetched through the client's cache. */
export async function withAllValues(client: QueryClient, dataset: Dataset): Promise<Dataset> {
  if (dataset.loaded === 'all') return dataset;
  const loaded = dataset.loaded;
  const missing = dataset.indicators.filter((indicator) => !loaded.has(indicator.id));
  const files = await Promise.all(missing.map((indicator) => client.fetchQuery(valuesQueryOptions(indicator.id, dataset.loadedParts))));
  return withValues(dataset, files);
}

interface CombinedValues {
  /** Every needed file, once all have arrived. */
  readonly files: readonly CompactValues[] | undefined;
  /** Once every query has settled with some failing: the files that arrived, and the positions of those that failed. */
  readonly partial:
    { readonly files: readonly CompactValues[]; readonly failed: readonly { readonly at: number; readonly error: unknown }[] } | undefined;
  readonly error: unknown;
  /** The positions of the queries that failed (so far). */
  readonly failed: readonly { readonly at: number; readonly error: unknown }[];
  refetch(): Promise<unknown>;
}

/** Module level, so that react-query re-runs it only when a query's result changes. */
function combineValues(
  queries: readonly { data?: CompactValues | undefined; isError: boolean; error: unknown; refetch(): Promise<unknown> }[],
): CombinedValues {
  const settled = queries.every((query) => query.data !== undefined || query.isError);
  const failed = queries.flatMap((query, at) => (query.isError ? [{ at, error: query.error }] : []));
  return {
    files: queries.every((query) => query.data !== undefined) ? queries.map((query) => query.data as CompactValues) : undefined,
    partial: settled && failed.length > 0 ? { files: queries.flatMap((query) => (query.data ? [query.data] : [])), failed } : undefined,
    error: queries.find((query) => query.isError)?.error ?? null,
    failed,
    refetch: () => Promise.all(queries.filter((query) => query.isError).map((query) => query.refetch())),
  };
}

/** Which indicators' values a view needs: a list, or every indicator. */
export type NeededValues = readonly string[] | 'all';

export interface ValuesQuery extends DatasetQuery {
  /** True while `data` is an earlier dataset standing in until the needed files arrive. */
  readonly isStale: boolean;
  /**
   * Indicators whose value files failed while a view needing several got the others: `data` leaves
   * them out, and the page says which (with `refetch` to try them again).
   */
  readonly notLoaded: readonly { readonly indicator: IndicatorEntry; readonly error: unknown }[];
  /**
   * When `isError`: the indicators whose value files failed, so that the page names them (and
   * their files) rather than blaming the index, and offers the others.
   */
  readonly failed: readonly { readonly indicator: IndicatorEntry; readonly error: unknown }[];
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
  // react-query shares the combined result structurally (replaceEqualDeep), so `files` keeps its
  // identity until a file arrives, and the dataset is not rebuilt when only a query's other state
  // changes (rebuilding 16,000 reports is not free).
  const client = useQueryClient();
  const parts = base?.loadedParts;
  const results = useQueries({
    queries: ids.map((id) => ({
      ...valuesQueryOptions(id, parts),
      // Composed in this render when every part's file is cached (see cachedComposedCatalog); not an
      // arrow written here, which would hold `base` and `ready` from the cache (see composedCatalogFromCache).
      initialData: composedValuesFromCache(client, parts, id),
    })),
    combine: combineValues,
  });
  const files = results.files;
  const ready = useMemo(() => (base && files ? withValuesOnce(base, files) : undefined), [base, files]);
  // The last complete dataset for a single-indicator need, kept after it is shown so that it can
  // stand in during the next load.
  const [standIn, setStandIn] = useState<{ base: Dataset; data: Dataset } | null>(null);
  useEffect(() => {
    if (ready && base && needed !== 'all') setStandIn({ base, data: ready });
  }, [ready, base, needed]);
  const stale = !ready && needed !== 'all' && standIn !== null && standIn.base === base ? standIn.data : undefined;
  // A view reading several indicators shows those that arrived when others failed (one corrupt
  // file must not blank the coverage grid); a view of one indicator has nothing to show without it.
  const partial = results.partial;
  const shown = useMemo(() => {
    if (!base || !partial || ids.length < 2 || partial.files.length === 0) return undefined;
    const notLoaded = partial.failed.map(({ at, error }) => ({
      indicator: base.indicatorById.get(ids[at] as string) as IndicatorEntry,
      error,
    }));
    const data = withValues(base, partial.files, new Set(notLoaded.map((item) => item.indicator.id)));
    return { data, notLoaded };
  }, [base, partial, ids]);
  const data = ready ?? shown?.data ?? stale;
  const isError = results.error !== null && shown === undefined;
  const failedAt = results.failed;
  const failed = useMemo(
    () =>
      base && isError
        ? failedAt.map(({ at, error }) => ({ indicator: base.indicatorById.get(ids[at] as string) as IndicatorEntry, error }))
        : [],
    [base, isError, failedAt, ids],
  );
  return {
    data,
    isPending: !isError && data === undefined,
    isError,
    error: results.error,
    refetch: results.refetch,
    isStale: data !== undefined && data === stale,
    notLoaded: shown?.notLoaded ?? [],
    failed,
  };
}

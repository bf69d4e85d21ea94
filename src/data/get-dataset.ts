/**
 * The dataset every view reads before any values arrive: the data folder's reports (src/data/
 * get-data-source.ts; of a sharded folder, the parts the view needs, src/data/shard-selection.ts)
 * with the reports the user added in this browser merged in, with all their values
 * (src/data/get-local-reports.ts).
 */

import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';

import { expandCatalog, maskHas } from './compact';
import { buildDataset, type Dataset, type DatasetOptions } from './dataset';
import { type DataSource, indexQueryOptions } from './get-data-source';
import { useLocalReports } from './get-local-reports';
import { composedCatalogFromCache, composedCatalogQueryOptions, partValuesQueryOptions } from './get-shards';
import { mergeLocalReports } from './local-join';
import type { CompactCatalog, ReportEntry, ShardManifest } from './schema';
import { drawnIndicatorId, type PartSelection, selectParts, type ShownScope } from './shard-selection';
import type { ComposedCatalog } from './shards';

type Locals = Parameters<typeof mergeLocalReports>[1];

/** The dataset of a compact catalogue: values come later, presence from the catalogue's masks. */
function catalogDataset(catalog: CompactCatalog, locals: Locals, options: DatasetOptions = {}): Dataset {
  const masks = new Map(catalog.reports.id.map((id, i) => [id, catalog.reports.has[i] as string]));
  const position = new Map(catalog.indicators.map((indicator, i) => [indicator.id, i]));
  const hasValue = (report: ReportEntry, indicatorId: string): boolean => {
    if (report.values[indicatorId] !== undefined) return true;
    const mask = report.local === true ? undefined : masks.get(report.id);
    const at = position.get(indicatorId);
    return mask !== undefined && at !== undefined && maskHas(mask, at);
  };
  return buildDataset(mergeLocalReports(expandCatalog(catalog), locals), { ...options, hasValue, loaded: new Set() });
}

/**
 * The base dataset of a source with the local reports merged in. From the compact catalogue the
 * bundled reports carry no values yet (`loaded` is empty; {@link withValues} adds them) and their
 * presence comes from the catalogue's masks; local reports carry all of theirs. A sharded source
 * gives the catalogue composed from the loaded parts (`composed`).
 */
export function baseDataset(
  source: DataSource,
  locals: Locals,
  composed?: { catalog: ComposedCatalog; selection: PartSelection },
): Dataset {
  if (source.kind === 'index') return buildDataset(mergeLocalReports(source.index, locals));
  if (source.kind === 'compact') return catalogDataset(source.catalog, locals);
  if (!composed) throw new Error('a sharded data folder needs the parts it loaded');
  const { manifest } = source;
  return catalogDataset(composed.catalog.catalog, locals, {
    loadedParts: {
      parts: composed.catalog.parts,
      offsets: composed.catalog.offsets,
      complete: composed.selection.complete,
      townsNeedProvince: composed.selection.townsNeedProvince,
      townProvinces: composed.selection.townProvinces,
      coverage: composed.catalog.coverage,
      placeBodies: composed.catalog.placeBodies,
      defaultYear: manifest.defaultYear,
      defaultIndicator: manifest.defaultIndicator,
    },
    whole: { years: manifest.years, provinces: manifest.provinces, cities: manifest.cities, levels: manifest.levels },
  });
}

/**
 * The drawn indicator's values of each part, fetched beside the parts themselves: the chart then
 * waits for one round of requests after the manifest, not two. `drawn` as in {@link ShownScope}
 * (undefined: the view draws no single indicator; null: the manifest's default).
 */
function prefetchDrawnValues(client: QueryClient, manifest: ShardManifest, selection: PartSelection, drawn: string | null | undefined) {
  const id = drawnIndicatorId(manifest, drawn);
  if (id === null) return;
  for (const part of selection.parts) void client.prefetchQuery(partValuesQueryOptions(part, id));
}

/**
 * Starts fetching what {@link useDataset} will ask for over `scope` (the parts, their places and
 * the drawn indicator's values), all at once, as soon as the manifest is read: called before
 * React's first render, so that the first chart's files do not wait for the app to render (or for
 * the chart's code to be evaluated) before they are requested. The same queries, so nothing is
 * fetched twice.
 */
export function prefetchShownScope(client: QueryClient, manifest: ShardManifest, scope: ShownScope): void {
  const selection = selectParts(manifest, scope);
  void client.prefetchQuery(composedCatalogQueryOptions(manifest, selection));
  prefetchDrawnValues(client, manifest, selection, scope.drawn);
}

/**
 * Datasets of a sharded folder kept for the selections shown last (the one on screen and the one
 * before it): switching back (a year, a level, a province and back again) gives the same dataset
 * object, so that everything cached by dataset (its values, peer groups, name order, coverage)
 * is found again instead of being built anew for an identical dataset.
 */
const RECENT_DATASETS = 2;

export interface RecentDataset {
  readonly source: DataSource;
  readonly records: unknown;
  /** The composed catalogue: one per selection in react-query's cache, so the same object for the same parts. */
  readonly composed: ComposedCatalog;
  readonly dataset: Dataset;
}

const sameInputs = (entry: RecentDataset, inputs: Omit<RecentDataset, 'dataset'>): boolean =>
  entry.source === inputs.source && entry.records === inputs.records && entry.composed === inputs.composed;

/**
 * The dataset of `inputs`: the one kept in `recent` for the same inputs, else a new one from
 * `build`; either is first in the list returned (the last shown first, at most {@link RECENT_DATASETS}).
 */
export function reuseRecentDataset(
  recent: readonly RecentDataset[],
  inputs: Omit<RecentDataset, 'dataset'>,
  build: () => Dataset,
): { dataset: Dataset; recent: readonly RecentDataset[] } {
  const kept = recent.find((entry) => sameInputs(entry, inputs));
  if (kept) return { dataset: kept.dataset, recent: [kept, ...recent.filter((entry) => entry !== kept)] };
  const dataset = build();
  return { dataset, recent: [{ ...inputs, dataset }, ...recent].slice(0, RECENT_DATASETS) };
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
 * The base dataset ({@link baseDataset}), local reports included, of the parts `scope` needs when
 * the folder is sharded. The merge runs once per pair of fetched results (memoised), like a
 * react-query `select` over two queries. When the local store cannot be read, the bundled data
 * still shows (the panel reports the store's error).
 */
export function useDataset(scope: ShownScope): DatasetQuery {
  const source = useQuery(indexQueryOptions);
  const local = useLocalReports();
  const records = local.data?.records;
  const localSettled = local.data !== undefined || local.isError;
  const manifest = source.data?.kind === 'sharded' ? source.data.manifest : undefined;
  const { oneYear, level, province, year, named } = scope;
  const computed = useMemo(
    () => (manifest ? selectParts(manifest, { oneYear, level, province, year, named }) : undefined),
    [manifest, oneYear, level, province, year, named],
  );
  // The same parts keep the same selection object: a filter that changes nothing loaded (a level
  // of a folder loaded whole) must not rebuild the dataset of 16,000 reports.
  const [selection, setSelection] = useState(computed);
  if (computed?.key !== selection?.key) setSelection(computed);
  const client = useQueryClient();
  const composed = useQuery({
    ...composedCatalogQueryOptions(manifest, selection),
    // Not an arrow written here: it would hold this hook's other closures' data (see composedCatalogFromCache).
    initialData: composedCatalogFromCache(client, manifest, selection),
  });
  const drawn = scope.drawn;
  useEffect(() => {
    if (manifest && selection) prefetchDrawnValues(client, manifest, selection, drawn);
  }, [client, selection, drawn, manifest]);
  const composedData = composed.data;
  const recent = useRef<readonly RecentDataset[]>([]);
  const data = useMemo(() => {
    if (!source.data || !localSettled) return undefined;
    const locals = (records ?? []).map((record) => record.file);
    if (source.data.kind !== 'sharded') return baseDataset(source.data, locals);
    if (!composedData || !selection) return undefined;
    const sharded = source.data;
    const made = reuseRecentDataset(recent.current, { source: sharded, records, composed: composedData }, () =>
      baseDataset(sharded, locals, { catalog: composedData, selection }),
    );
    recent.current = made.recent;
    return made.dataset;
  }, [source.data, records, localSettled, composedData, selection]);
  const failed = source.isError ? source : composed.isError ? composed : null;
  return {
    data,
    isPending: failed === null && data === undefined,
    isError: failed !== null,
    error: failed?.error ?? null,
    refetch: failed === composed ? composed.refetch : source.refetch,
  };
}

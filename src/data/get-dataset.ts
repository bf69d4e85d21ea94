/**
 * The dataset every view reads before any values arrive: the data folder's reports (src/data/
 * get-data-source.ts) with the reports the user added in this browser merged in, with all their
 * values (src/data/get-local-reports.ts).
 */

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { expandCatalog, maskHas } from './compact';
import { buildDataset, type Dataset } from './dataset';
import { indexQueryOptions, type DataSource } from './get-data-source';
import { useLocalReports } from './get-local-reports';
import { mergeLocalReports } from './local-reports';
import type { ReportEntry } from './schema';

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


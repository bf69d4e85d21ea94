/**
 * Loads one report's detail file (paragraphs, extractions, warnings, metadata evidence) on demand:
 * only the drill-down panel and the report reader need it, and a failure stays in that panel.
 */

import { queryOptions, useQuery } from '@tanstack/react-query';

import { DataLoadError, fetchJson, retryNetworkErrorOnce } from './data-load-error';
import { dataUrl } from './data-url';
import { isLocalReportId } from './local-reports';
import { getLocalReport } from './local-store';
import { parseDetailFile, type DetailFile } from './schema';

/**
 * A local report's detail file comes from IndexedDB (validated there when read), not the server;
 * a missing one is reported like a missing file, with the store as its "address".
 */
async function readLocalDetail(reportId: string): Promise<DetailFile> {
  const record = await getLocalReport(reportId);
  if (!record) throw new DataLoadError('missing', `indexeddb:local-reports/${reportId}`, 'not in this browser (removed, or added in another browser)');
  return record.file.detail;
}

/**
 * Fetches and validates a detail file. A file that parses but belongs to another report is
 * treated as corrupt: showing another report's text as this one's source would be worse than none.
 */
export async function fetchReportDetail(
  detailPath: string,
  expectedReportId: string,
  signal?: AbortSignal,
): Promise<DetailFile> {
  if (isLocalReportId(expectedReportId)) return readLocalDetail(expectedReportId);
  const url = dataUrl(detailPath);
  const detail = await fetchJson(url, parseDetailFile, signal);
  if (detail.reportId !== expectedReportId) {
    throw new DataLoadError('corrupt', url, `holds report ${detail.reportId}, expected ${expectedReportId}`);
  }
  return detail;
}

/** Query keys of detail files: all of them, or one report's. */
export const reportDetailKeys = {
  all: ['report-detail'] as const,
  one: (detailPath: string, reportId: string) => ['report-detail', detailPath, reportId] as const,
};

export function reportDetailQueryOptions(detailPath: string, reportId: string) {
  return queryOptions({
    queryKey: reportDetailKeys.one(detailPath, reportId),
    queryFn: ({ signal }) => fetchReportDetail(detailPath, reportId, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: retryNetworkErrorOnce,
  });
}

/** The detail of a report from the index; idle while `report` is undefined. */
export function useReportDetail(report: { id: string; detailPath: string } | undefined) {
  return useQuery({
    ...reportDetailQueryOptions(report?.detailPath ?? '', report?.id ?? ''),
    enabled: report !== undefined,
  });
}

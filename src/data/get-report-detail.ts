/**
 * Loads one report's detail file (paragraphs, extractions, warnings, metadata evidence) on demand:
 * only the drill-down panel and the report reader need it, and a failure stays in that panel. The
 * views read it with this browser's review decisions applied ({@link reviewedReportQueryOptions}).
 */

import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ReviewedReport } from './apply-review';
import { DataLoadError, fetchJson, retryNetworkErrorOnce } from './data-load-error';
import { dataUrl } from './data-url';
import { decisionsQueryOptions, reviewKeys } from './get-review-decisions';
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

/**
 * A report's detail file with the review decisions of this browser applied (src/data/apply-review.ts)
 * over those the data folder already carries; `values` are its primary values after review (those of
 * the index when this browser has no decisions on it: the same rule, src/data/primary-values.ts). Built from the file's query
 * and the decisions' query through the client, so both stay cached and a decision refreshes it.
 */
export function reviewedReportQueryOptions(detailPath: string, reportId: string) {
  return queryOptions({
    queryKey: reviewKeys.reportDetail(reportId, detailPath),
    queryFn: async ({ client }): Promise<ReviewedReport & { readonly browserDecisions: number }> => {
      const [detail, decisions] = await Promise.all([
        client.fetchQuery(reportDetailQueryOptions(detailPath, reportId)),
        client.fetchQuery(decisionsQueryOptions).catch(() => null),
      ]);
      const mine = decisions?.byReport.get(reportId) ?? [];
      // Loaded on first use: the review rules and the catalogue they read stay out of the first chart's code.
      if (mine.length === 0) {
        const { primaryValuesOf } = await import('./primary-values');
        return { detail, values: primaryValuesOf(detail), outcomes: [], browserDecisions: 0 };
      }
      const { applyReview } = await import('./apply-review');
      return { ...applyReview(detail, mine), browserDecisions: mine.length };
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** The reviewed report (detail, values, what became of each decision); idle while `report` is undefined. */
export function useReviewedReport(report: { id: string; detailPath: string } | undefined) {
  return useQuery({
    ...reviewedReportQueryOptions(report?.detailPath ?? '', report?.id ?? ''),
    enabled: report !== undefined,
  });
}

const detailOf = (reviewed: ReviewedReport) => reviewed.detail;

/** The detail of a report from the index, reviews applied; idle while `report` is undefined. */
export function useReportDetail(report: { id: string; detailPath: string } | undefined) {
  return useQuery({
    ...reviewedReportQueryOptions(report?.detailPath ?? '', report?.id ?? ''),
    enabled: report !== undefined,
    select: detailOf,
  });
}

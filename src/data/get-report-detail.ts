/**
 * Loads one report's detail (paragraphs, extractions, warnings, metadata evidence) on demand, from
 * its loose file or its member of a detail pack: only the drill-down panel and the report reader
 * need it, and a failure stays in that panel. The
 * views read it with this browser's review decisions applied ({@link reviewedReportQueryOptions}).
 */

import { type QueryClient, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';

import type { ReviewedReport } from './apply-review';
import { DataLoadError, fetchJson, retryNetworkErrorOnce } from './data-load-error';
import { dataUrl } from './data-url';
import { decisionsQueryOptions, reviewKeys } from './get-review-decisions';
import { isLocalReportId } from './local-join';
import { getLocalReport } from './local-store';
import { parseChecked } from './read-checked';
import type { DetailFile, DetailPack, ReportEntry } from './schema';

/**
 * A local report's detail file comes from IndexedDB (validated there when read), not the server;
 * a missing one is reported like a missing file, with the store as its "address".
 */
async function readLocalDetail(reportId: string): Promise<DetailFile> {
  const record = await getLocalReport(reportId);
  if (!record)
    throw new DataLoadError('missing', `indexeddb:local-reports/${reportId}`, 'not in this browser (removed, or added in another browser)');
  return record.file.detail;
}

/** What a reader needs to find one report's detail: a loose file at `detailPath`, or its member in a pack. */
export type DetailRef = Pick<ReportEntry, 'id' | 'detailPath' | 'detailPack'>;

/**
 * Fetches and validates a report's detail: its loose file, or its member of a detail pack (a Range
 * request, src/data/get-detail-member.ts; `client` keeps whole packs from servers that ignore Range).
 * A detail that parses but belongs to another report is treated as corrupt: showing another
 * report's text as this one's source would be worse than none.
 */
export async function fetchReportDetail(report: DetailRef, signal?: AbortSignal, client?: QueryClient): Promise<DetailFile> {
  if (isLocalReportId(report.id)) return readLocalDetail(report.id);
  const pack = report.detailPack;
  const url = dataUrl(pack ? pack.path : report.detailPath);
  const detail = pack
    ? await parsedOrCorrupt(await packedDetailJson(pack, url, client, signal), url)
    : await fetchJson(url, (json) => parseChecked('detailFileSchema', json), signal);
  if (detail.reportId !== report.id) {
    throw new DataLoadError('corrupt', url, `holds report ${detail.reportId}, expected ${report.id}`);
  }
  return detail;
}

/**
 * A packed detail's JSON. The pack reader (src/data/get-detail-member.ts) loads on first use, not
 * with the first chart, which reads no detail; {@link preloadDetailReading} fetches it ahead.
 */
async function packedDetailJson(pack: DetailPack, url: string, client: QueryClient | undefined, signal: AbortSignal | undefined) {
  const { fetchDetailMember, memberJson } = await import('./get-detail-member');
  return memberJson(await fetchDetailMember(pack, client, signal), url);
}

async function parsedOrCorrupt(json: unknown, url: string): Promise<DetailFile> {
  try {
    return await parseChecked('detailFileSchema', json);
  } catch (error) {
    throw new DataLoadError('corrupt', url, error instanceof Error ? error.message : String(error));
  }
}

/** Query keys of detail files: all of them, or one report's (by its logical path, packed or not). */
export const reportDetailKeys = {
  all: ['report-detail'] as const,
  one: (detailPath: string, reportId: string) => ['report-detail', detailPath, reportId] as const,
};

export function reportDetailQueryOptions(report: DetailRef) {
  return queryOptions({
    queryKey: reportDetailKeys.one(report.detailPath, report.id),
    queryFn: ({ signal, client }) => fetchReportDetail(report, signal, client),
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
export function reviewedReportQueryOptions(report: DetailRef) {
  const reportId = report.id;
  return queryOptions({
    queryKey: reviewKeys.reportDetail(reportId, report.detailPath),
    queryFn: async ({ client }): Promise<ReviewedReport & { readonly browserDecisions: number }> => {
      const [detail, decisions] = await Promise.all([
        client.fetchQuery(reportDetailQueryOptions(report)),
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

/**
 * The code that reading a packed detail needs (the pack reader, the gzip reader, the primary-value
 * rules), fetched ahead: opening a source then waits for the detail itself, not for three more
 * chunks after it.
 */
export function preloadDetailReading(): Promise<unknown> {
  return Promise.all([import('fflate'), import('./get-detail-member'), import('./primary-values')]);
}

/** Stands in while no report is chosen (the query is disabled then). */
const NO_REPORT: DetailRef = { id: '', detailPath: '' };

/** The reviewed report (detail, values, what became of each decision); idle while `report` is undefined. */
export function useReviewedReport(report: DetailRef | undefined) {
  return useQuery({
    ...reviewedReportQueryOptions(report ?? NO_REPORT),
    enabled: report !== undefined,
  });
}

const detailOf = (reviewed: ReviewedReport) => reviewed.detail;

/** The detail of a report from the index, reviews applied; idle while `report` is undefined. */
export function useReportDetail(report: DetailRef | undefined) {
  return useQuery({
    ...reviewedReportQueryOptions(report ?? NO_REPORT),
    enabled: report !== undefined,
    select: detailOf,
  });
}

/**
 * Several reports' details, reviews applied (the place profile's years): a map from report id to
 * its detail, null when it could not be loaded, absent while it loads.
 */
export function useReportDetails(reports: readonly DetailRef[]): ReadonlyMap<string, DetailFile | null> {
  const ids = reports.map((report) => report.id).join('\n');
  const combine = useCallback(
    (results: readonly { data?: DetailFile; isError: boolean }[]) => {
      const byId = new Map<string, DetailFile | null>();
      ids.split('\n').forEach((id, i) => {
        const result = results[i];
        if (result?.data) byId.set(id, result.data);
        else if (result?.isError) byId.set(id, null);
      });
      return byId;
    },
    [ids],
  );
  return useQueries({ queries: reports.map((report) => ({ ...reviewedReportQueryOptions(report), select: detailOf })), combine });
}

/**
 * Loads the detail files a download needs (the quotes live there), through react-query's client so
 * that files already opened are not fetched again and the ones fetched here stay cached for the
 * drill-down; with this browser's review decisions applied, as every view shows them. A file that cannot be loaded does not stop the download: it comes back as null.
 */

import type { QueryClient } from '@tanstack/react-query';

import { reviewedReportQueryOptions } from './get-report-detail';
import type { DetailFile, ReportEntry } from './schema';

export interface LoadedDetails {
  /** By `detailPath`; null for a file that could not be loaded. */
  readonly details: Map<string, DetailFile | null>;
  /** Reports whose detail file could not be loaded, in the order given. */
  readonly failed: readonly ReportEntry[];
}

/** At most this many files in flight: the site is static, but a phone's connection is not. */
export const DETAIL_CONCURRENCY = 4;

export async function loadDetails(
  client: QueryClient,
  reports: readonly ReportEntry[],
  onProgress?: (done: number, total: number) => void,
): Promise<LoadedDetails> {
  const details = new Map<string, DetailFile | null>();
  const failedIds = new Set<string>();
  let next = 0;
  let done = 0;
  onProgress?.(0, reports.length);
  const worker = async () => {
    while (next < reports.length) {
      const report = reports[next] as ReportEntry;
      next += 1;
      try {
        details.set(report.detailPath, (await client.fetchQuery(reviewedReportQueryOptions(report))).detail);
      } catch {
        details.set(report.detailPath, null);
        failedIds.add(report.id);
      }
      done += 1;
      onProgress?.(done, reports.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(DETAIL_CONCURRENCY, reports.length) }, worker));
  return { details, failed: reports.filter((report) => failedIds.has(report.id)) };
}

/**
 * The review decisions kept in this browser (src/data/review-store.ts) as react-query data: the
 * query and its key factory. The mutations that record, remove and import decisions are in
 * src/data/review-mutations.ts, with the review forms that use them: the first chart reads the
 * decisions (to lay them over the values) but never writes one, so their code is not in its
 * JavaScript. Every view's review status comes from here (overlaid on the data folder's own statuses
 * by src/data/get-report-detail.ts and src/data/review-overlay.ts), never from component state.
 */

import { queryOptions, useQuery } from '@tanstack/react-query';

import { listDecisions, type StoredDecision } from './review-store';

/** Query keys of everything review: invalidating `all` refreshes the decisions and every reviewed report. */
export const reviewKeys = {
  all: ['review'] as const,
  decisions: () => ['review', 'decisions'] as const,
  /** One report's reviewed detail file and values (prefix: every detail path of the report). */
  report: (reportId: string) => ['review', 'report', reportId] as const,
  reportDetail: (reportId: string, detailPath: string) => ['review', 'report', reportId, detailPath] as const,
};

export interface DecisionIndex {
  /** Oldest first. */
  readonly records: readonly StoredDecision[];
  readonly unreadable: readonly string[];
  /** By the report the decision was made on (the report id is a hint; the anchor is the text). */
  readonly byReport: ReadonlyMap<string, readonly StoredDecision[]>;
}

export function indexDecisions(stored: { records: readonly StoredDecision[]; unreadable: readonly string[] }): DecisionIndex {
  const byReport = new Map<string, StoredDecision[]>();
  for (const record of stored.records) {
    const list = byReport.get(record.decision.reportId) ?? [];
    list.push(record);
    byReport.set(record.decision.reportId, list);
  }
  return { records: stored.records, unreadable: stored.unreadable, byReport };
}

/** The stored decisions; changed only by this page's mutations, which invalidate the key. */
export const decisionsQueryOptions = queryOptions({
  queryKey: reviewKeys.decisions(),
  queryFn: async () => indexDecisions(await listDecisions()),
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export function useReviewDecisions() {
  return useQuery(decisionsQueryOptions);
}

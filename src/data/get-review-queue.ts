/**
 * The review queue's order from the data folder (`compact/review-queue.json`, written by the
 * extraction command; src/data/review-risk.ts): one small file instead of every value. A data
 * folder without it (older, or the index layout) gives null, and the queue ranks the values it has.
 */

import { queryOptions, useQuery } from '@tanstack/react-query';

import { REVIEW_QUEUE_PATH } from './compact';
import { DataLoadError, fetchJson, retryNetworkErrorOnce } from './data-load-error';
import { dataUrl } from './data-url';
import { parseCompactReviewQueue, type CompactReviewQueue } from './schema';

export async function fetchReviewQueue(signal?: AbortSignal): Promise<CompactReviewQueue | null> {
  try {
    return await fetchJson(dataUrl(REVIEW_QUEUE_PATH), parseCompactReviewQueue, signal);
  } catch (error) {
    if (error instanceof DataLoadError && error.kind === 'missing') return null;
    throw error;
  }
}

export const reviewQueueQueryOptions = queryOptions({
  queryKey: ['review-queue-order'] as const,
  queryFn: ({ signal }) => fetchReviewQueue(signal),
  staleTime: Number.POSITIVE_INFINITY,
  retry: retryNetworkErrorOnce,
});

/** The queue's order; `enabled` false leaves it unfetched (the page opened on another view). */
export function useReviewQueueOrder(enabled = true) {
  return useQuery({ ...reviewQueueQueryOptions, enabled });
}

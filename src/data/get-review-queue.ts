/**
 * The review queue's order from the data folder (`compact/review-queue.json`, written by the
 * extraction command; src/data/review-risk.ts): one small file instead of every value. A data
 * folder without it (older, or the index layout) gives null, and the queue ranks the values it has.
 */

import { queryOptions, useQuery } from '@tanstack/react-query';

import { REVIEW_QUEUE_PATH } from './compact';
import { DataLoadError, fetchJson, retryNetworkErrorOnce } from './data-load-error';
import { dataUrl } from './data-url';
import type { Dataset, LoadedParts } from './dataset';
import { fetchComposedReviewQueue } from './get-shards';
import { parseChecked } from './read-checked';
import type { CompactReviewQueue } from './schema';
import { partsKey } from './shards';

export async function fetchReviewQueue(signal?: AbortSignal): Promise<CompactReviewQueue | null> {
  try {
    return await fetchJson(dataUrl(REVIEW_QUEUE_PATH), (json) => parseChecked('compactReviewQueueSchema', json), signal);
  } catch (error) {
    if (error instanceof DataLoadError && error.kind === 'missing') return null;
    throw error;
  }
}

/**
 * The queue's order of the data folder (`compact/review-queue.json`), or over the parts of a
 * sharded folder a dataset holds: each part's queue, ranked as one (src/data/shards.ts).
 */
export function reviewQueueQueryOptions(dataset?: Dataset) {
  const parts: LoadedParts | undefined = dataset?.loadedParts;
  const indicatorCount = dataset?.indicators.length ?? 0;
  return queryOptions({
    queryKey: ['review-queue-order', parts ? partsKey(parts.parts) : null] as const,
    queryFn: ({ signal, client }): Promise<CompactReviewQueue | null> =>
      parts ? fetchComposedReviewQueue(client, parts, indicatorCount) : fetchReviewQueue(signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: retryNetworkErrorOnce,
  });
}

/**
 * The queue's order of the dataset's reports (idle until the dataset is read); `enabled` false
 * leaves it unfetched (the page opened on another view).
 */
export function useReviewQueueOrder(dataset: Dataset | undefined, enabled = true) {
  return useQuery({ ...reviewQueueQueryOptions(dataset), enabled: enabled && dataset !== undefined });
}

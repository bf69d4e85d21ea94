/**
 * A switch's files asked for as the store changes, before React renders the switch: the app asks
 * for the same queries while it renders (src/data/get-dataset.ts), but its requests went out only
 * once the switch's urgent render was committed (a query's fetch starts when its observer
 * subscribes), and a national view's urgent render comes first by some tens of milliseconds.
 */

import type { QueryClient } from '@tanstack/react-query';
import type { StoreApi } from 'zustand/vanilla';

import { indexQueryOptions } from '../data/get-data-source';
import { prefetchShownScope } from '../data/get-dataset';
import type { UiStore } from '../state/ui-store';
import { shownScope, VIEW_LOADING } from './view-scopes';

/** What {@link shownScope} reads of the state (and the view it reads for). */
const SCOPE_FIELDS = ['view', 'level', 'province', 'year', 'jurisdictions', 'report', 'indicator'] as const;

/**
 * From now on, each change of the store that changes what the view reads of a sharded folder
 * starts fetching its parts, places and drawn values at once (the queries the app then reads, so
 * nothing is fetched twice). Returns the function that stops it.
 */
export function prefetchOnSwitch(store: StoreApi<UiStore>, client: QueryClient): () => void {
  return store.subscribe((state, previous) => {
    if (SCOPE_FIELDS.every((field) => state[field] === previous[field])) return;
    const source = client.getQueryData(indexQueryOptions.queryKey);
    if (source?.kind !== 'sharded') return;
    prefetchShownScope(client, source.manifest, shownScope(VIEW_LOADING[state.view], state));
  });
}

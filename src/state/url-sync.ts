/**
 * Two-way binding between the UI store and the address bar: each state change that alters the
 * query string pushes a history entry (so back/forward step through views and drill-downs), and a
 * popstate puts the URL's state back into the store without pushing again.
 */

import type { StoreApi } from 'zustand/vanilla';

import type { UiStore } from './ui-store';
import {
  type DroppedParam,
  droppedParams,
  parseUrlState,
  pickUiState,
  serializeUrlState,
  serializeUrlStateOver,
  type UiState,
} from './url-state';

/** The slice of `window` the sync needs; injectable for tests. */
export interface HistoryHost {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

/**
 * Puts a corrected state in the store and the address bar without a new history entry: the
 * corrected URL replaces the one that named something the data does not have (back does not
 * return to it). The address is replaced first, so the sync sees no change to push.
 */
export function replaceUiState(store: StoreApi<UiStore>, state: UiState, host: Pick<HistoryHost, 'location' | 'history'> = window): void {
  host.history.replaceState(null, '', `${host.location.pathname}${serializeUrlState(state)}${host.location.hash}`);
  store.getState().replaceState(state);
}

/** The href (path + query) that shows the given state; for real `<a href>` links. */
export function hrefForState(state: UiState, host: Pick<HistoryHost, 'location'> = window): string {
  return `${host.location.pathname}${serializeUrlState(state)}`;
}

/**
 * The href of `state` with `over` laid over it (a link's target from the current state), its
 * query written by {@link serializeUrlStateOver}: cheap for the many links of one state.
 */
export function hrefOver(state: UiState, over: Partial<UiState>, host: Pick<HistoryHost, 'location'> = window): string {
  return `${host.location.pathname}${serializeUrlStateOver(state, over)}`;
}

/**
 * Loads the store from the current URL and keeps both in step until the returned function is
 * called. The first load replaces (not pushes) so that an invalid URL is normalised in place;
 * `onDropped` hears of each value the URL gave that could not be used, to say so on the page.
 */
export function startUrlSync(
  store: StoreApi<UiStore>,
  host: HistoryHost = window,
  onDropped?: (dropped: DroppedParam[]) => void,
): () => void {
  let applyingUrl = false;

  const applyUrl = () => {
    applyingUrl = true;
    try {
      const search = host.location.search;
      store.getState().replaceState(parseUrlState(search));
      const dropped = droppedParams(search);
      if (dropped.length > 0) onDropped?.(dropped);
    } finally {
      applyingUrl = false;
    }
  };

  applyUrl();
  const normalised = serializeUrlState(pickUiState(store.getState()));
  if (normalised !== host.location.search) {
    host.history.replaceState(null, '', `${host.location.pathname}${normalised}${host.location.hash}`);
  }

  const unsubscribe = store.subscribe((state) => {
    if (applyingUrl) return;
    const search = serializeUrlState(pickUiState(state));
    if (search === host.location.search) return;
    host.history.pushState(null, '', `${host.location.pathname}${search}`);
  });
  host.addEventListener('popstate', applyUrl);

  return () => {
    unsubscribe();
    host.removeEventListener('popstate', applyUrl);
  };
}

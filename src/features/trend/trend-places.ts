/**
 * Which places the trend draws, before it is derived (trend-state.ts): the places the user chose
 * (URL key `j`), else every place that reported the indicator — within the province or city filter
 * when one is set — a page at a time, and said so. Nothing is ticked on the user's behalf. Pure.
 */

import type { Dataset } from '../../data/dataset';
import { type PlaceScope, placesInScope } from '../../data/places-in-scope';

/** Series on one page of the unchosen trend: more lines than this are unreadable. */
export const TREND_PAGE_SIZE = 8;

export interface TrendPlaces {
  /** Chosen places, or all the reporting places of the scope (to be paged). */
  readonly ids: readonly string[];
  readonly source: 'chosen' | 'reporting';
}

export interface TrendPlacesUi extends PlaceScope {
  readonly jurisdictions: readonly string[];
}

/**
 * The places of the trend. Unchosen: those in scope (placesInScope's order: highest level first,
 * then by name) with a value for the indicator in some report of any year.
 */
export function trendPlaces(dataset: Dataset, ui: TrendPlacesUi, indicatorId: string): TrendPlaces {
  if (ui.jurisdictions.length > 0) return { ids: ui.jurisdictions, source: 'chosen' };
  const reports = (id: string) => dataset.reportsByJurisdiction.get(id) ?? [];
  const ids = placesInScope(dataset, ui).filter((id) => reports(id).some((report) => dataset.hasValue(report, indicatorId)));
  return { ids, source: 'reporting' };
}

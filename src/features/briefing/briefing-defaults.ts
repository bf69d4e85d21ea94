/**
 * Which places a briefing is about and which year it opens on, before it is derived
 * (briefing-state.ts): the places the user chose (URL key `j`), else those of the province or
 * city filter, else none and a prompt to choose — never an alphabetical slice of the country. Its
 * year, unless one is chosen, is the latest its places report, so that a briefing never opens on
 * a year in which none of them has a report. Pure.
 */

import { type Dataset, isComparable } from '../../data/dataset';
import { type PlaceScope, placesInScope, scopeIsSet } from '../../data/places-in-scope';

/** Where a briefing's places came from: chosen by the user, the filter's, or none yet. */
export type BriefingPlacesSource = 'chosen' | 'filter' | 'none';

export interface BriefingPlaces {
  /** The places to brief on, in order; those beyond a page's limit are left out by the briefing, which says so. */
  readonly ids: readonly string[];
  readonly source: BriefingPlacesSource;
  /** With `filter`: how many places of the filter have a report (the page shows the first `limit`). */
  readonly inScope: number;
}

export interface BriefingPlacesUi extends PlaceScope {
  readonly jurisdictions: readonly string[];
}

/**
 * The briefing's places. `limit` is the page's: from the filter only the first that many are
 * taken (highest level first, see placesInScope), and the view says how many there were.
 */
export function briefingPlaces(dataset: Dataset, ui: BriefingPlacesUi, limit: number): BriefingPlaces {
  if (ui.jurisdictions.length > 0) return { ids: ui.jurisdictions, source: 'chosen', inScope: 0 };
  if (!scopeIsSet(ui)) return { ids: [], source: 'none', inScope: 0 };
  const inScope = placesInScope(dataset, ui);
  return inScope.length === 0
    ? { ids: [], source: 'none', inScope: 0 }
    : { ids: inScope.slice(0, limit), source: 'filter', inScope: inScope.length };
}

/**
 * The latest year in which any of the places has a comparable report; null when none has one
 * (the briefing then falls back to the data's default year).
 */
export function latestYearOf(dataset: Dataset, placeIds: readonly string[]): number | null {
  let latest: number | null = null;
  for (const id of placeIds) {
    for (const report of dataset.reportsByJurisdiction.get(id) ?? []) {
      if (isComparable(report) && report.year !== null && (latest === null || report.year > latest)) latest = report.year;
    }
  }
  return latest;
}

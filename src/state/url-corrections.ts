/**
 * Checks the UI state a URL gave against the data: an indicator the catalogue does not have, a
 * year nobody reported on, a province, city, level or jurisdiction not in the data, an unknown
 * indicator group. Each is replaced by its default and named, so that the page can say what it
 * corrected (a link must never quietly show something other than what it names). Pure.
 */

import type { Dataset } from '../data/dataset';
import type { UrlCorrection } from './notice-store';
import type { UiState } from './url-state';

export interface CorrectedState {
  readonly state: UiState;
  /** Empty when the state was valid (then `state` is the same object). */
  readonly corrections: readonly UrlCorrection[];
}

export function correctUiState(dataset: Dataset, state: UiState): CorrectedState {
  const corrections: UrlCorrection[] = [];
  const next: UiState = { ...state };
  if (state.indicator !== null && !dataset.indicatorById.has(state.indicator)) {
    corrections.push({ key: 'indicator', value: state.indicator, kind: 'unknown' });
    next.indicator = null;
  }
  if (typeof state.year === 'number' && !dataset.years.includes(state.year)) {
    corrections.push({ key: 'year', value: String(state.year), kind: 'no_reports' });
    next.year = null;
  }
  // With only some parts of a sharded folder loaded, a place the data lacks may be in another part.
  const placesKnown = dataset.loadedParts === undefined || dataset.loadedParts.complete;
  const unknownPlaces = placesKnown ? state.jurisdictions.filter((id) => !dataset.jurisdictionById.has(id)) : [];
  if (unknownPlaces.length > 0) {
    corrections.push({ key: 'j', value: unknownPlaces.join(','), kind: 'unknown' });
    next.jurisdictions = state.jurisdictions.filter((id) => dataset.jurisdictionById.has(id));
  }
  if (state.province !== null && !dataset.provinces.includes(state.province)) {
    corrections.push({ key: 'province', value: state.province, kind: 'unknown' });
    next.province = null;
  }
  if (
    state.city !== null &&
    !dataset.cities.some((city) => city.name === state.city && (next.province === null || city.province === next.province))
  ) {
    corrections.push({ key: 'city', value: state.city, kind: 'unknown' });
    next.city = null;
  }
  if (state.level !== null && !dataset.levels.includes(state.level)) {
    corrections.push({ key: 'level', value: state.level, kind: 'no_reports' });
    next.level = null;
  }
  if (state.group !== null && !dataset.indicators.some((indicator) => indicator.theme === state.group)) {
    corrections.push({ key: 'group', value: state.group, kind: 'unknown' });
    next.group = null;
  }
  return corrections.length === 0 ? { state, corrections } : { state: next, corrections };
}

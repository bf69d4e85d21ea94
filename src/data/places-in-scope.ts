/**
 * The places a province or city filter names, for the views that start from chosen places (trend,
 * briefing) when nobody has chosen any: the filter is a choice the user made, an alphabetical
 * slice of the country is not. Pure.
 */

import { type Dataset, isComparable, jurisdictionNameRank, LEVEL_ORDER } from './dataset';

/** The province and city filters (URL keys `province`, `city`). */
export interface PlaceScope {
  readonly province: string | null;
  readonly city: string | null;
}

/** Whether the filter names a province or a city at all. */
export function scopeIsSet(scope: PlaceScope): boolean {
  return scope.province !== null || scope.city !== null;
}

/**
 * The places with a comparable report (of any year) inside the scope — all of them when it names
 * neither province nor city — ordered from the highest level down (the province or city itself
 * before its counties, counties before townships) and by name within a level, so that the first
 * places are the ones the filter is most plainly about.
 */
export function placesInScope(dataset: Dataset, scope: PlaceScope): string[] {
  const rank = jurisdictionNameRank(dataset);
  const levelRank = (level: string | null) => {
    const at = level === null ? -1 : (LEVEL_ORDER as readonly string[]).indexOf(level);
    return at < 0 ? LEVEL_ORDER.length : at;
  };
  return dataset.index.jurisdictions
    .filter(
      (place) =>
        place.name !== null &&
        (scope.province === null || place.province === scope.province) &&
        (scope.city === null || place.city === scope.city) &&
        (dataset.reportsByJurisdiction.get(place.id) ?? []).some(isComparable),
    )
    .sort((a, b) => levelRank(a.level) - levelRank(b.level) || (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0))
    .map((place) => place.id);
}

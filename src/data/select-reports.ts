/**
 * Which report stands for each jurisdiction in the compare and coverage views, under the filters
 * of the UI state. Kept in one place so both views agree on "latest" and on what a filter drops.
 */

import type { BodyFilter } from './body-filters';
import { compareNames, type Dataset, isComparable, jurisdictionName, jurisdictionsByName, type Level, preferredReport } from './dataset';
import type { JurisdictionEntry, ReportEntry } from './schema';
import { BODY_BIT } from './shards';

export interface ReportFilters {
  /** null: each jurisdiction's latest report. */
  readonly year: number | null;
  readonly province: string | null;
  /** Prefecture-level city (地级市); absent or null for all. */
  readonly city?: string | null;
  readonly level: Level | null;
  readonly body: BodyFilter;
}

export interface ReportSelection {
  readonly jurisdiction: JurisdictionEntry;
  /** null when the jurisdiction has reports, but none for the chosen year. */
  readonly report: ReportEntry | null;
}

export interface SelectedReports {
  readonly selections: readonly ReportSelection[];
  /** Jurisdictions left out by the province, level or body filter (said on screen, not hidden). */
  readonly filteredOut: number;
  /**
   * Reports without a year or a place (flagged, never guessed): they cannot be placed beside the
   * others, so they are listed apart. The body filter and, where the place is known, the place
   * filters apply; the year filter cannot. By name, then id.
   */
  readonly notComparable: readonly ReportEntry[];
}

const matchesBody = (report: ReportEntry, body: BodyFilter): boolean =>
  body === 'all' || (body === 'department' ? report.bodyKind === 'department' : report.bodyKind === 'government');

/** The bits of `ShardPlaces.bodies` a body filter admits. */
const BODY_BITS: Readonly<Record<BodyFilter, number>> = {
  all: BODY_BIT.government | BODY_BIT.department | BODY_BIT.other,
  government: BODY_BIT.government,
  department: BODY_BIT.department,
};

/** Whether the place has comparable reports by the filter's body in years the dataset did not load. */
function bodyReportedElsewhere(dataset: Dataset, jurisdictionId: string, body: BodyFilter): boolean {
  const bodies = dataset.loadedParts?.placeBodies.get(jurisdictionId);
  return bodies !== undefined && (bodies & BODY_BITS[body]) !== 0;
}

/**
 * One entry per jurisdiction that passes the filters, ordered by name. With a year, a jurisdiction
 * without a report that year is kept with `report: null` (so that it shows as not reported).
 */
export function selectReports(dataset: Dataset, filters: ReportFilters): SelectedReports {
  const selections: ReportSelection[] = [];
  const notComparable: ReportEntry[] = [];
  let filteredOut = 0;
  // Walked in name order, so that the selections come out in it.
  for (const jurisdiction of jurisdictionsByName(dataset)) {
    const bodyMatches = (dataset.reportsByJurisdiction.get(jurisdiction.id) ?? []).filter((report) => matchesBody(report, filters.body));
    const reports = bodyMatches.filter(isComparable);
    const placeKnown = jurisdiction.name !== null;
    const placeMatches =
      (filters.province === null || jurisdiction.province === filters.province) &&
      (filters.city == null || jurisdiction.city === filters.city) &&
      (filters.level === null || jurisdiction.level === filters.level);
    if (!placeKnown || placeMatches) notComparable.push(...bodyMatches.filter((report) => !isComparable(report)));
    if (reports.length === 0 && bodyMatches.length > 0 && (!placeKnown || placeMatches)) continue;
    if (placeMatches && reports.length === 0 && filters.year !== null && bodyReportedElsewhere(dataset, jurisdiction.id, filters.body)) {
      // Its reports are in years not loaded (a sharded folder's one-year parts): it has none this year.
      selections.push({ jurisdiction, report: null });
      continue;
    }
    if (!placeMatches || reports.length === 0) {
      filteredOut += 1;
      continue;
    }
    const report = preferredReport(reports, filters.year);
    selections.push({ jurisdiction, report });
  }
  const nameOf = (report: ReportEntry) => jurisdictionName(dataset.jurisdictionById.get(report.jurisdictionId), report.jurisdictionId);
  notComparable.sort((a, b) => compareNames(nameOf(a), nameOf(b)) || a.id.localeCompare(b.id));
  return { selections, filteredOut, notComparable };
}

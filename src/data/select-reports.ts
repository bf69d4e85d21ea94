/**
 * Which report stands for each jurisdiction in the compare and coverage views, under the filters
 * of the UI state. Kept in one place so both views agree on "latest" and on what a filter drops.
 */

import { compareNames, jurisdictionName, preferredReport, type Dataset, type Level } from './dataset';
import type { JurisdictionEntry, ReportEntry } from './schema';

export type BodyFilter = 'all' | 'government' | 'department';

export interface ReportFilters {
  /** null: each jurisdiction's latest report. */
  readonly year: number | null;
  readonly province: string | null;
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
}

const matchesBody = (report: ReportEntry, body: BodyFilter): boolean =>
  body === 'all' || (body === 'department' ? report.bodyKind === 'department' : report.bodyKind === 'government');

/**
 * One entry per jurisdiction that passes the filters, ordered by name. With a year, a jurisdiction
 * without a report that year is kept with `report: null` (so that it shows as not reported).
 */
export function selectReports(dataset: Dataset, filters: ReportFilters): SelectedReports {
  const selections: ReportSelection[] = [];
  let filteredOut = 0;
  for (const jurisdiction of dataset.index.jurisdictions) {
    const reports = (dataset.reportsByJurisdiction.get(jurisdiction.id) ?? []).filter((report) =>
      matchesBody(report, filters.body),
    );
    const placeMatches =
      (filters.province === null || jurisdiction.province === filters.province) &&
      (filters.level === null || jurisdiction.level === filters.level);
    if (!placeMatches || reports.length === 0) {
      filteredOut += 1;
      continue;
    }
    const report = preferredReport(reports, filters.year);
    selections.push({ jurisdiction, report });
  }
  selections.sort((a, b) => compareNames(jurisdictionName(a.jurisdiction), jurisdictionName(b.jurisdiction)));
  return { selections, filteredOut };
}

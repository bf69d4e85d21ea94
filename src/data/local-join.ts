/**
 * How reports a user added in the browser (src/data/local-reports.ts) are told apart and join the
 * bundled index: what the page runs before its first chart, so without zod (the local report
 * file's schema, src/data/schema/local-report.ts, loads with the code that writes one).
 */

import type { IndexFile, JurisdictionEntry, LocalReportFile, ReportEntry } from './schema';
import { LOCAL_ID_PREFIX } from './schema/constants';

export { LOCAL_ID_PREFIX };

/** True for the id of a report added in the browser. */
export function isLocalReportId(reportId: string): boolean {
  return reportId.startsWith(LOCAL_ID_PREFIX);
}

/**
 * The bundled index with the local reports added. A jurisdiction the bundle knows keeps the
 * bundle's entry (the local report joins it); an unknown one is added from the local file. Local
 * reports whose id is already taken (it cannot happen with the prefix, but a hand-edited store
 * might) are left out rather than shadowing a bundled report.
 */
export function mergeLocalReports(index: IndexFile, locals: readonly Pick<LocalReportFile, 'report' | 'jurisdiction'>[]): IndexFile {
  if (locals.length === 0) return index;
  const jurisdictions = new Map<string, JurisdictionEntry>(index.jurisdictions.map((entry) => [entry.id, entry]));
  const reportIds = new Set(index.reports.map((report) => report.id));
  const added: ReportEntry[] = [];
  for (const { report, jurisdiction } of locals) {
    if (reportIds.has(report.id)) continue;
    reportIds.add(report.id);
    if (!jurisdictions.has(jurisdiction.id)) jurisdictions.set(jurisdiction.id, jurisdiction);
    added.push(report);
  }
  return {
    ...index,
    jurisdictions: [...jurisdictions.values()].sort((a, b) => a.id.localeCompare(b.id)),
    reports: [...index.reports, ...added],
  };
}

/**
 * Reports a user added in the browser ("local" reports): the file they are kept and downloaded as,
 * how a freshly built dataset becomes one, and how they join the bundled index. Pure: the worker
 * builds them, the IndexedDB store keeps them, react-query merges them; nothing here does I/O.
 *
 * Ids: a local report's id is the id the extractor would have given it, prefixed with `local-`, so
 * that it never collides with a bundled report (the same report added twice replaces itself; the
 * bundled 芙蓉区 2020 and a local copy of it live side by side). The jurisdiction id is kept as is,
 * so that a local report of 芙蓉区 lines up with the bundled 芙蓉区 in every view.
 */

import type { ContractFiles } from './build-dataset';
import { LOCAL_ID_PREFIX } from './local-join';
import {
  type DetailFile,
  type LocalReportFile,
  localReportFileSchema,
  parseLocalReportFile,
  type ReportEntry,
  SCHEMA_VERSION,
} from './schema';

// What the page reads before its first chart, kept free of zod (src/data/local-join.ts).
export { isLocalReportId, LOCAL_ID_PREFIX, mergeLocalReports } from './local-join';
export { type LocalReportFile, localReportFileSchema, parseLocalReportFile };

/**
 * The one report of a dataset built from a single input, as a local report file: ids prefixed,
 * `local: true`, the detail path under `local/` (never fetched; it keeps the react-query key unique).
 */
export function localiseDataset(dataset: ContractFiles): LocalReportFile {
  const [report, ...others] = dataset.index.reports;
  if (!report || others.length > 0) throw new Error(`expected one report, got ${dataset.index.reports.length}`);
  const detail = dataset.details.get(report.detailPath);
  const jurisdiction = dataset.index.jurisdictions.find((entry) => entry.id === report.jurisdictionId);
  if (!detail || !jurisdiction) throw new Error(`report ${report.id} has no detail file or jurisdiction`);
  const id = `${LOCAL_ID_PREFIX}${report.id}`;
  const localReport: ReportEntry = { ...report, id, detailPath: `local/${report.detailPath.replace(/^reports\//, '')}`, local: true };
  const localDetail: DetailFile = { ...detail, reportId: id };
  return localReportFileSchema.parse({ schemaVersion: SCHEMA_VERSION, report: localReport, jurisdiction, detail: localDetail });
}

/** The text of a downloaded contract file, `<reportId>.json`: validated again before it is written. */
export function contractJson(file: LocalReportFile): { fileName: string; text: string } {
  const valid = localReportFileSchema.parse(file);
  return { fileName: `${valid.report.id}.json`, text: `${JSON.stringify(valid, null, 2)}\n` };
}

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

import { z } from 'zod/mini';

import type { ContractFiles } from './build-dataset';
import {
  type DetailFile,
  detailFileSchema,
  type IndexFile,
  type JurisdictionEntry,
  jurisdictionSchema,
  type ReportEntry,
  reportEntrySchema,
  SCHEMA_VERSION,
} from './schema';

export const LOCAL_ID_PREFIX = 'local-';

/** True for the id of a report added in the browser. */
export function isLocalReportId(reportId: string): boolean {
  return reportId.startsWith(LOCAL_ID_PREFIX);
}

/**
 * One local report as a self-contained contract file: its index entry, its jurisdiction (which the
 * bundled index may not know) and its detail file. It is what IndexedDB keeps and what "download
 * contract JSON" writes, so that a downloaded file can be read back with the same schema.
 */
export const localReportFileSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    report: reportEntrySchema,
    jurisdiction: jurisdictionSchema,
    detail: detailFileSchema,
  })
  .check(
    z.superRefine((file, ctx) => {
      const { report, jurisdiction, detail } = file;
      if (!isLocalReportId(report.id))
        ctx.addIssue({ code: 'custom', path: ['report', 'id'], message: `a local report's id starts with ${LOCAL_ID_PREFIX}` });
      if (report.local !== true)
        ctx.addIssue({ code: 'custom', path: ['report', 'local'], message: 'a local report is marked local: true' });
      if (detail.reportId !== report.id)
        ctx.addIssue({
          code: 'custom',
          path: ['detail', 'reportId'],
          message: `the detail file is report ${detail.reportId}, not ${report.id}`,
        });
      if (report.jurisdictionId !== jurisdiction.id)
        ctx.addIssue({
          code: 'custom',
          path: ['jurisdiction', 'id'],
          message: `the report is of ${report.jurisdictionId}, the jurisdiction is ${jurisdiction.id}`,
        });
      // Every primary value must point at an extraction the detail file holds (the drill-down needs it).
      const extractionIds = new Set(detail.extractions.map((extraction) => extraction.id));
      for (const [indicator, value] of Object.entries(report.values)) {
        if (!extractionIds.has(value.extractionId))
          ctx.addIssue({
            code: 'custom',
            path: ['report', 'values', indicator],
            message: `extraction ${value.extractionId} is not in the detail file`,
          });
      }
    }),
  );

export type LocalReportFile = z.infer<typeof localReportFileSchema>;

export function parseLocalReportFile(json: unknown): LocalReportFile {
  return localReportFileSchema.parse(json);
}

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

/** The text of a downloaded contract file, `<reportId>.json`: validated again before it is written. */
export function contractJson(file: LocalReportFile): { fileName: string; text: string } {
  const valid = localReportFileSchema.parse(file);
  return { fileName: `${valid.report.id}.json`, text: `${JSON.stringify(valid, null, 2)}\n` };
}

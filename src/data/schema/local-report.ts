/**
 * A report a user added in the browser (src/data/local-reports.ts), as the one file IndexedDB
 * keeps and "download contract JSON" writes: its index entry, its jurisdiction and its detail file.
 */

import { z } from 'zod/mini';

import { SCHEMA_VERSION } from './common';
import { detailFileSchema, jurisdictionSchema, reportEntrySchema } from './contract';
import { localReportFile } from './record-invariants';
import { refinement } from './refinements';

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
  .check(refinement(localReportFile));

export type LocalReportFile = z.infer<typeof localReportFileSchema>;

export function parseLocalReportFile(json: unknown): LocalReportFile {
  return localReportFileSchema.parse(json);
}

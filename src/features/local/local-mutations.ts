/**
 * Changes to the reports kept in this browser, as react-query mutations: each writes IndexedDB,
 * then drops the cached detail files it made stale and refetches the list (query keys from their
 * factories, never written out here).
 */

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { localReportKeys } from '../../data/get-local-reports';
import { reportDetailKeys } from '../../data/get-report-detail';
import type { LocalReportFile } from '../../data/local-reports';
import { deleteLocalReport, putLocalReport } from '../../data/local-store';

/** Keeps a local report (replacing an earlier copy of the same report). */
export function useSaveLocalReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: LocalReportFile) => putLocalReport(file),
    onSuccess: async (_result, file) => {
      client.removeQueries({ queryKey: reportDetailKeys.one(file.report.detailPath, file.report.id) });
      await client.invalidateQueries({ queryKey: localReportKeys.all });
    },
  });
}

/** Removes local reports by id. */
export function useRemoveLocalReports() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (ids: readonly string[]) => {
      for (const id of ids) await deleteLocalReport(id);
    },
    onSuccess: async (_result, ids) => {
      client.removeQueries({ queryKey: reportDetailKeys.all, predicate: (query) => ids.includes(String(query.queryKey[2])) });
      await client.invalidateQueries({ queryKey: localReportKeys.all });
    },
  });
}

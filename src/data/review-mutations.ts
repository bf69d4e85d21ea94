/**
 * Writing this browser's review decisions (src/data/review-store.ts): the mutations that record,
 * remove and import them, each refreshing the decisions' query and the reviewed reports
 * (src/data/get-review-decisions.ts). Used by the review forms only, which load in chunks of their
 * own with the corrections file's reader and writer (src/data/corrections-file.ts, which they
 * import themselves); the review rules are loaded when first used.
 */

import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';

import { parseCorrectionsText } from './corrections-file';
import { decisionsQueryOptions, reviewKeys } from './get-review-decisions';
import { BROWSER_SOURCE, deleteDecisions, putDecisions, putImportedDecisions } from './review-store';
import type { DetailFile, ReviewDecisionRecord } from './schema';
import { sha256Hex } from './sha256';

async function refreshReport(client: QueryClient, reportId: string) {
  await client.invalidateQueries({ queryKey: reviewKeys.decisions() });
  await client.invalidateQueries({ queryKey: reviewKeys.report(reportId) });
}

/**
 * Records a person's decision. `detail` is the report's detail file: the decision replaces this
 * browser's earlier decision on the same value (changing one's mind is not a conflict), in one
 * transaction.
 */
export async function recordDecision(client: QueryClient, decision: ReviewDecisionRecord, detail: DetailFile): Promise<void> {
  const [stored, { ADDED_ID_PREFIX, sameValueDecisions }] = await Promise.all([
    client.fetchQuery(decisionsQueryOptions),
    import('./apply-review'),
  ]);
  const own = (stored.byReport.get(decision.reportId) ?? [])
    .filter((record) => record.source === BROWSER_SOURCE)
    .map((record) => record.decision);
  const replacing = sameValueDecisions(detail, own, decision);
  // Rejecting a value this browser added is taking the addition back, not a decision to keep.
  const undoesOwnAddition =
    decision.decision === 'reject' &&
    decision.judged?.extractionId.startsWith(ADDED_ID_PREFIX) === true &&
    replacing.length > 0 &&
    own.filter((earlier) => replacing.includes(earlier.id)).every((earlier) => earlier.decision === 'add');
  if (undoesOwnAddition) await deleteDecisions(replacing);
  else await putDecisions([{ decision, source: BROWSER_SOURCE }], replacing);
  await refreshReport(client, decision.reportId);
}

export function useRecordDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ decision, detail }: { decision: ReviewDecisionRecord; detail: DetailFile }) => recordDecision(client, decision, detail),
  });
}

/** Removes decisions stored in this browser (undo); the data folder's own decisions cannot be removed here. */
export function useRemoveDecisions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ ids, reportId }: { ids: readonly string[]; reportId: string }) => {
      await deleteDecisions(ids);
      await refreshReport(client, reportId);
    },
  });
}

export interface ImportResult {
  readonly fileName: string;
  readonly decisions: number;
  /** The very same file was imported before: nothing changed. */
  readonly alreadyStored: boolean;
  /**
   * Decisions naming reports the data shown does not have (another data folder's, a report not
   * added here): kept, and applied once such a report is here; none when no look-up was given.
   */
  readonly unmatched: { readonly decisions: number; readonly reports: number };
}

/** What an import is doing, for a person waiting on a large file. */
export type ImportStage =
  | { readonly step: 'checking' }
  | { readonly step: 'storing'; readonly decisions: number }
  | { readonly step: 'applying'; readonly decisions: number };

export interface ImportOptions {
  /** Whether the data shown has a report of this id (to say which decisions apply to nothing here). */
  readonly hasReport?: (reportId: string) => boolean;
  /** Told before each step; awaited, so that the page can paint it before a long step starts. */
  readonly onStage?: (stage: ImportStage) => void | Promise<void>;
}

/**
 * Imports a corrections file's decisions: read whole or refused with its one-line reason, stored
 * as one record (src/data/review-store.ts), and counted against the reports shown.
 */
export async function importCorrections(
  client: QueryClient,
  fileName: string,
  text: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const { hasReport, onStage } = options;
  await onStage?.({ step: 'checking' });
  const file = parseCorrectionsText(text);
  const decisions = file.decisions.length;
  await onStage?.({ step: 'storing', decisions });
  const { alreadyStored } = await putImportedDecisions(await sha256Hex(text), fileName, file.decisions);
  await onStage?.({ step: 'applying', decisions });
  await client.invalidateQueries({ queryKey: reviewKeys.all });
  const unmatchedReports = new Set<string>();
  let unmatchedDecisions = 0;
  if (hasReport) {
    for (const decision of file.decisions) {
      if (hasReport(decision.reportId)) continue;
      unmatchedDecisions += 1;
      unmatchedReports.add(decision.reportId);
    }
  }
  return { fileName, decisions, alreadyStored, unmatched: { decisions: unmatchedDecisions, reports: unmatchedReports.size } };
}

export function useImportCorrections() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ fileName, text, options }: { fileName: string; text: string; options?: ImportOptions }) =>
      importCorrections(client, fileName, text, options),
  });
}

/**
 * Recording a person's decision from a view: signs it with the reviewer's name and the time,
 * anchors it in the report's text (src/data/corrections-file.ts) and stores it through the
 * react-query mutation, which refreshes every view's statuses.
 */

import { useCallback } from 'react';

import { decisionAddingValue, decisionOnExtraction } from '../../data/corrections-file';
import { useRecordDecision } from '../../data/review-mutations';
import type { DetailFile, ExtractionEntry, ParagraphEntry, ReviewFields } from '../../data/schema';
import { readReviewerName } from '../../state/reviewer-name';

export type DecisionRequest =
  | { readonly kind: 'confirm' | 'reject'; readonly extraction: ExtractionEntry; readonly note?: string | null }
  | { readonly kind: 'correct'; readonly extraction: ExtractionEntry; readonly fields: ReviewFields; readonly note?: string | null }
  | {
      readonly kind: 'add';
      readonly paragraph: ParagraphEntry;
      readonly start: number;
      readonly end: number;
      readonly fields: ReviewFields;
      readonly note?: string | null;
    };

/** Whether decisions can be recorded on this report: its data must carry the text fingerprint. */
export function canDecide(detail: DetailFile | undefined): boolean {
  return detail?.textSha256 !== undefined;
}

/** `decide(detail, request)`: records a decision on the report whose (reviewed) detail file is `detail`. */
export function useDecide() {
  const mutation = useRecordDecision();
  const { mutateAsync } = mutation;
  const decide = useCallback(
    (detail: DetailFile, request: DecisionRequest) => {
      const reviewer = readReviewerName();
      if (!detail.textSha256 || !reviewer) return Promise.reject(new Error(!reviewer ? 'no reviewer name' : 'no text fingerprint'));
      const report = {
        reportId: detail.reportId,
        textSha256: detail.textSha256,
        paragraphs: detail.paragraphs,
        extractions: detail.extractions,
      };
      const signature = { reviewer, decidedAt: new Date().toISOString(), note: request.note ?? null };
      const decision =
        request.kind === 'add'
          ? decisionAddingValue(report, request.paragraph, request.start, request.end, request.fields, signature)
          : decisionOnExtraction(report, request.extraction, request.kind, request.kind === 'correct' ? request.fields : null, signature);
      return mutateAsync({ decision, detail });
    },
    [mutateAsync],
  );
  return { decide, isPending: mutation.isPending };
}

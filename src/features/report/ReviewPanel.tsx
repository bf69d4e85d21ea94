import { useMemo, useState } from 'react';

import type { ReviewedReport } from '../../data/apply-review';
import type { Dataset } from '../../data/dataset';
import { useReviewDecisions } from '../../data/get-review-decisions';
import { useRemoveDecisions } from '../../data/review-mutations';
import { BROWSER_SOURCE } from '../../data/review-store';
import type { ParagraphEntry, ReportEntry } from '../../data/schema';
import { useReviewerName } from '../../state/reviewer-name';
import { useUi } from '../../state/ui-store';
import { formatValueWithUnit } from '../../ui/i18n/format';
import { registerMessages } from '../../ui/i18n/i18n';
import { reviewMessages } from '../../ui/i18n/messages/review';
import { useTranslate } from '../../ui/i18n/use-translate';
import { CorrectionForm, DecisionForm } from '../../ui/review/DecisionForm';
import { ReviewerName } from '../../ui/review/ReviewerName';
import { saveFailure } from '../../ui/review/store-error-text';
import { canDecide, useDecide } from '../../ui/review/use-decide';
import { QualifiedValue } from '../../ui/values/badges';
import { MAX_SELECTION, numberInWords, reviewRows } from './review-state';
import type { ParagraphSelection } from './use-paragraph-selection';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(reviewMessages);

/** What became of decisions that are not applied (or lost to a later one), said once under the list. */
function Outcomes({ reviewed }: { reviewed: ReviewedReport }) {
  const { t } = useTranslate();
  const problems = reviewed.outcomes.filter((outcome) => outcome.kind !== 'applied');
  if (problems.length === 0) return null;
  return (
    <div className="review-box" data-testid="review-outcomes">
      <p>{t('review.outcomeNotApplied', { n: problems.length })}</p>
      <ul>
        {problems.map((outcome) => {
          const { decision } = outcome.decision;
          const when = decision.decidedAt.slice(0, 10);
          return (
            <li key={decision.id}>
              {outcome.kind === 'superseded'
                ? t('review.outcomeSuperseded', { reviewer: decision.reviewer, date: when })
                : `${decision.reviewer} ${when} 「${decision.anchor.quote}」: ${t(
                    outcome.kind === 'unanchored'
                      ? 'review.outcomeUnanchored'
                      : outcome.kind === 'stale'
                        ? 'review.outcomeStale'
                        : outcome.kind === 'obsolete'
                          ? 'review.outcomeObsolete'
                          : 'review.outcomeInvalid',
                  )}`}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export interface ReviewPanelProps {
  readonly dataset: Dataset;
  readonly report: ReportEntry;
  readonly reviewed: ReviewedReport;
  /** Words selected in a paragraph of the text (to add as a value), or why they cannot be. */
  readonly selection: ParagraphSelection | 'outside' | null;
  onSelectionDone(): void;
  /** Positions the reader at an extraction (its paragraph is scrolled to). */
  onShow(extractionId: string, paragraphId: string): void;
}

/**
 * The reader's review mode: every extraction with its status and one-click decisions (confirm,
 * correct, reject, undo one's own), and adding the words selected in the text as a value.
 */
export function ReviewPanel({ dataset, report, reviewed, selection, onSelectionDone, onShow }: ReviewPanelProps) {
  const { lang, t } = useTranslate();
  const reviewer = useReviewerName();
  const current = useUi((state) => state.extraction);
  const { detail } = reviewed;
  const { decide, isPending } = useDecide();
  const remove = useRemoveDecisions();
  const decisions = useReviewDecisions();
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const mine = useMemo(
    () =>
      new Set(
        (decisions.data?.byReport.get(report.id) ?? [])
          .filter((record) => record.source === BROWSER_SOURCE)
          .map((record) => record.decision.id),
      ),
    [decisions.data, report.id],
  );
  const rows = useMemo(() => reviewRows(dataset, report, detail, mine), [dataset, report, detail, mine]);
  const paragraphs = useMemo(() => new Map(detail.paragraphs.map((paragraph) => [paragraph.id, paragraph])), [detail]);

  const run = (promise: Promise<unknown>, done: string) =>
    promise.then(
      () => setMessage({ text: t('review.saved', { status: done }), error: false }),
      (error: unknown) => setMessage({ text: t('review.saveError', { message: saveFailure(error, t, lang) }), error: true }),
    );

  if (!canDecide(detail)) return <p role="alert">{t('review.noFingerprint')}</p>;

  const selected = selection && selection !== 'outside' ? selection : null;
  const selectedParagraph: ParagraphEntry | undefined = selected ? paragraphs.get(selected.paragraphId) : undefined;

  return (
    <section className="review-panel" aria-labelledby="review-panel-heading" data-testid="review-panel">
      <h3 id="review-panel-heading">{t('review.mode')}</h3>
      <p className="muted small">{t('review.modeHint')}</p>
      <ReviewerName />
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'form-error' : 'muted small'}>
          {message.text}
        </p>
      ) : (
        <p role="status" className="visually-hidden" />
      )}
      {reviewer ? (
        <>
          {selection !== null ? (
            // Fixed at the bottom of the window: the words are selected far from this panel, on a phone above it.
            <div className="selection-bar" role="region" aria-label={t('review.formTitleAdd')} data-testid="selection-bar">
              {selection === 'outside' ? <p className="muted small">{t('review.selectionOutside')}</p> : null}
              {selected && selectedParagraph && selected.text.length > MAX_SELECTION ? (
                <p className="muted small">{t('review.selectionTooLong', { n: MAX_SELECTION })}</p>
              ) : null}
              {selected && selectedParagraph && selected.text.length <= MAX_SELECTION ? (
                editing === 'add' ? (
                  <DecisionForm
                    mode="add"
                    quote={selected.text}
                    indicators={dataset.indicators}
                    initial={{ value: numberInWords(selected.text) ?? undefined, qualifier: 'exact', scope: 'own' }}
                    onCancel={() => {
                      setEditing(null);
                      onSelectionDone();
                    }}
                    onSave={(fields, note) => {
                      setEditing(null);
                      onSelectionDone();
                      void run(
                        decide(detail, {
                          kind: 'add',
                          paragraph: selectedParagraph,
                          start: selected.start,
                          end: selected.end,
                          fields,
                          note,
                        }),
                        t('review.status.added'),
                      );
                    }}
                  />
                ) : (
                  <div className="review-actions">
                    <button type="button" onClick={() => setEditing('add')} data-testid="add-selection">
                      {t('review.addSelection', { quote: selected.text.length > 24 ? `${selected.text.slice(0, 23)}…` : selected.text })}
                    </button>
                    <button type="button" onClick={onSelectionDone}>
                      {t('review.formCancel')}
                    </button>
                  </div>
                )
              ) : null}
            </div>
          ) : null}
          <h4>{t('review.extractions', { n: rows.length })}</h4>
          <ul className="review-extractions" data-testid="review-extractions">
            {rows.map(({ extraction, indicator, isPrimary, mine: isMine }) => {
              const status = extraction.review?.status;
              const label = indicator?.label[lang] ?? extraction.indicator;
              const valueText = formatValueWithUnit(extraction.value, extraction.qualifier, extraction.unit, lang);
              return (
                <li
                  key={extraction.id}
                  className={status === 'rejected' ? 'is-rejected' : undefined}
                  data-extraction={extraction.id}
                  aria-current={extraction.id === current ? 'true' : undefined}
                >
                  <div>
                    <button type="button" className="link-button" onClick={() => onShow(extraction.id, extraction.paragraphId)}>
                      {label}
                    </button>{' '}
                    <span className="review-value">
                      <QualifiedValue value={extraction} unit={extraction.unit} />
                    </span>{' '}
                    <span className="badge badge-section">{isPrimary ? t('review.primary') : t('review.candidate')}</span>
                    {extraction.scope !== 'own' ? <span className="badge badge-risk">{t(`scope.${extraction.scope}`)}</span> : null}
                  </div>
                  {extraction.quote ? (
                    <div className="review-quote" lang="zh">
                      「{extraction.quote}」
                    </div>
                  ) : extraction.formula ? (
                    <div className="review-quote">{extraction.formula}</div>
                  ) : null}
                  {editing === extraction.id ? (
                    <CorrectionForm
                      extraction={extraction}
                      indicators={dataset.indicators}
                      onCancel={() => setEditing(null)}
                      onSave={(fields, note) => {
                        setEditing(null);
                        void run(decide(detail, { kind: 'correct', extraction, fields, note }), t('review.status.corrected'));
                      }}
                    />
                  ) : (
                    <div className="review-actions">
                      <button
                        type="button"
                        disabled={isPending}
                        aria-label={`${t('review.confirm')} ${label} ${valueText}`}
                        onClick={() => void run(decide(detail, { kind: 'confirm', extraction }), t('review.status.confirmed'))}
                      >
                        {t('review.confirm')}
                      </button>
                      <button
                        type="button"
                        disabled={isPending || extraction.derived}
                        title={extraction.derived ? t('review.derivedNoCorrect') : undefined}
                        aria-label={`${t('review.correct')} ${label} ${valueText}`}
                        onClick={() => setEditing(extraction.id)}
                      >
                        {t('review.correct')}
                      </button>
                      <button
                        type="button"
                        disabled={isPending}
                        aria-label={`${t('review.reject')} ${label} ${valueText}`}
                        onClick={() => void run(decide(detail, { kind: 'reject', extraction }), t('review.status.rejected'))}
                      >
                        {t('review.reject')}
                      </button>
                      {isMine && extraction.review ? (
                        <button
                          type="button"
                          className="link-button small"
                          onClick={() =>
                            void run(
                              remove.mutateAsync({ ids: [extraction.review!.decisionId], reportId: report.id }),
                              t('review.unreviewed'),
                            )
                          }
                        >
                          {t('review.undo')}
                        </button>
                      ) : null}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          <Outcomes reviewed={reviewed} />
        </>
      ) : null}
    </section>
  );
}

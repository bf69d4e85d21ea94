import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';

import { extractionSpan } from '../../data/apply-review';
import { jurisdictionName, type Dataset } from '../../data/dataset';
import { reviewedReportQueryOptions, useReviewedReport } from '../../data/get-report-detail';
import { useReviewOverlay } from '../../data/get-review-overlay';
import type { DetailFile, ExtractionEntry } from '../../data/schema';
import { useReviewerName } from '../../state/reviewer-name';
import { useUi } from '../../state/ui-store';
import { DepartmentBadge, QualifiedValue, ReportBadges, SectionKindBadge } from '../../ui/badges';
import { formatNumber, formatUnit, formatYear } from '../../ui/format';
import { LoadError } from '../../ui/LoadError';
import { MarkedParagraph } from '../../ui/MarkedParagraph';
import { CorrectionsFileBar } from '../../ui/review/CorrectionsFileBar';
import { DecisionForm } from '../../ui/review/DecisionForm';
import { ReviewerName } from '../../ui/review/ReviewerName';
import { canDecide, useDecide, type DecisionRequest } from '../../ui/review/use-decide';
import { StateLink } from '../../ui/StateLink';
import { useTranslate } from '../../ui/use-translate';
import { filterSummary } from '../../ui/view-summary';
import { buildQueue, currentValue, itemKey, nextOpen, queueProgress, type QueueItem, type QueueScope } from './queue-state';

import '../../ui/review.css';

/** Items whose detail files are fetched ahead, so that "next" shows its paragraph at once. */
const PREFETCH = 3;

/** The keys of the queue, one each (shown in the legend; letters work in either case). */
const KEYS = {
  confirm: ['y'],
  reject: ['n'],
  edit: ['e'],
  next: ['j', 'ArrowRight'],
  previous: ['k', 'ArrowLeft'],
} as const;
type Action = keyof typeof KEYS;

function actionOf(event: KeyboardEvent): Action | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  for (const [action, keys] of Object.entries(KEYS) as [Action, readonly string[]][]) if (keys.includes(key)) return action;
  return null;
}

interface Position {
  /** The scope the position belongs to: a new scope starts again at its riskiest open item. */
  readonly scopeKey: string;
  readonly index: number | null;
  /** Items decided on this page whose decision is still being stored: "next" skips them. */
  readonly pending: ReadonlySet<string>;
}

/** The current item: its report's words with the value marked, and the decisions on it. */
function QueueItemCard({
  dataset,
  item,
  onDecide,
  onStep,
  editing,
  setEditing,
}: {
  dataset: Dataset;
  item: QueueItem;
  onDecide: (request: DecisionRequest, reviewed: { detail: DetailFile }) => void;
  onStep: (action: 'next' | 'previous') => void;
  editing: boolean;
  setEditing: (editing: boolean) => void;
}) {
  const { lang, t } = useTranslate();
  const overlay = useReviewOverlay(dataset);
  const query = useReviewedReport(item.report);
  const reviewInReader = useUi((state) => state.reviewInReader);
  const indicator = dataset.indicatorById.get(item.indicatorId);
  const value = currentValue(item, overlay) ?? item.value;
  const detail = query.data?.detail;
  const extraction: ExtractionEntry | undefined = detail?.extractions.find((entry) => entry.id === value.extractionId);
  const paragraph = extraction ? detail?.paragraphs.find((entry) => entry.id === extraction.paragraphId) : undefined;
  const span = useMemo(() => {
    if (!extraction || !detail) return null;
    return extractionSpan(extraction, new Map(detail.extractions.map((entry) => [entry.id, entry])));
  }, [extraction, detail]);
  const jurisdiction = dataset.jurisdictionById.get(item.report.jurisdictionId);
  const label = indicator?.label[lang] ?? item.indicatorId;

  return (
    <article className="review-queue-card" aria-labelledby="queue-item-heading" data-testid="queue-item" data-report={item.report.id} data-indicator={item.indicatorId}>
      <h3 id="queue-item-heading">
        {jurisdictionName(jurisdiction, item.report.jurisdictionId)} {formatYear(item.report.year, lang)} · {label}
        {item.report.bodyKind === 'department' ? <DepartmentBadge body={item.report.body} /> : null}
        <ReportBadges report={item.report} />
      </h3>
      <p className="review-queue-value" data-testid="queue-value">
        <QualifiedValue value={value} unit={indicator?.unit ?? ''} /> <span className="muted small">{indicator ? formatUnit(indicator.unit, lang) : ''}</span>
      </p>
      {item.risks.length > 0 ? (
        <p className="small">
          {t('review.risks')}:{' '}
          {item.risks.map((risk) => (
            <span key={risk} className="badge badge-risk" data-testid="queue-risk">
              {t(`review.risk.${risk}`)}
            </span>
          ))}
        </p>
      ) : null}
      {query.isPending ? <p role="status">{t('loading')}</p> : null}
      {query.isError ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {paragraph && span ? (
        <figure className="review-queue-figure">
          <figcaption className="muted small">
            {paragraph.section || '—'} <SectionKindBadge kind={paragraph.sectionKind} />
          </figcaption>
          <MarkedParagraph className="review-queue-paragraph" text={paragraph.text} spans={[{ id: extraction?.id ?? 'value', start: span.start, end: span.end }]} />
        </figure>
      ) : null}
      {extraction && editing && query.data ? (
        <DecisionForm
          mode="correct"
          quote={extraction.quote ?? extraction.formula ?? ''}
          indicators={dataset.indicators}
          initial={{ indicator: extraction.indicator, value: extraction.value, qualifier: extraction.qualifier, scope: extraction.scope ?? 'own' }}
          judged={{ indicator: extraction.indicator, value: extraction.value, qualifier: extraction.qualifier, scope: extraction.scope ?? 'own' }}
          onCancel={() => setEditing(false)}
          onSave={(fields, note) => onDecide({ kind: 'correct', extraction, fields, note }, query.data)}
        />
      ) : null}
      {extraction && !editing && query.data ? (
        <div className="review-actions">
          <button type="button" onClick={() => onDecide({ kind: 'confirm', extraction }, query.data)} data-testid="queue-confirm">
            {t('review.confirm')} <kbd aria-hidden="true">Y</kbd>
          </button>
          <button type="button" onClick={() => onDecide({ kind: 'reject', extraction }, query.data)} data-testid="queue-reject">
            {t('review.reject')} <kbd aria-hidden="true">N</kbd>
          </button>
          <button type="button" disabled={extraction.derived} title={extraction.derived ? t('review.derivedNoCorrect') : undefined} onClick={() => setEditing(true)} data-testid="queue-edit">
            {t('review.correct')} <kbd aria-hidden="true">E</kbd>
          </button>
          <button type="button" onClick={() => onStep('previous')}>
            ← {t('review.key.previous')} <kbd aria-hidden="true">K</kbd>
          </button>
          <button type="button" onClick={() => onStep('next')}>
            {t('review.key.next')} → <kbd aria-hidden="true">J</kbd>
          </button>
          <StateLink
            to={{ view: 'report', report: item.report.id, extraction: extraction.id, source: null, reviewing: true }}
            onNavigate={() => reviewInReader(item.report.id, extraction.id)}
          >
            {t('review.openInReader')}
          </StateLink>
        </div>
      ) : null}
    </article>
  );
}

/**
 * The review queue (`?view=review`, or `&report=<id>` for one report): the values still to check,
 * riskiest first, one at a time with the paragraph and the marked quote always on screen, and one
 * key per action. Progress says how many are reviewed ("已核实 38 / 46").
 */
export function ReviewQueueView({ dataset }: { dataset: Dataset }) {
  const { lang, t } = useTranslate();
  const client = useQueryClient();
  const reviewer = useReviewerName();
  const reportId = useUi((state) => state.report);
  const year = useUi((state) => state.year);
  const province = useUi((state) => state.province);
  const level = useUi((state) => state.level);
  const body = useUi((state) => state.body);
  const openReviewQueue = useUi((state) => state.openReviewQueue);
  const overlay = useReviewOverlay(dataset);
  const scope: QueueScope = useMemo(() => ({ reportId: reportId !== null && dataset.reportById.has(reportId) ? reportId : null, year, province, level, body }), [reportId, dataset, year, province, level, body]);
  const scopeKey = `${scope.reportId}|${year}|${province}|${level}|${body}`;
  // Ranked once per dataset and scope: a decision changes statuses (the overlay), not the order.
  const items = useMemo(() => buildQueue(dataset, scope), [dataset, scope]);
  const progress = useMemo(() => queueProgress(items, overlay), [items, overlay]);
  const [position, setPosition] = useState<Position>({ scopeKey: '', index: null, pending: new Set() });
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const region = useRef<HTMLDivElement>(null);

  // React's "adjusting state when a prop changes": a new scope starts at its riskiest open item
  // (once this browser's decisions are read, so that done items are skipped).
  if (position.scopeKey !== scopeKey && overlay !== undefined) {
    setPosition({ scopeKey, index: nextOpen(items, -1, overlay), pending: new Set() });
  }
  const index = position.scopeKey === scopeKey ? position.index : null;
  const item = index === null ? undefined : items[index];
  const { decide } = useDecide();

  // The next few open items' files are fetched ahead (through the cache the card reads).
  useEffect(() => {
    if (index === null) return;
    let from = index;
    for (let n = 0; n < PREFETCH; n += 1) {
      const next = nextOpen(items, from, overlay, position.pending);
      if (next === null || next === index) break;
      const report = (items[next] as QueueItem).report;
      void client.prefetchQuery(reviewedReportQueryOptions(report.detailPath, report.id));
      from = next;
    }
  }, [client, items, index, overlay, position.pending]);

  // The queue takes focus when it opens, so that its keys work without a click.
  const hasItem = item !== undefined && reviewer !== null;
  useEffect(() => {
    if (hasItem) region.current?.focus({ preventScroll: true });
  }, [hasItem, scopeKey]);

  const step = (action: 'next' | 'previous', pending = position.pending) => {
    setEditing(false);
    if (index === null) return;
    const target = action === 'next' ? nextOpen(items, index, overlay, pending) : index > 0 ? index - 1 : index;
    setPosition({ scopeKey, index: target ?? index, pending });
  };

  const onDecide = (request: DecisionRequest, reviewed: { detail: DetailFile }) => {
    if (!item) return;
    const key = itemKey(item);
    const pending = new Set(position.pending).add(key);
    const status = request.kind === 'confirm' ? 'confirmed' : request.kind === 'reject' ? 'rejected' : 'corrected';
    decide(reviewed.detail, request).then(
      () => {
        setMessage({ text: t('review.saved', { status: t(`review.status.${status}`) }), error: false });
        setPosition((current) => {
          const left = new Set(current.pending);
          left.delete(key);
          return { ...current, pending: left };
        });
      },
      (error: unknown) => {
        setMessage({ text: t('review.saveError', { message: (error as Error).message }), error: true });
        setPosition((current) => {
          const left = new Set(current.pending);
          left.delete(key);
          return { ...current, pending: left };
        });
      },
    );
    step('next', pending);
    region.current?.focus({ preventScroll: true });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!item || editing || reviewer === null) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, select, textarea')) return;
    const action = actionOf(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'next' || action === 'previous') step(action);
    else if (action === 'edit') setEditing(true);
    else {
      const current = client.getQueryData(reviewedReportQueryOptions(item.report.detailPath, item.report.id).queryKey);
      const value = currentValue(item, overlay) ?? item.value;
      const extraction = current?.detail.extractions.find((entry) => entry.id === value.extractionId);
      if (current && extraction && canDecide(current.detail)) onDecide({ kind: action, extraction }, current);
    }
  };

  const scopeReport = scope.reportId ? dataset.reportById.get(scope.reportId) : undefined;
  const done = progress.total > 0 && progress.done === progress.total;

  return (
    <section className="view view-review" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('view.review')}</h2>
      <p className="muted">{t('review.queueIntro')}</p>
      <p className="small">
        {scopeReport
          ? t('review.queueScopeReport', { report: `${jurisdictionName(dataset.jurisdictionById.get(scopeReport.jurisdictionId), scopeReport.jurisdictionId)} ${formatYear(scopeReport.year, lang)}` })
          : `${t('review.queueScopeAll')}${year !== null || province !== null || level !== null || body !== 'all' ? ` · ${filterSummary(t, { year, province, level, body })}` : ''}`}{' '}
        {scopeReport ? (
          <StateLink to={{ view: 'review', report: null }} onNavigate={() => openReviewQueue(null)}>
            {t('review.queueScopeAllLink')}
          </StateLink>
        ) : null}
      </p>
      <div className="review-progress">
        <label htmlFor="review-progress-bar" className="visually-hidden">
          {t('review.progressLabel')}
        </label>
        <progress id="review-progress-bar" max={Math.max(1, progress.total)} value={progress.done} />
        <strong data-testid="queue-progress">{t('review.progress', { done: formatNumber(progress.done, lang), total: formatNumber(progress.total, lang) })}</strong>
        {index !== null ? <span className="muted small">{t('review.position', { i: formatNumber(index + 1, lang), n: formatNumber(items.length, lang) })}</span> : null}
      </div>
      <ReviewerName />
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'form-error' : 'muted small'} data-testid="queue-message">
          {message.text}
        </p>
      ) : (
        <p role="status" className="visually-hidden" />
      )}
      {items.length === 0 ? <p>{t('review.queueEmpty')}</p> : null}
      {items.length > 0 && done && !item ? <p data-testid="queue-done">{t('review.queueDone')}</p> : null}
      {item && reviewer ? (
        <div
          ref={region}
          className="review-queue-item"
          tabIndex={0}
          role="group"
          aria-label={`${t('view.review')}: ${t('review.key.confirm')} Y, ${t('review.key.reject')} N, ${t('review.key.edit')} E, ${t('review.key.next')} J, ${t('review.key.previous')} K`}
          onKeyDown={onKeyDown}
          data-testid="queue-region"
        >
          <QueueItemCard dataset={dataset} item={item} onDecide={onDecide} onStep={step} editing={editing} setEditing={setEditing} />
        </div>
      ) : null}
      <ul className="review-keys" aria-label={t('review.keys')}>
        <li>
          <kbd>Y</kbd> {t('review.key.confirm')}
        </li>
        <li>
          <kbd>N</kbd> {t('review.key.reject')}
        </li>
        <li>
          <kbd>E</kbd> {t('review.key.edit')}
        </li>
        <li>
          <kbd>J</kbd>/<kbd>→</kbd> {t('review.key.next')}
        </li>
        <li>
          <kbd>K</kbd>/<kbd>←</kbd> {t('review.key.previous')}
        </li>
      </ul>
      <CorrectionsFileBar />
    </section>
  );
}

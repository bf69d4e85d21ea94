import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';

import { extractionSpan } from '../../data/apply-review';
import { type Dataset, jurisdictionName } from '../../data/dataset';
import { reviewedReportQueryOptions, useReviewedReport } from '../../data/get-report-detail';
import { useReviewOverlay } from '../../data/get-review-overlay';
import { useReviewQueueOrder } from '../../data/get-review-queue';
import type { DetailFile, ExtractionEntry } from '../../data/schema';
import { useReviewerName } from '../../state/reviewer-name';
import { useUi } from '../../state/ui-store';
import type { BodyFilter, Level } from '../../state/url-state';
import { formatNumber, formatUnit, formatYear } from '../../ui/i18n/format';
import { registerMessages, type Translate } from '../../ui/i18n/i18n';
import { reviewMessages } from '../../ui/i18n/messages/review';
import { useTranslate } from '../../ui/i18n/use-translate';
import { LoadError } from '../../ui/page/LoadError';
import { StateLink } from '../../ui/page/StateLink';
import { CorrectionsFileBar } from '../../ui/review/CorrectionsFileBar';
import { CorrectionForm } from '../../ui/review/DecisionForm';
import { ReviewerName } from '../../ui/review/ReviewerName';
import { saveFailure } from '../../ui/review/store-error-text';
import { canDecide, type DecisionRequest, useDecide } from '../../ui/review/use-decide';
import { QualifiedValue, ReportBadges, SectionKindBadge } from '../../ui/values/badges';
import { MarkedParagraph } from '../../ui/values/MarkedParagraph';
import { buildQueue, itemKey, nextOpen, type QueueItem, queueItem, queueProgress, type QueueScope, statusReader } from './queue-state';
import { QueueFilters } from './QueueFilters';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(reviewMessages);

/** Items whose detail files are fetched ahead, so that "next" shows its paragraph at once. */
const PREFETCH = 3;

/** One key per action (letters in either case), as the legend shows them. */
const KEYS: Readonly<Record<'confirm' | 'reject' | 'edit' | 'next' | 'previous', readonly string[]>> = {
  confirm: ['y'],
  reject: ['n'],
  edit: ['e'],
  next: ['j', 'ArrowRight'],
  previous: ['k', 'ArrowLeft'],
};
type Action = keyof typeof KEYS;

/** "2022 · 县 · 山东省": the queue's filters when set (no year: every year). */
function queueFilterSummary(
  t: Translate,
  scope: { year: number | null; level: Level | null; province: string | null; body: BodyFilter },
): string {
  return [
    scope.year === null ? null : String(scope.year),
    scope.level === null ? t('allLevels') : t(`level.${scope.level}`),
    scope.province ?? t('allProvinces'),
    scope.body === 'all' ? null : t(`body.${scope.body}`),
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
}

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

interface CardProps {
  readonly dataset: Dataset;
  readonly item: QueueItem;
  readonly editing: boolean;
  setEditing(editing: boolean): void;
  onDecide(request: DecisionRequest, detail: DetailFile): void;
  onStep(action: 'next' | 'previous'): void;
}

/** The current item: its report's words with the value marked, and the decisions on it. */
function QueueItemCard({ dataset, item, editing, setEditing, onDecide, onStep }: CardProps) {
  const { lang, t } = useTranslate();
  const query = useReviewedReport(item.report);
  const reviewInReader = useUi((state) => state.reviewInReader);
  const indicator = dataset.indicatorById.get(item.indicatorId);
  const detail = query.data?.detail;
  // The value as it stands (this browser's decisions applied): the same rule as the index's.
  const value = query.data?.values[item.indicatorId];
  const extraction: ExtractionEntry | undefined = value ? detail?.extractions.find((entry) => entry.id === value.extractionId) : undefined;
  const paragraph = extraction ? detail?.paragraphs.find((entry) => entry.id === extraction.paragraphId) : undefined;
  const span = useMemo(
    () => (extraction && detail ? extractionSpan(extraction, new Map(detail.extractions.map((entry) => [entry.id, entry]))) : null),
    [extraction, detail],
  );
  const jurisdiction = dataset.jurisdictionById.get(item.report.jurisdictionId);
  const unit = indicator?.unit ?? '';
  const figure = useRef<HTMLElement>(null);

  // The marked quote stays on screen: brought into view when the item changes (a phone shows the
  // page's header first), not moved when it is visible already.
  const markedAt = paragraph && span ? `${paragraph.id}:${span.start}` : null;
  useEffect(() => {
    const mark = figure.current?.querySelector('mark');
    if (!mark || markedAt === null) return;
    const box = mark.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) mark.scrollIntoView?.({ block: 'center' });
  }, [markedAt, item.report.id]);

  return (
    <article aria-labelledby="queue-item-heading" data-testid="queue-item" data-report={item.report.id} data-indicator={item.indicatorId}>
      <h3 id="queue-item-heading">
        {jurisdictionName(jurisdiction, item.report.jurisdictionId)} {formatYear(item.report.year, lang)} ·{' '}
        {indicator?.label[lang] ?? item.indicatorId}
        <ReportBadges report={item.report} />
      </h3>
      {value ? (
        <p className="review-queue-value" data-testid="queue-value">
          <QualifiedValue value={value} unit={unit} /> <span className="muted small">{formatUnit(unit, lang)}</span>
        </p>
      ) : null}
      {query.data && !value ? <p className="muted">{t('review.status.rejected')}</p> : null}
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
      {paragraph && span && extraction ? (
        <figure className="review-queue-figure" ref={figure}>
          <figcaption className="muted small">
            {paragraph.section || '—'} <SectionKindBadge kind={paragraph.sectionKind} />
          </figcaption>
          <MarkedParagraph
            className="review-queue-paragraph"
            text={paragraph.text}
            spans={[{ id: extraction.id, start: span.start, end: span.end }]}
          />
        </figure>
      ) : null}
      {detail && !canDecide(detail) ? <p role="alert">{t('review.noFingerprint')}</p> : null}
      {extraction && detail && editing ? (
        <CorrectionForm
          extraction={extraction}
          indicators={dataset.indicators}
          onCancel={() => setEditing(false)}
          onSave={(fields, note) => onDecide({ kind: 'correct', extraction, fields, note }, detail)}
        />
      ) : null}
      {!editing ? (
        <div className="review-actions">
          <button
            type="button"
            disabled={!extraction || !canDecide(detail)}
            onClick={() => extraction && detail && onDecide({ kind: 'confirm', extraction }, detail)}
            data-testid="queue-confirm"
          >
            {t('review.confirm')} <kbd aria-hidden="true">Y</kbd>
          </button>
          <button
            type="button"
            disabled={!extraction || !canDecide(detail)}
            onClick={() => extraction && detail && onDecide({ kind: 'reject', extraction }, detail)}
            data-testid="queue-reject"
          >
            {t('review.reject')} <kbd aria-hidden="true">N</kbd>
          </button>
          <button
            type="button"
            disabled={!extraction || extraction.derived || !canDecide(detail)}
            title={extraction?.derived ? t('review.derivedNoCorrect') : undefined}
            onClick={() => setEditing(true)}
            data-testid="queue-edit"
          >
            {t('review.correct')} <kbd aria-hidden="true">E</kbd>
          </button>
          <button type="button" onClick={() => onStep('previous')}>
            ← {t('review.key.previous')} <kbd aria-hidden="true">K</kbd>
          </button>
          <button type="button" onClick={() => onStep('next')}>
            {t('review.key.next')} → <kbd aria-hidden="true">J</kbd>
          </button>
          {extraction ? (
            <StateLink
              to={{ view: 'report', report: item.report.id, extraction: extraction.id, source: null, reviewing: true }}
              onNavigate={() => reviewInReader(item.report.id, extraction.id)}
            >
              {t('review.openInReader')}
            </StateLink>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

/**
 * The review queue (`?view=review`, or `&report=<id>` for one report): the values still to check,
 * riskiest first, one at a time with the paragraph and the marked quote always on screen, and one
 * key per action (a decision moves on by itself). Progress says how many are reviewed.
 */
export function ReviewQueueView({ dataset }: { dataset: Dataset }) {
  const { lang, t } = useTranslate();
  const client = useQueryClient();
  const reviewer = useReviewerName();
  const reportId = useUi((state) => state.report);
  // The queue covers every year unless one is picked: the other views' default year is a
  // comparison's choice, not a reviewer's (and "each place's latest" leaves nothing out of review).
  const chosenYear = useUi((state) => state.year);
  const year = typeof chosenYear === 'number' ? chosenYear : null;
  const province = useUi((state) => state.province);
  const level = useUi((state) => state.level);
  const body = useUi((state) => state.body);
  const chosenIndicator = useUi((state) => state.indicator);
  const risk = useUi((state) => state.risk);
  const chosenStatus = useUi((state) => state.queueStatus);
  const openReviewQueue = useUi((state) => state.openReviewQueue);
  const order = useReviewQueueOrder(dataset);
  const overlay = useReviewOverlay(dataset);
  const { decide } = useDecide();
  // One report's queue is all its values; the filters narrow the queue over every report.
  const oneReport = reportId !== null && dataset.reportById.has(reportId) ? reportId : null;
  const indicator = oneReport === null && chosenIndicator !== null && dataset.indicatorById.has(chosenIndicator) ? chosenIndicator : null;
  const queueStatus = oneReport === null ? chosenStatus : 'open';
  const scope: QueueScope = useMemo(
    () => ({ reportId: oneReport, year, province, level, body, indicator, risk: oneReport === null ? risk : null }),
    [oneReport, year, province, level, body, indicator, risk],
  );
  const scopeKey = `${scope.reportId}|${year}|${province}|${level}|${body}|${indicator}|${scope.risk}|${queueStatus}`;
  const orderData = order.data;
  // Built once per dataset and scope: a decision changes statuses (the overlay), not the order.
  const queue = useMemo(() => (orderData === undefined ? null : buildQueue(dataset, scope, orderData)), [dataset, scope, orderData]);
  const status = useMemo(() => (queue ? statusReader(queue, dataset, overlay) : null), [queue, dataset, overlay]);
  const progress = useMemo(() => (queue && status ? queueProgress(queue, status) : { done: 0, total: 0 }), [queue, status]);
  const [position, setPosition] = useState<Position>({ scopeKey: '', index: null, pending: new Set() });
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const region = useRef<HTMLDivElement>(null);

  // React's "adjusting state when a prop changes": a new scope starts at its riskiest open item,
  // once this browser's decisions are read (so that done items are skipped).
  if (queue && status && overlay !== undefined && position.scopeKey !== scopeKey) {
    setPosition({ scopeKey, index: nextOpen(queue, -1, status, undefined, queueStatus), pending: new Set() });
  }
  const index = position.scopeKey === scopeKey ? position.index : null;
  const item = queue && index !== null && index < queue.length ? queueItem(queue, dataset, index) : undefined;

  // The next few open items' files are fetched ahead, through the cache the card reads, once the
  // current item's file is in (so that they never delay it).
  useEffect(() => {
    if (!queue || !status || index === null) return undefined;
    let cancelled = false;
    const current = queueItem(queue, dataset, index).report;
    void client.ensureQueryData(reviewedReportQueryOptions(current)).then(
      () => {
        let from = index;
        for (let n = 0; n < PREFETCH && !cancelled; n += 1) {
          const next = nextOpen(queue, from, status, (k) => k === index, queueStatus);
          if (next === null) break;
          const report = queueItem(queue, dataset, next).report;
          void client.prefetchQuery(reviewedReportQueryOptions(report));
          from = next;
        }
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [client, queue, status, dataset, index, queueStatus]);

  // The queue takes focus when an item is shown, so that its keys work without a click.
  const ready = item !== undefined && reviewer !== null;
  useEffect(() => {
    if (ready) region.current?.focus({ preventScroll: true });
  }, [ready, scopeKey]);

  const step = (action: 'next' | 'previous', pending: ReadonlySet<string> = position.pending) => {
    setEditing(false);
    if (!queue || !status || index === null) return;
    const target =
      action === 'next'
        ? nextOpen(queue, index, status, (k) => k !== index && pending.has(itemKey(queueItem(queue, dataset, k))), queueStatus)
        : Math.max(0, index - 1);
    setPosition({ scopeKey, index: target ?? index, pending });
  };

  const settle = (key: string) =>
    setPosition((current) => {
      const pending = new Set(current.pending);
      pending.delete(key);
      return { ...current, pending };
    });

  const onDecide = (request: DecisionRequest, detail: DetailFile) => {
    if (!item) return;
    const key = itemKey(item);
    const pending = new Set(position.pending).add(key);
    const done = request.kind === 'confirm' ? 'confirmed' : request.kind === 'reject' ? 'rejected' : 'corrected';
    decide(detail, request).then(
      () => {
        setMessage({ text: t('review.saved', { status: t(`review.status.${done}`) }), error: false });
        settle(key);
      },
      (error: unknown) => {
        setMessage({ text: t('review.saveError', { message: saveFailure(error, t, lang) }), error: true });
        settle(key);
      },
    );
    // Move on at once: the decision is stored meanwhile, and "next" skips this item until it is.
    step('next', pending);
    region.current?.focus({ preventScroll: true });
  };

  // Leaving a correction (Escape, or saving it) removes the focused field with the form: the focus
  // goes back to the queue, so that its keys work at once, without a click on the card.
  const wasEditing = useRef(editing);
  useEffect(() => {
    if (wasEditing.current && !editing) region.current?.focus({ preventScroll: true });
    wasEditing.current = editing;
  }, [editing]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!item || editing || reviewer === null) return;
    if ((event.target as HTMLElement).closest('input, select, textarea')) return;
    const action = actionOf(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'next' || action === 'previous') {
      step(action);
      return;
    }
    if (action === 'edit') {
      setEditing(true);
      return;
    }
    const reviewed = client.getQueryData(reviewedReportQueryOptions(item.report).queryKey);
    const value = reviewed?.values[item.indicatorId];
    const extraction = value ? reviewed?.detail.extractions.find((entry) => entry.id === value.extractionId) : undefined;
    if (reviewed && extraction && canDecide(reviewed.detail)) onDecide({ kind: action, extraction }, reviewed.detail);
  };

  const scopeReport = scope.reportId ? dataset.reportById.get(scope.reportId) : undefined;
  const filtered = year !== null || province !== null || level !== null || body !== 'all';

  return (
    <section className="view view-review" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('view.review')}</h2>
      <p className="muted">{t('review.queueIntro')}</p>
      <p className="small" data-testid="queue-scope">
        {scopeReport
          ? t('review.queueScopeReport', {
              report: `${jurisdictionName(dataset.jurisdictionById.get(scopeReport.jurisdictionId), scopeReport.jurisdictionId)} ${formatYear(scopeReport.year, lang)}`,
            })
          : `${t('review.queueScopeAll')}${filtered ? ` · ${queueFilterSummary(t, { year, province, level, body })}` : ''}`}{' '}
        {scopeReport ? (
          <StateLink to={{ view: 'review', report: null }} onNavigate={() => openReviewQueue(null)}>
            {t('review.queueScopeAllLink')}
          </StateLink>
        ) : null}
      </p>
      {scopeReport ? null : <QueueFilters dataset={dataset} />}
      {order.isError ? <LoadError error={order.error} onRetry={() => void order.refetch()} /> : null}
      {queue === null && !order.isError ? <p role="status">{t('loading')}</p> : null}
      <div className="review-progress">
        <label htmlFor="review-progress-bar" className="visually-hidden">
          {t('review.progressLabel')}
        </label>
        <progress id="review-progress-bar" max={Math.max(1, progress.total)} value={progress.done} />
        <strong data-testid="queue-progress">
          {t('review.progress', { done: formatNumber(progress.done, lang), total: formatNumber(progress.total, lang) })}
        </strong>
        {index !== null && queue ? (
          <span className="muted small">
            {t('review.position', { i: formatNumber(index + 1, lang), n: formatNumber(queue.length, lang) })}
          </span>
        ) : null}
      </div>
      <ReviewerName />
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'form-error' : 'muted small'} data-testid="queue-message">
          {message.text}
        </p>
      ) : (
        <p role="status" className="visually-hidden" />
      )}
      {queue && queue.length === 0 ? <p>{t('review.queueEmpty')}</p> : null}
      {queue && queue.length > 0 && progress.done === progress.total ? <p data-testid="queue-done">{t('review.queueDone')}</p> : null}
      {queue && queueStatus === 'done' && progress.done === 0 && queue.length > 0 ? <p>{t('review.queueNoneDone')}</p> : null}
      {item && reviewer ? (
        <div
          ref={region}
          className="review-queue-item"
          tabIndex={0}
          role="group"
          aria-label={`${t('view.review')}: Y ${t('review.key.confirm')}, N ${t('review.key.reject')}, E ${t('review.key.edit')}, J ${t('review.key.next')}, K ${t('review.key.previous')}`}
          onKeyDown={onKeyDown}
          data-testid="queue-region"
        >
          <QueueItemCard
            dataset={dataset}
            item={item}
            editing={editing}
            setEditing={setEditing}
            onDecide={onDecide}
            onStep={(action) => step(action)}
          />
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
      <CorrectionsFileBar hasReport={(reportId) => dataset.reportById.has(reportId)} />
    </section>
  );
}

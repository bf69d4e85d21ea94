import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';

import type { ReviewedReport } from '../../data/apply-review';
import { type Dataset, jurisdictionName } from '../../data/dataset';
import { useReviewedReport } from '../../data/get-report-detail';
import type { ReportEntry } from '../../data/schema';
import { reportValueRefs } from '../../data/tidy-rows';
import { useUi } from '../../state/ui-store';
import { formatSourceRef } from '../../state/url-state';
import { themeColor } from '../../ui/charts/theme-colors';
import { formatValueWithUnit, formatYear, warningText } from '../../ui/i18n/format';
import { registerMessages } from '../../ui/i18n/i18n';
import { profileMessages } from '../../ui/i18n/messages/profile';
import { reportMessages } from '../../ui/i18n/messages/report';
import { reviewMessages } from '../../ui/i18n/messages/review';
import { useTranslate } from '../../ui/i18n/use-translate';
import { OutputsBar } from '../../ui/outputs/OutputsBar';
import { downloadName } from '../../ui/outputs/view-summary';
import { LoadError } from '../../ui/page/LoadError';
import { StateLink } from '../../ui/page/StateLink';
import { ReportChooser } from '../../ui/places/ReportChooser';
import { KindBadges, QualifiedValue, ReportBadges, SectionKindBadge, VariantBadge } from '../../ui/values/badges';
import { MarkedParagraph, themedMarkStyle } from '../../ui/values/MarkedParagraph';
import { OriginFacts } from '../../ui/values/OriginFacts';
import { SourceButton } from '../../ui/values/SourceButton';
import {
  groupSections,
  markedExtractions,
  readableParagraphs,
  repeatsSectionTitle,
  reportValues,
  SECTION_PATH_SEPARATOR,
  spansByParagraph,
  stepExtraction,
} from './report-state';
import { useParagraphSelection } from './use-paragraph-selection';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(reviewMessages);
registerMessages(profileMessages);
registerMessages(reportMessages);

/** DOM id of a paragraph in the reader, for scrolling to it. */
export const paragraphDomId = (paragraphId: string) => `para-${paragraphId}`;

function scrollToParagraph(paragraphId: string, focus: boolean) {
  const element = document.getElementById(paragraphDomId(paragraphId));
  if (!element) return;
  // jsdom has no scrollIntoView; the reader still works without it.
  element.scrollIntoView?.({ block: 'center' });
  if (focus) element.focus({ preventScroll: true });
}

function ReportHeader({ dataset, report }: { dataset: Dataset; report: ReportEntry }) {
  const { lang, t } = useTranslate();
  const jurisdiction = dataset.jurisdictionById.get(report.jurisdictionId);
  return (
    <header className="report-header">
      <h2 id="report-heading">
        {report.title ?? `${jurisdictionName(jurisdiction, report.jurisdictionId)} ${formatYear(report.year, lang)}`}
        <ReportBadges report={report} />
      </h2>
      <dl className="facts facts-inline">
        <dt>{t('jurisdiction')}</dt>
        <dd>
          {jurisdictionName(jurisdiction, report.jurisdictionId)}
          {jurisdiction?.level ? <span className="muted"> · {t(`level.${jurisdiction.level}`)}</span> : null}
          {jurisdiction?.province ? (
            <span className="muted"> · {[jurisdiction.province, jurisdiction.city].filter(Boolean).join(' ')}</span>
          ) : null}
        </dd>
        <dt>{t('year')}</dt>
        <dd>{formatYear(report.year, lang)}</dd>
        <dt>{t('reportBody')}</dt>
        <dd>
          {report.body ?? '—'}
          <KindBadges report={report} />
        </dd>
        <dt>{t('reportPublished')}</dt>
        <dd>{report.published ?? '—'}</dd>
        <dt>{t('reportSourceFile')}</dt>
        <dd>
          <code>{report.sourceFile}</code>
        </dd>
        <OriginFacts report={report} />
        {report.flags.length > 0 ? (
          <>
            <dt>{t('reportFlags')}</dt>
            <dd>{report.flags.map((flag) => t(`flag.${flag}`)).join(lang === 'zh' ? '、' : ', ')}</dd>
          </>
        ) : null}
      </dl>
    </header>
  );
}

/** A section's heading path, its parents muted: "二、主要举措和成效 / (一)依法履职". */
function SectionTitle({ title }: { title: string }) {
  const { lang, t } = useTranslate();
  // The text before the first heading: the report's opening (preamble, summary), named as such.
  if (!title) return <span lang={lang === 'zh' ? 'zh-CN' : 'en'}>{t('report.opening')}</span>;
  const parts = title.split(SECTION_PATH_SEPARATOR);
  const leaf = parts.pop() ?? title;
  return (
    <span>
      {parts.length > 0 ? (
        <span className="section-parent">
          {parts.join(SECTION_PATH_SEPARATOR)}
          {SECTION_PATH_SEPARATOR}
        </span>
      ) : null}
      {leaf}
    </span>
  );
}

const PARAGRAPH_ID_PREFIX = paragraphDomId('');

/** The review mode's panel is loaded when review mode is turned on. */
const ReviewPanel = lazy(() => import('./ReviewPanel').then((module) => ({ default: module.ReviewPanel })));

function ReportBody({ dataset, report, reviewed }: { dataset: Dataset; report: ReportEntry; reviewed: ReviewedReport }) {
  const { lang, t } = useTranslate();
  const { detail } = reviewed;
  const current = useUi((s) => s.extraction);
  const setExtraction = useUi((s) => s.setExtraction);
  const openSource = useUi((s) => s.openSource);
  const reviewing = useUi((s) => s.reviewing);
  const text = useRef<HTMLElement>(null);
  const { selection, clear: clearSelection } = useParagraphSelection(text, reviewing, PARAGRAPH_ID_PREFIX);

  const readable = useMemo(() => readableParagraphs(detail), [detail]);
  const [showDropped, setShowDropped] = useState(false);
  const sections = useMemo(() => groupSections(showDropped ? detail.paragraphs : readable.paragraphs), [detail, readable, showDropped]);
  const order = useMemo(() => markedExtractions(detail), [detail]);
  const spans = useMemo(() => spansByParagraph(detail), [detail]);
  const values = useMemo(() => reportValues(dataset, report, detail), [dataset, report, detail]);
  const extractionById = useMemo(() => new Map(detail.extractions.map((e) => [e.id, e])), [detail]);
  const currentExtraction = current === null ? undefined : extractionById.get(current);
  const currentIndex = currentExtraction ? order.findIndex((e) => e.id === currentExtraction.id) : -1;

  useEffect(() => {
    if (currentExtraction) scrollToParagraph(currentExtraction.paragraphId, false);
  }, [currentExtraction]);

  const themeOf = (extractionId: string) => dataset.indicatorById.get(extractionById.get(extractionId)?.indicator ?? '')?.theme ?? '';
  const previous = stepExtraction(order, current, -1);
  const next = stepExtraction(order, current, 1);
  const currentIndicator = currentExtraction ? dataset.indicatorById.get(currentExtraction.indicator) : undefined;

  return (
    <div className="report-layout">
      <aside className="report-side" aria-label={t('reportValues')}>
        {reviewing ? (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <ReviewPanel
              dataset={dataset}
              report={report}
              reviewed={reviewed}
              selection={selection}
              onSelectionDone={clearSelection}
              onShow={(extractionId, paragraphId) => {
                setExtraction(extractionId);
                scrollToParagraph(paragraphId, false);
              }}
            />
          </Suspense>
        ) : null}
        <div className="report-stepper">
          <button type="button" onClick={() => previous && setExtraction(previous.id)} disabled={!previous}>
            ← {t('reportPrev')}
          </button>
          <button type="button" onClick={() => next && setExtraction(next.id)} disabled={!next}>
            {t('reportNext')} →
          </button>
          <p className="report-position" aria-live="polite" data-testid="report-position">
            {currentExtraction ? (
              <>
                {currentIndex >= 0 ? t('reportPosition', { i: currentIndex + 1, n: order.length }) : null}{' '}
                <strong>
                  {currentIndicator?.label[lang] ?? currentExtraction.indicator}:{' '}
                  {formatValueWithUnit(currentExtraction.value, currentExtraction.qualifier, currentExtraction.unit, lang)}
                </strong>{' '}
                <SourceButton source={formatSourceRef(report.id, currentExtraction.id)} />
              </>
            ) : (
              t('reportPosition', { i: 0, n: order.length })
            )}
          </p>
        </div>
        <h3>{t('reportValuesCount', { n: values.length })}</h3>
        {values.length === 0 ? <p className="muted">{t('reportNoValues')}</p> : null}
        <ul className="report-values" data-testid="report-values">
          {values.map(({ indicator, value, extraction }) => (
            <li key={indicator.id}>
              <span className="theme-dot" style={{ background: themeColor(indicator.theme).strong }} aria-hidden="true" />
              <span className="report-value-label">{indicator.label[lang]}</span>{' '}
              <button
                type="button"
                className="link-button"
                aria-current={value.extractionId === current ? 'true' : undefined}
                onClick={() => {
                  setExtraction(value.extractionId);
                  if (extraction) scrollToParagraph(extraction.paragraphId, true);
                }}
              >
                <QualifiedValue value={value} />
                <VariantBadge variant={value.variant} />
              </button>{' '}
              <SourceButton source={formatSourceRef(report.id, value.extractionId)} className="link-button small" />
            </li>
          ))}
        </ul>
        <h3>{t('reportWarnings', { n: detail.warnings.length })}</h3>
        {detail.warnings.length === 0 ? <p className="muted">{t('reportNoWarnings')}</p> : null}
        <ul className="report-warnings" data-testid="report-warnings">
          {detail.warnings.map((warning, index) => (
            <li key={`${warning.code}-${index}`}>
              <code>{warning.code}</code> {warningText(warning.message, lang)}{' '}
              {warning.paragraphId ? (
                <button
                  type="button"
                  className="link-button small"
                  onClick={() => warning.paragraphId && scrollToParagraph(warning.paragraphId, true)}
                >
                  {t('reportGoToParagraph')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      </aside>
      <article className="report-text" aria-labelledby="report-heading" lang="zh" ref={text}>
        {readable.dropped > 0 ? (
          <p className="muted small report-spam-note" lang={lang === 'zh' ? 'zh-CN' : 'en'} data-testid="report-spam-note">
            {t('report.spamDropped', { n: readable.dropped })}{' '}
            <button type="button" className="link-button" onClick={() => setShowDropped(!showDropped)}>
              {showDropped ? t('report.hideSpam') : t('report.showSpam')}
            </button>
          </p>
        ) : null}
        {sections.map((section) => (
          <section key={section.key} className={`report-section report-section-${section.kind}`}>
            <h3 className="report-section-title">
              <SectionTitle title={section.title} /> <SectionKindBadge kind={section.kind} />
            </h3>
            {section.paragraphs.map((paragraph) => {
              if (repeatsSectionTitle(paragraph, section)) return null;
              const isCurrent = currentExtraction?.paragraphId === paragraph.id;
              if (paragraph.isHeading) {
                return (
                  <h4 key={paragraph.id} id={paragraphDomId(paragraph.id)} tabIndex={-1}>
                    {paragraph.text}
                  </h4>
                );
              }
              return (
                <MarkedParagraph
                  key={paragraph.id}
                  id={paragraphDomId(paragraph.id)}
                  tabIndex={-1}
                  className={isCurrent ? 'report-paragraph report-paragraph-current' : 'report-paragraph'}
                  current={isCurrent}
                  text={paragraph.text}
                  spans={spans.get(paragraph.id) ?? []}
                  renderMark={(ids, children, key) => {
                    const first = ids[0] ?? '';
                    const isCurrentMark = current !== null && ids.includes(current);
                    // A rejected value is no longer a value: its words stay marked, struck.
                    const status = extractionById.get(first)?.review?.status;
                    const classes = [
                      isCurrentMark ? 'mark-current' : '',
                      status === 'rejected' ? 'mark-rejected' : status === 'added' ? 'mark-added' : '',
                    ]
                      .filter(Boolean)
                      .join(' ');
                    return (
                      <mark
                        key={key}
                        data-extraction={first}
                        data-review={status}
                        className={classes || undefined}
                        aria-current={isCurrentMark ? 'true' : undefined}
                        style={themedMarkStyle(themeColor(themeOf(first)))}
                        onClick={() => openSource(formatSourceRef(report.id, first))}
                      >
                        {children}
                      </mark>
                    );
                  }}
                />
              );
            })}
          </section>
        ))}
      </article>
    </div>
  );
}

/** One report's text by section, every extraction marked in its theme's colour. */
export function ReportView({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslate();
  const reportId = useUi((s) => s.report);
  const openReport = useUi((s) => s.openReport);
  const openProfile = useUi((s) => s.openProfile);
  const reviewing = useUi((s) => s.reviewing);
  const setReviewing = useUi((s) => s.setReviewing);
  const openReviewQueue = useUi((s) => s.openReviewQueue);
  const report = reportId === null ? undefined : dataset.reportById.get(reportId);
  const query = useReviewedReport(report);

  return (
    <section className="view view-report" aria-label={t('view.report')}>
      <div className="controls">
        <ReportChooser dataset={dataset} current={report} view="report" onOpen={openReport} />
      </div>
      {reportId === null ? <p>{t('reportNone')}</p> : null}
      {reportId !== null && !report ? <p role="alert">{t('reportUnknown', { id: reportId })}</p> : null}
      {report ? (
        <>
          <ReportHeader dataset={dataset} report={report} />
          <p className="report-actions">
            <StateLink
              to={{ view: 'profile', report: report.id, extraction: null, source: null }}
              onNavigate={() => openProfile(report.id)}
            >
              {t('profile.open')}
            </StateLink>{' '}
            <button type="button" aria-pressed={reviewing} onClick={() => setReviewing(!reviewing)} data-testid="review-mode">
              {t('review.mode')}
            </button>{' '}
            <StateLink
              to={{ view: 'review', report: report.id, extraction: null, source: null }}
              onNavigate={() => openReviewQueue(report.id)}
            >
              {t('review.openQueue')}
            </StateLink>
          </p>
          <OutputsBar
            dataset={dataset}
            values={reportValueRefs(dataset, report)}
            description={`${t('view.report')} · ${report.id}`}
            fileBase={downloadName(['report', report.id])}
          />
          {query.isPending ? <p role="status">{t('loading')}</p> : null}
          {query.isError ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : null}
          {query.data ? <ReportBody dataset={dataset} report={report} reviewed={query.data} /> : null}
        </>
      ) : null}
    </section>
  );
}

import { useEffect, useId, useRef } from 'react';

import type { Dataset } from '../../data/dataset';
import { useReportDetail } from '../../data/get-report-detail';
import { useUi } from '../../state/ui-store';
import { themeColor } from '../../ui/charts/theme-colors';
import { formatValueWithUnit, formatYear } from '../../ui/i18n/format';
import { registerMessages } from '../../ui/i18n/i18n';
import { reportMessages } from '../../ui/i18n/messages/report';
import { sourceMessages } from '../../ui/i18n/messages/source';
import { useTranslate } from '../../ui/i18n/use-translate';
import { LoadError } from '../../ui/page/LoadError';
import { StateLink } from '../../ui/page/StateLink';
import { ReviewFacts } from '../../ui/review/ReviewFacts';
import { ReportBadges, SectionKindBadge, VariantBadge } from '../../ui/values/badges';
import { DefinitionTip } from '../../ui/values/DefinitionTip';
import { MarkedParagraph, themedMarkStyle } from '../../ui/values/MarkedParagraph';
import { OriginFacts } from '../../ui/values/OriginFacts';
import { type QuotedSource, resolveSourceDetail, resolveSourceHeader, type SourceHeader } from './source-state';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(reportMessages);
registerMessages(sourceMessages);

function QuoteBlock({ quoted, testId, showSection = false }: { quoted: QuotedSource; testId?: string; showSection?: boolean }) {
  const { extraction, paragraph } = quoted;
  if (!paragraph) return null;
  const spans =
    extraction.start !== null && extraction.end !== null ? [{ id: extraction.id, start: extraction.start, end: extraction.end }] : [];
  const color = themeColor(quoted.indicator?.theme ?? '');
  return (
    <figure className="quote-block" data-testid={testId}>
      {showSection ? (
        <figcaption className="muted">
          {paragraph.section || '—'} <SectionKindBadge kind={paragraph.sectionKind} />
        </figcaption>
      ) : null}
      <blockquote>
        <MarkedParagraph
          text={paragraph.text}
          spans={spans}
          renderMark={(_ids, children, key) => (
            <mark key={key} style={themedMarkStyle(color)}>
              {children}
            </mark>
          )}
        />
      </blockquote>
    </figure>
  );
}

function SourceBody({ dataset, header }: { dataset: Dataset; header: SourceHeader }) {
  const { lang, t } = useTranslate();
  const openReport = useUi((state) => state.openReport);
  const query = useReportDetail(header.report);
  const { report, jurisdiction } = header;

  const facts = (
    <>
      <dt>{t('drillJurisdiction')}</dt>
      <dd>
        {header.jurisdictionName}
        {jurisdiction?.level ? <span className="muted"> · {t(`level.${jurisdiction.level}`)}</span> : null}
        {jurisdiction?.province ? (
          <span className="muted"> · {[jurisdiction.province, jurisdiction.city].filter(Boolean).join(' ')}</span>
        ) : null}
        <ReportBadges report={report} />
      </dd>
      <dt>{t('drillYear')}</dt>
      <dd>{formatYear(report.year, lang)}</dd>
      <dt>{t('reportSourceFile')}</dt>
      <dd>
        {/* The file's name; its path (relative to where extract ran: ../syn/reports/…) on hover. */}
        <code title={report.sourceFile}>{report.sourceFile.split('/').at(-1)}</code>
      </dd>
      <OriginFacts report={report} />
    </>
  );

  if (query.isPending) {
    return (
      <>
        <dl className="facts">{facts}</dl>
        <p role="status">{t('loading')}</p>
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        <dl className="facts">{facts}</dl>
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const resolved = resolveSourceDetail(dataset, header, query.data);
  if (resolved.kind !== 'ok') {
    return (
      <>
        <dl className="facts">{facts}</dl>
        <p role="alert">{t('drillUnknownExtraction', { report: report.id, id: resolved.extractionId })}</p>
      </>
    );
  }
  const { detail } = resolved;
  const { extraction, indicator, paragraph } = detail;
  return (
    <>
      <dl className="facts">
        <dt>{t('drillIndicator')}</dt>
        <dd>
          {indicator ? indicator.label[lang] : extraction.indicator}
          {indicator ? <DefinitionTip indicator={indicator} /> : null}
        </dd>
        <dt>{t('drillValue')}</dt>
        <dd className="drill-value" data-testid="drill-value">
          {formatValueWithUnit(extraction.value, extraction.qualifier, extraction.unit, lang)}
          {extraction.derived ? <span className="badge badge-derived">{t('derived')}</span> : null}
          <VariantBadge variant={extraction.variant} />
        </dd>
        {extraction.wording ? (
          <>
            <dt>{t('drillWording')}</dt>
            <dd lang="zh-CN">「{extraction.wording}」</dd>
          </>
        ) : null}
        <dt>{t('drillQualifier')}</dt>
        <dd>{t(`qualifier.${extraction.qualifier}`)}</dd>
        <ReviewFacts review={extraction.review} unit={extraction.unit} />
        {facts}
        <dt>{t('drillSection')}</dt>
        <dd>
          {paragraph?.section || '—'} <SectionKindBadge kind={extraction.sectionKind} />
        </dd>
      </dl>
      {extraction.derived ? (
        <>
          <h3>{t('drillFormula')}</h3>
          <p className="formula" data-testid="drill-formula">
            <code>{extraction.formula ?? '—'}</code>
          </p>
          <h3>{t('drillDerivedFrom')}</h3>
          {detail.derivedFrom.map((quoted) => (
            <div key={quoted.extraction.id} className="derived-from">
              <p>
                {quoted.indicator?.label[lang] ?? quoted.extraction.indicator}:{' '}
                {formatValueWithUnit(quoted.extraction.value, quoted.extraction.qualifier, quoted.extraction.unit, lang)}
              </p>
              <QuoteBlock quoted={quoted} showSection />
            </div>
          ))}
        </>
      ) : (
        <>
          <h3>{t('drillParagraph')}</h3>
          <QuoteBlock quoted={detail} testId="drill-quote" />
        </>
      )}
      <p>
        <StateLink
          to={{ view: 'report', report: report.id, extraction: extraction.id, source: null }}
          onNavigate={() => openReport(report.id, extraction.id)}
        >
          {t('drillOpenInReader')} →
        </StateLink>
      </p>
    </>
  );
}

/**
 * The source drill-down: a non-modal dialog beside (wide screens) or over (phones) the view. It
 * takes focus when it opens, closes on Escape, and gives focus back to what opened it.
 */
export function SourcePanel({ dataset, source }: { dataset: Dataset; source: string }) {
  const { lang, t } = useTranslate();
  const closeSource = useUi((state) => state.closeSource);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    opener.current = document.activeElement;
    return () => {
      const target = opener.current;
      if (target instanceof HTMLElement && target.isConnected && target !== document.body) target.focus();
      else document.getElementById('main')?.focus();
    };
  }, []);
  useEffect(() => {
    heading.current?.focus();
  }, [source]);

  const header = resolveSourceHeader(dataset, source);
  const indicator = header.kind === 'ok' ? header.header.indicatorFromIndex : undefined;
  return (
    <div
      className="source-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-testid="source-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          closeSource();
        }
      }}
    >
      <div className="source-panel-head">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {t('drillTitle')}
          {header.kind === 'ok' ? (
            <span className="source-panel-subtitle">
              {header.header.jurisdictionName} {formatYear(header.header.report.year, lang)}
              {indicator ? ` · ${indicator.label[lang]}` : ''}
            </span>
          ) : null}
        </h2>
        <button type="button" className="icon-button" aria-label={t('close')} onClick={closeSource}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="source-panel-body">
        {header.kind === 'bad-ref' ? <p role="alert">{t('drillBadRef', { ref: header.source })}</p> : null}
        {header.kind === 'unknown-report' ? <p role="alert">{t('drillUnknownReport', { id: header.reportId })}</p> : null}
        {header.kind === 'ok' ? <SourceBody dataset={dataset} header={header.header} /> : null}
      </div>
    </div>
  );
}

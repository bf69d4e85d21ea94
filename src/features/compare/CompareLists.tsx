import { useState } from 'react';

import type { Dataset } from '../../data/dataset';
import type { ReportEntry } from '../../data/schema';
import { useUi } from '../../state/ui-store';
import { formatNumber, formatYear } from '../../ui/i18n/format';
import { useTranslate } from '../../ui/i18n/use-translate';
import { ReportBadges } from '../../ui/values/badges';
import type { CompareState } from './compare-state';

/** A 未报告 list longer than this starts collapsed (its count is always in its heading). */
const NOT_REPORTED_OPEN_LIMIT = 20;

/**
 * The places whose report gives no number for the indicator (or that have no report that year):
 * "not reported" is said, never drawn as zero. A long list starts collapsed, and starts again so
 * on a new indicator or filter (`listKey`), whatever the reader opened or closed before.
 */
export function NotReportedList({ state, listKey }: { state: CompareState; listKey: string }) {
  const { lang, t } = useTranslate();
  // Whether the reader opened or closed this list; adjusted during the render when the list is a
  // new one (not remounted: see CompareTable).
  const [toggled, setToggled] = useState<{ listKey: string; open: boolean } | null>(null);
  const chosen = toggled?.listKey === listKey ? toggled.open : null;
  if (toggled !== null && chosen === null) setToggled(null);
  if (state.notReported.length === 0) return null;
  const open = chosen ?? state.notReported.length <= NOT_REPORTED_OPEN_LIMIT;
  return (
    <details
      className="not-reported"
      data-testid="not-reported"
      open={open}
      onToggle={(event) => {
        const next = event.currentTarget.open;
        if (next !== open) setToggled({ listKey, open: next });
      }}
    >
      <summary>
        <h3>{t('notReportedHeading', { n: formatNumber(state.notReported.length, lang) })}</h3>
      </summary>
      <p className="muted">{t('notReportedIntro')}</p>
      {/* Rendered only when open: thousands of names cost layout time even when hidden. */}
      {open ? (
        <ul>
          {state.notReported.map((row) => (
            <li key={row.jurisdiction.id}>
              {row.name} <span className="muted">({row.report ? formatYear(row.year, lang) : t('noReportThatYear')})</span>
              <ReportBadges report={row.report} />
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}

/** Reports without a year or a place: kept and flagged, listed apart, never placed among the others. */
export function NotComparableList({ dataset, reports }: { dataset: Dataset; reports: readonly ReportEntry[] }) {
  const { lang, t } = useTranslate();
  const openReport = useUi((s) => s.openReport);
  if (reports.length === 0) return null;
  return (
    <div className="not-reported not-comparable" data-testid="not-comparable">
      <h3>{t('notComparableHeading', { n: reports.length })}</h3>
      <p className="muted">{t('notComparableIntro')}</p>
      <ul>
        {reports.map((report) => {
          const jurisdiction = dataset.jurisdictionById.get(report.jurisdictionId);
          return (
            <li key={report.id}>
              {/* An unknown place is named by what the report calls itself; its badge says the place is unknown. */}
              {jurisdiction?.name ?? report.title ?? report.sourceFile} <span className="muted">({formatYear(report.year, lang)})</span>
              <ReportBadges report={report} />{' '}
              <button type="button" className="link-button" onClick={() => openReport(report.id)}>
                {t('openInReader')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

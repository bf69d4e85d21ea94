import { useMemo, useState } from 'react';

import type { Dataset } from '../../data/dataset';
import { useUi } from '../../state/ui-store';
import { DepartmentBadge, QualifiedValue, ReportBadges } from '../../ui/badges';
import { DefinitionTip } from '../../ui/DefinitionTip';
import { FilterBar } from '../../ui/FilterBar';
import { formatUnit, formatYear } from '../../ui/format';
import { OutputsBar } from '../../ui/OutputsBar';
import { Pager } from '../../ui/Pager';
import { pageWindow } from '../../ui/paging';
import { useTranslate } from '../../ui/use-translate';
import { filterSummary } from '../../ui/view-summary';
import { COVERAGE_COLUMNS, deriveCoverageState, shadeColor } from './coverage-state';

/**
 * Indicators × jurisdictions for a year. The grid is itself a `<table>` (so it is its own table
 * alternative); each value is a button to its source, each gap says 未报告.
 */
export function CoverageView({ dataset }: { dataset: Dataset }) {
  const { lang, t } = useTranslate();
  const year = useUi((s) => s.year);
  const province = useUi((s) => s.province);
  const level = useUi((s) => s.level);
  const body = useUi((s) => s.body);
  const openSource = useUi((s) => s.openSource);
  // Page of jurisdictions; a change of filters starts again at the first ("adjusting state when a prop changes").
  const pagingKey = `${year}|${province}|${level}|${body}`;
  const [paging, setPaging] = useState({ key: pagingKey, page: 0 });
  if (paging.key !== pagingKey) setPaging({ key: pagingKey, page: 0 });
  const page = paging.key === pagingKey ? paging.page : 0;
  const state = useMemo(
    () => deriveCoverageState(dataset, { year, province, level, body }, { start: page * COVERAGE_COLUMNS, end: (page + 1) * COVERAGE_COLUMNS }),
    [dataset, year, province, level, body, page],
  );
  const columnWindow = pageWindow(state.columns.length, page, COVERAGE_COLUMNS);
  const yearText = year === null ? t('latestYear') : String(year);
  const columnCount = state.shownColumns.length + 2;
  // What the grid shows, in its order: indicator by indicator, jurisdictions left to right (every
  // page of jurisdictions: the download is of the view, not of the page on screen).
  const onScreen = useMemo(
    () =>
      state.groups.flatMap((group) =>
        group.rows.flatMap((row) =>
          state.columns.flatMap((column) =>
            column.report?.values[row.indicator.id] ? [{ report: column.report, indicatorId: row.indicator.id }] : [],
          ),
        ),
      ),
    [state],
  );

  return (
    <section className="view view-coverage" aria-labelledby="coverage-heading">
      <div className="controls">
        <FilterBar dataset={dataset} />
      </div>
      <h2 id="coverage-heading">
        {t('view.coverage')} <span className="muted">· {yearText}</span>
      </h2>
      <OutputsBar
        dataset={dataset}
        values={onScreen}
        description={`${t('view.coverage')} · ${filterSummary(t, { year, level, province, body })}`}
      />
      {state.filteredOut > 0 ? <p className="muted">{t('filteredOut', { n: state.filteredOut })}</p> : null}
      {state.notComparable > 0 ? (
        <p className="muted" data-testid="coverage-not-comparable">
          {t('notComparableNote', { n: state.notComparable })}
        </p>
      ) : null}
      {state.columns.length === 0 ? (
        <p>{t('compareEmpty')}</p>
      ) : (
        <>
          {/* Shown above the scrolling table so that it stays in view on phones; the caption
              is the same words for screen readers. */}
          <p className="table-title" aria-hidden="true">
            {t('coverageCaption', { year: yearText })}
          </p>
          {columnWindow.pages > 1 ? (
            <Pager window={columnWindow} onPage={(next) => setPaging({ key: pagingKey, page: next })} label={t('coveragePagerLabel')} testId="coverage-pager" />
          ) : null}
          <div className="table-scroll coverage-scroll" tabIndex={0} role="region" aria-labelledby="coverage-caption">
            <table className="data-table coverage-table" data-testid="coverage-table">
              <caption id="coverage-caption" className="visually-hidden">
                {t('coverageCaption', { year: yearText })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('indicator')}</th>
                  {state.shownColumns.map((column) => (
                    <th key={column.jurisdiction.id} scope="col" className="coverage-jurisdiction">
                      {column.name}
                      <span className="muted coverage-year">
                        {column.report ? formatYear(column.year, lang) : t('noReportThatYear')}
                      </span>
                      {column.isDepartment ? <DepartmentBadge body={column.report?.body ?? null} /> : null}
                      <ReportBadges report={column.report} />
                    </th>
                  ))}
                  <th scope="col" className="num coverage-count-head">
                    {t('coverageByIndicator')}
                  </th>
                </tr>
              </thead>
              {state.groups.map((group) => (
                <tbody key={group.theme}>
                  <tr className="coverage-theme">
                    <th scope="rowgroup" colSpan={columnCount}>
                      {group.themeLabel[lang]}
                    </th>
                  </tr>
                  {group.rows.map((row) => (
                    <tr key={row.indicator.id}>
                      <th scope="row" className="coverage-indicator">
                        <span className="coverage-indicator-label">
                          {row.indicator.headline ? (
                            <>
                              <span aria-hidden="true">★ </span>
                              <span className="visually-hidden">{t('headlineMark')} </span>
                            </>
                          ) : null}
                          {row.indicator.label[lang]}
                          <span className="muted"> ({formatUnit(row.indicator.unit, lang)})</span>
                        </span>
                        <DefinitionTip indicator={row.indicator} />
                      </th>
                      {row.cells.map((cell) => (
                        <td
                          key={cell.jurisdictionId}
                          className={`num coverage-cell coverage-${cell.status}`}
                          style={cell.shade === null ? undefined : { background: shadeColor(cell.shade) }}
                        >
                          {cell.value && cell.source ? (
                            <button
                              type="button"
                              className="cell-button"
                              onClick={() => cell.source && openSource(cell.source)}
                            >
                              <QualifiedValue value={cell.value} />
                              <span className="visually-hidden"> {t('openSource')}</span>
                            </button>
                          ) : cell.status === 'hidden' ? (
                            t('review.hidden')
                          ) : cell.status === 'not_reported' ? (
                            t('notReported')
                          ) : (
                            <span title={t('noReportThatYear')}>
                              —<span className="visually-hidden">{t('noReportThatYear')}</span>
                            </span>
                          )}
                        </td>
                      ))}
                      <td className="num coverage-count">
                        {row.reportedCount}/{state.reportCount}
                      </td>
                    </tr>
                  ))}
                </tbody>
              ))}
              <tfoot>
                <tr>
                  <th scope="row">{t('coverageByJurisdiction')}</th>
                  {state.shownColumns.map((column) => (
                    <td key={column.jurisdiction.id} className="num coverage-count">
                      {column.reportedCount}/{state.indicatorCount}
                    </td>
                  ))}
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

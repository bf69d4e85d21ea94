import { useCallback, useMemo, useState } from 'react';

import { resolveIndicator, type Dataset } from '../../data/dataset';
import { useUi } from '../../state/ui-store';
import { DepartmentBadge, QualifiedValue, ReportBadges } from '../../ui/badges';
import { EChart, type ChartItemClick } from '../../ui/EChart';
import { FilterBar } from '../../ui/FilterBar';
import { formatNumber, formatUnit, formatYear } from '../../ui/format';
import { IndicatorPicker } from '../../ui/IndicatorPicker';
import { OutputsBar } from '../../ui/OutputsBar';
import { Pager } from '../../ui/Pager';
import { pageWindow } from '../../ui/paging';
import { useTranslate } from '../../ui/use-translate';
import { chartSubtitle, fileNamePart, filterSummary } from '../../ui/view-summary';
import { buildCompareOption, compareChartHeight } from './build-compare-option';
import { CHART_BARS, TABLE_ROWS, deriveCompareState, type CompareRow } from './compare-state';

/** A 未报告 list longer than this starts collapsed (its count is always in its heading). */
const NOT_REPORTED_OPEN_LIMIT = 20;

interface Paging {
  /** The indicator and filters the pages belong to: a change starts again at the first page. */
  readonly key: string;
  readonly chart: number;
  readonly table: number;
  readonly notReportedOpen: boolean | null;
}

/** The default view: one indicator across jurisdictions, each bar one click from its source. */
export function CompareView({ dataset }: { dataset: Dataset }) {
  const { lang, t } = useTranslate();
  const indicatorId = useUi((state) => state.indicator);
  const year = useUi((state) => state.year);
  const province = useUi((state) => state.province);
  const level = useUi((state) => state.level);
  const body = useUi((state) => state.body);
  const selectIndicator = useUi((state) => state.selectIndicator);
  const openSource = useUi((state) => state.openSource);
  const openReport = useUi((state) => state.openReport);

  // The indicator drawn (the one asked for once its values are loaded, see resolveIndicator): while
  // the next file loads, nothing is derived or drawn again.
  const shownIndicator = resolveIndicator(dataset, indicatorId)?.id ?? null;
  const state = useMemo(
    () => deriveCompareState(dataset, { indicator: shownIndicator, year, province, level, body }),
    [dataset, shownIndicator, year, province, level, body],
  );
  const pagingKey = `${state?.indicator.id}|${year}|${province}|${level}|${body}`;
  const [paging, setPaging] = useState<Paging>({ key: pagingKey, chart: 0, table: 0, notReportedOpen: null });
  // React's "adjusting state when a prop changes": new indicator or filters, first pages again.
  if (paging.key !== pagingKey) setPaging({ key: pagingKey, chart: 0, table: 0, notReportedOpen: null });
  const chartWindow = pageWindow(state?.reported.length ?? 0, paging.chart, CHART_BARS);
  const { start: chartStart, end: chartEnd } = chartWindow;
  const option = useMemo(
    () => (state ? buildCompareOption(state, { lang, slice: { start: chartStart, end: chartEnd } }) : null),
    [state, lang, chartStart, chartEnd],
  );
  const onItemClick = useCallback(
    ({ dataIndex }: ChartItemClick) => {
      const source = state?.reported[chartStart + dataIndex]?.source;
      if (source) openSource(source);
    },
    [state, chartStart, openSource],
  );
  if (!state || !option) return null;

  const indicatorName = state.indicator.label[lang];
  const yearText = year === null ? t('latestYear') : String(year);
  const unit = formatUnit(state.indicator.unit, lang);
  const allRows: CompareRow[] = [...state.reported, ...state.notReported];
  const tableWindow = pageWindow(allRows.length, paging.table, TABLE_ROWS);
  const tableRows = allRows.slice(tableWindow.start, tableWindow.end);
  const chartBars = chartWindow.end - chartWindow.start;
  const notReportedOpen = paging.notReportedOpen ?? state.notReported.length <= NOT_REPORTED_OPEN_LIMIT;
  const filters = filterSummary(t, { year, level, province, body });
  const onScreen = state.reported.flatMap((row) => (row.report ? [{ report: row.report, indicatorId: state.indicator.id }] : []));

  return (
    <section className="view view-compare" aria-labelledby="compare-heading">
      <div className="controls">
        <IndicatorPicker dataset={dataset} indicator={state.indicator} onChange={selectIndicator} />
        <FilterBar dataset={dataset} />
      </div>
      <h2 id="compare-heading">
        {indicatorName} <span className="muted">· {yearText}</span>
      </h2>
      <OutputsBar
        dataset={dataset}
        values={onScreen}
        description={`${t('view.compare')} · ${indicatorName} · ${filters}`}
        chart={
          state.reported.length > 0
            ? {
                option,
                title: indicatorName,
                subtitle: chartSubtitle(t, state.indicator.unit, lang, filters),
                rowCount: chartBars,
                fileBase: `fazhi-atlas-compare-${fileNamePart(state.indicator.id)}`,
              }
            : null
        }
      />
      {state.reported.length > 0 ? (
        <>
          <ul className="chart-legend" aria-label={t('chartTable')}>
            <li>
              <span className="swatch swatch-reported" aria-hidden="true" /> {t('legendReported')}
            </li>
            <li>
              <span className="swatch swatch-derived" aria-hidden="true" /> {t('legendDerived')}
            </li>
            {state.median !== null ? (
              <li>
                <span className="swatch swatch-median" aria-hidden="true" />{' '}
                {t('peerMedianValue', { value: formatNumber(state.median, lang) })}
              </li>
            ) : null}
          </ul>
          {chartWindow.pages > 1 ? (
            <>
              <p className="muted small" data-testid="compare-chart-showing">
                {t('chartShowing', {
                  from: formatNumber(chartWindow.start + 1, lang),
                  to: formatNumber(chartWindow.end, lang),
                  total: formatNumber(chartWindow.total, lang),
                })}
              </p>
              <Pager
                window={chartWindow}
                onPage={(page) => setPaging({ ...paging, chart: page })}
                label={t('chartPagerLabel')}
                testId="compare-chart-pager"
              />
            </>
          ) : null}
          <EChart option={option} height={compareChartHeight(chartBars)} onItemClick={onItemClick} testId="compare-chart" />
        </>
      ) : null}
      {allRows.length === 0 ? <p>{t('compareEmpty')}</p> : null}
      {state.notReported.length > 0 ? (
        <details
          className="not-reported"
          data-testid="not-reported"
          open={notReportedOpen}
          onToggle={(event) => {
            const open = event.currentTarget.open;
            if (open !== notReportedOpen) setPaging({ ...paging, notReportedOpen: open });
          }}
        >
          <summary>
            <h3>{t('notReportedHeading', { n: formatNumber(state.notReported.length, lang) })}</h3>
          </summary>
          <p className="muted">{t('notReportedIntro')}</p>
          {/* Rendered only when open: thousands of names cost layout time even when hidden. */}
          {notReportedOpen ? (
            <ul>
              {state.notReported.map((row) => (
                <li key={row.jurisdiction.id}>
                  {row.name}{' '}
                  <span className="muted">
                    ({row.report ? formatYear(row.year, lang) : t('noReportThatYear')})
                  </span>
                  {row.isDepartment ? <DepartmentBadge body={row.report?.body ?? null} /> : null}
                  <ReportBadges report={row.report} />
                </li>
              ))}
            </ul>
          ) : null}
        </details>
      ) : null}
      {state.filteredOut > 0 ? <p className="muted">{t('filteredOut', { n: state.filteredOut })}</p> : null}
      {state.notComparable.length > 0 ? (
        <div className="not-reported not-comparable" data-testid="not-comparable">
          <h3>{t('notComparableHeading', { n: state.notComparable.length })}</h3>
          <p className="muted">{t('notComparableIntro')}</p>
          <ul>
            {state.notComparable.map((report) => {
              const jurisdiction = dataset.jurisdictionById.get(report.jurisdictionId);
              return (
                <li key={report.id}>
                  {/* An unknown place is named by what the report calls itself; its badge says the place is unknown. */}
                  {jurisdiction?.name ?? report.title ?? report.sourceFile}{' '}
                  <span className="muted">({formatYear(report.year, lang)})</span>
                  {report.bodyKind === 'department' ? <DepartmentBadge body={report.body} /> : null}
                  <ReportBadges report={report} />{' '}
                  <button type="button" className="link-button" onClick={() => openReport(report.id)}>
                    {t('openInReader')}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {tableWindow.pages > 1 ? (
        <Pager window={tableWindow} onPage={(page) => setPaging({ ...paging, table: page })} label={t('tablePagerLabel')} testId="compare-table-pager" />
      ) : null}
      {allRows.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('chartTable')}>
          <table className="data-table" data-testid="compare-table">
            <caption>{t('compareCaption', { indicator: indicatorName, year: yearText })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('jurisdiction')}</th>
                <th scope="col">{t('year')}</th>
                <th scope="col" className="wide-only">
                  {t('level')}
                </th>
                <th scope="col" className="num">
                  {t('value')} ({unit})
                </th>
                <th scope="col" className="num nowrap">
                  {t('rank')}
                </th>
                <th scope="col" className="num nowrap">
                  {t('median')}
                </th>
                <th scope="col">{t('source')}</th>
              </tr>
            </thead>
            <tbody>
              {tableRows.map((row) => (
                <tr key={row.jurisdiction.id}>
                  <th scope="row">
                    {row.name}
                    {row.isDepartment ? <DepartmentBadge body={row.report?.body ?? null} /> : null}
                    <ReportBadges report={row.report} />
                  </th>
                  <td>{row.report ? formatYear(row.year, lang) : t('noReportThatYear')}</td>
                  <td className="wide-only">{row.jurisdiction.level ? t(`level.${row.jurisdiction.level}`) : '—'}</td>
                  <td className="num">
                    {row.value ? <QualifiedValue value={row.value} unit={state.indicator.unit} /> : <span className="not-reported-cell">{t('notReported')}</span>}
                  </td>
                  <td className="num">
                    {row.peer?.rank != null ? t('rankOf', { rank: row.peer.rank, n: row.peer.reporting }) : '—'}
                  </td>
                  <td className="num">{row.peer?.median != null ? formatNumber(row.peer.median, lang) : '—'}</td>
                  <td>
                    {row.source ? (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t('openSourceOf', {
                          name: row.name,
                          year: formatYear(row.year, lang),
                          indicator: indicatorName,
                        })}
                        onClick={() => row.source && openSource(row.source)}
                      >
                        {t('openSource')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {allRows.length > 0 ? (
        <p className="muted small peer-note">{t('peerNote', { province: province !== null ? t('peerNoteProvince') : '' })}</p>
      ) : null}
    </section>
  );
}

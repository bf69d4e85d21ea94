import { useCallback, useId, useMemo, useState } from 'react';

import { resolveIndicator, type Dataset } from '../../data/dataset';
import { useUi } from '../../state/ui-store';
import { DepartmentBadge, LocalBadge, QualifiedValue } from '../../ui/badges';
import { EChart, type ChartItemClick } from '../../ui/EChart';
import { formatChange, formatUnit } from '../../ui/format';
import { IndicatorPicker } from '../../ui/IndicatorPicker';
import { OutputsBar } from '../../ui/OutputsBar';
import { useTranslate } from '../../ui/use-translate';
import { chartSubtitle, fileNamePart } from '../../ui/view-summary';
import { buildTrendOption, seriesColor, TREND_HEIGHT, trendSeriesName } from './build-trend-option';
import { deriveTrendState, filterOptions, toggleJurisdiction, type TrendState } from './trend-state';

/** Searchable multi-select: a search box filtering a list of checkboxes (native, keyboard-ready). */
function JurisdictionPicker({ state }: { state: TrendState }) {
  const { t } = useTranslate();
  const setJurisdictions = useUi((s) => s.setJurisdictions);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const listId = useId();
  const visible = filterOptions(state.options, query);
  return (
    <fieldset className="jurisdiction-picker">
      <legend>{t('trendPick')}</legend>
      <label htmlFor={searchId} className="visually-hidden">
        {t('trendSearch')}
      </label>
      <input
        id={searchId}
        type="search"
        value={query}
        placeholder={t('trendSearch')}
        aria-controls={listId}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul id={listId} className="checklist" aria-live="polite">
        {visible.map((option) => (
          <li key={option.jurisdiction.id}>
            <label>
              <input
                type="checkbox"
                checked={option.selected}
                onChange={() => setJurisdictions(toggleJurisdiction(state, option.jurisdiction.id))}
              />{' '}
              {option.name}{' '}
              <span className="muted">
                {[option.jurisdiction.level ? t(`level.${option.jurisdiction.level}`) : null, option.jurisdiction.province]
                  .filter(Boolean)
                  .join(' · ')}
                {option.reportsIndicator ? '' : ` · ${t('notReported')}`}
              </span>
            </label>
          </li>
        ))}
        {visible.length === 0 ? <li className="muted">{t('noMatches')}</li> : null}
      </ul>
      {state.autoSelected ? <p className="muted small">{t('trendAutoSelected')}</p> : null}
    </fieldset>
  );
}

/** One indicator over the years for picked jurisdictions; missing years stay gaps. */
export function TrendView({ dataset }: { dataset: Dataset }) {
  const { lang, t } = useTranslate();
  const indicatorId = useUi((s) => s.indicator);
  const jurisdictions = useUi((s) => s.jurisdictions);
  const selectIndicator = useUi((s) => s.selectIndicator);
  const openSource = useUi((s) => s.openSource);

  // The indicator drawn (see resolveIndicator): while the next file loads, nothing is derived again.
  const shownIndicator = resolveIndicator(dataset, indicatorId)?.id ?? null;
  const state = useMemo(
    () => deriveTrendState(dataset, { indicator: shownIndicator, jurisdictions }),
    [dataset, shownIndicator, jurisdictions],
  );
  const option = useMemo(() => (state ? buildTrendOption(state, { lang }) : null), [state, lang]);
  const onItemClick = useCallback(
    ({ seriesIndex, dataIndex }: ChartItemClick) => {
      const source = state?.series[seriesIndex]?.points[dataIndex]?.source;
      if (source) openSource(source);
    },
    [state, openSource],
  );
  if (!state || !option) return null;
  const indicatorName = state.indicator.label[lang];
  const anyValue = state.series.some((s) => s.points.some((p) => p.value));
  const names = state.series.map((series) => series.name).join(lang === 'zh' ? '、' : ', ');
  const onScreen = state.series.flatMap((series) =>
    series.points.flatMap((point) => (point.report && point.value ? [{ report: point.report, indicatorId: state.indicator.id }] : [])),
  );
  const firstYear = state.years[0];
  const lastYear = state.years.at(-1);
  const span = firstYear === undefined ? '' : firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;

  return (
    <section className="view view-trend" aria-labelledby="trend-heading">
      <div className="controls">
        <IndicatorPicker dataset={dataset} indicator={state.indicator} onChange={selectIndicator} />
      </div>
      <div className="trend-layout">
        <JurisdictionPicker state={state} />
        <div className="trend-main">
          <h2 id="trend-heading">{indicatorName}</h2>
          <OutputsBar
            dataset={dataset}
            values={onScreen}
            description={`${t('view.trend')} · ${indicatorName} · ${names}`}
            chart={
              state.series.length > 0 && anyValue
                ? {
                    option,
                    title: indicatorName,
                    subtitle: chartSubtitle(t, state.indicator.unit, lang, `${span} · ${names}`),
                    fileBase: `fazhi-atlas-trend-${fileNamePart(state.indicator.id)}`,
                  }
                : null
            }
          />
          {state.series.length > 0 && anyValue ? (
            <>
              <ul className="chart-legend">
                {state.series.map((series, index) => (
                  <li key={series.jurisdiction.id}>
                    <span className="swatch swatch-line" style={{ background: seriesColor(index) }} aria-hidden="true" />{' '}
                    {trendSeriesName(series, lang)}
                  </li>
                ))}
                <li>
                  <span aria-hidden="true">○</span> {t('derivedLong')}
                </li>
              </ul>
              <EChart option={option} height={TREND_HEIGHT} onItemClick={onItemClick} testId="trend-chart" />
            </>
          ) : (
            <p>{t('trendNoData')}</p>
          )}
          {state.series.length > 0 ? (
            <>
              <p className="table-title" aria-hidden="true">
                {t('trendCaption', { indicator: indicatorName })} ({formatUnit(state.indicator.unit, lang)})
              </p>
              <div className="table-scroll" tabIndex={0} role="region" aria-label={t('chartTable')}>
                <table className="data-table" data-testid="trend-table">
                  <caption className="visually-hidden">
                    {t('trendCaption', { indicator: indicatorName })} ({formatUnit(state.indicator.unit, lang)})
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('jurisdiction')}</th>
                      {state.years.map((year) => (
                        <th key={year} scope="col" className="num">
                          {year}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {state.series.map((series) => (
                      <tr key={series.jurisdiction.id}>
                        <th scope="row">{series.name}</th>
                        {series.points.map((point) => (
                          <td key={point.year} className="num">
                            {point.value && point.source ? (
                              <>
                                <button
                                  type="button"
                                  className="link-button"
                                  onClick={() => point.source && openSource(point.source)}
                                >
                                  <QualifiedValue value={point.value} />
                                  <span className="visually-hidden"> {t('openSource')}</span>
                                </button>
                                {point.isDepartment ? <DepartmentBadge body={point.report?.body ?? null} /> : null}
                                {point.report?.local ? <LocalBadge /> : null}
                                {point.change ? (
                                  <span className="delta" data-testid="trend-change">
                                    <span aria-hidden="true">Δ </span>
                                    <span className="visually-hidden">{t('changeVsPrevious')} </span>
                                    {formatChange(point.change.delta, point.change.approximate, lang)}
                                  </span>
                                ) : null}
                              </>
                            ) : point.status === 'hidden' ? (
                              <span className="muted">{t('review.hidden')}</span>
                            ) : point.status === 'not_reported' ? (
                              <span className="not-reported-cell">{t('notReported')}</span>
                            ) : (
                              <span className="muted" title={t('noReportThatYear')}>
                                —<span className="visually-hidden">{t('noReportThatYear')}</span>
                              </span>
                            )}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="muted small">{t('trendChangeNote')}</p>
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}

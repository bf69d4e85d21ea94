import { useCallback, useId, useMemo, useState } from 'react';

import { compareNames, resolveIndicator, type Dataset } from '../../data/dataset';
import { useUi } from '../../state/ui-store';
import type { SortState } from '../../state/url-state';
import { KindBadges, LocalBadge, QualifiedValue, VariantBadge } from '../../ui/badges';
import { EChart, type ChartItemClick } from '../../ui/EChart';
import { formatChange, formatNumber, formatUnit } from '../../ui/format';
import { IndicatorPicker } from '../../ui/IndicatorPicker';
import { OutputsBar } from '../../ui/OutputsBar';
import { usePinyin, type PinyinApi } from '../../ui/pinyin';
import { PlaceName } from '../../ui/PlaceName';
import { PlaceSearch } from '../../ui/PlaceSearch';
import { SortableHeader } from '../../ui/SortableHeader';
import { SourceButton } from '../../ui/SourceButton';
import { useTranslate } from '../../ui/use-translate';
import { chartSubtitle, downloadName } from '../../ui/view-summary';
import { buildTrendOption, TREND_HEIGHT, trendSeriesName } from './build-trend-option';
import { deriveTrendState, drawnSeries, filterOptions, toggleJurisdiction, type TrendSeries, type TrendState } from './trend-state';

/** Searchable multi-select: a search box (name, pinyin or initials) filtering a list of checkboxes; a box is checked when its place is shown. */
function JurisdictionPicker({ state, pinyin, query, onQuery }: { state: TrendState; pinyin: PinyinApi | null; query: string; onQuery: (query: string) => void }) {
  const { t } = useTranslate();
  const setJurisdictions = useUi((s) => s.setJurisdictions);
  const listId = useId();
  const visible = filterOptions(state.options, query, pinyin);
  const drawn = new Set(drawnSeries(state).map((series) => series.jurisdiction.id));
  return (
    <fieldset className="jurisdiction-picker">
      <legend>{t('trendPick')}</legend>
      <PlaceSearch value={query} onChange={onQuery} label={t('trendSearch')} controls={listId} />
      <ul id={listId} className="checklist" aria-live="polite">
        {visible.map((option) => (
          <li key={option.jurisdiction.id}>
            <label>
              <input type="checkbox" checked={option.selected} onChange={() => setJurisdictions(toggleJurisdiction(state, option.jurisdiction.id))} />{' '}
              <PlaceName name={option.name} pinyin={pinyin} />{' '}
              <span className="muted">
                {[option.jurisdiction.level ? t(`level.${option.jurisdiction.level}`) : null, option.jurisdiction.province].filter(Boolean).join(' · ')}
                {option.reportsIndicator ? '' : ` · ${t('notReported')}`}
                {option.selected && !drawn.has(option.jurisdiction.id) ? ` · ${t('trend.notDrawn')}` : ''}
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

/** The value of one year in the table: the number (its source one click away) and its marks, or why there is none. */
function PointCell({ series, point, indicatorName }: { series: TrendSeries; point: TrendSeries['points'][number]; indicatorName: string }) {
  const { lang, t } = useTranslate();
  if (point.value && point.source) {
    return (
      <>
        <SourceButton source={point.source} label={t('openSourceOf', { name: series.name, year: point.year, indicator: indicatorName })}>
          <QualifiedValue value={point.value} />
        </SourceButton>
        <VariantBadge variant={point.value.variant} />
        <KindBadges report={point.report} />
        {point.report?.local ? <LocalBadge /> : null}
        {point.change ? (
          <span className="delta" data-testid="trend-change">
            <span aria-hidden="true">Δ </span>
            <span className="visually-hidden">{t('changeVsPrevious')} </span>
            {formatChange(point.change.delta, point.change.approximate, lang)}
          </span>
        ) : null}
      </>
    );
  }
  if (point.status === 'hidden') return <span className="muted">{t('review.hidden')}</span>;
  if (point.status === 'not_loaded') return <span className="muted">{t('loading')}</span>;
  if (point.status === 'not_reported') return <span className="not-reported-cell">{t('notReported')}</span>;
  return (
    <span className="muted" title={t('noReportThatYear')}>
      —<span className="visually-hidden">{t('noReportThatYear')}</span>
    </span>
  );
}

/** One indicator over the years for picked jurisdictions; missing years stay gaps. */
export function TrendView({ dataset }: { dataset: Dataset }) {
  const { lang, t } = useTranslate();
  const indicatorId = useUi((s) => s.indicator);
  const jurisdictions = useUi((s) => s.jurisdictions);
  const selectIndicator = useUi((s) => s.selectIndicator);
  const openSource = useUi((s) => s.openSource);
  const storedSort = useUi((s) => s.sort);
  const setSort = useUi((s) => s.setSort);
  const [query, setQuery] = useState('');
  const pinyin = usePinyin(query.trim() !== '' || lang === 'en');

  // The indicator drawn (see resolveIndicator): while the next file loads, nothing is derived again.
  const shownIndicator = resolveIndicator(dataset, indicatorId)?.id ?? null;
  const state = useMemo(() => deriveTrendState(dataset, { indicator: shownIndicator, jurisdictions }), [dataset, shownIndicator, jurisdictions]);
  const option = useMemo(() => (state ? buildTrendOption(state, { lang }) : null), [state, lang]);
  const onItemClick = useCallback(
    ({ seriesIndex, dataIndex }: ChartItemClick) => {
      const source = state ? drawnSeries(state)[seriesIndex]?.points[dataIndex]?.source : undefined;
      if (source) openSource(source);
    },
    [state, openSource],
  );
  if (!state || !option) return null;
  const sort: SortState = storedSort?.key === 'name' ? storedSort : { key: 'name', descending: false };
  const rows = sort.descending ? [...state.series].sort((a, b) => compareNames(b.name, a.name)) : state.series;
  const indicatorName = state.indicator.label[lang];
  const drawn = drawnSeries(state);
  const names = state.series.map((series) => series.name).join(lang === 'zh' ? '、' : ', ');
  const onScreen = state.series.flatMap((series) =>
    series.points.flatMap((point) => (point.report && point.value ? [{ report: point.report, indicatorId: state.indicator.id }] : [])),
  );
  const firstYear = state.years[0];
  const lastYear = state.years.at(-1);
  const span = firstYear === undefined ? '' : firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
  const caption = `${t('trendCaption', { indicator: indicatorName })} (${formatUnit(state.indicator.unit, lang)})`;

  return (
    <section className="view view-trend" aria-labelledby="trend-heading">
      <div className="controls">
        <IndicatorPicker dataset={dataset} indicator={state.indicator} onChange={selectIndicator} />
      </div>
      <div className="trend-layout">
        <JurisdictionPicker state={state} pinyin={pinyin} query={query} onQuery={setQuery} />
        <div className="trend-main">
          <h2 id="trend-heading">{indicatorName}</h2>
          <OutputsBar
            dataset={dataset}
            values={onScreen}
            description={`${t('view.trend')} · ${indicatorName} · ${names}`}
            fileBase={downloadName(['trend', state.indicator.id, span, state.series.length <= 3 ? state.series.map((s) => s.name).join('-') : `${state.series.length}places`])}
            chart={
              drawn.length > 0
                ? {
                    option,
                    title: indicatorName,
                    subtitle: chartSubtitle(t, state.indicator.unit, lang, span),
                  }
                : null
            }
          />
          {drawn.length > 0 ? (
            <>
              <ul className="chart-legend" aria-label={t('trend.legend')} data-testid="trend-legend">
                {drawn.map((series) => (
                  <li key={series.jurisdiction.id}>
                    <span className="swatch swatch-line" style={{ background: series.color }} aria-hidden="true" /> {trendSeriesName(series, lang)}
                    {series.valueCount === 1 ? <span className="muted small"> ({t('trend.single')})</span> : null}
                  </li>
                ))}
                <li>
                  <span aria-hidden="true">○</span> {t('derivedLong')}
                </li>
              </ul>
              <EChart option={option} height={TREND_HEIGHT} onItemClick={onItemClick} testId="trend-chart" />
              <p className="muted small trend-per-year" data-testid="trend-per-year">
                {t('trend.perYear')}{' '}
                {state.perYear
                  .map((count) => t('trend.perYearItem', { year: count.year, values: formatNumber(count.values, lang), reports: formatNumber(count.reports, lang) }))
                  .join(lang === 'zh' ? ';' : '; ')}
              </p>
            </>
          ) : (
            <p>{t('trendNoData')}</p>
          )}
          {state.series.length > 0 ? (
            <>
              <p className="table-title" aria-hidden="true">
                {caption}
              </p>
              <div className="table-scroll" tabIndex={0} role="region" aria-label={t('chartTable')}>
                <table className="data-table" data-testid="trend-table">
                  <caption className="visually-hidden">{caption}</caption>
                  <thead>
                    <tr>
                      <SortableHeader column="name" label={t('jurisdiction')} sort={sort} onSort={(next) => setSort(next.descending ? next : null)} />
                      {state.years.map((year) => (
                        <th key={year} scope="col" className="num">
                          {year}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((series) => (
                      <tr key={series.jurisdiction.id}>
                        <th scope="row">
                          <span className="swatch swatch-line" style={{ background: series.color }} aria-hidden="true" /> <PlaceName name={series.name} pinyin={pinyin} />
                        </th>
                        {series.points.map((point) => (
                          <td key={point.year} className="num">
                            <PointCell series={series} point={point} indicatorName={indicatorName} />
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

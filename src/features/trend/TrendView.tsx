import { useCallback, useEffect, useId, useMemo, useRef } from 'react';

import { compareNames, type Dataset, resolveIndicator } from '../../data/dataset';
import { useUi } from '../../state/ui-store';
import { type SortState, TREND_MEDIANS, type TrendMedian } from '../../state/url-state';
import { type ChartItemClick, EChart } from '../../ui/charts/EChart';
import { IndicatorPicker } from '../../ui/controls/IndicatorPicker';
import { Pager } from '../../ui/controls/Pager';
import { type PageWindow, pageWindow } from '../../ui/controls/paging';
import { SortableHeader } from '../../ui/controls/SortableHeader';
import { usePages } from '../../ui/controls/use-pages';
import { formatChange, formatNumber, formatUnit } from '../../ui/i18n/format';
import { registerMessages } from '../../ui/i18n/i18n';
import { trendMessages } from '../../ui/i18n/messages/trend';
import { chartPlaceName, usePinyin } from '../../ui/i18n/pinyin';
import { useTranslate } from '../../ui/i18n/use-translate';
import { OutputsBar } from '../../ui/outputs/OutputsBar';
import { chartSubtitle, downloadName } from '../../ui/outputs/view-summary';
import { PlaceChooser } from '../../ui/places/PlaceChooser';
import { PlaceName } from '../../ui/places/PlaceName';
import { KindBadges, LocalBadge, QualifiedValue, VariantBadge } from '../../ui/values/badges';
import { IndicatorLink } from '../../ui/values/IndicatorLink';
import { SourceButton } from '../../ui/values/SourceButton';
import { buildTrendOption, MEDIAN_COLOR, TREND_HEIGHT, type TrendMedianDrawn, trendSeriesName } from './build-trend-option';
import { TREND_PAGE_SIZE, type TrendPlaces, trendPlaces } from './trend-places';
import { deriveTrendState, drawnSeries, trendMedianLine, type TrendMedianResult, type TrendSeries } from './trend-state';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(trendMessages);

/** The chart's options (URL keys `zero` and `median`): the value axis from 0, and a median line of the places' peers. */
function TrendChartOptions({ median }: { median: TrendMedianResult | null }) {
  const { t } = useTranslate();
  const zero = useUi((s) => s.trendZero);
  const setZero = useUi((s) => s.setTrendZero);
  const scope = useUi((s) => s.trendMedian);
  const setScope = useUi((s) => s.setTrendMedian);
  const medianId = useId();
  const choices: readonly (TrendMedian | null)[] = [null, ...TREND_MEDIANS];
  return (
    <div className="trend-options" role="group" aria-label={t('trend.options')} data-testid="trend-options">
      <label>
        <input type="checkbox" checked={zero} onChange={(event) => setZero(event.currentTarget.checked)} /> {t('trend.zero')}
      </label>
      <label htmlFor={medianId}>{t('trend.median')}</label>{' '}
      <select
        id={medianId}
        value={scope ?? ''}
        onChange={(event) =>
          setScope(
            (TREND_MEDIANS as readonly string[]).includes(event.currentTarget.value) ? (event.currentTarget.value as TrendMedian) : null,
          )
        }
      >
        {choices.map((choice) => (
          <option key={choice ?? 'none'} value={choice ?? ''}>
            {t(`trend.median.${choice ?? 'none'}`)}
          </option>
        ))}
      </select>
      {median && median.line === null ? (
        <p className="muted small" role="status" data-testid="trend-median-missing">
          {t(median.reason === 'mixed_provinces' ? 'trend.medianMixed' : 'trend.medianNoLevel')}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The places of the trend: the place picker (chosen places = URL key `j`) and, when none is
 * chosen, what is shown instead — every place that reported the indicator, a page at a time —
 * said in words, so that nothing looks ticked that the user did not tick.
 */
function TrendPlaceChoice({
  dataset,
  places,
  colors,
  pending,
  onPage,
}: {
  dataset: Dataset;
  places: TrendPlaces & { window: PageWindow };
  colors: ReadonlyMap<string, string>;
  pending: number;
  onPage: (page: number) => void;
}) {
  const { lang, t } = useTranslate();
  const jurisdictions = useUi((s) => s.jurisdictions);
  const setJurisdictions = useUi((s) => s.setJurisdictions);
  const province = useUi((s) => s.province);
  const city = useUi((s) => s.city);
  const scope = lang === 'zh' ? [province, city].filter(Boolean).join('') : city || province ? ` in ${city ?? province}` : '';
  return (
    <div className="trend-places">
      <PlaceChooser
        dataset={dataset}
        selected={jurisdictions}
        onChange={setJurisdictions}
        label={t('trendPick')}
        colorOf={(id) => colors.get(id)}
      />
      {pending > 0 ? (
        <p className="muted small" role="status">
          {t('trend.chosenLoading', { n: pending })}
        </p>
      ) : null}
      {places.source === 'reporting' ? (
        <>
          <p className="muted small" data-testid="trend-places-note">
            {places.ids.length > 0
              ? t('trend.allReporting', { n: places.ids.length, scope, size: TREND_PAGE_SIZE })
              : t('trend.noneReporting', { scope })}
          </p>
          {places.ids.length > TREND_PAGE_SIZE ? (
            <Pager window={places.window} onPage={onPage} label={t('trend.pagerLabel')} testId="trend-pager" />
          ) : null}
        </>
      ) : null}
    </div>
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
  const province = useUi((s) => s.province);
  const city = useUi((s) => s.city);
  // Pinyin only to write names in the English interface; the place picker searches its own index.
  const pinyin = usePinyin(lang === 'en');

  // The indicator drawn (see resolveIndicator): while the next file loads, nothing is derived again.
  const shownIndicator = resolveIndicator(dataset, indicatorId)?.id ?? null;
  const places = useMemo(
    () => (shownIndicator === null ? null : trendPlaces(dataset, { jurisdictions, province, city }, shownIndicator)),
    [dataset, shownIndicator, jurisdictions, province, city],
  );
  const pages = usePages(`${shownIndicator}|${province}|${city}`);
  const placeWindow = pageWindow(places?.ids.length ?? 0, pages.page('places'), TREND_PAGE_SIZE);
  // Chosen places whose reports have not arrived (a part of a sharded folder on its way) are drawn once they do.
  const known = useMemo(() => {
    const ids = places === null ? [] : places.source === 'chosen' ? places.ids : places.ids.slice(placeWindow.start, placeWindow.end);
    return ids.filter((id) => dataset.jurisdictionById.has(id));
  }, [places, placeWindow.start, placeWindow.end, dataset]);
  const state = useMemo(
    () => deriveTrendState(dataset, { indicator: shownIndicator, jurisdictions: known }),
    [dataset, shownIndicator, known],
  );
  const startAtZero = useUi((s) => s.trendZero);
  const medianScope = useUi((s) => s.trendMedian);
  const median = useMemo(
    () => (state && medianScope && state.series.length > 0 ? trendMedianLine(dataset, state, medianScope, province) : null),
    [dataset, state, medianScope, province],
  );
  const placeName = useCallback((name: string) => chartPlaceName(name, lang, pinyin), [lang, pinyin]);
  const medianDrawn = useMemo((): TrendMedianDrawn | null => {
    if (!median?.line) return null;
    const level = t(`level.${median.line.level}`);
    const name =
      median.line.scope === 'province'
        ? t('trend.medianName.province', { level, province: median.line.province ?? '' })
        : t('trend.medianName.peers', { level });
    return { line: median.line, name };
  }, [median, t]);
  const colors = useMemo(() => new Map((state?.series ?? []).map((series) => [series.jurisdiction.id, series.color])), [state]);
  const option = useMemo(
    () => (state ? buildTrendOption(state, { lang, startAtZero, median: medianDrawn, placeName }) : null),
    [state, lang, startAtZero, medianDrawn, placeName],
  );
  // On a phone the table scrolls sideways: it opens at its newest year, the first column stays put.
  const tableScroll = useRef<HTMLDivElement>(null);
  const yearCount = state?.years.length ?? 0;
  const rowCount = state?.series.length ?? 0;
  useEffect(() => {
    const element = tableScroll.current;
    if (element) element.scrollLeft = element.scrollWidth;
  }, [yearCount, rowCount]);
  const onItemClick = useCallback(
    ({ seriesIndex, dataIndex }: ChartItemClick) => {
      const source = state ? drawnSeries(state)[seriesIndex]?.points[dataIndex]?.source : undefined;
      if (source) openSource(source);
    },
    [state, openSource],
  );
  if (!state || !option || !places) return null;
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
        <TrendPlaceChoice
          dataset={dataset}
          places={{ ...places, window: placeWindow }}
          colors={colors}
          pending={places.source === 'chosen' ? places.ids.length - known.length : 0}
          onPage={(page) => pages.setPage('places', page)}
        />
        <div className="trend-main">
          <h2 id="trend-heading">
            <IndicatorLink indicatorId={state.indicator.id}>{indicatorName}</IndicatorLink>
          </h2>
          {drawn.length > 0 ? <TrendChartOptions median={median} /> : null}
          <OutputsBar
            dataset={dataset}
            values={onScreen}
            description={`${t('view.trend')} · ${indicatorName} · ${names}`}
            fileBase={downloadName([
              'trend',
              state.indicator.id,
              span,
              state.series.length <= 3 ? state.series.map((s) => s.name).join('-') : `${state.series.length}places`,
            ])}
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
                    <span className="swatch swatch-line" style={{ background: series.color }} aria-hidden="true" />{' '}
                    {trendSeriesName(series, lang, placeName)}
                    {series.valueCount === 1 ? <span className="muted small"> ({t('trend.single')})</span> : null}
                  </li>
                ))}
                {medianDrawn ? (
                  <li data-testid="trend-legend-median">
                    <span className="swatch swatch-line swatch-dashed" style={{ borderColor: MEDIAN_COLOR }} aria-hidden="true" />{' '}
                    {medianDrawn.name}
                  </li>
                ) : null}
                <li>
                  <span aria-hidden="true">○</span> {t('derivedLong')}
                </li>
              </ul>
              <EChart option={option} height={TREND_HEIGHT} onItemClick={onItemClick} testId="trend-chart" />
              {medianDrawn ? <p className="muted small">{t('trend.medianNote')}</p> : null}
              <p className="muted small trend-per-year" data-testid="trend-per-year">
                {t('trend.perYear')}{' '}
                {state.perYear
                  .map((count) =>
                    t('trend.perYearItem', {
                      year: count.year,
                      values: formatNumber(count.values, lang),
                      reports: formatNumber(count.reports, lang),
                    }),
                  )
                  .join(lang === 'zh' ? ';' : '; ')}
              </p>
            </>
          ) : state.series.length > 0 ? (
            <p>{t('trendNoData')}</p>
          ) : null}
          {state.series.length > 0 ? (
            <>
              <p className="table-title" aria-hidden="true">
                {caption}
              </p>
              <div ref={tableScroll} className="table-scroll" tabIndex={0} role="region" aria-label={t('chartTable')}>
                <table className="data-table trend-table" data-testid="trend-table">
                  <caption className="visually-hidden">{caption}</caption>
                  <thead>
                    <tr>
                      <SortableHeader
                        column="name"
                        label={t('jurisdiction')}
                        sort={sort}
                        onSort={(next) => setSort(next.descending ? next : null)}
                      />
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
                          <span className="swatch swatch-line" style={{ background: series.color }} aria-hidden="true" />{' '}
                          <PlaceName
                            name={series.name}
                            pinyin={pinyin}
                            profileOf={series.points.findLast((point) => point.report)?.report?.id ?? null}
                          />
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

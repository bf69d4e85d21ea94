import { memo, useCallback, useDeferredValue, useMemo } from 'react';

import { type Dataset, resolveIndicator } from '../../data/dataset';
import { usePopulation } from '../../data/get-side-files';
import { allowsPerCapita, populationLookup } from '../../data/population';
import { absenceOf } from '../../data/value-status';
import { useFilters, useUi } from '../../state/ui-store';
import { FilterBar } from '../../ui/controls/FilterBar';
import { IndicatorPicker } from '../../ui/controls/IndicatorPicker';
import { pageWindow } from '../../ui/controls/paging';
import { usePages } from '../../ui/controls/use-pages';
import { chartPlaceName, usePinyin } from '../../ui/i18n/pinyin';
import { useTranslate } from '../../ui/i18n/use-translate';
import { OutputsBar } from '../../ui/outputs/OutputsBar';
import { chartSubtitle, downloadName, filterNameParts, filterSummary, yearText } from '../../ui/outputs/view-summary';
import { NARROW_SCREEN, useMediaQuery } from '../../ui/page/use-layout';
import { IndicatorLink } from '../../ui/values/IndicatorLink';
import { absentNote, buildCompareOption } from './build-compare-option';
import { CHART_BARS, chartLines, type CompareState, deriveCompareState } from './compare-state';
import { CompareChart } from './CompareChart';
import { CompareHighlight } from './CompareHighlight';
import { NotComparableList, NotReportedList } from './CompareLists';
import { CompareNotes, type PopulationStatus } from './CompareNotes';
import { CompareTable } from './CompareTable';

/** The default view: one indicator across jurisdictions of one year, like with like, each bar one click from its source. */
export function CompareView({ dataset }: { dataset: Dataset }) {
  const { lang, t } = useTranslate();
  const indicatorId = useUi((state) => state.indicator);
  const selectIndicator = useUi((state) => state.selectIndicator);
  const filters = useFilters();

  // The indicator drawn (the one asked for once its values are loaded, see resolveIndicator): while
  // the next file loads, nothing is derived or drawn again.
  const shownIndicator = resolveIndicator(dataset, indicatorId);
  const perCapitaAvailable = shownIndicator !== null && allowsPerCapita(shownIndicator);
  const wantsPopulation = filters.perCapita && perCapitaAvailable;
  const population = usePopulation(wantsPopulation);
  const lookup = useMemo(() => (population.data ? populationLookup(population.data) : null), [population.data]);
  const { year, province, city, level, body, perCapita } = filters;
  const state = useMemo(
    () =>
      deriveCompareState(
        dataset,
        { indicator: shownIndicator?.id ?? null, year, province, city, level, body, perCapita },
        { population: lookup },
      ),
    [dataset, shownIndicator, year, province, city, level, body, perCapita, lookup],
  );
  const pagingKey = `${state?.indicator.id}|${year}|${province}|${city}|${level}|${body}|${state?.perCapita}`;
  const pages = usePages(pagingKey);
  const chartWindow = pageWindow(state?.reported.length ?? 0, pages.page('chart'), CHART_BARS);
  const { start, end } = chartWindow;
  const lines = useMemo(() => (state ? chartLines(state, start, end) : []), [state, start, end]);
  const narrow = useMediaQuery(NARROW_SCREEN);
  const chosen = useUi((ui) => ui.jurisdictions);
  const highlight = useMemo(() => new Set(chosen), [chosen]);
  // In English a place's name has its pinyin beside it (loaded on demand: the name alone until then).
  const pinyin = usePinyin(lang === 'en');
  const placeName = useCallback((name: string) => chartPlaceName(name, lang, pinyin), [lang, pinyin]);
  const option = useMemo(
    () => (state ? buildCompareOption(state, { lang, slice: { start, end }, narrow, highlight, placeName }) : null),
    [state, lang, start, end, narrow, highlight, placeName],
  );
  const note = useMemo(() => (state ? absentNote(state, lang, placeName) : undefined), [state, lang, placeName]);
  // The table and the lists below the chart (a hundred rows, the places without a number) follow
  // the chart by a render: on the first load the chart is drawn, and painted, before them; on a
  // change they are redrawn after it, in a render React can interrupt.
  // Everything the part below reads goes through the deferred value, and that part is memoised:
  // the urgent render then skips it, instead of rendering its hundred rows again with the old state.
  const belowNow = useMemo(
    () => (state ? { dataset, state, pagingKey, highlight, province } : null),
    [dataset, state, pagingKey, highlight, province],
  );
  const below = useDeferredValue(belowNow, null);
  if (!state || !option) return null;

  const populationStatus: PopulationStatus = !wantsPopulation
    ? { kind: 'off' }
    : population.data
      ? { kind: 'ready', file: population.data }
      : population.isPending
        ? { kind: 'loading' }
        : { kind: 'none' };
  const indicatorName = state.indicator.label[lang];
  const summaryFilters = { year: state.year, level, province, city, body };
  const filterText = `${filterSummary(t, summaryFilters)}${state.perCapita ? ` · ${t('perCapita.unit')}` : ''}`;
  const title = state.mixedYears ? t('compare.mixedTitle', { indicator: indicatorName }) : indicatorName;
  // Every place of the view is a row of its download: the values (those without a population
  // figure too: the CSV holds the values as reported), and the places without one, saying why.
  const onScreen = [...state.reported, ...state.noPopulation].flatMap((row) =>
    row.report ? [{ report: row.report, indicatorId: state.indicator.id }] : [],
  );
  const absent = state.notReported.flatMap((row) => {
    const status = absenceOf(row.status);
    return status
      ? [{ place: row.jurisdiction, year: row.year ?? state.year.year, report: row.report, indicatorId: state.indicator.id, status }]
      : [];
  });
  const subtitleBase = chartSubtitle(t, state.perCapita ? t('perCapita.unit') : state.indicator.unit, lang, filterText);
  const showing = (from: number, to: number) =>
    from === 0 && to === state.reported.length
      ? chartWindow.pages > 1
        ? ` · ${t('compare.allBars', { total: state.reported.length })}`
        : ''
      : ` · ${t('pagerShowing', { from: from + 1, to, total: state.reported.length })}`;

  return (
    <section className="view view-compare" aria-labelledby="compare-heading">
      <div className="controls">
        <IndicatorPicker dataset={dataset} indicator={state.indicator} onChange={selectIndicator} />
        <FilterBar dataset={dataset} perCapita={{ available: perCapitaAvailable }} />
      </div>
      <h2 id="compare-heading">
        <IndicatorLink indicatorId={state.indicator.id}>{indicatorName}</IndicatorLink>{' '}
        <span className={state.mixedYears ? 'heading-year heading-year-mixed' : 'heading-year muted'}>
          · {yearText(t, state.year)}
          {state.perCapita ? ` · ${t('perCapita.unit')}` : ''}
        </span>
      </h2>
      <CompareNotes dataset={dataset} state={state} population={populationStatus} />
      <CompareHighlight dataset={dataset} state={state} />
      <OutputsBar
        dataset={dataset}
        values={onScreen}
        absent={absent}
        description={`${t('view.compare')} · ${indicatorName} · ${filterText}`}
        fileBase={downloadName(['compare', state.indicator.id, ...filterNameParts({ ...summaryFilters, perCapita: state.perCapita })])}
        chart={
          state.reported.length > 0
            ? {
                option,
                title,
                // An image of one page of bars says which page it is, so that it is never taken for all places.
                subtitle: `${subtitleBase}${showing(start, end)}`,
                rowCount: lines.length,
                exportOption: (layout) => buildCompareOption(state, { lang, slice: { start, end }, layout, highlight, placeName }),
                ...(note ? { note } : {}),
                bars: {
                  total: state.reported.length,
                  pageStart: start,
                  pageEnd: end,
                  slice: (from, to) => ({
                    rowCount: chartLines(state, from, to).length,
                    subtitle: `${subtitleBase}${showing(from, to)}`,
                    exportOption: (layout) =>
                      buildCompareOption(state, { lang, slice: { start: from, end: to }, layout, highlight, placeName }),
                  }),
                },
              }
            : null
        }
      />
      {state.reported.length > 0 ? (
        <CompareChart option={option} lines={lines} window={chartWindow} onPage={(page) => pages.setPage('chart', page)} />
      ) : null}
      {state.reported.length + state.notReported.length + state.noPopulation.length === 0 ? <p>{t('compareEmpty')}</p> : null}
      {below ? <BelowChart {...below} /> : null}
    </section>
  );
}

/** What follows the chart: the places without a number, those filtered out or not comparable, and the table. */
const BelowChart = memo(function BelowChart({
  dataset,
  state,
  pagingKey,
  highlight,
  province,
}: {
  dataset: Dataset;
  state: CompareState;
  /** Which list of places this is: a new one opens on its first page. */
  pagingKey: string;
  highlight: ReadonlySet<string>;
  province: string | null;
}) {
  const { t } = useTranslate();
  return (
    <>
      <NotReportedList state={state} listKey={pagingKey} />
      {state.filteredOut > 0 ? <p className="muted">{t('filteredOut', { n: state.filteredOut })}</p> : null}
      <NotComparableList dataset={dataset} reports={state.notComparable} />
      {state.reported.length + state.notReported.length + state.noPopulation.length > 0 ? (
        <>
          <CompareTable dataset={dataset} state={state} listKey={pagingKey} highlight={highlight} />
          <p className="muted small peer-note">{t('peerNote', { province: province !== null ? t('peerNoteProvince') : '' })}</p>
        </>
      ) : null}
    </>
  );
});

import { useId, useMemo, useRef } from 'react';

import type { Dataset } from '../../data/dataset';
import { useFilters, useUi } from '../../state/ui-store';
import { FilterBar } from '../../ui/controls/FilterBar';
import { Pager } from '../../ui/controls/Pager';
import { pageWindow } from '../../ui/controls/paging';
import { usePages } from '../../ui/controls/use-pages';
import { formatUnit, formatYear } from '../../ui/i18n/format';
import { registerMessages } from '../../ui/i18n/i18n';
import { coverageMessages } from '../../ui/i18n/messages/coverage';
import { useTranslate } from '../../ui/i18n/use-translate';
import { OutputsBar } from '../../ui/outputs/OutputsBar';
import { chartSourceLine } from '../../ui/outputs/source-line';
import { downloadName, filterNameParts, filterSummary, yearText } from '../../ui/outputs/view-summary';
import { NARROW_SCREEN, useElementWidth, useMediaQuery } from '../../ui/page/use-layout';
import { QualifiedValue, ReportBadges, VariantBadge } from '../../ui/values/badges';
import { DefinitionTip } from '../../ui/values/DefinitionTip';
import { SourceButton } from '../../ui/values/SourceButton';
import { buildCoverageSvg, type CoverageOrientation } from './build-coverage-svg';
import {
  COVERAGE_PAGE_MAX,
  type CoverageCell,
  type CoverageColumn,
  type CoverageRow,
  type CoverageState,
  coverageValueRefs,
  deriveCoverageState,
  placesThatFit,
  shadeColor,
} from './coverage-state';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(coverageMessages);

function Cell({ cell, column, row }: { cell: CoverageCell; column: CoverageColumn; row: CoverageRow }) {
  const { lang, t } = useTranslate();
  return (
    <td
      className={`num coverage-cell coverage-${cell.status}`}
      style={cell.shade === null ? undefined : { background: shadeColor(cell.shade) }}
    >
      {cell.value && cell.source ? (
        <>
          <SourceButton
            source={cell.source}
            className="cell-button"
            label={t('openSourceOf', { name: column.name, year: formatYear(column.year, lang), indicator: row.indicator.label[lang] })}
          >
            <QualifiedValue value={cell.value} />
          </SourceButton>
          <VariantBadge variant={cell.value.variant} />
        </>
      ) : cell.status === 'hidden' ? (
        t('review.hidden')
      ) : cell.status === 'not_loaded' ? (
        t('loading')
      ) : cell.status === 'not_reported' ? (
        t('notReported')
      ) : (
        <span title={t('noReportThatYear')}>
          —<span className="visually-hidden">{t('noReportThatYear')}</span>
        </span>
      )}
    </td>
  );
}

function PlaceHead({ column, scope }: { column: CoverageColumn; scope: 'col' | 'row' }) {
  const { lang, t } = useTranslate();
  return (
    <th scope={scope} className="coverage-jurisdiction">
      {column.name}
      <span className="muted coverage-year">{column.report ? formatYear(column.year, lang) : t('noReportThatYear')}</span>
      <ReportBadges report={column.report} />
    </th>
  );
}

function IndicatorHead({ row, scope }: { row: CoverageRow; scope: 'col' | 'row' }) {
  const { lang, t } = useTranslate();
  return (
    <th scope={scope} className="coverage-indicator">
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
  );
}

/** Wide screens: indicators (by theme) as rows, the places that fit as columns. */
/** How many of the reports shown state this indicator ("3/5"), in either grid's margin. */
function IndicatorCount({ row, state }: { row: CoverageRow; state: CoverageState }) {
  return (
    <td className="num coverage-count">
      {row.reportedCount}/{state.reportCount}
    </td>
  );
}

/** How many of the indicators shown this place's report states ("4/6"), in either grid's margin. */
function PlaceCount({ column, state }: { column: CoverageColumn; state: CoverageState }) {
  return (
    <td className="num coverage-count">
      {column.reportedCount}/{state.indicatorCount}
    </td>
  );
}

function IndicatorRowsGrid({ state, captionId }: { state: CoverageState; captionId: string }) {
  const { lang, t } = useTranslate();
  const columnCount = state.shownColumns.length + 2;
  return (
    <table className="data-table coverage-table" data-testid="coverage-table" aria-labelledby={captionId}>
      <thead>
        <tr>
          <th scope="col" className="coverage-corner">
            {t('indicator')}
          </th>
          {state.shownColumns.map((column) => (
            <PlaceHead key={column.jurisdiction.id} column={column} scope="col" />
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
              <IndicatorHead row={row} scope="row" />
              {row.cells.map((cell, i) => (
                <Cell key={cell.jurisdictionId} cell={cell} column={state.shownColumns[i] as CoverageColumn} row={row} />
              ))}
              <IndicatorCount row={row} state={state} />
            </tr>
          ))}
        </tbody>
      ))}
      <tfoot>
        <tr>
          <th scope="row">{t('coverageByJurisdiction')}</th>
          {state.shownColumns.map((column) => (
            <PlaceCount key={column.jurisdiction.id} column={column} state={state} />
          ))}
          <td />
        </tr>
      </tfoot>
    </table>
  );
}

/** Phones: places as rows, the indicators of one group as columns. */
function PlaceRowsGrid({ state, captionId }: { state: CoverageState; captionId: string }) {
  const { t } = useTranslate();
  const rows = state.groups.flatMap((group) => group.rows);
  return (
    <table className="data-table coverage-table coverage-transposed" data-testid="coverage-table" aria-labelledby={captionId}>
      <thead>
        <tr>
          <th scope="col" className="coverage-corner">
            {t('jurisdiction')}
          </th>
          {rows.map((row) => (
            <IndicatorHead key={row.indicator.id} row={row} scope="col" />
          ))}
          <th scope="col" className="num coverage-count-head">
            {t('coverageByJurisdiction')}
          </th>
        </tr>
      </thead>
      <tbody>
        {state.shownColumns.map((column, i) => (
          <tr key={column.jurisdiction.id}>
            <PlaceHead column={column} scope="row" />
            {rows.map((row) => (
              <Cell key={row.indicator.id} cell={row.cells[i] as CoverageCell} column={column} row={row} />
            ))}
            <PlaceCount column={column} state={state} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('coverageByIndicator')}</th>
          {rows.map((row) => (
            <IndicatorCount key={row.indicator.id} row={row} state={state} />
          ))}
          <td />
        </tr>
      </tfoot>
    </table>
  );
}

/**
 * Indicators × jurisdictions for a year, the whole grid on the page: its header row and first
 * column stay in view while the page scrolls; on a phone it is transposed and shows one indicator
 * group at a time. The grid is itself a `<table>` (its own table alternative); each value is a
 * button to its source, each gap says 未报告. It can be sorted by count and saved as an image.
 */
export function CoverageView({ dataset }: { dataset: Dataset }) {
  const { lang, t } = useTranslate();
  const filters = useFilters();
  const sort = useUi((s) => s.sort);
  const setSort = useUi((s) => s.setSort);
  const pickedGroup = useUi((s) => s.group);
  const setGroup = useUi((s) => s.setGroup);
  const narrow = useMediaQuery(NARROW_SCREEN);
  const host = useRef<HTMLElement>(null);
  const width = useElementWidth(host);
  const groupId = useId();
  const sortName = useId();
  const captionId = useId();
  const orientation: CoverageOrientation = narrow ? 'places' : 'indicators';
  // A phone shows one group at a time: the first until another is picked.
  const firstTheme = dataset.indicators[0]?.theme ?? null;
  const group = narrow ? (pickedGroup ?? firstTheme) : pickedGroup;
  const pageSize = narrow ? COVERAGE_PAGE_MAX : placesThatFit(width || 1240);
  const { year, province, city, level, body } = filters;
  const pagingKey = `${year}|${province}|${city}|${level}|${body}|${group}|${sort?.key}|${sort?.descending}|${pageSize}`;
  const pages = usePages(pagingKey);
  const page = pages.page('places');
  const state = useMemo(
    () =>
      deriveCoverageState(
        dataset,
        { year, province, city, level, body, group, sort },
        { start: page * pageSize, end: (page + 1) * pageSize },
      ),
    [dataset, year, province, city, level, body, group, sort, page, pageSize],
  );
  const columnWindow = pageWindow(state.columns.length, page, pageSize);
  const summaryFilters = { year: state.year, level, province, city, body };
  const caption = t('coverageCaption', { year: yearText(t, state.year) });
  // What the grid shows, in its order: indicator by indicator, jurisdictions left to right (every
  // page of jurisdictions: the download is of the view, not of the page on screen).
  const onScreen = useMemo(() => coverageValueRefs(dataset, state), [dataset, state]);
  const fileBase = downloadName(['coverage', ...filterNameParts(summaryFilters), group]);
  const description = `${t('view.coverage')} · ${filterSummary(t, summaryFilters)}`;

  return (
    <section className="view view-coverage" aria-labelledby="coverage-heading" ref={host}>
      <div className="controls">
        <FilterBar dataset={dataset} />
        <div className="filter-bar coverage-controls">
          <div className="field">
            <label htmlFor={groupId}>{t('coverage.group')}</label>
            <select id={groupId} value={group ?? ''} onChange={(event) => setGroup(event.target.value === '' ? null : event.target.value)}>
              {narrow ? null : <option value="">{t('coverage.allGroups')}</option>}
              {state.allGroups.map((option) => (
                <option key={option.theme} value={option.theme}>
                  {option.themeLabel[lang]}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="segmented">
            <legend>{t('coverage.sort')}</legend>
            {(['name', 'count'] as const).map((option) => (
              <label key={option} className={(option === 'count') === state.byCount ? 'segment segment-on' : 'segment'}>
                <input
                  type="radio"
                  name={sortName}
                  value={option}
                  checked={(option === 'count') === state.byCount}
                  onChange={() => setSort(option === 'count' ? { key: 'count', descending: true } : null)}
                />
                {t(`coverage.sort.${option}`)}
              </label>
            ))}
          </fieldset>
        </div>
      </div>
      <h2 id="coverage-heading">
        {t('view.coverage')} <span className="muted">· {yearText(t, state.year)}</span>
      </h2>
      <OutputsBar
        dataset={dataset}
        values={onScreen}
        description={description}
        fileBase={fileBase}
        picture={
          state.shownColumns.length > 0
            ? {
                svg: () =>
                  buildCoverageSvg(state, orientation, lang, {
                    title: `${t('view.coverage')} · ${yearText(t, state.year)}`,
                    subtitle: `${filterSummary(t, summaryFilters)} · ${t('pagerShowing', { from: state.shown.start + 1, to: state.shown.end, total: state.columns.length })}`,
                    source: chartSourceLine(t, dataset),
                  }),
              }
            : null
        }
      />
      {state.filteredOut > 0 ? <p className="muted">{t('filteredOut', { n: state.filteredOut })}</p> : null}
      {state.notComparable > 0 ? (
        <p className="muted" data-testid="coverage-not-comparable">
          {t('notComparableNote', { n: state.notComparable })}
        </p>
      ) : null}
      {narrow ? <p className="muted small">{t('coverage.phoneNote')}</p> : null}
      {state.columns.length === 0 ? (
        <p>{t('compareEmpty')}</p>
      ) : (
        <>
          <p className="table-title" id={captionId}>
            {caption}
          </p>
          {columnWindow.pages > 1 ? (
            <Pager
              window={columnWindow}
              onPage={(next) => pages.setPage('places', next)}
              label={t('coveragePagerLabel')}
              testId="coverage-pager"
            />
          ) : null}
          <div className="coverage-grid">
            {narrow ? <PlaceRowsGrid state={state} captionId={captionId} /> : <IndicatorRowsGrid state={state} captionId={captionId} />}
          </div>
        </>
      )}
    </section>
  );
}

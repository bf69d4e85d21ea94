import { useId, useMemo, useState } from 'react';

import { type Dataset, jurisdictionNameRank } from '../../data/dataset';
import { useUi } from '../../state/ui-store';
import { Pager } from '../../ui/controls/Pager';
import { pageWindow } from '../../ui/controls/paging';
import { SortableHeader } from '../../ui/controls/SortableHeader';
import { formatNumber, formatUnit, formatYear } from '../../ui/i18n/format';
import { placeMatches, usePinyin } from '../../ui/i18n/pinyin';
import { useTranslate } from '../../ui/i18n/use-translate';
import { DeferredLinkBase } from '../../ui/page/StateLink';
import { PlaceName, PROFILE_LINKS } from '../../ui/places/PlaceName';
import { PlaceSearch } from '../../ui/places/PlaceSearch';
import { QualifiedValue, ReportBadges, ValueWarnings, VariantBadge } from '../../ui/values/badges';
import { SourceButton } from '../../ui/values/SourceButton';
import { groupTitle, HIGHLIGHT_MARK } from './build-compare-option';
import { type CompareRow, type CompareState, DEFAULT_SORT, TABLE_ROWS, tableRows } from './compare-state';

/** A caption and header row, and a row, as tall as they are drawn at 1280 px (a phone's rows wrap to about as much). */
const TABLE_HEAD_PX = 80;
const TABLE_ROW_PX = 46;

function ValueCell({ row, state }: { row: CompareRow; state: CompareState }) {
  const { lang, t } = useTranslate();
  if (!row.value) return <span className="not-reported-cell">{row.report ? t('notReported') : t('noReportThatYear')}</span>;
  return (
    <>
      {state.perCapita ? (
        row.shown !== null ? (
          <>
            {formatNumber(row.shown, lang)}
            <span className="muted small cell-note">
              {' '}
              ({t('perCapita.asReported')} <QualifiedValue value={row.value} unit={state.indicator.unit} />)
            </span>
          </>
        ) : (
          <span className="muted">{t('perCapita.noPopulationCell')}</span>
        )
      ) : (
        <QualifiedValue value={row.value} unit={state.indicator.unit} />
      )}
      <VariantBadge variant={row.value.variant} />
      <ValueWarnings warnings={row.value.warnings} />
    </>
  );
}

/**
 * The table of the compare view: every place (with a number, without one, and — per 10,000
 * residents — without a population), sortable by each column, searchable by name, pinyin or
 * initials, paged by 100 rows. Rank and median are the peer group's (the same as the chart's and
 * the tooltip's); the group is named in each row's title.
 */
export function CompareTable({
  dataset,
  state,
  listKey,
  highlight,
}: {
  dataset: Dataset;
  state: CompareState;
  /** Which list of places this is (indicator and filters): a new one opens on its first page, unsearched. */
  listKey: string;
  highlight?: ReadonlySet<string>;
}) {
  const { lang, t } = useTranslate();
  const sort = useUi((s) => s.sort) ?? DEFAULT_SORT;
  const setSort = useUi((s) => s.setSort);
  // The search and the page belong to one list: a new list starts them again, adjusted during the
  // render (React's "adjusting state when a prop changes") rather than by remounting the table, so
  // that a switch updates the rows' elements in place instead of building a hundred rows anew.
  const [own, setOwn] = useState({ listKey, query: '', page: 0 });
  const current = own.listKey === listKey ? own : { listKey, query: '', page: 0 };
  if (own !== current) setOwn(current);
  const { query, page } = current;
  const setQuery = (next: string) => setOwn((previous) => ({ ...previous, listKey, query: next }));
  const setPage = (next: number) => setOwn((previous) => ({ ...previous, listKey, page: next }));
  const pinyin = usePinyin(query.trim() !== '' || lang === 'en');
  const tableId = useId();
  const indicatorName = state.indicator.label[lang];
  const yearText = state.year.year === null ? t('latestYearOption') : String(state.year.year);
  const unit = state.perCapita ? t('perCapita.unit') : formatUnit(state.indicator.unit, lang);

  const rows = useMemo(() => {
    const sorted = tableRows(state, sort, jurisdictionNameRank(dataset));
    return query.trim() === '' ? sorted : sorted.filter((row) => placeMatches(query, { ...row.jurisdiction, name: row.name }, pinyin));
  }, [state, sort, dataset, query, pinyin]);
  const shown = pageWindow(rows.length, page, TABLE_ROWS);
  const onSort = (next: typeof sort) => {
    setSort(next.key === DEFAULT_SORT.key && !next.descending ? null : next);
    setPage(0);
  };

  return (
    <>
      <div className="table-tools">
        <PlaceSearch
          value={query}
          onChange={(value) => {
            setQuery(value);
            setPage(0);
          }}
          label={t('compare.searchTable')}
          controls={tableId}
        />
        {query.trim() !== '' ? (
          <p className="muted small" role="status">
            {t('compare.searchResult', { n: rows.length })}
          </p>
        ) : null}
      </div>
      {shown.pages > 1 ? <Pager window={shown} onPage={setPage} label={t('tablePagerLabel')} testId="compare-table-pager" /> : null}
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('chartTable')}
        // Laid out only near the screen (tables.css): until then it counts as its rows' height, ~46 px a row.
        style={{ containIntrinsicHeight: `auto ${TABLE_HEAD_PX + (shown.end - shown.start) * TABLE_ROW_PX}px` }}
      >
        <table className="data-table" id={tableId} data-testid="compare-table">
          <caption>{t('compareCaption', { indicator: indicatorName, year: yearText })}</caption>
          <thead>
            <tr>
              <SortableHeader column="name" label={t('jurisdiction')} sort={sort} onSort={onSort} />
              {/* One year: the heading says it, and a phone has no room to repeat it on every row. */}
              <SortableHeader
                column="year"
                label={t('year')}
                sort={sort}
                onSort={onSort}
                descendingFirst
                className={state.mixedYears ? undefined : 'wide-only'}
              />
              <SortableHeader column="level" label={t('level')} sort={sort} onSort={onSort} className="wide-only" />
              <SortableHeader
                column="value"
                label={`${t('value')} (${unit})`}
                sort={sort}
                onSort={onSort}
                descendingFirst
                className="num"
              />
              <SortableHeader column="rank" label={t('rank')} sort={sort} onSort={onSort} className="num nowrap" />
              <SortableHeader
                column="median"
                label={t('peerMedianHead')}
                sort={sort}
                onSort={onSort}
                descendingFirst
                className="num nowrap"
              />
              <th scope="col">{t('source')}</th>
            </tr>
          </thead>
          {/* The hundred profile links take their address a render behind the store: a switch renders them once, with their rows. */}
          <DeferredLinkBase over={PROFILE_LINKS}>
            <tbody>
              {rows.slice(shown.start, shown.end).map((row, at) => (
                <tr
                  // By position: a switch (another year, province, sort or page) brings mostly other
                  // places into the hundred rows, and rows keyed by place were then removed and built
                  // anew; by position each row's cells are updated in place. A row holds no state.
                  key={at}
                  className={highlight?.has(row.jurisdiction.id) ? 'highlighted' : undefined}
                  title={row.peer ? `${t('compare.peers')}: ${groupTitle(row.peer.group, lang)}` : undefined}
                >
                  <th scope="row">
                    {highlight?.has(row.jurisdiction.id) ? (
                      <>
                        <span aria-hidden="true">{HIGHLIGHT_MARK} </span>
                        <span className="visually-hidden">{t('compare.highlightMark')}</span>
                      </>
                    ) : null}
                    <PlaceName name={row.name} pinyin={pinyin} profileOf={row.report?.id ?? null} />
                    <ReportBadges report={row.report} />
                  </th>
                  <td className={state.mixedYears ? 'year-cell year-mixed' : 'year-cell wide-only'}>
                    {row.report ? formatYear(row.year, lang) : t('noReportThatYear')}
                  </td>
                  <td className="wide-only">{row.jurisdiction.level ? t(`level.${row.jurisdiction.level}`) : '—'}</td>
                  <td className="num value-cell">
                    <ValueCell row={row} state={state} />
                  </td>
                  <td className="num">
                    {row.shown !== null && row.peer?.rank != null ? t('rankOf', { rank: row.peer.rank, n: row.peer.reporting }) : '—'}
                  </td>
                  <td className="num">{row.peer?.median != null ? formatNumber(row.peer.median, lang) : '—'}</td>
                  <td>
                    {row.source ? (
                      <SourceButton
                        source={row.source}
                        label={t('openSourceOf', { name: row.name, year: formatYear(row.year, lang), indicator: indicatorName })}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </DeferredLinkBase>
        </table>
      </div>
    </>
  );
}

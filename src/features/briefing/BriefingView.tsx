import { useQueries } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import { type Dataset, jurisdictionName, syntheticReportCount } from '../../data/dataset';
import { reviewedReportQueryOptions } from '../../data/get-report-detail';
import type { DetailFile } from '../../data/schema';
import { useFilters, useUi } from '../../state/ui-store';
import { YearSelect } from '../../ui/controls/YearSelect';
import { formatChange, formatNumber, formatUnit, formatYear } from '../../ui/i18n/format';
import { registerMessages } from '../../ui/i18n/i18n';
import { briefingMessages } from '../../ui/i18n/messages/briefing';
import { profileMessages } from '../../ui/i18n/messages/profile';
import { trendMessages } from '../../ui/i18n/messages/trend';
import { chartPlaceName, usePinyin } from '../../ui/i18n/pinyin';
import { useTranslate } from '../../ui/i18n/use-translate';
import { yearText } from '../../ui/outputs/view-summary';
import { PlaceChooser } from '../../ui/places/PlaceChooser';
import { PlaceName } from '../../ui/places/PlaceName';
import { reviewLines } from '../../ui/review/review-text';
import { KindBadges, ValueWarnings } from '../../ui/values/badges';
import { FootnotedValue, FootnoteSource, footnoteText, PrintedMarksKey, printedNumber } from '../../ui/values/Footnoted';
import { type BriefingPlaces, briefingPlaces, latestYearOf } from './briefing-defaults';
import { BRIEFING_MAX_PLACES, type BriefingCell, type BriefingState, deriveBriefing } from './briefing-state';

// This view's words travel with its chunk, and so do the profile's and trend's it borrows (src/ui/i18n/i18n.ts).
registerMessages(briefingMessages);
registerMessages(profileMessages);
registerMessages(trendMessages);

/** The province · city the filter names, as the briefing's notes say it. */
function scopeText(province: string | null, city: string | null): string {
  return [province, city].filter(Boolean).join(' ');
}

/**
 * The briefing's places: the place picker (its chips are the places shown, URL key `j`), the
 * page's limit said beside it — never an add button that vanishes — and, when the places are the
 * filter's rather than chosen, a line saying so.
 */
function BriefingPlaceChoice({
  dataset,
  state,
  places,
  onChange,
}: {
  dataset: Dataset;
  state: BriefingState;
  places: BriefingPlaces;
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslate();
  const colors = new Map(state.columns.map((column) => [column.jurisdiction.id, column.color]));
  return (
    <div className="briefing-places">
      <PlaceChooser
        dataset={dataset}
        selected={places.ids}
        onChange={onChange}
        label={t('briefing.places')}
        note={t('briefing.limit', { max: BRIEFING_MAX_PLACES })}
        colorOf={(id) => colors.get(id)}
      />
    </div>
  );
}

function Cell({ cell, unit }: { cell: BriefingCell; unit: string }) {
  const { lang, t } = useTranslate();
  if (!cell.value) {
    return (
      <td className="num">
        {cell.status === 'not_reported' ? (
          <span className="not-reported-cell">{t('notReported')}</span>
        ) : cell.status === 'hidden' ? (
          <span className="muted">{t('review.hidden')}</span>
        ) : cell.status === 'not_loaded' ? (
          <span className="muted">{t('loading')}</span>
        ) : (
          <span className="muted">{t('noReportThatYear')}</span>
        )}
      </td>
    );
  }
  return (
    <td className="num briefing-cell">
      <span className="briefing-value">
        <FootnotedValue value={cell.value} unit={unit} note={cell.note} noteId={`briefing-note-${cell.note}`} />
      </span>
      {/* The extractor's doubts travel with the number, on screen and on paper, as in the compare table. */}
      <ValueWarnings warnings={cell.value.warnings} />
      <span className="briefing-context">
        {t('briefing.median')} {cell.peer?.median != null ? printedNumber(cell.peer.median, 'exact', unit, lang) : '—'}
        {cell.peer?.rank != null ? ` · ${t('rankAmongPeers', { rank: cell.peer.rank, n: cell.peer.reporting })}` : ''}
      </span>
      <span className="briefing-context">
        {t('briefing.change')}{' '}
        {cell.change ? formatChange(cell.change.delta, cell.change.approximate, lang, unit === '%' ? '%' : undefined) : '—'}
      </span>
    </td>
  );
}

/**
 * A group briefing for a meeting: several places side by side for one year on one A4 landscape
 * page (the print stylesheet names the page), headline indicators with peer medians and the change
 * against the year before, 未报告 where absent, every number footnoted with its quote.
 */
export function BriefingView({ dataset }: { dataset: Dataset }) {
  const { lang, t } = useTranslate();
  // In English a place's name has its pinyin beside it (loaded on demand).
  const pinyin = usePinyin(lang === 'en');
  const { year: yearChoice, setYear, province, city } = useFilters();
  const jurisdictions = useUi((s) => s.jurisdictions);
  const setJurisdictions = useUi((s) => s.setJurisdictions);
  // Set once the user removes the last place: the filter's places do not come back on their own.
  const [cleared, setCleared] = useState(false);
  const fromUi = useMemo(
    () => briefingPlaces(dataset, { jurisdictions, province, city }, BRIEFING_MAX_PLACES),
    [dataset, jurisdictions, province, city],
  );
  const places: BriefingPlaces = cleared && fromUi.source === 'filter' ? { ids: [], source: 'none', inScope: 0 } : fromUi;
  // Places whose reports have not arrived yet (a part of a sharded folder on its way) join once they do.
  const known = useMemo(() => places.ids.filter((id) => dataset.jurisdictionById.has(id)), [places.ids, dataset]);
  const latest = useMemo(() => latestYearOf(dataset, known.slice(0, BRIEFING_MAX_PLACES)), [dataset, known]);
  const year = yearChoice ?? latest;
  const ui = useMemo(() => ({ year, jurisdictions: known, province }), [year, known, province]);
  const choose = (ids: string[]) => {
    setJurisdictions(ids);
    setCleared(ids.length === 0);
  };
  // The reports shown need their detail files (the quotes); placed first without them.
  const first = useMemo(() => deriveBriefing(dataset, ui), [dataset, ui]);
  const reports = first.columns.flatMap((column) => (column.report ? [column.report] : []));
  // Structurally shared by react-query: the same array until a file arrives. With this browser's
  // review decisions applied, so that an added value's quote is found too.
  const loaded = useQueries({
    queries: reports.map((report) => reviewedReportQueryOptions(report)),
    combine: (results) =>
      results.map((result): DetailFile | null | undefined => result.data?.detail ?? (result.isError ? null : undefined)),
  });
  const state = useMemo(() => {
    const details = new Map(first.columns.flatMap((column) => (column.report ? [column.report.id] : [])).map((id, i) => [id, loaded[i]]));
    const derived = deriveBriefing(dataset, ui, details);
    // No place yet: the state's own fallback (a default pick) is not used; the page asks instead.
    return known.length === 0 ? { ...derived, columns: [], rows: [], notes: [], autoPicked: false, omitted: 0 } : derived;
  }, [dataset, ui, first, loaded, known]);
  const omittedNames = known.slice(BRIEFING_MAX_PLACES).map((id) => jurisdictionName(dataset.jurisdictionById.get(id), id));
  const scope = scopeText(province, city);
  const today = new Date().toISOString().slice(0, 10);

  return (
    <section className="view view-briefing" aria-labelledby="briefing-heading">
      <div className="controls briefing-controls">
        <BriefingPlaceChoice dataset={dataset} state={state} places={places} onChange={choose} />
        <YearSelect
          dataset={dataset}
          value={yearChoice}
          onChange={setYear}
          fallbackYear={latest === null ? undefined : { year: latest, label: t('briefing.defaultYear', { year: latest }) }}
        />
        <button type="button" className="print-button" onClick={() => window.print()}>
          {t('profile.print')}
        </button>
      </div>
      {places.source === 'filter' ? (
        <p className="muted small briefing-hint" data-testid="briefing-places-note">
          {t('briefing.fromFilter', { scope, shown: places.ids.length, n: places.inScope })}
        </p>
      ) : null}
      {cleared && fromUi.source === 'filter' ? (
        <p className="briefing-hint">
          <button type="button" onClick={() => setCleared(false)}>
            {t('briefing.useFilter', { scope })}
          </button>
        </p>
      ) : null}
      {omittedNames.length > 0 ? (
        <p className="briefing-hint" role="status">
          {t('briefing.omitted', {
            n: omittedNames.length,
            names: omittedNames.join(lang === 'zh' ? '、' : ', '),
            max: BRIEFING_MAX_PLACES,
          })}
        </p>
      ) : null}
      {places.ids.length > known.length ? (
        <p className="muted small briefing-hint" role="status">
          {t('briefing.loadingPlaces')}
        </p>
      ) : null}
      {state.columns.length === 0 ? (
        // No place yet: a prompt, not an empty page headed with a year and a source line.
        <div className="briefing-prompt">
          <h2 id="briefing-heading">{t('view.briefing')}</h2>
          <p data-testid="briefing-empty">{t('briefing.empty')}</p>
        </div>
      ) : (
        <article className="briefing-page" data-testid="briefing-page">
          <header className="briefing-head">
            <h2 id="briefing-heading">{t('briefing.heading', { year: yearText(t, state.year) })}</h2>
            <p className="profile-meta">
              {t('briefing.meta', {
                places: state.columns.map((column) => chartPlaceName(column.name, lang, pinyin)).join(lang === 'zh' ? '、' : ', '),
              })}
            </p>
          </header>
          {/* On a phone the places scroll sideways inside the table's box; the page itself never does. */}
          <div className="profile-scroll" role="region" aria-label={t('briefing.tableRegion')} tabIndex={0}>
            <table className="profile-table briefing-table">
              <caption className="visually-hidden">{t('briefing.heading', { year: yearText(t, state.year) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('profile.indicator')}</th>
                  {state.columns.map((column) => (
                    <th key={column.jurisdiction.id} scope="col" className="num">
                      <span className="swatch swatch-line" style={{ background: column.color }} aria-hidden="true" />{' '}
                      <PlaceName name={column.name} pinyin={pinyin} profileOf={column.report?.id ?? null} />
                      <span className="muted briefing-year">
                        {' '}
                        {column.report ? formatYear(column.report.year, lang) : t('noReportThatYear')}
                      </span>
                      <KindBadges report={column.report} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {state.rows.map((row) => (
                  <tr key={row.indicator.id}>
                    <th scope="row">
                      {row.indicator.label[lang]} <span className="muted">({formatUnit(row.indicator.unit, lang)})</span>
                    </th>
                    {row.cells.map((cell, i) => (
                      <Cell key={state.columns[i]?.jurisdiction.id ?? i} cell={cell} unit={row.indicator.unit} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted small profile-peer-note">
            {t('peerNote', { province: province !== null ? t('peerNoteProvince') : '' })} {t('trendChangeNote')}
          </p>
          {state.notes.length > 0 ? (
            <section className="profile-notes briefing-notes" aria-labelledby="briefing-notes-heading">
              <h3 id="briefing-notes-heading">{t('profile.notes')}</h3>
              <ol>
                {state.notes.map((note) => (
                  <li key={note.number} id={`briefing-note-${note.number}`} value={note.number}>
                    <span className="profile-note-label">
                      {chartPlaceName(note.place, lang, pinyin)} · {note.indicator.label[lang]}
                    </span>{' '}
                    <span lang="zh">{footnoteText(note.kind, note.text, t)}</span>
                    {note.review ? (
                      <span className="profile-review-note"> {reviewLines(note.review, note.indicator.unit, lang).join(';')}</span>
                    ) : null}
                    <FootnoteSource report={note.report} />
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          <PrintedMarksKey />
          <footer className="profile-source muted">
            {t(syntheticReportCount(dataset) > 0 ? 'briefing.sourceSynthetic' : 'briefing.source', {
              date: today,
              url: window.location.href,
              n: formatNumber(state.notes.length, lang),
            })}
          </footer>
        </article>
      )}
    </section>
  );
}

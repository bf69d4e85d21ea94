import { useQueries } from '@tanstack/react-query';
import { useId, useMemo } from 'react';

import { compareNames, jurisdictionName, syntheticReportCount, type Dataset } from '../../data/dataset';
import { reviewedReportQueryOptions } from '../../data/get-report-detail';
import type { DetailFile } from '../../data/schema';
import { useFilters, useUi } from '../../state/ui-store';
import { KindBadges, ValueWarnings } from '../../ui/badges';
import { FootnotedValue, footnoteText, printedNumber } from '../../ui/Footnoted';
import { formatChange, formatNumber, formatUnit, formatYear } from '../../ui/format';
import { reviewLines } from '../../ui/review-text';
import { registerMessages } from '../../ui/i18n';
import { briefingMessages } from '../../ui/messages/briefing';
import { useTranslate } from '../../ui/use-translate';
import { yearText } from '../../ui/view-summary';
import { YearSelect } from '../../ui/YearSelect';
import { BRIEFING_MAX_PLACES, deriveBriefing, type BriefingCell, type BriefingState } from './briefing-state';

// This view's words travel with its chunk (src/ui/i18n.ts).
registerMessages(briefingMessages);

/** Places in the briefing: those named, each removable, and a list to add one more. */
function PlacePicker({ dataset, state }: { dataset: Dataset; state: BriefingState }) {
  const { t } = useTranslate();
  const setJurisdictions = useUi((s) => s.setJurisdictions);
  const addId = useId();
  const shown = state.columns.map((column) => column.jurisdiction.id);
  const choices = useMemo(
    () =>
      dataset.index.jurisdictions
        .filter((jurisdiction) => jurisdiction.name !== null && !shown.includes(jurisdiction.id))
        .sort((a, b) => compareNames(jurisdictionName(a), jurisdictionName(b))),
    [dataset, shown],
  );
  return (
    <div className="briefing-places">
      <ul className="chips" aria-label={t('briefing.places')}>
        {state.columns.map((column) => (
          <li key={column.jurisdiction.id} className="chip">
            <span className="swatch swatch-line" style={{ background: column.color }} aria-hidden="true" /> {column.name}
            <button
              type="button"
              className="icon-button chip-remove"
              aria-label={t('briefing.remove', { name: column.name })}
              onClick={() => setJurisdictions(shown.filter((id) => id !== column.jurisdiction.id))}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      {shown.length < BRIEFING_MAX_PLACES ? (
        <div className="field">
          <label htmlFor={addId}>{t('briefing.add')}</label>
          <select id={addId} value="" onChange={(event) => event.target.value && setJurisdictions([...shown, event.target.value])}>
            <option value="">{t('briefing.addPlaceholder')}</option>
            {choices.map((jurisdiction) => (
              <option key={jurisdiction.id} value={jurisdiction.id}>
                {jurisdictionName(jurisdiction)}
                {jurisdiction.province ? ` (${jurisdiction.province})` : ''}
              </option>
            ))}
          </select>
        </div>
      ) : null}
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
        {cell.peer?.rank != null ? ` · ${t('rankOf', { rank: cell.peer.rank, n: cell.peer.reporting })}` : ''}
      </span>
      <span className="briefing-context">
        {t('briefing.change')} {cell.change ? formatChange(cell.change.delta, cell.change.approximate, lang, unit === '%' ? '%' : undefined) : '—'}
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
  const { year, setYear, province } = useFilters();
  const jurisdictions = useUi((s) => s.jurisdictions);
  // The reports shown need their detail files (the quotes); placed first without them.
  const first = useMemo(() => deriveBriefing(dataset, { year, jurisdictions, province }), [dataset, year, jurisdictions, province]);
  const reports = first.columns.flatMap((column) => (column.report ? [column.report] : []));
  // Structurally shared by react-query: the same array until a file arrives. With this browser's
  // review decisions applied, so that an added value's quote is found too.
  const loaded = useQueries({
    queries: reports.map((report) => reviewedReportQueryOptions(report)),
    combine: (results) => results.map((result): DetailFile | null | undefined => result.data?.detail ?? (result.isError ? null : undefined)),
  });
  const state = useMemo(() => {
    const details = new Map(first.columns.flatMap((column) => (column.report ? [column.report.id] : [])).map((id, i) => [id, loaded[i]]));
    return deriveBriefing(dataset, { year, jurisdictions, province }, details);
  }, [dataset, year, jurisdictions, province, first, loaded]);
  const today = new Date().toISOString().slice(0, 10);

  return (
    <section className="view view-briefing" aria-labelledby="briefing-heading">
      <div className="controls briefing-controls">
        <YearSelect dataset={dataset} value={year} onChange={setYear} />
        <PlacePicker dataset={dataset} state={state} />
        <button type="button" className="print-button" onClick={() => window.print()}>
          {t('profile.print')}
        </button>
      </div>
      {state.autoPicked ? <p className="muted small briefing-hint">{t('briefing.autoPicked', { n: BRIEFING_MAX_PLACES })}</p> : null}
      {state.omitted > 0 ? <p className="muted small briefing-hint">{t('briefing.omitted', { n: state.omitted, max: BRIEFING_MAX_PLACES })}</p> : null}
      <article className="briefing-page" data-testid="briefing-page">
        <header className="briefing-head">
          <h2 id="briefing-heading">{t('briefing.heading', { year: yearText(t, state.year) })}</h2>
          <p className="profile-meta">{t('briefing.meta', { places: state.columns.map((column) => column.name).join(lang === 'zh' ? '、' : ', ') })}</p>
        </header>
        {state.columns.length === 0 ? (
          <p>{t('briefing.empty')}</p>
        ) : (
          <table className="profile-table briefing-table">
            <caption className="visually-hidden">{t('briefing.heading', { year: yearText(t, state.year) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('profile.indicator')}</th>
                {state.columns.map((column) => (
                  <th key={column.jurisdiction.id} scope="col" className="num">
                    <span className="swatch swatch-line" style={{ background: column.color }} aria-hidden="true" /> {column.name}
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
        )}
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
                    {note.place} · {note.indicator.label[lang]}
                  </span>{' '}
                  <span lang="zh">{footnoteText(note.kind, note.text, t)}</span>
                  {note.review ? <span className="profile-review-note"> {reviewLines(note.review, note.indicator.unit, lang).join(';')}</span> : null}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        <footer className="profile-source muted">{t(syntheticReportCount(dataset) > 0 ? 'briefing.sourceSynthetic' : 'briefing.source', { date: today, url: window.location.href, n: formatNumber(state.notes.length, lang) })}</footer>
      </article>
    </section>
  );
}

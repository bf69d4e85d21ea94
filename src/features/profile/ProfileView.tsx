import { useMemo } from 'react';

import type { Dataset } from '../../data/dataset';
import { useReportDetails } from '../../data/get-report-detail';
import { reportValueRefs } from '../../data/tidy-rows';
import { useUi } from '../../state/ui-store';
import { formatChange, formatUnit, formatYear } from '../../ui/i18n/format';
import { registerMessages } from '../../ui/i18n/i18n';
import { profileMessages } from '../../ui/i18n/messages/profile';
import { reportMessages } from '../../ui/i18n/messages/report';
import { chartPlaceName, usePinyin } from '../../ui/i18n/pinyin';
import { useTranslate } from '../../ui/i18n/use-translate';
import { OutputsBar } from '../../ui/outputs/OutputsBar';
import { downloadName } from '../../ui/outputs/view-summary';
import { ReportChooser } from '../../ui/places/ReportChooser';
import { reviewLines } from '../../ui/review/review-text';
import { KindBadges, ValueWarnings } from '../../ui/values/badges';
import { FootnotedValue, footnoteText, printedNumber } from '../../ui/values/Footnoted';
import { OriginalPageLink, originalPageUrl, retrievalDate } from '../../ui/values/OriginFacts';
import { deriveProfile, type ProfileCell, type ProfileState } from './profile-state';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(profileMessages);
registerMessages(reportMessages);

/** A report's web page in a source line, its address in full: a printed profile cannot be clicked. */
function OriginText({ url, date }: { url: string; date: string | null }) {
  const { t } = useTranslate();
  const marker = '\u0000';
  const [before = '', after = ''] = t(date ? 'profile.origin' : 'profile.originUndated', { url: marker, date: date ?? '' }).split(marker);
  return (
    <span data-testid="profile-origin">
      {before}
      <OriginalPageLink url={url} />
      {after}
    </span>
  );
}

/** One year of one indicator: the number with its marks and note, its median and rank, its change; or which absence. */
function Cell({ cell, unit }: { cell: ProfileCell; unit: string }) {
  const { lang, t } = useTranslate();
  const { status, peer, change } = cell;
  const median =
    peer?.median != null ? (
      <span className="cell-context">{t('profile.medianShort', { value: printedNumber(peer.median, 'exact', unit, lang) })}</span>
    ) : null;
  switch (status.kind) {
    case 'reported':
      return (
        <>
          <span className="cell-value">
            <FootnotedValue
              value={status.value}
              unit={unit}
              note={cell.note}
              noteId={`profile-note-${cell.note}`}
              refId={`profile-ref-${cell.note}`}
            />
          </span>
          <ValueWarnings warnings={status.value.warnings} />
          {median}
          {peer?.rank != null ? (
            <span className="cell-context cell-rank">{t('rankAmongPeers', { rank: peer.rank, n: peer.reporting })}</span>
          ) : null}
          {change ? (
            <span
              className="cell-context cell-change"
              title={`${change.previousReport.year}: ${printedNumber(change.previous.value, change.previous.qualifier, unit, lang)}`}
            >
              {t('profile.changeShort', { change: formatChange(change.delta, change.approximate, lang, unit === '%' ? '%' : undefined) })}
            </span>
          ) : null}
        </>
      );
    case 'not_reported':
      return (
        <>
          <span className="not-reported-cell">{t('notReported')}</span>
          {median}
        </>
      );
    case 'hidden':
      return <span className="muted">{t('profile.cell.hidden')}</span>;
    case 'not_loaded':
      return <span className="muted">{t('profile.cell.notLoaded')}</span>;
    case 'no_report':
      return <span className="muted cell-no-report">{t('profile.cell.noReport')}</span>;
  }
}

function YearsTable({ state }: { state: ProfileState }) {
  const { lang, t } = useTranslate();
  const rows = state.themes.reduce((sum, theme) => sum + theme.rows.length, 0);
  return (
    <>
      <h3 id="profile-years-heading" className="profile-years-heading">
        {t('profile.tableCaption', { n: rows, years: state.columns.length })}
      </h3>
      {/* Years scroll sideways inside the table on a phone, the indicator column stays put. */}
      <div className="profile-scroll" role="region" aria-label={t('profile.tableRegion', { name: state.name })} tabIndex={0}>
        <table className="profile-table profile-years" data-testid="profile-years" aria-labelledby="profile-years-heading">
          <thead>
            <tr>
              <th scope="col" className="profile-indicator-col">
                {t('profile.indicator')}
              </th>
              {state.columns.map((column) => (
                <th
                  key={column.year}
                  scope="col"
                  className={column.report?.id === state.anchor.id ? 'num profile-year current-year' : 'num profile-year'}
                  data-year={column.year}
                >
                  {formatYear(column.year, lang)}
                  {column.report?.id === state.anchor.id ? <span className="visually-hidden">{t('profile.current')}</span> : null}
                  <span className="cell-context">
                    {column.report
                      ? column.peers !== null
                        ? t('profile.peersOfYear', { n: column.peers })
                        : ''
                      : t('profile.noReportColumn')}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          {state.themes.map((theme) => (
            <tbody key={theme.theme}>
              <tr className="profile-theme">
                <th scope="colgroup" colSpan={state.columns.length + 1}>
                  <span className="profile-theme-label">{theme.themeLabel[lang]}</span>
                </th>
              </tr>
              {theme.rows.map((row) => (
                <tr
                  key={row.indicator.id}
                  data-indicator={row.indicator.id}
                  className={row.reportedYears === 0 ? 'never-reported' : undefined}
                >
                  <th scope="row">
                    {row.indicator.label[lang]} <span className="muted">({formatUnit(row.indicator.unit, lang)})</span>
                  </th>
                  {row.cells.map((cell) => (
                    <td
                      key={cell.year}
                      className={cell.status.report?.id === state.anchor.id ? 'num current-year' : 'num'}
                      data-year={cell.year}
                      data-status={cell.status.kind}
                    >
                      <Cell cell={cell} unit={row.indicator.unit} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}

/** What each absence and mark of the table means, said once above it (and on paper). */
function Legend() {
  const { t } = useTranslate();
  const items = [
    'profile.legend.notReported',
    'profile.legend.noReport',
    'profile.legend.notLoaded',
    'profile.legend.hidden',
    'profile.legend.rank',
    'profile.legend.note',
    'profile.legend.approx',
    'profile.legend.derived',
    'profile.legend.variant',
    'profile.legend.warning',
  ] as const;
  return (
    <section className="profile-legend" aria-label={t('profile.legend')} data-testid="profile-legend">
      <ul>
        {items.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </section>
  );
}

function ProfilePage({ state }: { state: ProfileState }) {
  const { lang, t } = useTranslate();
  const pinyin = usePinyin(lang === 'en');
  const province = useUi((s) => s.province);
  const { anchor, jurisdiction } = state;
  const level = jurisdiction?.level ? t(`level.${jurisdiction.level}`) : '—';
  const place = [jurisdiction?.province, jurisdiction?.city, jurisdiction?.county].filter(Boolean).join(' ') || '—';
  const kind = `${anchor.bodyKind === 'department' ? t('body.department') : t('body.government')} · ${t(`documentKind.${anchor.documentKind}`)}`;
  const years = state.columns.map((column) => column.year);
  const sources = state.columns.flatMap((column) => (column.report ? [{ year: column.year, report: column.report }] : []));
  const today = new Date().toISOString().slice(0, 10);
  return (
    <article className="profile-page" aria-labelledby="profile-heading" data-testid="profile-page">
      <header className="profile-head">
        <h2 id="profile-heading">
          {t('profile.heading', { name: chartPlaceName(state.name, lang, pinyin), from: years[0] ?? '?', to: years.at(-1) ?? '?' })}
          <KindBadges report={anchor} />
        </h2>
        <p className="profile-meta">{t('profile.meta', { level, place, kind })}</p>
        <p className="profile-meta">{anchor.year !== null ? t('profile.kindNote', { kind, year: anchor.year }) : t('profile.noYear')}</p>
      </header>
      <Legend />
      <YearsTable state={state} />
      <p className="muted small profile-peer-note">{t('peerNote', { province: province !== null ? t('peerNoteProvince') : '' })}</p>
      {state.notes.length > 0 ? (
        <section className="profile-notes" aria-labelledby="profile-notes-heading">
          <h3 id="profile-notes-heading">{t('profile.notes')}</h3>
          <ol>
            {state.notes.map((note) => (
              <li key={note.note} id={`profile-note-${note.note}`} value={note.note}>
                <a className="profile-note-label" href={`#profile-source-${note.year}`}>
                  {t('profile.noteOf', { year: note.year, indicator: note.indicator.label[lang] })}
                </a>{' '}
                <span lang="zh">{footnoteText(note.kind, note.text, t)}</span>
                {note.section ? <span className="muted"> ({note.section})</span> : null}
                {note.value.review ? (
                  <span className="profile-review-note"> {reviewLines(note.value.review, note.indicator.unit, lang).join(';')}</span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {sources.length > 0 ? (
        <section className="profile-sources" aria-labelledby="profile-sources-heading">
          <h3 id="profile-sources-heading">{t('profile.sources')}</h3>
          <ul>
            {sources.map(({ year, report }) => {
              const url = originalPageUrl(report);
              return (
                <li key={report.id} id={`profile-source-${year}`}>
                  {t('profile.sourceLine', { year, title: report.title ?? report.id, file: report.sourceFile })}
                  {report.synthetic === true ? <strong className="synthetic-mark"> {t('synthetic.mark')}</strong> : null}
                  {url ? (
                    <>
                      {' '}
                      <OriginText url={url} date={retrievalDate(report)} />
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <footer className="profile-source muted">{t('profile.source', { date: today, url: window.location.href })}</footer>
    </article>
  );
}

/** One place across the years, printable to A4: every indicator, its peers' median and rank, its change, every number's quote. */
export function ProfileView({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslate();
  const reportId = useUi((s) => s.report);
  const province = useUi((s) => s.province);
  const openProfile = useUi((s) => s.openProfile);
  const report = reportId === null ? undefined : dataset.reportById.get(reportId);
  const scope = useMemo(() => ({ sameProvince: province !== null }), [province]);
  // The numbers first (no details: every note "loading"), to know which reports' quotes to fetch.
  const bare = useMemo(() => (report ? deriveProfile(dataset, report, new Map(), scope) : null), [dataset, report, scope]);
  const reports = useMemo(() => bare?.columns.flatMap((column) => (column.report ? [column.report] : [])) ?? [], [bare]);
  const details = useReportDetails(reports);
  const state = useMemo(
    () => (report && details.size > 0 ? deriveProfile(dataset, report, details, scope) : bare),
    [dataset, report, details, scope, bare],
  );
  const values = useMemo(() => reports.flatMap((one) => reportValueRefs(dataset, one)), [dataset, reports]);

  return (
    <section className="view view-profile" aria-label={t('view.profile')}>
      <div className="controls profile-controls">
        <ReportChooser dataset={dataset} current={report} view="profile" onOpen={openProfile} />
        {report ? (
          <button type="button" className="print-button" onClick={() => window.print()}>
            {t('profile.print')}
          </button>
        ) : null}
      </div>
      {report ? (
        <div className="profile-outputs">
          <OutputsBar
            dataset={dataset}
            values={values}
            description={`${t('view.profile')} · ${report.jurisdictionId}`}
            fileBase={downloadName(['profile', report.jurisdictionId])}
          />
        </div>
      ) : null}
      {reportId === null ? <p>{t('profile.none')}</p> : null}
      {reportId !== null && !report ? <p role="alert">{t('reportUnknown', { id: reportId })}</p> : null}
      {state ? <ProfilePage state={state} /> : null}
    </section>
  );
}

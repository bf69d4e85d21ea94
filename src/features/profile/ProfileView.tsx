import { useMemo } from 'react';

import type { Dataset } from '../../data/dataset';
import { useReportDetail } from '../../data/get-report-detail';
import { reportValueRefs } from '../../data/tidy-rows';
import { useUi } from '../../state/ui-store';
import { KindBadges } from '../../ui/badges';
import { FootnotedValue, FootnoteSource, footnoteText, PrintedMarksKey, printedNumber } from '../../ui/Footnoted';
import { formatChange, formatUnit, formatYear } from '../../ui/format';
import { OriginalPageLink, originalPageUrl, retrievalDate } from '../../ui/OriginFacts';
import { OutputsBar } from '../../ui/OutputsBar';
import { chartPlaceName, usePinyin } from '../../ui/pinyin';
import { ReportChooser } from '../../ui/ReportChooser';
import { reviewLines } from '../../ui/review-text';
import { useTranslate } from '../../ui/use-translate';
import { downloadName } from '../../ui/view-summary';
import { deriveProfile, type ProfileLine, type ProfileState } from './profile-state';

/** The number columns of a profile table, after the indicator. */
const NUMBER_COLUMNS = ['profile.value', 'profile.median', 'profile.rank', 'profile.change'] as const;

function LinesTable({ lines, caption }: { lines: readonly ProfileLine[]; caption: string }) {
  const { lang, t } = useTranslate();
  return (
    <table className="profile-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('profile.indicator')}</th>
          {NUMBER_COLUMNS.map((column) => (
            <th key={column} scope="col" className="num">
              {t(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => {
          const unit = line.indicator.unit;
          return (
            <tr key={line.indicator.id} data-indicator={line.indicator.id}>
              <th scope="row">
                {line.indicator.label[lang]} <span className="muted">({formatUnit(unit, lang)})</span>
              </th>
              <td className="num profile-value">
                <FootnotedValue
                  value={line.value}
                  unit={unit}
                  note={line.note}
                  noteId={`profile-note-${line.note}`}
                  refId={`profile-ref-${line.note}`}
                />
              </td>
              <td className="num">{line.peer?.median != null ? printedNumber(line.peer.median, 'exact', unit, lang) : '—'}</td>
              <td className="num">
                {line.peer?.rank != null ? t('rankAmongPeers', { rank: line.peer.rank, n: line.peer.reporting }) : '—'}
              </td>
              <td className="num">
                {line.change ? (
                  <span
                    title={`${line.change.previousReport.year}: ${printedNumber(line.change.previous.value, line.change.previous.qualifier, unit, lang)}`}
                  >
                    {formatChange(line.change.delta, line.change.approximate, lang, unit === '%' ? '%' : undefined)}
                  </span>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The original page in the footer, its address in full: a printed profile cannot be clicked. */
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

function ProfilePage({ state, detailFailed }: { state: ProfileState; detailFailed: boolean }) {
  const { lang, t } = useTranslate();
  const pinyin = usePinyin(lang === 'en');
  const province = useUi((s) => s.province);
  const { report, jurisdiction } = state;
  const level = jurisdiction?.level ? t(`level.${jurisdiction.level}`) : '—';
  const place = [jurisdiction?.province, jurisdiction?.city, jurisdiction?.county].filter(Boolean).join(' ') || '—';
  const bodyKind = report.bodyKind === 'department' ? t('body.department') : t('body.government');
  const lines = [...state.headline, ...state.other];
  const today = new Date().toISOString().slice(0, 10);
  const originUrl = originalPageUrl(report);
  return (
    <article className="profile-page" aria-labelledby="profile-heading" data-testid="profile-page">
      <header className="profile-head">
        <h2 id="profile-heading">
          {t('profile.heading', { name: chartPlaceName(state.name, lang, pinyin), year: formatYear(report.year, lang) })}
          <KindBadges report={report} />
        </h2>
        <p className="profile-meta">{t('profile.meta', { level, place, body: report.body ?? '—', published: report.published ?? '—' })}</p>
        {state.peerCount !== null && report.year !== null ? (
          <p className="profile-meta">
            {t('profile.peers', {
              year: report.year,
              level,
              body: bodyKind,
              province: province !== null && jurisdiction?.province ? t('profile.peersProvince', { province: jurisdiction.province }) : '',
              n: state.peerCount,
            })}
          </p>
        ) : null}
      </header>
      {state.headline.length > 0 ? <LinesTable lines={state.headline} caption={t('profile.headline')} /> : null}
      {state.missing.length > 0 ? (
        <p className="profile-missing" data-testid="profile-missing">
          <strong>{t('profile.missing')}:</strong>{' '}
          {state.missing.map((indicator, index) => (
            <span key={indicator.id}>
              {index > 0 ? (lang === 'zh' ? '、' : ', ') : null}
              {indicator.label[lang]} <span className="not-reported-cell">{t('notReported')}</span>
            </span>
          ))}
        </p>
      ) : null}
      {state.unshown.length > 0 ? (
        <p className="profile-missing muted" data-testid="profile-unshown">
          {state.unshown.map(({ indicator, status }, index) => (
            <span key={indicator.id}>
              {index > 0 ? (lang === 'zh' ? '、' : ', ') : null}
              {indicator.label[lang]} <span className="muted">{t(status === 'hidden' ? 'review.hidden' : 'loading')}</span>
            </span>
          ))}
        </p>
      ) : null}
      {state.other.length > 0 ? <LinesTable lines={state.other} caption={t('profile.other')} /> : null}
      {state.otherHidden > 0 ? <p className="muted small">{t('profile.otherMore', { n: state.otherHidden })}</p> : null}
      <p className="muted small profile-peer-note">{t('peerNote', { province: province !== null ? t('peerNoteProvince') : '' })}</p>
      {lines.length > 0 ? (
        <section className="profile-notes" aria-labelledby="profile-notes-heading">
          <h3 id="profile-notes-heading">{t('profile.notes')}</h3>
          {detailFailed ? <p className="muted small">{t('profile.quoteUnavailable')}</p> : null}
          <ol>
            {lines.map((line) => (
              <li key={line.indicator.id} id={`profile-note-${line.note}`} value={line.note}>
                <span className="profile-note-label">{line.indicator.label[lang]}</span>{' '}
                <span lang="zh">{footnoteText(line.noteKind, line.noteText, t)}</span>
                {line.section ? <span className="muted"> ({line.section})</span> : null}
                {line.value.review ? (
                  <span className="profile-review-note"> {reviewLines(line.value.review, line.indicator.unit, lang).join(';')}</span>
                ) : null}
                <FootnoteSource report={report} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <PrintedMarksKey />
      <footer className="profile-source muted">
        {t('profile.source', { title: report.title ?? report.id, file: report.sourceFile, date: today, url: window.location.href })}
        {report.synthetic === true ? <strong className="synthetic-mark"> {t('synthetic.mark')}</strong> : null}
        {originUrl ? (
          <>
            <br />
            <OriginText url={originUrl} date={retrievalDate(report)} />
          </>
        ) : null}
      </footer>
    </article>
  );
}

/** One report as a printable A4 page: key numbers with peer context and every number's quote. */
export function ProfileView({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslate();
  const reportId = useUi((s) => s.report);
  const province = useUi((s) => s.province);
  const openProfile = useUi((s) => s.openProfile);
  const report = reportId === null ? undefined : dataset.reportById.get(reportId);
  const query = useReportDetail(report);
  const detail = query.data ?? (query.isError ? null : undefined);
  const state = useMemo(
    () => (report ? deriveProfile(dataset, report, detail, { sameProvince: province !== null }) : null),
    [dataset, report, detail, province],
  );

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
            values={reportValueRefs(dataset, report)}
            description={`${t('view.profile')} · ${report.id}`}
            fileBase={downloadName(['profile', report.id])}
          />
        </div>
      ) : null}
      {reportId === null ? <p>{t('profile.none')}</p> : null}
      {reportId !== null && !report ? <p role="alert">{t('reportUnknown', { id: reportId })}</p> : null}
      {state ? <ProfilePage state={state} detailFailed={query.isError} /> : null}
    </section>
  );
}

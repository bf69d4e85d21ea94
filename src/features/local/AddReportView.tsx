import { type DragEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';

import { placementFlags } from '../../data/dataset';
import { useLocalReports } from '../../data/get-local-reports';
import { contractJson, type LocalReportFile } from '../../data/local-reports';
import { INPUT_EXTENSIONS } from '../../ingest';
import { useUi } from '../../state/ui-store';
import { formatYear } from '../../ui/i18n/format';
import { type MessageKey, registerMessages } from '../../ui/i18n/i18n';
import { localMessages } from '../../ui/i18n/messages/local';
import { useTranslate } from '../../ui/i18n/use-translate';
import { downloadBlob } from '../../ui/outputs/download';
import { storeErrorText } from '../../ui/review/store-error-text';
import { ReportBadges } from '../../ui/values/badges';
import type { ExtractClient } from './extract-client';
import { cancelJob, clearFinished, dismissJob, fromFile, type Job, type Source, useJobs, waitingPositions } from './local-jobs';
import { useRemoveLocalReports } from './local-mutations';
import { pendingDrops, takeDroppedFiles } from './pending-drops';
import { useAddReports } from './use-add-reports';

// This view's words travel with its chunk (src/ui/i18n/i18n.ts).
registerMessages(localMessages);

/** What the file picker offers; anything dropped is still tried (the first bytes decide the format). */
const ACCEPT = Object.keys(INPUT_EXTENSIONS).join(',');

/** The place and year a local report is listed under; a missing one is said, not guessed. */
function useReportLabel() {
  const { lang, t } = useTranslate();
  return useCallback(
    (file: LocalReportFile) => `${file.jurisdiction.name ?? t('flag.no_jurisdiction')} ${formatYear(file.report.year, lang)}`,
    [lang, t],
  );
}

/** Refusals whose reason says all there is: the reader's English detail would only repeat it. */
const SELF_EXPLAINING = new Set(['empty', 'blank', 'encrypted', 'cancelled']);

/** Why a file was refused, in the interface's language (the reader's detail, in English, only in English). */
function useRefusal() {
  const { lang, t } = useTranslate();
  return (job: Extract<Job, { status: 'error' }>) => {
    if (job.code === 'store') return storeErrorText(job.cause ?? new Error(job.detail), t, lang);
    const reason = t(`ingest.${job.code}` as MessageKey);
    return lang === 'en' && job.detail && !SELF_EXPLAINING.has(job.code) ? `${reason} (${job.detail})` : reason;
  };
}

function CancelButton({ job }: { job: Job }) {
  const { t } = useTranslate();
  return (
    <button
      type="button"
      className="link-button small"
      onClick={() => cancelJob(job.key)}
      aria-label={t('local.cancelOf', { name: job.name })}
    >
      {t('local.cancel')}
    </button>
  );
}

/** One file's line; `position`: where a waiting file stands in line (1 = read next). */
function JobLine({ job, position }: { job: Job; position: number | undefined }) {
  const { lang, t } = useTranslate();
  const refusal = useRefusal();
  switch (job.status) {
    case 'waiting':
      // No progress bar: nothing is happening to this file yet.
      return (
        <li className="local-job local-job-waiting" data-testid="local-job-waiting">
          {t('local.stage.waiting', { name: job.name, n: position ?? 1 })} <CancelButton job={job} />
        </li>
      );
    case 'working':
      return (
        <li className="local-job local-job-working">
          <progress aria-label={t(`local.stage.${job.stage}`, { name: job.name })} /> {t(`local.stage.${job.stage}`, { name: job.name })}{' '}
          <CancelButton job={job} />
        </li>
      );
    case 'added': {
      const place = job.file.jurisdiction.name ?? t('flag.no_jurisdiction');
      const year = formatYear(job.file.report.year, lang);
      const flags = placementFlags(job.file.report);
      return (
        <li className="local-job local-job-added">
          {t(job.replaced ? 'local.replaced' : 'local.added', {
            name: job.name,
            place,
            year,
            n: Object.keys(job.file.report.values).length,
          })}
          {flags.length > 0 ? (
            <> {t('local.flagged', { flags: flags.map((flag) => t(`flag.${flag}`)).join(lang === 'zh' ? '、' : ', ') })}</>
          ) : null}{' '}
          <button
            type="button"
            className="link-button small"
            onClick={() => dismissJob(job.key)}
            aria-label={t('local.dismissLine', { name: job.name })}
          >
            ×
          </button>
        </li>
      );
    }
    case 'unrecognised':
      return (
        <li className="local-job local-job-unrecognised">
          {t('local.unrecognised', { name: job.name, reason: t(`refusal.${job.code}`, { n: job.han }) })}{' '}
          <button type="button" onClick={job.retry}>
            {t('local.addAnyway')}
          </button>{' '}
          <button type="button" className="link-button" onClick={() => dismissJob(job.key)}>
            {t('local.dismiss')}
          </button>
        </li>
      );
    case 'error':
      return (
        <li className="local-job local-job-error">
          {t('local.error', { name: job.name, reason: refusal(job) })}{' '}
          <button
            type="button"
            className="link-button small"
            onClick={() => dismissJob(job.key)}
            aria-label={t('local.dismissLine', { name: job.name })}
          >
            ×
          </button>
        </li>
      );
  }
}

function download(file: LocalReportFile) {
  const { fileName, text } = contractJson(file);
  downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
}

function LocalReportList() {
  const { lang, t } = useTranslate();
  const query = useLocalReports();
  const removal = useRemoveLocalReports();
  const openReport = useUi((s) => s.openReport);
  const label = useReportLabel();
  const [notice, setNotice] = useState<string | null>(null);
  const records = query.data?.records ?? [];
  const unreadable = query.data?.unreadable ?? [];

  const remove = async (ids: readonly string[], name: string | null) => {
    await removal.mutateAsync(ids);
    if (name) setNotice(t('local.removed', { name }));
  };

  return (
    <div className="local-list">
      <h3>{t('local.listHeading', { n: records.length })}</h3>
      {query.isError ? <p role="alert">{t('local.storeError', { reason: storeErrorText(query.error, t, lang) })}</p> : null}
      {records.length === 0 && !query.isError ? <p className="muted">{t('local.listEmpty')}</p> : null}
      {unreadable.length > 0 ? (
        <p>
          {t('local.unreadable', { n: unreadable.length })}{' '}
          <button type="button" onClick={() => void remove(unreadable, null)}>
            {t('local.removeUnreadable')}
          </button>
        </p>
      ) : null}
      <ul data-testid="local-report-list">
        {records.map(({ id, addedAt, file }) => {
          const name = label(file);
          return (
            <li key={id} data-report-id={id}>
              <span className="local-report-name">{name}</span>
              <ReportBadges report={file.report} />{' '}
              <span className="muted small">
                <code>{file.report.sourceFile}</code> · {t('local.values', { n: Object.keys(file.report.values).length })} ·{' '}
                {t('local.addedAt', { date: new Date(addedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB') })}
              </span>
              <span className="local-report-actions">
                <button type="button" className="link-button" onClick={() => openReport(id)}>
                  {t('openInReader')}
                </button>
                <button type="button" className="link-button" aria-label={t('local.downloadOf', { name })} onClick={() => download(file)}>
                  {t('local.download')}
                </button>
                <button
                  type="button"
                  className="link-button danger"
                  aria-label={t('local.removeOf', { name })}
                  onClick={() => void remove([id], name)}
                >
                  {t('local.remove')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="visually-hidden" role="status">
        {notice}
      </p>
    </div>
  );
}

/**
 * 添加报告, a view of its own (out of the way of the others): drop, pick or paste report files;
 * each is decoded and extracted in a Web Worker, kept in IndexedDB, and joins every view marked
 * 本地. The list under the inputs says what became of the last batch of files.
 */
export function AddReportView({ client }: { client?: ExtractClient } = {}) {
  const { t } = useTranslate();
  const add = useAddReports(client);
  const jobs = useJobs();
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const pasteId = useId();
  // Files dropped on any view (src/features/local/LocalDropTarget.tsx) are added here.
  const dropped = useStore(pendingDrops, (state) => state.files);
  useEffect(() => {
    if (dropped.length > 0) void add(takeDroppedFiles().map(fromFile));
  }, [dropped, add]);

  const addPasted = () => {
    const text = pasted;
    if (text.trim() === '') return;
    const bytes = new TextEncoder().encode(text);
    const name = `${t('local.pasteName')} ${new Date().toISOString().slice(0, 19).replace('T', ' ')}.txt`;
    setPasted('');
    const source: Source = { name, size: bytes.byteLength, read: async () => bytes.slice().buffer };
    void add([source]);
  };
  const positions = waitingPositions(jobs);
  const anyFinished = jobs.some((job) => job.status === 'added' || job.status === 'error');

  return (
    <section className="view view-add" aria-labelledby="add-heading" data-testid="local-panel">
      <h2 id="add-heading">{t('local.heading')}</h2>
      <p className="muted">{t('local.intro')}</p>
      <div className="local-inputs">
        <div
          className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
          data-testid="drop-zone"
          onDragEnter={(event: DragEvent) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={() => setDragging(false)}
        >
          <p aria-hidden="true">{t('local.drop')}</p>
          <button type="button" onClick={() => input.current?.click()}>
            {t('local.pick')}
          </button>
          <input
            ref={input}
            type="file"
            multiple
            accept={ACCEPT}
            hidden
            data-testid="local-file-input"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              void add(files.map(fromFile));
            }}
          />
        </div>
        <div className="paste-area">
          <label htmlFor={pasteId}>{t('local.pasteLabel')}</label>
          <textarea id={pasteId} rows={4} value={pasted} onChange={(event) => setPasted(event.target.value)} />
          <button type="button" onClick={addPasted} disabled={pasted.trim() === ''}>
            {t('local.pasteAdd')}
          </button>
        </div>
      </div>
      {/* A live list (not role=alert items, which would break the list): each outcome is read out. */}
      <ul className="local-jobs" aria-live="polite" data-testid="local-jobs">
        {jobs.map((job) => (
          <JobLine key={job.key} job={job} position={positions.get(job.key)} />
        ))}
      </ul>
      {anyFinished ? (
        <p>
          <button type="button" className="link-button small" onClick={clearFinished}>
            {t('local.clearFinished')}
          </button>
        </p>
      ) : null}
      <LocalReportList />
    </section>
  );
}

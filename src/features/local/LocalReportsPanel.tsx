import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';

import { placementFlags } from '../../data/dataset';
import { localReportsQueryOptions, useLocalReports } from '../../data/get-index';
import { contractJson, type LocalReportFile } from '../../data/local-reports';
import { deleteLocalReport, putLocalReport } from '../../data/local-store';
import { IngestError, INPUT_EXTENSIONS, checkInputSize } from '../../ingest';
import { useUi } from '../../state/ui-store';
import { ReportBadges } from '../../ui/badges';
import { formatYear } from '../../ui/format';
import type { MessageKey } from '../../ui/i18n';
import { useTranslate } from '../../ui/use-translate';
import { createExtractClient, type ExtractClient } from './extract-client';
import type { ExtractStage } from './worker-protocol';

/** What the file picker offers; anything dropped is still tried (the first bytes decide the format). */
const ACCEPT = Object.keys(INPUT_EXTENSIONS).join(',');

/** One file on its way in, as the status list shows it. */
type Job =
  | { key: number; name: string; status: 'working'; stage: ExtractStage }
  | { key: number; name: string; status: 'added'; file: LocalReportFile; replaced: boolean }
  | { key: number; name: string; status: 'unrecognised'; reason: string; retry: () => void }
  | { key: number; name: string; status: 'error'; code: string; detail: string };

interface Source {
  readonly name: string;
  readonly size: number;
  read(): Promise<ArrayBuffer>;
}

const fromFile = (file: File): Source => ({ name: file.name, size: file.size, read: () => file.arrayBuffer() });

/** The place and year a local report is listed under; a missing one is said, not guessed. */
function useReportLabel() {
  const { lang, t } = useTranslate();
  return useCallback(
    (file: LocalReportFile) => `${file.jurisdiction.name ?? t('flag.no_jurisdiction')} ${formatYear(file.report.year, lang)}`,
    [lang, t],
  );
}

function download(file: LocalReportFile) {
  const { fileName, text } = contractJson(file);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function JobLine({ job, onDismiss }: { job: Job; onDismiss: (key: number) => void }) {
  const { lang, t } = useTranslate();
  switch (job.status) {
    case 'working':
      return (
        <li className="local-job local-job-working">
          <progress aria-label={t(`local.stage.${job.stage}`, { name: job.name })} />{' '}
          {t(`local.stage.${job.stage}`, { name: job.name })}
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
          {flags.length > 0 ? <> {t('local.flagged', { flags: flags.map((flag) => t(`flag.${flag}`)).join('、') })}</> : null}
        </li>
      );
    }
    case 'unrecognised':
      return (
        <li className="local-job local-job-unrecognised">
          {t('local.unrecognised', { name: job.name, reason: job.reason })}{' '}
          <button type="button" onClick={job.retry}>
            {t('local.addAnyway')}
          </button>{' '}
          <button type="button" className="link-button" onClick={() => onDismiss(job.key)}>
            {t('local.dismiss')}
          </button>
        </li>
      );
    case 'error':
      return (
        <li className="local-job local-job-error">
          {t('local.error', {
            name: job.name,
            reason: `${t(`ingest.${job.code}` as MessageKey)}${job.detail ? ` (${job.detail})` : ''}`,
          })}
        </li>
      );
  }
}

function LocalReportList() {
  const { lang, t } = useTranslate();
  const query = useLocalReports();
  const queryClient = useQueryClient();
  const openReport = useUi((s) => s.openReport);
  const label = useReportLabel();
  const [notice, setNotice] = useState<string | null>(null);
  const records = query.data?.records ?? [];
  const unreadable = query.data?.unreadable ?? [];

  const remove = async (ids: readonly string[], name: string | null) => {
    for (const id of ids) await deleteLocalReport(id);
    queryClient.removeQueries({ queryKey: ['report-detail'], predicate: (q) => ids.includes(String(q.queryKey[2])) });
    await queryClient.invalidateQueries({ queryKey: localReportsQueryOptions.queryKey });
    if (name) setNotice(t('local.removed', { name }));
  };

  return (
    <div className="local-list">
      <h3>{t('local.listHeading', { n: records.length })}</h3>
      {query.isError ? (
        <p role="alert">{t('local.storeError', { reason: query.error instanceof Error ? query.error.message : String(query.error) })}</p>
      ) : null}
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
                <button type="button" className="link-button danger" aria-label={t('local.removeOf', { name })} onClick={() => void remove([id], name)}>
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
 * "添加报告": drop, pick or paste report files; each is decoded and extracted in a Web Worker, kept
 * in IndexedDB, and joins every view marked 本地. Dropping a file anywhere on the page works too
 * (and opens the panel), so that a dropped file never makes the browser navigate away.
 */
export function LocalReportsPanel({ client: givenClient }: { client?: ExtractClient } = {}) {
  const { t } = useTranslate();
  const queryClient = useQueryClient();
  const local = useLocalReports();
  const [open, setOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [jobs, setJobs] = useState<Job[]>([]);
  const [pasted, setPasted] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const nextKey = useRef(1);
  const pasteId = useId();
  const client = useMemo(() => givenClient ?? createExtractClient(), [givenClient]);
  useEffect(() => () => client.terminate(), [client]);

  const update = useCallback((key: number, job: Job) => {
    setJobs((current) => current.map((existing) => (existing.key === key ? job : existing)));
  }, []);

  const run = useCallback(
    async (source: Source, force: boolean, key: number) => {
      const { name } = source;
      update(key, { key, name, status: 'working', stage: 'reading' });
      let bytes: ArrayBuffer;
      try {
        // Refused from its size before a byte is read.
        checkInputSize(source.size);
        bytes = await source.read();
      } catch (error) {
        const refused = error instanceof IngestError;
        update(key, { key, name, status: 'error', code: refused ? error.code : 'failed', detail: error instanceof Error ? error.message : String(error) });
        return;
      }
      const outcome = await client.extract(name, bytes, { force, onProgress: (stage) => update(key, { key, name, status: 'working', stage }) });
      if (outcome.kind === 'unrecognised') {
        update(key, { key, name, status: 'unrecognised', reason: outcome.reason, retry: () => void run(source, true, key) });
        return;
      }
      if (outcome.kind === 'error') {
        update(key, { key, name, status: 'error', code: outcome.code, detail: outcome.message });
        return;
      }
      try {
        const { replaced } = await putLocalReport(outcome.file);
        const { report } = outcome.file;
        queryClient.removeQueries({ queryKey: ['report-detail', report.detailPath, report.id] });
        await queryClient.invalidateQueries({ queryKey: localReportsQueryOptions.queryKey });
        update(key, { key, name, status: 'added', file: outcome.file, replaced });
      } catch (error) {
        update(key, { key, name, status: 'error', code: 'failed', detail: t('local.storeError', { reason: error instanceof Error ? error.message : String(error) }) });
      }
    },
    [client, queryClient, update, t],
  );

  const addSources = useCallback(
    async (sources: readonly Source[]) => {
      if (sources.length === 0) return;
      setOpen(true);
      const keyed = sources.map((source) => ({ source, key: nextKey.current++ }));
      setJobs((current) => [
        ...keyed.map(({ source, key }): Job => ({ key, name: source.name, status: 'working', stage: 'reading' })).reverse(),
        ...current,
      ]);
      // One after another: the worker handles one at a time anyway, and the list fills in order.
      for (const { source, key } of keyed) await run(source, false, key);
    },
    [run],
  );

  // The whole page is a drop target: without this, a file dropped beside the zone would replace
  // the dashboard with the file.
  useEffect(() => {
    const hasFiles = (event: globalThis.DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: globalThis.DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: globalThis.DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      void addSources([...(event.dataTransfer?.files ?? [])].map(fromFile));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [addSources]);

  const addPasted = () => {
    const text = pasted;
    if (text.trim() === '') return;
    const bytes = new TextEncoder().encode(text);
    const name = `${t('local.pasteName')} ${new Date().toISOString().slice(0, 19).replace('T', ' ')}.txt`;
    setPasted('');
    void addSources([{ name, size: bytes.byteLength, read: async () => bytes.slice().buffer }]);
  };

  const count = local.data?.records.length ?? 0;
  return (
    <details className="local-panel" open={open} onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="local-panel">
      <summary>
        <span aria-hidden="true">＋ </span>
        {count > 0 ? t('local.summaryCount', { n: count }) : t('local.summary')}
      </summary>
      {/* Labelled, not headed: an extra h2 would sit beside every view's own heading. */}
      <section className="local-body" aria-label={t('local.heading')}>
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
                void addSources(files.map(fromFile));
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
            <JobLine key={job.key} job={job} onDismiss={(key) => setJobs((current) => current.filter((j) => j.key !== key))} />
          ))}
        </ul>
        <LocalReportList />
      </section>
    </details>
  );
}

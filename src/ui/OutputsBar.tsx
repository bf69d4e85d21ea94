import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';

import { valueCount, type Dataset } from '../data/dataset';
import { withAllValues } from '../data/get-index';
import type { ExportMeta, ExportScope } from '../data/export-bundle';
import { loadDetails } from '../data/load-details';
import { allValueRefs, buildTidyRows, reportsNeeded, type ValueRef } from '../data/tidy-rows';
import { dataUrlToBlob, downloadBlob } from './download';
import type { EChartsOption } from './echarts-setup';
import { useTranslate } from './use-translate';

/** The chart of a view, as the image downloads need it. */
export interface OutputsChart {
  readonly option: EChartsOption;
  readonly title: string;
  /** Unit, year and filters in words. */
  readonly subtitle: string;
  /** Bars of a bar chart (the image grows for many). */
  readonly rowCount?: number;
  /** File name without extension, e.g. `fazhi-atlas-compare-legal_aid.cases`. */
  readonly fileBase: string;
}

export interface OutputsBarProps {
  readonly dataset: Dataset;
  /** The values on screen, in the view's order. */
  readonly values: readonly ValueRef[];
  /** What the view shows, in words (for the README). */
  readonly description: string;
  readonly chart?: OutputsChart | null;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'loading'; done: number; total: number }
  | { kind: 'done'; message: string; warning?: string }
  | { kind: 'error'; message: string };

type DataFormat = 'csv' | 'json' | 'zip';

/**
 * Downloads for a view: the tidy table of what is on screen or of everything (CSV, JSON, or both
 * with a README in a zip), with every value's quote (the detail files are loaded, with progress),
 * and the view's chart as a PNG or SVG ready for a slide.
 */
export function OutputsBar({ dataset, values, description, chart }: OutputsBarProps) {
  const { t } = useTranslate();
  const client = useQueryClient();
  const [scope, setScope] = useState<ExportScope>('view');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const scopeName = useId();
  const busy = status.kind === 'loading';
  // Counted from the presence masks: the values themselves are fetched only when "everything" is downloaded.
  const allCount = valueCount(dataset);

  const downloadData = async (format: DataFormat) => {
    try {
      const full = scope === 'all' ? await withAllValues(client, dataset) : dataset;
      const refs = scope === 'all' ? allValueRefs(full) : values;
      const reports = reportsNeeded(refs);
      setStatus({ kind: 'loading', done: 0, total: reports.length });
      const { details, failed } = await loadDetails(client, reports, (done, total) => setStatus({ kind: 'loading', done, total }));
      const rows = buildTidyRows(full, refs, details);
      const meta: ExportMeta = { scope, generatedAt: new Date(), url: window.location.href, description, failed };
      // Loaded on demand, with its zip library: nothing of it is needed before someone downloads.
      const { buildZip, exportFileNames, tidyCsv, tidyJson } = await import('../data/export-bundle');
      const names = exportFileNames(scope);
      const file =
        format === 'csv'
          ? { name: names.csv, blob: new Blob([tidyCsv(rows)], { type: 'text/csv;charset=utf-8' }) }
          : format === 'json'
            ? { name: names.json, blob: new Blob([tidyJson(rows)], { type: 'application/json' }) }
            : { name: names.zip, blob: new Blob([buildZip(full, rows, meta) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }) };
      downloadBlob(file.blob, file.name);
      setStatus({
        kind: 'done',
        message: t('exportDone', { file: file.name, n: rows.length }),
        ...(failed.length > 0 ? { warning: t('exportFailedQuotes', { n: failed.length }) } : {}),
      });
    } catch (error) {
      setStatus({ kind: 'error', message: t('exportError', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const downloadImage = async (type: 'png' | 'svg') => {
    if (!chart) return;
    try {
      const { renderChartPng, renderChartSvg } = await import('./chart-export');
      const input = {
        option: chart.option,
        decorations: {
          title: chart.title,
          subtitle: chart.subtitle,
          source: t('chartSource', { date: new Date().toISOString().slice(0, 10) }),
        },
        ...(chart.rowCount !== undefined ? { rowCount: chart.rowCount } : {}),
      };
      const name = `${chart.fileBase}.${type}`;
      const blob =
        type === 'png'
          ? dataUrlToBlob(renderChartPng(input))
          : new Blob([renderChartSvg(input)], { type: 'image/svg+xml' });
      downloadBlob(blob, name);
      setStatus({ kind: 'done', message: t('exportImageDone', { file: name }) });
    } catch (error) {
      setStatus({ kind: 'error', message: t('exportError', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <details className="outputs" data-testid="outputs">
      <summary>{t('outputs')}</summary>
      <div className="outputs-body">
        <fieldset className="segmented">
          <legend>{t('scopeLegend')}</legend>
          {(['view', 'all'] as const).map((option) => (
            <label key={option} className={option === scope ? 'segment segment-on' : 'segment'}>
              <input type="radio" name={scopeName} value={option} checked={option === scope} onChange={() => setScope(option)} />
              {t(`scope.${option}`, { n: option === 'all' ? allCount : values.length })}
            </label>
          ))}
        </fieldset>
        <div className="outputs-group" role="group" aria-label={t('outputsData')}>
          <span className="outputs-group-label" aria-hidden="true">
            {t('outputsData')}
          </span>
          <button type="button" disabled={busy} title={t('downloadCsvLabel')} onClick={() => void downloadData('csv')}>
            {t('downloadCsv')}
          </button>
          <button type="button" disabled={busy} title={t('downloadJsonLabel')} onClick={() => void downloadData('json')}>
            {t('downloadJson')}
          </button>
          <button type="button" disabled={busy} title={t('downloadZipLabel')} onClick={() => void downloadData('zip')}>
            {t('downloadZip')}
          </button>
        </div>
        {chart ? (
          <div className="outputs-group" role="group" aria-label={t('outputsChart')}>
            <span className="outputs-group-label" aria-hidden="true">
              {t('outputsChart')}
            </span>
            <button type="button" title={t('downloadPngLabel')} onClick={() => void downloadImage('png')}>
              {t('downloadPng')}
            </button>
            <button type="button" title={t('downloadSvgLabel')} onClick={() => void downloadImage('svg')}>
              {t('downloadSvg')}
            </button>
          </div>
        ) : null}
        {status.kind === 'loading' ? (
          <progress max={Math.max(status.total, 1)} value={status.done} aria-label={t('exportLoading', { done: status.done, total: status.total })} />
        ) : null}
        <p className="outputs-status" aria-live="polite" aria-atomic="true" data-testid="outputs-status">
          {status.kind === 'loading' ? t('exportLoading', { done: status.done, total: status.total }) : null}
          {status.kind === 'done' ? status.message : null}
          {status.kind === 'done' && status.warning ? <span className="outputs-warning"> {status.warning}</span> : null}
          {status.kind === 'error' ? <span className="outputs-error">{status.message}</span> : null}
        </p>
      </div>
    </details>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';

import { dataUrl } from '../../data/data-url';
import { valueCount } from '../../data/dataset';
import type { ExportMeta, ExportScope } from '../../data/export-bundle';
import { useDownloads } from '../../data/get-side-files';
import { withAllValues } from '../../data/get-values';
import { loadDetails } from '../../data/load-details';
import type { DownloadsIndex } from '../../data/schema';
import { absentRowOf, allValueRefs, buildTidyRows, reportsNeeded } from '../../data/tidy-rows';
import { registerMessages } from '../i18n/i18n';
import { outputsMessages } from '../i18n/messages/outputs';
import { useTranslate } from '../i18n/use-translate';
import { dataUrlToBlob, downloadBlob } from './download';
import { type ExportDecorations, exportHeight, exportRowLayout, IMAGE_FORMAT, SLIDE_FORMAT, slideRows } from './export-decorations';
import type { ChartPart, OutputsBarProps, OutputsChart } from './outputs-types';
import { chartSourceLine } from './source-line';
import { downloadName } from './view-summary';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(outputsMessages);

type Status =
  | { kind: 'idle' }
  | { kind: 'loading'; done: number; total: number }
  | { kind: 'done'; message: string; warning?: string }
  | { kind: 'error'; message: string };

type DataFormat = 'csv' | 'json' | 'zip';

/** Which image: the chart as on screen (its page), a 16:9 slide, or every bar of a paged chart. */
type ImageKind = 'page' | 'slide' | 'all';

/**
 * The run of bars a slide draws: from the first bar of the page on screen, as many as a slide
 * holds legibly (group headers count as lines); its subtitle says which they are.
 */
export function slidePart(bars: NonNullable<OutputsChart['bars']>, rows: number): ChartPart {
  let end = Math.min(bars.pageEnd, bars.pageStart + rows);
  let part = bars.slice(bars.pageStart, end);
  while (part.rowCount > rows && end > bars.pageStart + 1) {
    end -= 1;
    part = bars.slice(bars.pageStart, end);
  }
  return part;
}

/** Whether the panel offers an image of every bar: the chart is paged, so that its image holds only some. */
export function offersAllBars(chart: OutputsChart | null | undefined): boolean {
  return chart?.bars !== undefined && chart.bars.total > chart.bars.pageEnd - chart.bars.pageStart;
}

/**
 * Up to this many values the browser builds "everything" itself (loading every detail file for the
 * quotes) even when prebuilt files exist: a small dataset's CSV, JSON and ZIP with its README come
 * from the same rows. Beyond it only the prebuilt files are offered: thousands of detail files
 * would take minutes and more memory than a phone has.
 */
export const BROWSER_BUILD_MAX_VALUES = 50_000;

/** The tallest PNG drawn (src/ui/outputs/chart-export.ts `MAX_CANVAS_SIDE`, repeated: that module loads only on a download). */
const MAX_PNG_SIDE = 32_767;

/** Whether the panel offers to build the download in the browser (CSV, JSON, ZIP buttons). */
export function offersBrowserBuild(scope: ExportScope, prebuilt: DownloadsIndex | null, allValues: number): boolean {
  return scope === 'view' || prebuilt === null || allValues <= BROWSER_BUILD_MAX_VALUES;
}

/** A file's size the way a download link gives it: "640 kB", "12.3 MB". */
export function fileSize(bytes: number): string {
  return bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * Links to the files the extract command prebuilt (src/cli/extract/downloads/): at a national scale the
 * browser cannot build "everything" itself, and a researcher wants the files anyway.
 */
function PrebuiltDownloads({ downloads }: { downloads: DownloadsIndex }) {
  const { t } = useTranslate();
  return (
    <div className="outputs-group outputs-prebuilt" role="group" aria-label={t('outputsData')}>
      <p>{t('prebuiltIntro')}</p>
      <ul>
        {downloads.groups.map((entry) => (
          <li key={entry.group}>
            {t(`prebuiltGroup.${entry.group}`)} · {t('prebuiltRows', { n: entry.rows })}:{' '}
            <a href={dataUrl(entry.csv.path)} download>
              {t('prebuiltCsv', { size: fileSize(entry.csv.bytes) })}
            </a>{' '}
            <a href={dataUrl(entry.parquet.path)} download>
              {t('prebuiltParquet', { size: fileSize(entry.parquet.bytes) })}
            </a>
          </li>
        ))}
      </ul>
      <a href={dataUrl(downloads.datapackage)} download>
        {t('prebuiltDatapackage')}
      </a>
    </div>
  );
}

/**
 * The contents of the outputs panel: downloads of the tidy table of what is on screen or of everything (CSV, JSON, or both
 * with a README in a zip), with every value's quote (the detail files are loaded, with progress),
 * and the view's chart as a PNG or SVG ready for a slide.
 */
export default function OutputsBody({ dataset, values, absent, description, fileBase, chart, picture }: OutputsBarProps) {
  const { t } = useTranslate();
  const client = useQueryClient();
  const [scope, setScope] = useState<ExportScope>('view');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const scopeName = useId();
  // Asked for only once "everything" is chosen; a folder without prebuilt files builds it here.
  const downloads = useDownloads(scope === 'all');
  const prebuilt = scope === 'all' ? (downloads.data ?? null) : null;
  const busy = status.kind === 'loading' || (scope === 'all' && downloads.isPending);
  // Counted from the presence masks: the values themselves are fetched only when "everything" is downloaded.
  const allCount = valueCount(dataset);

  const downloadData = async (format: DataFormat) => {
    try {
      const full = scope === 'all' ? await withAllValues(client, dataset) : dataset;
      const refs = scope === 'all' ? allValueRefs(full) : values;
      const reports = reportsNeeded(refs);
      setStatus({ kind: 'loading', done: 0, total: reports.length });
      const { details, failed } = await loadDetails(client, reports, (done, total) => setStatus({ kind: 'loading', done, total }));
      // The view's places without a number are rows too (value empty, value_status saying why).
      const absentRows = scope === 'view' ? (absent ?? []).flatMap((ref) => absentRowOf(full, ref) ?? []) : [];
      const rows = [...buildTidyRows(full, refs, details), ...absentRows];
      const base = scope === 'all' ? downloadName(['all']) : fileBase;
      const meta: ExportMeta = { scope, generatedAt: new Date(), url: window.location.href, description, failed, fileBase: base };
      // Loaded on demand, with its zip library: nothing of it is needed before someone downloads.
      const { buildZip, exportFileNames, tidyCsv, tidyJson } = await import('../../data/export-bundle');
      const names = exportFileNames(base);
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

  const downloadImage = async (type: 'png' | 'svg', kind: ImageKind = 'page') => {
    if (!chart && !picture) return;
    try {
      const name = `${fileBase}${kind === 'page' ? '' : `_${kind === 'slide' ? 'slide' : 'all'}`}.${type}`;
      if (picture) {
        const svg = picture.svg();
        const { svgToPng } = await import('./svg-image');
        downloadBlob(type === 'png' ? await svgToPng(svg) : new Blob([svg], { type: 'image/svg+xml' }), name);
        setStatus({ kind: 'done', message: t('exportImageDone', { file: name }) });
        return;
      }
      if (!chart) return;
      const { renderChartPng, renderChartSvg } = await import('./chart-export');
      const format = kind === 'slide' ? SLIDE_FORMAT : IMAGE_FORMAT;
      const note = kind === 'slide' ? chart.note?.brief : chart.note?.full;
      const base: Omit<ExportDecorations, 'subtitle'> = {
        title: chart.title,
        source: chartSourceLine(t, dataset),
        ...(note ? { note } : {}),
      };
      const part: ChartPart | null = !chart.bars
        ? null
        : kind === 'all'
          ? chart.bars.slice(0, chart.bars.total)
          : kind === 'slide'
            ? slidePart(chart.bars, slideRows(note, format, base.source))
            : null;
      const rowCount = part ? part.rowCount : chart.rowCount;
      const layout = exportRowLayout(rowCount ?? 0, format, note, base.source);
      const input = {
        option: part ? part.exportOption(layout) : chart.exportOption ? chart.exportOption(layout) : chart.option,
        decorations: { ...base, subtitle: part ? part.subtitle : chart.subtitle },
        format,
        ...(rowCount !== undefined ? { rowCount } : {}),
      };
      const blob = type === 'png' ? dataUrlToBlob(renderChartPng(input)) : new Blob([renderChartSvg(input)], { type: 'image/svg+xml' });
      downloadBlob(blob, name);
      setStatus({ kind: 'done', message: t('exportImageDone', { file: name }) });
    } catch (error) {
      setStatus({ kind: 'error', message: t('exportError', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  // An image of every bar taller than a canvas can be is offered as SVG only (src/ui/outputs/chart-export.ts).
  const allBars = chart && offersAllBars(chart) ? (chart.bars?.total ?? 0) : 0;
  const allBarsHeight =
    allBars > 0 && chart?.bars ? exportHeight(chart.bars.slice(0, allBars).rowCount, IMAGE_FORMAT, chart.note?.full) : 0;
  const allBarsPng = allBarsHeight <= MAX_PNG_SIDE;

  return (
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
      {prebuilt ? <PrebuiltDownloads downloads={prebuilt} /> : null}
      {offersBrowserBuild(scope, prebuilt, allCount) ? (
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
      ) : null}
      {chart || picture ? (
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
          {chart ? (
            <button type="button" title={t('downloadSlideLabel')} onClick={() => void downloadImage('png', 'slide')}>
              {t('downloadSlide')}
            </button>
          ) : null}
          {allBars > 0 ? (
            <>
              <button
                type="button"
                title={allBarsPng ? t('downloadAllBarsLabel', { n: allBars }) : t('allBarsPngTooTall', { n: allBars })}
                disabled={!allBarsPng}
                onClick={() => void downloadImage('png', 'all')}
              >
                {t('downloadAllBarsPng', { n: allBars })}
              </button>
              <button type="button" title={t('downloadAllBarsLabel', { n: allBars })} onClick={() => void downloadImage('svg', 'all')}>
                {t('downloadAllBarsSvg', { n: allBars })}
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      {status.kind === 'loading' ? (
        <progress
          max={Math.max(status.total, 1)}
          value={status.done}
          aria-label={t('exportLoading', { done: status.done, total: status.total })}
        />
      ) : null}
      <p className="outputs-status" aria-live="polite" aria-atomic="true" data-testid="outputs-status">
        {status.kind === 'loading' ? t('exportLoading', { done: status.done, total: status.total }) : null}
        {status.kind === 'done' ? status.message : null}
        {status.kind === 'done' && status.warning ? <span className="outputs-warning"> {status.warning}</span> : null}
        {status.kind === 'error' ? <span className="outputs-error">{status.message}</span> : null}
      </p>
    </div>
  );
}

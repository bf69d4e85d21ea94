/**
 * The compare chart as an ECharts option: sorted horizontal bars, qualifier signs in the labels,
 * derived values as dashed outlines, the peer median as a dashed reference line. The layout is
 * fixed per row so that the chart's height follows its rows (and tests can find a bar).
 */

import type { Lang } from '../../state/url-state';
import type { EChartsOption } from '../../ui/echarts-setup';
import { escapeHtml, formatNumber, formatQualified, formatUnit, formatValueWithUnit, formatYear } from '../../ui/format';
import { translate } from '../../ui/i18n';
import { reviewLines, reviewStatusLabel } from '../../ui/review-text';
import type { CompareRow, CompareState } from './compare-state';

/** Pixel layout of the compare chart; exported for the height and for end-to-end clicks. */
export const COMPARE_LAYOUT = {
  top: 36,
  bottom: 28,
  rowHeight: 48,
  /** Width reserved left of the bars for the jurisdiction labels. */
  labelWidth: 128,
  right: 72,
} as const;

export const REPORTED_COLOR = '#2563eb';
export const DERIVED_FILL = '#dbeafe';
export const DERIVED_BORDER = '#1d4ed8';

/** Height in pixels for a chart of `rowCount` bars. */
export function compareChartHeight(rowCount: number): number {
  return COMPARE_LAYOUT.top + COMPARE_LAYOUT.bottom + Math.max(rowCount, 1) * COMPARE_LAYOUT.rowHeight;
}

/** The category label of a row: name, then the year and a department mark on a second line. */
export function compareRowLabel(row: CompareRow, lang: Lang): string {
  const parts = [formatYear(row.year, lang)];
  if (row.isDepartment) parts.push(translate(lang, 'departmentBadge'));
  if (row.report?.local) parts.push(translate(lang, 'localBadge'));
  return `${row.name}\n${parts.join(' · ')}`;
}

function tooltipHtml(row: CompareRow, state: CompareState, lang: Lang): string {
  const value = row.value;
  if (!value) return '';
  const lines = [
    `<strong>${escapeHtml(row.name)}</strong> ${escapeHtml(formatYear(row.year, lang))}`,
    escapeHtml(`${state.indicator.label[lang]}: ${formatValueWithUnit(value.value, value.qualifier, state.indicator.unit, lang)}`),
  ];
  if (value.derived) lines.push(escapeHtml(translate(lang, 'derivedLong')));
  for (const line of reviewLines(value.review, state.indicator.unit, lang)) lines.push(escapeHtml(line));
  if (row.peer?.rank != null) {
    lines.push(escapeHtml(translate(lang, 'tooltipRank', { rank: row.peer.rank, n: row.peer.reporting })));
  }
  if (row.peer?.median != null) {
    lines.push(escapeHtml(translate(lang, 'tooltipMedian', { value: formatValueWithUnit(row.peer.median, 'exact', state.indicator.unit, lang) })));
  }
  if (row.isDepartment) lines.push(escapeHtml(`${translate(lang, 'departmentBadge')}: ${row.report?.body ?? ''}`));
  if (row.report?.local) lines.push(escapeHtml(translate(lang, 'localBadgeTitle')));
  return lines.join('<br>');
}

/** Which of the reported rows the chart draws: `start` inclusive, `end` exclusive (all when absent). */
export interface ChartSlice {
  readonly start: number;
  readonly end: number;
}

function chartRows(state: CompareState, slice?: ChartSlice): readonly CompareRow[] {
  return slice ? state.reported.slice(slice.start, slice.end) : state.reported;
}

/** A one-sentence description of the chart for screen readers (ECharts `aria`): the bars drawn, and which of how many they are. */
export function describeCompare(state: CompareState, lang: Lang, slice?: ChartSlice): string {
  const rows = chartRows(state, slice);
  const items = rows
    .map((row) =>
      row.value
        ? `${row.name} ${formatYear(row.year, lang)} ${formatValueWithUnit(row.value.value, row.value.qualifier, state.indicator.unit, lang)}`
        : '',
    )
    .join(lang === 'zh' ? ',' : ', ');
  const description = translate(lang, 'compareAria', { indicator: state.indicator.label[lang], items });
  if (rows.length === state.reported.length) return description;
  const start = slice?.start ?? 0;
  const showing = translate(lang, 'chartShowing', {
    from: formatNumber(start + 1, lang),
    to: formatNumber(start + rows.length, lang),
    total: formatNumber(state.reported.length, lang),
  });
  return `${description} ${showing}`;
}

/** The chart of the reported rows in `ui.slice` (all when absent); the median stays the one over all rows. */
export function buildCompareOption(state: CompareState, ui: { lang: Lang; slice?: ChartSlice }): EChartsOption {
  const { lang } = ui;
  const rows = chartRows(state, ui.slice);
  const unit = state.indicator.unit;
  return {
    animation: false,
    aria: { enabled: true, label: { description: describeCompare(state, lang, ui.slice) } },
    grid: {
      left: COMPARE_LAYOUT.labelWidth,
      right: COMPARE_LAYOUT.right,
      top: COMPARE_LAYOUT.top,
      bottom: COMPARE_LAYOUT.bottom,
      outerBoundsMode: 'none',
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const index = (params as { dataIndex?: number }).dataIndex;
        const row = index === undefined ? undefined : rows[index];
        return row ? tooltipHtml(row, state, lang) : '';
      },
    },
    xAxis: {
      type: 'value',
      name: formatUnit(unit, lang),
      nameLocation: 'end',
      nameGap: 8,
      axisLabel: { formatter: (value: number) => formatNumber(value, lang) },
      splitLine: { lineStyle: { color: '#e5e7eb' } },
    },
    yAxis: {
      type: 'category',
      // First row at the top: the largest value reads first.
      inverse: true,
      data: rows.map((row) => compareRowLabel(row, lang)),
      axisTick: { show: false },
      axisLabel: {
        width: COMPARE_LAYOUT.labelWidth - 12,
        overflow: 'truncate',
        lineHeight: 16,
        color: '#1f2937',
      },
    },
    series: [
      {
        type: 'bar',
        name: state.indicator.label[lang],
        barMaxWidth: 28,
        cursor: 'pointer',
        data: rows.map((row) => {
          const value = row.value;
          const derived = value?.derived ?? false;
          return {
            value: value?.value ?? 0,
            itemStyle: derived
              ? { color: DERIVED_FILL, borderColor: DERIVED_BORDER, borderWidth: 2, borderType: 'dashed' as const }
              : { color: REPORTED_COLOR },
            label: {
              show: true,
              position: 'right' as const,
              color: '#111827',
              formatter: value
                ? `${formatQualified(value.value, value.qualifier, lang)}${unit === '%' ? '%' : ''}${derived ? ` (${translate(lang, 'derived')})` : ''}${value.review ? ` · ${reviewStatusLabel(value.review, lang)}` : ''}`
                : '',
            },
          };
        }),
        markLine:
          state.median === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#374151', width: 1.5 },
                label: {
                  // 'start' is the top edge here, because the category axis is inverted.
                  position: 'start',
                  formatter: translate(lang, 'peerMedianValue', { value: formatNumber(state.median, lang) }),
                  color: '#374151',
                },
                data: [{ xAxis: state.median }],
              },
      },
    ],
  };
}

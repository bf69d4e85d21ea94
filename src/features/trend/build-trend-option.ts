/**
 * The trend chart as an ECharts option: one line per jurisdiction over consecutive years; a year
 * without a value is '-' (ECharts' empty value) and lines are not connected across it. Derived
 * values are hollow points.
 */

import type { Lang } from '../../state/url-state';
import type { EChartsOption } from '../../ui/echarts-setup';
import { escapeHtml, formatChange, formatNumber, formatQualified, formatUnit, formatValueWithUnit } from '../../ui/format';
import { translate } from '../../ui/i18n';
import type { TrendState } from './trend-state';

/** Series colours (distinguishable, dark enough for lines on white). */
export const SERIES_COLORS = [
  '#2563eb',
  '#dc2626',
  '#059669',
  '#d97706',
  '#7c3aed',
  '#db2777',
  '#0891b2',
  '#4b5563',
] as const;

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] as string;
}

export const TREND_HEIGHT = 360;

/** Series name: a department's report is marked in the name, so it shows in every tooltip. */
export function trendSeriesName(series: TrendState['series'][number], lang: Lang): string {
  const marks = [
    ...(series.hasDepartmentReport ? [translate(lang, 'departmentBadge')] : []),
    ...(series.hasLocalReport ? [translate(lang, 'localBadge')] : []),
  ];
  return marks.length > 0 ? `${series.name} (${marks.join(lang === 'zh' ? '、' : ', ')})` : series.name;
}

export function describeTrend(state: TrendState, lang: Lang): string {
  const sep = lang === 'zh' ? ';' : '; ';
  const items = state.series
    .map((series) => {
      const points = series.points
        .map((p) =>
          p.value
            ? `${p.year} ${formatValueWithUnit(p.value.value, p.value.qualifier, state.indicator.unit, lang)}`
            : `${p.year} ${translate(lang, 'trendGap')}`,
        )
        .join(lang === 'zh' ? ',' : ', ');
      return `${series.name}: ${points}`;
    })
    .join(sep);
  const first = state.years[0];
  const last = state.years.at(-1);
  const years = first === undefined ? '' : first === last ? String(first) : `${first}–${last}`;
  return translate(lang, 'trendAria', { indicator: state.indicator.label[lang], years, items });
}

export function buildTrendOption(state: TrendState, ui: { lang: Lang }): EChartsOption {
  const { lang } = ui;
  const unit = state.indicator.unit;
  const showLabels = state.series.length <= 4;
  return {
    animation: false,
    aria: { enabled: true, label: { description: describeTrend(state, lang) } },
    grid: { left: 16, right: 24, top: 40, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const { seriesIndex, dataIndex } = params as { seriesIndex?: number; dataIndex?: number };
        const series = seriesIndex === undefined ? undefined : state.series[seriesIndex];
        const point = dataIndex === undefined ? undefined : series?.points[dataIndex];
        if (!series || !point?.value) return '';
        const lines = [
          `<strong>${escapeHtml(series.name)}</strong> ${point.year}`,
          escapeHtml(formatValueWithUnit(point.value.value, point.value.qualifier, unit, lang)),
        ];
        if (point.value.derived) lines.push(escapeHtml(translate(lang, 'derivedLong')));
        if (point.change) {
          const change = formatChange(point.change.delta, point.change.approximate, lang, unit);
          lines.push(escapeHtml(translate(lang, 'changeVsPreviousOf', { year: point.year - 1, change })));
        }
        if (point.isDepartment) lines.push(escapeHtml(`${translate(lang, 'departmentBadge')}: ${point.report?.body ?? ''}`));
        if (point.report?.local) lines.push(escapeHtml(translate(lang, 'localBadgeTitle')));
        return lines.join('<br>');
      },
    },
    xAxis: {
      type: 'category',
      data: state.years.map(String),
      boundaryGap: true,
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      name: formatUnit(unit, lang),
      axisLabel: { formatter: (value: number) => formatNumber(value, lang) },
      splitLine: { lineStyle: { color: '#e5e7eb' } },
    },
    series: state.series.map((series, index) => {
      const color = seriesColor(index);
      return {
        type: 'line' as const,
        name: trendSeriesName(series, lang),
        color,
        connectNulls: false,
        showSymbol: true,
        cursor: 'pointer',
        lineStyle: { width: 2.5 },
        labelLayout: { hideOverlap: true },
        data: series.points.map((point) =>
          point.value
            ? {
                value: point.value.value,
                symbol: point.value.derived ? 'emptyCircle' : 'circle',
                symbolSize: 11,
                itemStyle: point.value.derived ? { color: '#fff', borderColor: color, borderWidth: 2.5 } : { color },
                label: {
                  show: showLabels,
                  position: 'top' as const,
                  color: '#111827',
                  formatter: `${formatQualified(point.value.value, point.value.qualifier, lang)}${unit === '%' ? '%' : ''}`,
                },
              }
            : '-',
        ),
      };
    }),
  };
}

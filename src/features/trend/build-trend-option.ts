/**
 * The trend chart as an ECharts option: one line per jurisdiction over consecutive years, each in
 * its place's own colour (src/ui/charts/place-colors.ts); a year without a value is '-' (ECharts' empty
 * value) and lines are not connected across it. Derived values are hollow points. A place with a
 * single report is a point labelled with its name and value; labels that would overlap are moved
 * apart, never hidden. Series are named, so an exported image gets a legend of place names.
 */

import type { Lang } from '../../state/url-state';
import type { EChartsOption } from '../../ui/charts/echarts-setup';
import { escapeHtml, formatChange, formatNumber, formatQualified, formatUnit, formatValueWithUnit } from '../../ui/i18n/format';
import { registerMessages, translate } from '../../ui/i18n/i18n';
import { trendMessages } from '../../ui/i18n/messages/trend';
import { drawnSeries, type TrendMedianLine, type TrendState } from './trend-state';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(trendMessages);

/** The median line as drawn: the line and its legend name (which peers it is the median of). */
export interface TrendMedianDrawn {
  readonly line: TrendMedianLine;
  readonly name: string;
}

export interface TrendOptionUi {
  readonly lang: Lang;
  /** The value axis from 0; by default it fits the data (a rate of 92–97% is not a flat line at the top). */
  readonly startAtZero?: boolean;
  readonly median?: TrendMedianDrawn | null;
  /** A place's name as drawn: in English, its pinyin beside it (src/ui/i18n/pinyin.ts). */
  readonly placeName?: (name: string) => string;
}

/** The median line's grey: apart from every place colour (src/ui/charts/place-colors.ts). */
export const MEDIAN_COLOR = '#6b7280';

export const TREND_HEIGHT = 360;

/** Series name: a department's report is marked in the name, so it shows in every tooltip. */
export function trendSeriesName(
  series: TrendState['series'][number],
  lang: Lang,
  placeName: (name: string) => string = (name) => name,
): string {
  const name = placeName(series.name);
  const marks = [
    ...(series.hasDepartmentReport ? [translate(lang, 'departmentBadge')] : []),
    ...(series.hasLocalReport ? [translate(lang, 'localBadge')] : []),
  ];
  return marks.length > 0 ? `${name} (${marks.join(lang === 'zh' ? '、' : ', ')})` : name;
}

/**
 * The chart's text for screen readers: every place's line year by year, then the median line when
 * one is drawn (a reader must hear what a sighted user compares the places against).
 */
export function describeTrend(state: TrendState, lang: Lang, median: TrendMedianDrawn | null = null): string {
  const sep = lang === 'zh' ? ';' : '; ';
  const pointSep = lang === 'zh' ? ',' : ', ';
  /** One line's text: each year's value, or a gap. */
  const lineText = (name: string, points: readonly { year: number; text: string | null }[]) =>
    `${name}: ${points.map(({ year, text }) => `${year} ${text ?? translate(lang, 'trendGap')}`).join(pointSep)}`;
  const unit = state.indicator.unit;
  const placeItems = state.series.map((series) =>
    lineText(
      series.name,
      series.points.map((p) => ({
        year: p.year,
        text: p.value ? formatValueWithUnit(p.value.value, p.value.qualifier, unit, lang) : null,
      })),
    ),
  );
  const medianItems = median
    ? [
        lineText(
          median.name,
          state.years.map((year, index) => {
            const value = median.line.values[index];
            return { year, text: value === null || value === undefined ? null : formatValueWithUnit(value, 'exact', unit, lang) };
          }),
        ),
      ]
    : [];
  const items = [...placeItems, ...medianItems].join(sep);
  const first = state.years[0];
  const last = state.years.at(-1);
  const years = first === undefined ? '' : first === last ? String(first) : `${first}–${last}`;
  return translate(lang, 'trendAria', { indicator: state.indicator.label[lang], years, items });
}

export function buildTrendOption(state: TrendState, ui: TrendOptionUi): EChartsOption {
  const { lang, median = null } = ui;
  const placeName = ui.placeName ?? ((name: string) => name);
  const unit = state.indicator.unit;
  const showLabels = state.series.length <= 4;
  const drawn = drawnSeries(state);
  const lastYear = state.years.at(-1);
  return {
    animation: false,
    aria: { enabled: true, label: { description: describeTrend(state, lang, median) } },
    grid: { left: 16, right: 24, top: 40, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const { seriesIndex, dataIndex } = params as { seriesIndex?: number; dataIndex?: number };
        if (median && seriesIndex === drawn.length && dataIndex !== undefined) {
          const value = median.line.values[dataIndex];
          const year = state.years[dataIndex];
          if (value === null || value === undefined || year === undefined) return '';
          return `<strong>${escapeHtml(median.name)}</strong><br>${escapeHtml(
            translate(lang, 'trend.medianTooltip', {
              year,
              value: formatValueWithUnit(value, 'exact', unit, lang),
              n: median.line.reporting[dataIndex] ?? 0,
            }),
          )}`;
        }
        const series = seriesIndex === undefined ? undefined : drawn[seriesIndex];
        const point = dataIndex === undefined ? undefined : series?.points[dataIndex];
        if (!series || !point?.value) return '';
        const lines = [
          `<strong>${escapeHtml(placeName(series.name))}</strong> ${point.year}`,
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
      // Fitted to the data unless asked to start at 0 (`zero=1`): a change of a few points is visible.
      scale: ui.startAtZero !== true,
      ...(ui.startAtZero ? { min: 0 } : {}),
      name: formatUnit(unit, lang),
      axisLabel: { formatter: (value: number) => formatNumber(value, lang) },
      splitLine: { lineStyle: { color: '#e5e7eb' } },
    },
    // A place with no value is listed (and said) but drawn as nothing: only the others are series.
    series: [
      ...drawn.map((series) => {
        const color = series.color;
        const single = series.valueCount === 1;
        return {
          type: 'line' as const,
          name: trendSeriesName(series, lang, placeName),
          color,
          connectNulls: false,
          showSymbol: true,
          cursor: 'pointer',
          lineStyle: { width: 2.5 },
          // Labels that would collide are moved apart vertically, never dropped.
          labelLayout: { moveOverlap: 'shiftY' as const },
          data: series.points.map((point) => {
            if (!point.value) return '-';
            const number = `${formatQualified(point.value.value, point.value.qualifier, lang)}${unit === '%' ? '%' : ''}`;
            return {
              value: point.value.value,
              symbol: point.value.derived ? 'emptyCircle' : 'circle',
              symbolSize: single ? 13 : 11,
              itemStyle: point.value.derived ? { color: '#fff', borderColor: color, borderWidth: 2.5 } : { color },
              label: {
                // A single report is a point with nothing to follow: its label names the place.
                show: single || showLabels,
                // Beside the point, on the side with room (the last year has none to its right).
                position: single ? (point.year === lastYear ? ('left' as const) : ('right' as const)) : ('top' as const),
                color: '#111827',
                backgroundColor: 'rgba(255, 255, 255, 0.85)',
                padding: [1, 3],
                formatter: single ? `${placeName(series.name)} ${number}` : number,
              },
            };
          }),
        };
      }),
      // After the places' lines, so that a click's series index still names a place.
      ...(median
        ? [
            {
              type: 'line' as const,
              name: median.name,
              color: MEDIAN_COLOR,
              connectNulls: false,
              showSymbol: true,
              symbol: 'diamond',
              symbolSize: 9,
              lineStyle: { width: 2, type: 'dashed' as const, color: MEDIAN_COLOR },
              itemStyle: { color: MEDIAN_COLOR },
              z: 1,
              data: median.line.values.map((value) => (value === null ? '-' : value)),
            },
          ]
        : []),
    ],
  };
}

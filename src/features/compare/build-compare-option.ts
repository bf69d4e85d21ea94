/**
 * The compare chart as an ECharts option: horizontal bars grouped by peer group, each group opened
 * by a header line naming it (year, level, kind of body) and its median or why it has none; bars
 * coloured by level, department reports striped, derived values as dashed outlines, values
 * measured in a variant wording marked ※; each group's median a dashed segment over its own bars
 * only. The layout is fixed per line, so that the chart's height follows its lines (and tests and
 * the median segments can find a row by its index).
 */

import type { PeerGroup } from '../../data/peers';
import type { Lang } from '../../state/url-state';
import type { EChartsOption } from '../../ui/charts/echarts-setup';
import { levelColor, tint } from '../../ui/charts/level-colors';
import { escapeHtml, formatNumber, formatQualified, formatUnit, formatValueWithUnit, formatYear, warningText } from '../../ui/i18n/format';
import { translate } from '../../ui/i18n/i18n';
import { reviewLines, reviewStatusLabel } from '../../ui/review/review-text';
import { type ChartLine, chartLines, type CompareGroup, type CompareRow, type CompareState } from './compare-state';

/** Pixel layout of the compare chart; exported for the height, the median segments and end-to-end clicks. */
export const COMPARE_LAYOUT = {
  top: 28,
  bottom: 28,
  /** Height of one line: a bar, or a group's header. */
  rowHeight: 44,
  /** Width reserved left of the bars for the jurisdiction labels. */
  labelWidth: 128,
  right: 88,
} as const;

/** Where rows sit vertically: the view's layout, or an exported image's. */
export interface RowLayout {
  readonly top: number;
  readonly rowHeight: number;
}

export const MEDIAN_COLOR = '#1f2937';

/** Height in pixels for a chart of `lineCount` lines (bars and group headers). */
export function compareChartHeight(lineCount: number): number {
  return COMPARE_LAYOUT.top + COMPARE_LAYOUT.bottom + Math.max(lineCount, 1) * COMPARE_LAYOUT.rowHeight;
}

/** Where ECharts' tooltip puts its box from the mouse: 20 px right of and below it, or left of and above it where it would not fit. */
const TOOLTIP_GAP = 20;

/**
 * Where the tooltip's box goes, as ECharts places it with `confine` in a chart `view` pixels large:
 * beside the mouse `point`, on the side where the box fits, then kept inside the chart. The compare
 * chart passes the height it draws, not its canvas's: a canvas kept taller than a shorter chart
 * (EChart's `keepTallerCanvas`) is cut off below it, and a box placed there would be too.
 */
export function tooltipPosition(
  point: readonly [number, number],
  box: readonly [number, number],
  view: { readonly width: number; readonly height: number },
): [number, number] {
  const [width, height] = box;
  const x = point[0] + width + TOOLTIP_GAP + 2 > view.width ? point[0] - width - TOOLTIP_GAP : point[0] + TOOLTIP_GAP;
  const y = point[1] + height + TOOLTIP_GAP > view.height ? point[1] - height - TOOLTIP_GAP : point[1] + TOOLTIP_GAP;
  return [Math.max(Math.min(x + width, view.width) - width, 0), Math.max(Math.min(y + height, view.height) - height, 0)];
}

/** Which of the reported rows the chart draws: `start` inclusive, `end` exclusive (all when absent). */
export interface ChartSlice {
  readonly start: number;
  readonly end: number;
}

export interface CompareChartUi {
  readonly lang: Lang;
  readonly slice?: ChartSlice;
  /** Row positions (default: the view's {@link COMPARE_LAYOUT}); an exported image passes its own. */
  readonly layout?: RowLayout;
  /** A phone's narrow chart: a narrower label column and right margin, so the bars keep their room. */
  readonly narrow?: boolean;
  /** Places chosen with the place picker (URL key `j`): their bars are outlined and their names starred. */
  readonly highlight?: ReadonlySet<string>;
  /** A place's name as drawn: in English, its pinyin beside it (src/ui/i18n/pinyin.ts `chartPlaceName`). */
  readonly placeName?: (name: string) => string;
}

/** The mark before a highlighted place's name, in the chart and the table. */
export const HIGHLIGHT_MARK = '★';

/** The outline of a highlighted bar: dark enough to see on every level colour. */
const HIGHLIGHT_BORDER = { borderColor: '#111827', borderWidth: 2.5 } as const;

/**
 * The label column and right margin of a chart, by width and language: English words are longer
 * (and names carry their pinyin), so its column is wider rather than its labels cut.
 */
export function compareMargins(narrow: boolean, lang: Lang = 'zh'): { labelWidth: number; right: number } {
  if (lang === 'en') return narrow ? { labelWidth: 132, right: 56 } : { labelWidth: 200, right: COMPARE_LAYOUT.right };
  return narrow ? { labelWidth: 96, right: 56 } : { labelWidth: COMPARE_LAYOUT.labelWidth, right: COMPARE_LAYOUT.right };
}

/** "2022 · 区 · 政府报告", "2020 · 市 · 部门报告 · 司法局工作总结": who is compared with whom in a group. */
export function groupTitle(peer: PeerGroup | null, lang: Lang): string {
  if (!peer) return translate(lang, 'compare.groupUnknown');
  return translate(lang, 'compare.groupTitle', {
    year: peer.year,
    level: translate(lang, `level.${peer.level}`),
    // A related kind of report is named with its body: 「2020 年 · 市 · 部门报告 · 司法局工作总结」.
    body:
      peer.documentKind === 'rule_of_law_report'
        ? translate(lang, `body.${peer.bodyKind}`)
        : `${translate(lang, `body.${peer.bodyKind}`)} · ${translate(lang, `documentKind.${peer.documentKind}`)}`,
    province: peer.province ? ` · ${peer.province}` : '',
  });
}

/** The group's median in words, or why there is none. */
export function groupMedianText(group: CompareGroup, state: CompareState, lang: Lang): string {
  if (!group.group) return translate(lang, 'compare.groupNoPeers');
  if (group.median === null) return translate(lang, 'compare.groupNoMedian', { n: group.reporting });
  return translate(lang, 'compare.groupMedian', { value: formatShown(group.median, state, lang), n: group.reporting });
}

/** A drawn number with its unit: as reported, or per 10,000 residents. */
export function formatShown(value: number, state: CompareState, lang: Lang): string {
  return state.perCapita
    ? translate(lang, 'perCapita.value', { value: formatNumber(value, lang) })
    : formatValueWithUnit(value, 'exact', state.indicator.unit, lang);
}

/** The bar label: qualifier sign and number (per 10,000 when so), and the marks the value carries. */
export function barLabel(row: CompareRow, state: CompareState, lang: Lang): string {
  const value = row.value;
  if (!value || row.shown === null) return '';
  const number = state.perCapita
    ? formatNumber(row.shown, lang)
    : `${formatQualified(value.value, value.qualifier, lang)}${state.indicator.unit === '%' ? '%' : ''}`;
  const marks = [
    ...(value.derived ? [` (${translate(lang, 'derived')})`] : []),
    ...(value.variant ? [' ※'] : []),
    ...(value.warnings?.length ? [' ⚠'] : []),
    ...(value.review ? [` · ${reviewStatusLabel(value.review, lang)}`] : []),
  ];
  return `${number}${marks.join('')}`;
}

/** The category label of a line: a bar's place, with its year and marks on a second line; nothing for a header. */
export function compareRowLabel(
  line: ChartLine,
  state: CompareState,
  lang: Lang,
  highlight?: ReadonlySet<string>,
  options: { readonly placeName?: (name: string) => string; readonly narrow?: boolean } = {},
): string {
  const row = line.row;
  if (!row) return '';
  const parts = [formatYear(row.year, lang)];
  // Short words, never a cut one ("2023 · City · Depar…"): the group's header above says them in full;
  // on a phone the level is left to it (every bar of a group is of its level).
  const level = row.jurisdiction.level;
  if (level && !(options.narrow && lang === 'en' && line.group.group))
    parts.push(level === '开发区' ? translate(lang, 'compare.labelDevZone') : translate(lang, `level.${level}`));
  if (row.isDepartment) parts.push(translate(lang, 'compare.labelDepartment'));
  if (row.report?.local) parts.push(translate(lang, 'localBadge'));
  // Of different years, the year leads the second line in bold: it must not be missed.
  const year = state.mixedYears ? `{year|${parts[0]}}` : `{meta|${parts[0]}}`;
  const shownName = options.placeName ? options.placeName(row.name) : row.name;
  const name = highlight?.has(row.jurisdiction.id) ? `{name|${HIGHLIGHT_MARK} ${shownName}}` : `{name|${shownName}}`;
  return `${name}\n${year}{meta|${parts.length > 1 ? ` · ${parts.slice(1).join(' · ')}` : ''}}`;
}

function tooltipHtml(row: CompareRow, group: CompareGroup, state: CompareState, lang: Lang): string {
  const value = row.value;
  if (!value) return '';
  const unit = state.indicator.unit;
  const lines = [
    `<strong>${escapeHtml(row.name)}</strong> ${escapeHtml(formatYear(row.year, lang))}`,
    escapeHtml(`${state.indicator.label[lang]}: ${formatValueWithUnit(value.value, value.qualifier, unit, lang)}`),
  ];
  if (state.perCapita && row.shown !== null && row.population) {
    lines.push(
      escapeHtml(
        translate(lang, 'perCapita.tooltip', {
          value: formatNumber(row.shown, lang),
          population: formatNumber(row.population.population, lang),
          year: row.population.year,
          source: row.population.source,
        }),
      ),
    );
  }
  if (value.derived) lines.push(escapeHtml(translate(lang, 'derivedLong')));
  for (const line of reviewLines(value.review, unit, lang)) lines.push(escapeHtml(line));
  if (value.variant) lines.push(escapeHtml(`※ ${translate(lang, 'variantMark', { variant: value.variant })}`));
  for (const warning of value.warnings ?? []) lines.push(escapeHtml(`⚠ ${warningText(warning.message, lang)}`));
  lines.push(escapeHtml(`${translate(lang, 'compare.peers')}: ${groupTitle(group.group, lang)}`));
  if (row.peer?.rank != null) lines.push(escapeHtml(translate(lang, 'tooltipRank', { rank: row.peer.rank, n: row.peer.reporting })));
  lines.push(escapeHtml(groupMedianText(group, state, lang)));
  if (row.isDepartment) lines.push(escapeHtml(`${translate(lang, 'departmentBadge')}: ${row.report?.body ?? ''}`));
  if (row.report?.local) lines.push(escapeHtml(translate(lang, 'localBadgeTitle')));
  return lines.join('<br>');
}

/**
 * The text under an exported image of the chart: the places without a number, by why (the report
 * does not state it; no report that year; per 10,000 residents, no population figure), as the
 * view's list and table say it; `brief` (a count) for a slide. Undefined when every place has a bar.
 */
export function absentNote(
  state: CompareState,
  lang: Lang,
  placeName: (name: string) => string = (name) => name,
): { full: string; brief: string } | undefined {
  const sep = lang === 'zh' ? '、' : ', ';
  const names = (rows: readonly CompareRow[]) => rows.map((row) => placeName(row.name)).join(sep);
  const notReported = state.notReported.filter((row) => row.status === 'not_reported');
  const noReport = state.notReported.filter((row) => row.status === 'no_report');
  const parts = [
    ...(notReported.length > 0 ? [translate(lang, 'compare.noteNotReported', { n: notReported.length, names: names(notReported) })] : []),
    ...(noReport.length > 0 ? [translate(lang, 'compare.noteNoReport', { n: noReport.length, names: names(noReport) })] : []),
    ...(state.noPopulation.length > 0
      ? [translate(lang, 'compare.noteNoPopulation', { n: state.noPopulation.length, names: names(state.noPopulation) })]
      : []),
  ];
  if (parts.length === 0) return undefined;
  const count = state.notReported.length + state.noPopulation.length;
  return { full: parts.join('\n'), brief: translate(lang, 'compare.noteBrief', { n: count }) };
}

/** A one-sentence description of the chart for screen readers (ECharts `aria`): group by group, the bars drawn. */
export function describeCompare(state: CompareState, lang: Lang, slice?: ChartSlice): string {
  const lines = chartLines(state, slice?.start, slice?.end);
  const groups: { heading: string; items: string[] }[] = [];
  for (const line of lines) {
    if (line.kind === 'group') {
      groups.push({ heading: `${groupTitle(line.group.group, lang)} (${groupMedianText(line.group, state, lang)})`, items: [] });
      continue;
    }
    const row = line.row as CompareRow;
    const value = row.value as NonNullable<CompareRow['value']>;
    const number =
      state.perCapita && row.shown !== null
        ? formatShown(row.shown, state, lang)
        : formatValueWithUnit(value.value, value.qualifier, state.indicator.unit, lang);
    groups.at(-1)?.items.push(`${row.name} ${formatYear(row.year, lang)} ${number}`);
  }
  const items = groups
    .map((group) => `${group.heading}${lang === 'zh' ? ':' : ': '}${group.items.join(lang === 'zh' ? ',' : ', ')}`)
    .join(lang === 'zh' ? ';' : '; ');
  const description = translate(lang, 'compareAria', { indicator: state.indicator.label[lang], items });
  const shown = lines.filter((line) => line.kind === 'bar').length;
  if (shown === state.reported.length) return description;
  const start = slice?.start ?? 0;
  const showing = translate(lang, 'chartShowing', {
    from: formatNumber(start + 1, lang),
    to: formatNumber(start + shown, lang),
    total: formatNumber(state.reported.length, lang),
  });
  return `${description} ${showing}`;
}

/** A department's bar is striped, so that it is never read as a government's among them. */
const DEPARTMENT_DECAL = {
  symbol: 'rect',
  symbolSize: 1,
  color: 'rgba(255, 255, 255, 0.55)',
  dashArrayX: [1, 0],
  dashArrayY: [3, 4],
  rotation: -Math.PI / 4,
};

function barItem(line: ChartLine, state: CompareState, lang: Lang, labelWidth: number, highlight?: ReadonlySet<string>) {
  if (line.kind === 'group') {
    // A header line: no bar (a transparent zero), its label the group's name and median, written
    // from the chart's left edge (under the empty category label) so that it has the whole width.
    return {
      value: 0,
      itemStyle: { color: 'transparent' },
      tooltip: { show: false },
      cursor: 'default',
      label: {
        show: true,
        position: [8 - labelWidth, '50%'] as [number, string],
        verticalAlign: 'middle' as const,
        align: 'left' as const,
        color: '#111827',
        fontWeight: 'bold' as const,
        // A white ground: the category axis line passes under the header, never through its words.
        backgroundColor: '#ffffff',
        padding: [1, 3],
        formatter: `${groupTitle(line.group.group, lang)} · ${groupMedianText(line.group, state, lang)}`,
      },
    };
  }
  const row = line.row as CompareRow;
  const color = levelColor(row.jurisdiction.level);
  const derived = row.value?.derived ?? false;
  return {
    value: row.shown ?? 0,
    itemStyle: {
      ...(derived ? { color: tint(color, 0.18), borderColor: color, borderWidth: 2, borderType: 'dashed' as const } : { color }),
      ...(row.isDepartment ? { decal: DEPARTMENT_DECAL } : {}),
      ...(highlight?.has(row.jurisdiction.id) ? HIGHLIGHT_BORDER : {}),
    },
    label: {
      show: true,
      position: 'right' as const,
      color: '#111827',
      // A white ground: a median segment passing behind never makes a label unreadable.
      backgroundColor: '#ffffff',
      padding: [1, 3],
      formatter: barLabel(row, state, lang),
    },
  };
}

/** Each group's median as a dashed segment over its own bars in this slice (none without a median). */
function medianSegments(lines: readonly ChartLine[], layout: RowLayout) {
  const segments: [{ xAxis: number; y: number }, { xAxis: number; y: number }][] = [];
  let i = 0;
  while (i < lines.length) {
    const group = (lines[i] as ChartLine).group;
    let j = i;
    while (j + 1 < lines.length && (lines[j + 1] as ChartLine).group === group) j += 1;
    // Lines i…j are the group's header and its bars: the segment spans the bars.
    if (group.median !== null) {
      const first = (lines[i] as ChartLine).kind === 'group' ? i + 1 : i;
      if (first <= j) {
        const top = layout.top + first * layout.rowHeight + 3;
        const bottom = layout.top + (j + 1) * layout.rowHeight - 3;
        segments.push([
          { xAxis: group.median, y: top },
          { xAxis: group.median, y: bottom },
        ]);
      }
    }
    i = j + 1;
  }
  return segments;
}

/**
 * The chart of the reported rows in `ui.slice` (all when absent), group by group. Every option
 * built for the view holds the same keys, whatever it draws: the chart merges each into the last
 * (CompareChart's `mergeOptions`) instead of building its axes, bars and tooltip again.
 */
export function buildCompareOption(state: CompareState, ui: CompareChartUi): EChartsOption {
  const { lang } = ui;
  const layout = ui.layout ?? COMPARE_LAYOUT;
  const lines = chartLines(state, ui.slice?.start, ui.slice?.end);
  const unit = state.perCapita ? translate(lang, 'perCapita.unit') : formatUnit(state.indicator.unit, lang);
  const segments = medianSegments(lines, layout);
  const margins = compareMargins(ui.narrow ?? false, lang);
  // A phone's label column has no room for pinyin: its table beside the chart gives it.
  const placeName = ui.narrow ? undefined : ui.placeName;
  // The chart's height, as compareChartHeight gives it for the view's layout.
  const drawnHeight = layout.top + COMPARE_LAYOUT.bottom + Math.max(lines.length, 1) * layout.rowHeight;
  return {
    animation: false,
    aria: { enabled: true, label: { description: describeCompare(state, lang, ui.slice) } },
    grid: {
      left: margins.labelWidth,
      right: margins.right,
      top: layout.top,
      // Its rows' height from the top, not a margin from the canvas's bottom: the rows sit where
      // they would in a canvas of the chart's height, in the taller canvas the view may keep
      // (CompareChart's keepTallerCanvas). An exported image sets its own grid.
      height: Math.max(lines.length, 1) * layout.rowHeight,
      outerBoundsMode: 'none',
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      // Within the chart drawn, not the canvas, which may be taller (see tooltipPosition).
      position: (
        point: [number, number],
        _params: unknown,
        _dom: unknown,
        _rect: unknown,
        size: { contentSize: [number, number]; viewSize: [number, number] },
      ) => tooltipPosition(point, size.contentSize, { width: size.viewSize[0], height: drawnHeight }),
      formatter: (params: unknown) => {
        const index = (params as { dataIndex?: number }).dataIndex;
        const line = index === undefined ? undefined : lines[index];
        return line?.row ? tooltipHtml(line.row, line.group, state, lang) : '';
      },
    },
    xAxis: {
      type: 'value',
      name: unit,
      nameLocation: 'end',
      nameGap: 8,
      min: 0,
      // Phones: fewer ticks, and a label that would collide with its neighbour is left out.
      splitNumber: 4,
      axisLabel: { formatter: (value: number) => formatNumber(value, lang), hideOverlap: true },
      splitLine: { lineStyle: { color: '#e5e7eb' } },
    },
    yAxis: {
      type: 'category',
      // First line at the top: the largest value of the first group reads first.
      inverse: true,
      data: lines.map((line) =>
        compareRowLabel(line, state, lang, ui.highlight, { ...(placeName ? { placeName } : {}), narrow: ui.narrow ?? false }),
      ),
      axisTick: { show: false },
      axisLabel: {
        // Every line's label, as ECharts' automatic interval gives on screen (two lines of 16 px in
        // a 44 px row never collide), without measuring fifty labels on each draw to find that out
        // (a tenth of a switch's chart frame). Images keep the automatic rule: their rows and fonts differ.
        ...(layout === COMPARE_LAYOUT ? { interval: 0 } : {}),
        width: margins.labelWidth - 12,
        overflow: 'truncate',
        lineHeight: 16,
        color: '#1f2937',
        rich: {
          name: { color: '#111827', fontSize: 12, lineHeight: 16 },
          meta: { color: '#4b5563', fontSize: 11, lineHeight: 16 },
          year: { color: '#111827', fontSize: 11, fontWeight: 'bold', lineHeight: 16 },
        },
      },
    },
    series: [
      {
        type: 'bar',
        name: state.indicator.label[lang],
        barMaxWidth: 24,
        cursor: 'pointer',
        z: 2,
        data: lines.map((line) => barItem(line, state, lang, margins.labelWidth, ui.highlight)),
        // Always there, empty when no group has a median: the chart merges each option into the
        // last (CompareChart's mergeOptions), and a key left out would keep the last option's segments.
        markLine: {
          silent: true,
          symbol: 'none',
          // Beneath the bars and their labels: the line shows between rows and past short bars.
          z: 1,
          lineStyle: { type: 'dashed', color: MEDIAN_COLOR, width: 1.5 },
          label: { show: false },
          data: segments,
        },
      },
    ],
  };
}

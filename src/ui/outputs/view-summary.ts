/**
 * A view's filters in words, for chart subtitles, README scopes and file names: what a reader of
 * an exported image or table needs to know about what was selected.
 */

import type { ResolvedYear } from '../../data/dataset';
import type { UiState } from '../../state/url-state';
import { formatUnit } from '../i18n/format';
import type { Translate } from '../i18n/i18n';

export type FilterState = Pick<UiState, 'level' | 'province' | 'city' | 'body'> & {
  /** The year compared (see `resolveYear`). */
  readonly year: ResolvedYear;
};

/** The year in words: "2022", or "各地最新一年(年份不同)". */
export function yearText(t: Translate, year: ResolvedYear): string {
  return year.year === null ? t('latestYearOption') : String(year.year);
}

/** "2022 · 县 · 山东省 · 济宁市 · 政府报告": the year always, other filters when set. */
export function filterSummary(t: Translate, filters: FilterState): string {
  return [
    yearText(t, filters.year),
    filters.level === null ? t('allLevels') : t(`level.${filters.level}`),
    filters.province ?? t('allProvinces'),
    filters.city,
    filters.body === 'all' ? null : t(`body.${filters.body}`),
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
}

/** "单位:件 · 2022 · 全部层级 · 全部省份": a chart's subtitle. */
export function chartSubtitle(t: Translate, unit: string, lang: 'zh' | 'en', filters: string): string {
  return `${t('chartUnit', { unit: formatUnit(unit, lang) })} · ${filters}`;
}

/** A safe file-name part: characters file systems refuse become "-" (Chinese names stay readable). */
export function fileNamePart(text: string): string {
  return text.replace(/[\s/\\:*?"<>|,]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

/**
 * A download's name from what it holds, without extension: `fazhi-atlas_compare_legal_aid.cases_2023`,
 * with the filters that narrow it (`…_区_湖南省_per10k`). Empty parts are left out.
 */
export function downloadName(parts: readonly (string | number | null | undefined | false)[]): string {
  return [
    'fazhi-atlas',
    ...parts
      .filter((part): part is string | number => part !== null && part !== undefined && part !== false && part !== '')
      .map((part) => fileNamePart(String(part))),
  ].join('_');
}

/** The parts of a download's name that say a view's filters. */
export function filterNameParts(filters: FilterState & { readonly perCapita?: boolean }): (string | null)[] {
  return [
    filters.year.year === null ? 'latest' : String(filters.year.year),
    filters.level,
    filters.province,
    filters.city,
    filters.body === 'all' ? null : filters.body,
    filters.perCapita ? 'per10k' : null,
  ];
}

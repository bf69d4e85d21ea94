/**
 * A view's filters in words, for chart subtitles, README scopes and file names: what a reader of
 * an exported image or table needs to know about what was selected.
 */

import type { UiState } from '../state/url-state';
import { formatUnit } from './format';
import type { Translate } from './i18n';

export type FilterState = Pick<UiState, 'year' | 'level' | 'province' | 'body'>;

/** "各地最新一年 · 县 · 山东省 · 政府报告": the year always, other filters when set. */
export function filterSummary(t: Translate, filters: FilterState): string {
  return [
    filters.year === null ? t('latestYear') : String(filters.year),
    filters.level === null ? t('allLevels') : t(`level.${filters.level}`),
    filters.province ?? t('allProvinces'),
    filters.body === 'all' ? null : t(`body.${filters.body}`),
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
}

/** "单位:件 · 各地最新一年 · 全部层级 · 全部省份": a chart's subtitle. */
export function chartSubtitle(t: Translate, unit: string, lang: 'zh' | 'en', filters: string): string {
  return `${t('chartUnit', { unit: formatUnit(unit, lang) })} · ${filters}`;
}

/** A safe file-name part from an id (ids are URL-safe already; this guards the rest). */
export function fileNamePart(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '') || 'chart';
}

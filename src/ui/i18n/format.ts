/**
 * How numbers are written on screen: the qualifier as a sign in front (≈ approx, ≥ at least,
 * ≤ at most), grouping by locale, the unit translated. Pure, shared by components and builders.
 */

import type { PrimaryValueEntry } from '../../data/schema';
import { type Lang, LANG_LOCALE } from '../../state/url-state';
import { translate, translateOr } from './i18n';

export type Qualifier = PrimaryValueEntry['qualifier'];

export const QUALIFIER_SIGN: Readonly<Record<Qualifier, string>> = {
  exact: '',
  approx: '≈',
  at_least: '≥',
  at_most: '≤',
};

/**
 * One formatter per language, built on first use: `toLocaleString` with options builds an
 * `Intl.NumberFormat` per call, which the profile of a 3,000-row table showed at ~230 ms.
 */
const NUMBER_FORMATS = new Map<Lang, Intl.NumberFormat>();

export function numberFormat(lang: Lang): Intl.NumberFormat {
  let format = NUMBER_FORMATS.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LANG_LOCALE[lang], { maximumFractionDigits: 2 });
    NUMBER_FORMATS.set(lang, format);
  }
  return format;
}

/** The bare number, grouped for the language, at most two decimals. */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang).format(value);
}

/** The unit for display: Chinese counter words stay in Chinese, English gets words. */
export function formatUnit(unit: string, lang: Lang): string {
  return translateOr(lang, `unit.${unit}`, unit);
}

/** `≈350`, `≥1,000`, `93.27`: the qualifier sign and the number, without unit. */
export function formatQualified(value: number, qualifier: Qualifier, lang: Lang): string {
  return `${QUALIFIER_SIGN[qualifier]}${formatNumber(value, lang)}`;
}

/** `≈350 件` / `≈350 cases` / `93%`: with unit, as read in tables and the drill-down. */
export function formatValueWithUnit(value: number, qualifier: Qualifier, unit: string, lang: Lang): string {
  const number = formatQualified(value, qualifier, lang);
  if (unit === '%') return `${number}%`;
  return `${number} ${formatUnit(unit, lang)}`;
}

/** The year, or "year unknown" for a report whose year could not be read. */
export function formatYear(year: number | null, lang: Lang): string {
  return year === null ? translate(lang, 'unknownYear') : String(year);
}

/** Escapes text for the few places ECharts renders HTML (tooltips): report text is untrusted. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A change between two values: `+27`, `−2.56`, `≈+27` when either value was not exact; with
 * `unit`, the unit too, percentages as percentage points (`+2.56 个百分点`, `+2.56 pp`).
 */
export function formatChange(delta: number, approximate: boolean, lang: Lang, unit?: string): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const number = `${approximate ? '≈' : ''}${sign}${formatNumber(Math.abs(delta), lang)}`;
  if (unit === undefined) return number;
  if (unit === '%') return `${number}${lang === 'zh' ? ' 个百分点' : ' pp'}`;
  return `${number} ${formatUnit(unit, lang)}`;
}

/**
 * The extractor writes warning messages as "中文 / English"; this gives the part for the language
 * (the whole message when it is not in that form).
 */
export function warningText(message: string, lang: 'zh' | 'en'): string {
  const match = / \/ (?=[A-Za-z(])/.exec(message);
  if (!match) return message;
  return lang === 'zh' ? message.slice(0, match.index) : message.slice(match.index + match[0].length);
}

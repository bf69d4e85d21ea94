/**
 * One colour per administrative level, for the compare chart's bars and its legend: bars are
 * coloured by level so that a town's bar never passes for a district's. Each colour has at least
 * 3:1 contrast against white (WCAG non-text contrast).
 */

import type { JurisdictionLevel } from '../../extract/light';

export const LEVEL_COLORS: Readonly<Record<JurisdictionLevel, string>> = {
  省: '#6d28d9',
  市: '#0e7490',
  区: '#2563eb',
  县: '#047857',
  旗: '#4d7c0f',
  开发区: '#b45309',
  街道: '#a21caf',
  镇: '#b91c1c',
  乡: '#57534e',
};

/** Bars whose place has no known level. */
export const UNKNOWN_LEVEL_COLOR = '#475569';

export function levelColor(level: JurisdictionLevel | null | undefined): string {
  return level ? LEVEL_COLORS[level] : UNKNOWN_LEVEL_COLOR;
}

/** `#rrggbb` at an opacity, as `rgba(…)` (the light fill of a derived value's bar). */
export function tint(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

/**
 * Parser 1 of 6: the numeral itself, as the scanner's pattern matched it — 百分之 percentages,
 * Arabic digits with an optional 万/亿 multiplier, or a run of Chinese numerals.
 */

import { parseChineseNumeral } from '../chinese';
import {
  ARABIC_MULTIPLIER_EXPONENTS,
  CHINESE_DIGIT_CHARS,
  CHINESE_MULTIPLIER_CHARS,
  LONE_MULTIPLIER_APPROX_AFTER,
  LONE_MULTIPLIER_BOUND_BEFORE,
  LONE_MULTIPLIER_VALUES,
  PREFIX_QUALIFIER_BLOCKED_BEFORE,
} from '../constants';
import { oneOf } from '../text';

export type Numeral =
  | { readonly kind: 'percent'; readonly value: number }
  | {
      readonly kind: 'arabic';
      /** Digits without separators, with the decimal part: "32740", "6308.73". */
      readonly digits: string;
      /** Power of ten written after the digits (万 → 4). */
      readonly exponent: number;
      /** Written with a thousands separator, a fraction or a multiplier: not a plain integer. */
      readonly plainInteger: boolean;
      /** The decimal part as written (".12"), if any, and whether a multiplier followed. */
      readonly fraction: string | undefined;
      readonly multiplied: boolean;
      readonly integer: string;
    }
  | { readonly kind: 'chinese'; readonly run: string; readonly value: number; readonly endsWithBig: boolean };

/**
 * Whether a lone 百/千/万 at `[start, end)` is a round amount rather than part of a word: it is when
 * a bound or an about stands right before it (近百场, 逾千人次, 超万件) or 余/多 right after it
 * (百余场, 千余件, 万多人) — 百姓, 千家万户, 万人受援率 have neither. 附近/最近 are not 近.
 */
function isRoundAmount(text: string, start: number, end: number): boolean {
  if (oneOf(LONE_MULTIPLIER_APPROX_AFTER, text[end])) return true;
  const before = text[start - 1];
  if (before === undefined || !oneOf(LONE_MULTIPLIER_BOUND_BEFORE, before)) return false;
  return !(PREFIX_QUALIFIER_BLOCKED_BEFORE[before]?.includes(text[start - 2] ?? '\0') ?? false);
}

/**
 * Reads the match of NUMBER_PATTERN (groups: 1 百分之 body; 2 Arabic integer, 3 decimals, 4
 * multiplier; 5 Chinese run). Null when the Chinese run is a word rather than a number: a lone
 * multiplier (万人, 百家) unless it is a round amount (近百场, 千余件: see isRoundAmount), a
 * digit-by-digit pair (一两个, 三五人: a range) or a run led by 零.
 */
export function readNumeral(match: RegExpExecArray): Numeral | null {
  const percentBody = match[1];
  if (percentBody !== undefined) {
    const value = percentBody === '百' ? 100 : parseChineseNumeral(percentBody);
    return value === null ? null : { kind: 'percent', value };
  }
  const integer = match[2];
  if (integer !== undefined) {
    const multiplier = match[4];
    return {
      kind: 'arabic',
      digits: integer.replaceAll(',', '') + (match[3] ?? ''),
      exponent: multiplier === undefined ? 0 : ARABIC_MULTIPLIER_EXPONENTS[multiplier]!,
      plainInteger: match[3] === undefined && multiplier === undefined && !integer.includes(','),
      fraction: match[3],
      multiplied: multiplier !== undefined,
      integer,
    };
  }
  const run = match[5]!;
  const round = LONE_MULTIPLIER_VALUES[run];
  if (round !== undefined) {
    const end = match.index + run.length;
    if (!isRoundAmount(match.input, match.index, end)) return null;
    return { kind: 'chinese', run, value: round, endsWithBig: run.endsWith('万') };
  }
  const point = run.indexOf('点');
  const whole = point < 0 ? run : run.slice(0, point); // the whole part of 三点五万
  let hasDigit = false;
  let hasMultiplier = false;
  for (const ch of whole) {
    if (CHINESE_DIGIT_CHARS.includes(ch)) hasDigit = true;
    else if (CHINESE_MULTIPLIER_CHARS.includes(ch)) hasMultiplier = true;
  }
  if (!hasDigit && whole[0] !== '十') return null;
  if (!hasMultiplier && whole.length > 1) return null;
  if (whole[0] === '零' || whole[0] === '〇') return null;
  const value = parseChineseNumeral(run);
  if (value === null) return null;
  const last = run[run.length - 1];
  return { kind: 'chinese', run, value, endsWithBig: last === '万' || last === '亿' };
}

/**
 * Numeral values: Chinese numerals (一百二十, 三千零五, 二〇二三), Arabic numerals with thousands
 * separators, and Arabic numerals with a Chinese multiplier (1.5万).
 */

import { ARABIC_MULTIPLIER_EXPONENTS, CHINESE_BIG_UNITS, CHINESE_DIGITS, CHINESE_SMALL_UNITS } from './constants';

/**
 * `digits × 10^exponent`, computed by JavaScript's own decimal parser so that "6308.73" × 10⁴ is
 * exactly 63087300 rather than the 63087300.00000001 a float multiplication gives.
 */
export function scaleDecimal(digits: string, exponent: number): number {
  return exponent === 0 ? Number(digits) : Number(`${digits}e${exponent}`);
}

const ARABIC = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([十百千万亿]*)$/;

/** Chinese integer, or null when the characters do not form one. */
function parseChineseInteger(s: string): number | null {
  if (s.length === 0) return null;
  let hasMultiplier = false;
  for (const ch of s) {
    if (CHINESE_SMALL_UNITS[ch] !== undefined || CHINESE_BIG_UNITS[ch] !== undefined) hasMultiplier = true;
    else if (CHINESE_DIGITS[ch] === undefined) return null;
  }
  if (!hasMultiplier) {
    // Digit-by-digit form, as years are written: 二〇二三.
    let out = 0;
    for (const ch of s) out = out * 10 + CHINESE_DIGITS[ch]!;
    return out;
  }

  let total = 0;
  let section = 0;
  let digit = -1; // pending digit, -1 when none
  let lastSmall = Infinity; // small multipliers must fall within a section: 千 > 百 > 十
  let lastBig = Infinity;
  let previousUnit = 0; // value of the multiplier right before the current character, 0 if none
  let unitBeforeDigit = 0;
  for (const ch of s) {
    const d = CHINESE_DIGITS[ch];
    if (d !== undefined) {
      if (digit !== -1) return null; // 一二百: two digits in a row are a range, not a number
      if (d === 0) {
        previousUnit = 0;
        continue;
      }
      digit = d;
      unitBeforeDigit = previousUnit;
      previousUnit = 0;
      continue;
    }
    const small = CHINESE_SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      let n = digit;
      // 十 may open a section on its own: 十五, 十万.
      if (n === -1) {
        if (small === 10 && section === 0) n = 1;
        else return null;
      }
      section += n * small;
      digit = -1;
      lastSmall = small;
      previousUnit = small;
      continue;
    }
    const big = CHINESE_BIG_UNITS[ch]!;
    if (digit !== -1) section += digit;
    if (section === 0) {
      // 万亿: a big unit right after a smaller one multiplies everything so far.
      if (digit === -1 && previousUnit !== 0 && previousUnit < big && total > 0) {
        total *= big;
        lastBig = big;
        previousUnit = big;
        continue;
      }
      return null; // 万一, 万万: a multiplier with nothing to multiply
    }
    if (big > lastBig) total = (total + section) * big;
    else if (big === lastBig) return null;
    else total += section * big;
    section = 0;
    digit = -1;
    lastSmall = Infinity;
    lastBig = big;
    previousUnit = big;
  }
  if (digit !== -1) {
    // 一百五 = 150, 一万五 = 15000: a final digit right after 百/千/万/亿 stands for the next place
    // down. After 零 (一百零五) or 十 (十五) it is units.
    section += unitBeforeDigit >= 100 ? (digit * unitBeforeDigit) / 10 : digit;
  }
  return total + section;
}

/**
 * The value of a numeral as written in a report.
 *
 * Accepts Chinese numerals (一百二十 → 120, 两 → 2, 十 → 10, 十五 → 15, 三千零五 → 3005, 五万 → 50000,
 * 一亿五千万 → 150000000, 一百五 → 150), the digit-by-digit year form (二〇二三 → 2023), decimals with
 * 点 (九十五点五 → 95.5), financial forms (壹贰叁…拾佰仟), and Arabic numerals with optional thousands
 * separators and a trailing Chinese multiplier (2,973 → 2973, 1.5万 → 15000, 1.2亿 → 120000000).
 *
 * @returns the value, or null when `s` is not one numeral (empty, mixed, 一二百, 万一).
 */
export function parseChineseNumeral(s: string): number | null {
  const text = s.trim();
  if (text.length === 0) return null;

  const arabic = ARABIC.exec(text);
  if (arabic) {
    const digits = arabic[1]!.replaceAll(',', '') + (arabic[2] ?? '');
    const suffix = arabic[3]!;
    let exponent = 0;
    if (suffix.length > 0) {
      const known = ARABIC_MULTIPLIER_EXPONENTS[suffix];
      if (known !== undefined) exponent = known;
      else if (suffix === '十') exponent = 1;
      else if (suffix === '百') exponent = 2;
      else return null;
    }
    return finite(scaleDecimal(digits, exponent));
  }

  const point = text.indexOf('点');
  if (point >= 0) {
    // 九十五点五, 三点五万: the fraction is read digit by digit and may end with 万 or 亿.
    const whole = parseChineseInteger(text.slice(0, point));
    let fraction = text.slice(point + 1);
    let exponent = 0;
    const last = fraction[fraction.length - 1];
    if (last === '万' || last === '亿') {
      exponent = last === '万' ? 4 : 8;
      fraction = fraction.slice(0, -1);
    }
    if (whole === null || fraction.length === 0) return null;
    let digits = '';
    for (const ch of fraction) {
      const d = CHINESE_DIGITS[ch];
      if (d === undefined) return null;
      digits += String(d);
    }
    return finite(scaleDecimal(`${whole}.${digits}`, exponent));
  }

  const value = parseChineseInteger(text);
  return value === null ? null : finite(value);
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/**
 * Parser 5 of 6: an Arabic number without a unit must look like a quantity standing alone — not a
 * phone, index or ID number, a hotline (12345), a list marker (1. 2、 (3)), a date (2023.12), the
 * start of a plan period (2021至2025年), or a code running into a word (5180工作室) — unless it is
 * the first number of a change (由53.4提升至95).
 */

import {
  DATE_YEAR_MAX,
  DATE_YEAR_MIN,
  HOTLINE_MAX,
  HOTLINE_MIN,
  LIST_MARKER_AFTER,
  LIST_MARKER_BEFORE,
  MAX_UNITLESS_DIGITS,
  RANGE_WORDS,
  UNITLESS_ALLOWED_NEXT,
} from '../constants';
import { isDigit, isIdeograph, isLineStart, oneOf, skipSpacesBackward, skipSpacesForward, wordAt } from '../text';
import { changeAfter } from './change';
import { SKIP_AFTER_INDEX } from './context';
import type { Numeral } from './numeral';

/** `quantity`: stands alone; `change-start`: kept only if a change phrase completes it; `not-quantity`. */
export type UnitlessVerdict = 'quantity' | 'change-start' | 'not-quantity';

/** True when a number at `pos` is followed by a date word: the end of "2021至2025年". */
function isDateRangeEnd(text: string, pos: number): boolean {
  let p = skipSpacesForward(text, pos);
  const digitsStart = p;
  while (isDigit(text[p])) p += 1;
  return p > digitsStart && wordAt(SKIP_AFTER_INDEX, text, skipSpacesForward(text, p)) !== null;
}

/**
 * Judges a unitless Arabic numeral at `[start, numberEnd)` whose mention ends at `end` (after a
 * suffix qualifier, if any). `inner`: an 余/多 followed it.
 */
export function judgeUnitless(
  text: string,
  start: number,
  numberEnd: number,
  end: number,
  numeral: Extract<Numeral, { kind: 'arabic' }>,
  inner: boolean,
): UnitlessVerdict {
  if (numeral.plainInteger && !inner) {
    if (numeral.digits.length > MAX_UNITLESS_DIGITS) return 'not-quantity'; // phone, index and ID numbers
    const n = Number(numeral.digits);
    if (n >= HOTLINE_MIN && n <= HOTLINE_MAX) return 'not-quantity';
    const after = text[numberEnd];
    // List markers: "1." "2、" "3)" at a line start or after a sentence; "(1)" anywhere.
    if (oneOf(LIST_MARKER_AFTER, after)) {
      if (isLineStart(text, start)) return 'not-quantity';
      if (after !== ')' && oneOf(LIST_MARKER_BEFORE, text[skipSpacesBackward(text, start, 0) - 1])) return 'not-quantity';
    }
    if (text[start - 1] === '(' && after === ')') return 'not-quantity';
  }
  const { fraction } = numeral;
  if (fraction !== undefined && !numeral.multiplied && fraction.length <= 3) {
    const year = Number(numeral.digits.slice(0, numeral.digits.indexOf('.')));
    const month = Number(fraction.slice(1));
    if (year >= DATE_YEAR_MIN && year <= DATE_YEAR_MAX && month >= 1 && month <= 12) return 'not-quantity'; // 2023.12
  }
  const nextAt = skipSpacesForward(text, end);
  const next = text[nextAt];
  if (next === '(' && numeral.plainInteger) return 'not-quantity'; // "81890(拨一拨就灵)人民调解服务专线"
  if (oneOf(RANGE_WORDS, next) && isDateRangeEnd(text, nextAt + 1)) return 'not-quantity'; // 2021至2025年
  if (isIdeograph(next) && !oneOf(UNITLESS_ALLOWED_NEXT, next)) {
    // Runs into a word: a name or code ("12345市民热线", "5180工作室", "14812岁"), unless it is
    // the first number of a change ("由53.4提升至95").
    return changeAfter(text, end) < 0 ? 'not-quantity' : 'change-start';
  }
  return 'quantity';
}

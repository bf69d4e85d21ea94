/**
 * Parser 3 of 6: what follows a numeral — a percent sign, an inner "about" (余/多/来, with a 万 or
 * 亿 after it: 十余万), and the measure word (件, 人次, 元…), with the checks that keep a Chinese
 * numeral and its "unit" from being the start of a word (一本账, 三项制度, 一次性).
 */

import {
  BARE_ONE_BLOCKED_PHRASES,
  BARE_ONE_UNITS,
  BOUNDARY_UNITS,
  CHINESE_BLOCKED_AFTER_UNIT,
  CHINESE_NUMERAL_CHARS,
  CHINESE_UNITS,
  INNER_APPROX,
  UNIT_BLOCKED_CONTINUATIONS,
  UNITS,
} from '../constants';
import { indexBy, isIdeograph, oneOf, skipSpacesForward, wordAt } from '../text';
import { SKIP_AFTER_INDEX } from './context';
import type { Numeral } from './numeral';
import { suffixQualifierAt } from './qualifier';

const UNIT_INDEX = indexBy(UNITS, (word) => word[0]!);

/** The measure word at `pos`, or null. Falls back to a shorter unit when a longer one is blocked. */
export function unitAt(text: string, pos: number, chinese: boolean): string | null {
  const list = UNIT_INDEX.get(text[pos] ?? '');
  if (!list) return null;
  for (const unit of list) {
    if (!text.startsWith(unit, pos)) continue;
    if (chinese && !CHINESE_UNITS.has(unit)) continue;
    const after = pos + unit.length;
    const next = text[after];
    const blocked = UNIT_BLOCKED_CONTINUATIONS[unit];
    if (blocked !== undefined && next !== undefined && blocked.includes(next)) continue;
    if (BOUNDARY_UNITS.has(unit) && isIdeograph(next) && suffixQualifierAt(text, after) === null) continue;
    return unit;
  }
  return null;
}

export interface Tail {
  readonly isPercent: boolean;
  /** 余/多/来 between the numeral and its unit. */
  readonly inner: boolean;
  /** 万/亿 written after 余/多: "十余万人", "130余万元". */
  readonly extraExponent: number;
  readonly unit: string | null;
  /** Where the unit starts, or -1. */
  readonly unitStart: number;
  /** End of the numeral with its inner qualifier ("十余"). */
  readonly numeralEnd: number;
  /** End of the mention so far (before a suffix qualifier). */
  readonly end: number;
}

/** Reads what follows the numeral `[start, numberEnd)`; null when it makes the numeral a word. */
export function readTail(text: string, start: number, numberEnd: number, numeral: Numeral): Tail | null {
  const look = skipSpacesForward(text, numberEnd);
  const chinese = numeral.kind === 'chinese';
  if (numeral.kind === 'percent')
    return { isPercent: true, inner: false, extraExponent: 0, unit: null, unitStart: -1, numeralEnd: numberEnd, end: numberEnd };
  if (text[look] === '%')
    return { isPercent: true, inner: false, extraExponent: 0, unit: null, unitStart: -1, numeralEnd: numberEnd, end: look + 1 };

  let end = numberEnd; // spaces count only when something follows them
  let numeralEnd = numberEnd;
  let inner = false;
  let extraExponent = 0;
  let unit: string | null;
  let q = look;
  // 「27.4 万元」: pages that space their numbers put the 万 or 亿 after the space too.
  const spacedBig = text[q];
  if (
    q > numberEnd &&
    numeral.kind === 'arabic' &&
    numeral.exponent === 0 &&
    (spacedBig === '万' || spacedBig === '亿') &&
    unitAt(text, skipSpacesForward(text, q + 1), chinese) !== null
  ) {
    extraExponent = spacedBig === '万' ? 4 : 8;
    q += 1;
    numeralEnd = q;
    q = skipSpacesForward(text, q);
  }
  const innerChar = text[q];
  if (oneOf(INNER_APPROX, innerChar)) {
    inner = true;
    q += 1;
    const big = text[q];
    const alreadyScaled = (numeral.kind === 'arabic' && numeral.exponent > 0) || (numeral.kind === 'chinese' && numeral.endsWithBig);
    if (!alreadyScaled && (big === '万' || big === '亿')) {
      extraExponent = big === '万' ? 4 : 8;
      q += 1;
    }
    const innerEnd = q;
    q = skipSpacesForward(text, q);
    if (wordAt(SKIP_AFTER_INDEX, text, q) !== null) return null; // 10多年, 3余月
    unit = unitAt(text, q, chinese);
    if (unit === null) {
      // 来 means "about" only before a unit; without one it is a verb (以来, 到来).
      if (innerChar === '来') {
        inner = false;
        extraExponent = 0;
      } else end = innerEnd;
    }
    if (inner) numeralEnd = innerEnd;
  } else unit = unitAt(text, q, chinese);
  const unitStart = unit === null ? -1 : q;
  if (unit !== null) end = q + unit.length;

  if (chinese && !chineseUnitFits(text, start, numeral.run, unit, unitStart)) return null;
  return { isPercent: false, inner, extraExponent, unit, unitStart, numeralEnd, end };
}

/** A Chinese numeral counts only with a measure word that does not begin a word or a slogan. */
function chineseUnitFits(text: string, start: number, run: string, unit: string | null, unitStart: number): boolean {
  if (unit === null) return false;
  const afterUnit = unitStart + unit.length;
  if (oneOf(CHINESE_NUMERAL_CHARS, text[afterUnit])) return false; // 一村一, 五个一, 三天两头
  if (run === '一') {
    if (!BARE_ONE_UNITS.has(unit)) return false;
    if (BARE_ONE_BLOCKED_PHRASES.some((phrase) => text.startsWith(phrase, start))) return false;
  }
  const blocked = CHINESE_BLOCKED_AFTER_UNIT[unit];
  return blocked === undefined || !blocked.some((word) => text.startsWith(word, afterUnit));
}

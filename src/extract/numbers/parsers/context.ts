/**
 * Parser 2 of 6: the characters right around a numeral that make it something other than a
 * quantity — a rate base (每10万人), part of a code or name (5G, 1+X, 〔2022〕), a date or time
 * (2021-03-11, 10:19), a vague Chinese amount (数十, 十几), an ordinal (第5次), or a date word
 * after it (2022年, 3月).
 */

import {
  BARE_ONE_BLOCKED_BEFORE,
  CHINESE_VAGUE_AFTER,
  CHINESE_VAGUE_BEFORE,
  DIGIT_SEPARATORS,
  GLUE_CHARS,
  ORDINAL_BEFORE,
  SKIP_AFTER,
  SKIP_BEFORE,
} from '../constants';
import { indexBy, isDigit, isLetter, oneOf, skipSpacesBackward, skipSpacesForward, wordAt } from '../text';
import type { Numeral } from './numeral';

export const SKIP_AFTER_INDEX = indexBy(SKIP_AFTER, (word) => word[0]!);

export type ContextVerdict = { readonly quantity: false } | { readonly quantity: true; readonly ordinal: boolean };

/**
 * Judges the numeral spanning `[start, end)` by its neighbours. `floor` is the end of the previous
 * mention: nothing before it is read.
 */
export function judgeContext(text: string, start: number, end: number, numeral: Numeral, floor: number): ContextVerdict {
  const notQuantity = { quantity: false } as const;
  const before = skipSpacesBackward(text, start, floor);
  if (oneOf(SKIP_BEFORE, text[before - 1])) return notQuantity;
  const ordinal = oneOf(ORDINAL_BEFORE, text[before - 1]);
  const previous = text[start - 1];
  const next = text[end];
  if (numeral.kind === 'arabic') {
    if (isLetter(previous) || oneOf(GLUE_CHARS, previous)) return notQuantity;
    if (oneOf(DIGIT_SEPARATORS, previous) && isDigit(text[start - 2])) return notQuantity;
    if (isLetter(next) || oneOf(GLUE_CHARS, next)) return notQuantity;
    if (oneOf(DIGIT_SEPARATORS, next) && isDigit(text[end + 1])) return notQuantity;
  } else if (numeral.kind === 'chinese') {
    if (isDigit(previous) || oneOf(CHINESE_VAGUE_BEFORE, previous)) return notQuantity;
    if (numeral.run === '一' && oneOf(BARE_ONE_BLOCKED_BEFORE, previous)) return notQuantity;
    if (oneOf(CHINESE_VAGUE_AFTER, next)) return notQuantity;
  }
  if (wordAt(SKIP_AFTER_INDEX, text, skipSpacesForward(text, end)) !== null) return notQuantity;
  return { quantity: true, ordinal };
}

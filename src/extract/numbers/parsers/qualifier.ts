/**
 * Parser 4 of 6: the qualifier words around a number — before it (近, 约, 超过, 不足…), and after it
 * (以上, 左右, 以内…) — and how they combine with an inner 余/多.
 */

import type { Qualifier } from '../../types';
import {
  PREFIX_QUALIFIER_BLOCKED_BEFORE,
  PREFIX_QUALIFIERS,
  type QualifierWord,
  SUFFIX_NEEDS_BOUNDARY,
  SUFFIX_QUALIFIERS,
} from '../constants';
import { indexBy, isIdeograph, skipSpacesBackward } from '../text';

const PREFIX_QUALIFIER_BY_WORD = new Map<string, Qualifier>(PREFIX_QUALIFIERS.map((q) => [q.word, q.qualifier]));
const PREFIX_INDEX = indexBy(
  PREFIX_QUALIFIERS.map((q) => q.word),
  (word) => word[word.length - 1]!,
);

/** The suffix qualifier word at `pos`, or null. */
export function suffixQualifierAt(text: string, pos: number): QualifierWord | null {
  for (const q of SUFFIX_QUALIFIERS) {
    if (!text.startsWith(q.word, pos)) continue;
    if (SUFFIX_NEEDS_BOUNDARY.has(q.word) && isIdeograph(text[pos + q.word.length])) continue;
    return q;
  }
  return null;
}

/** The prefix qualifier ending right before the numeral at `start` (not before `floor`), or null. */
export function prefixQualifierBefore(
  text: string,
  start: number,
  floor: number,
): { readonly qualifier: Qualifier; readonly start: number } | null {
  const qualifierEnd = skipSpacesBackward(text, start, floor);
  const candidates = PREFIX_INDEX.get(text[qualifierEnd - 1] ?? '');
  if (!candidates) return null;
  for (const word of candidates) {
    const at = qualifierEnd - word.length;
    if (at < floor || !text.startsWith(word, at)) continue;
    if (word.length === 1 && PREFIX_QUALIFIER_BLOCKED_BEFORE[word]?.includes(text[at - 1] ?? '\0')) continue;
    return { qualifier: PREFIX_QUALIFIER_BY_WORD.get(word)!, start: at };
  }
  return null;
}

/**
 * A bound says more than "about": "超过95%以上" is at least 95. The word nearer the end wins
 * between two bounds, as a reader takes the last word as the correction.
 */
export function combineQualifiers(prefix: Qualifier | null, inner: boolean, suffix: Qualifier | null): Qualifier {
  if (suffix === 'at_least' || suffix === 'at_most') return suffix;
  if (prefix === 'at_least' || prefix === 'at_most') return prefix;
  if (prefix === 'approx' || inner || suffix === 'approx') return 'approx';
  return 'exact';
}

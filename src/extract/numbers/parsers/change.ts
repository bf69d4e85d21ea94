/**
 * Parser 6 of 6: changes, "由53.4%提升至95%" / "从30个工作日压缩到5个" / "由2021年的10%提高到…": the
 * opener (由/从) before the first number, the verb after it, and where the second number must start.
 */

import { CHANGE_GAP_MAX, CHANGE_GAP_STOP, CHANGE_OPENERS, CHANGE_TRANSITIONS } from '../constants';
import { indexBy, oneOf, skipSpacesBackward, skipSpacesForward, wordAt } from '../text';

const TRANSITION_INDEX = indexBy(CHANGE_TRANSITIONS, (word) => word[0]!);

/**
 * Where 由/从 opens a change whose first number starts at `pos`: right before it ("由53.4%") or
 * before a short phrase ending in 的 ("由原来的30个工作日", "由2021年的10%"). -1 when none.
 */
export function changeOpenerBefore(text: string, pos: number, floor: number): number {
  const at = skipSpacesBackward(text, pos, floor) - 1;
  if (at < floor) return -1;
  if (oneOf(CHANGE_OPENERS, text[at])) return at;
  if (text[at] !== '的') return -1;
  for (let p = at - 1; p >= floor && at - p <= CHANGE_GAP_MAX; p -= 1) {
    const ch = text[p]!;
    if (CHANGE_OPENERS.includes(ch)) return p;
    if (CHANGE_GAP_STOP.includes(ch)) return -1;
  }
  return -1;
}

/** After a short phrase ending in 的 at `pos` ("2022年的"), where the next word starts; else -1. */
export function gapAfter(text: string, pos: number): number {
  for (let p = pos; p < text.length && p - pos < CHANGE_GAP_MAX; p += 1) {
    const ch = text[p]!;
    if (ch === '的') return skipSpacesForward(text, p + 1);
    if (CHANGE_GAP_STOP.includes(ch)) return -1;
  }
  return -1;
}

/** End of a change phrase ("提升至", "提高到了") starting at `pos` (spaces allowed), or -1. */
export function changeAfter(text: string, pos: number): number {
  const at = skipSpacesForward(text, pos);
  const word = wordAt(TRANSITION_INDEX, text, at);
  return word === null ? -1 : skipSpacesForward(text, at + word.length);
}

/**
 * The quote mask: characters inside quotes and titles hold names and slogans, not quantities
 * (“5180(我要帮您)”, 《2021—2025年规划》), so numerals there are never reported.
 */

import { MAX_QUOTE_LENGTH, MAX_TITLE_LENGTH, QUOTE_PAIRS, SYMMETRIC_QUOTE } from '../constants';

const CLOSE_TO_OPEN = new Map<string, string>(Object.entries(QUOTE_PAIRS).map(([open, close]) => [close, open]));

/** Every character quote pairing looks at; the scan visits only these. */
const QUOTE_EVENT = new RegExp('[\\n' + [SYMMETRIC_QUOTE, ...Object.keys(QUOTE_PAIRS), ...Object.values(QUOTE_PAIRS)].join('') + ']', 'g');

/**
 * Marks the characters inside quotes and titles. Each kind of mark is paired on its own line, and
 * only within a length limit: a lost quote mark (common in pasted reports) then hides at most a
 * few words, never the rest of the paragraph.
 */
export function quoteMask(text: string): Uint8Array | null {
  let mask: Uint8Array | null = null;
  const open = new Map<string, number>(); // opening mark → position of the pending one
  let symmetric = -1;
  const mark = (from: number, to: number): void => {
    mask ??= new Uint8Array(text.length);
    mask.fill(1, from, to + 1);
  };
  QUOTE_EVENT.lastIndex = 0;
  for (let event = QUOTE_EVENT.exec(text); event !== null; event = QUOTE_EVENT.exec(text)) {
    const i = event.index;
    const ch = event[0];
    if (ch === '\n') {
      symmetric = -1;
      if (open.size > 0) open.clear();
      continue;
    }
    if (ch === SYMMETRIC_QUOTE) {
      if (symmetric >= 0 && i - symmetric - 1 <= MAX_QUOTE_LENGTH) {
        mark(symmetric, i);
        symmetric = -1;
      } else symmetric = i;
      continue;
    }
    const limit = ch === '《' || ch === '》' ? MAX_TITLE_LENGTH : MAX_QUOTE_LENGTH;
    if (QUOTE_PAIRS[ch] !== undefined) {
      const pending = open.get(ch);
      // A second opening mark restarts the pair only once the first is too old to close.
      if (pending === undefined || i - pending > limit) open.set(ch, i);
      continue;
    }
    const opener = CLOSE_TO_OPEN.get(ch)!;
    const pending = open.get(opener);
    if (pending !== undefined && i - pending - 1 <= limit) mark(pending, i);
    open.delete(opener);
  }
  return mask;
}

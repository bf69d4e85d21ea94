/**
 * Counts given 分别, in the order of the things listed before them: 「受理、审结行政复议案件分别为46件、41件」 received 46
 * cases and concluded 41, 「办理人大代表建议和政协委员提案分别为41件和57件」 handled 41 suggestions and 57 proposals. Each
 * number after 分别 belongs to the item of the list in its place, not to whatever words stand nearest to it.
 */

import type { ParagraphSpan } from '../../lib/spans';
import type { NumberMention } from '../numbers';

/** The list a number after 分别 belongs to, and its place in it. */
export interface RespectiveItems {
  readonly items: readonly ParagraphSpan[];
  readonly index: number;
}

export const RESPECTIVELY = '分别';
/** What may stand between 分别 and the numbers it distributes, besides the numbers themselves. */
const BETWEEN_NUMBERS = /^(?:为|是|达到?|有)?[\s、,和及与]*$/;
/** What joins the items of a list: before 分别, and before a 等 that closes one (match.ts). */
export const ITEM_SEPARATOR = /、|以及|和|及|与/g;
/** Where the list before 分别 starts: after the last break of the sentence before it. */
const LIST_BREAK = /[,;:。]/;
/** How far before a number its 分别 is looked for, and before 分别 its list: a list of counts is short. */
const REACH = 60;

/**
 * The list before 分别 and the place in it of the number `mentions[index]`, or null when the number does not follow
 * 分别 in a list of counts (only numbers, their units and joining words between 分别 and it), or the list before 分别 has
 * fewer items than the numbers given.
 */
export function respectiveItems(
  text: string,
  mentions: readonly NumberMention[],
  index: number,
  sentenceStart: number,
): RespectiveItems | null {
  const mention = mentions[index]!;
  const from = Math.max(sentenceStart, mention.start - REACH);
  // Searched in a bounded slice: a paragraph may be a megabyte long, and this runs for every number.
  const found = text.slice(from, mention.start).lastIndexOf(RESPECTIVELY);
  if (found === -1) return null;
  const respectively = from + found;
  // The numbers between 分别 and this one, and nothing but joining words between them.
  let place = 0;
  let between = '';
  let cursor = respectively + RESPECTIVELY.length;
  for (let earlier = index - 1; earlier >= 0 && mentions[earlier]!.start >= cursor; earlier -= 1) place += 1;
  for (let other = index - place; other < index; other += 1) {
    between += text.slice(cursor, mentions[other]!.start);
    cursor = mentions[other]!.end;
  }
  between += text.slice(cursor, mention.start);
  if (!BETWEEN_NUMBERS.test(between)) return null;
  let listStart = respectively;
  while (listStart > Math.max(sentenceStart, respectively - REACH) && !LIST_BREAK.test(text[listStart - 1]!)) listStart -= 1;
  const items: ParagraphSpan[] = [];
  let itemStart = listStart;
  for (const separator of text.slice(listStart, respectively).matchAll(ITEM_SEPARATOR)) {
    items.push({ start: itemStart, end: listStart + separator.index });
    itemStart = listStart + separator.index + separator[0].length;
  }
  items.push({ start: itemStart, end: respectively });
  if (items.length < 2 || place >= items.length) return null;
  return { items, index: place };
}

/**
 * The measure word a 、-list says once for its items. A breakdown written as a list often drops the unit of some items,
 * most often of a zero (「其中,行政许可44件、其他类10、行政处罚0、行政强制0、行政征收征用1件」「受理行政复议申请6件、办结5、纠错
 * 1件」): a number that ends its item bare counts in the unit its neighbours in the list count in, and is read with it.
 */

import type { NumberMention } from '../numbers';

/** What ends a list item: the list's own 、, or the end of its clause or sentence. */
const ITEM_END = /[、,;:。!?\n]/;
/** Units a list item's count may lend its bare neighbours: counts of things, never a rate, money or a time. */
const LENDABLE_UNIT = /^(?:件|起|宗|件次|个|项|份|场|场次|次|人|名|人次|期|卷|本|套|条|批次|笔)$/;

/** Only spaces between a number and the end of its item: it ends its item, where its unit would stand. */
const ENDS_ITEM = /^ *(?:[、,;:。!?\n]|$)/;

/**
 * The unit of the nearest number with a unit among the list's items on one side of mention `index` (step -1 or +1),
 * passing over items that are bare numbers as well; null when the list ends first, or the nearest has no lendable unit.
 */
function neighbourUnit(text: string, mentions: readonly NumberMention[], index: number, step: -1 | 1): string | null {
  let at = index;
  for (;;) {
    const current = mentions[at]!;
    const next = mentions[at + step];
    if (next === undefined) return null;
    // The two numbers must stand in items next to each other: only one 、 and no other item end between them.
    const between = step === 1 ? text.slice(current.end, next.start) : text.slice(next.end, current.start);
    const comma = between.indexOf('、');
    if (comma < 0 || ITEM_END.test(between.slice(0, comma)) || ITEM_END.test(between.slice(comma + 1))) return null;
    if (next.isPercent) return null;
    if (next.unit !== null) return LENDABLE_UNIT.test(next.unit) ? next.unit : null;
    at += step;
  }
}

/**
 * The paragraph's numbers with the bare items of a 、-list given their list's unit: the nearest unit of a number before
 * it in the list, else after it. A bare number not ending its item (「调处纠纷2973,涉及…」) or outside a list keeps no unit.
 */
export function withListUnits(text: string, mentions: readonly NumberMention[]): readonly NumberMention[] {
  let read: NumberMention[] | null = null;
  mentions.forEach((mention, index) => {
    if (mention.unit !== null || mention.isPercent || !ENDS_ITEM.test(text.slice(mention.end, mention.end + 4))) return;
    const unit = neighbourUnit(text, mentions, index, -1) ?? neighbourUnit(text, mentions, index, 1);
    if (unit === null) return;
    read ??= [...mentions];
    read[index] = { ...mention, unit };
  });
  return read ?? mentions;
}

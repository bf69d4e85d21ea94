/**
 * The scan of findNumbers (./find.ts): where the next numeral of a text is, Arabic, Chinese or
 * 百分之…, before the parsers judge whether it is a quantity.
 */

// Groups: 1 = 百分之 body; 2 = Arabic integer part, 3 = decimal part, 4 = multiplier; 5 = Chinese run.
// The Arabic integer takes a thousands separator only as 1–3 digits then groups of exactly three
// ("32,740" yes, "2973,740" no: that is 2973 and a clause comma). The lookbehind keeps a match from
// starting inside a digit run or right after a decimal point.
export const NUMBER_PATTERN =
  /百分之(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)|(?<![\d.])(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?(万亿|百万|千万|万|亿|千)?|([零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+[万亿]?)?)/y;

/**
 * The code units a match of NUMBER_PATTERN can start with: 百 (百分之), an ASCII digit, a Chinese
 * numeral. The scan tries the (sticky) pattern only where one of them stands: a global search tried
 * all three alternatives at every character of the paragraph, which cost a third of findNumbers.
 * A position that cannot start a match is one the global search would have passed over, so the
 * matches are the same, in the same order.
 */
const MAY_START_NUMBER = new Uint8Array(0x10000);
for (const ch of '0123456789零〇一二两三四五六七八九十百千万亿') MAY_START_NUMBER[ch.charCodeAt(0)] = 1;

/** The next match of NUMBER_PATTERN at or after `from`, as a global search from `from` would find it, or null. */
export function nextNumeral(text: string, from: number): RegExpExecArray | null {
  for (let i = from; i < text.length; i += 1) {
    if (MAY_START_NUMBER[text.charCodeAt(i)] !== 1) continue;
    NUMBER_PATTERN.lastIndex = i;
    const match = NUMBER_PATTERN.exec(text);
    if (match !== null) return match;
  }
  return null;
}

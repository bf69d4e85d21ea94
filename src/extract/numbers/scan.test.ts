import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { nextNumeral, NUMBER_PATTERN } from './scan';

/** The search the scan replaced: NUMBER_PATTERN tried at every position from `from` on. */
function globalSearch(text: string, from: number): RegExpExecArray | null {
  const pattern = new RegExp(NUMBER_PATTERN.source, 'g');
  pattern.lastIndex = from;
  return pattern.exec(text);
}

/** What a match says: where it is and each group, so two matches compare by value. */
const described = (match: RegExpExecArray | null) => (match === null ? null : { index: match.index, groups: [...match] });

/** The pieces numerals are made of and broken by: digits, separators, Chinese numerals and their neighbours. */
const PIECES = [...'0123456789.,零〇一二两三四五六七八九十百千万亿点分之件人是统第%年', '百分之', '万亿', '百万', '千万', ' ', '\n'];

describe('nextNumeral', () => {
  it('finds what a global search of NUMBER_PATTERN finds, from any position', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 40 }), fc.nat(45), (text, from) => {
        expect(described(nextNumeral(text, from))).toEqual(described(globalSearch(text, from)));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a report sentence numeral by numeral, as the global search did', () => {
    const text = '2022年,受理行政复议案件1,234件,其中一是纠错百分之十二点五,涉及3.5万元、十余人次,同比提高12.5%。';
    const scanned: string[] = [];
    for (let match = nextNumeral(text, 0); match !== null; match = nextNumeral(text, match.index + match[0].length)) scanned.push(match[0]);
    expect(scanned).toEqual([...text.matchAll(new RegExp(NUMBER_PATTERN.source, 'g'))].map((match) => match[0]));
    expect(scanned).toEqual(['2022', '1,234', '一', '百分之十二点五', '3.5万', '十', '12.5']);
  });
});

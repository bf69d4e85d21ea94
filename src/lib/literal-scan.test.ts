import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { literalScanner } from './literal-scan';

/** What the scanner stands for: a global search of the words' alternation. */
function regexMatches(words: readonly string[], text: string) {
  return [...text.matchAll(new RegExp(words.join('|'), 'g'))].map((match) => ({ start: match.index, word: match[0] }));
}

describe('literalScanner', () => {
  it('finds what a global search of the alternation finds, the earlier word first where two start alike', () => {
    const word = fc.string({ unit: fc.constantFrom(...'内蒙古黑龙江北京'), minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom(...'内蒙古黑龙江北京省市 '), maxLength: 30 }),
        (words, text) => {
          expect(literalScanner(words)(text)).toEqual(regexMatches(words, text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads provinces in a sentence, the longer name first', () => {
    const words = ['内蒙古', '黑龙江', '北京', '内蒙'];
    const text = '内蒙古自治区、北京市和黑龙江省;内蒙';
    expect(literalScanner(words)(text)).toEqual([
      { start: 0, word: '内蒙古' },
      { start: 7, word: '北京' },
      { start: 11, word: '黑龙江' },
      { start: 16, word: '内蒙' },
    ]);
    expect(() => literalScanner(['北京', ''])).toThrow(/empty/);
  });

  it('overlapping, finds a word at every position, also inside the one found before it', () => {
    const word = fc.string({ unit: fc.constantFrom(...'通海安如皋'), minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 6 }),
        fc.string({ unit: fc.constantFrom(...'通海安如皋至 '), maxLength: 20 }),
        (words, text) => {
          // At each position, the first word of the list that stands there: what the sticky search of the alternation finds.
          const expected = [...text].flatMap((_, start) => {
            const found = words.find((w) => text.startsWith(w, start));
            return found === undefined ? [] : [{ start, word: found }];
          });
          expect(literalScanner(words, { overlapping: true })(text)).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
    expect(literalScanner(['通海', '海安'], { overlapping: true })('开通海安')).toEqual([
      { start: 1, word: '通海' },
      { start: 2, word: '海安' },
    ]);
  });
});

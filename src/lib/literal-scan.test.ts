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
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeForMatching } from './normalize';

describe('normalizeForMatching', () => {
  it('turns traditional characters into simplified ones', () => {
    expect(normalizeForMatching('高陵區堅持復議應訴,辦結134件')).toBe('高陵区坚持复议应诉,办结134件');
  });

  it('folds full-width digits, percent signs and punctuation', () => {
    expect(normalizeForMatching('出庭应诉率１００％，受理４６件（含）')).toBe('出庭应诉率100%,受理46件(含)');
  });

  it('turns NBSP and ideographic spaces into plain spaces', () => {
    expect(normalizeForMatching('a\u00a0b\u3000c')).toBe('a b c');
  });

  it('keeps the length of any text, so offsets are shared with the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(normalizeForMatching(text)).toHaveLength(text.length);
      }),
    );
    const mixed = '乾坤後來發現了100%的問題\n第二行，全角１２３';
    expect(normalizeForMatching(mixed)).toHaveLength(mixed.length);
  });
});

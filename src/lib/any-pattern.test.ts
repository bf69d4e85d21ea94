import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { anyPattern } from './any-pattern';

const PATTERNS = [/^\s*打印\s*$/, /浏览(次数|量)|点击数/, /(?<!今)年(?=度)/, /Copyright|www\./i, /^a+$|^b/, /\d{4}年$/];

describe('anyPattern', () => {
  it('matches exactly where one of its patterns does, whatever their flags, anchors and lookarounds', () => {
    const pieces = [...'打印浏览次数量点击今年度ab1234 \n', 'Copyright', 'COPYRIGHT', 'www.'];
    const test = anyPattern(PATTERNS);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...pieces), maxLength: 12 }), (text) => {
        expect(test(text)).toBe(PATTERNS.some((pattern) => pattern.test(text)));
      }),
      { numRuns: 3000 },
    );
    expect(['  打印 ', 'copyright 2024', '年度', 'aaa', '2024年'].map(test)).toEqual([true, true, true, true, true]);
    expect(['打印本页', '今年度', 'aab', '2024年份'].map(test)).toEqual([false, false, false, false]);
  });

  it('refuses the patterns an alternation would change', () => {
    expect(() => anyPattern([/a/g])).toThrow(/g or y/);
    expect(() => anyPattern([/a/y])).toThrow(/g or y/);
    expect(() => anyPattern([/(a)\1/])).toThrow(/by number/);
  });
});

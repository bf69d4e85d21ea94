import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { holdsAnyWord, wordGated } from './word-gate';

describe('wordGated', () => {
  // Every match holds 预算, 决算 or 绩效: the gate answers as the pattern does.
  const PATTERN = /(?:部门|\d{4}年)[^。]{0,6}(?:预算|决算)(?:说明)?$|绩效(?:自评|评价)报告$/;
  const WORDS = ['预算', '决算', '绩效'];

  it('answers exactly as its pattern does when every match holds one of its words', () => {
    const pieces = [...'部门2024年预决算绩效自评价报告说明。 ', '预算', '决算', '绩效'];
    const test = wordGated(PATTERN, WORDS);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...pieces), maxLength: 14 }), (text) => {
        expect(test(text)).toBe(PATTERN.test(text));
      }),
      { numRuns: 3000 },
    );
    expect(['部门预算说明', '2024年决算', '整体支出绩效评价报告'].map(test)).toEqual([true, true, true]);
    expect(['部门预算。', '严格执行预算', '绩效考核'].map(test)).toEqual([false, false, false]);
  });

  it('refuses a pattern that keeps state, and a gate that holds nothing', () => {
    expect(() => wordGated(/预算/g, WORDS)).toThrow(/g or y/);
    expect(() => wordGated(/预算/y, WORDS)).toThrow(/g or y/);
    expect(() => wordGated(PATTERN, [])).toThrow(/empty/);
    expect(() => wordGated(PATTERN, ['预算', ''])).toThrow(/empty/);
  });

  it('holdsAnyWord finds a word anywhere in the text', () => {
    expect(holdsAnyWord('2024年部门决算公开', WORDS)).toBe(true);
    expect(holdsAnyWord('2024年法治政府建设情况报告', WORDS)).toBe(false);
  });
});

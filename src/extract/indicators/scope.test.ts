import { describe, expect, it } from 'vitest';

import { fixtureTexts } from '../../../tests/support/fixture-texts';
import { SCOPE_PATTERN_WORDS } from './scope';

/** The matches of `pattern` in `text` that hold none of `words`: a search skipped for lacking them would have missed these. */
function matchesWithoutWords(pattern: RegExp, words: readonly string[], text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => match[0]).filter((found) => !words.some((word) => found.includes(word)));
}

describe('the words a scope pattern is searched for only with', () => {
  it('are in every match of the pattern over every fixture text', () => {
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(500);
    expect(SCOPE_PATTERN_WORDS.length).toBe(8);
    for (const { pattern, words } of SCOPE_PATTERN_WORDS) {
      expect(texts.some((text) => pattern.test(text))).toBe(true);
      pattern.lastIndex = 0;
      expect(texts.flatMap((text) => matchesWithoutWords(pattern, words, text))).toEqual([]);
    }
  });
});

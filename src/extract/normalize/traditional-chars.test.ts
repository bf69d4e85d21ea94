import { describe, expect, it } from 'vitest';

import { toSimplified } from './convert';
import { normalizeForMatching } from './normalize';
import { TRADITIONAL_CHARACTERS } from './traditional-chars.generated';
import { dictionaryKeys, traditionalCharacters } from './traditional-chars-source';

describe('the characters the conversion changes', () => {
  it('are what the converter says (run `npx tsx scripts/build-traditional-chars.ts` when this fails)', () => {
    expect(TRADITIONAL_CHARACTERS.length).toBeGreaterThan(3000);
    expect(TRADITIONAL_CHARACTERS).toBe(traditionalCharacters());
  });

  it('are all a line needs to be converted: every phrase of the dictionaries made of other characters converts to itself', () => {
    const trigger = new RegExp(`[${TRADITIONAL_CHARACTERS}]`);
    const keys = dictionaryKeys();
    expect(keys.length).toBeGreaterThan(1000);
    const untriggered = keys.filter((key) => key.length > 0 && !trigger.test(key));
    expect(untriggered.length).toBeGreaterThan(0);
    expect(untriggered.filter((key) => toSimplified(key) !== key)).toEqual([]);
    // And a line holding such a phrase is converted as the converter would.
    expect(normalizeForMatching('一目瞭然,以免藉口')).toBe(toSimplified('一目瞭然,以免藉口'));
  });

  it('leave a simplified line as it is and convert a traditional one', () => {
    expect(normalizeForMatching('全年受理行政复议案件46件')).toBe('全年受理行政复议案件46件');
    expect(normalizeForMatching('全年受理行政復議案件46件')).toBe('全年受理行政复议案件46件');
  });
});

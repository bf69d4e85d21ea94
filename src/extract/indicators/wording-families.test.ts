/**
 * Every wording family of tests/support/wording-families.ts read by the extractor: each positive sentence gives its
 * value as the surest own value of its indicator, each trap gives none.
 */
import { describe, expect, it } from 'vitest';

import { surestOwnValues } from '../../../tests/support/surest-own-values';
import { FAMILY_REPORT_YEAR, WORDING_FAMILIES } from '../../../tests/support/wording-families';
import { INDICATORS } from '../catalogue';
import type { JurisdictionLevel } from '../types';
import type { MatchContext } from './match';

const context = (level: JurisdictionLevel = '县'): MatchContext => ({ reportYear: FAMILY_REPORT_YEAR, level, inPlans: false });

describe('the wording families', () => {
  it('cover every catalogue indicator once, each with positives and traps', () => {
    expect(WORDING_FAMILIES.map((family) => family.indicator).sort()).toEqual(INDICATORS.map((indicator) => indicator.id).sort());
    for (const family of WORDING_FAMILIES) {
      expect(family.positives.length, family.indicator).toBeGreaterThanOrEqual(2);
      expect(family.traps.length, family.indicator).toBeGreaterThanOrEqual(1);
    }
  });
});

describe.each(WORDING_FAMILIES)('$indicator', ({ indicator, positives, traps }) => {
  const positiveCases = positives.map(([sentence, value, level]) => ({ sentence, value, level }));
  const trapCases = traps.map(([sentence, why, level]) => ({ sentence, why, level }));

  it.each(positiveCases)('states its value: $sentence', ({ sentence, value, level }) => {
    expect(surestOwnValues(sentence, context(level))[indicator]).toBe(value);
  });

  it.each(trapCases)('states none: $sentence ($why)', ({ sentence, level }) => {
    expect(surestOwnValues(sentence, context(level))[indicator]).toBeUndefined();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { lastIndexWhere } from './sorted';

describe('lastIndexWhere', () => {
  it('finds the end of the prefix where the condition holds', () => {
    const starts = [0, 3, 3, 8, 12];
    expect(lastIndexWhere(starts, (start) => start <= 3)).toBe(2);
    expect(lastIndexWhere(starts, (start) => start <= 20)).toBe(4);
    expect(lastIndexWhere(starts, (start) => start < 0)).toBe(-1);
    expect(lastIndexWhere([], () => true)).toBe(-1);
  });

  it('agrees with a scan on any sorted array and bound', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (values, bound) => {
        const sorted = [...values].sort((a, b) => a - b);
        const scanned = sorted.reduce((last, value, i) => (value <= bound ? i : last), -1);
        expect(lastIndexWhere(sorted, (value) => value <= bound)).toBe(scanned);
      }),
    );
  });
});

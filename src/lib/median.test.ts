import { describe, expect, it } from 'vitest';

import { median, medianOfSorted } from './median';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([7])).toBe(7);
  });

  it('is the mean of the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([323, 350])).toBe(336.5);
  });

  it('is null for no values (never 0: "no median" is not a median of zero)', () => {
    expect(median([])).toBeNull();
    expect(medianOfSorted([])).toBeNull();
  });

  it('gives the same answer for a list sorted either way', () => {
    const values = [9, 2, 40, 7, 7, 13];
    const up = [...values].sort((a, b) => a - b);
    const down = [...up].reverse();
    expect(medianOfSorted(up)).toBe(median(values));
    expect(medianOfSorted(down)).toBe(median(values));
    expect(median(values)).toBe(8);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

import { describe, expect, it } from 'vitest';

import { pageWindow } from './paging';

describe('pageWindow', () => {
  it('slices a list into pages and clamps the page asked for', () => {
    expect(pageWindow(2812, 0, 100)).toEqual({ page: 0, pages: 29, start: 0, end: 100, total: 2812 });
    expect(pageWindow(2812, 28, 100)).toEqual({ page: 28, pages: 29, start: 2800, end: 2812, total: 2812 });
    expect(pageWindow(2812, 99, 100).page).toBe(28);
    expect(pageWindow(2812, -3, 100).page).toBe(0);
    expect(pageWindow(0, 0, 50)).toEqual({ page: 0, pages: 1, start: 0, end: 0, total: 0 });
    expect(pageWindow(50, 1, 50)).toEqual({ page: 0, pages: 1, start: 0, end: 50, total: 50 });
  });
});

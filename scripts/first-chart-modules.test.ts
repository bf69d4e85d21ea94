import { describe, expect, it } from 'vitest';

import { decodeVlq, groupName, moduleName, sourceOfEachCharacter } from './first-chart-modules';

describe('decodeVlq', () => {
  it("reads a source map segment's fields", () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('CAAC')).toEqual([1, 0, 0, 1]);
    expect(decodeVlq('D')).toEqual([-1]);
    expect(decodeVlq('gB')).toEqual([16]);
  });
});

describe('sourceOfEachCharacter', () => {
  it('gives each character the source of the segment it is in, to the next segment or the end of its line', () => {
    // Line 1: columns 0–2 from source 0, 3– from source 1; line 2: an unmapped column, then source 1 again.
    const code = 'abcdef\nxyz';
    const owner = sourceOfEachCharacter(code, 'AAAA,GCAA;A,CAAA');
    expect([...owner]).toEqual([0, 0, 0, 1, 1, 1, 1, -1, 1, 1]);
  });
});

describe('module and group names', () => {
  it('shortens a source to its package path or its path in src/, and groups by package or folder', () => {
    expect(moduleName('../../node_modules/echarts/lib/chart/bar.js')).toBe('echarts/lib/chart/bar.js');
    expect(moduleName('../../src/data/dataset.ts')).toBe('src/data/dataset.ts');
    expect(groupName('echarts/lib/chart/bar.js')).toBe('echarts');
    expect(groupName('@tanstack/query-core/build/modern/query.js')).toBe('@tanstack/query-core');
    expect(groupName('src/data/dataset.ts')).toBe('src/data');
    expect(groupName('src/main.tsx')).toBe('src');
  });
});

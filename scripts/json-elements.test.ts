import { describe, expect, it } from 'vitest';

import { requestRounds } from './bench-dashboard-scale';
import { topLevelArrayElements } from './json-elements';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('topLevelArrayElements', () => {
  it('yields the elements of the named top-level array, parsed, whatever the others hold', () => {
    const file = {
      schemaVersion: 1,
      note: 'a "reports" key in a string: [1, 2]',
      jurisdictions: [{ id: 'a', name: '桃林镇', reports: [9] }],
      reports: [
        { id: 'r1', values: { x: { value: 1 } }, text: 'a } and a ] and \\" inside' },
        { id: 'r2', values: {} },
      ],
    };
    expect([...topLevelArrayElements(bytes(file), 'reports')]).toEqual(file.reports);
    expect([...topLevelArrayElements(bytes(file), 'jurisdictions')]).toEqual(file.jurisdictions);
  });

  it('reads scalar elements, an empty array and a missing key', () => {
    expect([...topLevelArrayElements(bytes({ a: [1, 'two', null, true] }), 'a')]).toEqual([1, 'two', null, true]);
    expect([...topLevelArrayElements(bytes({ a: [] }), 'a')]).toEqual([]);
    expect([...topLevelArrayElements(bytes({ b: [1] }), 'a')]).toEqual([]);
  });
});

describe('requestRounds', () => {
  it('counts a round per request that starts once every earlier one has finished', () => {
    const lines = [
      { startMs: 0, endMs: 10 },
      { startMs: 12, endMs: 30 },
      { startMs: 13, endMs: 25 },
      { startMs: 14, endMs: 40 },
      { startMs: 41, endMs: 50 },
    ];
    expect(requestRounds(lines)).toEqual({ rounds: 3, maxParallel: 3 });
    expect(requestRounds([])).toEqual({ rounds: 0, maxParallel: 0 });
  });
});

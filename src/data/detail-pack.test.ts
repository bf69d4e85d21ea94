import { describe, expect, it } from 'vitest';

import { memberOf, MemberOutOfRange, memberRange, packGroupOf, PackPlanner } from './detail-pack';

const place = (code: string | null, province: string | null = null, city: string | null = null) => ({ code, province, city });

describe('packGroupOf', () => {
  it('groups by province, city and year from the division code', () => {
    expect(packGroupOf({ jurisdiction: place('430102'), year: 2020 })).toBe('43-4301-2020');
    expect(packGroupOf({ jurisdiction: place('520330119'), year: 2022 })).toBe('52-5203-2022');
  });

  it("puts a province's own report, and a place directly under it, in the province pack", () => {
    expect(packGroupOf({ jurisdiction: place('43'), year: 2021 })).toBe('43-2021');
    expect(packGroupOf({ jurisdiction: place('430000'), year: 2021 })).toBe('43-2021');
  });

  it('groups a place without a code by its province and city names, and one without a province apart', () => {
    const a = packGroupOf({ jurisdiction: place(null, '湖南省', '长沙市'), year: 2020 });
    expect(a).toMatch(/^x[0-9a-f]{8}-2020$/);
    expect(packGroupOf({ jurisdiction: place(null, '湖南省', '长沙市'), year: 2020 })).toBe(a);
    expect(packGroupOf({ jurisdiction: place(null, '湖南省', '株洲市'), year: 2020 })).not.toBe(a);
    expect(packGroupOf({ jurisdiction: place(null), year: null })).toBe('unplaced-noyear');
  });
});

describe('PackPlanner', () => {
  it("places members end to end in their group's pack", () => {
    const planner = new PackPlanner(100);
    expect(planner.place('43-4301-2020', 30)).toEqual({ path: 'details/43-4301-2020.pack', offset: 0, length: 30 });
    expect(planner.place('37-3708-2023', 10)).toEqual({ path: 'details/37-3708-2023.pack', offset: 0, length: 10 });
    expect(planner.place('43-4301-2020', 40)).toEqual({ path: 'details/43-4301-2020.pack', offset: 30, length: 40 });
  });

  it('starts the next part when a member would pass the cap, and gives an oversized member a part of its own', () => {
    const planner = new PackPlanner(100);
    planner.place('g', 60);
    expect(planner.place('g', 40)).toEqual({ path: 'details/g.pack', offset: 60, length: 40 });
    expect(planner.place('g', 1)).toEqual({ path: 'details/g-2.pack', offset: 0, length: 1 });
    expect(planner.place('g', 250)).toEqual({ path: 'details/g-3.pack', offset: 0, length: 250 });
    expect(planner.place('g', 5)).toEqual({ path: 'details/g-4.pack', offset: 0, length: 5 });
  });

  it('refuses an empty member', () => {
    expect(() => new PackPlanner().place('g', 0)).toThrow();
  });
});

describe('members', () => {
  it('asks for a member with an inclusive byte range and cuts it out of a whole pack', () => {
    const pack = { path: 'details/g.pack', offset: 3, length: 4 };
    expect(memberRange(pack)).toBe('bytes=3-6');
    expect([...memberOf(Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7]), pack)]).toEqual([3, 4, 5, 6]);
    expect(() => memberOf(Uint8Array.from([0, 1, 2, 3, 4]), pack)).toThrow(MemberOutOfRange);
  });
});

import { describe, expect, it } from 'vitest';

import { DIVISIONS, fullCode, isAncestor } from './divisions';

const byName = (name: string) => DIVISIONS.byName.get(name) ?? [];

describe('the division index', () => {
  it('holds every level, with codes and parents', () => {
    const [furong] = byName('芙蓉区');
    expect(furong).toMatchObject({ code: '430102', kind: 'county', level: '区', provinceCode: '43', cityCode: '4301' });
    expect(byName('北京市')).toEqual([expect.objectContaining({ code: '11', kind: 'province', level: '省' })]);
    expect(byName('淄博市')).toEqual([expect.objectContaining({ code: '3703', kind: 'city', level: '市' })]);
  });

  it('keeps same-named places apart', () => {
    expect(
      byName('桃林镇')
        .map((d) => d.code)
        .sort(),
    ).toEqual(['320722109', '370782118', '430682107', '520330119']);
    expect(
      byName('朝阳区')
        .map((d) => d.code)
        .sort(),
    ).toEqual(['110105', '220104']);
  });

  it('gives townships their county and city', () => {
    const taolin = byName('桃林镇').find((d) => d.provinceCode === '52')!;
    expect(taolin).toMatchObject({ kind: 'township', level: '镇', countyCode: '520330', cityCode: '5203' });
    expect(byName('塘栖镇')).toEqual([expect.objectContaining({ countyCode: '330113' })]);
    expect(DIVISIONS.byCode.get('330113')?.name).toBe('临平区');
  });

  it('has no city for the districts of a 直辖市', () => {
    expect(byName('静海区')[0]).toMatchObject({ provinceCode: '12', cityCode: null });
    expect(DIVISIONS.byName.has('市辖区')).toBe(false);
    expect(DIVISIONS.byName.has('省直辖县级行政区划')).toBe(false);
  });

  it('levels county-level units by their last word', () => {
    expect(byName('赵县')[0]?.level).toBe('县');
    expect(byName('南安市')[0]?.level).toBe('市');
    expect(byName('达拉特旗')[0]?.level).toBe('旗');
    expect(byName('良渚街道')[0]?.level).toBe('街道');
  });

  it('knows short names: 淄博 for 淄博市, 湖南 for 湖南省, 恩施州 for the prefecture', () => {
    expect(DIVISIONS.cityShort.get('淄博')).toEqual(['3703']);
    expect(DIVISIONS.provinceShort.get('湖南')).toBe('43');
    expect(DIVISIONS.provinceShort.get('内蒙古')).toBe('15');
    expect(byName('恩施州')[0]?.code).toBe('4228');
  });

  it('writes GB/T 2260 codes and tests containment', () => {
    const [furong] = byName('芙蓉区');
    const [hunan] = byName('湖南省');
    const [changsha] = byName('长沙市');
    expect(fullCode(hunan!)).toBe('430000');
    expect(fullCode(changsha!)).toBe('430100');
    expect(fullCode(furong!)).toBe('430102');
    expect(isAncestor(hunan!, furong!)).toBe(true);
    expect(isAncestor(changsha!, furong!)).toBe(true);
    expect(isAncestor(furong!, changsha!)).toBe(false);
  });
});

describe('name pieces (the place finder stops reading where no name goes on)', () => {
  it('holds every beginning and every ending of two or more characters of every name', () => {
    const { byName, nameBeginnings, nameEndings } = DIVISIONS;
    let missing = 0;
    for (const name of byName.keys()) {
      for (let length = 2; length <= name.length; length += 1) {
        if (!nameBeginnings.has(name.slice(0, length))) missing += 1;
        if (!nameEndings.has(name.slice(name.length - length))) missing += 1;
      }
    }
    expect(missing).toBe(0);
    expect(nameEndings.has('乡市')).toBe(true);
    expect(nameBeginnings.has('宁乡')).toBe(true);
    // A piece of no name: the finder stops there.
    expect(nameEndings.has('政府')).toBe(false);
  });
});

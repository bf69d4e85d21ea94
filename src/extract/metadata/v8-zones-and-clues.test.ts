/**
 * Places as the pages of real pages set 8 name them, in wordings and places of our own, over every
 * name of the division tables where a rule applies: a zone the tables lack placed by the province or
 * city its own name opens with, by another writing of its name after its parent, or (a zone that
 * calls itself 高新区) by the one city or province framed in a slogan; a zone joining two names with a
 * hyphen; a township named only in its slogan; the province of a report that names no place of its
 * own, framed the same way; and what is no clue: a firm named after its province, an award 「评为全省…」.
 */
import { describe, expect, it } from 'vitest';

import { normalizeForMatching } from '../normalize/normalize';
import { type Division, DIVISIONS } from './divisions';
import { extractMetadata } from './index';

const prose = '坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效。';

function meta(text: string) {
  const m = extractMetadata(text);
  return {
    jurisdiction: m.jurisdiction?.value ?? null,
    level: m.level?.value ?? null,
    province: m.province?.value ?? null,
    city: m.city?.value ?? null,
    county: m.county?.value ?? null,
  };
}

const rows = [...DIVISIONS.byCode.values()];
const nameOf = (code: string | null): string | null => (code === null ? null : (DIVISIONS.byCode.get(code)?.name ?? null));
const provinceShortOf = new Map([...DIVISIONS.provinceShort].map(([short, code]) => [code, short]));

/** Prefecture-level cities whose short name is theirs alone and no province's (吉林 is both). */
const citiesByShortName: Array<[string, Division]> = [...DIVISIONS.cityShort]
  .filter(([short, codes]) => codes.length === 1 && short.length >= 2 && !DIVISIONS.provinceShort.has(short))
  .map(([short, codes]) => [short, DIVISIONS.byCode.get(codes[0]!)!] as [string, Division])
  .filter(([, city]) => city !== undefined);
const provinces = rows.filter((d) => d.kind === 'province');

describe('a zone the tables lack, placed by the place its own name opens with', () => {
  it('is the city whose short name opens it (济宁太白湖新区, 兰州新区), for every city', () => {
    expect(citiesByShortName.length).toBeGreaterThan(250);
    const wrong = citiesByShortName.filter(([short, city]) => {
      const zone = `${short}云锦新区`;
      const got = meta(`${zone}2024年度法治政府建设工作报告\n2024年,${zone}${prose}`);
      return got.level !== '开发区' || got.jurisdiction !== zone || got.city !== city.name || got.province !== nameOf(city.provinceCode);
    });
    expect(wrong.map(([short]) => short)).toEqual([]);
  });

  it('is the province whose short name opens it (天津滨海高新区), for every province', () => {
    expect(provinces.length).toBe(31);
    const wrong = provinces.filter((province) => {
      const short = provinceShortOf.get(province.code);
      if (short === undefined) return true;
      const zone = `${short}锦屏高新区`;
      const got = meta(`${zone}2024年度法治政府建设情况报告\n2024年,${zone}${prose}`);
      return got.level !== '开发区' || got.province !== province.name;
    });
    expect(wrong.map((d) => d.name)).toEqual([]);
  });

  it("is a new area's first district too (济南新旧动能转换起步区), titled by its organs on lines of their own", () => {
    for (const [short, city, province] of [
      ['郑州', '郑州市', '河南省'],
      ['保定', '保定市', '河北省'],
    ]) {
      const zone = `${short}临空经济起步区`;
      const text = `中共${zone}工委\n${zone}管委会\n关于2023年度法治政府建设情况报告\n2023年,在市委、市政府坚强领导下,起步区${prose}`;
      expect(meta(text)).toEqual({ jurisdiction: zone, level: '开发区', province, city, county: null });
    }
  });

  it("is not a county's short name that opens a zone elsewhere (滨海 of 滨海县 in 滨海湾新区)", () => {
    expect(meta(`2024年,在市委、市政府的坚强领导下,滨海湾新区${prose}`)).toMatchObject({ level: '开发区', province: null, county: null });
  });
});

describe('a zone placed by another writing of its name after its parent', () => {
  it('takes the municipality or city whose short name is written before it in a document it follows (《重庆两江新区管理办法》)', () => {
    const parents: Array<[string, Division]> = [
      ...provinces.filter((d) => d.name.endsWith('市')).map((d) => [provinceShortOf.get(d.code)!, d] as [string, Division]),
      ...citiesByShortName,
    ];
    expect(parents.length).toBeGreaterThan(250);
    const wrong = parents.filter(([short, parent]) => {
      const got = meta(`2024年,云锦新区${prose}推动修订《${short}云锦新区管理办法》,完善管理服务机制。`);
      const city = parent.kind === 'city' ? parent.name : null;
      return got.jurisdiction !== '云锦新区' || got.province !== nameOf(parent.provinceCode) || got.city !== city;
    });
    expect(wrong.map(([short]) => short)).toEqual([]);
  });

  it('takes none when two writings name two parents', () => {
    const text = `2024年,云锦新区${prose}学习《成都云锦新区管理办法》和《绵阳云锦新区管理办法》。`;
    expect(meta(text)).toMatchObject({ jurisdiction: '云锦新区', province: null, city: null });
  });
});

describe('a zone that calls itself 高新区, placed by a slogan', () => {
  it('is the one city whose short name a slogan frames (平安珠海, 法治珠海), for every city', () => {
    const wrong = citiesByShortName.filter(([short, city]) => {
      const text = `2023年,高新区${prose}2022年平安${short}建设考评获得优秀等次,区党工委、区管委会印发工作要点。`;
      const got = meta(text);
      return got.level !== '开发区' || got.city !== city.name || got.province !== nameOf(city.provinceCode);
    });
    expect(wrong.map(([short]) => short)).toEqual([]);
  });

  it("is the province a slogan or the leader's inspection frames when no city is named (法治云南, 视察重庆)", () => {
    const wrong = provinces.filter((province) => {
      const short = provinceShortOf.get(province.code)!;
      const slogan = meta(`2022年,经济技术开发区${prose}为建设法治${short}作出贡献。`);
      const visit = meta(`2022年,经济技术开发区深入学习习近平总书记视察${short}重要讲话精神,${prose}`);
      return slogan.province !== province.name || visit.province !== province.name;
    });
    expect(wrong.map((d) => d.name)).toEqual([]);
  });

  it('is no place when two cities are framed', () => {
    expect(meta(`2023年,高新区${prose}平安珠海、法治佛山建设考评均获优秀。`)).toMatchObject({ province: null, city: null });
  });
});

describe('a zone that joins two names with a hyphen', () => {
  it('is read whole, and placed in the one city of its province that the text names', () => {
    const wrong = provinces
      .filter((province) => !province.name.endsWith('市'))
      .filter((province) => {
        const short = provinceShortOf.get(province.code)!;
        const city = rows.find((d) => d.kind === 'city' && d.provinceCode === province.code && d.name.endsWith('市'));
        if (city === undefined) return false;
        const zone = `${short}-东盟经济技术开发区`;
        const got = meta(`2024年,${zone}(以下简称“经开区”)深入学习《${city.name}重大行政决策程序规定》,${prose}`);
        return got.jurisdiction !== zone || got.level !== '开发区' || got.province !== province.name || got.city !== city.name;
      });
    expect(wrong.map((d) => d.name)).toEqual([]);
  });

  it('is no place name when it is no zone (川渝-合作县)', () => {
    expect(meta(`2024年,川渝-合作县${prose}`).jurisdiction).not.toBe('川渝-合作县');
  });
});

describe('a township named only in its slogan', () => {
  // Townships whose name the tables hold once, whose stem is no place's name and no word 法治 goes on to.
  const unique = rows.filter(
    (d) =>
      d.kind === 'township' &&
      (d.level === '乡' || d.level === '镇') &&
      d.name.endsWith(d.level) &&
      d.name.length >= 3 &&
      d.name.length <= 4 &&
      DIVISIONS.byName.get(d.name)?.length === 1 &&
      !DIVISIONS.byName.has(d.name.slice(0, -1)) &&
      // A stem the matching view writes otherwise away from its 镇 (乾潭 → 干潭, 尖塚 → 尖冢) is not read in a slogan.
      normalizeForMatching(`法治${d.name.slice(0, -1)}建设`) === `法治${d.name.slice(0, -1)}建设`,
  );

  it('is that township when the report speaks as one (我乡 … 法治舒桥建设), for every such township', () => {
    expect(unique.length).toBeGreaterThan(10_000);
    const wrong = unique.filter((d) => {
      const stem = d.name.slice(0, -1);
      const got = meta(`2024年,我${d.level}${prose}我${d.level}明确法治${stem}建设的重点任务,推动依法行政。`);
      return (
        got.jurisdiction !== d.name ||
        got.level !== d.level ||
        got.province !== nameOf(d.provinceCode) ||
        got.county !== nameOf(d.countyCode)
      );
    });
    expect(wrong.map((d) => d.name)).toEqual([]);
  });

  it('is no place when the report does not speak as a township, or names the slogans of two', () => {
    expect(meta(`2024年,全县${prose}明确法治舒桥建设的重点任务。`).jurisdiction).toBeNull();
    const [a, b] = unique.filter((d) => d.level === '乡' && d.name !== '舒桥乡');
    expect(a && b).toBeTruthy();
    const two = `2024年,我乡${prose}学习法治${a!.name.slice(0, -1)}建设和法治${b!.name.slice(0, -1)}建设的经验。`;
    expect(meta(two).jurisdiction).toBeNull();
  });
});

describe('the province of a report that names no place of its own', () => {
  it('is the province the leader inspected or its slogan names (考察湖北, 法治浙江), for every province', () => {
    const wrong = provinces.filter((province) => {
      const short = provinceShortOf.get(province.code)!;
      const inspected = extractMetadata(`2024年,市司法局党委${prose}及时传达学习习近平总书记考察${short}重要讲话精神。`);
      const slogan = extractMetadata(`2024年,我局${prose}为建设更高水平的法治${short}贡献力量。`);
      return inspected.province?.value !== province.name || slogan.province?.value !== province.name || inspected.jurisdiction !== null;
    });
    expect(wrong.map((d) => d.name)).toEqual([]);
  });

  it("is none when two provinces are framed, or a province is only where the report's people went (赴浙江考察)", () => {
    expect(extractMetadata(`2024年,我局${prose}学习法治浙江、法治江苏的经验。`).province).toBeNull();
    expect(extractMetadata(`2024年,我局${prose}组织干部赴浙江考察学习。`).province).toBeNull();
  });
});

describe("a department's place named only in the chain of plans it carries out", () => {
  const chainText = (province: string, place: string, committees: string) =>
    `2024年以来,我局严格贯彻落实依法治国基本方略,认真实施《法治政府建设实施纲要(2021-2025年)》《${province}法治政府建设实施纲要》《${place}法治政府建设实施纲要》,结合部门职能扎实推进法治政府建设。紧紧围绕${committees}部署,多次通过局党组会议研究依法行政工作。`;
  const cities = rows.filter((d) => d.kind === 'city' && DIVISIONS.byName.get(d.name)?.length === 1);
  const counties = rows.filter((d) => d.kind === 'county' && d.level === '县' && DIVISIONS.byName.get(d.name)?.length === 1);

  it("is the deepest plan's city when the deepest committee named is a 市委, for every city", () => {
    expect(cities.length).toBeGreaterThan(300);
    const wrong = cities.filter((city) => {
      const got = meta(chainText(nameOf(city.provinceCode)!, city.name, '省委和市委全会'));
      return got.jurisdiction !== city.name || got.level !== '市' || got.province !== nameOf(city.provinceCode);
    });
    expect(wrong.map((d) => d.name)).toEqual([]);
  });

  it("is the deepest plan's county when a 县委 is named, for every county of a name of its own", () => {
    expect(counties.length).toBeGreaterThan(1000);
    const wrong = counties.filter((county) => {
      const got = meta(chainText(nameOf(county.provinceCode)!, county.name, '省委、市委和县委'));
      return got.jurisdiction !== county.name || got.level !== '县';
    });
    expect(wrong.map((d) => d.name)).toEqual([]);
  });

  it("is no place when the committees named go below the deepest plan (a county's bureau under its city's plan)", () => {
    expect(meta(chainText('广东省', '汕头市', '省委、市委和县委')).jurisdiction).toBeNull();
  });

  it('is no place when the plans are no chain (two cities)', () => {
    expect(meta(chainText('汕头市', '潮州市', '省委和市委')).jurisdiction).toBeNull();
  });
});

describe('what is no clue to the place', () => {
  it('a firm, a bank or a school named after its province (江苏承匠律师事务所), for every province', () => {
    const firms = ['承匠律师事务所', '银信有限公司', '大学'];
    const wrong = provinces.filter((province) => {
      const short = provinceShortOf.get(province.code)!;
      return firms.some((firm) => {
        // A department that speaks as a province (全省, 省委、省政府) and names no province but the firm's.
        const text = `2024年,我厅认真贯彻落实省委、省政府决策部署,推进全省法治政府建设,全省行政执法水平持续提升。聘请${short}${firm}作为法律顾问。`;
        return extractMetadata(text).province !== null;
      });
    });
    expect(wrong.map((d) => d.name)).toEqual([]);
  });

  it('an award within the higher level (被评为全省…优秀单位) is not the report speaking as it', () => {
    const text = `2024年,我局认真贯彻落实区委、区政府部署要求,为全区发展提供支撑。分局被省厅评为全省法治建设优秀单位,获评全省普法先进集体。`;
    expect(extractMetadata(text).level?.value).toBe('区');
  });
});

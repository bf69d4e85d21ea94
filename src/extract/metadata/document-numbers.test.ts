/**
 * A report that never names its place but numbers the documents it made by its county's short name
 * (《…议事规则》(九龙坡教办〔2024〕22号)): the county whose stem that is, when the stem is one county's only.
 */
import { describe, expect, it } from 'vitest';

import { countyStem, DIVISIONS } from './divisions';
import { extractMetadata } from './index';

const PROSE = '坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效。';

/** Every county-level place whose stem (two characters or more) is its own only and no other place's name or short name. */
const STEM_COUNT = new Map<string, number>();
for (const d of DIVISIONS.byCode.values())
  if (d.kind === 'county') STEM_COUNT.set(countyStem(d.name), (STEM_COUNT.get(countyStem(d.name)) ?? 0) + 1);
const COUNTIES = [...DIVISIONS.byCode.values()].filter((d) => {
  const stem = countyStem(d.name);
  return (
    d.kind === 'county' &&
    ['县', '区', '旗'].includes(d.level) &&
    stem.length >= 2 &&
    // 全州 of 全州县 is read as a prefecture's 全州 before any number: the self-words' business, not this rule's.
    !/^[全我本]/.test(stem) &&
    STEM_COUNT.get(stem) === 1 &&
    !DIVISIONS.byName.has(stem) &&
    !DIVISIONS.provinceShort.has(stem) &&
    !DIVISIONS.cityShort.has(stem)
  );
});

const ORGANS = [
  ['教办', '府办发'],
  ['司发', '府发'],
  ['卫健', '政办'],
];

function report(level: string, numbers: readonly string[], year: number): string {
  return (
    `关于${year}年度法治政府建设情况的报告\n一、主要举措和成效\n(一)健全依法决策机制。在${level}委、${level}政府的坚强领导下,${PROSE}` +
    `修订《党组会议议事规则》(${numbers[0]}〔${year}〕22号)、《重大行政决策程序规定》(${numbers[1]}〔${year}〕5号),全${level}决策更加规范。\n`
  );
}

describe('a report known by its documents’ numbers', () => {
  it('is the county whose stem opens them, for every county-level place of its own stem', () => {
    expect(COUNTIES.length).toBeGreaterThan(1500);
    const wrong = COUNTIES.flatMap((county, i) => {
      const stem = countyStem(county.name);
      const organs = ORGANS[i % ORGANS.length]!;
      const md = extractMetadata(report(county.level, [stem + organs[0], stem + organs[1]], 2016 + (i % 9)));
      return md.code?.value === county.code ? [] : [`${county.name}: ${md.jurisdiction?.value ?? '-'}`];
    });
    expect(wrong).toEqual([]);
  });

  it('is no place when the numbers name two counties', () => {
    expect(extractMetadata(report('区', ['九龙坡教办', '沙坪坝府发'], 2024)).jurisdiction).toBeNull();
  });

  it('is no place for a city’s or a province’s numbers', () => {
    expect(extractMetadata(report('区', ['杭政办', '渝府发'], 2024)).jurisdiction).toBeNull();
  });

  it('is no place of another level than the report speaks as', () => {
    // 九龙坡 is a district's stem; the report speaks as 全县.
    expect(extractMetadata(report('县', ['九龙坡教办', '九龙坡府发'], 2024)).jurisdiction).toBeNull();
  });
});

/**
 * A county-level report that never writes its own name but names its streets and towns (a district
 * bureau's reconsideration analysis with 西兴街道、浦沿街道 among its respondents): the one county of its
 * level that holds them all is its place.
 */
import { describe, expect, it } from 'vitest';

import { type Division, DIVISIONS } from './divisions';
import { extractMetadata } from './index';

const PROSE = '坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效。';

const ROWS = [...DIVISIONS.byCode.values()];
// A one-character name (朗镇 of 朗县) is the place finder's to read or not, not this rule's.
const TOWNSHIPS_BY_COUNTY = new Map<string, Division[]>();
for (const d of ROWS) {
  if (d.kind !== 'township' || d.countyCode === null || d.name.length < 3 || /[（(]/.test(d.name) || d.filedAs !== undefined) continue;
  TOWNSHIPS_BY_COUNTY.set(d.countyCode, [...(TOWNSHIPS_BY_COUNTY.get(d.countyCode) ?? []), d]);
}

/** The counties that hold a row of every one of these names. */
function countiesHolding(names: readonly string[]): Set<string> {
  const sets = names.map((name) => new Set((DIVISIONS.byName.get(name) ?? []).map((d) => d.countyCode)));
  return new Set([...sets[0]!].filter((code): code is string => code !== null && sets.every((s) => s.has(code))));
}

/** Every district, county and banner with two townships of its own that together name it alone: the pair. */
const PAIRS = ROWS.flatMap((county) => {
  if (county.kind !== 'county' || !['县', '区', '旗'].includes(county.level)) return [];
  const own = TOWNSHIPS_BY_COUNTY.get(county.code) ?? [];
  for (let i = 1; i < own.length; i++) {
    const names = [own[0]!.name, own[i]!.name];
    const held = countiesHolding(names);
    if (held.size === 1 && held.has(county.code)) return [{ county, names }];
  }
  return [];
});

function report(level: string, names: readonly string[], year: number): string {
  return (
    `根据上级通知要求,我局对全${level}${year}年度行政复议和行政应诉案件进行了统计汇总。现将有关情况报告如下:\n` +
    `一、基本情况\n${year}年,全${level}新收行政复议案件88件。被申请人主要为${level}政府及${names.join('、')}。${PROSE}\n` +
    `二、下一步工作\n在${level}委、${level}政府的领导下,继续推进行政复议工作。\n`
  );
}

describe('a county-level report known by the townships it names', () => {
  it('is the one district, county or banner holding them all, for every such place of the tables', () => {
    expect(PAIRS.length).toBeGreaterThan(2000);
    const wrong = PAIRS.flatMap(({ county, names }, i) => {
      const md = extractMetadata(report(county.level, names, 2016 + (i % 9)));
      return md.code?.value === county.code && md.level?.value === county.level
        ? []
        : [`${county.name} (${names.join('、')}): ${md.jurisdiction?.value ?? '-'}`];
    });
    expect(wrong).toEqual([]);
  });

  it('is no place when the townships lie in different counties', () => {
    // 西兴街道 is 滨江区's (and others'); 湄洲镇 is 秀屿区's only: no county holds both.
    const md = extractMetadata(report('区', ['西兴街道', '湄洲镇'], 2020));
    expect(md.jurisdiction).toBeNull();
  });

  it('needs two townships: one may be a place the report went to', () => {
    const md = extractMetadata(report('区', ['浦沿街道'], 2020));
    expect(md.jurisdiction).toBeNull();
  });

  it('is not the district of a zone that says 全区 without a district’s committee or government', () => {
    const text = `2020年,全区法治政府建设扎实推进。${PROSE}管委会指导浦沿街道、长河街道开展普法宣传。\n`;
    expect(extractMetadata(text).code).toBeNull();
  });

  it('is not a county for a city’s report', () => {
    expect(extractMetadata(report('市', ['西兴街道', '浦沿街道', '长河街道'], 2020)).jurisdiction?.value).not.toBe('滨江区');
  });
});

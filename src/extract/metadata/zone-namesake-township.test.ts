/**
 * A zone the tables lack, named after the township it was built on (徐圩新区 of 徐圩街道), whose report
 * names that township but no city: the township's city is the zone's.
 */
import { describe, expect, it } from 'vitest';

import { UNLISTED_ZONE_ENDINGS, ZONE_WORDS } from './constants';
import { DIVISIONS } from './divisions';
import { extractMetadata } from './index';

const PROSE = '坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效。';
const ZONE_KINDS = ['新区', '经济开发区', '高新区', '工业园区'];
const ALL_ZONE_KINDS = [...ZONE_WORDS, ...UNLISTED_ZONE_ENDINGS].sort((a, b) => b.length - a.length);

/** A township's own name, without its level word. */
const stemOf = (name: string): string => name.replace(/(?:街道|镇|乡)$/, '');

/**
 * Every township the tables hold once whose own name (two characters or more) is no other place's
 * name or short name, one in ten (the list is long, and each is read twice): a zone may be named after it.
 */
const TOWNSHIPS = [...DIVISIONS.byCode.values()].filter((d, i) => {
  if (d.kind !== 'township' || i % 10 !== 0 || /[（(]/.test(d.name) || d.filedAs !== undefined) return false;
  const stem = stemOf(d.name);
  const sameStem = ['街道', '镇', '乡'].flatMap((word) => DIVISIONS.byName.get(stem + word) ?? []);
  // A stem ending in 本 (务本, 中本) reads 本新区 as the report's 本区.
  return (
    stem.length >= 2 &&
    !/[本我全]$/.test(stem) &&
    sameStem.length === 1 &&
    !DIVISIONS.byName.has(stem) &&
    !DIVISIONS.provinceShort.has(stem) &&
    !DIVISIONS.cityShort.has(stem)
  );
});

function report(zone: string, township: string | null, year: number): string {
  return (
    `${year}年以来,${zone}${PROSE}认真落实省、市《法治政府建设实施方案》确定的目标要求。现将有关工作情况报告如下:\n` +
    `一、主要举措和成效\n${township === null ? '' : `强化${township}网格化治理,`}推进法治小区建设。${PROSE}\n`
  );
}

/**
 * Each township with a zone of its name that the text without the township reads as a placeless zone: a
 * zone whose name the place finder does not read (程委新区), or that its name places already (会宁经济开发区
 * opens with 会宁县's name), is not this rule's.
 */
const CASES = TOWNSHIPS.flatMap((township, i) => {
  const kind = ZONE_KINDS[i % ZONE_KINDS.length]!;
  const zone = stemOf(township.name) + kind;
  // 阳高 + 新区 is read as 阳 + 高新区: the zone's kind is the longest word its name ends with.
  if (ALL_ZONE_KINDS.find((word) => zone.endsWith(word)) !== kind) return [];
  const alone = extractMetadata(report(zone, null, 2016 + (i % 9)));
  return alone.jurisdiction?.value === zone && alone.province === null ? [{ township, zone, i }] : [];
});

describe('a zone named after a township its report names', () => {
  it('is in that township’s city, for every township of its own name', () => {
    expect(CASES.length).toBeGreaterThan(1200);
    const wrong = CASES.flatMap(({ township, zone, i }) => {
      const parent = DIVISIONS.byCode.get(township.cityCode ?? township.provinceCode)!;
      const md = extractMetadata(report(zone, township.name, 2016 + (i % 9)));
      const got = parent.kind === 'city' ? md.city?.value : md.province?.value;
      return md.jurisdiction?.value === zone && got === parent.name ? [] : [`${zone} (${township.name}): ${md.jurisdiction?.value} ${got}`];
    });
    expect(wrong).toEqual([]);
  });

  it('is no city’s when the township named is of another name', () => {
    const md = extractMetadata(report('徐圩新区', '连云街道', 2023));
    expect(md.city).toBeNull();
  });

  it('is no city’s when its name’s townships lie in several cities', () => {
    // 西兴街道 is a street of 杭州市, of 黑河市 and of 广元市.
    const md = extractMetadata(report('西兴新区', '西兴街道', 2023));
    expect(md.jurisdiction?.value).toBe('西兴新区');
    expect(md.city).toBeNull();
  });
});

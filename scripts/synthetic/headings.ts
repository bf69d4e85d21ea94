/**
 * How a synthetic report names its place and its author: the title, publisher and addressee
 * lines and the opening sentence, per tier of government, each in several of the wordings real
 * reports use (tests/fixtures/real-pages: 「鲤城区人民政府金龙街道办事处关于…的报告」, 「中共石鼻镇委员会
 * 石鼻镇人民政府」 over 「中共安义县委、安义县人民政府:」, 「大兴区安定镇2020年度法治政府建设年度情况报告」,
 * 「中共北京市怀柔区渤海镇委员会」…). Every wording names as much of the place's chain as a careful
 * reader needs to tell it from its namesakes, never less, so the truth stays unambiguous.
 */

import type { SyntheticPlace } from './places';
import type { Random } from './templates';

/** A report's opening: the lines before its first sentence, and the words it calls itself by. */
export interface Heading {
  readonly lines: readonly string[];
  /** The report's author as a reader would name it (安义县石鼻镇人民政府, 南安市司法局). */
  readonly body: string;
  /** How the opening sentence names the place speaking (我镇, 石鼻镇, 全街道上下, 我局). */
  readonly self: string;
  /** The superiors the opening sentence names when the heading relies on them: 「在安义县委、县政府的正确领导下,」. */
  readonly guidance?: string;
}

/** A township's name carries its county already (宁城县铁西街道, 密云镇 of 密云区 does not): no text writes the county twice. */
function namesItsCounty(place: SyntheticPlace): boolean {
  return place.county !== null && place.name.startsWith(place.county);
}

/**
 * Who a township reports to, as its texts name it: its county (with the county's city when the
 * county's name is shared: 鼓楼区 of 南京市 or of 福州市), or its city in a city without districts
 * (东莞市).
 */
export function townParent(place: SyntheticPlace, sharedCountyNames: ReadonlySet<string>): string {
  if (place.county === null) return place.city ?? place.province;
  return sharedCountyNames.has(place.county) ? `${place.city ?? place.province}${place.county}` : place.county;
}

/**
 * The parents a text writes before a place's name so that no namesake remains: a township its
 * parent (townParent) unless its name is borne by no other division (`uniqueTownNames`); a county
 * its city when its name is shared. Never a county a township's name carries already.
 */
export function distinguishingChain(
  place: SyntheticPlace,
  sharedCountyNames: ReadonlySet<string>,
  uniqueTownNames: ReadonlySet<string>,
): string {
  const above = place.city ?? place.province;
  if (place.tier === 'town') {
    if (uniqueTownNames.has(place.name)) return '';
    if (namesItsCounty(place)) return sharedCountyNames.has(place.county!) ? above : '';
    return townParent(place, sharedCountyNames);
  }
  if (place.tier === 'county') return sharedCountyNames.has(place.name) ? above : '';
  return '';
}

/** What a township calls its whole (全镇, 全乡, 全街道) and itself (我镇, 我乡, 我街道). */
function townWord(place: SyntheticPlace): string {
  return place.level === '街道' ? '街道' : place.level;
}

/** The character a place's level calls it by in 我县, 全区, 全州, 全盟. */
function selfWord(place: SyntheticPlace): string {
  if (place.tier === 'province') return place.name.endsWith('自治区') ? '区' : place.name.endsWith('市') ? '市' : '省';
  if (place.tier === 'city')
    return place.name.endsWith('自治州') ? '州' : place.name.endsWith('盟') ? '盟' : place.name.endsWith('地区') ? '地区' : '市';
  return place.level;
}

/** 中共安义县委 of 安义县, 中共湖南省委 of 湖南省, 中共广西壮族自治区委员会: a party committee's short name. */
function partyCommittee(organ: string): string {
  return /(?:省|市|县|区|旗)$/.test(organ) && !organ.endsWith('自治区') ? `中共${organ}委` : `中共${organ}委员会`;
}

/**
 * Opening lines of a township's report. `chain` is what the title writes before its name (nothing
 * for a name no other division bears, half the time); `parent` its county (or city) as the text
 * writes it where it names the township's superiors.
 */
function townHeading(place: SyntheticPlace, year: number, chain: string, parent: string, random: Random): Heading {
  const word = townWord(place);
  const street = place.level === '街道';
  const organ = street ? `${place.name}办事处` : `${place.name}人民政府`;
  const superior = `${partyCommittee(parent)}、${parent.replace(/^.*?(市|省)(?=.)/, '')}人民政府:`;
  const selves = [`我${word}`, place.name, `${place.name}${street ? '党工委、办事处' : '党委、政府'}`, `全${word}上下`];
  const self = random.pick(selves);
  const body = `${chain}${organ}`;
  switch (random.int(0, 5)) {
    case 0:
      // 「安义县石鼻镇2024年法治政府建设工作报告」
      return { lines: [`${chain}${place.name}${year}年法治政府建设工作报告`], body, self };
    case 1:
      // 「鲤城区人民政府金龙街道办事处关于…」, 「黔江区水市乡人民政府关于…」
      return {
        lines: [
          street && !namesItsCounty(place)
            ? `${parent}人民政府${organ}关于${year}年度法治政府建设情况的报告`
            : `${chain}${organ}关于${year}年度法治政府建设情况的报告`,
        ],
        body,
        self,
      };
    case 2:
      // 「中共石鼻镇委员会 石鼻镇人民政府」, a title, then 「中共安义县委、安义县人民政府:」
      return {
        lines: [
          street ? `${partyCommittee(parent)}${place.name}工作委员会 ${chain}${organ}` : `中共${place.name}委员会 ${organ}`,
          `${place.name}${year}年法治政府建设工作情况报告`,
          superior,
        ],
        body,
        self,
      };
    case 3: {
      // 「中共北京市怀柔区渤海镇委员会 / 北京市怀柔区渤海镇人民政府 / 关于2024年…」: the whole chain.
      const full = `${place.province}${place.city ?? ''}${namesItsCounty(place) ? '' : (place.county ?? '')}`;
      return {
        lines: [`中共${full}${place.name}${street ? '工作委员会' : '委员会'}`, `${full}${organ}`, `关于${year}年法治政府建设情况的报告`],
        body: `${full}${organ}`,
        self,
      };
    }
    case 4:
      // 「中村乡人民政府关于2022年…」, its county named only as the superior that leads it.
      return {
        lines: [`${place.name}${street ? '办事处' : '人民政府'}关于${year}年法治政府建设工作情况报告`],
        body: `${place.name}${street ? '办事处' : '人民政府'}`,
        self,
        guidance: `在${parent}委、${parent.slice(-1)}政府的正确领导下,`,
      };
    default:
      // A metadata table naming the publisher, and a title naming the township alone.
      return {
        lines: [
          `发布机构:${chain}${organ}`,
          `${place.name}${year}年度法治政府建设年度报告`,
          `${parent}全面依法治${parent.slice(-1)}委员会办公室:`,
        ],
        body,
        self,
      };
  }
}

/** Opening lines of a county's, city's or province's own report. */
function governmentHeading(place: SyntheticPlace, year: number, chain: string, random: Random): Heading {
  const word = selfWord(place);
  const named = `${chain}${place.name}`;
  // 地区 and 盟 are governed by an administrative office (行政公署), the others by a people's government.
  const organ = place.tier === 'city' && /(?:地区|盟)$/.test(place.name) ? `${named}行政公署` : `${named}人民政府`;
  const self = random.pick([`我${word}`, place.name, `全${word}上下`]);
  switch (random.int(0, 2)) {
    case 0:
      return { lines: [`${organ}关于${year}年度法治政府建设情况的报告`], body: organ, self };
    case 1:
      return { lines: [`${partyCommittee(named)} ${organ}`, `关于${year}年法治政府建设情况的报告`], body: organ, self };
    default:
      return { lines: [`发布机构:${organ}办公室`, `${named}${year}年法治政府建设年度报告`], body: organ, self };
  }
}

/** Departments of a county whose rule-of-law reports the generator writes. */
export const DEPARTMENTS = [
  '司法局',
  '市场监督管理局',
  '自然资源局',
  '生态环境分局',
  '城市管理综合行政执法局',
  '人力资源和社会保障局',
] as const;

/** Opening lines of a county department's report (XX县司法局, XX县市场监督管理局). */
export function departmentHeading(place: SyntheticPlace, department: string, year: number, chain: string, random: Random): Heading {
  const body = `${chain}${place.name}${department}`;
  const self = random.pick(['我局', body]);
  switch (random.int(0, 2)) {
    case 0:
      return { lines: [`${body}关于${year}年度法治政府建设情况的报告`], body, self };
    case 1:
      return { lines: [`${body}${year}年法治政府建设年度报告`], body, self };
    default:
      return { lines: [`发布机构:${body}`, `${body}${year}年度法治政府建设工作情况报告`], body, self };
  }
}

/** Opening lines of a place's own report, whatever its tier. */
export function placeHeading(place: SyntheticPlace, year: number, chain: string, parent: string, random: Random): Heading {
  return place.tier === 'town' ? townHeading(place, year, chain, parent, random) : governmentHeading(place, year, chain, random);
}

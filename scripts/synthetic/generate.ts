/**
 * Synthetic reports for load and accuracy: realistic texts for real county-level divisions, with
 * the values each text states saved beside it. Every text carries a SYNTHETIC marker line, which
 * the extractor reads, so generated data is marked synthetic wherever it is shown.
 */

import * as OpenCC from 'opencc-js/core';
import * as CN2T from 'opencc-js/preset/cn2t';
import { CITIES, COUNTIES, PROVINCES } from '../../src/extract/metadata/divisions.generated';
import { SYNTHETIC_MARKER_LINE } from '../../src/extract';
import { DISTRACTORS, PLANS, PROSE, RESULT_TEMPLATES, SHORTCOMINGS, THEME_HEADINGS, seededRandom, type Random, type Stated } from './templates';

const toTraditional = OpenCC.ConverterFactory(CN2T.from.cn ?? [], CN2T.to.tw ?? []);

export interface SyntheticPlace {
  readonly code: string;
  readonly name: string;
  readonly province: string;
  readonly city: string | null;
}

export interface SyntheticReport {
  readonly fileName: string;
  readonly text: string;
  readonly truth: {
    readonly code: string;
    readonly jurisdiction: string;
    readonly year: number;
    readonly bodyKind: 'government' | 'department';
    readonly values: readonly Stated[];
  };
}

export interface GenerateOptions {
  /** How many places to pick at random; ignored when `codes` names them. */
  readonly jurisdictions: number;
  /** County-level division codes to write reports for, instead of a random pick. */
  readonly codes?: readonly string[];
  readonly years: number;
  /** The last year reported on; earlier years count back from it. */
  readonly lastYear?: number;
  readonly seed?: number;
}

function unpack(packed: string, codeLength: number): Map<string, string> {
  return new Map(packed.split('|').map((pair) => [pair.slice(0, codeLength), pair.slice(codeLength)]));
}

/** County-level places with their province and city, in code order. */
export function countyPlaces(): SyntheticPlace[] {
  const provinces = unpack(PROVINCES, 2);
  const cities = unpack(CITIES, 4);
  return [...unpack(COUNTIES, 6)]
    .map(([code, name]) => ({
      code,
      name,
      province: provinces.get(code.slice(0, 2))!,
      city: cities.get(code.slice(0, 4)) ?? null,
    }))
    // 嘉峪关市 620201 is its city 嘉峪关市 itself (a city without districts), not a county of its own.
    .filter((place) => place.city !== place.name);
}

/** The county-level places of the given codes, in that order; an unknown code is an error. */
function placesOf(codes: readonly string[]): SyntheticPlace[] {
  const byCode = new Map(countyPlaces().map((place) => [place.code, place]));
  return codes.map((code) => {
    const place = byCode.get(code);
    if (place === undefined) throw new Error(`no county-level division has the code ${code}`);
    return place;
  });
}

/** Picks `count` distinct places spread over the whole country, deterministically. */
function pickPlaces(count: number, random: Random): SyntheticPlace[] {
  const all = countyPlaces();
  // Names shared by several counties (朝阳区, 鼓楼区…) are left out: a synthetic text names no
  // province for them, and the truth must be unambiguous.
  const nameCount = new Map<string, number>();
  for (const place of all) nameCount.set(place.name, (nameCount.get(place.name) ?? 0) + 1);
  const unique = all.filter((place) => nameCount.get(place.name) === 1);
  const chosen: SyntheticPlace[] = [];
  const used = new Set<number>();
  while (chosen.length < Math.min(count, unique.length)) {
    const index = random.int(0, unique.length - 1);
    if (used.has(index)) continue;
    used.add(index);
    chosen.push(unique[index]!);
  }
  return chosen;
}

const CHROME_TOP: readonly ((place: SyntheticPlace, published: string, random: Random) => string)[] = [
  (place) => `首页 > 政务公开 > ${place.name}法治政府建设`,
  (_place, published, random) => `发布时间:${published} 10:${random.int(10, 59)} 浏览次数:${random.int(20, 3000)} 字体:[大 中 小]`,
  (_place, _published, random) => `今天是:${2030 + random.int(0, 3)}年${random.int(1, 12)}月${random.int(1, 28)}日 星期三`,
];

const CHROME_BOTTOM = ['【打印本页】【关闭窗口】', '扫一扫在手机打开当前页', '上一篇:', '下一篇:'];

const CN_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];

function buildReport(place: SyntheticPlace, year: number, random: Random): SyntheticReport {
  const department = random.chance(0.2);
  const body = department ? `${place.name}司法局` : `${place.name}人民政府`;
  const published = `${year + 1}-0${random.int(1, 3)}-${String(random.int(10, 28))}`;
  const stated: Stated[] = [];
  const lines: string[] = [SYNTHETIC_MARKER_LINE];
  for (const chrome of CHROME_TOP) if (random.chance(0.6)) lines.push(chrome(place, published, random));
  const prefix = random.chance(0.5) ? `${place.province}${place.city ?? ''}` : '';
  lines.push(`${prefix}${body}关于${year}年度法治政府建设情况的报告`);
  lines.push(
    `${year}年,${department ? '我局' : `${place.name}`}坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,扎实推进依法行政,现将${year}年度法治政府建设情况报告如下。`,
  );
  lines.push(`一、${year}年度推进法治政府建设的主要举措和成效`);
  const themes = Object.keys(RESULT_TEMPLATES).filter(() => random.chance(0.75));
  themes.forEach((theme, index) => {
    lines.push(`(${CN_ORDINALS[index]})${THEME_HEADINGS[theme]}`);
    const sentence = random.pick(RESULT_TEMPLATES[theme]!)(random, { scope: place.name });
    const distractor = random.chance(0.4) ? random.pick(DISTRACTORS)(random, year) : '';
    lines.push(`${random.chance(0.5) ? `${CN_ORDINALS[0]}是完善工作机制。` : ''}${sentence.text}${distractor}`);
    lines.push(`${random.pick(PROSE)}${random.pick(PROSE)}${random.pick(PROSE)}`);
    stated.push(...sentence.stated);
  });
  lines.push('二、存在的不足和原因');
  lines.push(random.pick(SHORTCOMINGS)(random));
  lines.push(`三、${year + 1}年度推进法治政府建设的主要安排`);
  lines.push(random.pick(PLANS)(random, year));
  for (const chrome of CHROME_BOTTOM) if (random.chance(0.5)) lines.push(chrome);

  let text = lines.join('\n');
  // Some sites publish in traditional characters, some with full-width digits.
  if (random.chance(0.25)) text = toTraditional(text);
  if (random.chance(0.1)) text = text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));

  return {
    fileName: `${place.code}-${year}${department ? '-dept' : ''}.txt`,
    text,
    truth: { code: place.code, jurisdiction: place.name, year, bodyKind: department ? 'department' : 'government', values: stated },
  };
}

/** Generates `jurisdictions × years` reports; the same options always give the same corpus. */
export function generateSyntheticReports(options: GenerateOptions): SyntheticReport[] {
  const random = seededRandom(options.seed ?? 20_261_123);
  const lastYear = options.lastYear ?? 2024;
  const places = options.codes ? placesOf(options.codes) : pickPlaces(options.jurisdictions, random);
  const reports: SyntheticReport[] = [];
  for (const place of places) {
    for (let offset = options.years - 1; offset >= 0; offset -= 1) {
      // Not every place publishes every year: a missing year must stay a gap downstream.
      if (options.years > 1 && random.chance(0.05)) continue;
      reports.push(buildReport(place, lastYear - offset, random));
    }
  }
  return reports;
}

/**
 * Synthetic reports for load and accuracy: realistic texts for real county-level divisions, with
 * the values each text states saved beside it. Every text carries a SYNTHETIC marker line, which
 * the extractor reads, so generated data is marked synthetic wherever it is shown.
 */

import * as OpenCC from 'opencc-js/core';
import * as CN2T from 'opencc-js/preset/cn2t';

import { type BodyKind, type JurisdictionLevel, SYNTHETIC_MARKER_LINE } from '../../src/extract';
import { departmentHeading, DEPARTMENTS, distinguishingChain, placeHeading, townParent } from './headings';
import {
  countyPlaces,
  drawDistinct,
  fullCode,
  PLACE_TIERS,
  placesByTier,
  type PlaceTier,
  shareByTier,
  type SyntheticPlace,
  townPlaces,
  townshipNames,
} from './places';
import {
  DISTRACTORS,
  PLANS,
  PROSE,
  type Random,
  RESULT_TEMPLATES,
  seededRandom,
  SHORTCOMINGS,
  type Stated,
  THEME_HEADINGS,
} from './templates';

export { countyPlaces, type SyntheticPlace, townPlaces } from './places';

const toTraditional = OpenCC.ConverterFactory(CN2T.from.cn ?? [], CN2T.to.tw ?? []);

/** What a synthetic report states about itself, read from the tables and the templates that wrote it. */
export interface SyntheticTruth {
  /** GB/T 2260: 6 digits for a province, city or county (430000, 430100, 430121), 9 for a township. */
  readonly code: string;
  readonly jurisdiction: string;
  readonly level: JurisdictionLevel;
  readonly province: string;
  /** Null for a province, a city itself, a 直辖市's district and a province-governed county-level unit. */
  readonly city: string | null;
  /** A township's county; null above township level and in a city without districts. */
  readonly county: string | null;
  readonly year: number;
  readonly bodyKind: Extract<BodyKind, 'government' | 'department'>;
  /** The author as the text names it (安义县石鼻镇人民政府, 南安市司法局). */
  readonly body: string;
  readonly values: readonly Stated[];
}

export interface SyntheticReport {
  readonly fileName: string;
  readonly text: string;
  readonly truth: SyntheticTruth;
}

/**
 * Which places reports are written for: `county` (county-level units, the generator's first and
 * default corpus), `town` (乡, 镇, 街道) or `all` (every tier in proportion to the tables, and
 * department reports for a tenth of the counties).
 */
export const LEVEL_CHOICES = ['county', 'town', 'all'] as const;
export type LevelChoice = (typeof LEVEL_CHOICES)[number];

export interface GenerateOptions {
  /** How many places to pick at random; ignored when `codes` names them. */
  readonly jurisdictions: number;
  /** Division codes to write reports for, instead of a random pick (county codes for `levels: 'county'`; any tier's otherwise). */
  readonly codes?: readonly string[];
  readonly years: number;
  /** The last year reported on; earlier years count back from it. */
  readonly lastYear?: number;
  readonly seed?: number;
  /** Default `county`: the corpus this generator has always written, byte for byte. */
  readonly levels?: LevelChoice;
}

/** The county-level places of the given codes, in that order; an unknown code is an error. */
function placesOf(codes: readonly string[], places: readonly SyntheticPlace[]): SyntheticPlace[] {
  const byCode = new Map(places.map((place) => [place.code, place]));
  return codes.map((code) => {
    const place = byCode.get(code) ?? byCode.get(code.replace(/(?:0000|00)$/, ''));
    if (place === undefined) throw new Error(`no division of the chosen levels has the code ${code}`);
    return place;
  });
}

/** Picks `count` distinct county-level places of unique names spread over the whole country, deterministically. */
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

/**
 * Appends the results, shortcomings and plans sections every report has, and the page chrome
 * below them; returns the values the results state.
 */
function appendSections(lines: string[], year: number, scope: string, random: Random): Stated[] {
  const stated: Stated[] = [];
  lines.push(`一、${year}年度推进法治政府建设的主要举措和成效`);
  const themes = Object.keys(RESULT_TEMPLATES).filter(() => random.chance(0.75));
  themes.forEach((theme, index) => {
    lines.push(`(${CN_ORDINALS[index]})${THEME_HEADINGS[theme]}`);
    const sentence = random.pick(RESULT_TEMPLATES[theme]!)(random, { scope });
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
  return stated;
}

/** Some sites publish in traditional characters, some with full-width digits. */
function variantOf(text: string, random: Random): string {
  let out = text;
  if (random.chance(0.25)) out = toTraditional(out);
  if (random.chance(0.1)) out = out.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
  return out;
}

/** The truth fields that say where a report is from, read from the tables. */
function placeTruth(place: SyntheticPlace): Pick<SyntheticTruth, 'code' | 'jurisdiction' | 'level' | 'province' | 'city' | 'county'> {
  return {
    code: fullCode(place.code),
    jurisdiction: place.name,
    level: place.level,
    province: place.province,
    city: place.city,
    county: place.county,
  };
}

/** A county's report as `--levels county` has always written it (its bytes must not change for a seed). */
function buildCountyReport(place: SyntheticPlace, year: number, random: Random): SyntheticReport {
  const department = random.chance(0.2);
  const body = department ? `${place.name}司法局` : `${place.name}人民政府`;
  const published = `${year + 1}-0${random.int(1, 3)}-${String(random.int(10, 28))}`;
  const lines: string[] = [SYNTHETIC_MARKER_LINE];
  for (const chrome of CHROME_TOP) if (random.chance(0.6)) lines.push(chrome(place, published, random));
  const prefix = random.chance(0.5) ? `${place.province}${place.city ?? ''}` : '';
  lines.push(`${prefix}${body}关于${year}年度法治政府建设情况的报告`);
  lines.push(
    `${year}年,${department ? '我局' : `${place.name}`}坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,扎实推进依法行政,现将${year}年度法治政府建设情况报告如下。`,
  );
  const stated = appendSections(lines, year, place.name, random);
  return {
    fileName: `${place.code}-${year}${department ? '-dept' : ''}.txt`,
    text: variantOf(lines.join('\n'), random),
    truth: { ...placeTruth(place), year, bodyKind: department ? 'department' : 'government', body, values: stated },
  };
}

/** What one report of `--levels town|all` is: a place's own report, or one of its county's departments'. */
interface ReportPlan {
  readonly place: SyntheticPlace;
  /** 司法局, 市场监督管理局…; absent for the place's own report. */
  readonly department?: string;
  /** Its index among the county's departments, for the file name. */
  readonly departmentIndex?: number;
}

/** Which names need their parents written: county names borne twice, township names borne once. */
interface NameCounts {
  readonly sharedCountyNames: ReadonlySet<string>;
  readonly uniqueTownNames: ReadonlySet<string>;
}

const NO_NAMES: ReadonlySet<string> = new Set();

function buildReport(plan: ReportPlan, year: number, names: NameCounts, random: Random): SyntheticReport {
  const { place, department } = plan;
  // Half the townships name their county even when their name alone would do (安义县石鼻镇).
  const chain = distinguishingChain(
    place,
    names.sharedCountyNames,
    place.tier === 'town' && random.chance(0.5) ? NO_NAMES : names.uniqueTownNames,
  );
  const published = `${year + 1}-0${random.int(1, 3)}-${String(random.int(10, 28))}`;
  const lines: string[] = [SYNTHETIC_MARKER_LINE];
  for (const chrome of CHROME_TOP) if (random.chance(0.6)) lines.push(chrome(place, published, random));
  const heading =
    department === undefined
      ? placeHeading(place, year, chain, townParent(place, names.sharedCountyNames), random)
      : departmentHeading(place, department, year, chain, random);
  lines.push(...heading.lines);
  // A township reports to its county: 「在安义县委、县政府的正确领导下」.
  const guidance =
    heading.guidance ??
    (place.tier === 'town' && random.chance(0.5) ? `在${townParent(place, names.sharedCountyNames)}委、政府的正确领导下,` : '');
  lines.push(
    `${year}年,${guidance}${heading.self}坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,扎实推进依法行政,现将${year}年度法治政府建设情况报告如下。`,
  );
  const stated = appendSections(lines, year, place.name, random);
  const suffix = department === undefined ? '' : `-dept${plan.departmentIndex}`;
  return {
    fileName: `${fullCode(place.code)}-${year}${suffix}.txt`,
    text: variantOf(lines.join('\n'), random),
    truth: {
      ...placeTruth(place),
      year,
      bodyKind: department === undefined ? 'government' : 'department',
      body: heading.body,
      values: stated,
    },
  };
}

/** County-level names borne by more than one county (鼓楼区, 朝阳区, 城区): a text must name their city. */
export function sharedCountyNames(): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const place of countyPlaces()) (seen.has(place.name) ? shared : seen).add(place.name);
  return shared;
}

/**
 * Township names no other township bears, written either way (北门街道 and 北门街街道 are one
 * name to a reader): a text may name such a township alone, as many do (「中共老军乡委员会」).
 */
export function uniqueTownNames(): Set<string> {
  const key = (name: string): string => name.replace(/街街道$/, '街道');
  const count = new Map<string, number>();
  // Townships of statistical zones count too: a reader cannot tell a name from theirs either.
  for (const name of townshipNames()) count.set(key(name), (count.get(key(name)) ?? 0) + 1);
  // A name ending in another township's name (旗下营镇 of 卓资县, and 下营镇 of 蓟州区) may read as that one.
  const endsInAnother = (name: string): boolean => {
    for (let start = 1; start <= name.length - 2; start += 1) if (count.has(key(name.slice(start)))) return true;
    return false;
  };
  const suffixes = new Set<string>();
  for (const name of count.keys()) for (let start = 1; start <= name.length - 2; start += 1) suffixes.add(name.slice(start));
  return new Set(
    townPlaces()
      .filter((town) => count.get(key(town.name)) === 1 && !endsInAnother(town.name) && !suffixes.has(key(town.name)))
      .map((town) => town.name),
  );
}

/** The share of counties whose departments (司法局, 市场监督管理局…) publish reports of their own under `all`. */
const DEPARTMENT_SHARE = 0.1;

/**
 * The reports to write for `town` or `all`: the places drawn (in proportion to the tables for
 * `all`), shuffled so that any prefix of the corpus mixes the tiers, each followed by its
 * departments' reports when it is one of the counties that have them.
 */
function planReports(options: GenerateOptions, random: Random): ReportPlan[] {
  const tiers = placesByTier();
  const wanted: readonly PlaceTier[] = options.levels === 'town' ? ['town'] : PLACE_TIERS;
  let places: SyntheticPlace[];
  if (options.codes) {
    places = placesOf(
      options.codes,
      wanted.flatMap((tier) => tiers[tier]),
    );
  } else {
    const sizes = Object.fromEntries(PLACE_TIERS.map((tier) => [tier, wanted.includes(tier) ? tiers[tier].length : 0])) as Record<
      PlaceTier,
      number
    >;
    const share = shareByTier(options.jurisdictions, sizes);
    places = drawDistinct(
      PLACE_TIERS.flatMap((tier) => drawDistinct(tiers[tier], share[tier], random)),
      Number.POSITIVE_INFINITY,
      random,
    );
  }
  const plans: ReportPlan[] = [];
  for (const place of places) {
    plans.push({ place });
    if (options.levels !== 'all' || place.tier !== 'county' || !random.chance(DEPARTMENT_SHARE)) continue;
    drawDistinct(DEPARTMENTS, random.int(1, 2), random).forEach((department, index) =>
      plans.push({ place, department, departmentIndex: index + 1 }),
    );
  }
  return plans;
}

/**
 * Yields `jurisdictions × years` reports one at a time (less the years a place skips), so that a
 * corpus of a quarter of a million reports is written without being held in memory. The same
 * options always give the same corpus.
 */
export function* synthesizeReports(options: GenerateOptions): Generator<SyntheticReport> {
  const random = seededRandom(options.seed ?? 20_261_123);
  const lastYear = options.lastYear ?? 2024;
  if ((options.levels ?? 'county') === 'county') {
    const places = options.codes ? placesOf(options.codes, countyPlaces()) : pickPlaces(options.jurisdictions, random);
    for (const place of places) {
      for (let offset = options.years - 1; offset >= 0; offset -= 1) {
        // Not every place publishes every year: a missing year must stay a gap downstream.
        if (options.years > 1 && random.chance(0.05)) continue;
        yield buildCountyReport(place, lastYear - offset, random);
      }
    }
    return;
  }
  const names: NameCounts = { sharedCountyNames: sharedCountyNames(), uniqueTownNames: uniqueTownNames() };
  for (const plan of planReports(options, random)) {
    for (let offset = options.years - 1; offset >= 0; offset -= 1) {
      if (options.years > 1 && random.chance(0.05)) continue;
      yield buildReport(plan, lastYear - offset, names, random);
    }
  }
}

/** Every report of `synthesizeReports`, in one array: for tests and small corpora. */
export function generateSyntheticReports(options: GenerateOptions): SyntheticReport[] {
  return [...synthesizeReports(options)];
}

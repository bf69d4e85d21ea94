/**
 * Place resolver: which of the places a report writes is the one it is about, and which row of
 * the division tables that name stands for.
 *
 * The place is taken from the first of: the title (its most specific place: Y街道 of 「X区人民
 * 政府Y街道办事处」); the subject of the opening paragraphs ("2024年,高陵区坚持…"); the page's
 * source or publisher field; and last, when the report says 我镇/全市 about itself, the most
 * written place of that level. Same-named places (several 桃林镇, 朝阳区 in 北京 and 长春) are told
 * apart by what the text says of their parents: a county, city or province containing one of them
 * written anywhere, their short names, the province's short name, the level of the superior the
 * report names. When that does not decide, all the remaining rows are kept as candidates, with
 * the flag `ambiguous_place`; none is picked.
 */

import { type LiteralMatch, literalScanner } from '../../lib/literal-scan';
import type { TextSpan } from '../../lib/spans';
import type { JurisdictionLevel } from '../types';
import {
  PREFECTURE_CUSTOMARY_SHORT,
  RANKING_AFTER_WHOLE,
  RANKING_BEFORE_WHOLE,
  SELF_DEPARTMENT,
  SELF_PLACE,
  UNLISTED_ZONE_ENDINGS,
  ZONE_WORDS,
} from './constants';
import { countyStem, type Division, DIVISIONS, isAncestor } from './divisions';
import type { Layout } from './layout';
import { newAreaParent } from './new-areas';
import { chainStart, CONGRESS_TERM, levelDepth, parentOpeningName, type PlaceMention, type PlaceScan, provinceOrCity } from './places';

/** Where the chosen place was found, strongest first. */
/** `speech`: a province-level report known only by how it speaks and its short name (全省…安徽). */
/** `document`: known only as the author of the documents the report says it made (制定了《岳阳县…制度》). */
export type HeadSource = 'title' | 'opening' | 'source' | 'frequency' | 'speech' | 'document' | 'department';

/** How the report refers to itself: 我镇, 全区, 我局. */
export interface SelfReferences {
  /** 3 × 我X/本X + 1 × 全X per level; the dominant level is the one the report speaks as. */
  readonly level: JurisdictionLevel | null;
  /** The level of 我X/本X only (the stronger words), and where the first one is. */
  readonly strongLevel: JurisdictionLevel | null;
  readonly firstStrong: TextSpan | null;
  /** 我X/本X/全X of any level: the report speaks for a place. */
  readonly placeCount: number;
  readonly strongPlaceCount: number;
  /** 我局/本局/我委: a department speaks. */
  readonly departmentCount: number;
  /** Where the first 我局/本局/我委 is. */
  readonly firstDepartment: TextSpan | null;
  /** The clause presenting the report names a department as its speaker: 「现将我局2020年度…情况汇报如下」. */
  readonly departmentPresents: boolean;
}

/**
 * A presenting clause in a department's voice (现将我局…报告如下, 现就本委…汇报如下, 现把我办…): it says who
 * reports, whatever place the prose before it spoke for (「我县司法行政工作…。现将我局…汇报如下」).
 */
const DEPARTMENT_PRESENTS = /现[将就把]\s*[我本](?:局|厅|委(?![员会])|办(?![理法事]))[^。\n]{0,60}?(?:报告|汇报|总结)如下/;

/** Counts the report's words for itself. */
export function findSelfReferences(view: string): SelfReferences {
  const score = new Map<JurisdictionLevel, number>();
  const strong = new Map<JurisdictionLevel, number>();
  let firstStrong: SelfReferences['firstStrong'] = null;
  let placeCount = 0;
  let strongPlaceCount = 0;
  SELF_PLACE.lastIndex = 0;
  for (let m = SELF_PLACE.exec(view); m !== null; m = SELF_PLACE.exec(view)) {
    // An autonomous prefecture or a league speaks as 全州/我盟: a city-level place.
    const level = (m[2] === '州' || m[2] === '盟' ? '市' : m[2]) as JurisdictionLevel;
    const isStrong = m[1] !== '全';
    if (!isStrong && RANKING_AFTER_WHOLE.test(view.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    // 「被省自然资源厅评为全省…优秀单位」: an award within the higher level, not the report speaking as it.
    if (!isStrong && RANKING_BEFORE_WHOLE.test(view.slice(Math.max(0, m.index - 4), m.index))) continue;
    placeCount += 1;
    score.set(level, (score.get(level) ?? 0) + (isStrong ? 3 : 1));
    if (isStrong) {
      strongPlaceCount += 1;
      strong.set(level, (strong.get(level) ?? 0) + 1);
      firstStrong ??= { start: m.index, end: m.index + m[0].length };
    }
  }
  // The first 我局/本委 and how many there are, in one search of the text.
  let firstDepartment: SelfReferences['firstDepartment'] = null;
  let departmentCount = 0;
  SELF_DEPARTMENT.lastIndex = 0;
  for (let m = SELF_DEPARTMENT.exec(view); m !== null; m = SELF_DEPARTMENT.exec(view)) {
    firstDepartment ??= { start: m.index, end: m.index + m[0].length };
    departmentCount += 1;
  }
  return {
    level: argMax(score),
    strongLevel: argMax(strong),
    firstStrong,
    placeCount,
    strongPlaceCount,
    departmentCount,
    firstDepartment,
    departmentPresents: DEPARTMENT_PRESENTS.test(view),
  };
}

function argMax<K>(counts: ReadonlyMap<K, number>): K | null {
  let best: K | null = null;
  let bestCount = 0;
  for (const [k, n] of counts) {
    if (n > bestCount) {
      best = k;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Whether a place of `level` may be what says 我`self`: 我区 is a district or a zone; 我市 is a
 * prefecture-level or a county-level city, both of level 市.
 */
function matchesSelf(level: JurisdictionLevel, self: JurisdictionLevel): boolean {
  return level === self || (self === '区' && level === '开发区');
}

/** How far into the prose the opening subject is looked for. */
const OPENING_SPAN = 320;

/**
 * A place the opening names as a superior, not as itself: "在鄞州区委、区政府的坚强领导下",
 * "按照XX市委部署", "根据XX省…".
 */
function isSuperior(view: string, m: PlaceMention): boolean {
  const first = chainStart(m);
  const before = view.slice(Math.max(0, first.start - 4), first.start);
  if (/(?:在|按照|根据|依照|遵照|落实|贯彻)(?:中共)?$/.test(before)) return true;
  // "鄞州区委、区政府的坚强领导下": the place's committee or government leads; not
  // "白鹤街道法治政府建设工作在…领导下" nor "黄宅镇人民政府在县委、县政府的正确领导下", where the
  // place (or its government) is the one led.
  const clause = view.slice(m.end, m.end + 24).split(/[,。;]/)[0] ?? '';
  const organ = /^(?:委|党委|人民政府|政府)/.exec(clause);
  return organ !== null && /(?:领导|指导)下/.test(clause) && !clause.slice(organ[0].length).includes('在');
}

/**
 * The opening's subject starts a clause: after the line start, 。 , : ; or the opening year
 * ("2024年,高陵区坚持", "五原县坚持", "…领导下,白鹤街道…"). A place in the middle of a clause
 * ("学习成都市经验") is something the report talks about.
 */
function startsClause(view: string, m: PlaceMention): boolean {
  let at = chainStart(m).start;
  if (view.slice(at - 2, at) === '中共') at -= 2;
  const before = view.slice(Math.max(0, at - 6), at).replace(/\s+$/, '');
  // A presenting clause names its reporter as a sentence's subject would (「…要求,现将常州市交通运输局2023年度…报告如下」).
  return before === '' || /(?:[\n。,:;]|年|年度|以来|现[将就把])$/.test(before);
}

/**
 * A zone written by its kind alone (高新区, 开发区): also a common noun ("全县开发区建设"). A zone
 * with a name of its own (东疆综保区, read only where a place's name stands) is not bare.
 */
function isBareZone(m: PlaceMention): boolean {
  return m.zone && m.zoneParent === null && ZONE_WORDS.includes(m.name);
}

/**
 * A title that names its zone by its kind alone (「经济开发区2024年度…报告」) while the text names it
 * in full (「2024年宁河经济开发区在区委…」): the full name is the same zone, and says whose it is.
 */
function fullerZone(heads: readonly PlaceMention[], inTitle: PlaceMention): PlaceMention | null {
  if (!isBareZone(inTitle)) return null;
  return heads.find((m) => m.zone && m.start > inTitle.end && m.name.length > inTitle.name.length && m.name.endsWith(inTitle.name)) ?? null;
}

/**
 * A zone governed together with a district and written with it in brackets (高新区(新市区),
 * 经开区(头屯河区)人民政府): one government, and the place with a row of its own is the district.
 */
function bracketedDistrict(view: string, heads: readonly PlaceMention[], zone: PlaceMention): PlaceMention | null {
  if (!zone.zone || view[zone.end] !== '(') return null;
  return (
    heads.find(
      (m) => m.start === zone.end + 1 && view[m.end] === ')' && !m.zone && !m.unknown && m.divisions.some((d) => d.kind === 'county'),
    ) ?? null
  );
}

/**
 * A place written apart from the place under it on the same line (a signature's 「上海市 浦东新区司法局」):
 * only the parent of the one that signs, not the report's place.
 */
function writtenApartAbove(view: string, m: PlaceMention, mentions: readonly PlaceMention[]): boolean {
  const gap = /^[ \t\u3000]+/.exec(view.slice(m.end, m.end + 4));
  if (gap === null) return false;
  const next = mentions.find((x) => x.start === m.end + gap[0].length);
  return next !== undefined && levelDepth(next.level) > levelDepth(m.level);
}

/**
 * The mention opens a sentence or follows the opening year, or the clause of guidance after it, as
 * the places finder reads a subject's slot: "2022年,高新区以…", "…的坚强领导下,江干区行政复议工作…".
 */
function isSubject(view: string, m: PlaceMention): boolean {
  return /(?:^|[\n。]|年,|年以来,|(?:领导|指导|关心|支持)下,)\s*$/.test(view.slice(Math.max(0, m.start - 8), m.start));
}

/**
 * The most specific of the places a title names: a street office is its district's agency and a
 * town's committee and government are both the town's, so 「X区人民政府Y街道办事处关于…」 and
 * 「中共Y镇委员会 Y镇人民政府关于…」 are Y's reports. The first of the deepest level wins.
 */
function mostSpecific(mentions: readonly PlaceMention[]): PlaceMention | undefined {
  let best: PlaceMention | undefined;
  for (const m of mentions) if (best === undefined || levelDepth(m.level) > levelDepth(best.level)) best = m;
  return best;
}

/** The mention chosen as the report's place, and where it was found. */
export interface Head {
  readonly mention: PlaceMention;
  readonly via: HeadSource;
  /** Known only from the numbers of documents a department issued (九龙坡教办〔2024〕22号): the report is that department's. */
  readonly issuedByDepartment?: boolean;
}

/** Chooses the mention that names the place the report is about, or null. */
/**
 * An organ without its place opening the title (「市人民政府关于2017年度…的报告」, 「县司法局2022年…」):
 * the report speaks as that level as surely as 我市 would.
 */
const TITLE_PLACELESS_ORGAN =
  /^(?:中共)?([省市区县旗镇乡州盟])(?:人民政府|政府|委|[\u4e00-\u9fff]{1,8}?(?:局|委员会|委|办公室))(?=关于|\d{4}\s?年|年度)/;

/**
 * The level of the placeless organ opening the title (区 of 「区卫生健康委关于2025年…」), with where it is written. An
 * autonomous prefecture's or a league's organ (州文体广旅局, 盟司法局) is of a prefecture-level place: 市.
 */
export function placelessTitleLevel(view: string, title: TextSpan | null): { level: JurisdictionLevel; at: TextSpan } | null {
  const organ = title === null ? null : TITLE_PLACELESS_ORGAN.exec(view.slice(title.start, title.end));
  if (title === null || organ === null) return null;
  const start = title.start + organ[0].indexOf(organ[1]!);
  const word = organ[1]!;
  return { level: (word === '州' || word === '盟' ? '市' : word) as JurisdictionLevel, at: { start, end: start + 1 } };
}

export function chooseHead(view: string, scan: PlaceScan, layout: Layout, found: SelfReferences): Head | null {
  const heads = scan.mentions.filter((m) => !m.hasChild);
  const { title, bodyStart, sources } = layout;
  const titleLevel = placelessTitleLevel(view, title)?.level;
  const self: SelfReferences = titleLevel ? { ...found, level: titleLevel, strongLevel: titleLevel } : found;

  if (title) {
    const inTitle = mostSpecific(heads.filter((m) => m.start >= title.start && m.end <= title.end && !m.inBookTitle));
    if (inTitle) return { mention: bracketedDistrict(view, heads, inTitle) ?? fullerZone(heads, inTitle) ?? inTitle, via: 'title' };
  }

  const openingEnd = bodyStart + OPENING_SPAN;
  const opening = heads.find(
    (m) =>
      m.start >= bodyStart &&
      m.end <= openingEnd &&
      !m.inBookTitle &&
      !m.generic &&
      startsClause(view, m) &&
      !writtenApartAbove(view, m, scan.mentions) &&
      (!isBareZone(m) || isSubject(view, m)) &&
      !isSuperior(view, m) &&
      (!m.unknown || m.parent !== null || isSubject(view, m)) &&
      (self.strongLevel === null || levelDepth(m.level) >= levelDepth(self.strongLevel)) &&
      (titleLevel === undefined || matchesSelf(m.level, titleLevel)),
  );
  if (opening) return { mention: bracketedDistrict(view, heads, opening) ?? opening, via: 'opening' };
  const shortNamed = cityShortNamedOrgan(view, bodyStart);
  if (shortNamed) return { mention: shortNamed, via: 'opening' };

  for (const source of sources) {
    if (/网站|网$/.test(view.slice(source.start, source.end))) continue;
    const inSource = heads.find((m) => m.start >= source.start && m.end <= source.end);
    if (inSource) return { mention: inSource, via: 'source' };
  }
  const congress = heads.find((m) => m.start < openingEnd && isCongressSession(view, m));
  if (congress) return { mention: congress, via: 'source' };

  return (
    mostWritten(view, heads, self) ??
    mostWrittenOfStrongLevel(view, heads, self) ??
    provinceSpeaking(view, scan, self) ??
    citySpeaking(view, self) ??
    countySpeaking(view, scan, self) ??
    townshipSpeaking(view, self) ??
    townshipsOfOneCounty(view, heads, self) ??
    ownDocuments(view, heads) ??
    documentNumbers(view, self) ??
    departmentNamed(view, heads) ??
    implementedChain(view, heads, self) ??
    governmentActing(view, heads) ??
    shortNamedCounty(view, scan, self) ??
    onlyTitledCounty(view, scan, self)
  );
}

/**
 * A department's report that speaks only as 我局 and names one county-level place, in the title of a document it keeps
 * or carries out (「公示《西秀区统计局行政权力事项清单》」, 「全面落实《香格里拉市法治政府建设实施纲要(2022-2025年)》」), with
 * nothing else but that place's province or city (「参照《贵州省统计行政处罚裁量基准》」): that county is its own. Never a
 * city's or a province's plan (a county's bureau carries out its superiors' plans too), never where another place is
 * named or the report speaks as a level the county is not. Asked last: the weakest evidence there is.
 */
function onlyTitledCounty(view: string, scan: PlaceScan, self: SelfReferences): Head | null {
  if (self.departmentCount === 0 || self.strongPlaceCount > 0) return null;
  const named = scan.mentions.filter((m) => !m.generic);
  const titled = named.find((m) => m.inBookTitle && m.divisions.length === 1 && m.divisions[0]!.kind === 'county');
  if (titled === undefined || (self.level !== null && !matchesSelf(titled.level, self.level))) return null;
  const county = titled.divisions[0]!;
  const ownOrAbove = (m: PlaceMention): boolean =>
    !m.zone && !m.unknown && m.divisions.length === 1 && (m.divisions[0]!.code === county.code || isAncestor(m.divisions[0]!, county));
  return named.every(ownOrAbove) ? { mention: titled, via: 'document' } : null;
}

/**
 * A department written after its city's short name as the opening's subject (「2022年以来,烟台人力资源和社会保障局坚持…」):
 * the short name, one city's only and no province's, names that city, as a slogan's does. The department's name must end
 * like one and the verb of the sentence follow it.
 */
const OPENING_SUBJECT_AT = /^\s*(?:\d{4}\s?年(?:度|以来)?[,:]\s*)?/;
const ORGAN_THEN_VERB = /^[\u4e00-\u9fff]{2,14}?(?:局|委员会|办公室)(?=坚持|紧紧|紧扣|认真|始终|全面|深入|围绕|立足|聚焦|以|在)/;

function cityShortNamedOrgan(view: string, bodyStart: number): PlaceMention | null {
  const start = bodyStart + OPENING_SUBJECT_AT.exec(view.slice(bodyStart, bodyStart + 16))![0].length;
  for (let len = 4; len >= 2; len -= 1) {
    const short = view.slice(start, start + len);
    const codes = DIVISIONS.cityShort.get(short);
    if (codes?.length !== 1 || DIVISIONS.provinceShort.has(short)) continue;
    const organ = ORGAN_THEN_VERB.exec(view.slice(start + len, start + len + 24))?.[0];
    const city = DIVISIONS.byCode.get(codes[0]!);
    // 烟台市交通局 is its full name, read as a mention if anywhere; 市场监督管理局 is a department's own word.
    if (organ === undefined || city === undefined || /^[市县区省州旗盟镇乡](?!场)/.test(organ)) continue;
    return syntheticMention(city, start, start + len);
  }
  return null;
}

/**
 * A department's name right after a place (大同市文物局2021年度…, 大同市文物局行政处罚实施情况统计表):
 * where the name ends, or null. The shortest name ending like a bureau, a department or an office.
 */
const DEPARTMENT_AFTER_PLACE = /^[\u4e00-\u9fff]{1,10}?(?:局|厅|办公室)/;

export function departmentAfter(view: string, m: PlaceMention): number | null {
  const found = DEPARTMENT_AFTER_PLACE.exec(view.slice(m.end, m.end + 13));
  return found === null || /[市县区省州旗镇乡]/.test(found[0].slice(0, -1)) ? null : m.end + found[0].length;
}

/** A run of documents a report says it carries out: 「认真实施《…纲要》《广东省…纲要》《汕头市…纲要》」. */
const IMPLEMENTED_RUN = /(?:实施|贯彻|落实|执行)(?:《[^》\n]{2,60}》[、,和及与]?){2,}/g;
/** The party committees a report names (省委, 市委十二届八次全会, 县委): the levels above and at its own. */
const COMMITTEE_LEVEL = /([省市县区旗])委(?![员会])/g;

/**
 * A department that speaks only as 我局 and says it carries out a chain of plans from the country's
 * down (「认真实施《法治政府建设实施纲要》《广东省法治政府建设实施纲要》《汕头市法治政府建设实施纲要》」):
 * the deepest plan's place is its own, when every plan's place contains it and the deepest party
 * committee it names is of that level (市委 beside 省委; a county's bureau names its 县委).
 */
function implementedChain(view: string, heads: readonly PlaceMention[], self: SelfReferences): Head | null {
  if (self.departmentCount === 0 || self.strongPlaceCount > 0) return null;
  const runs = [...view.matchAll(IMPLEMENTED_RUN)].map((run) => ({ start: run.index, end: run.index + run[0].length }));
  if (runs.length === 0) return null;
  // One pass over the mentions in the order they end, the runs in theirs: linear in the text.
  const chain: PlaceMention[] = [];
  let r = 0;
  for (const m of [...heads].sort((a, b) => a.end - b.end)) {
    while (r < runs.length && runs[r]!.end < m.end) r += 1;
    if (r === runs.length) break;
    const first = chainStart(m);
    if (!m.inBookTitle || m.divisions.length !== 1 || first.start < runs[r]!.start || view[first.start - 1] !== '《') continue;
    chain.push(m);
  }
  if (chain.length === 0) return null;
  const deepest = chain.reduce((a, b) => (levelDepth(b.level) > levelDepth(a.level) ? b : a));
  const row = deepest.divisions[0]!;
  if (chain.some((m) => m !== deepest && m.divisions[0]!.code !== row.code && !isAncestor(m.divisions[0]!, row))) return null;
  let committee: JurisdictionLevel | null = null;
  for (const c of view.matchAll(COMMITTEE_LEVEL)) {
    const level = c[1] as JurisdictionLevel;
    if (committee === null || levelDepth(level) > levelDepth(committee)) committee = level;
  }
  if (committee === null || levelDepth(committee) !== levelDepth(deepest.level) || !matchesSelf(deepest.level, committee)) return null;
  return { mention: deepest, via: 'document' };
}

/**
 * A place named only in its department's name, again and again (大同市文物局's statistics, with
 * no 我局 and no other place): the department's report is that place's. One place only, named so
 * at least twice, and no other place written with a department.
 */
function departmentNamed(view: string, heads: readonly PlaceMention[]): Head | null {
  const named = heads.filter((m) => !m.generic && !isBareZone(m) && departmentAfter(view, m) !== null);
  const first = named[0];
  if (first === undefined || named.length < 2 || named.some((m) => m.name !== first.name)) return null;
  return { mention: first, via: 'department' };
}

/** A place's own government written after its name: 人民政府, 政府, a street's 办事处, a zone's 管委会. */
const OWN_GOVERNMENT_AFTER = /^(?:人民政府|政府|街道办事处|办事处|管理委员会|管委会)/;

/** The mention opens a paragraph or a sentence (a line under a heading, after 。), its chain and 中共 included. */
function opensSentence(view: string, m: PlaceMention): boolean {
  let at = chainStart(m).start;
  if (view.slice(at - 2, at) === '中共') at -= 2;
  return at === 0 || /[\n。;]\s*$/.test(view.slice(Math.max(0, at - 4), at));
}

/**
 * A report that names no place where reports name theirs — a table cell's title (关于2025年度行政执法情况的工作报告),
 * an opening that speaks as a team (现将我队…报告如下) — but opens a sentence with one place's government as the
 * one that acts (「胡家园街道办事处作为行政执法主体行使…」): that government is the report's. One place only, so
 * written, and not as a superior (在…人民政府的领导下).
 */
function governmentActing(view: string, heads: readonly PlaceMention[]): Head | null {
  const acting = heads.filter(
    (m) =>
      !m.generic &&
      !isBareZone(m) &&
      !m.inBookTitle &&
      opensSentence(view, m) &&
      !isSuperior(view, m) &&
      OWN_GOVERNMENT_AFTER.test(view.slice(m.end, m.end + 6)),
  );
  const first = acting[0];
  if (first === undefined || acting.some((m) => m.name !== first.name)) return null;
  return { mention: first, via: 'opening' };
}

/**
 * Verbs with which a report says it made a document itself: 制定《…》, 制定了《…》, 研究制定, 制定印发了,
 * 编制并印发, 出台并实施, 修订《…》. Documents it follows (贯彻落实《湖南省…纲要》, 严格执行《…》) are not
 * its own.
 */
const MADE_BEFORE = /(?:制定|制发|出台|印发|修订|编制|起草)(?:并?(?:印发|实施|出台))?了?《(?:\d{4}年度?)?$/;

/**
 * A report that never says which place it speaks for — no title, an organ without its place as
 * its subject (「现将县人民政府2022年…报告如下」, 「区政府坚持…」, 「我局…」) — but names the documents it
 * made (「制定了《岳阳县人民政府常务会会前学法制度》」, 「制定并实施《上城区人力社保局…清单》」): their
 * author is the report's, so the place that opens their titles is its place, when they all name
 * one. The weakest evidence there is, so it is asked last.
 */
function ownDocuments(view: string, heads: readonly PlaceMention[]): Head | null {
  let found: PlaceMention | null = null;
  for (const m of heads) {
    if (!m.inBookTitle || m.generic || isBareZone(m) || (m.unknown && m.parent === null)) continue;
    const first = chainStart(m);
    if (!MADE_BEFORE.test(view.slice(Math.max(0, first.start - 16), first.start))) continue;
    if (found !== null && found.name !== m.name) return null;
    found ??= m;
  }
  return found === null ? null : { mention: found, via: 'document' };
}

/**
 * A document's number (文号) in brackets or after its title: its issuer's short name and kind, its year in
 * 〔〕, its serial (九龙坡教办〔2024〕22号, 铜梁府发[2023]5号). The issuer's run opens the match.
 */
const DOCUMENT_NUMBER = /(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{3,12})[〔[【]\s*\d{4}\s*[〕\]】]\s*\d+\s*号/g;
/**
 * The bracketed year every DOCUMENT_NUMBER holds: a text without one (most) is not searched for a number, a search
 * that tries each run of Chinese characters against every length from 12 down.
 */
const BRACKETED_YEAR = /[〔[【]\s*\d{4}/;

/**
 * What a government's or its party committee's document number writes after the place's stem: 府发, 府办, 政办发,
 * 委发, 委办, 发 (铜梁府发〔2023〕5号, 九龙坡区委发), its level's word first or not. A department writes its own
 * abbreviation there (九龙坡教办, 九龙坡教育工委, 铜梁司发).
 */
const GOVERNMENT_ISSUER = /^[区县市旗]?(?:府|政|委|办|发)/;

/** County-level rows by their stem (九龙坡 of 九龙坡区), for the stems that are one county's only. */
let countiesByStem: Map<string, Division> | null = null;

function stemsOfOneCounty(): Map<string, Division> {
  if (countiesByStem === null) {
    const all = new Map<string, Division[]>();
    for (const d of DIVISIONS.byCode.values()) {
      if (d.kind !== 'county') continue;
      const key = countyStem(d.name);
      const rows = all.get(key);
      if (rows) rows.push(d);
      else all.set(key, [d]);
    }
    countiesByStem = new Map();
    for (const [key, rows] of all)
      if (
        rows.length === 1 &&
        key.length >= 2 &&
        !DIVISIONS.byName.has(key) &&
        !DIVISIONS.provinceShort.has(key) &&
        !DIVISIONS.cityShort.has(key)
      )
        countiesByStem.set(key, rows[0]!);
  }
  return countiesByStem;
}

function countyOfStem(stem: string): Division | undefined {
  return stemsOfOneCounty().get(stem);
}

/**
 * A report that never names its place but numbers the documents it made by its county's short name
 * (《…议事规则》(九龙坡教办〔2024〕22号), 九龙坡教育工委〔2024〕80号): a county-level issuer writes its stem
 * before its organ's abbreviation, a city or province one character (渝府发, 杭政办), so a stem of two
 * characters or more that is one county's only names that county. Every such number must name the same
 * one, of the level the report speaks as.
 */
function documentNumbers(view: string, self: SelfReferences): Head | null {
  if (!BRACKETED_YEAR.test(view)) return null;
  let found: { county: Division; at: TextSpan } | null = null;
  let byDepartment = true;
  for (const m of view.matchAll(DOCUMENT_NUMBER)) {
    const issuer = m[1]!;
    // The longest stem opening the issuer's run: 九龙坡 before 九龙.
    let county: Division | undefined;
    let length = 0;
    for (let len = Math.min(8, issuer.length - 1); len >= 2 && county === undefined; len -= 1) {
      county = countyOfStem(issuer.slice(0, len));
      length = len;
    }
    if (county === undefined) continue;
    if (found !== null && found.county.code !== county.code) return null;
    found ??= { county, at: { start: m.index, end: m.index + length } };
    byDepartment &&= !GOVERNMENT_ISSUER.test(issuer.slice(length));
  }
  if (found === null || (self.level !== null && !matchesSelf(found.county.level, self.level))) return null;
  // Known by its short name only, as a county by its slogans: no organ is written to name it by.
  return { mention: syntheticMention(found.county, found.at.start, found.at.end), via: 'speech', issuedByDepartment: byDepartment };
}

/**
 * Frames in which a city's short name stands for the city: its slogans and its media (法治鄂尔多斯,
 * 美丽X, 平安X; X发布, X日报, X市委). Alone, a short name is too often an ordinary word.
 */
const CITY_FRAME_BEFORE = ['法治', '平安', '美丽', '幸福', '魅力', '数字', '文明', '品质', '善治', '模范', '红色'];
const CITY_FRAME_AFTER = ['发布', '日报', '晚报', '新闻网', '市委', '市政府'];

/** A prefecture's report speaking of itself: 全州, 我州 (not 全州县, a county of 广西). */
const SPEAKS_AS_PREFECTURE = /[全我本]州(?!县)/;

/**
 * A city's report that never writes its full name (「市司法局…」 with only 「鄂尔多斯日报」 and
 * 「法治鄂尔多斯」 to tell which city): when the report speaks as a city (我市, 全市, 市委) and the
 * short name of exactly one city is written in a slogan or a medium's name, that city is its place.
 */
function citySpeaking(view: string, self: SelfReferences): Head | null {
  if (self.level !== '市') return null;
  const found = framedCities(view);
  // A prefecture speaking as 全州/我州 frames itself by its customary short form (法治巴州), which
  // alone is too short to trust (巴中's 巴州区 is 法治巴州 too).
  if (found.size === 0 && SPEAKS_AS_PREFECTURE.test(view)) {
    for (const [name, short] of Object.entries(PREFECTURE_CUSTOMARY_SHORT)) {
      const at = framedAt(view, short);
      const row = DIVISIONS.byName.get(name)?.[0];
      if (at !== null && row !== undefined) found.set(row.code, at);
    }
  }
  if (found.size !== 1) return null;
  const [code, at] = [...found][0]!;
  const city = DIVISIONS.byCode.get(code);
  if (city === undefined) return null;
  return { mention: syntheticMention(city, at.start, at.end), via: 'speech' };
}

/**
 * What a county's short name stands before where it names the place (海安主城区, 海安至如皋, 南通理工学院(海安校区)):
 * its town, its districts, its soil, a route from it, a campus or a station of it.
 */
const SHORT_NAME_AS_PLACE_AFTER = /^(?:主城区|中心城区|城区|市区|县城|老城|新城|境内|全境|至|段|校区|籍|站|港)/;

/** The stems of countyOfStem, longest first, as one scanner; built on first use (only unresolved reports ask). */
let stemScanner: ((text: string) => LiteralMatch[]) | null = null;

function countyStemsIn(view: string): LiteralMatch[] {
  stemScanner ??= literalScanner(
    [...stemsOfOneCounty().keys()].sort((a, b) => b.length - a.length),
    { overlapping: true },
  );
  return stemScanner(view);
}

/** True when the short name at [start, end) stands for its place: in a slogan or a medium's name, before its town or a route. */
function shortNameStandsAsPlace(view: string, start: number, end: number): boolean {
  return (
    view[start - 1] === '至' ||
    SHORT_NAME_AS_PLACE_AFTER.test(view.slice(end, end + 4)) ||
    CITY_FRAME_BEFORE.some((frame) => view.endsWith(frame, start)) ||
    CITY_FRAME_AFTER.some((frame) => view.startsWith(frame, end))
  );
}

/**
 * A county-level report that never writes its own full name but its short name, as a place, again and again
 * (「实现海安主城区至沈海高速…」, 「开通海安至如皋毗邻公交专线」 of a 市交通运输局 that says 全市): when it speaks as a
 * county-level place (全市, 我县), a short name that is one county's only and of that level is written so at least
 * twice and twice as often as any other, and every place the text names in full contains it or lies in it, that
 * county is its own. Asked last: only reports still without a place pay for the scan.
 */
function shortNamedCounty(view: string, scan: PlaceScan, self: SelfReferences): Head | null {
  const level = self.level;
  if (level === null || (level !== '市' && !COUNTY_SELF_LEVELS.has(level))) return null;
  const counts = new Map<string, { county: Division; count: number; at: TextSpan }>();
  let covered = 0;
  for (const { start, word } of countyStemsIn(view)) {
    const county = countyOfStem(word)!;
    const end = start + word.length;
    // A stem inside a longer one written (长岭 of 弓长岭, 江达 of 工布江达) is not meant: the longer is.
    if (end <= covered) continue;
    covered = end;
    if (county.level !== level || !shortNameStandsAsPlace(view, start, end)) continue;
    const entry = counts.get(county.code);
    if (entry) entry.count += 1;
    else counts.set(county.code, { county, count: 1, at: { start, end } });
  }
  const [best, second] = [...counts.values()].sort((a, b) => b.count - a.count);
  if (best === undefined || best.count < 2 || (second !== undefined && best.count < 2 * second.count)) return null;
  const county = best.county;
  const elsewhere = scan.mentions.some(
    (m) =>
      !m.generic &&
      !m.zone &&
      m.divisions.length > 0 &&
      !m.divisions.some((d) => d.code === county.code || isAncestor(d, county) || isAncestor(county, d)),
  );
  if (elsewhere) return null;
  return { mention: syntheticMention(county, best.at.start, best.at.end), via: 'speech' };
}

/** County-level rows by the code of their city, built on first use (only reports that name no place of their own ask). */
let countiesByCity: Map<string, Division[]> | null = null;

function countiesOf(cityCode: string): readonly Division[] {
  if (countiesByCity === null) {
    countiesByCity = new Map();
    for (const d of DIVISIONS.byCode.values()) {
      if (d.kind !== 'county' || d.cityCode === null) continue;
      const list = countiesByCity.get(d.cityCode) ?? [];
      list.push(d);
      countiesByCity.set(d.cityCode, list);
    }
  }
  return countiesByCity.get(cityCode) ?? [];
}

/** Levels of the county-level places a report may speak as (我县, 我区, 我旗). */
const COUNTY_SELF_LEVELS: ReadonlySet<JurisdictionLevel> = new Set(['县', '区', '旗']);

/**
 * A county's report that writes its own name only in its slogans (「为加快建设幸福美丽旺苍提供…」,
 * 「红色旺苍」) and its city only in the city's documents (《广元市法治政府建设实施方案》): when the
 * report speaks as a county-level place (我县, 全区), names exactly one city, and the short name of
 * exactly one of that city's places of its level is written in a slogan or a medium's name, that
 * place is its own. Limited to the named city's places, a short name that is also a word cannot
 * stand for some place elsewhere.
 */
function countySpeaking(view: string, scan: PlaceScan, self: SelfReferences): Head | null {
  const level = self.level;
  if (level === null || !COUNTY_SELF_LEVELS.has(level)) return null;
  const cities = new Set<string>();
  for (const m of scan.mentions)
    if (!m.generic && m.divisions.length === 1 && m.divisions[0]!.kind === 'city') cities.add(m.divisions[0]!.code);
  if (cities.size !== 1) return null;
  const found: Array<{ county: Division; at: TextSpan }> = [];
  for (const county of countiesOf([...cities][0]!)) {
    const stem = countyStem(county.name);
    if (county.level !== level || stem.length < 2 || DIVISIONS.byName.has(stem)) continue;
    // The matching view keeps a stem's characters as written (乾安 stays 乾安: normalize/name-guard.ts).
    const at = framedAt(view, stem);
    if (at !== null) found.push({ county, at });
  }
  // 法治鄂托克前旗's stem holds 鄂托克旗's: the longer name written is the one meant.
  const kept = found.filter(
    (f) => !found.some((g) => g !== f && g.at.start <= f.at.start && g.at.end >= f.at.end && g.at.end - g.at.start > f.at.end - f.at.start),
  );
  if (kept.length !== 1) return null;
  return { mention: syntheticMention(kept[0]!.county, kept[0]!.at.start, kept[0]!.at.end), via: 'speech' };
}

/**
 * A county-level report that never writes its own name but names its streets and towns (a district
 * bureau's 「我局对全区…」 with 西兴街道、浦沿街道、长河街道 among the respondents): when it speaks as a
 * county-level place (全区 beside 区委 or 区政府, since a zone says 全区 too) and names two townships or
 * more, each of which may stand for several same-named rows, and exactly one county of the level it
 * speaks as holds a row of every one, that county is its own. A township elsewhere (a place visited)
 * leaves no county holding them all, and then nothing is said.
 */
function townshipsOfOneCounty(view: string, heads: readonly PlaceMention[], self: SelfReferences): Head | null {
  const level = self.level;
  if (level === null || !COUNTY_SELF_LEVELS.has(level) || (level === '区' && !/区委|区(?:人民)?政府/.test(view))) return null;
  const townships = heads.filter(
    (m) => !m.generic && !m.unknown && !m.zone && m.divisions.length > 0 && m.divisions.every((d) => d.kind === 'township'),
  );
  if (new Set(townships.map((m) => m.name)).size < 2) return null;
  const countySets = townships.map((m) => new Set(m.divisions.map((d) => d.countyCode)));
  const shared = [...countySets[0]!].filter((code): code is string => code !== null && countySets.every((set) => set.has(code)));
  const [only, ...others] = shared;
  const county = only === undefined ? undefined : DIVISIONS.byCode.get(only);
  if (county === undefined || others.length > 0 || county.level !== level) return null;
  const first = townships.reduce((a, b) => (b.start < a.start ? b : a));
  return { mention: syntheticMention(county, first.start, first.end), via: 'speech' };
}

/** Words that follow 法治/平安… in slogans of the whole country, not of a place: never a township's stem. */
const NOT_A_TOWNSHIP_STEM =
  /^(?:政府|社会|国家|中国|乡村|思想|文化|建设|宣传|教育|意识|理念|素养|思维|方式|保障|轨道|环境|精神|实践|体系|工作|水平|能力|阵地|队伍|人才|氛围|营商|护航|力量|服务|基层|示范|品牌|之|为民)/;

/** What a township's slogan goes on to: 建设, 品牌, the end of a quotation or a clause. */
const AFTER_TOWNSHIP_STEM = /^(?:建设|品牌|的|之|”|"|,|。|、|;|\)|\s|$)/;

/**
 * A township's report that writes its own name only in a slogan (「明确法治舒桥建设的重点任务」 of a
 * report that says 我乡 throughout): when it speaks as a township (我乡, 本镇) and names no place, a
 * slogan's stem that with the level's word is exactly one township of the tables (舒桥 + 乡 = 舒桥乡
 * of 青田县) is its own. Only a name the tables hold once counts, and never a word that follows 法治
 * in every report (法治政府, 法治乡村).
 */
function townshipSpeaking(view: string, self: SelfReferences): Head | null {
  const level = self.strongLevel;
  if (level !== '乡' && level !== '镇') return null;
  const found = new Map<string, { township: Division; at: TextSpan }>();
  for (const frame of CITY_FRAME_BEFORE) {
    for (let at = view.indexOf(frame); at !== -1; at = view.indexOf(frame, at + 1)) {
      const start = at + frame.length;
      if (NOT_A_TOWNSHIP_STEM.test(view.slice(start, start + 2))) continue;
      for (const length of [2, 3]) {
        const stem = view.slice(start, start + length);
        if (!/^[\u3400-\u4dbf\u4e00-\u9fff]+$/.test(stem) || !AFTER_TOWNSHIP_STEM.test(view.slice(start + length, start + length + 2)))
          continue;
        const rows = DIVISIONS.byName.get(stem + level) ?? [];
        if (rows.length !== 1 || DIVISIONS.byName.has(stem)) continue;
        const township = rows[0]!;
        if (!found.has(township.code)) found.set(township.code, { township, at: { start, end: start + length } });
      }
    }
  }
  const [only, ...others] = [...found.values()];
  if (only === undefined || others.length > 0) return null;
  return { mention: syntheticMention(only.township, only.at.start, only.at.end), via: 'speech' };
}

/**
 * The cities whose short name (one city's, two characters or more) is written in a slogan or a
 * medium's name, each with where it is first written; `skip` leaves some short names out.
 */
function framedCities(view: string, skip: (short: string) => boolean = () => false): Map<string, TextSpan> {
  const found = new Map<string, TextSpan>();
  for (const [short, codes] of DIVISIONS.cityShort) {
    if (codes.length !== 1 || short.length < 2 || skip(short)) continue;
    const at = framedAt(view, short);
    const known = found.get(codes[0]!);
    if (at !== null && (known === undefined || at.start < known.start)) found.set(codes[0]!, at);
  }
  return found;
}

/** Where a short name is first written in a slogan or a medium's name (法治X, 美丽X, X发布), if anywhere. */
function framedAt(view: string, short: string): TextSpan | null {
  let best: number | null = null;
  for (const frame of CITY_FRAME_BEFORE) {
    const at = view.indexOf(frame + short);
    if (at !== -1 && (best === null || at + frame.length < best)) best = at + frame.length;
  }
  for (const frame of CITY_FRAME_AFTER) {
    const at = view.indexOf(short + frame);
    if (at !== -1 && (best === null || at < best)) best = at;
  }
  return best === null ? null : { start: best, end: best + short.length };
}

function syntheticMention(division: Division, start: number, end: number): PlaceMention {
  return {
    start,
    end,
    name: division.name,
    divisions: [division],
    level: division.level,
    zone: false,
    zoneParent: null,
    inBookTitle: false,
    parent: null,
    hasChild: false,
    generic: false,
    unknown: false,
  };
}

/** Words with which a province-level report speaks of its own government: 省委、省政府, 自治区党委. */
const PROVINCE_ORGANS = /省委|省政府|省人民政府|自治区党委|自治区人民政府|自治区政府/;
/**
 * A city's or county's committee named as one the report follows (「省委…部署和市委…安排」, 「和市委县委等文件要求」):
 * a report below the province. A province addresses its cities' committees as 各市委, which is not this.
 */
const LOWER_COMMITTEE_FOLLOWED = /(?<!各)[市县]委(?![员会])/;

/**
 * A province-level report that never writes its full name (「2020年,…全省各级行政机关…考察安徽重要
 * 讲话」, 「全市各区、各部门在市委、市政府…」 of 上海): when the report speaks as a province (全省, 我省,
 * 省委、省政府) — or as a municipality that names no city and none but its own districts — and one
 * province's short name is the only one written, that province is its place.
 */
function provinceSpeaking(view: string, scan: PlaceScan, self: SelfReferences): Head | null {
  // A short name inside a place's name is that place's (河北 of 天津's 河北区), not the province's.
  const hints = scan.provinceHints.filter((hint) => !scan.mentions.some((m) => m.start <= hint.start && hint.start < m.end));
  if (hints.length === 0) return null;
  const codes = new Set(hints.map((hint) => hint.code));
  if (codes.size !== 1) return null;
  const hint = hints[0]!;
  const province = DIVISIONS.byCode.get(hint.code);
  if (province === undefined) return null;
  // An autonomous region speaks of itself as 我区/全区 beside its 自治区党委、政府.
  // A prefecture's or city's report (全州, 全盟, 全市) names its province's 党委 as its superior, not as itself.
  const speaksBelow = self.level !== null && self.level !== '省' && self.level !== '区';
  const region = province.name.endsWith('自治区') && /自治区党委|自治区(?:人民)?政府/.test(view) && !speaksBelow;
  const speaksAsProvince =
    self.level === '省' ||
    region ||
    (self.strongLevel === null && !speaksBelow && PROVINCE_ORGANS.test(view) && !LOWER_COMMITTEE_FOLLOWED.test(view));
  const municipality = province.name.endsWith('市');
  // A municipality speaks as 本市/全市 like a city; it names no city, and its own districts only
  // (「徐汇区、黄浦区…」 of 上海's report; 朝阳区 may be 北京's), never a place only elsewhere.
  const speaksAsMunicipality =
    municipality &&
    self.level === '市' &&
    !scan.mentions.some(
      (m) => m.level === '市' || ((m.level === '区' || m.level === '县') && !m.divisions.some((d) => d.provinceCode === province.code)),
    );
  if (!speaksAsProvince && !speaksAsMunicipality) return null;
  const length = [...DIVISIONS.provinceShort.keys()]
    .filter((name) => view.startsWith(name, hint.start))
    .reduce((a, b) => (b.length > a.length ? b : a), '').length;
  return { mention: syntheticMention(province, hint.start, hint.start + length), via: 'speech' };
}

/** A document of the place's own, cited by its name (《荣昌区法治政府建设实施方案》): the place is its author. */
const OWN_DOCUMENT_AFTER = /^[^》]{0,30}?(?:方案|规划|规则|办法|意见|规定|细则|纲要|清单|目录|制度|要点|计划)/;
/** A place the report went to or compares itself with: 「到永川区学习」, 「赴X考察」, 「与X签订」. */
const VISITED_BEFORE = /(?:到|赴|前往|与|向|和|同|学习|借鉴)$/;
/** The same, said earlier in the clause of a list of places: 「学习成都市、遂宁市经验」. */
const VISITED_IN_CLAUSE = /(?:学习|借鉴|考察|赴|前往)[^,。;]*$/;
const VISITED_AFTER = /^(?:学习|考察|交流|调研|参观|对接|经验|做法|先进)/;

/**
 * The session a government's report is delivered at, its congress named by its place: 「2012年12月25日在慈溪市十六届
 * 人大常委会第七次会议上」, 「在某县第十八届人民代表大会第三次会议上」. A government reports to its own congress.
 */
const CONGRESS_SESSION_AFTER = new RegExp(`^${CONGRESS_TERM}(?:人大常委会|人民代表大会)`);

function isCongressSession(view: string, m: PlaceMention): boolean {
  return (
    CONGRESS_SESSION_AFTER.test(view.slice(m.end, m.end + 12)) &&
    view.slice(Math.max(0, chainStart(m).start - 4), chainStart(m).start).includes('在')
  );
}

/**
 * How much one mention says that the report is about the place: a prose mention 2, a mention in a
 * document's title 1 — but 2 for a document of the place's own (its title opens with the place
 * and names a plan or rules: 《荣昌区法治政府建设实施方案》), and ½ for a place the report went to or
 * compares itself with (到永川区学习).
 */
function mentionWeight(view: string, m: PlaceMention): number {
  const first = chainStart(m);
  if (m.inBookTitle) return view[first.start - 1] === '《' && OWN_DOCUMENT_AFTER.test(view.slice(m.end, m.end + 40)) ? 2 : 1;
  const before = view.slice(Math.max(0, first.start - 16), first.start);
  if (VISITED_BEFORE.test(before) || VISITED_IN_CLAUSE.test(before) || VISITED_AFTER.test(view.slice(m.end, m.end + 2))) return 0.5;
  return 2;
}

/** The leaders a department's report names for its own place (「在市委、市政府领导下…我局」, 「区委区政府」). */
const LEADERS = /([省市区县旗])委[、,和及与]?\1?(?:人民)?政府/g;
/** How far into a report the leaders it works under are named: its opening. */
const LEADERS_REACH = 600;

/** Each pair of leaders named in `view` up to `reach`, with its level and where it is written. */
export function leadersNamed(view: string, reach = view.length): Array<{ level: JurisdictionLevel; at: TextSpan }> {
  return [...view.slice(0, reach).matchAll(LEADERS)].map((pair) => ({
    level: pair[1] as JurisdictionLevel,
    at: { start: pair.index, end: pair.index + pair[0].length },
  }));
}

function leadersLevel(view: string): JurisdictionLevel | null {
  return leadersNamed(view, LEADERS_REACH)[0]?.level ?? null;
}

/**
 * The most written place of the level the report speaks as (我镇 → a 镇). Without such words,
 * nothing: a page that never says what it is about gets no place rather than a guessed one.
 */
function mostWritten(view: string, heads: readonly PlaceMention[], self: SelfReferences): Head | null {
  const selfLevel = self.level ?? leadersLevel(view);
  if (selfLevel === null) return null;
  const scores = new Map<string, { score: number; first: PlaceMention }>();
  for (const m of heads) {
    if (!matchesSelf(m.level, selfLevel) || isBareZone(m) || m.generic || (m.unknown && m.parent === null)) continue;
    const entry = scores.get(m.name);
    const add = mentionWeight(view, m);
    if (entry) entry.score += add;
    else scores.set(m.name, { score: add, first: m });
  }
  const ranked = [...scores.values()].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (best === undefined) return null;
  const second = ranked[1];
  // A clear winner only: twice the runner-up.
  if (second !== undefined && best.score < 2 * second.score) return null;
  // Prefer a mention outside 《》 as the evidence.
  const shown = heads.find((m) => m.name === best.first.name && !m.inBookTitle) ?? best.first;
  return { mention: shown, via: 'frequency' };
}

/**
 * The report says 全省 more often than anything, but 我市 too (a city bureau's 「全省率先…」 beside
 * 「我市成功入围…」): when no place of the most said level is written, the place of the level it
 * calls its own (我市) is looked for the same way.
 */
function mostWrittenOfStrongLevel(view: string, heads: readonly PlaceMention[], self: SelfReferences): Head | null {
  if (self.strongLevel === null || self.level === null || self.strongLevel === self.level) return null;
  return mostWritten(view, heads, { ...self, level: self.strongLevel });
}

/** The division row(s) a chosen place stands for. */
export interface Resolution {
  /** The one row the place is, when the text decides it. */
  readonly division: Division | null;
  /** All rows still possible (one when decided, several when ambiguous, none for a zone). */
  readonly candidates: readonly Division[];
  /**
   * The known place the chosen one belongs to when it has no row of its own: a development
   * zone's city or county (淄博高新区), or the parent written before a place the tables lack
   * (三沙市 of 三沙市西沙区). Its province and city are the place's too.
   */
  readonly container: Division | null;
  readonly ambiguous: boolean;
  /**
   * For a township the tables file under no county (a zone's street office, 开发区银杏大街街道 of
   * 安阳): the county-level place in its city that the text writes over it, in its chain
   * (安阳市文峰区银杏大街街道) or as the superior that leads it (在文峰区委、区政府…领导下).
   */
  readonly writtenCounty?: Division;
}

/** How far into a text the short names of a candidate's parents are looked for (a banner, a title, the opening). */
const CLUE_SPAN = 20_000;

/** What the text says about the place's superior besides full names. */
interface TextClues {
  /** The first part of the text, where short names are looked for. */
  readonly head: string;
  /** The level of the superior the report names by its committee or government (县委、县政府 → 县). */
  readonly superiorLevel: JurisdictionLevel | null;
  /** The report names a 省's organs (省委, 省政府): its place is in a 省, not a 直辖市 or an autonomous region. */
  readonly inProvince: boolean;
}

function textClues(view: string, placeName: string): TextClues {
  // The place's own name is no clue to its parent (仁和 of 仁和镇 is not 仁和区).
  const head = view.slice(0, CLUE_SPAN).split(placeName).join('\u0000');
  const counts = new Map<JurisdictionLevel, number>();
  // The superior's committee and government named together: 县委、县政府 (霍邱县委、县政府).
  for (const m of head.matchAll(SUPERIOR_PAIR)) {
    const level = m[1] as JurisdictionLevel;
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  const levels = [...counts.keys()];
  return { head, superiorLevel: levels.length === 1 ? levels[0]! : null, inProvince: PROVINCE_ORGAN.test(head) };
}

const SUPERIOR_PAIR = /([县区市旗])委[、,和及与]\1(?:人民)?政府/g;
/** A 省's organs, the top of a chain of superiors (「认真贯彻中央、省委、市委、县委决策部署」). */
const PROVINCE_ORGAN = /省委|省(?:人民)?政府/;

/**
 * Words before which a place's two-character short name stands for the place (法治霍邱, 平安白鹤):
 * alone, two characters are too often an ordinary word (和平, 新华, 光明 are districts too).
 */
const SHORT_NAME_FRAMES = ['法治', '平安', '美丽', '幸福', '魅力', '数字', '文明'];
/** Words after which a short name is the place's own media or portal (来源:福田政府在线, 未央发布). */
const SHORT_NAME_MEDIA = ['政府在线', '政府网', '发布', '融媒'];

/** True when the text writes the short name `stem` of a parent: three characters or more anywhere, two only in a frame. */
function writesStem(text: string, stem: string): boolean {
  if (stem.length >= 3) return text.includes(stem);
  if (stem.length !== 2) return false;
  return SHORT_NAME_FRAMES.some((frame) => text.includes(frame + stem)) || SHORT_NAME_MEDIA.some((media) => text.includes(stem + media));
}

/**
 * Weak support from the short names of a candidate's county and city written early in the text
 * (法治武山, 鄂尔多斯 of 鄂尔多斯市), and from the level of the superior the report names (a town
 * that says 县委、县政府 is under a 县, not a 区).
 */
function stemSupport(candidate: Division, clues: TextClues): number {
  let score = 0;
  for (const code of [candidate.countyCode, candidate.cityCode]) {
    const row = code === null || code === candidate.code ? undefined : DIVISIONS.byCode.get(code);
    if (row === undefined) continue;
    const stem = row.name.replace(/(?:自治县|自治旗|县|区|市|旗|盟|地区)$/, '');
    if (writesStem(clues.head, stem)) score += 0.5;
  }
  if (clues.superiorLevel !== null && candidate.kind === 'township' && candidate.countyCode !== null) {
    const county = DIVISIONS.byCode.get(candidate.countyCode);
    if (county?.level === clues.superiorLevel) score += 0.25;
  }
  // Same-named towns of 重庆 and 四川 (东溪镇): a report under a 省委 is the 四川 one.
  if (clues.inProvince && DIVISIONS.byCode.get(candidate.provinceCode)?.name.endsWith('省')) score += 0.25;
  return score;
}

function supportOf(candidate: Division, head: PlaceMention, scan: PlaceScan): number {
  const supporters = new Map<string, number>();
  for (const m of scan.mentions) {
    if (m.name === head.name || m.generic) continue;
    if (m.zone) {
      // A zone written with its city supports the townships of that city (襄阳高新区…团山镇).
      const codes = m.zoneParent?.codes ?? [];
      if (candidate.kind === 'township' && codes.some((code) => code === candidate.cityCode || code === candidate.countyCode))
        supporters.set(m.name, 1);
      continue;
    }
    if (m.divisions.some((d) => isAncestor(d, candidate))) supporters.set(m.name, 1);
    else if (
      candidate.countyCode !== null &&
      candidate.kind === 'township' &&
      m.divisions.some((d) => d.kind === 'township' && d.countyCode === candidate.countyCode)
    ) {
      // A neighbouring township of the same county is weaker evidence than the county itself.
      if (!supporters.has(m.name)) supporters.set(m.name, 0.5);
    }
  }
  let score = 0;
  for (const s of supporters.values()) score += s;
  if (scan.provinceHints.some((h) => h.code === candidate.provinceCode)) score += 0.5;
  return score;
}

/** Finds the division row(s) of the chosen place. */
export function resolveDivision(head: PlaceMention, scan: PlaceScan, view: string): Resolution {
  const res = resolveRows(head, scan, view);
  const d = res.division;
  if (d === null || d.kind !== 'township' || d.countyCode !== null) return res;
  const inCity = (c: Division | undefined): c is Division =>
    c !== undefined && c.kind === 'county' && c.cityCode === d.cityCode && c.provinceCode === d.provinceCode;
  let written: Division | undefined;
  for (let p = head.parent; p !== null && written === undefined; p = p.parent)
    if (p.divisions.length === 1 && inCity(p.divisions[0])) written = p.divisions[0];
  written ??= superiorNamed(head, scan, view) ?? undefined;
  return inCity(written) ? { ...res, writtenCounty: written } : res;
}

function resolveRows(head: PlaceMention, scan: PlaceScan, view: string): Resolution {
  if (head.zone) return resolveZone(head, scan, view);
  if (head.unknown) {
    // Kept under its written name, never folded into its parent; the parent still places it — or
    // the superior it names (「银杏大街街道在文峰区委、区政府…领导下」).
    const parent = head.parent?.divisions.length === 1 ? head.parent.divisions[0]! : superiorNamed(head, scan, view);
    return { division: null, candidates: [], container: parent, ambiguous: false };
  }

  let candidates = head.divisions;
  // Another mention of the same name written with its parent (长沙市芙蓉区) narrows the rows.
  for (const m of scan.mentions) {
    if (m === head || m.name !== head.name || m.parent === null) continue;
    const narrowed = candidates.filter((c) => m.divisions.some((d) => d.code === c.code));
    if (narrowed.length > 0) candidates = narrowed;
  }
  if (candidates.length === 1) return { division: candidates[0]!, candidates, container: null, ambiguous: false };

  const clues = textClues(view, head.name);
  const scored = candidates.map((c) => ({ c, s: supportOf(c, head, scan) + stemSupport(c, clues) })).sort((a, b) => b.s - a.s);
  const best = scored[0]!;
  const second = scored[1]!;
  if (best.s > 0 && best.s > second.s) return { division: best.c, candidates: [best.c], container: null, ambiguous: false };
  // A name in today's tables stands for its current place unless the text points to a renamed
  // one (南沙区 is 广州's unless 三沙 is written).
  const current = candidates.filter((c) => c.renamedFrom === undefined);
  if (best.s === 0 && current.length === 1) return { division: current[0]!, candidates: current, container: null, ambiguous: false };
  return { division: null, candidates, container: null, ambiguous: true };
}

/** The one place of a level above the head that the text names as its superior (在X区委…领导下), if any. */
function superiorNamed(head: PlaceMention, scan: PlaceScan, view: string): Division | null {
  const superiors = scan.mentions.filter(
    (m) => m !== head && m.divisions.length === 1 && levelDepth(m.level) < levelDepth(head.level) && isSuperior(view, m),
  );
  const codes = new Set(superiors.map((m) => m.divisions[0]!.code));
  return codes.size === 1 ? superiors[0]!.divisions[0]! : null;
}

function resolveZone(head: PlaceMention, scan: PlaceScan, view: string): Resolution {
  const named = namedCities(scan);
  // A state-level new area, or a part of one, belongs where the list says, whatever cities its text names.
  const listed = newAreaParent(head.name);
  const codes =
    head.zoneParent?.codes ??
    (listed === null ? null : [listed]) ??
    parentOpeningName(head.name) ??
    parentWrittenBefore(view, head.name) ??
    named ??
    framedParent(view) ??
    namesakeTownship(head.name, scan) ??
    [];
  let parents = codes.map((c) => DIVISIONS.byCode.get(c)).filter((d): d is Division => d !== undefined);
  // A zone named after its province (广西-东盟经济技术开发区): the one city of that province the text
  // names is the zone's city (《南宁市重大行政决策程序规定》 it follows). Not a new area the list gives its
  // province only: it spans several cities.
  const province =
    listed === null && parents.length === 1 && parents[0]!.kind === 'province' && !parents[0]!.name.endsWith('市') ? parents[0]! : null;
  if (province !== null) {
    const inProvince = (named ?? []).filter((c) => DIVISIONS.byCode.get(c)?.provinceCode === province.code);
    if (inProvince.length === 1) parents = [DIVISIONS.byCode.get(inProvince[0]!)!];
  }
  if (parents.length === 1) return { division: null, candidates: [], container: parents[0]!, ambiguous: false };
  return { division: null, candidates: parents, container: null, ambiguous: parents.length > 1 };
}

/** The words a zone's name ends with, longest first: what precedes them is its own name (徐圩 of 徐圩新区). */
const ZONE_KIND_WORDS = [...ZONE_WORDS, ...UNLISTED_ZONE_ENDINGS].sort((a, b) => b.length - a.length);
/** A township's level word, after its own name (徐圩 of 徐圩街道). */
const TOWNSHIP_WORD = /(?:街道|镇|乡)$/;

/**
 * A zone named after the township it was built on (徐圩新区 of 徐圩街道, which its report names as its
 * street): when the text writes no parent for the zone but names a township of the zone's own name,
 * and every row of that name lies in one city, the zone is that city's (a 直辖市's: that municipality).
 * Not the township's county: a zone outgrows the town it is named after.
 */
function namesakeTownship(zoneName: string, scan: PlaceScan): string[] | null {
  const kind = ZONE_KIND_WORDS.find((word) => zoneName.endsWith(word) && zoneName.length > word.length);
  const stem = kind === undefined ? '' : zoneName.slice(0, -kind.length);
  if (stem.length < 2) return null;
  const parents = new Set<string>();
  for (const m of scan.mentions)
    for (const d of m.divisions)
      if (d.kind === 'township' && d.name.replace(TOWNSHIP_WORD, '') === stem) parents.add(d.cityCode ?? d.provinceCode);
  return parents.size === 1 ? [...parents] : null;
}

/**
 * A zone written without its city (高新区) belongs to the one city the text names, if one; a text
 * that names no city but one municipality (天津市) places the zone in the municipality. Null when it
 * names neither.
 */
function namedCities(scan: PlaceScan): string[] | null {
  const cities = new Set<string>();
  const municipalities = new Set<string>();
  for (const m of scan.mentions) {
    if (m.zone || m.divisions.length !== 1) continue;
    const d = m.divisions[0]!;
    if (d.kind === 'city') cities.add(d.code);
    else if (d.kind === 'province' && d.name.endsWith('市')) municipalities.add(d.code);
  }
  const codes = [...(cities.size > 0 ? cities : municipalities)];
  return codes.length > 0 ? codes : null;
}

/**
 * The zone's name written elsewhere in the text after its province or city (《重庆两江新区管理办法》 of a
 * report on 两江新区): that place, when every such writing names the same one.
 */
function parentWrittenBefore(view: string, name: string): string[] | null {
  let found: string[] | null = null;
  for (let at = view.indexOf(name, 1); at !== -1; at = view.indexOf(name, at + 1)) {
    let codes: string[] | null = null;
    for (let len = Math.min(8, at); len >= 2 && codes === null; len -= 1) codes = provinceOrCity(view.slice(at - len, at));
    if (codes === null) continue;
    if (found !== null && found.join() !== codes.join()) return null;
    found = codes;
  }
  return found;
}

/**
 * A province's short name where only the report's own province stands: its slogans (法治浙江, 平安云南)
 * and the leader's inspection of it (习近平总书记考察湖北重要讲话, 视察重庆, 考察调研天津). A place
 * visited by the report's own people (赴浙江考察) is written the other way round.
 */
const PROVINCE_SHORTS = [...DIVISIONS.provinceShort.keys()].sort((a, b) => b.length - a.length).join('|');
const PROVINCE_FRAMED = new RegExp(
  `(?:${CITY_FRAME_BEFORE.join('|')})(${PROVINCE_SHORTS})|总书记[^。,;\\n]{0,6}?(?:考察调研|考察|视察)(${PROVINCE_SHORTS})`,
  'g',
);

/**
 * The one province a report below it names, at least twice (once as the owner of the tasks it carries out) and no other (「转发《福建省卫生健康委员会关于…》」,
 * 「福建干部网络学习」 of a city bureau that never names its city): its superiors' province, so its own.
 * Null when the report speaks as no lower level, or names another province, or this one only once.
 */
export function onlyProvinceNamed(view: string, scan: PlaceScan, self: SelfReferences): { code: string; at: TextSpan } | null {
  if (self.level === null || self.level === '省') return null;
  const shortAt = (start: number): number =>
    [...DIVISIONS.provinceShort.keys()].filter((name) => view.startsWith(name, start)).reduce((a, b) => Math.max(a, b.length), 0);
  const named = [
    ...scan.provinceHints.map((hint) => ({ code: hint.code, at: { start: hint.start, end: hint.start + shortAt(hint.start) } })),
    ...scan.mentions.flatMap((m) => m.divisions.map((d) => ({ code: d.provinceCode, at: { start: m.start, end: m.end } }))),
  ];
  const codes = new Set(named.map((n) => n.code));
  const starts = new Set(named.map((n) => n.at.start));
  if (codes.size !== 1) return null;
  // Once is enough where the province is named as the owner of the rule-of-law tasks the report carries out
  // (「推动…和辽宁省法治政府建设十项重点任务落地落实」): a place carries out its own province's, never another's.
  // So is a province named as the maker of a local regulation the report enforces (「执法依据…《浙江省爱国卫生条例》」): a
  // place's organs enforce their own province's regulations, never another's.
  if (
    starts.size < 2 &&
    !named.some((n) => PROVINCE_TASKS_AFTER.test(view.slice(n.at.end, n.at.end + 30)) || opensOwnRegulation(view, n.at))
  )
    return null;
  return named.reduce((a, b) => (b.at.start < a.at.start ? b : a));
}

/** The rest of a local regulation's or rule's title (…爱国卫生条例》, …裁量基准》), the province's name opening it. */
const REGULATION_TITLE_REST = /^[^《》\n。]{2,36}?(?:条例|办法|规定|实施细则|裁量基准)》/;

/** True when the province's name at `at` opens the title of a regulation or rule it made (《浙江省爱国卫生条例》). */
function opensOwnRegulation(view: string, at: TextSpan): boolean {
  return view[at.start - 1] === '《' && REGULATION_TITLE_REST.test(view.slice(at.end, at.end + 40));
}

/** What follows a province named as the owner of the rule-of-law tasks or plan a lower place carries out. */
const PROVINCE_TASKS_AFTER = /^(?:法治政府建设|依法行政|法治建设)[^。,;《》\n]{0,16}?(?:重点任务|任务清单|实施方案|工作要点|实施纲要|规划)/;

/**
 * A county-level report that names no place of its own but one city, and no place outside it
 * (「举办宿州市2023年“宪法宣传周”启动仪式」 in a county bureau's summary that says 全县): that city is its
 * own, as a county names its city's events and documents as its superior's. Not a city it went to or
 * learnt from (赴X市学习), and nothing for a report that speaks as 我市: a county-level city and its
 * prefecture both say so.
 */
export function onlyCityNamed(view: string, scan: PlaceScan, self: SelfReferences): { code: string; at: TextSpan } | null {
  if (self.level === null || !COUNTY_SELF_LEVELS.has(self.level)) return null;
  const named = scan.mentions.filter(
    (m) => !m.generic && !m.zone && m.divisions.length > 0 && m.divisions.every((d) => d.kind !== 'province'),
  );
  const cities = new Set(named.flatMap((m) => m.divisions.map((d) => (d.kind === 'city' ? d.code : d.cityCode))));
  const own = named.find((m) => m.divisions.length === 1 && m.divisions[0]!.kind === 'city');
  if (cities.size !== 1 || own === undefined || named.some((m) => mentionWeight(view, m) < 1)) return null;
  return { code: own.divisions[0]!.code, at: { start: own.start, end: own.end } };
}

/** The one province framed as the report's own (see PROVINCE_FRAMED), with where it is first written; null when none or several. */
export function framedProvince(view: string): { code: string; at: TextSpan } | null {
  let found: { code: string; at: TextSpan } | null = null;
  for (const m of view.matchAll(PROVINCE_FRAMED)) {
    const short = m[1] ?? m[2]!;
    const code = DIVISIONS.provinceShort.get(short)!;
    if (found !== null && found.code !== code) return null;
    if (found === null) {
      const start = m.index + m[0].length - short.length;
      found = { code, at: { start, end: start + short.length } };
    }
  }
  return found;
}

/**
 * A zone whose text names no city in full but writes one city's short name in a slogan or a
 * medium's name (平安珠海, 法治珠海 of a report that calls itself 高新区), else one province's in a
 * slogan or as the place the leader inspected (法治云南, 视察重庆): that place.
 */
function framedParent(view: string): string[] | null {
  // 海南 is a province's short name before it is 海南藏族自治州's: a province's is read as the province.
  const cities = framedCities(view, (short) => DIVISIONS.provinceShort.has(short));
  if (cities.size === 1) return [...cities.keys()];
  if (cities.size > 1) return null;
  const province = framedProvince(view);
  return province === null ? null : [province.code];
}

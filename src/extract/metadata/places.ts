/**
 * Place finder: every place name the text writes, with its offsets and the division rows it may
 * stand for. It reads backwards from the characters place names end with (市, 区, 县, 镇…), so a
 * report costs a few thousand Map look-ups whatever the size of the tables.
 */

import { literalScanner } from '../../lib/literal-scan';
import { lastIndexWhere } from '../../lib/sorted';
import { lineSpans } from '../lines';
import type { JurisdictionLevel } from '../types';
import {
  AREA_NOUN,
  COMMON_WORD_COUNTY_STEMS,
  CUSTOMARY_SHORT_CONTEXT,
  GENERIC_PLACE_NAMES,
  LEVEL_CHARACTER_OPENS_WORD,
  NAME_BREAKERS_AFTER,
  NOT_A_PLACE_NAME,
  PARK_WORDS,
  PREFECTURE_CUSTOMARY_SHORT,
  STREET_SHORT_CONTEXT,
  UNKNOWN_PLACE_AFTER,
  UNKNOWN_PLACE_SUFFIX,
  UNLISTED_ZONE_ENDINGS,
  ZONE_WORDS,
} from './constants';
import { type Division, DIVISIONS, isAncestor } from './divisions';
import { NEW_AREA_NAME_AT } from './new-areas';

/** One place name written in the text, with the division rows it may stand for. */
export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  /** The name in the matching view (simplified): 芙蓉区, 淄博高新区. */
  readonly name: string;
  /** Division rows the name may stand for, narrowed by a parent written right before it. */
  divisions: readonly Division[];
  readonly level: JurisdictionLevel;
  /** A development zone (高新区, 经开区…), which has no row of its own in the tables. */
  readonly zone: boolean;
  /**
   * For a zone written with the place it belongs to (淄博高新区, 嘉祥县经济开发区): where that
   * part is and which city or county rows it may be.
   */
  readonly zoneParent: { readonly start: number; readonly end: number; readonly codes: readonly string[] } | null;
  /** Inside 《》: the title of some document, weaker evidence of what the report is about. */
  readonly inBookTitle: boolean;
  /** The place written immediately before, when it contains this one (长沙市 in 长沙市芙蓉区). */
  parent: PlaceMention | null;
  /** True when a place written immediately after is contained in this one: not a chain's head. */
  hasChild: boolean;
  /**
   * A name that is also an ordinary word (城区, 老城区) written without a parent: trusted only
   * where a name is expected anyway (the title, a source field), never in prose.
   */
  readonly generic: boolean;
  /**
   * A place the tables lack (renamed, new or misspelt), read from where an organ's name needs a
   * place: after a known place (三沙市西沙区人民政府) or opening a line before an organ or a
   * title's subject. It has no rows and is kept under its written name.
   */
  readonly unknown: boolean;
}

/** A province written by its short name (湖南, 甘肃), used only to choose between same-named places. */
export interface ProvinceHint {
  readonly start: number;
  readonly code: string;
}

/** Everything the place finder saw in one text. */
export interface PlaceScan {
  readonly mentions: readonly PlaceMention[];
  readonly provinceHints: readonly ProvinceHint[];
}

/**
 * DIVISIONS.lastChars by UTF-16 code unit (each is one): the scan asks it of every character of a
 * report, and `view[i]` would make a string of each to look it up.
 */
const LAST_CHARS = new Uint8Array(0x10000);
for (const ch of DIVISIONS.lastChars) LAST_CHARS[ch.charCodeAt(0)] = 1;

/**
 * DIVISIONS.nameEndings of two characters, by their two code units: most backwards reads stop at
 * two characters, and this asks without making a string of them.
 */
const TWO_CHARACTER_ENDINGS = new Set<number>();
for (const ending of DIVISIONS.nameEndings) {
  if (ending.length === 2) TWO_CHARACTER_ENDINGS.add(ending.charCodeAt(0) * 0x10000 + ending.charCodeAt(1));
}

/** True when some division name ends with the character at `at` (false outside the text). */
function endsSomeName(view: string, at: number): boolean {
  return LAST_CHARS[view.charCodeAt(at)] === 1;
}
/** Province short names anywhere in a text, the longer first where two start alike (内蒙古, not 内蒙). */
const provinceShortNamesIn = literalScanner([...DIVISIONS.provinceShort.keys()].sort((a, b) => b.length - a.length));
const ZONE_RE = new RegExp([...ZONE_WORDS, ...PARK_WORDS].sort((a, b) => b.length - a.length).join('|'), 'g');

/** The characters that change how deep in 《…》 the text is. */
const BOOK_TITLE_EVENT = /[《》\n]/g;

/**
 * Whether a position is inside 《…》: each 《 opens a level, each 》 closes one, a line break ends
 * them all (unbalanced brackets end at a line break); a bracket counts as inside the level it
 * opens. The depth is kept only where it changes, found by a regular-expression search over the
 * text: a flag per character cost an allocation and a pass of the whole report.
 */
function bookTitleReader(view: string): (position: number) => boolean {
  const changes: { readonly at: number; readonly depth: number }[] = [];
  let depth = 0;
  for (const { index, 0: mark } of view.matchAll(BOOK_TITLE_EVENT)) {
    const next = mark === '《' ? depth + 1 : mark === '》' ? Math.max(0, depth - 1) : 0;
    if (next !== depth) changes.push({ at: index, depth: next });
    depth = next;
  }
  return (position) => {
    const last = lastIndexWhere(changes, (change) => change.at <= position);
    return last >= 0 && changes[last]!.depth > 0;
  };
}

function levelOf(divisions: readonly Division[]): JurisdictionLevel {
  return divisions[0]!.level;
}

/**
 * A two-character name (赵县, 和县, 兴县) is also a piece of many words (乡镇和县直, 振兴县域).
 * It counts only after a boundary — start of line, punctuation, a digit or 年 — and not before a
 * character that shows it continues (域, 级, 城), unless that character opens a word of its own:
 * a place's name (嵩县城关镇) or 城市 and 城乡, which the county's organs begin with
 * (兴县城市管理综合行政执法局, 嵩县城乡规划局) where 县城 would be no word.
 */
function breaksName(view: string, end: number): boolean {
  const after = view[end];
  if (after === undefined || !NAME_BREAKERS_AFTER.includes(after)) return false;
  return !nameStartsAt(view, end) && !CITY_WORD.test(view.slice(end, end + 2));
}

/**
 * Whether the name at start…end is a common-word county's (会同县) whose level character opens the next word (县府办), where
 * the word would stand: after a sentence's punctuation or a clause's word (「…工作方案。会同县府办做好…」, 「我局会同县委…」), not
 * where a place stands — a line's start (a title: 和平区人民政府2023年…报告), after the paragraph's year (「2023年,和平区
 * 政府…」) or its leading clause (「在上级的坚强领导下,惠民县委办公室…」), after 中共 or 关于, a space, a bracket or a list's comma.
 */
function sharesLevelCharacter(view: string, start: number, end: number): boolean {
  if (end - start !== 3 || !COMMON_WORD_COUNTY_STEMS.has(view.slice(start, end - 1))) return false;
  if (!LEVEL_CHARACTER_OPENS_WORD.test(view.slice(end - 1, end + 4))) return false;
  const before = view.slice(Math.max(0, start - 8), start);
  return WORD_POSITION_BEFORE.test(before) && !PLACE_POSITION_BEFORE.test(before);
}

/** What stands before a word in a clause: a sentence's punctuation, or a Han character (我局|会同). */
const WORD_POSITION_BEFORE = /[。,;!?:\u4e00-\u9fff]$/;
/**
 * Han characters and openings before which a place stands: 中共, 关于, the paragraph's year (2023年,) or its 「…领导下,」, and a
 * preposition that takes a place (「在大方县委、县政府的正确领导下」, 「向和顺县人民政府报告」, 「由平安区委…」) — a town's report
 * names its county so, and the common word (会同 "jointly with") never follows one.
 */
const PLACE_POSITION_BEFORE = /(?:中共|关于|\d{4}\s*年度?(?:以来)?[,,]\s*|(?:领导|指导)下[,,]\s*|[在向由对经据受从])$/;

/** 城市 and 城乡: the 城 after a name opens them rather than ending 县城 or 区城. */
const CITY_WORD = /^城[市乡]/;

/** True when a division name starts at `at`: 和县城关镇 is 和县 + 城关镇, not 和 + 县城. */
function nameStartsAt(view: string, at: number): boolean {
  const { byName, nameBeginnings, maxNameLength } = DIVISIONS;
  for (let len = 2; len <= maxNameLength && at + len <= view.length; len += 1) {
    const piece = view.slice(at, at + len);
    // No name begins with this piece, so none begins with a longer one.
    if (!nameBeginnings.has(piece)) return false;
    if (byName.has(piece)) return true;
  }
  return false;
}

function shortNameStands(view: string, start: number, end: number): boolean {
  if (breaksName(view, end)) return false;
  const before = view[start - 1];
  if (before === undefined || SHORT_NAME_BOUNDARY.test(before)) return true;
  const lead = view.slice(Math.max(0, start - 2), start);
  if (PRESENTS.test(lead)) return ORGAN_AFTER_PRESENTED_NAME.test(view.slice(end, end + 14));
  return LEADS_TO_ORGAN.test(lead) && ORGAN_AFTER_SHORT_NAME.test(view.slice(end, end + 12));
}

/**
 * A clause presenting a report by its reporter (「现将赵县交通运输局2023年度…报告如下」): after its verb, a two-character name
 * stands when its organ follows, a department's or the government's.
 */
const PRESENTS = /现[将就把]$/;
const ORGAN_AFTER_PRESENTED_NAME = /^(?:[\u4e00-\u9fff]{1,11}?(?:局|委员会|办公室)|人民政府|政府)/;

/**
 * Words after which a two-character name opens a phrase of its own when its organ follows:
 * 「在丰县委、县政府的正确领导下」, 「中共费县委」. 在 and 中共 end no word that the name's
 * first character could go on, so the name stands there.
 */
const LEADS_TO_ORGAN = /(?:在|中共)$/;

/** A people's congress's term, as a session names it (第十七届, 十六届): what follows is its congress or standing committee. */
export const CONGRESS_TERM = '第?[一二三四五六七八九十\\d]{1,3}届';

/**
 * The organ that makes a two-character name after 在 or 中共 a place: its committee or government, or its
 * congress in session (「在涉县第十七届人民代表大会…上」, 「在赵县十七届人大常委会…上」).
 */
const ORGAN_AFTER_SHORT_NAME = new RegExp(`^(?:委|县委|区委|党委|人民政府|政府|${CONGRESS_TERM}(?:人大|人民代表大会))`);

/**
 * What may stand before a two-character name: a line start, a space, a digit, 年 or 年度 (2023年度
 * 歙县…), 于 of 关于 (关于赵县…), or punctuation that opens or separates (，、：《“). Not 》 or ”:
 * "…纲要》和县委" is "and the county committee".
 */
const SHORT_NAME_BOUNDARY = /[\s\d年度于,.:;。!?(、"'《“【[|]/;

interface RawMatch {
  start: number;
  end: number;
  name: string;
  divisions: readonly Division[];
  zone: boolean;
  zoneParent: PlaceMention['zoneParent'];
  needsParent: boolean;
  unknown?: boolean;
}

/**
 * Words that a place's name follows directly and whose last character no name borrows: the party's
 * 中共 (中共和县委 is 和县's committee, not 共和县's) and a county's government before its street
 * office (西秀区人民政府南街街道办事处 is 南街街道's, not 府南街道's, written 府南街街道). A place whose
 * own name opens with that character is written after the whole word: 中共共和县委, 政府府南街道.
 */
const ORGAN_WORDS_BEFORE_NAMES = ['中共', '政府'];

function beginsInsideOrganWord(view: string, start: number): boolean {
  return start > 0 && ORGAN_WORDS_BEFORE_NAMES.some((word) => view.startsWith(word, start - word.length + 1));
}

function divisionMatches(view: string): RawMatch[] {
  const out: RawMatch[] = [];
  const { byName, nameEndings, maxNameLength } = DIVISIONS;
  for (let i = 1; i < view.length; i += 1) {
    if (!endsSomeName(view, i)) continue;
    const end = i + 1;
    const longest = Math.min(maxNameLength, end);
    // No name ends with the last two characters: none ends here (the common case, asked without a string).
    if (!TWO_CHARACTER_ENDINGS.has(view.charCodeAt(i - 1) * 0x10000 + view.charCodeAt(i))) continue;
    for (let len = 2; len <= longest; len += 1) {
      const start = end - len;
      const name = view.slice(start, end);
      // No name ends with this piece, so none ends with a longer one (two characters: asked above).
      if (len > 2 && !nameEndings.has(name)) break;
      const divisions = byName.get(name);
      if (divisions === undefined || beginsInsideOrganWord(view, start)) continue;
      // A two-character name after a place's last character may be its child (阳泉市城区):
      // kept for now, dropped below unless that place turns out to be its parent.
      const shortNeedsParent = len === 2 && !shortNameStands(view, start, end);
      if (shortNeedsParent && !(endsSomeName(view, start - 1) && !breaksName(view, end))) continue;
      // A county whose stem is an ordinary word, before a word its level character opens (会同县府办): kept only under its parent.
      const needsParent = shortNeedsParent || sharesLevelCharacter(view, start, end);
      // 区域 "area" is one word: 四宝山区域 is the 四宝山 area, not 宝山区. (县域, 市域 keep the name.)
      if (view[i] === '区' && view[end] === '域') continue;
      out.push({ start, end, name, divisions, zone: false, zoneParent: null, needsParent });
    }
  }
  return out;
}

/**
 * Street offices written without 道 (龙湖街办事处, 北门街办事处 for 北门街街道): only before an
 * organ or a title's subject, since 街 ends ordinary words (步行街, 美食街).
 */
function streetShortMatches(view: string): RawMatch[] {
  const out: RawMatch[] = [];
  const { streetShort, maxNameLength } = DIVISIONS;
  for (let i = view.indexOf('街', 1); i !== -1; i = view.indexOf('街', i + 1)) {
    const end = i + 1;
    if (view[end] === '道' || !STREET_SHORT_CONTEXT.test(view.slice(end, end + 8))) continue;
    for (let len = 2; len <= Math.min(maxNameLength, end); len += 1) {
      const start = end - len;
      const divisions = streetShort.get(view.slice(start, end));
      if (divisions) out.push({ start, end, name: view.slice(start, end), divisions, zone: false, zoneParent: null, needsParent: false });
    }
  }
  return out;
}

/**
 * Prefectures written by their customary one-character short form (巴州党委、政府 for 巴音郭楞蒙古
 * 自治州): only before an organ, since two characters are a place's slogan elsewhere (法治巴州).
 */
function customaryShortMatches(view: string): RawMatch[] {
  const out: RawMatch[] = [];
  for (const [name, short] of Object.entries(PREFECTURE_CUSTOMARY_SHORT)) {
    const divisions = DIVISIONS.byName.get(name);
    if (divisions === undefined) continue;
    for (let start = view.indexOf(short); start !== -1; start = view.indexOf(short, start + 1)) {
      const end = start + short.length;
      if (!CUSTOMARY_SHORT_CONTEXT.test(view.slice(end, end + 4))) continue;
      out.push({ start, end, name: short, divisions, zone: false, zoneParent: null, needsParent: false });
    }
  }
  return out;
}

/** True when `prefix` is the short or full name of a province, city or county containing `d`. */
function isParentStem(prefix: string, d: Division): boolean {
  if (DIVISIONS.provinceShort.get(prefix) === d.provinceCode) return true;
  if (d.cityCode !== null && DIVISIONS.cityShort.get(prefix)?.includes(d.cityCode)) return true;
  if ((DIVISIONS.byName.get(prefix) ?? []).some((p) => isAncestor(p, d))) return true;
  // A county's short name (霍邱 of 霍邱县城关镇).
  return ['县', '区', '市', '旗'].some((suffix) => (DIVISIONS.byName.get(prefix + suffix) ?? []).some((p) => isAncestor(p, d)));
}

/** What may precede a line's first word: spaces, bullets, table pipes. */
const LINE_LEAD = /[\s•·|*>-]/;

/**
 * Places the tables lack, where an organ's name needs a place: right after a known place
 * (三沙市|西沙区人民政府) or opening a line (西沙区人民政府关于…), before an organ or a title's
 * subject. `known` are the matches found in the tables, sorted by start.
 */
/** A paragraph's opening year before its subject: 「2025年,」 「2024年度,」 「2023年以来,」. */
const OPENING_YEAR_SLOT = /^\d{4}\s*年度?(?:以来)?[,,]\s*/;
/** What the subject of an opening does next: 在…领导下, 坚持, 以…为…, 紧紧围绕…, or its short name (以下简称…). */
const SUBJECT_VERB_AFTER = /^(?:在|坚持|以|紧紧|紧扣|深入|围绕|全面|认真|始终|持续|聚焦|立足|扎实|积极|按照|高度|\(以下简称)/;
/**
 * Or the place's work on the report's subject, as the subject of the year (「2015年,江东区人民调解工作紧紧围绕…」,
 * 「2023年,某某镇法治政府建设工作在…」): a work, then what the subject does.
 */
const SUBJECT_WORK_AFTER =
  /^[\u4e00-\u9fff]{2,10}?工作(?:在|坚持|以|紧紧|紧扣|深入|围绕|全面|认真|始终|持续|聚焦|立足|扎实|积极|按照|取得)/;
/** The clause of guidance an opening may put before its subject: 「在市委、市政府的坚强领导下,」. */
const GUIDANCE_CLAUSE = /^在[^,。\n]{2,36}?(?:领导|指导|关心|支持)下[,,]\s*/;

function unknownMatches(view: string, known: readonly RawMatch[]): RawMatch[] {
  const starts = new Set(known.map((m) => m.start));
  const endingAt = new Map<number, RawMatch[]>();
  for (const m of known) endingAt.set(m.end, [...(endingAt.get(m.end) ?? []), m]);
  const positions = new Set<number>();
  for (const m of known) if (!m.zone) positions.add(m.end);
  // The subject slot of a paragraph opening with its year (「2025年,银杏大街街道在…」) names a place
  // as surely as a line start before an organ: a place the tables lack is read there too.
  const subjectSlots = new Set<number>();
  for (const line of lineSpans(view)) {
    let p = line.start;
    while (p < line.end && LINE_LEAD.test(view[p]!)) p += 1;
    if (view.startsWith('中共', p)) p += 2;
    positions.add(p);
    const year = OPENING_YEAR_SLOT.exec(view.slice(p, Math.min(line.end, p + 12)));
    if (year) {
      positions.add(p + year[0].length);
      subjectSlots.add(p + year[0].length);
      // 「2024年,在市委、市政府的坚强领导下,滨海湾新区始终坚持…」: the subject follows the guidance clause.
      const guided = GUIDANCE_CLAUSE.exec(view.slice(p + year[0].length, Math.min(line.end, p + year[0].length + 48)));
      if (guided) {
        positions.add(p + year[0].length + guided[0].length);
        subjectSlots.add(p + year[0].length + guided[0].length);
      }
    }
  }
  const out: RawMatch[] = [];
  for (const p of positions) {
    if (starts.has(p)) continue;
    const piece = view.slice(p, p + 24);
    // A zone's name is read whole even where a place's last character comes first (萍乡|云锦新区,
    // 镇江新区), and judged without the province or city it opens with (本溪…, 呼和浩特…).
    // A state-level new area's part is named as a city would be (泾河新城), with no zone word to tell it.
    const zoneName = NEW_AREA_NAME_AT.exec(piece)?.[0] ?? ZONE_NAME.exec(piece)?.[0];
    const zoneOwn = zoneName === undefined ? undefined : zoneName.slice(parentOpening(zoneName)?.length ?? 0);
    const asZone = zoneOwn !== undefined && zoneOwn.length >= 2 && !NOT_A_PLACE_NAME.test(zoneOwn) && !ZONE_WORDS.includes(zoneOwn);
    // A name may hold a level's word before its own (水市乡, 新市镇): each run that ends like a place is tried, shortest
    // first; a longer one only where no known place ends inside it (not 发布机构屏边县新华乡 of 「发布机构屏边县新华乡人民政府」).
    const names = asZone ? [zoneName!] : unknownNamesAt(piece);
    for (const [index, name] of names.entries()) {
      if (index > 0 && knownEndsWithin(endingAt, p, p + name.length)) break;
      if (name.length < 3 || (!asZone && NOT_A_PLACE_NAME.test(name))) continue;
      const zone = asZone || ZONE_ENDINGS.some((word) => name.endsWith(word) && name.length > word.length);
      if (!zone && (AREA_NOUN.test(name) || name.includes('-'))) continue;
      // A run ending in a known name is that name when what precedes it is its parent's short name
      // (北京东城区); otherwise the run is another place (望月湖区 is not 月湖区).
      const inner = endingAt.get(p + name.length)?.find((m) => m.start > p);
      if (inner && inner.divisions.some((d) => isParentStem(view.slice(p, inner.start), d))) continue;
      const after = piece.slice(name.length);
      if (!UNKNOWN_PLACE_AFTER.test(after) && !(subjectSlots.has(p) && (SUBJECT_VERB_AFTER.test(after) || SUBJECT_WORK_AFTER.test(after))))
        continue;
      // A zone named by more than its kind (雄安经济开发区) is a zone, whose city the text may name.
      out.push({ start: p, end: p + name.length, name, divisions: [], zone, zoneParent: null, needsParent: false, unknown: !zone });
      break;
    }
  }
  return out;
}

const WHOLE_UNKNOWN_PLACE = new RegExp(`${UNKNOWN_PLACE_SUFFIX.source}$`);
/** By code unit, 1: the last characters of UNKNOWN_PLACE_SUFFIX's place words (街道, 苏木, 群岛, 镇, 乡, 区, 县, 旗, 市). */
const PLACE_WORD_ENDING = new Uint8Array(0x10000);
for (const ending of '道木岛镇乡区县旗市') PLACE_WORD_ENDING[ending.charCodeAt(0)] = 1;
/** By code unit, 1: what UNKNOWN_PLACE_SUFFIX's runs are made of (a Han character of its range, or the hyphen). */
const UNKNOWN_PLACE_UNIT = new Uint8Array(0x10000);
UNKNOWN_PLACE_UNIT.fill(1, 0x4e00, 0xa000);
UNKNOWN_PLACE_UNIT['-'.charCodeAt(0)] = 1;

/** Whether a known place (of `endingAt`, by end) starting after `from` ends in (from, to]. */
function knownEndsWithin(endingAt: ReadonlyMap<number, readonly RawMatch[]>, from: number, to: number): boolean {
  for (let end = from + 1; end <= to; end += 1) if (endingAt.get(end)?.some((m) => m.start > from)) return true;
  return false;
}

/** The runs opening `piece` that end like a place (UNKNOWN_PLACE_SUFFIX), shortest first: 水市, then 水市乡. */
function unknownNamesAt(piece: string): string[] {
  const names: string[] = [];
  // Only a run whose last character ends a place word can end like a place: the regex is tried on those alone
  // (this runs at every place's end and line start of every report). No run reaches past a character the
  // pattern has no place for (a digit, a comma: at most a few characters into most line starts).
  if (UNKNOWN_PLACE_UNIT[piece.charCodeAt(0)] !== 1) return names;
  for (let end = 2; end <= piece.length; end += 1) {
    const code = piece.charCodeAt(end - 1);
    if (UNKNOWN_PLACE_UNIT[code] !== 1) break;
    if (PLACE_WORD_ENDING[code] === 1 && WHOLE_UNKNOWN_PLACE.test(piece.slice(0, end))) names.push(piece.slice(0, end));
  }
  return names;
}

/** The words a zone's name ends with: development-zone words and the endings of zones the tables lack. */
const ZONE_ENDINGS: readonly string[] = [...ZONE_WORDS, ...UNLISTED_ZONE_ENDINGS];

/** A zone's name, up to its kind's word (高新区, 新区…), a hyphen allowed as in UNKNOWN_PLACE_SUFFIX. */
const ZONE_NAME = new RegExp(`^(?:[\\u4e00-\\u9fff]{2,4}-)?[\\u4e00-\\u9fff]{1,10}?(?:${ZONE_ENDINGS.join('|')})`);

/**
 * The place a zone belongs to, written just before it: a city or county by its full name
 * (淄博市, 嘉祥县) or a city by its short name (淄博). Longest first.
 */
const GENERIC_ORGAN_AFTER = /^(?:委|区委|人民政府|政府|党委)/;
const GENERIC_SUBJECT_BEFORE = /(?:^|\n)\s*\d{4}\s*年度?(?:以来)?[,,]\s*$/;

function parentBefore(view: string, end: number): { start: number; codes: string[] } | null {
  for (let len = 8; len >= 2; len -= 1) {
    const start = end - len;
    if (start < 0) continue;
    const piece = view.slice(start, end);
    // A municipality's short name before a zone (天津经济技术开发区): the zone is the municipality's.
    const province = DIVISIONS.provinceShort.get(piece);
    if (province !== undefined && DIVISIONS.byCode.get(province)?.name.endsWith('市')) return { start, codes: [province] };
    const full = DIVISIONS.byName.get(piece)?.filter((d) => d.kind === 'city' || d.kind === 'county');
    if (full && full.length > 0) return { start, codes: full.map((d) => d.code) };
    const short = DIVISIONS.cityShort.get(piece);
    if (short) return { start, codes: [...short] };
    // A county's short name (宁河经济开发区 of 宁河区, 英德高新区 of 英德市, 和布克赛尔产业园区), when it names one county only.
    const county = countyOfShortName(piece);
    if (county) return { start, codes: [county] };
  }
  return null;
}

/** The one county whose name is `stem` and a county's last character (宁河 → 宁河区, 达拉特 → 达拉特旗); null when none or several. */
function countyOfShortName(stem: string): string | null {
  const rows = ['县', '区', '市', '旗'].flatMap((last) => (DIVISIONS.byName.get(stem + last) ?? []).filter((d) => d.kind === 'county'));
  return rows.length === 1 ? rows[0]!.code : null;
}

function zoneMatches(view: string): RawMatch[] {
  const out: RawMatch[] = [];
  ZONE_RE.lastIndex = 0;
  for (let m = ZONE_RE.exec(view); m !== null; m = ZONE_RE.exec(view)) {
    const wordStart = m.index;
    const end = wordStart + m[0].length;
    const parent = parentBefore(view, wordStart);
    // A park is a zone only where its place is written before it (东源产业园区), not as a noun of prose.
    if (parent === null && PARK_WORDS.includes(m[0])) continue;
    const start = parent ? parent.start : wordStart;
    out.push({
      start,
      end,
      name: view.slice(start, end),
      divisions: [],
      zone: true,
      zoneParent: parent ? { start: parent.start, end: wordStart, codes: parent.codes } : null,
      needsParent: false,
    });
  }
  return out;
}

/** The province (by its short or full name) or the one city (by its full or short name) that `piece` is. */
export function provinceOrCity(piece: string): string[] | null {
  const province = DIVISIONS.provinceShort.get(piece);
  if (province !== undefined) return [province];
  const full = DIVISIONS.byName.get(piece)?.filter((d) => d.kind === 'city' || d.kind === 'province');
  if (full !== undefined && full.length > 0) return full.map((d) => d.code);
  const short = DIVISIONS.cityShort.get(piece);
  return short !== undefined && short.length === 1 ? [...short] : null;
}

/**
 * Whether `piece` is a place's name and nothing more, as a news headline puts it before a colon (「贵州遵义:…」,
 * 「长春:…」, 「江苏省南京市:…」, 「浙江安吉:…」): a province, a city or a county by its full name, a province's or a city's
 * short name, or a province's name followed by one of a place within it.
 */
export function isPlaceName(piece: string): boolean {
  if (namesOnePlace(piece)) return true;
  for (let length = 2; length <= piece.length - 2; length += 1) {
    const province = provinceOrCity(piece.slice(0, length));
    if (province === null) continue;
    const rest = piece.slice(length);
    if (namesOnePlace(rest) || countyStemWithin(rest, province)) return true;
  }
  return false;
}

/** Whether `stem` is a county's short name (安吉 of 安吉县) within one of the places `within` (by code). */
function countyStemWithin(stem: string, within: readonly string[]): boolean {
  if (stem.length < 2) return false;
  for (const suffix of ['县', '区', '市', '旗']) {
    const counties = DIVISIONS.byName.get(stem + suffix) ?? [];
    if (counties.some((d) => d.kind === 'county' && within.some((code) => d.code.startsWith(code.slice(0, code.length <= 2 ? 2 : 4)))))
      return true;
  }
  return false;
}

function namesOnePlace(piece: string): boolean {
  if (provinceOrCity(piece) !== null) return true;
  return (DIVISIONS.byName.get(piece) ?? []).some((d) => d.kind === 'county');
}

/**
 * The place a zone the tables lack opens its own name with (天津滨海高新区, 济宁太白湖新区, 兰州新区,
 * 广西-东盟经济技术开发区): a province's short name or a city's name, the longest first. A county's
 * short name is not read there: two characters of a county (滨海 of 滨海县) open zones elsewhere
 * (滨海湾新区 is 东莞's).
 */
export function parentOpeningName(name: string): string[] | null {
  return parentOpening(name)?.codes ?? null;
}

/** The province or city `name` opens with (济宁 of 济宁太白湖新区), the longest first: its length and codes; null when none. */
function parentOpening(name: string): { length: number; codes: string[] } | null {
  for (let length = Math.min(8, name.length - 2); length >= 2; length -= 1) {
    const codes = provinceOrCity(name.slice(0, length));
    if (codes !== null) return { length, codes };
  }
  return null;
}

/** Rank of a level from the top (省 0) to the bottom (镇, 乡, 街道 3). */
export function levelDepth(level: JurisdictionLevel): number {
  if (level === '省') return 0;
  if (level === '市') return 1;
  if (level === '镇' || level === '乡' || level === '街道') return 3;
  return 2;
}

/** The level of a place the tables lack, from its last word (西沙区 → 区, 某某街道 → 街道). */
function unknownLevel(name: string): JurisdictionLevel {
  if (name.endsWith('街道')) return '街道';
  if (name.endsWith('苏木')) return '乡';
  if (name.endsWith('群岛')) return '区';
  const last = name[name.length - 1]!;
  return (['市', '区', '县', '旗', '镇', '乡'] as const).find((level) => level === last) ?? '区';
}

/**
 * The short name of a county or city written right before a same-named township (武山城关镇,
 * 习水桃林镇): which of the township's rows it leaves, as a mention of that parent.
 */
function parentStemBefore(view: string, m: PlaceMention): { parent: PlaceMention; narrowed: Division[] } | null {
  if (m.level !== '镇' && m.level !== '乡' && m.level !== '街道') return null;
  let best: { parent: PlaceMention; narrowed: Division[] } | null = null;
  for (const d of m.divisions) {
    for (const code of [d.countyCode, d.cityCode]) {
      const row = code === null ? undefined : DIVISIONS.byCode.get(code);
      if (row === undefined) continue;
      const stem = placeStem(row);
      if (stem.length < 2 || view.slice(m.start - stem.length, m.start) !== stem) continue;
      if (best && best.parent.start < m.start - stem.length) continue;
      const narrowed = m.divisions.filter((x) => (row.kind === 'county' ? x.countyCode : x.cityCode) === row.code);
      best = {
        parent: {
          start: m.start - stem.length,
          end: m.start,
          name: stem,
          divisions: [row],
          level: row.level,
          zone: false,
          zoneParent: null,
          inBookTitle: m.inBookTitle,
          parent: null,
          hasChild: true,
          generic: false,
          unknown: false,
        },
        narrowed,
      };
    }
  }
  return best;
}

/** A county's or city's name without its last word: 武山 of 武山县, 遵义 of 遵义市. */
function placeStem(row: Division): string {
  return row.name.replace(/(?:自治县|自治旗|县|区|市|旗|盟|地区)$/, '');
}

/** True when one of `outer`'s rows contains one of `inner`'s: 汾阳市 contains 西河街道 (141182003). */
function containsSome(outer: RawMatch, inner: RawMatch): boolean {
  return outer.divisions.some((p) => inner.divisions.some((d) => isAncestor(p, d)));
}

/**
 * The reading of two overlapping matches that keeps a written parent whole, when the tables make
 * the name after it its child: 汾阳市西河街道 is 汾阳市 + 西河街道 (汾阳's street), never 汾阳 +
 * 市西河街道 (a street of 贵阳市云岩区); 邯郸市开发区街道 is 邯郸市 + 开发区街道, not the zone
 * 邯郸市开发区 + 街道. `next` starts inside `prev`; `named` holds the table matches by span. Null
 * when the tables do not confirm the split: 德州市中街道 stays 德州 + 市中街道, 德州's own street
 * written with one 市 for two — in the tables, a name that starts inside a county's or city's name
 * is that place's child as often as the name after it is (23 pairs to 50), and neither in thousands
 * (土默特左旗下营镇), so only a confirmed parent decides.
 */
function parentKeptWhole(prev: RawMatch, next: RawMatch, named: ReadonlyMap<string, RawMatch>): [RawMatch, RawMatch] | null {
  if (!prev.zone) {
    const tail = named.get(`${prev.end}:${next.end}`);
    return tail && containsSome(prev, tail) && !containsSome(prev, next) ? [prev, tail] : null;
  }
  // A zone written with its parent (邯郸市开发区) whose zone word begins the next name.
  if (prev.zoneParent === null || prev.zoneParent.end !== next.start || next.end <= prev.end) return null;
  const parent = named.get(`${prev.start}:${next.start}`);
  return parent && containsSome(parent, next) ? [parent, next] : null;
}

/**
 * Longest match wins where matches overlap (长沙市区: 长沙市, not 沙市区), unless that reads a name
 * across its written parent's boundary (parentKeptWhole).
 */
function dropOverlaps(matches: RawMatch[]): RawMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  // The table matches by span, built only for a report where names overlap.
  let named: Map<string, RawMatch> | null = null;
  const spans = (): Map<string, RawMatch> => {
    if (named === null) {
      named = new Map();
      for (const m of matches) if (m.divisions.length > 0 && !named.has(`${m.start}:${m.end}`)) named.set(`${m.start}:${m.end}`, m);
    }
    return named;
  };
  const kept: RawMatch[] = [];
  let reach = -1;
  for (const m of matches) {
    if (m.start < reach) {
      const last = kept[kept.length - 1]!;
      const split = m.start > last.start && m.start < last.end ? parentKeptWhole(last, m, spans()) : null;
      if (split) {
        kept[kept.length - 1] = split[0];
        kept.push(split[1]);
        reach = split[1].end;
      } else if (m.end - m.start > last.end - last.start && m.start < last.end) {
        // A longer match that starts later still beats a shorter one it overlaps.
        kept[kept.length - 1] = m;
        reach = m.end;
      }
      continue;
    }
    kept.push(m);
    reach = m.end;
  }
  return kept;
}

/** The rows of `rows` under the nearest of `chain` and its parents that contains any of them. */
function narrowedByChain(chain: PlaceMention | null, rows: readonly Division[]): Division[] {
  for (let p = chain; p !== null; p = p.parent) {
    const narrowed = rows.filter((d) => p.divisions.some((a) => isAncestor(a, d)));
    if (narrowed.length > 0) return narrowed;
  }
  return [];
}

/**
 * Finds every place name in the matching view. Names in {@link GENERIC_PLACE_NAMES} are marked
 * `generic` unless a parent precedes them (阳泉市城区); a parent narrows the rows of the name
 * after it.
 */
export function findPlaces(view: string): PlaceScan {
  const known = [...divisionMatches(view), ...streetShortMatches(view), ...customaryShortMatches(view), ...zoneMatches(view)].sort(
    (a, b) => a.start - b.start,
  );
  const matches = dropOverlaps([...known, ...unknownMatches(view, known)]);
  const inBookTitle = bookTitleReader(view);
  const mentions: PlaceMention[] = [];
  for (const m of matches) {
    const level = m.zone ? '开发区' : m.unknown ? unknownLevel(m.name) : levelOf(m.divisions);
    const mention: PlaceMention = {
      start: m.start,
      end: m.end,
      name: m.name,
      divisions: m.divisions,
      level,
      zone: m.zone,
      zoneParent: m.zoneParent,
      inBookTitle: inBookTitle(m.start),
      parent: null,
      hasChild: false,
      generic: false,
      unknown: m.unknown === true,
    };
    const prev = mentions[mentions.length - 1];
    if (prev !== undefined && prev.end === mention.start && prev.zone && prev.zoneParent !== null && !mention.zone && !mention.unknown) {
      // A township after a zone written with its city (襄阳高新区团山镇): the one in that city.
      const codes = prev.zoneParent.codes;
      const narrowed = mention.divisions.filter(
        (d) => codes.includes(d.cityCode ?? '') || codes.includes(d.countyCode ?? '') || codes.includes(d.provinceCode),
      );
      if (narrowed.length > 0 && levelDepth(mention.level) === 3) {
        mention.divisions = narrowed;
        mention.parent = prev;
        prev.hasChild = true;
      }
    } else if (prev !== undefined && prev.end === mention.start && !prev.zone && !mention.zone && !prev.unknown) {
      const narrowed = mention.divisions.filter((d) => prev.divisions.some((p) => isAncestor(p, d)));
      // Where the county written is not the one the tables file the name under (郑州市管城区明湖街道,
      // a street of a zone of 郑州), the city or province written above it still chooses among
      // namesakes elsewhere.
      const above = narrowed.length > 0 ? narrowed : narrowedByChain(prev.parent, mention.divisions);
      if (narrowed.length > 0) {
        mention.divisions = narrowed;
        prev.divisions = prev.divisions.filter((p) => narrowed.some((d) => isAncestor(p, d)));
        mention.parent = prev;
        prev.hasChild = true;
      } else if (above.length > 0 && levelDepth(mention.level) > levelDepth(prev.level)) {
        mention.divisions = above;
        mention.parent = prev;
        prev.hasChild = true;
      } else if (mention.unknown || levelDepth(mention.level) > levelDepth(prev.level)) {
        // A lower place written right under a higher one is its child, even where the tables do
        // not confirm it (三沙市|西沙区, a place they lack; 铁西区|前进街道, renamed or re-drawn):
        // the chain's head reports, and its rows are not narrowed.
        mention.parent = prev;
        prev.hasChild = true;
      }
    }
    if (mention.parent === null && m.needsParent) continue;
    if (mention.parent === null && mention.divisions.length > 1) {
      const stem = parentStemBefore(view, mention);
      if (stem && (prev === undefined || prev.end <= stem.parent.start)) {
        mentions.push(stem.parent);
        mention.divisions = stem.narrowed;
        mention.parent = stem.parent;
      }
    }
    // A generic name is a place where only a place can stand: before its organ (城中区委, 城区人民政府)
    // or as the subject of a paragraph opening with its year (「2025年,城中区坚持…」).
    const standsAsPlace =
      GENERIC_ORGAN_AFTER.test(view.slice(mention.end, mention.end + 4)) ||
      GENERIC_SUBJECT_BEFORE.test(view.slice(Math.max(0, mention.start - 12), mention.start));
    mentions.push(
      mention.parent === null && GENERIC_PLACE_NAMES.has(mention.name) && !standsAsPlace ? { ...mention, generic: true } : mention,
    );
  }

  const provinceHints: ProvinceHint[] = [];
  for (const { start, word } of provinceShortNamesIn(view)) {
    // A firm, a bank or a school named after its province (江苏承匠律师事务所, 山东大学) is no clue to the report's place.
    if (ORGANISATION_AFTER_PROVINCE.test(view.slice(start + word.length, start + word.length + 14))) continue;
    provinceHints.push({ start, code: DIVISIONS.provinceShort.get(word)! });
  }
  return { mentions, provinceHints };
}

/**
 * The rest of an organisation's name after the province's short name that opens it: a law firm, a
 * company, a bank, a school, a hospital, a press (江苏|承匠律师事务所, 山东|大学, 浙江|省人民医院).
 */
const ORGANISATION_AFTER_PROVINCE =
  /^[\u4e00-\u9fff]{0,10}?(?:律师事务所|事务所|有限公司|有限责任公司|公司|集团|银行|大学|学院|医院|研究院|研究所|出版社|报社|电视台)/;

/** The first mention of the chain `m` belongs to (重庆市 for 重庆市九龙坡区). */
export function chainStart(m: PlaceMention): PlaceMention {
  let first = m;
  while (first.parent !== null) first = first.parent;
  return first;
}

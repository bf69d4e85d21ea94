/**
 * Body finder: who reports, and whether that is the place's government or one department.
 *
 * Rules, in the order they apply:
 * - A title that opens with an organ but names no place ("县司法局2022年度…报告") is that organ's.
 * - The organ written after the place in the title decides: 人民政府, 管委会, a party committee
 *   (区委, 党工委) or a 依法治X委员会 make `government` (their reports speak for the whole place);
 *   司法局, 群众工作部 and any other …局/…部/…委员会 make `department`
 *   ("淄博高新区群众工作部关于2022年度…的报告" is a department's report).
 * - No organ in the title ("嘉祥县2023年度法治政府建设报告", "2023年良渚街道…") means the report is
 *   the place's own: `government`. The body is then, in this order, the organ signing the report
 *   at its end (the author, whose kind counts), the page's publisher when the header names an
 *   organ of that place (发布机构: 嘉祥县司法局 — a publisher is not the author, so the kind stays
 *   `government`), else the place itself.
 * - A token after the place that is no organ at all is spam injected into hacked pages
 *   ("芙蓉区凯发一触即发关于…"): it never becomes part of the body; the body is the place and the
 *   kind comes from how the report speaks (全区/我区 → government, 我局 → department).
 * - A title whose place is followed by its own words, not an organ ("关于2024年度温州市行政复议工作的
 *   报告"), names no author either: the signature, a byline (an organ's name on a line of its own in
 *   the header, 「作者:」 / 「温州市司法局」) or, for a report that speaks as 我厅, the place + 厅 its
 *   page header writes (栏目:湖北省司法厅) name it.
 * - A title naming no organ and no author or publisher found: the organ the opening makes its
 *   subject ("2025年,天津经济技术开发区管理委员会…坚持").
 * - A place + organ followed by 关于 and the year near the top names the author wherever the layout
 *   found no title (a banner glued to it, a document number before 《…关(guān)于…》).
 * - Without a title: an organ right after the place in the opening ("2023年,九龙坡区司法局紧扣")
 *   decides; the place as the opening's subject ("2024年,高陵区坚持") is `government`; a report
 *   that only says 我局 is a department's, with no name (none is written) — unless it names itself
 *   in the name of a document it made (《江门市交通运输局…规程》).
 * - Who presents the report decides over whom its prose spoke for: 「我县司法行政工作…。现将我局…
 *   汇报如下」 is the bureau's. A preface saying which organ made the document under the title
 *   (「上海市司法局将…梳理成《…白皮书》」) names its author, as an essay site's preface offering it does
 *   (「茂名市司法局关于度法治政府建设情况报告」, the year's digits dropped).
 */

import type { TextSpan } from '../../lib/spans';
import type { BodyKind } from '../types';
import { DEPARTMENT_SUFFIXES, GOVERNMENT_ORGANS, SPAM_WORDS } from './constants';
import { departmentAfter, type Head, type SelfReferences } from './jurisdiction';
import type { Layout } from './layout';
import { chainStart, type PlaceMention } from './places';

/** `spam`: a word of the spam list; `unknown`: ends like no organ (injected text or prose). */
export type OrganClass = 'government' | 'department' | 'spam' | 'unknown' | 'none';

/** True when the token carries a word of gambling spam. */
export function isSpam(token: string): boolean {
  const lower = token.toLowerCase();
  return SPAM_WORDS.some((w) => lower.includes(w));
}

/**
 * Classifies what follows a place name: an organ of government, a department, nothing, or
 * something that is no organ (spam). Generic: a token is an organ only if it ends like one.
 */
export function classifyOrgan(written: string): OrganClass {
  if (written === '') return 'none';
  // Another name in brackets (高新区(新市区)人民政府, 藏语委办(编译局)) does not change what the organ is.
  const token = written.replace(/^\([\u4e00-\u9fff]{2,10}\)(?=.)|(?<=.)\([\u4e00-\u9fff]{2,10}\)$/g, '');
  if (isSpam(token)) return 'spam';
  if (/[^\u4e00-\u9fff()]/.test(token)) return 'unknown';
  if (GOVERNMENT_ORGANS.has(token) || token.includes('依法治')) return 'government';
  if (/^(?:中共)?(?:[区县市镇乡旗])?(?:委|党委|党工委)(?:员会)?$/.test(token)) return 'government';
  // A name ending like a government (高新区管委会, 街道办事处), whatever stands before it.
  if (/(?:人民政府|政府|管委会|管理委员会|办事处|行政公署)$/.test(token)) return 'government';
  if (DEPARTMENT_SUFFIXES.some((s) => token.endsWith(s))) return 'department';
  return 'unknown';
}

/** The reporting body (a slice of the matching view) and its kind. */
export interface BodyFound {
  readonly value: string | null;
  readonly range: TextSpan | null;
  readonly kind: BodyKind;
  /** Spam found where the organ should be, to keep it out of the title too. */
  readonly spam: TextSpan | null;
}

/**
 * 关于, also as a traditional-script mirror writes it with the converter's pinyin left in (關(guān)于,
 * 关(guān)于 in the matching view).
 */
const ABOUT = '关(?:\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\))?于';

/**
 * Where an organ's name in a title ends: before 关于, the year, or the report's subject — 法制 of a subject
 * (法制建设), not of a government's legal-affairs office (政府法制办, 人民政府法制办公室, 法制局), which is the organ.
 */
const TITLE_ORGAN_END = new RegExp(`${ABOUT}|\\d|年度|(?<!依)法治|法制(?!办|局|处|科|股)|依法行政|\\n|\\(|报告`);
const MAX_ORGAN = 24;

/** Another name in brackets, of the place (高新区(新市区)人民政府) or of the organ (藏语委办(编译局)). */
const BRACKETED_NAME = /^\([\u4e00-\u9fff]{2,10}\)/;

function organAfter(view: string, from: number, to: number): TextSpan | null {
  const end = Math.min(to, from + MAX_ORGAN + 1);
  // The place's other name right after it is part of the organ's name: 高新区(新市区)人民政府.
  const alias = BRACKETED_NAME.exec(view.slice(from, end))?.[0] ?? '';
  const rest = view.slice(from + alias.length, end);
  const stop = TITLE_ORGAN_END.exec(rest);
  const length = stop ? stop.index : rest.length;
  if (length > MAX_ORGAN) return null;
  // Trailing spaces belong to the layout, not to the organ.
  let token = rest.slice(0, length).replace(/\s+$/, '');
  if (token === '') return { start: from, end: from };
  // The organ's other name after it (藏语委办(编译局)), when the brackets hold an organ's name.
  const other = BRACKETED_NAME.exec(rest.slice(token.length))?.[0];
  if (other !== undefined && classifyOrgan(other.slice(1, -1)) !== 'unknown') token += other;
  return { start: from, end: from + alias.length + token.length };
}

/**
 * The organ after the title's place. A space ends it when a place follows (中共Y镇委员会 Y镇人民
 * 政府: the committee is one organ, the government the next).
 */
function titleOrganAfter(view: string, m: PlaceMention, mentions: readonly PlaceMention[], title: TextSpan): TextSpan | null {
  const found = organAfter(view, m.end, title.end);
  if (found === null) return null;
  const organ = organPrefix(view, found);
  const space = /\s+/.exec(view.slice(organ.start, organ.end));
  if (space === null) return organ;
  const next = organ.start + space.index + space[0].length;
  return mentions.some((x) => x.start === next) ? { start: organ.start, end: organ.start + space.index } : organ;
}

/** What a title goes on to say after its organ: its subject and kind (司法局|行政工作总结). */
const TITLE_REST = /^(?:行政)?(?:工作|年度|全年|综合|业务|法律援助|人民调解|行政复议|行政执法|普法|依法|推进|总结|报告|情况)/;

/**
 * An organ followed by the title's words with no 关于 or year between (「闵行区司法局行政工作总结」):
 * the organ is the longest start of the token that ends like one, when the rest reads as the
 * title's subject. A token that is an organ as a whole is left as it is.
 */
function organPrefix(view: string, token: TextSpan): TextSpan {
  const text = view.slice(token.start, token.end);
  if (classifyOrgan(text) !== 'unknown') return token;
  for (let end = text.length - 1; end >= 2; end -= 1) {
    const head = text.slice(0, end);
    const cls = classifyOrgan(head);
    if ((cls === 'government' || cls === 'department') && TITLE_REST.test(text.slice(end)))
      return { start: token.start, end: token.start + end };
  }
  return token;
}

/** An organ's name at the end of `text` (…人民政府, …委员会 ), as the title's organs end. */
const ORGAN_AT_END = /(?:人民政府|政府|行政公署|委员会|党委|党工委|工委|管委会|管理委员会|办事处)\s*$/;

/** Walks back over places with their organs written before the place: X区人民政府|Y街道办事处. */
function organChainStart(view: string, start: number, mentions: readonly PlaceMention[], title: TextSpan): number {
  let at = start;
  for (;;) {
    const organ = ORGAN_AT_END.exec(view.slice(title.start, at));
    if (organ === null) return at;
    const prev = mentions.find((x) => x.end === title.start + organ.index && x.start >= title.start);
    if (prev === undefined) return at;
    at = organStart(view, prev);
  }
}

/**
 * Walks forward over the place's other organs (中共Y镇委员会| Y镇人民政府); the body's kind is
 * its last organ's.
 */
function organChainEnd(
  view: string,
  first: { end: number; kind: 'government' | 'department' },
  mentions: readonly PlaceMention[],
  title: TextSpan,
): { end: number; kind: 'government' | 'department' } {
  let last = first;
  for (;;) {
    const gap = /^\s*/.exec(view.slice(last.end, title.end))![0].length;
    const next = mentions.find((x) => x.start === last.end + gap);
    if (next === undefined) return last;
    const organ = organAfter(view, next.end, title.end);
    const kind = classifyOrgan(organ ? view.slice(organ.start, organ.end) : '');
    if (kind !== 'government' && kind !== 'department') return last;
    last = { end: organ!.end, kind };
  }
}

/** Where a body written as place + organ starts: the chain's first place, with 中共 before it. */
function organStart(view: string, head: PlaceMention): number {
  let first = chainStart(head).start;
  // A district written in brackets after the zone it shares a government with (高新区(新市区)人民政府):
  // the organ's name starts with the zone.
  if (view[first - 1] === '(' && view[head.end] === ')') {
    const zone = /[\u4e00-\u9fff]{2,12}$/.exec(view.slice(Math.max(0, first - 13), first - 1));
    if (zone) first -= zone[0].length + 1;
  }
  return view.slice(Math.max(0, first - 2), first) === '中共' ? first - 2 : first;
}

/** The kind a report has when no organ is named: how it speaks of itself. */
function kindFromSpeech(self: SelfReferences, placeKnown = false): BodyKind {
  if (self.departmentPresents) return 'department';
  if (self.departmentCount > 0 && (self.strongPlaceCount === 0 || departmentSpeaksFirst(self))) return 'department';
  // A report about a known place that never speaks as a department is the place's own.
  if (self.placeCount > 0 || placeKnown) return 'government';
  return 'other';
}

/** 「2022年,我局始终坚持…紧紧围绕市委…为全市…」: a report that first speaks as 我局 is a department's, whatever 我市 it says later. */
function departmentSpeaksFirst(self: SelfReferences): boolean {
  return self.firstDepartment !== null && (self.firstStrong === null || self.firstDepartment.start < self.firstStrong.start);
}

/** True when a publisher found is only a place's name, no organ after it. */
function namesNoOrgan(publisher: TextSpan, mentions: readonly PlaceMention[]): boolean {
  return mentions.some((x) => x.end === publisher.end && chainStart(x).start === publisher.start);
}

/** A header source naming an organ of the place (发布机构: 嘉祥县司法局), if any. */
function publisherOf(view: string, head: PlaceMention, mentions: readonly PlaceMention[], layout: Layout): TextSpan | null {
  for (const source of layout.sources) {
    const m = mentions.find((x) => x.start >= source.start && x.end <= source.end && x.name === head.name);
    if (!m) continue;
    const token = view.slice(m.end, source.end);
    const cls = classifyOrgan(token);
    if (cls === 'government' || cls === 'department') return { start: organStart(view, m), end: source.end };
    if (cls === 'none' && chainStart(m).start === source.start) return { start: source.start, end: m.end };
  }
  return null;
}

/**
 * An organ of the place on a line of its own right under the title (「游仙区2022年度行政复议工作总结」 /
 * 「绵阳市游仙区司法局」): the author's byline, so its kind counts, as a signature's does.
 */
function bylineOf(
  view: string,
  head: PlaceMention,
  mentions: readonly PlaceMention[],
  title: TextSpan,
): { range: TextSpan; kind: BodyKind } | null {
  const next = /^[ \t]*\n[ \t]*([^\n]{3,30})[ \t]*(?:\n|$)/.exec(view.slice(title.end, title.end + 40));
  if (!next) return null;
  const start = title.end + next.index + next[0].indexOf(next[1]!);
  const end = start + next[1]!.length;
  const m = mentions.find((x) => x.start >= start && x.end <= end && x.name === head.name);
  if (!m || chainStart(m).start !== start) return null;
  const cls = classifyOrgan(view.slice(m.end, end));
  return cls === 'government' || cls === 'department' ? { range: { start: organStart(view, m), end }, kind: cls } : null;
}

/** How much of the end of a report may hold its signature. */
const SIGNATURE_TAIL = 400;

/**
 * The organ signing the report at its end ("长沙市芙蓉区人民政府" on a line of its own above the
 * date), when it is an organ of the place: the author, so its kind counts.
 */
function signatureOf(view: string, head: PlaceMention, mentions: readonly PlaceMention[]): { range: TextSpan; kind: BodyKind } | null {
  const tail = Math.max(0, view.length - SIGNATURE_TAIL);
  for (let i = mentions.length - 1; i >= 0; i -= 1) {
    const m = mentions[i]!;
    if (m.start < tail) break;
    if (m.name !== head.name) continue;
    const lineEnd = view.indexOf('\n', m.end);
    const end = lineEnd === -1 ? view.length : lineEnd;
    const lineStart = view.lastIndexOf('\n', m.start - 1) + 1;
    const start = organStart(view, m);
    if (view.slice(lineStart, start).trim() !== '') continue;
    const token = view.slice(m.end, end).trim();
    const cls = classifyOrgan(token);
    if (cls === 'government' || cls === 'department') {
      return { range: { start, end: m.end + view.slice(m.end, end).trimEnd().length }, kind: cls };
    }
  }
  return null;
}

function place(view: string, head: PlaceMention): TextSpan {
  return { start: chainStart(head).start, end: head.end };
}

function found(view: string, range: TextSpan | null, kind: BodyKind, spam: TextSpan | null = null): BodyFound {
  return { value: range ? view.slice(range.start, range.end) : null, range, kind, spam };
}

const TITLE_OPENS_WITH_ORGAN = /^([\u4e00-\u9fff]{2,14}?(?:局|委员会|委|办公室|人民政府|政府|部))(?=关于|\d{4}\s?年|年度)/;

/** A place's justice administration named as the subject (龙华区|司法行政系统), which its justice bureau leads. */
const JUSTICE_SYSTEM = /^司法行政(?:系统|战线)(?=以|坚持|在|紧紧|紧扣|认真|始终|全面|深入|围绕|立足|聚焦)/;

/**
 * Opening words that make a department the subject: "九龙坡区司法局紧扣…", and a commission written short as it names
 * itself (「2023年,宿迁市卫生健康委在市委…」, 发展改革委, 住房城乡建设委) — not a party committee's 委 after a level word
 * (区委, 市委, 党工委, 纪委, 常委, 政法委), which a clause reaches (「南海区紧紧围绕区委…」).
 */
const OPENING_ORGAN = /^[\u4e00-\u9fff]{0,13}?(?:局|厅|委员会|[^\s\d市县区省州旗盟镇乡党工纪常法]委(?!员)|工作部|办公室)/;
/** Words that make the run after a place a clause, not an organ's name (长春市坚持…局, 全市在…厅). */
const CLAUSE_WORDS = /坚持|工作|推进|建设|法治|以|在|和|与/;
/**
 * The words of a department's own name that a clause's would be (住房和城乡建设局, 政务服务和数字化建设管理局,
 * 文化和旅游局): a 和 or 与 joining two fields before the organ word, 建设 right before it.
 */
const ORGAN_NAME_JOINS = /[和与](?=[\u4e00-\u9fff]{2,10}(?:局|厅|委员会)$)|建设(?=(?:管理)?(?:局|厅|委员会)$)/g;
const OPENING_GOVERNMENT = /^(?:人民政府|政府|行政公署|行署|管理委员会|管委会|办事处|党工委|党委)/;
/**
 * An office of that government or committee written on after it (人民政府办公室, 人民政府办公厅, 政府办,
 * 人民政府法制办公室, 党委办公室): a department reporting on its own work, not the government. The bare
 * 办 only before the verb or comma that follows a subject (「县政府办坚持…」, not 「镇政府办理…」).
 */
const GOVERNMENT_OFFICE = /^(?:[\u4e00-\u9fff]{0,6}?办公[室厅]|法制办|办(?=[,、]|坚持|认真|始终|全面|深入|围绕|紧|立足|聚焦|在|以))/;
const PARTY_COMMITTEE_END = /党(?:工)?委$/;

/**
 * An organ named without its place as the opening's subject: 「2021年,在省委省政府的正确领导下,省
 * 司法厅坚持…」, 「2024年,在市委、政府的坚强领导下,市司法局深入学习…」, 「2013年,市政府法制办(行政复议办、法律顾问室)紧紧
 * 围绕…」 (its other names in brackets), or its work on the subject as the subject (「2022年,市交通运输局法治政府建设工作坚持…」).
 * Its place is the report's place.
 */
/**
 * An organ named by its level alone (省司法厅, 市交通运输局, 区卫生健康局), ending in one of `endings`: its place is the
 * report's. As a pattern's source, to be captured.
 */
function placelessOrgan(endings: string): string {
  return String.raw`(?:省|市|区|县|旗|州|盟|自治区)(?:司法厅|司法局|[\u4e00-\u9fff]{1,10}?(?:${endings}))`;
}
const OPENING_PLACELESS_ORGAN = new RegExp(
  String.raw`(?:^|年度?,|下,|,)\s*(${placelessOrgan('局|厅|办公室|办')})(\([\u4e00-\u9fff、]{2,30}\))?(?=(?:[\u4e00-\u9fff]{2,10}?工作)?(?:坚持|紧紧|紧扣|认真|始终|全面|深入|围绕|立足|聚焦|以|在))`,
);
const OPENING_REACH = 200;

function placelessOpeningOrgan(view: string, layout: Layout): TextSpan | null {
  const opening = view.slice(layout.bodyStart, layout.bodyStart + OPENING_REACH).split('。')[0] ?? '';
  const match = OPENING_PLACELESS_ORGAN.exec(opening);
  if (!match) return null;
  // The organ's other names in brackets after it (市政府法制办(行政复议办、法律顾问室)) are not its name.
  const start = layout.bodyStart + match.index + match[0].length - match[1]!.length - (match[2]?.length ?? 0);
  return { start, end: start + match[1]!.length };
}

/**
 * An organ named without its place in the clause presenting the report (「…要求,现将市水务局2025年度行政执法工作情况报告
 * 如下」, 「现将区卫生健康局2024年…汇报如下」): who reports, as when it opens the prose. Its place is the report's place.
 */
const PRESENTED_PLACELESS_ORGAN = new RegExp(String.raw`现[将就把]\s*(${placelessOrgan('局|厅|办公室')})(?=\d{4}\s?年|年度|本年度|全年)`);
/** How far into the prose the presenting clause is looked for: the opening paragraph. */
const PRESENTING_REACH = 400;

function presentedPlacelessOrgan(view: string, layout: Layout): TextSpan | null {
  const match = PRESENTED_PLACELESS_ORGAN.exec(view.slice(layout.bodyStart, layout.bodyStart + PRESENTING_REACH));
  if (!match) return null;
  const start = layout.bodyStart + match.index + match[0].length - match[1]!.length;
  return { start, end: start + match[1]!.length };
}

/**
 * The full name of an organ the title writes without its place (「市商务局2023年度行政执法统计年报」), where the
 * text writes it with the report's place too (「主办单位黄石市商务局」, 「本级行政机关:黄石市商务局」): the organ as
 * it names itself. The place's level word may end the place or open the organ (黄石市 + 商务局, 某县 + 县司法局 is
 * written 某县司法局).
 */
function placedOrganWritten(view: string, head: PlaceMention, mentions: readonly PlaceMention[], organ: string): TextSpan | null {
  const bare = organ.replace(/^[省市区县镇乡旗州盟]/, '');
  for (const m of mentions) {
    if (m.name !== head.name || !view.startsWith(bare, m.end)) continue;
    return { start: organStart(view, m), end: m.end + bare.length };
  }
  return null;
}

/**
 * The full name of an organ the title writes short and without its place (「州文体广旅局2023年度行政执法工作情况报告」), where
 * the page repeats the title under the organ's full name (「黔西南州文化体育广电旅游局(黔西南州文物局)2023年度行政执法工作情况
 * 报告」): the same words after a department of the report's place, its other name in brackets aside.
 */
function retitledOrgan(
  view: string,
  head: PlaceMention,
  mentions: readonly PlaceMention[],
  title: TextSpan,
  organEnd: number,
): TextSpan | null {
  const rest = view.slice(organEnd, title.end).trim();
  if (rest.length < 6) return null;
  for (const m of mentions) {
    if (m.name !== head.name || m.start < title.end) continue;
    const organ = organAfter(view, m.end, m.end + MAX_ORGAN + 1);
    if (organ === null || organ.end === organ.start) continue;
    const written = view.slice(organ.start, organ.end).replace(/\([\u4e00-\u9fff]{2,14}\)$/, '');
    if (classifyOrgan(written) !== 'department') continue;
    const after = view.slice(organ.end).replace(/^\([\u4e00-\u9fff]{2,14}\)/, '');
    if (after.startsWith(rest)) return { start: organStart(view, m), end: organ.start + written.length };
  }
  return null;
}

/** How far from the top an organ introducing the report with 关于 and its year is looked for. */
const ANNOUNCING_REACH = 400;
// An essay site's preface drops the year's digits from the title it offers (「茂名市司法局关于度法治政府建设情况报告」).
const ANNOUNCES_REPORT = new RegExp(`^${ABOUT}\\s*(?:\\d{4}\\s?年|年度|度(?=法治|法制|依法))`);

/**
 * The place's organ introducing the report with 关于 and the year (「湖北省人民政府关于2023年度法治政府
 * 建设情况的报告」) where the layout found no title: glued to a mirror's banner, or behind a document
 * number (「宁政发〔2019〕35号《南京市人民政府关(guān)于2018年度…》」). It names the author, so its kind counts.
 */
function announcingOrganOf(
  view: string,
  head: PlaceMention,
  mentions: readonly PlaceMention[],
): { range: TextSpan; kind: BodyKind } | null {
  for (const m of mentions) {
    if (m.start >= ANNOUNCING_REACH) break;
    if (m.name !== head.name) continue;
    const organ = organAfter(view, m.end, view.length);
    if (organ === null || organ.end === organ.start) continue;
    if (!ANNOUNCES_REPORT.test(view.slice(organ.end, organ.end + 16))) continue;
    const cls = classifyOrgan(view.slice(organ.start, organ.end));
    if (cls === 'government' || cls === 'department') return { range: { start: organStart(view, m), end: organ.end }, kind: cls };
  }
  return null;
}

/** The words of a presenting clause before the organ it names: 现将, 现就, 现把. */
const PRESENTS_BEFORE = /现[将就把]$/;

/**
 * The place's organ named by the clause presenting the report (「现将靖边县司法局2017年度重点工作任务完成情况
 * 报告如下」): its author, when nothing signs the report (a signature names the author over an organ
 * whose work is presented, 「现将…法律援助中心2023年度…情况进行公示」 signed by the 司法厅).
 */
function presentedOrganOf(view: string, head: PlaceMention, mentions: readonly PlaceMention[]): { range: TextSpan; kind: BodyKind } | null {
  for (const m of mentions) {
    if (m.name !== head.name) continue;
    const start = organStart(view, m);
    if (!PRESENTS_BEFORE.test(view.slice(Math.max(0, start - 2), start))) continue;
    const organ = organAfter(view, m.end, view.length);
    if (organ === null || organ.end === organ.start || !/^\d{4}\s?年/.test(view.slice(organ.end, organ.end + 6))) continue;
    const cls = classifyOrgan(view.slice(organ.start, organ.end));
    if (cls === 'government' || cls === 'department') return { range: { start, end: organ.end }, kind: cls };
  }
  return null;
}

/**
 * The place's organ as the opening's subject (「2023年,九龙坡区司法局紧扣…」, 「2025年,天津经济技术开发区
 * 管理委员会(简称经开区管委会)坚持…」), for the place mention `m` of the opening.
 */
function openingOrganAt(view: string, m: PlaceMention): { range: TextSpan; kind: BodyKind } | null {
  const after = view.slice(m.end, m.end + 18);
  const gov = OPENING_GOVERNMENT.exec(after);
  if (gov) {
    const end = m.end + gov[0].length;
    const office = GOVERNMENT_OFFICE.exec(view.slice(end, end + 12))?.[0] ?? '';
    return { range: { start: organStart(view, m), end: end + office.length }, kind: office === '' ? 'government' : 'department' };
  }
  // A place's justice administration as a whole (「2023年,龙华区司法行政系统以…为引领」): its justice bureau speaks.
  const system = JUSTICE_SYSTEM.exec(after);
  if (system) return { range: { start: organStart(view, m), end: m.end + system[0].length }, kind: 'department' };
  const dept = OPENING_ORGAN.exec(after);
  if (dept && !CLAUSE_WORDS.test(dept[0].replace(ORGAN_NAME_JOINS, '')) && classifyOrgan(dept[0]) === 'department') {
    return { range: { start: organStart(view, m), end: m.end + dept[0].length }, kind: 'department' };
  }
  return null;
}

/**
 * The same place's name, or a street's written short as page titles and sources write it: without its 道 (寨上街 of
 * 寨上街道), or without 街道 where the name ends in 街 (金融街 of 金融街街道).
 */
function samePlaceName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === long || (short.endsWith('街') && (long === `${short}道` || long === `${short}街道`));
}

/** The first mention of the head's place opening a sentence of the opening, with its organ. */
function openingOrganOf(
  view: string,
  head: PlaceMention,
  mentions: readonly PlaceMention[],
  layout: Layout,
): { range: TextSpan; kind: BodyKind } | null {
  const end = layout.bodyStart + OPENING_REACH;
  const m = mentions.find((x) => samePlaceName(x.name, head.name) && x.start >= layout.bodyStart && x.end <= end);
  if (m === undefined) return null;
  const first = organStart(view, m);
  if (!/(?:^|[\n。]|年,|年度,|下,)\s*$/.test(view.slice(Math.max(0, first - 8), first))) return null;
  const organ = openingOrganAt(view, m);
  // A party committee opening the prose (「2020年,XX街道党工委、办事处坚持…」, 「XX镇党委、政府」) leads
  // the place's work beside its government; it is not the author of a report whose title names none,
  // so the title's place stays the body.
  if (organ && PARTY_COMMITTEE_END.test(view.slice(organ.range.start, organ.range.end))) return null;
  return organ;
}

/**
 * The department that speaks (我厅, 我局) named in the page's header with its place (「栏目:湖北省司法厅-
 * 通知公告」 over a report that says 我厅): an organ ending as the report calls itself.
 */
function speakerInHeader(
  view: string,
  head: PlaceMention,
  mentions: readonly PlaceMention[],
  layout: Layout,
  self: SelfReferences,
): TextSpan | null {
  const suffix = speakerSuffix(view, self);
  if (suffix === null) return null;
  for (const m of mentions) {
    if (m.start >= layout.bodyStart) break;
    if (m.name !== head.name) continue;
    const organ = speakerOrganAfter(view, m, suffix);
    if (organ) return organ;
  }
  return null;
}

/** The last character of the department's word for itself (局 of 我局, 厅 of 我厅), or null when no department speaks. */
function speakerSuffix(view: string, self: SelfReferences): string | null {
  return self.firstDepartment === null ? null : view.slice(self.firstDepartment.end - 1, self.firstDepartment.end);
}

/** The shortest department name after the place mention `m` that ends as the speaker calls itself (司法厅 of 司法厅通知公告). */
function speakerOrganAfter(view: string, m: PlaceMention, suffix: string): TextSpan | null {
  const token = /^[\u4e00-\u9fff]{1,10}/.exec(view.slice(m.end, m.end + 10))?.[0] ?? '';
  for (let end = 2; end <= token.length; end += 1) {
    const organ = token.slice(0, end);
    if (!organ.endsWith(suffix) || classifyOrgan(organ) !== 'department') continue;
    // 我委 speaks for a 委员会 written in full (卫生健康委员会) as well as for one written short (卫生健康委).
    const full = suffix === '委' && token.startsWith('员会', end) ? end + 2 : end;
    return { start: organStart(view, m), end: m.end + full };
  }
  return null;
}

/**
 * The department that speaks (我局) named in the name of a document it made, its place known only from
 * there (「印发《江门市交通运输局制定规范性文件工作规程》」 in a report that says 我局): the organ in 《》 after the
 * place, ending as the report calls itself.
 */
function speakerInOwnDocument(view: string, head: PlaceMention, mentions: readonly PlaceMention[], self: SelfReferences): TextSpan | null {
  const suffix = speakerSuffix(view, self);
  if (suffix === null) return null;
  for (const m of mentions) {
    if (m.name !== head.name || view[chainStart(m).start - 1] !== '《') continue;
    const organ = speakerOrganAfter(view, m, suffix);
    if (organ) return organ;
  }
  return null;
}

/**
 * An organ's name on a line of its own in the header, between the title and the prose, with no
 * field label (「作者:」 / 「温州市司法局」 under the page's date line): the author's byline.
 */
function headerBylineOf(
  view: string,
  head: PlaceMention,
  mentions: readonly PlaceMention[],
  layout: Layout,
): { range: TextSpan; kind: BodyKind } | null {
  if (layout.title === null) return null;
  for (const source of layout.sources) {
    if (source.start < layout.title.end || source.start >= layout.bodyStart) continue;
    const lineStart = view.lastIndexOf('\n', source.start - 1) + 1;
    if (view.slice(lineStart, source.start).trim() !== '') continue;
    const m = mentions.find((x) => x.start >= source.start && x.end <= source.end && x.name === head.name);
    if (!m || chainStart(m).start !== source.start) continue;
    const cls = classifyOrgan(view.slice(m.end, source.end));
    if (cls === 'government' || cls === 'department') return { range: { start: organStart(view, m), end: source.end }, kind: cls };
  }
  return null;
}

/**
 * The verbs by which a preface says an organ made the document it introduces: 「上海市司法局将…成效梳理成
 * 《…白皮书》」, 「县司法局编制了《…》」, 「区人民政府办公室印发《…》」.
 */
const MADE_DOCUMENT = /(?:梳理|汇编|编制|编写|编印|整理|形成|撰写|发布|印发|公布)(?:成|了|出|为)?$/;
/** The organ opening the clause that made the document, before the verb's adverbs and objects: its name ends like an organ's. */
const MAKER_AT_CLAUSE_START =
  /^[一-鿿()]{2,24}?(?:局|厅|委员会|办公室|中心|人民政府|政府|管委会|管理委员会|办事处)(?=将|组织|牵头|会同|于|已|正式|近日|日前|编|梳|汇|整|形|撰|发|印|公)/;
/** How far into the text a preface naming the document's maker stands. */
const PREFACE_REACH = 1500;

/**
 * The place's organ a preface says made the document under the title (「近日,上海市司法局将行政复议体制改革一年来的各
 * 方面成效梳理成《上海市行政复议体制改革一周年白皮书》」): its author, whom the title does not name. The clause must
 * name the title's own words in 《》 and open with the organ.
 */
function makerOf(
  view: string,
  head: PlaceMention,
  mentions: readonly PlaceMention[],
  title: TextSpan,
): { range: TextSpan; kind: BodyKind } | null {
  // The title's words up to a page's date or note after it (「…白皮书 (2022-11-23)」).
  const named = /^[^\s()]{6,60}/.exec(view.slice(title.start, title.end))?.[0];
  if (named === undefined) return null;
  const reach = view.slice(0, PREFACE_REACH);
  for (let at = reach.indexOf(`《${named}`); at !== -1; at = reach.indexOf(`《${named}`, at + 1)) {
    // The title's words closing the marks, with its edition in brackets or not (《…白皮书(2023)》).
    if (!/^(?:\([^()》]{0,20}\))?》/.test(view.slice(at + named.length + 1, at + named.length + 24))) continue;
    if (!MADE_DOCUMENT.test(view.slice(Math.max(0, at - 4), at))) continue;
    const clauseStart = Math.max(view.lastIndexOf('。', at), view.lastIndexOf(',', at), view.lastIndexOf('\n', at)) + 1;
    const m = mentions.find((x) => x.name === head.name && chainStart(x).start === clauseStart && x.end < at);
    if (m === undefined) continue;
    const organ = MAKER_AT_CLAUSE_START.exec(view.slice(m.end, at))?.[0];
    const cls = organ === undefined ? 'none' : classifyOrgan(organ);
    if (cls === 'government' || cls === 'department')
      return { range: { start: organStart(view, m), end: m.end + organ!.length }, kind: cls };
  }
  return null;
}

/**
 * A street's or a township's own enforcement team (新村街综合执法大队, 某镇综合行政执法队, 某街道执法中队): since the
 * 2019 reform it is the township's own organ, exercising the township's powers in its name — its report is the place's,
 * not a county department's.
 */
const TOWNSHIP_OWN_TEAM = /(?:街道|街|镇|乡)(?:综合)?(?:行政)?执法(?:大|中)?队$/;

/**
 * The line a report opens on to address whom it reports to (「市政府并市委:」, 「县委、县人民政府:」, 「中共某区委、某区人民政府:」),
 * with the level word of the government it names (市, 县, 区…).
 */
const ADDRESSED_GOVERNMENT = /^\s*(?:中共)?[\u4e00-\u9fff、]{0,16}?([省市县区州旗])(?:人民)?政府(?:并[\u4e00-\u9fff]{1,8})?\s*:\s*$/m;
/** How far into the text the addressee line stands: its first lines. */
const ADDRESSEE_REACH = 120;

/**
 * Whether the text addresses the government of its own place (a 市 report to 「市政府并市委:」): a government reports to
 * the level above it or to its congress, never to itself — the author is one of that government's departments.
 */
function addressedToOwnGovernment(view: string, placeName: string): boolean {
  if (!view.slice(0, ADDRESSEE_REACH).includes('政府')) return false;
  const addressee = ADDRESSED_GOVERNMENT.exec(view.slice(0, ADDRESSEE_REACH));
  return addressee !== null && placeName.endsWith(addressee[1]!);
}

/**
 * Finds the reporting body and its kind. `mentions` are all place mentions of the scan. A place named as the body for want
 * of any organ, in a text addressed to the place's own government, is no body: one of its departments reports, unnamed.
 */
export function findBody(
  view: string,
  head: Head | null,
  mentions: readonly PlaceMention[],
  layout: Layout,
  self: SelfReferences,
): BodyFound {
  const written = findBodyAsWritten(view, head, mentions, layout, self);
  if (written.kind === 'department' && written.value !== null && TOWNSHIP_OWN_TEAM.test(written.value))
    return { ...written, kind: 'government' };
  if (head === null || written.kind !== 'government' || written.range === null) return written;
  const named = place(view, head.mention);
  const placeOnly = written.range.start === named.start && written.range.end === named.end;
  return placeOnly && addressedToOwnGovernment(view, head.mention.name) ? found(view, null, 'department') : written;
}

function findBodyAsWritten(
  view: string,
  head: Head | null,
  mentions: readonly PlaceMention[],
  layout: Layout,
  self: SelfReferences,
): BodyFound {
  // A title that opens with an organ but no place ("县司法局2022年度…报告") is that organ's.
  const titleOrgan =
    layout.title && (head === null || head.via !== 'title')
      ? TITLE_OPENS_WITH_ORGAN.exec(view.slice(layout.title.start, layout.title.end))
      : null;
  if (titleOrgan && layout.title) {
    const range = { start: layout.title.start, end: layout.title.start + titleOrgan[1]!.length };
    const cls = classifyOrgan(titleOrgan[1]!.replace(/^[区县市镇乡旗]/, ''));
    if (cls === 'department' || cls === 'government')
      return found(
        view,
        (head &&
          (placedOrganWritten(view, head.mention, mentions, titleOrgan[1]!) ??
            retitledOrgan(view, head.mention, mentions, layout.title, range.end))) ??
          range,
        cls,
      );
  }
  // 「省司法厅坚持…」 opening a report without a title, or 「现将市水务局…报告如下」 presenting it: that department speaks.
  const placeless = head?.via === 'title' ? null : placelessOpeningOrgan(view, layout);
  if (placeless && classifyOrgan(view.slice(placeless.start + 1, placeless.end)) === 'department')
    return found(view, placeless, 'department');
  const presented = head?.via === 'title' ? null : presentedPlacelessOrgan(view, layout);
  if (presented && classifyOrgan(view.slice(presented.start + 1, presented.end)) === 'department') {
    // Its full name where the text writes it with the report's place (巫山县司法局 of 「现将县司法局…报告如下」).
    const organ = view.slice(presented.start, presented.end);
    return found(view, (head && placedOrganWritten(view, head.mention, mentions, organ)) ?? presented, 'department');
  }
  if (head === null) return found(view, null, kindFromSpeech(self));
  const m = head.mention;
  if (head.via !== 'title') {
    const announced = announcingOrganOf(view, m, mentions);
    if (announced) return found(view, announced.range, announced.kind);
  }
  if (head.via === 'department') {
    // Known only from its department's name (大同市文物局…统计表): that department reports.
    const end = departmentAfter(view, m);
    if (end !== null) return found(view, { start: organStart(view, m), end }, 'department');
  }
  if (head.via === 'speech') {
    // Known by its short name only (安徽 of 「考察安徽」): no organ is written to name it by — but a department's
    // document numbers (九龙坡教办〔2024〕22号) say whose report it is.
    const signed = signatureOf(view, m, mentions);
    if (signed) return found(view, signed.range, signed.kind);
    return found(view, null, head.issuedByDepartment === true ? 'department' : kindFromSpeech(self, true));
  }

  if (head.via === 'title' && layout.title) {
    const title = layout.title;
    const organ = titleOrganAfter(view, m, mentions, title);
    const token = organ ? view.slice(organ.start, organ.end) : '';
    const cls = classifyOrgan(token);
    switch (cls) {
      case 'government':
      case 'department': {
        // The organ's full name: places and organs written before the place (X区人民政府 of
        // X区人民政府Y街道办事处) and the place's other organ after it (中共Y镇委员会 Y镇人民政府).
        const start = organChainStart(view, organStart(view, m), mentions, title);
        const last = organChainEnd(view, { end: organ!.end, kind: cls }, mentions, title);
        return found(view, { start, end: last.end }, last.kind);
      }
      case 'none': {
        const signed = signatureOf(view, m, mentions) ?? bylineOf(view, m, mentions, title) ?? makerOf(view, m, mentions, title);
        if (signed) return found(view, signed.range, signed.kind);
        const publisher = publisherOf(view, m, mentions, layout);
        const subject = openingOrganOf(view, m, mentions, layout);
        // A page's source that is only the place's name, short as the title writes it (来源: 寨上街), names no
        // organ: the organ the opening makes its subject (2023年,寨上街道办事处…) does.
        if (publisher && !(subject && namesNoOrgan(publisher, mentions))) return found(view, publisher, 'government');
        // No author or publisher named: the organ the opening makes its subject, with its kind.
        return subject ? found(view, subject.range, subject.kind) : found(view, place(view, m), 'government');
      }
      case 'spam':
        return found(view, place(view, m), kindFromSpeech(self, true), organ);
      case 'unknown': {
        // Junk filling the organ's slot right before 关于 or the year is spam of a kind the list
        // does not know yet; junk before anything else may be the title's own words.
        const inSlot = /^\s*(?:关于|\d{4}\s?年)/.test(view.slice(organ!.end, organ!.end + 8));
        if (!inSlot) {
          // The title's own words follow the place (「关于2024年度温州市行政复议工作的报告」): the author
          // is named elsewhere, as when the title names no organ.
          const signed =
            signatureOf(view, m, mentions) ??
            bylineOf(view, m, mentions, title) ??
            headerBylineOf(view, m, mentions, layout) ??
            makerOf(view, m, mentions, title);
          if (signed) return found(view, signed.range, signed.kind);
          const kind = kindFromSpeech(self, true);
          const speaker = kind === 'department' ? speakerInHeader(view, m, mentions, layout, self) : null;
          if (speaker) return found(view, speaker, 'department');
        }
        return found(view, place(view, m), kindFromSpeech(self, true), inSlot ? organ : null);
      }
    }
  }

  if (head.via === 'opening') {
    const organ = openingOrganAt(view, m);
    if (organ) return found(view, organ.range, organ.kind);
    const signed = signatureOf(view, m, mentions) ?? presentedOrganOf(view, m, mentions);
    if (signed) return found(view, signed.range, signed.kind);
    return found(view, publisherOf(view, m, mentions, layout) ?? place(view, m), 'government');
  }

  const signed = signatureOf(view, m, mentions) ?? presentedOrganOf(view, m, mentions);
  if (signed) return found(view, signed.range, signed.kind);
  const publisher = publisherOf(view, m, mentions, layout);
  if (publisher) {
    const token = view.slice(m.end, publisher.end);
    // A report that says 我县 speaks for the place whoever published it (see the rules above).
    const cls = classifyOrgan(token);
    const kind = cls === 'department' && self.strongPlaceCount === 0 ? 'department' : 'government';
    return found(view, publisher, kind);
  }
  const kind = kindFromSpeech(self, true);
  // A department known only from the documents it made names itself there (《江门市交通运输局…规程》).
  const named = kind === 'department' && head.via === 'document' ? speakerInOwnDocument(view, m, mentions, self) : null;
  if (named) return found(view, named, 'department');
  // A department that only says 我局 has no name in the text; the place is not its name.
  return found(view, kind === 'department' ? null : place(view, m), kind);
}

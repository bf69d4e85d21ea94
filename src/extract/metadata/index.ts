/**
 * Report metadata extractor: the place a rule-of-law report is about, its level and parents in
 * the division tables, the reporting body, the year reported on, the publication date and the
 * title — each with the words of the report that gave it.
 *
 * Pure and isomorphic (no `node:*`, no DOM, no network): it runs in Node and in a Web Worker.
 * Small parsers find candidates in the matching view (layout/title, places, year, date, body)
 * and a resolver picks among them; every span is a span of the original text.
 *
 * Choices a reader of the output should know:
 * - What is shown to people is the report's own characters: the body (東城區人民政府 stays so) and
 *   the title (without line breaks and without spam found in the organ's slot: 芙蓉区凯发一触即发
 *   关于… → 芙蓉区关于…). A place resolved to the division tables is named by its division (高陵区,
 *   written 高陵區; 石柱土家族自治县, written 石柱县), so that one place has one name whatever script
 *   its reports use; its words as written are the span. A place not resolved to one division (a
 *   zone, a place the tables lack) keeps its written characters.
 * - `jurisdiction` is the most specific place the report speaks for: 淄博高新区, or just 高新区 when
 *   the report says no more; Y街道 of 「X区人民政府Y街道办事处」. A zone is placed by the place written
 *   before it, else the province or city its own name opens with (天津滨海高新区, 兰州新区), else its
 *   name written elsewhere after its parent (《重庆两江新区管理办法》), else the one city the text names,
 *   else the one city or province a slogan frames (平安珠海, 法治云南).
 * - A report that names no place of its own still gets the province that only its own can be
 *   (习近平总书记考察湖北重要讲话, 法治浙江).
 * - A province, city or county is `text` evidence when the report writes it anywhere (山东省 in
 *   "山东省《社区矫正实施细则》" counts), else `divisions` evidence without a span.
 * - A province-level report is its own province. A 直辖市 is level 省; its districts have
 *   `province` 北京市 and no `city` (the tables' 市辖区 is a placeholder, not a city). Development
 *   zones have no code: they are not GB/T 2260 units.
 * - A place the tables lack is kept under its written name with the flag `no_division_match`,
 *   placed by the known parents written before it, never folded into them.
 * - Where same-named places remain possible, only what they all share is reported (both 漫湾镇
 *   are in 云南省), the flag `ambiguous_place` is set and all of them are `placeCandidates`.
 */

import type { TextSpan } from '../../lib/spans';
import { normalizeForMatching } from '../normalize/normalize';
import type { DocumentKind, Evidence, JurisdictionLevel, MetadataFlag, PlaceCandidate, ReportMetadata } from '../types';
import { findBody } from './body';
import { PLACEHOLDER_PLACE } from './constants';
import { findPublished } from './date';
import { type Division, DIVISIONS, fullCode } from './divisions';
import { documentKindOfTitle, documentKindOfUntitled } from './document-kind';
import {
  chooseHead,
  findSelfReferences,
  framedProvince,
  leadersNamed,
  onlyCityNamed,
  onlyProvinceNamed,
  placelessTitleLevel,
  type Resolution,
  resolveDivision,
} from './jurisdiction';
import { findLayout } from './layout';
import { findPlaces, levelDepth, type PlaceMention, type PlaceScan } from './places';
import { findYear } from './year';

export { parseChineseDate, parseNumericDate, parseRunTogetherDate } from './date';

function span(original: string, r: TextSpan): TextSpan & { readonly text: string } {
  return { start: r.start, end: r.end, text: original.slice(r.start, r.end) };
}

function fromText<T>(value: T, original: string, r: TextSpan): Evidence<T> {
  return { value, provenance: 'text', span: span(original, r) };
}

function fromDivisions<T>(value: T): Evidence<T> {
  return { value, provenance: 'divisions' };
}

/**
 * Evidence for an ancestor (province, city, county) of the resolved place: the words that name
 * it when the text does — preferably in the place's own chain (长沙市芙蓉区) — else the tables.
 */
function ancestorEvidence(ancestor: Division, head: PlaceMention, scan: PlaceScan, original: string): Evidence<string> {
  for (let p = head.parent; p !== null; p = p.parent) {
    if (p.divisions.some((d) => d.code === ancestor.code)) return fromText(ancestor.name, original, p);
  }
  if (head.zoneParent?.codes.length === 1 && head.zoneParent.codes[0] === ancestor.code) {
    return fromText(ancestor.name, original, head.zoneParent);
  }
  const named = scan.mentions.find((m) => !m.generic && m.divisions.length === 1 && m.divisions[0]!.code === ancestor.code);
  return named ? fromText(ancestor.name, original, named) : fromDivisions(ancestor.name);
}

interface Place {
  province: Evidence<string> | null;
  city: Evidence<string> | null;
  county: Evidence<string> | null;
  code: Evidence<string> | null;
}

/** Fills province, city, county and code from the resolution; only what all remaining rows share. */
function placeFields(res: Resolution, head: PlaceMention, scan: PlaceScan, original: string): Place {
  const out: Place = { province: null, city: null, county: null, code: null };
  const rows = res.division ? [res.division] : res.container ? [res.container] : res.candidates;
  if (rows.length === 0) return out;
  const shared = (pick: (d: Division) => string | null): Division | null => {
    const code = pick(rows[0]!);
    if (code === null || !rows.every((d) => pick(d) === code)) return null;
    return DIVISIONS.byCode.get(code) ?? null;
  };
  // The place's own row is not its ancestor; a zone's parent row (淄博市 of 淄博高新区) is. A
  // province-level report (a province, an autonomous region, a 直辖市) is its own province.
  const self = res.division;
  const province = shared((d) => d.provinceCode);
  const city = shared((d) => d.cityCode);
  const county = shared((d) => d.countyCode);
  if (self?.kind === 'province') out.province = fromText(self.name, original, head);
  else if (province) out.province = ancestorEvidence(province, head, scan, original);
  if (city && city.code !== self?.code) out.city = ancestorEvidence(city, head, scan, original);
  if (county && county.code !== self?.code) out.county = ancestorEvidence(county, head, scan, original);
  else if (res.writtenCounty) out.county = ancestorEvidence(res.writtenCounty, head, scan, original);
  if (self && !head.zone) out.code = fromDivisions(fullCode(self));
  return out;
}

/** A same-named division still possible for an ambiguous place, for the detail file. */
function candidateOf(d: Division): PlaceCandidate {
  const name = (code: string | null): string | null =>
    code === null || code === d.code ? null : (DIVISIONS.byCode.get(code)?.name ?? null);
  return {
    code: fullCode(d),
    name: d.name,
    level: d.level,
    province: name(d.provinceCode),
    city: name(d.cityCode),
    county: name(d.countyCode),
  };
}

/**
 * The place's name: the division's own name when the place is resolved (高陵区, written 高陵區 or
 * 高陵区; 石柱土家族自治县, written 石柱县), so that one place has one name whatever script its
 * reports use; otherwise the report's own characters (a zone, a place the tables lack).
 */
/**
 * The place's name: the tables' when they know it, else as written — in the matching view's
 * characters, so that a zone the tables lack is one name in either script (新榮經濟技術開發區 is
 * 新荣经济技术开发区), as a place the tables know is.
 */
function placeName(m: PlaceMention, res: Resolution, view: string): string {
  const rows = m.zone || m.unknown ? [] : res.division ? [res.division] : res.candidates;
  const first = rows[0];
  if (first !== undefined && rows.every((d) => d.name === first.name)) return first.name;
  return view.slice(m.start, m.end);
}

/** The level of the chosen place: from its name's last word, or for a 直辖市 from the tables. */
function levelEvidence(head: PlaceMention, res: Resolution, original: string): Evidence<JurisdictionLevel> {
  if (res.division?.kind === 'province' && res.division.name.endsWith('市')) return fromDivisions('省');
  return fromText(head.level, original, head);
}

/** A government's own departments named by its level: 县政府部门, 区政府各部门. */
const OWN_GOVERNMENT_DEPARTMENTS = /(县|区|市|旗)(?:人民)?政府各?(?:工作)?部门/;

/**
 * The level of the committee and government a department answers to, named by their level only (区委区政府,
 * 在县委、县政府的领导下): a department that never names its place is of their level. A department lists
 * higher ones too (省委省政府和市委市政府和区委区政府): its own is the lowest it names.
 */
function answersToLevel(view: string): { level: JurisdictionLevel; at: TextSpan } | null {
  let lowest: { level: JurisdictionLevel; at: TextSpan } | null = null;
  for (const pair of leadersNamed(view)) if (lowest === null || levelDepth(pair.level) > levelDepth(lowest.level)) lowest = pair;
  return lowest;
}

/** The kinds of report only a department writes: a justice bureau's work summary, a legal-aid report. */
const DEPARTMENT_DOCUMENT_KINDS: ReadonlySet<DocumentKind> = new Set<DocumentKind>(['justice_bureau_summary', 'legal_aid_report']);

const GOVERNMENT_BODY = /(?:人民政府|政府|管委会|管理委员会|办事处|委员会)$/;

/** The title's words without a spam token, and without the line break of a two-line title. */
function titleValue(original: string, title: TextSpan, spam: TextSpan | null): string {
  let text = original.slice(title.start, title.end);
  if (spam && spam.start >= title.start && spam.end <= title.end) {
    text = text.slice(0, spam.start - title.start) + text.slice(spam.end - title.start);
  }
  return text.replace(/\s*\n\s*/g, '').trim();
}

/**
 * Extracts the metadata of one report.
 *
 * @param original The report as stored (any script, any width).
 * @param normalized Its matching view from `normalizeForMatching`, when the caller has it already.
 * @returns Metadata whose spans satisfy `original.slice(span.start, span.end) === span.text`; every
 *   missing field that matters has a flag saying why.
 */
export function extractMetadata(original: string, normalized?: string): ReportMetadata {
  const view = normalized !== undefined && normalized.length === original.length ? normalized : normalizeForMatching(original);

  const layout = findLayout(view);
  const scan = findPlaces(view);
  const self = findSelfReferences(view);
  const head = chooseHead(view, scan, layout, self);
  const body = findBody(view, head, scan.mentions, layout, self);
  const year = findYear(view, layout.title, layout.bodyStart);
  const published = findPublished(view, layout.bodyStart, year?.value ?? null);
  // A title names the report's kind; a text without one is told by its opening. A rule-of-law
  // report is what neither says otherwise.
  const documentKind =
    (layout.title ? documentKindOfTitle(view.slice(layout.title.start, layout.title.end)) : null) ??
    documentKindOfUntitled(view, layout.bodyStart, body.kind === 'government' && body.value !== null);

  const flags: MetadataFlag[] = [];
  let jurisdiction: Evidence<string> | null = null;
  let level: Evidence<JurisdictionLevel> | null = null;
  let place: Place = { province: null, city: null, county: null, code: null };
  let placeCandidates: PlaceCandidate[] = [];

  if (head) {
    const m = head.mention;
    const res = resolveDivision(m, scan, view);
    jurisdiction = fromText(placeName(m, res, view), original, m);
    level = levelEvidence(m, res, original);
    place = placeFields(res, m, scan, original);
    if (res.ambiguous) {
      flags.push('ambiguous_place');
      placeCandidates = res.candidates.map(candidateOf);
    } else if (res.division === null && (res.container === null || m.unknown)) flags.push('no_division_match');
  } else {
    flags.push('no_jurisdiction');
    // A report that names no place of its own may still say its province where only its own stands
    // (习近平总书记考察湖北重要讲话精神, 法治浙江): that much is known.
    // …or, for a report of a lower level, the one province it names as its superiors' (福建省卫生健康委员会).
    const province = framedProvince(view) ?? onlyProvinceNamed(view, scan, self);
    const row = province === null ? undefined : DIVISIONS.byCode.get(province.code);
    if (province !== null && row !== undefined) place = { ...place, province: fromText(row.name, original, province.at) };
    // …and a county's report, the one city it names and nothing outside (举办宿州市…启动仪式): its city.
    const city = onlyCityNamed(view, scan, self);
    const cityRow = city === null ? undefined : DIVISIONS.byCode.get(city.code);
    if (city !== null && cityRow !== undefined && (row === undefined || row.code === cityRow.provinceCode)) {
      const cityProvince = DIVISIONS.byCode.get(cityRow.provinceCode);
      place = {
        ...place,
        city: fromText(cityRow.name, original, city.at),
        province: place.province ?? (cityProvince ? fromDivisions(cityProvince.name) : null),
      };
    }
    // "我镇" still tells the level when no name does, and so does a sample text's "XX区".
    const placeholder = PLACEHOLDER_PLACE.exec(view);
    // 全县 said of its own work, or its departments as 县政府部门 (a reconsideration report's
    // respondents): a county's report, though it never names the county.
    // A zone says 全区 too (湄洲岛's 「全区法治政府工作」): 全区 tells a district only beside 区委 or 区政府.
    const said = self.level === '区' && !/区委|区(?:人民)?政府/.test(view) ? null : self.level;
    const own = said === null ? OWN_GOVERNMENT_DEPARTMENTS.exec(view) : new RegExp(`全${said}`).exec(view);
    // 「区卫生健康委关于2025年…」: the author's organ names its level though no place is written.
    const titled = placelessTitleLevel(view, layout.title);
    // 「我局…严格落实区委区政府…的部署」: a department's own government, named by its level.
    const leaders = body.kind === 'department' ? answersToLevel(view) : null;
    // 「在县委、县政府的正确领导下,县综合行政执法局坚持…」: the author's organ, written without its place, names its level.
    const authorLevel =
      body.range && /^[省市区县旗镇乡]/.test(body.value ?? '')
        ? { level: body.value![0] as JurisdictionLevel, at: { start: body.range.start, end: body.range.start + 1 } }
        : null;
    if (titled) level = fromText(titled.level, original, titled.at);
    else if (authorLevel) level = fromText(authorLevel.level, original, authorLevel.at);
    else if (self.strongLevel && self.firstStrong) level = fromText(self.strongLevel, original, self.firstStrong);
    else if (own) level = fromText((said ?? own[1]) as JurisdictionLevel, original, { start: own.index, end: own.index + own[0].length });
    else if (leaders) level = fromText(leaders.level, original, leaders.at);
    else if (placeholder)
      level = fromText(placeholder[1] as JurisdictionLevel, original, {
        start: placeholder.index,
        end: placeholder.index + placeholder[0].length,
      });
  }
  if (year === null) flags.push('no_year');
  if (published === null) flags.push('no_publication_date');

  return {
    title: layout.title
      ? { value: titleValue(original, layout.title, body.spam), provenance: 'text', span: span(original, layout.title) }
      : null,
    jurisdiction,
    level,
    province: place.province,
    city: place.city,
    county: place.county,
    code: place.code,
    // Shown to people, so in the report's own characters (東城區政府), never the matching view's.
    // Organs on lines of their own (中共Y镇委员会 / Y镇人民政府) are one body, written with a space between.
    body:
      body.range && body.value !== null
        ? fromText(original.slice(body.range.start, body.range.end).replace(/\s+/g, ' '), original, body.range)
        : null,
    // A justice bureau's work summary is a department's, and so is a legal-aid report (its legal-aid centre's or its
    // justice bureau's, though it speaks as 我区 or is filed under its place), unless a government's organ is its named author.
    bodyKind:
      DEPARTMENT_DOCUMENT_KINDS.has(documentKind) && body.kind !== 'department' && !GOVERNMENT_BODY.test(body.value ?? '')
        ? 'department'
        : body.kind,
    documentKind,
    year: year ? fromText(year.value, original, year) : null,
    published: published ? fromText(published.iso, original, published) : null,
    flags,
    placeCandidates,
  };
}

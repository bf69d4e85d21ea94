/**
 * Title finder and page layout: where the title is, where the report's prose starts (everything
 * before it is page header: navigation, metadata tables, banners) and what the header says about
 * the page's publisher or source.
 */

import type { TextSpan } from '../../lib/spans';
import { lineSpans } from '../lines';
import { SOURCE_LABELS } from './constants';
import { RELATED_SUBJECT } from './document-kind';

/** Where the parts of a page are. */
export interface Layout {
  /** The title, possibly two lines when an organ's name stands on its own line above it. */
  readonly title: TextSpan | null;
  /** Offset of the first prose paragraph; the text before it is page header. */
  readonly bodyStart: number;
  /** Values of source or publisher fields in the header (发布机构: 嘉祥县司法局). */
  readonly sources: readonly TextSpan[];
}

/** How far into a page the title may be: page chrome before it is rarely longer than this. */
const TITLE_WINDOW = 3000;
const TITLE_MIN = 8;
const TITLE_MAX = 80;

/** A rule-of-law report's title names the subject and says it is a report. */
const TITLE_SUBJECT = /法治|法制|依法行政|依法治/;
/** A white paper (法治建设白皮书, 行政复议工作白皮书) is an office's report on its year or its reform, under another name. */
const TITLE_KIND = /报告|总结|白皮书|情况(?:$|[的及和与暨])/;
/**
 * A related report's title (司法局2021年工作总结, 2020年度行政执法统计情况, 全市行政复议工作总结)
 * names its subject and what it is, with a year, 关于 or 工作总结/报告 to tell it from a subheading.
 */
const RELATED_TITLE_KIND = /报告|总结|情况|数据|统计|年报|白皮书/;
const RELATED_TITLE_SPECIFIC = /\d{4}\s?年|关于|工作(?:总结|报告)|年度报告|年报|白皮书/;
/** Sentence punctuation (after width folding) and field separators: prose or metadata, not a title. */
const NOT_TITLE =
  /[。,;:!?>›»]|^(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十\d]+[)).、])|今天是|索引号|发布(?:时间|日期|机构)|来源/;
/** A line that is only an organ's name, which some pages put on its own line above the title. */
const ORGAN = '[\\u4e00-\\u9fff()]{3,30}(?:人民政府|政府|行政公署|管委会|管理委员会|办事处|委员会|局|部|委|办公室|中心|厅)';
/** One organ, or a party committee and its government side by side (中共Y镇委员会 Y镇人民政府). */
const ORGAN_LINE = new RegExp(`^${ORGAN}(?:\\s+${ORGAN})?$`);
const ORGAN_ABOUT_LINE = new RegExp(`^${ORGAN}关于$`);
/**
 * A field label before a title in a page's metadata table: 标题:…, 名称:…, 标 题 | …, and a label a page
 * glues to its value with no separator at all (「公报标题市商务局2023年度行政执法统计年报」, 「信息名称关于…」): no
 * title opens with the word 标题 or 名称.
 */
export const TITLE_FIELD = /^(?:(?:公报|文章|信息|文件|公文|新闻|文档)?(?:标\s*题|名\s*称)|题\s*名)(?:\s*[:|]\s*|(?=[\u4e00-\u9fff\d]))/;
const SPECIFIC_TITLE = /\d{4}\s?年|关于/;
/** What the second line of a two-line title starts with. */
const TITLE_CONTINUATION = /^(?:关于|\d{4}\s?年|法治|年度)/;
/** Words of page chrome that rule a line out as the report's first paragraph. */
const CHROME = /索引号|发布时间|发布日期|发布机构|来源|浏览|字体|当前位置|所在的位置|Copyright|ICP|打印|关闭/i;
const LEADING = /^[\s•·*\-|>]+/;
/** A character of a line's trailing run (white space, table pipes), asked from the end: /[\s|]+$/ tried every start in the line. */
const TRAILING_CHARACTER = /^[\s|]$/;
const SOURCE_LABELS_G = new RegExp(SOURCE_LABELS.source, 'g');

interface Line extends TextSpan {
  /** The line with leading bullets and trailing table pipes stripped. */
  readonly text: string;
  /** Whether it opens with a list's bullet (•, ·, ●…). */
  readonly bulleted: boolean;
}

/** A list's bullet opening a line. */
const BULLET = /^\s*[•·●◆▪■]/;

/**
 * A line that is one item of a bulleted list of links, whose items name other pages — not the page's title,
 * however much a title it reads: the item before it is a bullet too (a report site's 「• 情况报告 • 述廉报告 … •
 * [山东省政府发布2018年度法治政府建设情况报告] …」), or the item after it is another report's title (「相关阅读 ·
 * 2024年度…报告 · 2023年度…报告」). A bulleted title over bulleted page metadata (「• 2026-01-29」) stays the title.
 */
function isMenuItem(lines: readonly Line[], index: number): boolean {
  if (!lines[index]!.bulleted) return false;
  const before = lines.slice(0, index).findLast((l) => l.text.length > 0);
  const after = lines.slice(index + 1).find((l) => l.text.length > 0);
  // A page that bullets every line, its prose too (「• 2020年,在…领导下,…」 right under the title), has no menu there.
  if (after?.bulleted === true && isProse(after.text)) return false;
  return before?.bulleted === true || (after?.bulleted === true && isTitleLine(after.text));
}

function linesOf(view: string, from: number, to: number): Line[] {
  return lineSpans(view, from, to).map(({ start, end }) => {
    const raw = view.slice(start, end);
    const bullets = LEADING.exec(raw)?.[0].length ?? 0;
    const lead = bullets + (TITLE_FIELD.exec(raw.slice(bullets))?.[0].length ?? 0);
    let kept = raw.length;
    while (kept > lead && TRAILING_CHARACTER.test(raw[kept - 1]!)) kept -= 1;
    const s = start + lead;
    const e = Math.max(s, start + kept);
    return { start: s, end: e, text: view.slice(s, e), bulleted: BULLET.test(raw) };
  });
}

function isTitleLine(text: string): boolean {
  if (text.length < TITLE_MIN || text.length > TITLE_MAX || NOT_TITLE.test(text)) return false;
  if (TITLE_SUBJECT.test(text) && TITLE_KIND.test(text)) return true;
  return RELATED_SUBJECT.test(text) && RELATED_TITLE_KIND.test(text) && RELATED_TITLE_SPECIFIC.test(text);
}

function isProse(text: string): boolean {
  return text.length >= 30 && /[,。]/.test(text) && !CHROME.test(text.slice(0, 40));
}

/**
 * A title hard-wrapped mid-word at the top of a page copied from a document (「县司法局关于2021-2025年度行」 /
 * 「政复议体制改革工作总结报告」): neither line is a title alone, the two read together are. Only the
 * page's first two lines, the first ending with no punctuation.
 */
function wrappedTitle(lines: readonly Line[]): TextSpan | null {
  const [first, second] = lines.filter((l) => l.text.length > 0);
  // A list's items are no wrapped title (a menu: 「相关阅读」 / 「· 2024年度…报告」).
  if (first === undefined || second === undefined || /[\p{P}]$/u.test(first.text) || first.bulleted || second.bulleted) return null;
  return isTitleLine(first.text + second.text) ? { start: first.start, end: second.end } : null;
}

/**
 * A document site's page title glued before the text, ended by the underscore that joins it to the
 * title again or to the site's name (「关于 2024 年法律援助…的总结_关于 2024 年法律援助…的总结 今年,…」).
 */
export const SITE_TITLE = /^([^_\n。,;!?]{8,80}?)_/;

/** The page title a document site glues before the text's first line, when it reads as a title. */
function siteTitle(lines: readonly Line[]): TextSpan | null {
  const first = lines.find((l) => l.text.length > 0);
  const found = first === undefined ? null : SITE_TITLE.exec(first.text);
  if (first === undefined || found === null) return null;
  const text = found[1]!.trim();
  return isTitleLine(text) ? { start: first.start, end: first.start + text.length } : null;
}

/**
 * Finds the title, the start of the prose and the header's source fields in the matching view.
 * A two-line title ("赵县人民政府" / "2022年度法治政府建设情况报告") is returned as one range.
 */
export function findLayout(view: string): Layout {
  // The window ends at a line break, so that no line is cut in two.
  const cut = view.length <= TITLE_WINDOW ? view.length : Math.max(view.lastIndexOf('\n', TITLE_WINDOW), 0);
  const lines = linesOf(view, 0, cut);
  let title: TextSpan | null = null;
  // A title that names a year or says 关于 beats a bare "法治政府建设年度报告" (often a column name).
  const titleLike = (l: Line, i: number) => isTitleLine(l.text) && !isMenuItem(lines, i);
  let titleLine = lines.findIndex((l, i) => titleLike(l, i) && SPECIFIC_TITLE.test(l.text));
  if (titleLine < 0) titleLine = lines.findIndex(titleLike);
  const titleText = lines[titleLine];
  if (titleLine < 0) title = wrappedTitle(lines) ?? siteTitle(lines);
  if (titleText) {
    title = { start: titleText.start, end: titleText.end };
    // Organs' names on lines of their own above (中共Y镇委员会 / Y镇人民政府), possibly after a blank
    // line, are part of the title when the title goes on from them: 关于…, the year, the subject,
    // or the place they name (石鼻镇2024年…).
    let first = titleLine;
    for (let index = titleLine - 1; index >= 0 && index >= titleLine - 4; index -= 1) {
      const above = lines[index]!;
      if (above.text.length === 0) continue;
      // 「长春市人民政府关于」 / 「2023年度法治政府建设情况的报告」: a title broken after 关于.
      if (!ORGAN_LINE.test(above.text) && !(index === titleLine - 1 && ORGAN_ABOUT_LINE.test(above.text))) break;
      first = index;
    }
    const organs = lines
      .slice(first, titleLine)
      .map((l) => l.text)
      .join('');
    if (first < titleLine && (TITLE_CONTINUATION.test(titleText.text) || organs.includes(titleText.text.slice(0, 3)))) {
      title = { start: lines[first]!.start, end: titleText.end };
    }
  }

  let bodyStart = view.length;
  const prose = lines.slice(titleLine + 1).find((line) => isProse(line.text));
  if (prose) bodyStart = prose.start;
  else if (cut < view.length) {
    const later = linesOf(view, cut + 1, view.length).find((line) => isProse(line.text));
    if (later) bodyStart = later.start;
  }

  const sources: TextSpan[] = [];
  // A header line that is only an organ's name (济南市市中区人民政府 under the title, with no label):
  // the page's publisher, as a labelled source field would say.
  for (const line of lines) {
    if (line.start >= bodyStart) break;
    if (title && line.start >= title.start && line.end <= title.end) continue;
    if (ORGAN_LINE.test(line.text) && !/\s/.test(line.text)) sources.push({ start: line.start, end: line.end });
  }
  const header = view.slice(0, bodyStart);
  SOURCE_LABELS_G.lastIndex = 0;
  for (let m = SOURCE_LABELS_G.exec(header); m !== null; m = SOURCE_LABELS_G.exec(header)) {
    const start = m.index + m[0].length;
    const value = /^[^\s|:]{2,40}/.exec(header.slice(start));
    if (value) sources.push({ start, end: start + value[0].length });
  }
  return { title, bodyStart, sources };
}

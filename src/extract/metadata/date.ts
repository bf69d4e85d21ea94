/**
 * Date finder: when the page published the report. Labelled dates in the page header come
 * first, by label (发布 before 更新 and a bare 日期/时间, before 成文/生成, which date the writing,
 * not the publishing); then a labelled date in the page footer; then a header line that is only a
 * date (2026.03.05); last the signature date at the end of the report, which pages often print
 * run together ("2021310" for 2021-03-10) or in Chinese numerals (二〇二一年三月十日). Banners such
 * as "今天是:2019年10月31日" are the reader's today, never the report's date.
 */

/** A publication date and where its words are. */
import { lineSpans } from '../lines';

export interface DateFound {
  /** ISO YYYY-MM-DD. */
  readonly iso: string;
  readonly start: number;
  readonly end: number;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO date when y-m-d is a real calendar date in a plausible range, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2099 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const NUMERIC_DATE = /(?<!\d)(\d{4})\s?[-/.年]\s?(\d{1,2})\s?[-/.月]\s?(\d{1,2})(?!\d)\s?日?/;
const NUMERIC_DATE_AT_START = new RegExp(`^${NUMERIC_DATE.source}`);
const NUMERIC_DATE_ONLY = new RegExp(`^${NUMERIC_DATE.source}$`);

/** Parses "2023-01-13", "2021/03/29", "2026.03.05", "2017年02月28日" at the start of `text`. */
export function parseNumericDate(text: string): string | null {
  const m = NUMERIC_DATE_AT_START.exec(text);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * Parses a date printed without separators: "2021310" (2021-03-10), "20210310", "202131".
 * The digits after the year must split into a month and a day in exactly one way; "2021111"
 * (Jan 11 or Nov 1) is ambiguous and gives null.
 */
export function parseRunTogetherDate(digits: string): string | null {
  if (!/^\d{6,8}$/.test(digits)) return null;
  const year = Number(digits.slice(0, 4));
  const rest = digits.slice(4);
  const readings = new Set<string>();
  for (let monthLength = 1; monthLength <= 2; monthLength += 1) {
    const month = rest.slice(0, monthLength);
    const day = rest.slice(monthLength);
    if (day.length < 1 || day.length > 2) continue;
    const iso = isoDate(year, Number(month), Number(day));
    if (iso) readings.add(iso);
  }
  return readings.size === 1 ? [...readings][0]! : null;
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  O: 0,
  o: 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

function chineseNumber(text: string): number | null {
  if (text === '') return null;
  const ten = text.indexOf('十');
  if (ten >= 0) {
    const tens = ten === 0 ? 1 : CN_DIGITS[text.slice(0, ten)];
    const unitText = text.slice(ten + 1);
    const units = unitText === '' ? 0 : CN_DIGITS[unitText];
    return tens === undefined || units === undefined || text.length > 3 ? null : tens * 10 + units;
  }
  if (text.length !== 1) return null;
  return CN_DIGITS[text] ?? null;
}

/** Parses "二〇二一年三月十日" / "二○二一年三月十日" (the circle is often U+25CB). */
export function parseChineseDate(text: string): string | null {
  const m = /^([〇零○OoＯ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/.exec(text);
  if (!m) return null;
  let year = 0;
  for (const ch of m[1]!) {
    const d = ch === '○' ? 0 : CN_DIGITS[ch];
    if (d === undefined) return null;
    year = year * 10 + d;
  }
  const month = chineseNumber(m[2]!);
  const day = chineseNumber(m[3]!);
  return month === null || day === null ? null : isoDate(year, month, day);
}

/** Labels, longest first so that 发布时间 is not read as 时间; each with its rank. */
const LABELS: ReadonlyArray<readonly [string, number]> = [
  ['公文生成日期', 1],
  ['发布日期', 4],
  ['发布时间', 4],
  ['发文日期', 4],
  ['发稿时间', 4],
  ['发表时间', 4],
  ['更新时间', 3],
  ['更新日期', 3],
  ['成文日期', 1],
  ['生成日期', 1],
  ['印发日期', 1],
  ['日期', 3],
  ['时间', 3],
];
/** What stands between a label and its date: spaces, a colon, a bar, a closing bracket (「[ 发布日期 ] 2026-02-03」). */
const LABEL_GAP = '[\\s|:\\]】]{0,6}';
const LABELLED = new RegExp(`(${LABELS.map(([l]) => l).join('|')})${LABEL_GAP}(?=\\d{4})`, 'g');
const LABEL_RANK = new Map(LABELS);
const LABEL_AT_START = new RegExp(`^\\s*(?:${LABELS.map(([l]) => l).join('|')})${LABEL_GAP}(?=\\d{4})`);
/** Words of a "today" banner or a calendar widget on the same line as a date. */
const BANNER = /今天是|今天|星期|农历/;

interface Ranked extends DateFound {
  readonly rank: number;
}

function labelledDates(view: string, from: number, to: number, rankOffset: number): Ranked[] {
  const out: Ranked[] = [];
  const slice = view.slice(from, to);
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(slice); m !== null; m = LABELLED.exec(slice)) {
    const at = from + m.index + m[0].length;
    const d = NUMERIC_DATE_AT_START.exec(view.slice(at, at + 24));
    if (!d) continue;
    const iso = isoDate(Number(d[1]), Number(d[2]), Number(d[3]));
    if (!iso) continue;
    const lineStart = view.lastIndexOf('\n', at) + 1;
    if (BANNER.test(view.slice(lineStart, at))) continue;
    const end = at + d[0].replace(/\s$/, '').length;
    out.push({ iso, start: at, end, rank: LABEL_RANK.get(m[1]!)! + rankOffset });
  }
  return out;
}

/** A time of day, by the clock (10:14, 10:14:05) or in words (04时21分, 9时5分30秒). */
const TIME_OF_DAY = '\\d{1,2}(?::\\d{2}(?::\\d{2})?|时\\d{1,2}分(?:\\d{1,2}秒)?)';
/** A line opening with a date and a time of day (a publishing system's stamp: 「2021年12月22日 04时21分」). */
const STAMPED = new RegExp(`^${NUMERIC_DATE.source}\\s+${TIME_OF_DAY}(?=\\s|$)`);
const TRAILING_TIME = new RegExp(`\\s*${TIME_OF_DAY}\\s*$`);

/** A stamp written day first (「25.02.2016  10:00」): the time of day says it is a date, not a number. */
const DAY_FIRST_STAMP = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?$/;

/**
 * Header lines that carry the date beside other words: the title with its date in brackets
 * (「上海市司法局2017年法治政府建设情况报告 (2018-04-10)」), the publisher and the date
 * (「省政府办公厅 2022-03-15」).
 */
const DATE_IN_BRACKETS_AT_END = new RegExp(`[(（]\\s*(${NUMERIC_DATE.source})\\s*[)）]$`);
const PUBLISHER_AND_DATE = new RegExp(`^[\\u4e00-\\u9fff]{2,20}\\s+(${NUMERIC_DATE.source})$`);

/** A date a header line carries beside other words, or written day first; `start` is where the line's text starts. */
function headerLineDate(text: string, start: number): DateFound | null {
  if (BANNER.test(text)) return null;
  const dayFirst = DAY_FIRST_STAMP.exec(text);
  const dayFirstIso = dayFirst ? isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])) : null;
  if (dayFirst && dayFirstIso) return { iso: dayFirstIso, start, end: start + `${dayFirst[1]}.${dayFirst[2]}.${dayFirst[3]}`.length };
  const beside = DATE_IN_BRACKETS_AT_END.exec(text) ?? PUBLISHER_AND_DATE.exec(text);
  const iso = beside ? parseNumericDate(beside[1]!) : null;
  if (beside === null || iso === null) return null;
  const at = start + beside.index + beside[0].indexOf(beside[1]!);
  return { iso, start: at, end: at + beside[1]!.replace(/\s$/, '').length };
}

/** Marks a page puts before a line of its metadata list (「• 2021-01-29」). */
const BULLET = /^[•·●◆▪■]\s*/;

/** Words of a page's metadata line (source, views, author, font size). */
const METADATA_LINE = /来源|浏览|阅读|点击|作者|字号|字体|编辑/;

function lineDates(view: string, from: number, to: number, rank: number, runTogether: boolean, metadataLine = false): Ranked[] {
  const out: Ranked[] = [];
  for (const { start: lineStart, end: lineEnd } of lineSpans(view, from, to)) {
    const line = view.slice(lineStart, lineEnd);
    const lead = /^\s*/.exec(line)![0].length;
    const bullet = BULLET.exec(line.slice(lead))?.[0].length ?? 0;
    const text = line.trim().slice(bullet);
    const start = lineStart + lead + bullet;
    const numeric = NUMERIC_DATE_ONLY.test(text) ? parseNumericDate(text) : null;
    const chinese = /日$/.test(text) ? parseChineseDate(text) : null;
    const packed = runTogether ? parseRunTogetherDate(text) : null;
    // 「2025-04-27 10:14 黑龙江省人民政府网」: a date and a time under the title, then the site.
    const stamped = (numeric ?? chinese ?? packed) ? null : STAMPED.exec(text);
    const stampedIso = stamped && !BANNER.test(text) ? isoDate(Number(stamped[1]), Number(stamped[2]), Number(stamped[3])) : null;
    if (stamped && stampedIso) out.push({ iso: stampedIso, start, end: start + stamped[0].replace(TRAILING_TIME, '').length, rank });
    const iso = numeric ?? chinese ?? packed;
    const beside = iso === null && metadataLine ? headerLineDate(text, start) : null;
    if (iso) out.push({ iso, start, end: start + text.length, rank });
    else if (beside) out.push({ ...beside, rank });
    else if (metadataLine && METADATA_LINE.test(text) && !BANNER.test(text)) {
      // An unlabelled date on a line of page metadata: "2023年01月13日 来源:XX县司法局 浏览:12".
      const d = NUMERIC_DATE.exec(text);
      const found = d ? isoDate(Number(d[1]), Number(d[2]), Number(d[3])) : null;
      if (d && found) {
        const at = start + d.index;
        out.push({ iso: found, start: at, end: at + d[0].replace(/\s$/, '').length, rank });
      }
    }
  }
  return out;
}

/** How much of the page's end holds a footer or a signature. */
const TAIL = 600;

/**
 * Finds the publication date in the matching view. `headerEnd` is where the report's prose
 * starts; `minYear`, the reported year when known, rules out dates before it (a report on 2020
 * is not published in 2019).
 */
export function findPublished(view: string, headerEnd: number, minYear: number | null): DateFound | null {
  const header = Math.min(headerEnd, view.length);
  const tailStart = Math.max(header, view.length - TAIL);
  // A stamp glued to the first paragraph by the page (「发表时间 : 2025-03-18 16:56:432024年以来,…」).
  const glued = LABEL_AT_START.exec(view.slice(header, header + 40));
  const candidates: Ranked[] = [
    ...labelledDates(view, 0, glued ? header + glued[0].length + 20 : header, 0),
    ...labelledDates(view, tailStart, view.length, -0.5),
    ...lineDates(view, 0, header, 2, false, true),
    ...lineDates(view, tailStart, view.length, 0.5, true),
  ];
  let best: Ranked | null = null;
  for (const c of candidates) {
    if (minYear !== null && Number(c.iso.slice(0, 4)) < minYear) continue;
    // Among equals the header's first wins, the signature's last (the date under the signature).
    if (best === null || c.rank > best.rank || (c.rank === best.rank && c.rank === 0.5 && c.start > best.start)) best = c;
  }
  return best === null ? null : { iso: best.iso, start: best.start, end: best.end };
}

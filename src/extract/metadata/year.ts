/**
 * Year finder: the year the report is about. Reports are full of other years — the page's
 * "today" banner, document numbers (〔2019〕28号), index numbers (…/2024-12449), plan periods
 * (2021—2025年), dates (2023年8月14日), the next year's plan (2025年工作计划) — so only a year
 * written in a place that states the subject counts, in this order: the title, the "现将…报告
 * 如下" sentence, a paragraph that opens with the year, a first heading "一、2021年…", and last a
 * "YYYY年度法治政府建设" phrase. Anything else is not used: no year is better than a guessed one.
 */

import type { TextSpan } from '../../lib/spans';
import { PLAN_WORDS } from './constants';

/** The reported year and where its digits are. */
export interface YearFound {
  readonly value: number;
  /** The four digits. */
  readonly start: number;
  readonly end: number;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2099;

/** A year as a word: four digits, not part of a longer number, followed by 年 (a space allowed). */
const YEAR = /(?<!\d)(\d{4})\s?年/g;

/**
 * Whether the year at `start` (its digits end at `digitsEnd`, the 年 match ends at `end`) is the
 * kind that can name the reported year: not a date, not one end of a period, not a plan.
 */
function isReportYearCandidate(view: string, start: number, digitsEnd: number, end: number): boolean {
  const value = Number(view.slice(start, digitsEnd));
  if (value < MIN_YEAR || value > MAX_YEAR) return false;
  const after = view.slice(end, end + 24);
  // A date: 2019年10月31日.
  if (/^\s?\d{1,2}\s?月/.test(after)) return false;
  // One end of a period: 2021—2025年, 2021年—2025年, 2021-2025.
  if (/^(?:度)?\s?[-—~～至到–]\s?\d{4}/.test(after)) return false;
  if (/\d{4}\s?年?\s?[-—~～至到–]\s?$/.test(view.slice(Math.max(0, start - 8), start))) return false;
  // The next year's plan: 暨2025年工作计划, 2023年度推进法治政府建设的主要安排.
  if (view[start - 1] === '暨') return false;
  if (PLAN_WORDS.test(view.slice(digitsEnd, digitsEnd + 30).replace(/^\s/, ''))) return false;
  return true;
}

interface Candidate {
  readonly start: number;
  readonly digitsEnd: number;
  readonly end: number;
}

function candidatesIn(view: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const slice = view.slice(from, to);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(slice); m !== null; m = YEAR.exec(slice)) {
    const start = from + m.index;
    const digitsEnd = start + 4;
    const end = from + m.index + m[0].length;
    if (isReportYearCandidate(view, start, digitsEnd, end)) out.push({ start, digitsEnd, end });
  }
  return out;
}

function found(view: string, c: Candidate): YearFound {
  return { value: Number(view.slice(c.start, c.digitsEnd)), start: c.start, end: c.digitsEnd };
}

/** How far after the start of the prose the opening statements are looked for. */
const OPENING_WINDOW = 2500;

/**
 * Finds the reported year in the matching view; `title` and `bodyStart` come from the layout.
 * Returns null when no year is stated where a report states it.
 */
export function findYear(view: string, title: TextSpan | null, bodyStart: number): YearFound | null {
  if (title) {
    const first = candidatesIn(view, title.start, title.end)[0];
    if (first) return found(view, first);
  }

  const openingEnd = Math.min(view.length, bodyStart + OPENING_WINDOW);
  // The lines between the title (or the page's start) and the prose may already be the report's:
  // 「现将2023年工作完成情况…汇报如下:」 and a first heading 「一、2025年主要工作及成效」 are not prose.
  const frontStart = title ? title.end : 0;
  const front = candidatesIn(view, Math.min(frontStart, bodyStart), openingEnd);
  const opening = front.filter((c) => c.start >= bodyStart);

  // "现将2024年法治政府建设情况报告如下", "现就2021年法治政府建设及2022年工作情况报告如下".
  for (const c of front) {
    const before = view.slice(Math.max(frontStart, c.start - 30), c.start);
    // 「现向市人大常委会报告2013年我市依法行政情况」: a report to the congress presents its year as well.
    const lead = Math.max(before.lastIndexOf('现将'), before.lastIndexOf('现就'), before.lastIndexOf('现把'), before.lastIndexOf('现向'));
    if (lead >= 0 && !/[。;\n]/.test(before.slice(lead))) return found(view, c);
  }

  // A paragraph opening with the year: "2022年,我镇坚持…", "2024年以来", "2016年是…", "2022年南星街道
  // 法治政府建设工作,…", "2022年度深圳市坪山区法律援助中心共…" (a date or a plan was ruled out above).
  for (const c of opening) {
    const lineStart = view.lastIndexOf('\n', c.start - 1) + 1;
    if (!/^[\s?*•·]*$/.test(view.slice(lineStart, c.start))) continue;
    if (/^度?(?:,|以来|来|是|在|我|全|[\u4e00-\u9fff])/.test(view.slice(c.end, c.end + 3))) return found(view, c);
  }

  // A first heading naming the year: "一、2021年工作开展情况".
  for (const c of front) {
    if (/(?:^|\n)\s*一[、.]\s*$/.test(view.slice(Math.max(0, c.start - 6), c.start))) return found(view, c);
  }

  // A later numbered heading naming the year of what it counts, the enforcement-statistics template's (「二、2023年度行政执法
  // 案件情况」, 「(一)2023年行政处罚实施情况统计表」): when every such heading names the same year.
  const counted = front.filter(
    (c) => NUMBERED_BEFORE.test(view.slice(Math.max(0, c.start - 6), c.start)) && COUNTED_HEADING.test(view.slice(c.end, c.end + 24)),
  );
  if (counted.length > 0 && counted.every((c) => sameYear(view, c, counted[0]!))) return found(view, counted[0]!);

  // The heading of the part that looks back on the year, wherever a page ran it into the prose:
  // 「2011年工作回顾2011年,区政府…」, 「一、2023年度工作回顾」, 「2019年法治政府建设回顾」.
  for (const c of front) {
    if (RETROSPECTIVE_HEADING.test(view.slice(c.end, c.end + 16))) return found(view, c);
  }

  // The year as the subject of a clause or a sentence of the first paragraph: 「…以及市、区的部署,
  // 2023年,清波街道…」, 「法治是安邦治国的基石…的保证。2022年,在市委…领导下,全县…」.
  const firstParagraphEnd = view.indexOf('\n', bodyStart);
  for (const c of opening) {
    if (firstParagraphEnd !== -1 && c.start > firstParagraphEnd) break;
    if ((view[c.start - 1] === ',' || view[c.start - 1] === '。') && /^度?,/.test(view.slice(c.end, c.end + 2))) return found(view, c);
  }

  // Last: "2022年度法治政府建设…" anywhere in the report's prose.
  const prose = candidatesIn(view, bodyStart, view.length);
  for (const c of prose) {
    if (/^度?(?:法治政府建设|法治建设|依法行政)/.test(view.slice(c.end, c.end + 8))) return found(view, c);
  }
  // Or, in a report that states no year where reports state it, the one year its results are told of: 「2021年度共调处
  // 各类民间纠纷4398件」, 「2023年我市共受理法律援助案件1925件」 — when every such statement names the same year.
  const results = prose.filter((c) => RESULTS_OF_YEAR.test(view.slice(c.end, c.end + 4)));
  if (results.length > 0 && results.every((c) => sameYear(view, c, results[0]!))) return found(view, results[0]!);
  return yearOfPlanCarriedOut(view, bodyStart);
}

function sameYear(view: string, a: Candidate, b: Candidate): boolean {
  return view.slice(a.start, a.digitsEnd) === view.slice(b.start, b.digitsEnd);
}

/** A heading's number before its year: 二、, (一), 3.. */
const NUMBERED_BEFORE = /(?:^|\n)\s*(?:[一二三四五六七八九十]+\s*[、.]|\(\s*[一二三四五六七八九十\d]+\s*\)|\d{1,2}\s*[、.])\s*$/;
/** What a heading counting the year's work says after its year: …行政执法案件情况, …实施情况统计表. */
const COUNTED_HEADING = /^度?[^,。;\n]{0,16}?(?:情况|统计)[^,。;\n]{0,4}$/m;

/**
 * The plan the report says its year's work followed (「根据《…关于印发玉溪市2023年法治政府建设工作计划的通知》…,现将全年工作开展
 * 情况报告如下」): the plan's year is the year reported on. Only for a text that names its year nowhere else, the plan the
 * basis of the opening paragraph and the work presented as the whole year's.
 */
const PLAN_FOLLOWED =
  /^[^。\n]{0,12}?(?:根据|按照|依据|落实)《[^》]{0,60}?(?<!\d)(\d{4})\s?年度?[^》\d]{0,24}?(?:工作计划|工作要点|重点任务|任务清单)/;
const WHOLE_YEAR_PRESENTED = /现将(?:全年|本年度|年度)[^。\n]{0,20}?(?:报告|汇报|总结)如下/;
/** How far into the prose the opening paragraph that names the plan stands. */
const PLAN_FOLLOWED_REACH = 400;

function yearOfPlanCarriedOut(view: string, bodyStart: number): YearFound | null {
  const opening = view.slice(bodyStart, bodyStart + PLAN_FOLLOWED_REACH);
  const plan = opening.includes('《') ? PLAN_FOLLOWED.exec(opening) : null;
  if (plan === null || !WHOLE_YEAR_PRESENTED.test(opening.split('\n')[0]!)) return null;
  const value = Number(plan[1]);
  if (value < MIN_YEAR || value > MAX_YEAR) return null;
  const start = bodyStart + plan.index + plan[0].indexOf(plan[1]!, plan[0].indexOf('《'));
  return { value, start, end: start + 4 };
}

/** What follows a year that heads the report's look back on it: 工作回顾, 法治政府建设回顾, 度工作总结回顾. */
const RETROSPECTIVE_HEADING = /^度?[^,。;\n\d]{0,10}?回顾/;

/**
 * What follows a year that its results are told of: the place speaking of itself (我市, 本区), a total (共), or the
 * whole place's total (全县共). Not 全省 alone (「2021年,全省开展测评」 may be a higher level's year).
 */
const RESULTS_OF_YEAR = /^度?[,,]?(?:[我本][省市区县旗镇乡州]|全[省市区县旗镇乡州]共|共)/;

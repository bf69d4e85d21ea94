/**
 * Whose figure a number is (catalogue v2): the reporting place's own for the year, another year's,
 * a total over several years, or a higher level's. (`part` needs the other candidates of the
 * sentence and is judged in match.ts.) A marker governs the numbers after it in its own clause
 * (and, inside brackets, only inside them); a marker that opens a sentence governs the whole
 * sentence: 「2019年,…共调解300件」, 「五年来,…累计…」, 「全市…」.
 */

import { lastIndexWhere } from '../../lib/sorted';
import type { NumberMention } from '../numbers';
import type { JurisdictionLevel, Scope } from '../types';
import type { ParagraphView } from './paragraph';

/** What the matcher knows of the report when it judges scope. */
export interface ScopeContext {
  readonly reportYear: number | null;
  readonly level: JurisdictionLevel | null;
  /**
   * The report dates its figures to a month before the year's end somewhere (截至10月底): it was
   * written before the year ended, and its 目前/今年以来 figures are part of the year too.
   */
  readonly writtenBeforeYearEnd?: boolean;
  /**
   * The report presents itself as a part of the year's (「镜湖区司法局2024年上半年工作总结」, 「现将上半年工作
   * 开展情况总结如下」): every figure of its own is part of the year, dated or not.
   */
  readonly partOfYearReport?: boolean;
}

type MarkKind = 'year' | 'other_year' | 'cumulative' | 'partial_year' | 'higher_level' | 'own_place';

interface Mark {
  readonly kind: MarkKind;
  readonly start: number;
  readonly end: number;
  /** For a year mark, the year. */
  readonly year?: number;
  /** The mark opens its clause and so may govern the clauses after it. */
  readonly opensClause: boolean;
  /**
   * A span that ends its clause (「…工作体系建立两年来,」「…达到1.88.近两年,」) is the time of the
   * clauses after it, as an opening span is: it governs the rest of its sentence.
   */
  readonly closesClause?: boolean;
  /** A dated period across two years (2021年8月1日至2022年7月31日): opening a paragraph, it dates the whole paragraph. */
  readonly straddles?: boolean;
}

/** A year as a time ("2021年", "2021年度"), not a span start ("2021年以来") nor a deadline ("2021年底前"). */
const YEAR_MARK = /(\d{4})\s*年(?!度?以来|以来|底前|前)/g;
/** 「2019年为35件」「2019年:35件」: the year names only the figure right after it. */
const YEAR_AS_LABEL = /^\s*(度)?\s*(为|是|:|同期|的)/;
/** Another year named relative to the report's: 上年为…, 去年同期…, 较上年… */
const RELATIVE_YEAR = /上年度|上一年度?|上年|去年|前一年|同期为/g;
/**
 * Part of the year only: up to a month (截至11月底, 截止到11月30日, 截至目前 is not one; 截止11底 with its
 * 月 dropped too), a run of months short of the year (1-9月, 1至10月, 前11个月; not 1-12月), a half or quarters
 * (上半年, 前三季度, 1-3季度, 截至三季度末).
 */
const PARTIAL_YEAR =
  /(?:截至|截止|截止到|至)\s*(?:\d{4}年)?\s*(?:[1-9]|1[01])\s*月(?:底|末|份|\s*\d{1,2}\s*日)?|(?:截至|截止|截止到)\s*(?:[1-9]|1[01])\s*[底末](?!\d)|(?<![\d.])1\s*[-—~至到]\s*(?:[1-9]|1[01])\s*月(?!\d)|前\s*(?:[1-9]|1[01]|[二三四五六七八九十]|十一)\s*个月|(?<![\d.])1\s*[-—~至到]\s*[23]\s*季度|(?:截至|截止|截止到)\s*第?[一二三]季度|上半年|前三季度|第[一二三]季度|1-11月/g;
/**
 * Up to a day of December before its last (截至12月7日, 截止到2023年12月20日, 截至12月中旬, 1月1日至12月10日): part of the year too where it
 * stands (截至12月31日 and 截至12月底 are the year). Unlike a month before it, it does not make a whole report one written
 * before the year ended: a report written in its last month calls its 今年以来 the year's.
 */
const BEFORE_DECEMBER_END =
  /(?:截至|截止|截止到|(?<=\d\s*日\s*)(?:至|到|[-—~]))\s*(?:\d{4}年)?\s*12\s*月\s*(?:(?:[1-9]|[12]\d|30)\s*日|[上中]旬)/g;
const BEFORE_DECEMBER_END_WORDS = ['12'];
/**
 * 「目前」「今年以来」「今年迄今为止」: the year so far — part of the year in a report written before the year ended; in a review
 * written after it (no date before the year's end anywhere), the year itself, as 截至12月31日 is.
 */
const SO_FAR = /截至目前|截止目前|目前|今年以来|年初以来|年初至今|(?:今年)?迄今为止/g;

/**
 * Words one of which every match of a pattern holds (each of its alternatives writes one of them):
 * a text holding none is not searched. Most paragraphs date nothing to part of a year and name no
 * running total, and a search for a word is several times cheaper than the pattern's.
 */
const PARTIAL_YEAR_WORDS = ['月', '季度', '上半年', '底', '末'];
const CUMULATIVE_WORDS = ['年', '以来', '期间', '时期', '累计'];
const UP_TO_TOTAL_WORDS = ['累计'];
const YEAR_WORDS = ['年'];
const RELATIVE_YEAR_WORDS = ['年', '同期为'];

const holdsAny = (text: string, words: readonly string[]) => words.some((word) => text.includes(word));

/** The matches of a global `pattern` in `text`, none when `text` holds none of the words its every match holds. */
function matchesHolding(text: string, pattern: RegExp, words: readonly string[]): Iterable<RegExpExecArray> {
  return holdsAny(text, words) ? text.matchAll(pattern) : [];
}

/** Whether a text dates figures to a month before the year's end anywhere (截至10月底, 1-9月). */
export function datesToBeforeYearEnd(text: string): boolean {
  if (!holdsAny(text, PARTIAL_YEAR_WORDS)) return false;
  PARTIAL_YEAR.lastIndex = 0;
  const found = PARTIAL_YEAR.test(text);
  PARTIAL_YEAR.lastIndex = 0;
  return found;
}

/** A part of the year a report's title or presenting clause names as its period. */
const PART_OF_YEAR_PERIOD = /上半年|前三季度|第?[一二三]季度|(?<![\d.])1\s*[-—~至到]\s*(?:[1-9]|1[01])\s*月(?!\d)/;
/** 「现将上半年工作开展情况总结如下」: the clause presenting the report names its period. */
const PRESENTING_PART_OF_YEAR = new RegExp(`现将[^。;]{0,24}(?:${PART_OF_YEAR_PERIOD.source})[^。;]{0,24}(?:报告|总结|汇报)如下`);

/** Whether a report presents itself as a part of the year's: in its title, or in the clause presenting it. */
export function reportsPartOfYear(title: string | null, text: string): boolean {
  if (title !== null && PART_OF_YEAR_PERIOD.test(title)) return true;
  return holdsAny(text, ['现将']) && PRESENTING_PART_OF_YEAR.test(text);
}

/** A total over several years; a four-digit year before 年来 is a year-start span (SINCE_YEAR). */
const CUMULATIVE =
  /((?<!\d)[两二三四五六七八九十\d]{1,2}年(来|以来|间))|\d{4}\s*年?\s*[-—~至到–]\s*\d{4}\s*年(?!度?\s*(?:计划|规划|纲要))|近[两二三四五六七八九十\d]年|十[一二三四五]五"?(以来|期间|时期)|(十八大|十九大|二十大|建区|建县|建市|成立|组建|挂牌|运行)"?以来|(?<!今年|本年|年初|\d{4}年度?)以来[^,;。]{0,6}累计|历年|累计至今|至今累计/g;
/**
 * A dated period from a month of one year to a month of another (「2021年8月1日至2022年7月31日」, 「2019年4月
 * 至2021年3月」): a reform's first year or a term, not the calendar year a report's figures are of. Read as a span
 * only when its two years differ.
 */
const STRADDLING_PERIOD =
  /(\d{4})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:起?[-—~至到–])\s*(\d{4})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?/g;
const STRADDLING_WORDS = ['月'];
/**
 * A span from a year or a month of it to now (「2019年以来」「自2021年3月以来」「2018年6月以来」): cumulative when it starts
 * before the year reported on; from a month after January of that year (「2023年3月以来」), part of it.
 */
const SINCE_YEAR = /(\d{4})\s*年(?:度|\s*(\d{1,2})\s*月(?:份|\s*\d{1,2}\s*日)?)?\s*以来/g;
/**
 * 截至 a date, with 累计 after it: a running total. 「截至2022年底,共收到…」 alone is the year's own
 * stock, and so is 「截至年底,全年累计…」.
 */
const UP_TO_TOTAL = /(截至|截止)[^;。]{0,20}?(?<!全年|年内|当年|本年|今年)累计/g;
/** Ranking phrases are not scope: 「在全市率先」「全市排名第一」. */
const RANKING_AFTER = /^(率先|首|第一|排名|前列|之首|唯一|推广|通报|表彰|考核|评比|名列)/;

/** The places above each level whose totals a lower report may quote. */
const HIGHER_WORDS: Partial<Record<JurisdictionLevel, RegExp>> = {
  省: /全国/g,
  市: /全省|全自治区|全国/g,
  区: /全市|全省|全州|全盟|全自治区/g,
  县: /全市|全省|全州|全盟|全自治区/g,
  旗: /全市|全省|全盟|全自治区/g,
  开发区: /全市|全省|全州|全自治区/g,
  镇: /全县|全区|全市|全省|全州|全旗/g,
  乡: /全县|全区|全市|全省|全州|全旗/g,
  街道: /全区|全县|全市|全省|全州|全旗/g,
};
/** Words that bring a sentence back to the reporting place: 「全市…,其中我区…」. */
const OWN_PLACE: Partial<Record<JurisdictionLevel, RegExp>> = {
  省: /全省|我省|本省|全自治区|我区|全市|我市|本市/g,
  市: /全市|我市|本市|市本级|全州|我州|全盟/g,
  区: /我区|本区|全区|区本级/g,
  县: /我县|本县|全县|县本级/g,
  旗: /我旗|本旗|全旗/g,
  开发区: /我区|本区|全区|园区|开发区/g,
  镇: /我镇|本镇|全镇|全乡|我乡/g,
  乡: /我乡|本乡|全乡|全镇/g,
  街道: /街道|我街|全街/g,
};

/** Each searched pattern with its words (tests hold every alternative of the pattern to them). */
export const SCOPE_PATTERN_WORDS: readonly { readonly pattern: RegExp; readonly words: readonly string[] }[] = [
  { pattern: PARTIAL_YEAR, words: PARTIAL_YEAR_WORDS },
  { pattern: BEFORE_DECEMBER_END, words: BEFORE_DECEMBER_END_WORDS },
  { pattern: CUMULATIVE, words: CUMULATIVE_WORDS },
  { pattern: UP_TO_TOTAL, words: UP_TO_TOTAL_WORDS },
  { pattern: YEAR_MARK, words: YEAR_WORDS },
  { pattern: SINCE_YEAR, words: YEAR_WORDS },
  { pattern: STRADDLING_PERIOD, words: STRADDLING_WORDS },
  { pattern: RELATIVE_YEAR, words: RELATIVE_YEAR_WORDS },
];

/** Every scope marker of a paragraph, in order. Built once per paragraph. */
export function findScopeMarks(view: ParagraphView, context: ScopeContext): Mark[] {
  const { text } = view;
  const marks: Mark[] = [];
  const add = (kind: MarkKind, start: number, end: number, year?: number): void => {
    if (view.isInTitle(start)) return;
    marks.push({ kind, start, end, opensClause: opensClause(view, start), ...(year === undefined ? {} : { year }) });
  };
  // A span of years, which may also end its clause and so date the clauses after it.
  const addSpan = (start: number, end: number, straddles = false): void => {
    if (view.isInTitle(start)) return;
    marks.push({
      kind: 'cumulative',
      start,
      end,
      opensClause: opensClause(view, start),
      closesClause: closesClause(view, end),
      ...(straddles ? { straddles } : {}),
    });
  };
  if (context.reportYear !== null) {
    for (const match of matchesHolding(text, YEAR_MARK, YEAR_WORDS)) {
      const end = match.index + match[0].length;
      // 「2019年为35件」 labels one figure; it opens no span.
      const labelOnly = YEAR_AS_LABEL.test(text.slice(end, end + 4));
      const year = Number(match[1]);
      const mark: Mark = { kind: 'year', start: match.index, end, year, opensClause: !labelOnly && opensClause(view, match.index) };
      if (!view.isInTitle(match.index)) marks.push(mark);
    }
    for (const match of matchesHolding(text, SINCE_YEAR, YEAR_WORDS)) {
      const end = match.index + match[0].length;
      const year = Number(match[1]);
      if (year < context.reportYear) addSpan(match.index, end);
      else if (year === context.reportYear && Number(match[2] ?? 1) > 1 && !view.isInTitle(match.index)) {
        const opens = opensClause(view, match.index, YEAR_BEFORE_PERIOD);
        marks.push({ kind: 'partial_year', start: match.index, end, opensClause: opens, closesClause: closesClause(view, end) });
      }
    }
  }
  for (const match of matchesHolding(text, RELATIVE_YEAR, RELATIVE_YEAR_WORDS))
    add('other_year', match.index, match.index + match[0].length);
  // 「今年1-6月,…」「2024年上半年,…」: the period opens its clause with its year before it.
  const partsOfYear = [
    ...matchesHolding(text, PARTIAL_YEAR, PARTIAL_YEAR_WORDS),
    ...matchesHolding(text, BEFORE_DECEMBER_END, BEFORE_DECEMBER_END_WORDS),
  ];
  for (const match of partsOfYear) {
    const start = match.index;
    if (view.isInTitle(start)) continue;
    const end = start + match[0].length;
    marks.push({
      kind: 'partial_year',
      start,
      end,
      opensClause: opensClause(view, start, YEAR_BEFORE_PERIOD),
      closesClause: closesClause(view, end),
    });
  }
  if (context.writtenBeforeYearEnd)
    for (const match of text.matchAll(SO_FAR)) add('partial_year', match.index, match.index + match[0].length);
  for (const match of matchesHolding(text, CUMULATIVE, CUMULATIVE_WORDS)) addSpan(match.index, match.index + match[0].length);
  for (const match of matchesHolding(text, STRADDLING_PERIOD, STRADDLING_WORDS))
    if (match[1] !== match[2]) addSpan(match.index, match.index + match[0].length, true);
  for (const match of matchesHolding(text, UP_TO_TOTAL, UP_TO_TOTAL_WORDS)) add('cumulative', match.index, match.index + match[0].length);
  const higher = context.level ? HIGHER_WORDS[context.level] : undefined;
  if (higher) {
    for (const match of text.matchAll(higher)) {
      const end = match.index + match[0].length;
      if (RANKING_AFTER.test(text.slice(end, end + 2))) continue;
      add('higher_level', match.index, end);
    }
  }
  const own = context.level ? OWN_PLACE[context.level] : undefined;
  if (own) for (const match of text.matchAll(own)) add('own_place', match.index, match.index + match[0].length);
  marks.sort((a, b) => a.start - b.start);
  return withoutYearsOfSpans(withoutYearsOfPeriods(text, marks));
}

/** Only spaces or a comma between a part of the year and a year after it (「截至12月7日,2023年…」). */
const PERIOD_THEN_YEAR = /^[\s,]*$/;

/**
 * The marks without a year written right after a part of the year (「截至12月7日,2023年共受理…」): it says which year the
 * period is of, and the period, not the year, dates the figure (as it does written before it, 「2023年1-10月」). Marks sorted
 * by start.
 */
function withoutYearsOfPeriods(text: string, marks: Mark[]): Mark[] {
  return marks.filter((mark, index) => {
    if (mark.kind !== 'year' || index === 0) return true;
    const before = marks[index - 1]!;
    return !(before.kind === 'partial_year' && before.end <= mark.start && PERIOD_THEN_YEAR.test(text.slice(before.end, mark.start)));
  });
}

/**
 * The marks without the years that bound a span of years (「2021—2023年共受理…」): the span's last year may be the year
 * reported on, but the span, not that year, dates the figure. Marks sorted by start; linear, as a paragraph may hold many.
 */
function withoutYearsOfSpans(marks: Mark[]): Mark[] {
  const spans = marks.filter((mark) => mark.kind === 'cumulative');
  if (spans.length === 0) return marks;
  let span = 0;
  return marks.filter((mark) => {
    if (mark.kind !== 'year') return true;
    while (span < spans.length && spans[span]!.end < mark.end) span += 1;
    const enclosing = spans[span];
    return !(enclosing !== undefined && enclosing.start <= mark.start && mark.end <= enclosing.end);
  });
}

/**
 * Only spaces, brackets or an opening word before a mark that opens its clause; 同比 or 对比 before a year (「同比2022年行政检查
 * 1270件,实施行政处罚160起」) opens the figures of the year compared with, as the year alone does. (「与2022年相比,」 is a
 * clause of its own, and its year dates nothing after it.)
 */
const CLAUSE_OPENING = /^[\s在于(]*(?:同比|对比)?\s*$/;
/** The same, or the year a part of the year belongs to (「今年1-6月」「2024年上半年」「本年度1至9月」). */
const YEAR_BEFORE_PERIOD = /^[\s在于(]*(?:今年|本年度?|当年|\d{4}\s*年度?)?\s*$/;

/** True when only spaces, brackets or an opening word (`opening`) stand between the clause start and `position`. */
function opensClause(view: ParagraphView, position: number, opening: RegExp = CLAUSE_OPENING): boolean {
  const clause = view.clauses[view.clauseAt(position)];
  if (!clause) return false;
  return opening.test(view.text.slice(clause.start, position));
}

/** Only spaces or closing quotes between `position` and the end of its clause. */
const CLAUSE_CLOSING = /^[\s"”’)]*$/;

/** True when the clause holding `position - 1` ends at `position` but for spaces or closing quotes. */
function closesClause(view: ParagraphView, position: number): boolean {
  const clause = view.clauses[view.clauseAt(position - 1)];
  if (!clause) return false;
  return CLAUSE_CLOSING.test(view.text.slice(position, clause.end));
}

/** Index of the last mark ending at or before `position` (marks sorted by start, ends in the same order), or -1. */
function lastMarkBefore(marks: readonly Mark[], position: number): number {
  return lastIndexWhere(marks, (mark) => mark.end <= position);
}

/**
 * The marks that govern a number: those before it in its own clause (inside its brackets, when
 * the number is bracketed; never a bracketed mark for a number outside the brackets), and those
 * that open the sentence's first clause or open a clause of their own before it.
 */
function governingMarks(
  view: ParagraphView,
  marks: readonly Mark[],
  mention: NumberMention,
  clauseIndex: number,
  extraClause: number,
): Mark[] {
  const sentenceStart = view.sentenceStart(clauseIndex);
  const clauseStart = view.clauses[clauseIndex]!.start;
  const extraStart = extraClause >= 0 ? view.clauses[extraClause]!.start : Infinity;
  const extraEnd = extraClause >= 0 ? view.clauses[extraClause]!.end : -Infinity;
  const bracket = view.bracketAt(mention.start);
  const governing: Mark[] = [];
  // Marks are few per sentence; the walk back stops at the sentence start, and at most a bounded
  // number of marks are looked at, so a sentence of many marks stays linear.
  let looked = 0;
  for (let index = lastMarkBefore(marks, mention.start); index >= 0 && looked < MAX_MARKS_LOOKED_AT; index -= 1, looked += 1) {
    const mark = marks[index]!;
    if (mark.start < sentenceStart) break;
    const markBracket = view.bracketAt(mark.start);
    if (markBracket >= 0 && markBracket !== bracket) continue; // a bracketed mark speaks only inside its brackets
    const inOwnClause = mark.start >= clauseStart;
    const inSubjectClause = mark.start >= extraStart && mark.end <= extraEnd;
    if (inOwnClause || inSubjectClause || mark.opensClause || mark.closesClause === true) governing.push(mark);
  }
  return governing;
}

const MAX_MARKS_LOOKED_AT = 24;

/**
 * The period a paragraph's content opens with: a part of the year (「截止到2020年11月30日,…」, 「(三)化解
 * 行政争议。今年1-6月,…」: its first clause, or the first after its title, opens with the period, the
 * period's own year 「2024年上半年」 allowed before it) or a dated period across two years (「2021年8月1日至2022年7月31日,…共办理…。其中,依法受理9428件」), whose
 * figures are the period's throughout. Null when its first clause opens with neither.
 */
function openingPeriod(view: ParagraphView, marks: readonly Mark[]): Mark | null {
  const firstClause = view.label === null ? 0 : view.clauseAt(view.label.end + 1);
  for (const mark of marks) {
    const clause = view.clauseAt(mark.start);
    if (clause < firstClause) continue;
    if (clause > firstClause) return null;
    if (mark.kind === 'partial_year' || mark.straddles === true) return mark.opensClause ? mark : null;
    if (mark.kind !== 'year') return null;
  }
  return null;
}

/**
 * The scope of a number: the nearest governing marker decides (a year of the report or the
 * reporting place's own words reset it); another year's figure before a span, a span before a
 * higher level. `subjectClause` is the clause the indicator's subject was found in, when it was
 * an earlier one: its markers speak for the number too (「全市共受理…,办结…」).
 */
export function judgeScope(
  view: ParagraphView,
  marks: readonly Mark[],
  mention: NumberMention,
  clauseIndex: number,
  subjectClause: number,
  context: ScopeContext,
): Scope {
  const governing = governingMarks(view, marks, mention, clauseIndex, subjectClause);
  let timeDecided = false;
  let placeDecided = false;
  let scope: Scope = 'own';
  // Nearest first: a nearer year or place word overrides a farther one of the same kind.
  for (const mark of governing) {
    if (
      !timeDecided &&
      (mark.kind === 'year' || mark.kind === 'other_year' || mark.kind === 'cumulative' || mark.kind === 'partial_year')
    ) {
      timeDecided = true;
      if (mark.kind === 'year') {
        if (mark.year !== context.reportYear) return 'other_year';
      } else if (mark.kind === 'other_year') return 'other_year';
      else if (mark.kind === 'partial_year') return 'partial_year';
      else scope = 'cumulative';
    }
    if (!placeDecided && (mark.kind === 'higher_level' || mark.kind === 'own_place')) {
      placeDecided = true;
      if (mark.kind === 'higher_level' && scope === 'own') scope = 'higher_level';
    }
  }
  // No time word of its own sentence: a paragraph that opens with the part of the year its figures
  // run to speaks of it throughout (「截止到2020年11月30日,全市受理调解案件6368件…。全市共开展…排查发现
  // 矛盾纠纷1305件」); a sentence that names its year (「2025年全年共受理…」) speaks for itself.
  if (!timeDecided) {
    const period = openingPeriod(view, marks);
    if (period !== null) return period.kind === 'partial_year' ? 'partial_year' : 'cumulative';
  }
  // A half-year summary's figures are the half year's, whatever its sentences date.
  if (scope === 'own' && context.partOfYearReport === true) return 'partial_year';
  return scope;
}

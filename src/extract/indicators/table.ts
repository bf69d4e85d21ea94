/**
 * Rows of tables that a page flattened into lines: a header of years (「项目 2015年 2016年」) and
 * rows of a label, its unit in brackets and one figure per year (「执法案卷评查(卷) 214 236」). A
 * row's figure is read with its row's label, in the column of the year reported on — never a
 * stray cell: a row whose cells do not line up with its header's years is left alone.
 * All patterns run on the normalized view (simplified, half-width).
 */

import { findNumbers } from '../numbers';
import { type IndicatorCandidate, type MatchContext, matchParagraph } from './match';

/** A header line: an optional caption, then two or more years. */
const HEADER = /^\s*(?:项目|指标|类别|名称|内容|事项)?\s*((?:(?:19|20)\d{2}\s*年度?\s*){2,})$/;
const YEAR = /((?:19|20)\d{2})\s*年/g;
/** A row: a label without digits, an optional (unit), then the cells. */
const ROW = /^\s*([^\d\s()]{2,24}?)\s*(?:\(([^()\d]{1,4})\))?\s+((?:\d[\d,]*(?:\.\d+)?\s+)+\d[\d,]*(?:\.\d+)?)\s*$/;
const CELL = /\d[\d,]*(?:\.\d+)?/g;

/**
 * A page's table cells may be set off by bars (「指标 | 2022年 | 2023年 |」): read as spaces, one for one,
 * so that positions in the line stay those of the report.
 */
function withoutCellBars(line: string): string {
  return line.includes('|') ? line.replace(/\|/g, ' ') : line;
}

/** The years of a header line, in column order, or null when the line is no such header. */
export function tableHeaderYears(line: string): number[] | null {
  const header = HEADER.exec(withoutCellBars(line));
  if (!header) return null;
  return [...header[1]!.matchAll(YEAR)].map((match) => Number(match[1]));
}

/** Whether a line is a row of label and cells (whatever its indicator): the table goes on. */
export function isTableRow(line: string): boolean {
  return ROW.test(withoutCellBars(line));
}

/**
 * The candidate a table row gives for the year reported on, with the row as its quote, or null.
 * The row's label and unit are read as a sentence would be (「执法案卷评查236卷」), so that a row is
 * tied to an indicator by the same rules as prose.
 */
export function matchTableRow(row: string, years: readonly number[], context: MatchContext): IndicatorCandidate | null {
  if (context.reportYear === null) return null;
  const match = ROW.exec(withoutCellBars(row));
  if (!match) return null;
  const cells = [...match[3]!.matchAll(CELL)];
  const column = years.indexOf(context.reportYear);
  if (cells.length !== years.length || column === -1) return null;
  const cell = cells[column]!;
  const label = match[1]!;
  const unit = match[2] ?? '';
  const sentence = `${label}${cell[0]}${unit}`;
  const [candidate] = matchParagraph(sentence, findNumbers(sentence), context).filter((c) => c.scope === 'own');
  if (candidate === undefined) return null;
  const cellStart = match.index + match[0].indexOf(match[3]!) + cell.index;
  const rowStart = match.index + match[0].indexOf(label);
  return {
    ...candidate,
    quoteStart: rowStart,
    quoteEnd: cellStart + cell[0].length,
    // The label's words, as the row writes them.
    wording: [{ start: rowStart, end: rowStart + label.length }],
  };
}

/**
 * A statistics table of the national enforcement template, flattened with its cells set off by bars: a
 * caption naming 行政处罚, a header row of the kinds of penalty ending in a total column
 * (「警告、通报批评 | 罚款 | … | 合计(宗) | 罚没金额(万元) |」), then one row of numbers under it. The total
 * column of that row is the penalty decisions of the year; a row whose cells do not line up with the
 * header is left alone, and so is a table whose caption dates it to another year.
 */
export interface TotalColumn {
  /** The total's column in the header row (bars counted, trailing empty cells dropped). */
  readonly column: number;
  readonly cells: number;
  /** The measure word of the total (宗, 件). */
  readonly unit: string;
}

/** A penalty table's caption (「庆元县2024年度行政处罚实施情况统计表」「行政处罚实施数量(宗) | ||||」). */
const PENALTY_CAPTION = /行政处罚(实施|案件)?(情况|数量|数据)/;
/** The kinds a penalty table's header names before its total: the template's first columns. */
const PENALTY_KINDS = /警告|罚款/;
const TOTAL_CELL = /^合计\s*(?:\((宗|件)\))?$/;
const NUMBER_CELL = /^\d[\d,]*(?:\.\d+)?$/;

/** Whether a table's caption names a year other than the one reported on. */
function datesAnotherYear(caption: string, reportYear: number): boolean {
  for (const match of caption.matchAll(/((?:19|20)\d{2})\s*年/g)) if (Number(match[1]) !== reportYear) return true;
  return false;
}

/** The cells of a line set off by bars, trimmed, without the empty cells a closing bar leaves. */
function barCells(line: string): string[] | null {
  if (!line.includes('|')) return null;
  const cells = line.split('|').map((cell) => cell.trim());
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/**
 * The total column of a penalty table's header row, or null. `caption` is the text of the lines
 * just before it (the table's caption must name 行政处罚 there or in the row itself).
 */
export function penaltyTotalColumn(line: string, caption: string, reportYear: number | null): TotalColumn | null {
  const cells = barCells(line);
  if (cells === null || cells.length < 3 || !PENALTY_KINDS.test(line)) return null;
  if (cells.some((cell) => /\d/.test(cell))) return null;
  const column = cells.findIndex((cell) => TOTAL_CELL.test(cell));
  if (column === -1 || !PENALTY_CAPTION.test(caption + line)) return null;
  // A caption of another year's table (「2023年度行政处罚实施情况统计表」 in a 2024 report) is not the year's.
  if (reportYear === null || datesAnotherYear(caption, reportYear)) return null;
  const unit = TOTAL_CELL.exec(cells[column]!)![1] ?? /\((宗|件)\)/.exec(caption)?.[1] ?? '宗';
  return { column, cells: cells.length, unit };
}

/** The candidate a penalty table's total cell gives, read as the sentence 「行政处罚合计144宗」 would be, or undefined. */
function penaltyTotalCandidate(cell: string, unit: string, context: MatchContext): IndicatorCandidate | undefined {
  const sentence = `行政处罚合计${cell}${unit}`;
  return matchParagraph(sentence, findNumbers(sentence), context).find(
    (found) => found.scope === 'own' && found.indicator === 'enforcement.penalty_cases',
  );
}

/** The penalty decisions a row of numbers under a total column gives, with the cell as its quote, or null. */
export function matchTotalRow(row: string, total: TotalColumn, context: MatchContext): IndicatorCandidate | null {
  const cells = barCells(row);
  if (cells === null || cells.length !== total.cells || !cells.every((cell) => NUMBER_CELL.test(cell))) return null;
  const candidate = penaltyTotalCandidate(cells[total.column]!, total.unit, context);
  if (candidate === undefined) return null;
  // The cell's place in the row: past as many bars as columns before it.
  let start = 0;
  for (let bar = 0; bar < total.column; bar += 1) start = row.indexOf('|', start) + 1;
  const cellStart = row.indexOf(cells[total.column]!, start);
  const cellEnd = cellStart + cells[total.column]!.length;
  // No words of the row tie the cell to its indicator: the header's 合计 is another line's.
  return { ...candidate, quoteStart: cellStart, quoteEnd: cellEnd, wording: [], sentence: 0 };
}

/** How many lines before a one-cell-a-line header's 合计 are read as its caption and its kinds. */
const CELL_CAPTION_LINES = 24;
/** At most this many header cells follow 合计 (罚没金额…) before the row of numbers. */
const MAX_CELLS_AFTER_TOTAL = 3;
/** A header cell is a short label, without figures. */
const HEADER_CELL = /^[^\d]{1,16}$/;

/**
 * A penalty statistics table flattened one cell a line with its empty cells dropped (「警告」「罚款」…「合计(宗)」
 * 「罚没金额(万元)」, then 「31」「54」「59」「144」「4.1」): its columns cannot be lined up, but its total can be told by what a
 * total is. It is the cell as many places before the end of the row of numbers as the header names cells after 合计, and
 * the sum of the cells before it (two at least: the kinds of penalty). A cell that is not that sum is left alone, and so is
 * a table whose caption or kinds are not the penalty template's, or whose caption dates it to another year.
 * `lines` are the report's lines (paragraphs) in order; the answer maps a line's index to the total it states.
 */
export function cellColumnPenaltyTotals(lines: readonly string[], context: MatchContext): Map<number, IndicatorCandidate> {
  const totals = new Map<number, IndicatorCandidate>();
  const reportYear = context.reportYear;
  if (reportYear === null) return totals;
  lines.forEach((line, index) => {
    // Every line of every report comes here: one without 合计 (nearly all) is passed before it is trimmed and matched.
    if (!line.includes('合计')) return;
    const header = TOTAL_CELL.exec(line.trim());
    if (header === null) return;
    const caption = lines.slice(Math.max(0, index - CELL_CAPTION_LINES), index).join('\n');
    if (!PENALTY_KINDS.test(caption) || !PENALTY_CAPTION.test(caption)) return;
    if (datesAnotherYear(caption, reportYear)) return;
    let first = index + 1;
    while (first < lines.length && first - index <= MAX_CELLS_AFTER_TOTAL && HEADER_CELL.test(lines[first]!.trim())) first += 1;
    const cellsAfter = first - index - 1;
    let end = first;
    while (end < lines.length && NUMBER_CELL.test(lines[end]!.trim())) end += 1;
    const place = end - 1 - cellsAfter;
    if (place - first < 2) return;
    const value = (at: number): number => Number(lines[at]!.trim().replace(/,/g, ''));
    let kinds = 0;
    for (let at = first; at < place; at += 1) kinds += value(at);
    if (Math.abs(kinds - value(place)) > 1e-9) return;
    const cell = lines[place]!.trim();
    const candidate = penaltyTotalCandidate(cell, header[1] ?? /\((宗|件)\)/.exec(caption)?.[1] ?? '宗', context);
    if (candidate === undefined) return;
    const cellStart = lines[place]!.indexOf(cell);
    // No words of the line tie the cell to its indicator: the header's 合计 is another line's.
    totals.set(place, { ...candidate, quoteStart: cellStart, quoteEnd: cellStart + cell.length, wording: [], sentence: 0 });
  });
  return totals;
}

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

/** The candidate a penalty table's total cell gives, read as the sentence 「行政处罚合计144宗」 would be, or undefined. */
function penaltyTotalCandidate(cell: string, unit: string, context: MatchContext): IndicatorCandidate | undefined {
  const sentence = `行政处罚合计${cell}${unit}`;
  return matchParagraph(sentence, findNumbers(sentence), context).find(
    (found) => found.scope === 'own' && found.indicator === 'enforcement.penalty_cases',
  );
}

/** The cells of a line set off by bars, trimmed, without the empty cells a closing bar leaves. */
function barCells(line: string): string[] | null {
  if (!line.includes('|')) return null;
  const cells = line.split('|').map((cell) => cell.trim());
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** A bar table's total column header: 合计 with its measure word, spaces and all (「合计(宗)」「合 计 (件)」). */
const BAR_TOTAL_CELL = /^合\s*计\s*(?:\((宗|件|起)\))?$/;
/** A header cell naming the unit each row is (「单位名称」): its rows open with a name, not a figure. */
const UNIT_COLUMN = /^(?:单位|部门|执法(?:主体|机关|单位))(?:名称)?$/;
/** The label of the row that adds up the units of a table of several (「合计」「总 计」). */
const TOTAL_ROW_LABEL = /^[合总]\s*计$/;
/** A figure of a band the total is not in: a count may carry its measure word (「304册」). */
const FIGURE_CELL = /^\d[\d,]*(?:\.\d+)?[^\d\s]{0,2}$/;
/** A column of money (「罚没金额(万元)」「罚款金额」): a 合计 after such columns adds up money, not decisions. */
const MONEY_CELL = /金额|万元|\(元\)/;
/** A penalty table wraps its columns into at most this many bands of a header line and its value lines. */
const MAX_BANDS = 3;
/** The lines just above a bar table's first header that are read as its caption. */
const BAR_CAPTION_LINES = 2;

/** A band of a bar table: its header line's index and cells. */
interface Band {
  readonly header: number;
  readonly cells: readonly string[];
}

/** The cells of a header line of a bar table (labels, no figures), or null. */
function headerCells(line: string | undefined): string[] | null {
  const cells = line === undefined ? null : barCells(line);
  return cells !== null && cells.length >= 2 && cells.every((cell) => !/\d/.test(cell)) ? cells : null;
}

/** The cells of a value line under `header` (as many cells, each a figure but a unit's name), or null. */
function valueCells(line: string | undefined, header: readonly string[], figure: RegExp): string[] | null {
  const cells = line === undefined ? null : barCells(line);
  if (cells === null || cells.length !== header.length) return null;
  const named = UNIT_COLUMN.test(header[0]!) ? 1 : 0;
  return cells.every((cell, at) => (at < named ? cell !== '' && !/\d/.test(cell) : figure.test(cell))) ? cells : null;
}

/**
 * The bands before the one whose header is at `header`, each with `rows` value lines, nearest last: a page wraps a
 * wide table's columns into bands of a header line and its value lines (「单位名称 | 警告 | … |」「某局 | 8 | … |」,
 * then 「限制从业 | … | 合计(宗) | 罚没金额(万元) |」「0 | … | 9 | 0 |」).
 */
function bandsBefore(lines: readonly string[], header: number, rows: number): Band[] {
  const bands: Band[] = [];
  let next = header;
  while (bands.length < MAX_BANDS - 1) {
    const at = next - rows - 1;
    const cells = headerCells(lines[at]);
    if (cells === null) break;
    for (let row = at + 1; row < next; row += 1) if (valueCells(lines[row], cells, FIGURE_CELL) === null) return bands;
    bands.unshift({ header: at, cells });
    next = at;
  }
  return bands;
}

/**
 * A penalty statistics table flattened with its cells set off by bars, its columns in one band or wrapped into two or
 * three (a header line, then its value lines). Its total is the 合计 column of the value line under that header: the
 * penalty decisions of the year, the value line its quote. A value line whose cells do not line up with its header's
 * is left alone, and so is a header with no value line, a table whose caption does not name 行政处罚 or whose headers
 * name none of its kinds (a 行政许可 or 行政强制 table has its 合计 too), and one whose caption dates it to another year.
 * A table of several units is read by its row labelled 合计: the units a report's table lists are those its body
 * answers for (the bureau and its enforcement team), so their sum is what the report counts; without such a row none
 * of the units' figures is the body's. `lines` are the report's lines in order; the answer maps a line to its total.
 */
export function barBandPenaltyTotals(lines: readonly string[], context: MatchContext): Map<number, IndicatorCandidate> {
  const totals = new Map<number, IndicatorCandidate>();
  const reportYear = context.reportYear;
  if (reportYear === null) return totals;
  lines.forEach((line, index) => {
    // Every line of every report comes here: only a line with a bar and 计 is split into cells.
    if (!line.includes('|') || !line.includes('计')) return;
    const cells = headerCells(line);
    const column = cells === null ? -1 : cells.findIndex((cell) => BAR_TOTAL_CELL.test(cell));
    if (cells === null || column === -1 || cells.slice(0, column).some((cell) => MONEY_CELL.test(cell))) return;
    const valueRows: string[][] = [];
    let next = valueCells(lines[index + 1], cells, NUMBER_CELL);
    while (next !== null) {
      valueRows.push(next);
      next = valueCells(lines[index + 1 + valueRows.length], cells, NUMBER_CELL);
    }
    const rows = valueRows.length;
    if (rows === 0) return;
    const bands = [...bandsBefore(lines, index, rows), { header: index, cells }];
    const first = bands[0]!.header;
    const caption = lines.slice(Math.max(0, first - BAR_CAPTION_LINES), first).join('\n');
    const headers = bands.map((band) => lines[band.header]!).join('\n');
    if (!PENALTY_CAPTION.test(caption + headers) || !PENALTY_KINDS.test(headers)) return;
    if (datesAnotherYear(caption, reportYear)) return;
    const row = rows === 1 ? 0 : totalRowOf(lines, bands, rows);
    if (row === -1) return;
    const valueLine = lines[index + 1 + row]!;
    const cell = valueRows[row]![column]!;
    const unit = BAR_TOTAL_CELL.exec(cells[column]!)![1] ?? /\((宗|件|起)\)/.exec(caption)?.[1] ?? '宗';
    const candidate = penaltyTotalCandidate(cell, unit, context);
    if (candidate === undefined) return;
    const quoteStart = valueLine.length - valueLine.trimStart().length;
    // No words of the value line tie it to its indicator: the header's 合计 is another line's.
    totals.set(index + 1 + row, { ...candidate, quoteStart, quoteEnd: valueLine.trimEnd().length, wording: [], sentence: 0 });
  });
  return totals;
}

/** Which of a table's `rows` value lines adds up its units: the one a band with a unit column labels 合计, or -1. */
function totalRowOf(lines: readonly string[], bands: readonly Band[], rows: number): number {
  const named = bands.find((band) => UNIT_COLUMN.test(band.cells[0]!));
  if (named === undefined) return -1;
  for (let row = 0; row < rows; row += 1) if (TOTAL_ROW_LABEL.test(barCells(lines[named.header + 1 + row]!)![0]!)) return row;
  return -1;
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

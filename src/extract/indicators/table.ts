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

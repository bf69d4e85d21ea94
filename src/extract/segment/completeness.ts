/**
 * Whether a text stops mid-report: a report page saved or copied only in part (its first page, a
 * page cut off by the site). Such a text is still a report and still read; it is flagged
 * `partial`, so that a missing value is not taken for one the report does not state.
 */

import type { Paragraph } from '../types';
import { HEADING_L1 } from './constants';

/** How a finished paragraph ends: a sentence's end, a closing quote or bracket, an ellipsis. */
const FINISHED = /[。!?;…"'”’)\]】」』》]\s*$/;
/** A heading of any level with nothing under it: 「(2)优化政务服务事项办理流程」 last. */
const ANY_HEADING = /^(?:[一二三四五六七八九十]+[、.]|\(\s*[一二三四五六七八九十\d]+\s*\)|\d{1,2}[、.](?!\d))[^。,;]{2,40}$/;
/**
 * What a finished report may end with besides a sentence: its signature (an organ), its date, a
 * sign-off, an attachment list or a page's footer words.
 */
const ENDING_LINE =
  /(?:人民政府|政府|局|委员会|办公室|办事处|管委会|中心|党委|厅|部)$|^\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?$|^[〇○零一二三四五六七八九十]{4}年|特此报告|附件|^[^\u4e00-\u9fff]*$|[|│]$|责任编辑|来源|扫一扫|分享/;
/** A paragraph this long is prose, not a signature, a date or a caption. */
const PROSE_LENGTH = 40;
/**
 * Prose cut off right after a book title inside its sentence or after a list item's number, which end in a closing
 * mark as a finished sentence may: 「本市在《解放日报》」, 「今年已开展《中国共产党纪律处分条例》」, 「(4)没收违法所得;(5)」.
 * A byline in brackets after a sentence's end (「…短板。(滨湖区政协)」) is no such thing.
 */
const CUT_AFTER_MARK = /[^。!?;…\s]《[^《》\n]*》\s*$|\(\s*[\d一二三四五六七八九十]{1,2}\s*\)\s*$/;

/**
 * Prose cut right after a quotation mark that opens (「…深入推进法治化营商环境“」, 「…严格落实行政执法“」): in the matching view
 * both marks are `"`, so the last one opens when the paragraph holds an odd number of them.
 */
function endsOnOpeningQuote(text: string): boolean {
  if (!text.endsWith('"')) return false;
  let quotes = 0;
  for (const char of text) if (char === '"') quotes += 1;
  return quotes % 2 === 1;
}

/**
 * True when the text stops mid-report: its last paragraph is prose cut off mid-sentence, an
 * opening that announces what follows (…报告如下:), or a heading with nothing under it; or the
 * report numbers its parts and has only the first (一、 without 二、).
 *
 * @param paragraphs The report's paragraphs, in order.
 * @param view The same-length matching view of the text the paragraphs were cut from.
 */
export function stopsMidReport(paragraphs: readonly Paragraph[], view: string): boolean {
  const last = paragraphs.at(-1);
  if (last === undefined) return false;
  const text = view.slice(last.offset, last.offset + last.text.length).trim();
  if (last.isHeading || /[:]$/.test(text) || ANY_HEADING.test(text)) return true;
  if (text.length >= PROSE_LENGTH && !FINISHED.test(text)) return true;
  if (text.length >= PROSE_LENGTH && CUT_AFTER_MARK.test(text) && !ENDING_LINE.test(text)) return true;
  if (endsOnOpeningQuote(text)) return true;
  // A short last line that is no signature, date or sign-off is prose cut short (「组建」, 「(八」).
  if (paragraphs.length > 3 && !FINISHED.test(text) && !ENDING_LINE.test(text)) return true;
  const parts = paragraphs.filter((p) => HEADING_L1.test(view.slice(p.offset, p.offset + p.text.length)));
  return parts.length === 1 && /^\s*一/.test(view.slice(parts[0]!.offset, parts[0]!.offset + 2));
}

/**
 * Whether a text stops mid-report: a report page saved or copied only in part (its first page, a
 * page cut off by the site). Such a text is still a report and still read; it is flagged
 * `partial`, so that a missing value is not taken for one the report does not state.
 */

import type { Paragraph } from '../types';
import { HEADING_L1 } from './constants';

/** How a finished paragraph ends: a sentence's end, a closing quote or bracket, an ellipsis. */
const FINISHED = /[。!?;…"'”’)\]】」』》]\s*$/;
/** A paragraph this long is prose, not a signature, a date or a caption. */
const PROSE_LENGTH = 40;

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
  if (last.isHeading || /[:]$/.test(text)) return true;
  if (text.length >= PROSE_LENGTH && !FINISHED.test(text)) return true;
  const parts = paragraphs.filter((p) => HEADING_L1.test(view.slice(p.offset, p.offset + p.text.length)));
  return parts.length === 1 && /^\s*一/.test(view.slice(parts[0]!.offset, parts[0]!.offset + 2));
}

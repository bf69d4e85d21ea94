/**
 * The one line iterator of the extractor: a text's lines as offsets, so that every parser that
 * reads line by line (layout, dates, segmentation, places, recognition) cuts lines alike and keeps
 * offsets into the text.
 */

import type { TextSpan } from '../lib/spans';

/**
 * The lines of `text` between `from` and `to`, each without its line break, empty ones included; a
 * break right before `to` starts no further line.
 */
export function lineSpans(text: string, from = 0, to = text.length): TextSpan[] {
  const lines: TextSpan[] = [];
  let start = from;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > to) end = to;
    lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

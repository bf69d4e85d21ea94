/**
 * The one line iterator of the extractor: a text's lines as offsets, so that every parser that
 * reads line by line (layout, dates, segmentation, places, recognition) cuts lines alike and keeps
 * offsets into the text.
 */

import type { TextSpan } from '../lib/spans';

/** The last whole text cut into lines, and its lines: recognition, segmentation and the place finder each ask for the same report's. */
let lastText: string | null = null;
let lastLines: readonly TextSpan[] = [];

/**
 * The lines of `text` between `from` and `to`, each without its line break, empty ones included; a
 * break right before `to` starts no further line. The lines of a whole text are kept until another
 * whole text is asked for, and the same (read-only) array is given again.
 */
export function lineSpans(text: string, from = 0, to = text.length): readonly TextSpan[] {
  const whole = from === 0 && to === text.length;
  if (whole && text === lastText) return lastLines;
  const lines: TextSpan[] = [];
  let start = from;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > to) end = to;
    lines.push({ start, end });
    start = end + 1;
  }
  if (whole) {
    lastText = text;
    lastLines = lines;
  }
  return lines;
}

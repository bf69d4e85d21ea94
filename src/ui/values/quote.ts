/**
 * Cutting a paragraph at extraction offsets, so that quotes are marked by slicing the text itself
 * (never by injecting markup): what is highlighted is provably the report's own words.
 */

import type { ParagraphSpan } from '../../lib/spans';

/** A quote to mark in its paragraph, named by the extraction (or selection) it belongs to. */
export interface QuoteSpan extends ParagraphSpan {
  readonly id: string;
}

export interface TextSegment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Ids of the spans covering this segment, in the order given; empty for plain text. */
  readonly spanIds: readonly string[];
}

/**
 * Splits `text` at every span boundary. Overlapping spans are all kept: a segment lists each span
 * covering it. Spans outside the text or empty are ignored.
 */
export function segmentText(text: string, spans: readonly QuoteSpan[]): TextSegment[] {
  const valid = spans.filter((span) => span.start >= 0 && span.end <= text.length && span.start < span.end);
  const cuts = new Set<number>([0, text.length]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (start === end) continue;
    segments.push({
      text: text.slice(start, end),
      start,
      end,
      spanIds: valid.filter((span) => span.start <= start && span.end >= end).map((span) => span.id),
    });
  }
  return segments;
}

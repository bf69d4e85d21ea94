import { describe, expect, it } from 'vitest';

import type { ParagraphSpan, TextSpan } from './spans';

describe('the two kinds of span', () => {
  it('are not interchangeable: the type checker refuses one where the other is meant', () => {
    const inParagraph: ParagraphSpan = { start: 2, end: 5 };
    const inText: TextSpan = { start: 102, end: 105 };
    // @ts-expect-error a span of the whole text is not a span of a paragraph
    const wrongWay: ParagraphSpan = inText;
    // @ts-expect-error nor the other way round: a paragraph span needs the paragraph's offset first
    const otherWay: TextSpan = inParagraph;
    // What the checker refuses is the kind, not the numbers: no value carries a marker.
    expect([wrongWay, otherWay].map((span) => Object.keys(span))).toEqual([
      ['start', 'end'],
      ['start', 'end'],
    ]);
  });
});

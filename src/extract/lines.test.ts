import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { lineSpans } from './lines';

describe('lineSpans', () => {
  it('cuts a text into its lines as offsets, empty lines included', () => {
    const text = '标题\n\n正文第一段\n末行';
    expect(lineSpans(text).map((line) => text.slice(line.start, line.end))).toEqual(['标题', '', '正文第一段', '末行']);
    expect(lineSpans('a\n')).toEqual([{ start: 0, end: 1 }]);
    expect(lineSpans('')).toEqual([]);
  });

  it('reads a window of the text', () => {
    const text = 'one\ntwo\nthree';
    expect(lineSpans(text, 4, 10).map((line) => text.slice(line.start, line.end))).toEqual(['two', 'th']);
  });

  it('gives a whole text the lines it gave it before, whatever was asked in between', () => {
    const text = 'a\nbb\n';
    const first = lineSpans(text);
    expect(lineSpans('a\nbb\nccc', 2, 8)).toEqual([
      { start: 2, end: 4 },
      { start: 5, end: 8 },
    ]);
    expect(lineSpans(text)).toBe(first);
    expect(lineSpans('x\ny')).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 3 },
    ]);
    // The same words in another string are the same text.
    expect(lineSpans(['a', 'bb', ''].join('\n'))).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 4 },
    ]);
  });

  it('covers every character but the breaks, in order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const joined = lineSpans(text)
          .map((line) => text.slice(line.start, line.end))
          .join('\n');
        expect(joined).toBe(text.endsWith('\n') ? text.slice(0, -1) : text);
      }),
    );
  });
});

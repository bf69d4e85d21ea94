import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { SCOPE_PATTERN_WORDS } from '../src/extract/indicators/scope';
import { MODEL_TEXT, MODEL_TEXT_WORDS } from '../src/ingest/recognise';

/**
 * A pattern searched for only in texts holding one of its words (a cheap `includes` before the
 * regex) loses every match that holds none of them. The word lists sit beside patterns that change;
 * the fixtures' texts cover only the alternatives someone met. Here fast-check writes strings from
 * every alternative of the pattern itself, so a word missing for any alternative is found.
 */
const PREFILTERED: readonly { readonly name: string; readonly pattern: RegExp; readonly words: readonly string[] }[] = [
  ...SCOPE_PATTERN_WORDS.map(({ pattern, words }) => ({ name: `scope ${pattern.source.slice(0, 24)}…`, pattern, words })),
  { name: 'model text', pattern: MODEL_TEXT, words: MODEL_TEXT_WORDS },
];

/**
 * The pattern's source with its lookarounds removed: fast-check cannot write strings for them, and
 * what the rest matches is a superset of what the pattern matches, so a word every match of the
 * rest holds is one every match of the pattern holds.
 */
function withoutLookarounds(source: string): string {
  let kept = '';
  let inClass = false;
  for (let at = 0; at < source.length; at += 1) {
    const char = source[at]!;
    if (char === '\\') {
      kept += char + (source[at + 1] ?? '');
      at += 1;
    } else if (inClass) {
      inClass = char !== ']';
      kept += char;
    } else if (char === '(' && /^\(\?<?[=!]/.test(source.slice(at, at + 4))) {
      at = closingParenthesis(source, at);
    } else {
      inClass = char === '[';
      kept += char;
    }
  }
  return kept;
}

function closingParenthesis(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let at = open; at < source.length; at += 1) {
    const char = source[at]!;
    if (char === '\\') at += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')' && --depth === 0) return at;
  }
  throw new Error(`unbalanced group in ${source}`);
}

describe('the words a pattern is searched for only with', () => {
  it('removes lookarounds, nested groups and classes included, and keeps the rest', () => {
    expect(withoutLookarounds(String.raw`(?<!\d)a(?!b(c)|[)])d[(?=]e\(?=`)).toBe(String.raw`ad[(?=]e\(?=`);
  });

  it.each(PREFILTERED)('$name: every string its alternatives match holds one of its words', ({ pattern, words }) => {
    expect(words.length).toBeGreaterThan(0);
    const relaxed = new RegExp(withoutLookarounds(pattern.source), pattern.flags.replace('g', ''));
    fc.assert(
      fc.property(fc.stringMatching(relaxed), (text) => {
        const match = relaxed.exec(text);
        return match !== null && words.some((word) => match[0].includes(word));
      }),
      { numRuns: 400 },
    );
  });
});

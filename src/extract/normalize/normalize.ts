/**
 * The matching view of a report. Parsers match on this view; every span they return is also a
 * span of the original, because the view has exactly the original's length: each character is
 * replaced by one character. That makes the offset map the identity, which is cheaper and harder
 * to get wrong than a table, and `normalizeForMatching(x).length === x.length` is tested.
 */

import * as OpenCC from 'opencc-js/core';
import * as T2CN from 'opencc-js/preset/t2cn';

/** Traditional (Taiwan and Hong Kong variants alike) to mainland simplified. */
const toSimplified: (text: string) => string = OpenCC.ConverterFactory(
  T2CN.from.tw ?? [],
  T2CN.from.hk ?? [],
  T2CN.to.cn ?? [],
);

/**
 * Characters folded one to one before conversion. Full-width ASCII (U+FF01–U+FF5E) is folded by
 * arithmetic below; these are the other look-alikes that reports mix in.
 */
const FOLD: Readonly<Record<string, string>> = {
  '\u00a0': ' ', // NBSP, frequent in pasted web text
  '\u3000': ' ', // ideographic space
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u200b': ' ', // zero-width space: kept as a character so offsets survive
  '\ufeff': ' ',
  '\u3001': '、',
  '\u3002': '。',
  '\u2014': '—',
  '\u2013': '-',
  '\u2212': '-',
  '\u00b7': '·',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u3014': '〔',
  '\u3015': '〕',
  '\u3010': '【',
  '\u3011': '】',
  '\uff0e': '.',
};

function foldChar(ch: string): string {
  const mapped = FOLD[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  // Full-width forms map onto ASCII by a fixed offset; keep 、。 and CJK brackets as they are.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return ch;
}

/** Every character foldChar changes; a regex pass over only those is several times faster than a loop. */
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}\\uff01-\\uff5e]`, 'g');

function foldWidths(text: string): string {
  return text.replace(FOLDABLE, foldChar);
}

/**
 * Converts one line, keeping its length. OpenCC converts phrase by phrase, which is better than
 * character by character (乾坤 stays 乾坤), but a phrase may change length; when the line's length
 * changes we fall back to converting each character alone and keeping only one-to-one results.
 */
function simplifyLine(line: string): string {
  const converted = toSimplified(line);
  if (converted.length === line.length) return converted;
  let out = '';
  for (const ch of line) {
    const single = toSimplified(ch);
    out += single.length === ch.length ? single : ch;
  }
  return out;
}

/** Returns the matching view of `original`: simplified, half-width, same length. */
export function normalizeForMatching(original: string): string {
  const folded = foldWidths(original);
  const lines = folded.split('\n');
  return lines.map(simplifyLine).join('\n');
}

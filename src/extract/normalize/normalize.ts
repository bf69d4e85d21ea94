/**
 * The matching view of a report. Parsers match on this view; every span they return is also a
 * span of the original, because the view has exactly the original's length: each character is
 * replaced by one character. That makes the offset map the identity, which is cheaper and harder
 * to get wrong than a table, and `normalizeForMatching(x).length === x.length` is tested.
 *
 * The view is for matching only: whatever is shown to a person (a body, a place as written, a
 * title, a quote) is sliced from the original with the view's offsets.
 */

import { VARIANT_FOLDS, WIDTH_FOLDS } from './constants';
import { toSimplified } from './convert';
import { HAS_NAME_CHARACTER, restoreNameCharacters } from './name-guard';
import { TRADITIONAL_CHARACTERS } from './traditional-chars.generated';

/**
 * A line without any character the conversion changes is already simplified: most lines of most
 * reports. Converting it anyway cost most of the view's time (tested: a phrase of the converter's
 * dictionaries made only of such characters converts to itself).
 */
const HAS_TRADITIONAL = new RegExp(`[${TRADITIONAL_CHARACTERS}]`);

const FOLD: Readonly<Record<string, string>> = { ...WIDTH_FOLDS, ...VARIANT_FOLDS };

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
 * Characters that are place names in their own right stay where they complete one (乾县).
 */
function simplifyLine(line: string): string {
  if (!HAS_TRADITIONAL.test(line)) return line;
  let converted = toSimplified(line);
  if (converted.length !== line.length) {
    converted = '';
    for (const ch of line) {
      const single = toSimplified(ch);
      converted += single.length === ch.length ? single : ch;
    }
  }
  return HAS_NAME_CHARACTER.test(line) ? restoreNameCharacters(line, converted) : converted;
}

/** Returns the matching view of `original`: simplified, half-width, same length. */
export function normalizeForMatching(original: string): string {
  const folded = foldWidths(original);
  const lines = folded.split('\n');
  return lines.map(simplifyLine).join('\n');
}

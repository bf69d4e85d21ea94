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
import { toSimplifiedStaged } from './convert';
import { HAS_NAME_CHARACTER, restoreNameCharacters } from './name-guard';
import { TRADITIONAL_CHARACTERS, TRADITIONAL_PHRASES } from './traditional-chars.generated';

/**
 * A line without any character or phrase the conversion changes is already simplified: most lines
 * of most reports. Converting it anyway cost most of the view's time (tested: a phrase of the
 * converter's dictionaries made only of other characters converts to itself).
 */
const TRADITIONAL = new Uint8Array(0x10000);
const CONVERTS = 1;
/** A character that changes only inside some phrases (覆 of 反覆, not of 覆盖): the line converts when one of them is there. */
const IN_PHRASES = 2;
// By UTF-16 code unit, as a character class of them without the u flag reads them.
for (let i = 0; i < TRADITIONAL_CHARACTERS.length; i += 1) TRADITIONAL[TRADITIONAL_CHARACTERS.charCodeAt(i)] = CONVERTS;

/** A phrase of TRADITIONAL_PHRASES, by the code unit of its character that changes, and where that character is in it. */
const PHRASES_AT = new Map<number, { readonly phrase: string; readonly offset: number }[]>();
for (const [character, phrases] of Object.entries(TRADITIONAL_PHRASES)) {
  const code = character.charCodeAt(0);
  if (TRADITIONAL[code] !== CONVERTS) TRADITIONAL[code] = IN_PHRASES;
  const list = PHRASES_AT.get(code) ?? [];
  for (const phrase of phrases) list.push({ phrase, offset: phrase.indexOf(character) });
  PHRASES_AT.set(code, list);
}

/** True when the character at `at` (marked IN_PHRASES) is part of one of its phrases there. */
function inConvertingPhrase(text: string, at: number): boolean {
  for (const { phrase, offset } of PHRASES_AT.get(text.charCodeAt(at)) ?? []) {
    if (at >= offset && text.startsWith(phrase, at - offset)) return true;
  }
  return false;
}

const FOLD: Readonly<Record<string, string>> = { ...WIDTH_FOLDS, ...VARIANT_FOLDS };

function foldChar(ch: string): string {
  const mapped = FOLD[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  // Full-width forms map onto ASCII by a fixed offset; keep 、。 and CJK brackets as they are.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return ch;
}

/**
 * Every character foldChar changes, by UTF-16 code unit (0: kept as it is). The folds that keep a
 * character as it is (、。【】…) are listed to say so and change nothing. A scan of the text against
 * this table, copying the runs between folded characters, is several times cheaper than a regex over
 * a class of them (a class this size is tested by a search per character) and allocates only where a
 * character folds: most Chinese characters and lines fold none.
 */
const FOLDED_UNIT = new Uint16Array(0x10000);
for (let code = 0; code < 0x10000; code += 1) {
  const ch = String.fromCharCode(code);
  const folded = foldChar(ch);
  if (folded.length !== 1) throw new RangeError(`a fold must keep the length: U+${code.toString(16)}`);
  // A code unit foldChar keeps stays 0.
  if (folded !== ch) FOLDED_UNIT[code] = folded.charCodeAt(0);
}

function foldWidths(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i += 1) {
    const folded = FOLDED_UNIT[text.charCodeAt(i)]!;
    if (folded === 0) continue;
    out += text.slice(copied, i) + String.fromCharCode(folded);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Converts one line holding a character of TRADITIONAL, keeping its length. OpenCC converts phrase by phrase, which is better than
 * character by character (乾坤 stays 乾坤), but a phrase may change length; when the line's length
 * changes we fall back to converting each character alone and keeping only one-to-one results.
 * Characters that are place names in their own right stay where they complete one (乾县).
 */
function simplifyLine(line: string): string {
  let converted = toSimplifiedStaged(line);
  if (converted.length !== line.length) {
    converted = '';
    for (const ch of line) {
      const single = toSimplifiedStaged(ch);
      converted += single.length === ch.length ? single : ch;
    }
  }
  return HAS_NAME_CHARACTER.test(line) ? restoreNameCharacters(line, converted) : converted;
}

/**
 * The matching view made by converting every line, whatever it holds: what normalizeForMatching
 * must equal, only slower (tests hold the two equal: traditional-chars.test.ts).
 */
export function normalizeConvertingEveryLine(original: string): string {
  return foldWidths(original)
    .split('\n')
    .map((line) => simplifyLine(line))
    .join('\n');
}

/** By UTF-16 code unit: what the view's one scan does at it. The low bits are TRADITIONAL's, of the unit as folded. */
const UNIT_ACTION = new Uint8Array(0x10000);
const FOLDS = 4;
const ENDS_LINE = 8;
for (let code = 0; code < 0x10000; code += 1) {
  const folded = FOLDED_UNIT[code]!;
  UNIT_ACTION[code] = TRADITIONAL[folded === 0 ? code : folded]! | (folded === 0 ? 0 : FOLDS);
}
// A newline neither folds nor converts (its line is what converts), so its unit says only that a line ends.
if (UNIT_ACTION[0x0a] !== 0) throw new RangeError('a newline must neither fold nor convert');
UNIT_ACTION[0x0a] = ENDS_LINE;

/**
 * Returns the matching view of `original`: simplified, half-width, same length. What
 * normalizeConvertingEveryLine gives, made in one scan of the code units: a line holding a character
 * or phrase the conversion changes (judged as folded) is folded and converted, a line holding only
 * characters that fold is folded, and every other line (most of most reports) is kept as it is.
 */
export function normalizeForMatching(original: string): string {
  let view = '';
  let copied = 0;
  let lineStart = 0;
  let lineFolds = false;
  /** The line being scanned, folded: made once a character of it may convert only within a phrase. */
  let foldedLine: string | null = null;
  const length = original.length;
  for (let i = 0; i <= length; i += 1) {
    const action = i === length ? ENDS_LINE : UNIT_ACTION[original.charCodeAt(i)]!;
    if (action === 0) continue;
    if (action === ENDS_LINE) {
      if (lineFolds) {
        view += original.slice(copied, lineStart) + (foldedLine ?? foldWidths(original.slice(lineStart, i)));
        copied = i;
      }
      lineStart = i + 1;
      lineFolds = false;
      foldedLine = null;
      continue;
    }
    if ((action & FOLDS) !== 0) lineFolds = true;
    const trigger = action & ~FOLDS;
    if (trigger === 0) continue;
    const newline = original.indexOf('\n', i);
    const lineEnd = newline === -1 ? length : newline;
    if (trigger === IN_PHRASES) {
      foldedLine ??= foldWidths(original.slice(lineStart, lineEnd));
      if (!inConvertingPhrase(foldedLine, i - lineStart)) continue;
    }
    view += original.slice(copied, lineStart) + simplifyLine(foldedLine ?? foldWidths(original.slice(lineStart, lineEnd)));
    copied = lineEnd;
    // The line is done: the scan goes on at its end, which ends no folded line.
    i = lineEnd - 1;
    lineFolds = false;
    foldedLine = null;
  }
  return copied === 0 ? original : view + original.slice(copied);
}

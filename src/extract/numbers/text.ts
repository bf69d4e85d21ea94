/**
 * Character tests and fixed-position lookups the number parsers share. Every lookup reads a
 * bounded number of characters at a known position, so the scan stays linear in the text.
 */

import { MAX_INNER_SPACES } from './constants';

/** A table of words keyed by one character, each list longest first. */
export function indexBy(words: readonly string[], key: (word: string) => string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const word of words) {
    const k = key(word);
    const list = index.get(k);
    if (list) list.push(word);
    else index.set(k, [word]);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

export function isIdeograph(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/** True when `ch` is one of the characters of `set` (a missing character never is). */
export function oneOf(set: string, ch: string | undefined): boolean {
  return ch !== undefined && set.includes(ch);
}

export function skipSpacesForward(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && p - pos < MAX_INNER_SPACES && isSpace(text[p])) p += 1;
  return p;
}

export function skipSpacesBackward(text: string, pos: number, floor: number): number {
  let p = pos;
  while (p > floor && pos - p < MAX_INNER_SPACES && isSpace(text[p - 1])) p -= 1;
  return p;
}

export function isLineStart(text: string, pos: number): boolean {
  let p = pos;
  while (p > 0 && isSpace(text[p - 1])) p -= 1;
  return p === 0 || text[p - 1] === '\n' || text[p - 1] === '\r';
}

/** The longest word of `index` starting at `pos`, or null. */
export function wordAt(index: Map<string, string[]>, text: string, pos: number): string | null {
  const list = index.get(text[pos] ?? '');
  if (!list) return null;
  for (const word of list) if (text.startsWith(word, pos)) return word;
  return null;
}

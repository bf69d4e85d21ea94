/**
 * A regular expression tried only on a text that holds one of the words each of its matches must hold
 * (「预算」 or 「决算」 for a budget's title): `includes` over a text is far cheaper than a search that tries
 * the pattern at each character, and most texts and lines hold none of the words. The answer is the
 * pattern's own whenever the words are right: a text without any of them has no match anyway.
 */
export function holdsAnyWord(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

/** `pattern.test`, skipped (false) on a text holding none of `words`, every one of its matches holding one. */
export function wordGated(pattern: RegExp, words: readonly string[]): (text: string) => boolean {
  if (pattern.global || pattern.sticky) throw new Error(`wordGated: ${pattern} keeps state between tests (g or y flag)`);
  if (words.length === 0 || words.includes('')) throw new Error('wordGated: an empty list or word gates nothing');
  return (text) => holdsAnyWord(text, words) && pattern.test(text);
}

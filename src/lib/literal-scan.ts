/**
 * The matches of a list of words in a text, as a global search of their alternation
 * (`new RegExp(words.join('|'), 'g')`, words without special characters) finds them: left to
 * right, at each position the first word of the list that stands there, the search going on after
 * it. Only the positions holding some word's first character are tried: over a whole report, the
 * regular expression tried every alternative at every character, several times slower.
 */
export interface LiteralMatch {
  readonly start: number;
  readonly word: string;
}

/** What a first character may start: nothing, only words of two characters or more, or a word of one. */
const STARTS_NOTHING = 0;
const STARTS_LONGER = 1;
const STARTS_SINGLE = 2;

/**
 * `overlapping`: a word is looked for at every position, also inside the word found before it (通海 then 海安 in
 * 开通海安), as short names of places are read, where one may end inside a word of prose.
 */
export function literalScanner(words: readonly string[], { overlapping = false } = {}): (text: string) => LiteralMatch[] {
  const startsWord = new Uint8Array(0x10000);
  const byFirst = new Map<number, string[]>();
  // The first two code units of the longer words: most positions holding a first character (新, 上,
  // 安 of the provinces' names) are ruled out by the next one without trying a word.
  const firstPairs = new Set<number>();
  for (const word of words) {
    if (word === '') throw new Error('literalScanner: an empty word matches everywhere');
    const first = word.charCodeAt(0);
    if (word.length === 1) startsWord[first] = STARTS_SINGLE;
    else {
      if (startsWord[first] === STARTS_NOTHING) startsWord[first] = STARTS_LONGER;
      firstPairs.add(first * 0x10000 + word.charCodeAt(1));
    }
    const list = byFirst.get(first) ?? [];
    list.push(word);
    byFirst.set(first, list);
  }
  const wordAt = (text: string, i: number): string | undefined => {
    const first = text.charCodeAt(i);
    const starts = startsWord[first];
    if (starts === STARTS_NOTHING) return undefined;
    if (starts === STARTS_LONGER && !firstPairs.has(first * 0x10000 + text.charCodeAt(i + 1))) return undefined;
    for (const word of byFirst.get(first)!) if (text.startsWith(word, i)) return word;
    return undefined;
  };
  return (text) => {
    const matches: LiteralMatch[] = [];
    for (let i = 0; i < text.length;) {
      const word = wordAt(text, i);
      if (word === undefined) {
        i += 1;
        continue;
      }
      matches.push({ start: i, word });
      i += overlapping ? 1 : word.length;
    }
    return matches;
  };
}

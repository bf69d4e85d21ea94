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

export function literalScanner(words: readonly string[]): (text: string) => LiteralMatch[] {
  const startsWord = new Uint8Array(0x10000);
  const byFirst = new Map<number, string[]>();
  for (const word of words) {
    if (word === '') throw new Error('literalScanner: an empty word matches everywhere');
    const first = word.charCodeAt(0);
    startsWord[first] = 1;
    const list = byFirst.get(first) ?? [];
    list.push(word);
    byFirst.set(first, list);
  }
  return (text) => {
    const matches: LiteralMatch[] = [];
    for (let i = 0; i < text.length;) {
      const word = startsWord[text.charCodeAt(i)] === 1 ? byFirst.get(text.charCodeAt(i))!.find((w) => text.startsWith(w, i)) : undefined;
      if (word === undefined) {
        i += 1;
        continue;
      }
      matches.push({ start: i, word });
      i += word.length;
    }
    return matches;
  };
}

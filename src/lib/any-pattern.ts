/**
 * One test for "does any of these patterns match": the patterns of each set of flags joined into
 * one alternation (two: those anchored at the start, and the others). A list tested one by one reads the text once per pattern; the alternation reads
 * it once, trying each pattern where it could start (a line's chrome test took half the time).
 * An alternation matches exactly where one of its parts does, since a part's anchors, lookarounds
 * and groups keep their meaning inside `(?:…)`; what would not — a stateful g or y flag, a
 * backreference by number (its group's number moves) — is refused when the test is made.
 */
export function anyPattern(patterns: readonly RegExp[]): (text: string) => boolean {
  const byKind = new Map<string, { flags: string; sources: string[] }>();
  for (const pattern of patterns) {
    if (pattern.global || pattern.sticky) throw new Error(`anyPattern: ${pattern} keeps state between tests (g or y flag)`);
    if (/\\[1-9]/.test(pattern.source)) throw new Error(`anyPattern: ${pattern} refers to a group by number`);
    // The patterns anchored at the text's start are joined apart: an alternation of only such
    // patterns is tried at the start alone, where one with a single unanchored part is tried at
    // every character, its anchored parts included (most chrome patterns of a line are anchored).
    const kind = `${pattern.flags}:${anchoredAtStart(pattern)}`;
    const group = byKind.get(kind) ?? { flags: pattern.flags, sources: [] };
    group.sources.push(`(?:${pattern.source})`);
    byKind.set(kind, group);
  }
  const joined = [...byKind.values()].map(({ flags, sources }) => new RegExp(sources.join('|'), flags));
  return (text) => joined.some((pattern) => pattern.test(text));
}

/**
 * True when every top-level alternative of the pattern opens with ^ and ^ means the text's start
 * (no m flag). Only how the patterns are grouped depends on it, never what the test answers.
 */
function anchoredAtStart(pattern: RegExp): boolean {
  if (pattern.multiline) return false;
  const source = pattern.source;
  let depth = 0;
  let inClass = false;
  let alternativeStart = 0;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') i += 1;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (ch === '|' && depth === 0) {
      if (source[alternativeStart] !== '^') return false;
      alternativeStart = i + 1;
    }
  }
  return source[alternativeStart] === '^';
}

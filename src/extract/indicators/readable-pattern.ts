/**
 * The wordings a rule's pattern accepts, as a reader of the indicator page can read them: the
 * rules (rules.ts) are the one place a wording is defined, and the page shows them rather than a
 * second list that could drift. Only the small part of regular-expression syntax the rules use is
 * read: alternatives, groups, `?`; lookarounds are conditions, not words, and are left out; a gap
 * of any characters (`[^,;。]{0,10}?`, `.*`) is shown as 「…」 and the number's place (`#`, see the
 * matcher) as 「N」.
 */

type Atom =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'group'; readonly alternatives: Sequence[]; readonly optional: boolean };
type Sequence = Atom[];

/** Alternatives of one sequence are written out when there are at most this many; else compactly. */
const MAX_EXPANSIONS = 6;

const GAP = '…';
const NUMBER = 'N';

/** The pattern's source with conditions removed and gaps written as 「…」, ready to be parsed. */
function simplify(source: string): string {
  let text = source;
  // Lookarounds (nested groups included): conditions on the context, not wordings.
  for (;;) {
    const start = text.search(/\(\?<?[=!]/);
    if (start < 0) break;
    let depth = 0;
    let end = start;
    for (; end < text.length; end += 1) {
      if (text[end] === '\\') end += 1;
      else if (text[end] === '(') depth += 1;
      else if (text[end] === ')' && (depth -= 1) === 0) break;
    }
    text = text.slice(0, start) + text.slice(end + 1).replace(/^[?*]|^\{\d*,?\d*\}/, '');
  }
  return (
    text
      // A class or any character, repeated (a gap), or one of a class (a character of a set).
      .replace(/(\[[^\]]*\]|\.)(\{\d*,?\d*\}|[*+])\??/g, GAP)
      .replace(/\[\^?[^\]]*\]/g, GAP)
      .replace(/\\d(\{\d*,?\d*\}|[*+])?/g, NUMBER)
      .replace(/\\s[*+?]?/g, '')
      .replace(/\\(.)/g, '$1')
      .replace(/[\^$]/g, '')
      .replace(/#/g, NUMBER)
      .replace(/"\?/g, '')
      .replace(/\(\?:/g, '(')
  );
}

function parseAlternatives(text: string, at: { i: number }): Sequence[] {
  const alternatives: Sequence[] = [[]];
  while (at.i < text.length) {
    const char = text[at.i] as string;
    if (char === ')') break;
    at.i += 1;
    const current = alternatives[alternatives.length - 1] as Sequence;
    if (char === '|') alternatives.push([]);
    else if (char === '(') {
      const inner = parseAlternatives(text, at);
      at.i += 1; // the closing parenthesis
      const optional = text[at.i] === '?';
      if (optional) at.i += 1;
      current.push({ kind: 'group', alternatives: inner, optional });
    } else if (char === '?' && current.length > 0) {
      // An optional character: written as a group of one.
      const last = current.pop() as Atom;
      current.push({ kind: 'group', alternatives: [[last]], optional: true });
    } else current.push({ kind: 'text', text: char });
  }
  return alternatives;
}

function expand(sequence: Sequence): string[] {
  let results = [''];
  for (const atom of sequence) {
    const options =
      atom.kind === 'text'
        ? [atom.text]
        : [...(atom.optional ? [''] : []), ...atom.alternatives.flatMap((alternative) => expand(alternative))];
    results = results.flatMap((prefix) => options.map((option) => prefix + option));
    if (results.length > 64) return results;
  }
  return results;
}

/** 「(案件/申请)」 for a choice of one, 「[应诉]」 for a part that may be left out. */
function compact(sequence: Sequence): string {
  return sequence
    .map((atom) => {
      if (atom.kind === 'text') return atom.text;
      const inner = atom.alternatives.map(compact).join('/');
      if (atom.optional) return `[${inner}]`;
      return atom.alternatives.length === 1 ? inner : `(${inner})`;
    })
    .join('');
}

/** Collapses runs of gaps (「……」) and trims gaps at either end: a wording, not a pattern. */
function tidy(wording: string): string {
  return wording.replace(/…+/g, GAP).replace(/^…|…$/g, '');
}

/**
 * The wordings a pattern accepts, in its order, without repeats: each alternative written out
 * when it has few forms (出庭(应诉)?率 → 出庭率, 出庭应诉率), else compactly: a choice of one as
 * 「(撤销/变更)」, a part that may be left out as 「[案件]」, a gap as 「…」 (「(撤销/变更)…(共计/合计)」).
 */
export function readablePattern(pattern: RegExp): string[] {
  const sequences = parseAlternatives(simplify(pattern.source), { i: 0 });
  const wordings = sequences.flatMap((sequence) => {
    const forms = expand(sequence);
    return forms.length <= MAX_EXPANSIONS ? forms : [compact(sequence)];
  });
  return [...new Set(wordings.map(tidy).filter((wording) => wording !== '' && wording !== GAP))];
}

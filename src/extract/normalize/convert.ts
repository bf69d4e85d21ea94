/**
 * The converter of the matching view: traditional (Taiwan and Hong Kong variants alike) to mainland
 * simplified, with opencc-js's small core and its t2cn preset (the full import is ten times larger).
 */

import * as OpenCC from 'opencc-js/core';
import * as T2CN from 'opencc-js/preset/t2cn';

/**
 * A node of a stage's trie, as opencc-js's `Trie` holds it but of one shape: what the key ending
 * here is replaced by (undefined: no key ends here), and the nodes one code point further.
 */
interface TrieNode {
  readonly value: string | undefined;
  readonly next: ReadonlyMap<number, TrieNode> | null;
}

/**
 * One stage of the converter: opencc-js's trie of its dictionaries (loaded by opencc-js in its
 * order, so the same keys and values), copied into nodes of one shape, and the keys it changes by
 * the code unit they start with.
 */
interface Stage {
  /** The trie's first level by BMP code unit (an array index is several times cheaper than a Map's look-up). */
  readonly firstBmp: readonly (TrieNode | undefined)[];
  readonly firstAstral: ReadonlyMap<number, TrieNode>;
  /** By code unit: 1 when a changed key starts with it, 2 when the code unit alone is a changed key. */
  readonly startsChange: Uint8Array;
  readonly changedKeys: ReadonlyMap<number, readonly string[]>;
}

/** opencc-js's trie node: a Map by code point, with the replacement of a key ending there as a property. */
type OpenccTrieMap = Map<number, OpenccTrieMap> & { trie_val?: string };

function copyNode(map: OpenccTrieMap): TrieNode {
  const next = map.size === 0 ? null : new Map([...map].map(([code, child]) => [code, copyNode(child)] as const));
  return { value: map.trie_val, next };
}

const STARTS_CHANGED_KEY = 1;
/**
 * The code unit alone is a key the stage changes: a text holding it needs no further look. Its
 * phrases come before it in the dictionaries, each of them tried first otherwise.
 */
const CHANGES_ALONE = 2;

function stageOf(group: NonNullable<typeof T2CN.to.cn>): Stage {
  const startsChange = new Uint8Array(0x10000);
  const changedKeys = new Map<number, string[]>();
  // Every entry of every dictionary of the stage whose replacement differs: a superset of those its
  // trie keeps (where two dictionaries hold a key, the trie keeps one), so never one too few.
  for (const dictionary of group.flat() as unknown[]) {
    if (typeof dictionary !== 'string') throw new TypeError('opencc-js dictionaries are expected as strings');
    for (const entry of dictionary.split('|')) {
      const [key = '', value] = entry.split(' ');
      if (key === '' || value === key) continue;
      const code = key.charCodeAt(0);
      startsChange[code] = key.length === 1 || startsChange[code] === CHANGES_ALONE ? CHANGES_ALONE : STARTS_CHANGED_KEY;
      const list = changedKeys.get(code) ?? [];
      list.push(key);
      changedKeys.set(code, list);
    }
  }
  // ConverterFactory(group) makes one trie per dictionary group of the stage, run in turn; the
  // presets hold one group per stage, which is what is copied here.
  if (group.length !== 1) throw new TypeError('opencc-js stages are expected as one dictionary group each');
  const trie = new OpenCC.Trie();
  trie.loadDictGroup(group[0]!);
  const first = copyNode((trie as unknown as { map: OpenccTrieMap }).map).next ?? new Map<number, TrieNode>();
  const firstBmp = new Array<TrieNode | undefined>(0x10000).fill(undefined);
  const firstAstral = new Map<number, TrieNode>();
  for (const [code, node] of first) {
    if (code <= 0xffff) firstBmp[code] = node;
    else firstAstral.set(code, node);
  }
  return { firstBmp, firstAstral, startsChange, changedKeys };
}

/** How many characters an ideographic description character (⿰, ⿱…) combines. */
function ideographicDescriptionArity(code: number): number {
  if (code >= 0x2ff0 && code <= 0x2ff1) return 2;
  if (code >= 0x2ff2 && code <= 0x2ff3) return 3;
  if (code >= 0x2ff4 && code <= 0x2fff) return 2;
  return 0;
}

/** Where the ideographic description sequence starting at `at` ends; 0 when none starts there (opencc-js's rule). */
function ideographicDescriptionEnd(text: string, at: number): number {
  const code = text.codePointAt(at)!;
  const arity = ideographicDescriptionArity(code);
  if (arity === 0) return 0;
  let end = at + (code > 0xffff ? 2 : 1);
  for (let n = 0; n < arity; n += 1) {
    if (end >= text.length) return 0;
    const childEnd = ideographicDescriptionEnd(text, end);
    end = childEnd || end + (text.codePointAt(end)! > 0xffff ? 2 : 1);
  }
  return end;
}

/**
 * One stage's conversion, as opencc-js's `Trie.convert` does it: at each position the longest key
 * of the trie is replaced by its value, and where none starts, one code point (or a whole
 * ideographic description sequence) is kept. Kept runs are copied in slices, where opencc-js
 * allocates a match object per position and joins an array of parts: its conversion cost a tenth
 * of a traditional report's extraction.
 */
function convertStage(stage: Stage, text: string): string {
  let out = '';
  let copied = 0;
  const length = text.length;
  for (let i = 0; i < length;) {
    const code = text.codePointAt(i)!;
    let node = code > 0xffff ? stage.firstAstral.get(code) : stage.firstBmp[code];
    let matchEnd = 0;
    let value = '';
    for (let j = i + (code > 0xffff ? 2 : 1); node !== undefined;) {
      if (node.value !== undefined) {
        matchEnd = j;
        value = node.value;
      }
      if (node.next === null || j >= length) break;
      const nextCode = text.codePointAt(j)!;
      node = node.next.get(nextCode);
      j += nextCode > 0xffff ? 2 : 1;
    }
    if (matchEnd > 0) {
      out += text.slice(copied, i) + value;
      copied = matchEnd;
      i = matchEnd;
      continue;
    }
    const sequenceEnd = ideographicDescriptionArity(code) === 0 ? 0 : ideographicDescriptionEnd(text, i);
    i = sequenceEnd > i ? sequenceEnd : i + (code > 0xffff ? 2 : 1);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The converter's stages in its order: Taiwan variants, Hong Kong variants, then traditional to simplified. */
const STAGES: readonly Stage[] = [T2CN.from.tw ?? [], T2CN.from.hk ?? [], T2CN.to.cn ?? []].map(stageOf);

/**
 * The conversion, stage after stage: what opencc-js's ConverterFactory(tw, hk, cn) makes of the
 * same dictionaries (one trie per stage, each converting what the one before gave), with its tries
 * built once for this and {@link toSimplifiedStaged} (tested against opencc-js's own converter).
 */
export function toSimplified(text: string): string {
  let converted = text;
  for (const stage of STAGES) converted = convertStage(stage, converted);
  return converted;
}

/** True when a key the stage changes occurs in `text`: otherwise each of its matches is replaced by itself. */
function stageChanges(stage: Stage, text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const starts = stage.startsChange[text.charCodeAt(i)];
    if (starts === CHANGES_ALONE) return true;
    if (starts !== STARTS_CHANGED_KEY) continue;
    for (const key of stage.changedKeys.get(text.charCodeAt(i))!) if (text.startsWith(key, i)) return true;
  }
  return false;
}

/**
 * {@link toSimplified}, running each stage only on a text holding a key it changes. A stage's trie
 * replaces each match by its value and copies the rest, so on a text with no changed key it gives
 * the text back: skipping it changes nothing (tested against toSimplified). Most traditional lines
 * hold no Taiwan or Hong Kong variant, and the first two stages cost as much as the third.
 */
export function toSimplifiedStaged(text: string): string {
  let converted = text;
  for (const stage of STAGES) if (stageChanges(stage, converted)) converted = convertStage(stage, converted);
  return converted;
}

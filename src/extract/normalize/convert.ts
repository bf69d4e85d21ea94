/**
 * The converter of the matching view: traditional (Taiwan and Hong Kong variants alike) to mainland
 * simplified, with opencc-js's small core and its t2cn preset (the full import is ten times larger).
 */

import * as OpenCC from 'opencc-js/core';
import * as T2CN from 'opencc-js/preset/t2cn';

/**
 * One stage of the converter, as opencc-js builds it (the same dictionaries, so the same trie), and
 * the keys it changes by the code unit they start with.
 */
interface Stage {
  readonly convert: (text: string) => string;
  readonly startsChange: Uint8Array;
  readonly changedKeys: ReadonlyMap<number, readonly string[]>;
}

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
      startsChange[code] = 1;
      const list = changedKeys.get(code) ?? [];
      list.push(key);
      changedKeys.set(code, list);
    }
  }
  return { convert: OpenCC.ConverterFactory(group), startsChange, changedKeys };
}

/** The converter's stages in its order: Taiwan variants, Hong Kong variants, then traditional to simplified. */
const STAGES: readonly Stage[] = [T2CN.from.tw ?? [], T2CN.from.hk ?? [], T2CN.to.cn ?? []].map(stageOf);

/**
 * The conversion, stage after stage: what opencc-js's ConverterFactory(tw, hk, cn) makes of the
 * same dictionaries (one trie per stage, each converting what the one before gave), with its tries
 * built once for this and {@link toSimplifiedStaged}.
 */
export function toSimplified(text: string): string {
  let converted = text;
  for (const stage of STAGES) converted = stage.convert(converted);
  return converted;
}

/** True when a key the stage changes occurs in `text`: otherwise each of its matches is replaced by itself. */
function stageChanges(stage: Stage, text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    if (stage.startsChange[text.charCodeAt(i)] !== 1) continue;
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
  for (const stage of STAGES) if (stageChanges(stage, converted)) converted = stage.convert(converted);
  return converted;
}

/**
 * What tells the matching view which lines to convert, computed from the converter itself: the
 * source of traditional-chars.generated.ts (computing it takes tens of milliseconds, too slow for
 * every worker's start, so it is generated once and checked by a test).
 */
import * as T2CN from 'opencc-js/preset/t2cn';

import { toSimplified } from './convert';

/** CJK ranges a report's characters come from: the unified ideographs (with extension A) and the compatibility block. */
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x9fff],
  [0xf900, 0xfaff],
];

/** One entry of a conversion dictionary: a character or phrase and what it becomes. */
type Entry = readonly [key: string, value: string];

/**
 * The converter's three stages, in its order (src/extract/normalize/convert.ts): Taiwan variants,
 * Hong Kong variants, then traditional to simplified. Each is a list of dictionaries.
 */
function stageEntries(): Entry[][] {
  return [T2CN.from.tw ?? [], T2CN.from.hk ?? [], T2CN.to.cn ?? []].map((group) =>
    (group.flat() as unknown[]).flatMap((dictionary) =>
      typeof dictionary === 'string'
        ? dictionary
            .split('|')
            .map((entry): Entry => {
              const [key = '', value = ''] = entry.split(' ');
              return [key, value];
            })
            .filter(([key]) => key.length > 0)
        : [],
    ),
  );
}

/** Every key (character or phrase) of the conversion's dictionaries. */
export function dictionaryKeys(): string[] {
  return stageEntries().flatMap((entries) => entries.map(([key]) => key));
}

/** The characters of `key` that its conversion `value` changes: all of them when the length changes. */
function changedCharacters(key: string, value: string): string[] {
  return [...key].filter((ch, index) => value.length !== key.length || value[index] !== ch);
}

export interface LineTriggers {
  /** A line holding any of these characters is converted. */
  readonly characters: string;
  /**
   * A line holding none of `characters` is converted when it holds one of these phrases, listed by
   * the first character in them that changes (a rare one, where their first may be as common as 反).
   */
  readonly phrases: Readonly<Record<string, readonly string[]>>;
}

/**
 * What makes a line need converting. A character the conversion changes on its own makes it; so
 * does a character it changes only inside a phrase (瞭 of 一目瞭然, 覆 of 反覆), unless that character
 * can be told safe without converting: then only the phrases it converts in make a line converted
 * (覆盖 is simplified, 反覆 is not). A phrase-only character is told safe when
 *
 * - no phrase that converts and holds it holds a character of `characters` as well (二 of 二噁英 is
 *   dropped: 噁 already makes the line converted), or is listed among `phrases` otherwise; and
 * - no phrase of the last stage holding it holds a character an earlier stage can produce (坏 of
 *   坏戶 stays a trigger: the Hong Kong stage makes 户 into 戶, so 坏户 converts although neither of its
 *   characters does alone).
 */
export function lineTriggers(): LineTriggers {
  const stages = stageEntries();
  const alone = new Set<string>();
  for (const [from, to] of RANGES) {
    for (let code = from; code <= to; code += 1) {
      const ch = String.fromCharCode(code);
      if (toSimplified(ch) !== ch) alone.add(ch);
    }
  }
  const keys = [...new Set(stages.flat().map(([key]) => key))];
  // And those of the dictionaries outside these ranges (𠁞: a code point of two code units).
  for (const key of keys) if ([...key].length === 1 && toSimplified(key) !== key) alone.add(key);
  // Characters converted only inside a phrase: where a phrase of the dictionaries converts, the characters that change.
  const phraseOnly = new Set<string>();
  for (const key of keys) {
    const converted = toSimplified(key);
    if (converted === key) continue;
    for (const ch of changedCharacters(key, converted)) if (!alone.has(ch)) phraseOnly.add(ch);
  }
  // What the first two stages can write in a character's place: the last stage sees those, not the line.
  const produced = new Set(stages.slice(0, -1).flatMap((entries) => entries.flatMap(([key, value]) => changedCharacters(value, key))));
  const lastStageKeys = stages.at(-1)!.map(([key]) => key);
  const characters = new Set(alone);
  for (const ch of phraseOnly) {
    const seenChanged = lastStageKeys.some((key) => key.includes(ch) && [...key].some((other) => produced.has(other)));
    if (seenChanged) characters.add(ch);
  }
  const phrases: Record<string, string[]> = {};
  for (const key of keys.sort()) {
    const anchor = [...key].find((ch) => phraseOnly.has(ch));
    if (anchor === undefined || [...key].some((ch) => characters.has(ch)) || toSimplified(key) === key) continue;
    (phrases[anchor] ??= []).push(key);
  }
  return { characters: [...characters].sort().join(''), phrases };
}

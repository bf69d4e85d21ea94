/**
 * The characters the matching view's conversion changes, computed from the converter itself: the
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

export function traditionalCharacters(): string {
  const chars = new Set<string>();
  for (const [from, to] of RANGES) {
    for (let code = from; code <= to; code += 1) {
      const ch = String.fromCharCode(code);
      if (toSimplified(ch) !== ch) chars.add(ch);
    }
  }
  // Characters converted only inside a phrase (瞭 of 一目瞭然, 藉 of 以免藉口): where a phrase of the
  // dictionaries converts, the characters that change count too.
  for (const key of dictionaryKeys()) {
    const converted = toSimplified(key);
    if (converted === key) continue;
    [...key].forEach((ch, index) => {
      if (converted.length !== key.length || converted[index] !== ch) chars.add(ch);
    });
  }
  return [...chars].sort().join('');
}

/** Every key (character or phrase) of the conversion's dictionaries. */
export function dictionaryKeys(): string[] {
  const dictionaries = [...(T2CN.from.tw ?? []), ...(T2CN.from.hk ?? []), ...(T2CN.to.cn ?? [])].flat() as unknown[];
  return dictionaries.flatMap((dictionary) =>
    typeof dictionary === 'string'
      ? dictionary
          .split('|')
          .map((entry) => entry.split(' ')[0]!)
          .filter((key) => key.length > 0)
      : [],
  );
}

/**
 * Keeps place names whole through traditional→simplified conversion. Some characters are names in
 * their own right (乾县, 於潜镇) while the converter treats them as traditional forms (乾 → 干): at
 * each position where the converter changed one of them, the original character is put back when
 * it completes a name there — a name of the division tables, or a short form the place finder
 * reads alone (乾安 of 乾安县, 濛江街 of 濛江街道), since a standalone short name
 * is as much a name as the full one.
 */

import { countyStem, DIVISIONS } from '../metadata/divisions';
import { NAME_CHARACTERS } from './constants';

/** A division name holding a guarded character, and where in the name that character is. */
interface Holder {
  readonly name: string;
  readonly at: number;
}

let holders: ReadonlyMap<string, readonly Holder[]> | null = null;

/**
 * Every name a report may write for a place: the tables' names and aliases, and the short forms
 * the place finder reads (provinces' and prefectures' short names, streets without 道, county stems).
 */
export function guardedPlaceNames(): Set<string> {
  const names = new Set<string>(DIVISIONS.byName.keys());
  for (const short of DIVISIONS.provinceShort.keys()) names.add(short);
  for (const short of DIVISIONS.cityShort.keys()) names.add(short);
  for (const short of DIVISIONS.streetShort.keys()) names.add(short);
  for (const rows of DIVISIONS.byName.values()) {
    for (const row of rows) {
      if (row.kind !== 'county') continue;
      const stem = countyStem(row.name);
      if (stem.length >= 2) names.add(stem);
    }
  }
  return names;
}

/** Place names by the guarded characters they hold; built on first use. */
function holdersOf(ch: string): readonly Holder[] {
  if (holders === null) {
    const map = new Map<string, Holder[]>();
    for (const name of guardedPlaceNames()) {
      for (let at = 0; at < name.length; at += 1) {
        const c = name[at]!;
        if (!NAME_CHARACTERS.includes(c)) continue;
        const list = map.get(c) ?? [];
        list.push({ name, at });
        map.set(c, list);
      }
    }
    holders = map;
  }
  return holders.get(ch) ?? [];
}

/** Matches a line that holds a guarded character; most lines hold none and are skipped at once. */
export const HAS_NAME_CHARACTER = new RegExp(`[${NAME_CHARACTERS}]`);

/** True when `name` reads at `start` of `line`, with `line` taken from `converted` except at `keep`. */
function readsAt(name: string, start: number, converted: string, keep: number, ch: string): boolean {
  if (start < 0 || start + name.length > converted.length) return false;
  for (let j = 0; j < name.length; j += 1) {
    const i = start + j;
    if ((i === keep ? ch : converted[i]) !== name[j]) return false;
  }
  return true;
}

/**
 * Puts back guarded characters of `original` that `converted` (its same-length conversion)
 * changed, where they complete a division name.
 */
export function restoreNameCharacters(original: string, converted: string): string {
  let out: string[] | null = null;
  for (let i = 0; i < original.length; i += 1) {
    const ch = original[i]!;
    if (ch === converted[i] || !NAME_CHARACTERS.includes(ch)) continue;
    if (holdersOf(ch).some((h) => readsAt(h.name, i - h.at, converted, i, ch))) {
      out ??= converted.split('');
      out[i] = ch;
    }
  }
  return out === null ? converted : out.join('');
}

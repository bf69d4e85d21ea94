/**
 * Pinyin for place names: searching 高陵区 by "gaoling" or "gl", and romanised names beside the
 * Chinese ones in the English interface. pinyin-pro (its dictionary is most of its size) is loaded
 * on demand, the first time a search box is used or the English interface shows a name, never
 * before the first chart. Until it arrives, search matches Chinese text and names show alone.
 */

import { useEffect, useState } from 'react';

/** The part of pinyin-pro the dashboard uses. */
export interface PinyinApi {
  /** Indices of `text` matched by a pinyin query (full syllables, initials, or a mix); null when it does not match. */
  match(text: string, query: string, options?: { continuous?: boolean; insensitive?: boolean }): number[] | null;
  /** The syllables of `text`, without tones. */
  syllables(text: string): string[];
}

let loading: Promise<PinyinApi> | null = null;

/** Loads pinyin-pro once (its own chunk). */
export function loadPinyin(): Promise<PinyinApi> {
  loading ??= import('pinyin-pro').then(({ match, pinyin }): PinyinApi => ({
    match: (text, query, options) => match(text, query, options) ?? null,
    syllables: (text) => pinyin(text, { toneType: 'none', type: 'array' }),
  }));
  return loading;
}

/** pinyin-pro once `wanted` has been true (null until it has loaded). */
export function usePinyin(wanted: boolean): PinyinApi | null {
  const [api, setApi] = useState<PinyinApi | null>(null);
  useEffect(() => {
    if (!wanted || api) return undefined;
    let live = true;
    void loadPinyin().then((loaded) => {
      if (live) setApi(loaded);
    });
    return () => {
      live = false;
    };
  }, [wanted, api]);
  return api;
}

/** Suffixes romanised as a word of their own ("Furong Qu"), longest first. */
const PLACE_SUFFIXES = [
  '自治县',
  '自治旗',
  '自治州',
  '开发区',
  '高新区',
  '新区',
  '街道',
  '地区',
  '省',
  '市',
  '区',
  '县',
  '旗',
  '镇',
  '乡',
  '盟',
];

/** Syllables written as one word, an apostrophe before a vowel-initial syllable (Xi'an). */
function word(syllables: readonly string[]): string {
  const joined = syllables.map((syllable, i) => (i > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** A place name in pinyin, its level suffix apart: 芙蓉区 → "Furong Qu", 西安市 → "Xi'an Shi". */
export function romanizePlace(name: string, api: PinyinApi): string {
  const suffix = PLACE_SUFFIXES.find((candidate) => name.endsWith(candidate) && name.length > candidate.length);
  const stem = suffix ? name.slice(0, -suffix.length) : name;
  const parts = [word(api.syllables(stem))];
  if (suffix) parts.push(word(api.syllables(suffix)));
  return parts.join(' ');
}

/**
 * A place's name as a chart, an image or a printed page writes it (text, not markup): in the
 * English interface with its pinyin beside it, "芙蓉区 Furong Qu"; the name alone in Chinese, or
 * until pinyin has loaded, or when the name has no Chinese in it.
 */
export function chartPlaceName(name: string, lang: 'zh' | 'en', api: PinyinApi | null): string {
  return lang === 'en' && api && /[\u4e00-\u9fff]/.test(name) ? `${name} ${romanizePlace(name, api)}` : name;
}

/** What a place search looks in. */
export interface SearchablePlace {
  readonly name: string;
  readonly province?: string | null;
  readonly city?: string | null;
  readonly county?: string | null;
  readonly id?: string;
}

/**
 * Whether a place matches a search: its name, province, city, county or id contain the query
 * (Chinese or Latin, any case), or — once pinyin has loaded — the query is the name (or city) in
 * pinyin, whole or by initials: "gaoling", "gl" and "gao ling" all find 高陵区.
 */
export function placeMatches(query: string, place: SearchablePlace, api: PinyinApi | null): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  const texts = [place.name, place.province, place.city, place.county, place.id].filter((text): text is string => typeof text === 'string');
  if (texts.some((text) => text.toLowerCase().includes(needle))) return true;
  if (!api || !/^[a-z\s']+$/.test(needle)) return false;
  const compact = needle.replace(/[\s']+/g, '');
  return [place.name, place.city].some(
    (text) => typeof text === 'string' && api.match(text, compact, { continuous: true, insensitive: true }) !== null,
  );
}

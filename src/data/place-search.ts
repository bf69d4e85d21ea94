/**
 * Search over every place of a dataset — 45,000 at national scale (provinces to townships) — by
 * Chinese name (simplified or traditional input), pinyin ("taolin", "tao lin"), initials ("tlz")
 * or a mix ("taolz", "桃lin"), with the parents typed too when a name is common ("榆中 城关镇",
 * "榆中县城关镇").
 *
 * Pure and isomorphic, in three steps:
 * 1. {@link buildPlaceSearchIndex}, at extraction time in Node: the places with their pinyin. The
 *    pinyin and the traditional-character table come from tools the caller injects (pinyin-pro and
 *    opencc, src/cli/extract/write-place-search.ts), so that this module imports neither: the browser must
 *    not load pinyin-pro's dictionary to search places. Without tools it builds a Chinese-only
 *    index, which is what the dashboard does for a data folder written before the search file.
 * 2. {@link toPlaceSearchFile} / {@link fromPlaceSearchFile}: the compact columns of
 *    `search/places.json` (src/data/schema/place-search.ts) and back.
 * 3. {@link prepareSearch}, once when the file is loaded: posting lists (character → places,
 *    syllable → places, pair of initials → places), so that a keystroke looks at the few places that
 *    can match instead of all 45,000; then {@link searchPlaces} per keystroke.
 */

import type { JurisdictionLevel } from '../extract/light';
import { type JurisdictionEntry, PLACE_SEARCH_VERSION, type PlaceSearchFile } from './schema';

/** One searchable place. */
export interface PlaceRecord {
  readonly id: string;
  readonly name: string;
  readonly level: JurisdictionLevel | null;
  /** GB/T 2260 (6 digits) or a township's 9-digit code; null when unresolved. */
  readonly code: string | null;
  readonly province: string | null;
  readonly city: string | null;
  /** The county of a town or street. */
  readonly county: string | null;
  /** Toneless pinyin, one syllable per character of the name ("_" for one without); null when built without pinyin. */
  readonly syllables: readonly string[] | null;
  /** The syllables joined: "taolinzhen"; "" without pinyin. */
  readonly pinyin: string;
  /** The syllables' first letters: "tlz"; "" without pinyin. */
  readonly initials: string;
}

export interface PlaceSearchIndex {
  readonly places: readonly PlaceRecord[];
  /** The syllables of every name the places and their parents have; empty when built without pinyin. */
  readonly syllablesByName: ReadonlyMap<string, readonly string[]>;
  /** Traditional character → the simplified one place names use (see the schema's `traditional`). */
  readonly traditional: ReadonlyMap<string, string>;
  /** False for an index built without pinyin: only Chinese queries can match. */
  readonly hasPinyin: boolean;
}

/** What building an index with pinyin needs; pinyin-pro and opencc in Node. */
export interface PlaceSearchTools {
  /** Toneless syllables of a name, one per character (ü as v). */
  readonly syllablesOf: (name: string) => readonly string[];
  /** Every traditional character a converter changes on its own. */
  readonly traditionalCharacters: string;
  /** The converter, traditional to simplified. */
  readonly toSimplified: (text: string) => string;
}

/** Marks a character without pinyin (a bracket, a digit) in a syllable list. */
const NO_SYLLABLE = '_';

/** A name's syllables, one per character: whatever the tool returns is made to line up with the characters. */
function alignedSyllables(name: string, syllablesOf: PlaceSearchTools['syllablesOf']): string[] {
  const characters = [...name];
  const clean = (syllable: string | undefined) => (syllable !== undefined && /^[a-z]+$/.test(syllable) ? syllable : NO_SYLLABLE);
  const whole = syllablesOf(name);
  if (whole.length === characters.length) return whole.map((syllable) => clean(syllable.toLowerCase()));
  // The tool grouped characters (a run of non-Chinese ones): ask per character, losing only context.
  return characters.map((character) => clean(syllablesOf(character)[0]?.toLowerCase()));
}

/**
 * Traditional characters whose simplified form some name uses, and which no name uses itself: a
 * character a simplified name contains (乾 of 乾县, 於 of 於潜镇) is left as typed.
 */
function traditionalTable(alphabet: ReadonlySet<string>, tools: PlaceSearchTools): Map<string, string> {
  const table = new Map<string, string>();
  for (const character of tools.traditionalCharacters) {
    if (alphabet.has(character)) continue;
    const simplified = tools.toSimplified(character);
    if (simplified !== character && [...simplified].length === 1 && alphabet.has(simplified)) table.set(character, simplified);
  }
  return table;
}

/**
 * The places of a dataset's jurisdictions, with their pinyin when `tools` are given. A
 * jurisdiction without a name (a report that does not name its place) cannot be searched by name
 * and is left out.
 */
export function buildPlaceSearchIndex(jurisdictions: readonly JurisdictionEntry[], tools?: PlaceSearchTools): PlaceSearchIndex {
  const named = jurisdictions.filter(
    (jurisdiction): jurisdiction is JurisdictionEntry & { name: string } => jurisdiction.name !== null && jurisdiction.name !== '',
  );
  const names = new Set<string>();
  for (const place of named) for (const name of [place.name, place.province, place.city, place.county]) if (name) names.add(name);
  const syllablesByName = new Map<string, string[]>();
  if (tools) for (const name of names) syllablesByName.set(name, alignedSyllables(name, tools.syllablesOf));
  const alphabet = new Set([...names].flatMap((name) => [...name]));
  const places = named.map((place) => placeRecord(place, syllablesByName.get(place.name) ?? null));
  return { places, syllablesByName, traditional: tools ? traditionalTable(alphabet, tools) : new Map(), hasPinyin: tools !== undefined };
}

function placeRecord(place: JurisdictionEntry & { name: string }, syllables: readonly string[] | null): PlaceRecord {
  return {
    id: place.id,
    name: place.name,
    level: place.level,
    code: place.code,
    province: place.province,
    city: place.city,
    county: place.county,
    syllables,
    pinyin: syllables ? syllables.filter((syllable) => syllable !== NO_SYLLABLE).join('') : '',
    initials: syllables
      ? syllables
          .filter((syllable) => syllable !== NO_SYLLABLE)
          .map((syllable) => syllable[0])
          .join('')
      : '',
  };
}

/**
 * The index as `search/places.json` stores it. Places are written in the order given (the
 * jurisdictions' order), so the same dataset gives the same bytes.
 */
export function toPlaceSearchFile(index: PlaceSearchIndex): PlaceSearchFile {
  if (!index.hasPinyin) throw new Error('the place-search file carries pinyin: build the index with tools');
  const names: string[] = [];
  const position = new Map<string, number>();
  const ref = (name: string | null): number => {
    if (name === null || name === '') return -1;
    let at = position.get(name);
    if (at === undefined) {
      at = names.length;
      names.push(name);
      position.set(name, at);
    }
    return at;
  };
  const { places } = index;
  const columns = {
    id: places.map((place) => (place.id === place.code ? '' : place.id)),
    code: places.map((place) => place.code),
    name: places.map((place) => ref(place.name)),
    level: places.map((place) => place.level),
    province: places.map((place) => ref(place.province)),
    city: places.map((place) => ref(place.city)),
    county: places.map((place) => ref(place.county)),
  };
  return {
    placeSearchVersion: PLACE_SEARCH_VERSION,
    names,
    pinyin: names.map((name) => (index.syllablesByName.get(name) ?? [...name].map(() => NO_SYLLABLE)).join(' ')),
    traditional: [...index.traditional].map(([traditional, simplified]) => traditional + simplified).join(''),
    places: columns,
  };
}

/** The index of a validated `search/places.json`. */
export function fromPlaceSearchFile(file: PlaceSearchFile): PlaceSearchIndex {
  const syllablesByName = new Map(file.names.map((name, i) => [name, (file.pinyin[i] ?? '').split(' ')] as const));
  const nameAt = (ref: number): string | null => (ref < 0 ? null : (file.names[ref] ?? null));
  const { places: columns } = file;
  const places = columns.id.map((id, i): PlaceRecord => {
    const name = nameAt(columns.name[i]!)!;
    const code = columns.code[i] ?? null;
    return placeRecord(
      {
        id: id === '' ? code! : id,
        name,
        level: columns.level[i] ?? null,
        code,
        province: nameAt(columns.province[i]!),
        city: nameAt(columns.city[i]!),
        county: nameAt(columns.county[i]!),
        placeProvenance: { province: null, city: null },
      },
      syllablesByName.get(name) ?? null,
    );
  });
  const characters = [...file.traditional];
  const traditional = new Map<string, string>();
  for (let i = 0; i + 1 < characters.length; i += 2) traditional.set(characters[i]!, characters[i + 1]!);
  return { places, syllablesByName, traditional, hasPinyin: true };
}

/**
 * The index with the places of `jurisdictions` it lacks added (Chinese only): reports added in this
 * browser name places the data folder's file was not written for.
 */
export function withPlaces(index: PlaceSearchIndex, jurisdictions: readonly JurisdictionEntry[]): PlaceSearchIndex {
  const known = new Set(index.places.map((place) => place.id));
  const missing = buildPlaceSearchIndex(jurisdictions.filter((jurisdiction) => !known.has(jurisdiction.id))).places;
  return missing.length === 0 ? index : { ...index, places: [...index.places, ...missing] };
}

// ---------------------------------------------------------------------------------------------
// Searching

/** What a level suffix is; the name without it is its stem (芙蓉 of 芙蓉区), which matches exactly too. */
const LEVEL_SUFFIXES = [
  '行政委员会',
  '自治县',
  '自治旗',
  '自治州',
  '自治区',
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

/** A name ready for matching: its characters, syllables and stem length, and its pinyin run together. */
interface PreparedName {
  readonly text: string;
  readonly characters: readonly string[];
  readonly syllables: readonly string[] | null;
  /** Characters before the level suffix (the whole name when it has none). */
  readonly stemLength: number;
  /** Whole syllables and initials of the name and of its stem: what an exact pinyin match equals. */
  readonly exactPinyin: readonly string[];
  /** The name's pinyin and initials ("taolinzhen", "tlz"): a prefix of either is a prefix match. */
  readonly pinyin: string;
  readonly initials: string;
  /** Bit i set when letter i (a = 0) occurs in the name's pinyin: a term with another letter cannot match. */
  readonly letters: number;
}

const letterBits = (text: string): number => {
  let bits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i) - 97;
    if (code >= 0 && code < 26) bits |= 1 << code;
  }
  return bits;
};

function prepareName(written: string, given: readonly string[] | null): PreparedName {
  const text = halfWidth(written);
  const characters = [...text];
  const suffix = LEVEL_SUFFIXES.find((candidate) => text.endsWith(candidate) && text.length > candidate.length);
  const stemLength = characters.length - (suffix ? [...suffix].length : 0);
  const syllables = given && given.length === characters.length ? given : null;
  const spelled = (from: readonly string[]) => from.filter((syllable) => syllable !== NO_SYLLABLE);
  const pinyin = syllables ? spelled(syllables).join('') : '';
  const initials = syllables
    ? spelled(syllables)
        .map((syllable) => syllable[0])
        .join('')
    : '';
  const stem = syllables ? spelled(syllables.slice(0, stemLength)) : [];
  const whole = syllables ? [pinyin, initials, stem.join(''), stem.map((syllable) => syllable[0]).join('')] : [];
  // ü is written v and typed u as often: 吕梁 is "lvliang" and "luliang".
  const exactPinyin = pinyin.includes('v') ? [...whole, ...whole.map((spelling) => spelling.replace(/v/g, 'u'))] : whole;
  // u stands for ü (written v), so a name with v can be typed with u.
  const letters = letterBits(pinyin) | (pinyin.includes('v') ? letterBits('u') : 0);
  return { text, characters, syllables, stemLength, exactPinyin, pinyin, initials, letters };
}

/** How well a query matches a name; lower is better. */
export type MatchQuality = 'exact' | 'prefix' | 'substring';
const QUALITIES: readonly MatchQuality[] = ['exact', 'prefix', 'substring'];
const NO_MATCH = -1;

/** The search structure, built once per loaded index ({@link prepareSearch}). */
export interface PlaceSearcher {
  readonly index: PlaceSearchIndex;
  readonly names: readonly PreparedName[];
  /** For each place, its ancestors' prepared names (province, city, county; distinct, not itself). */
  readonly ancestors: readonly (readonly PreparedName[])[];
  /** Ancestors' names run together, full and as stems ("湖南省长沙市", "湖南长沙"), for "长沙芙蓉区". */
  readonly chainText: readonly string[];
  /** Places in display order when they match equally: higher levels first, shorter names, then code. */
  readonly rankOf: Int32Array;
  readonly placeAtRank: Int32Array;
  /** Character → places whose name contains it. */
  readonly byCharacter: ReadonlyMap<string, Int32Array>;
  /** First character → places whose name starts with it. */
  readonly byFirstCharacter: ReadonlyMap<string, Int32Array>;
  /** Syllable → places whose name has it. */
  readonly bySyllable: ReadonlyMap<string, Int32Array>;
  /** Two letters → places with consecutive syllables starting with them (t·l of 桃林). */
  readonly byInitialPair: ReadonlyMap<string, Int32Array>;
  /** Every distinct syllable, for prefix look-ups. */
  readonly syllables: readonly string[];
  /**
   * The ranked results of each one-letter query (as sort keys, see {@link searchPlaces}): the first
   * keystroke matches up to 25,000 places, too many to judge and sort within a keystroke's budget.
   */
  readonly oneLetter: ReadonlyMap<string, Float64Array>;
  /**
   * {@link searchPlaces} over this structure, carried with it: a component handed a searcher (the
   * place picker) searches without importing this module, which loads with the place index, when a
   * place box is first used, not with the page (src/data/get-place-search.ts).
   */
  readonly search: (query: string, options?: PlaceSearchOptions) => PlaceSearchResult;
}

/** Administrative tier from the code when there is one (a county-level 市 is not a city), else from the level. */
function tierOf(place: PlaceRecord): number {
  if (place.code !== null) {
    if (place.code.length === 9) return 3;
    if (place.code.endsWith('0000')) return 0;
    if (place.code.endsWith('00')) return 1;
    return 2;
  }
  switch (place.level) {
    case '省':
      return 0;
    case '市':
      return 1;
    case '区':
    case '县':
    case '旗':
    case '开发区':
      return 2;
    case '街道':
    case '镇':
    case '乡':
      return 3;
    case null:
      return 4;
  }
}

const toPostings = (lists: Map<string, number[]>): Map<string, Int32Array> =>
  new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)]));

/** Adds a place to a key's list once: places are added one after the other, so a repeat can only be the last entry. */
function addPosting(lists: Map<string, number[]>, key: string, place: number): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [place]);
  else if (list[list.length - 1] !== place) list.push(place);
}

/** Builds the look-ups {@link searchPlaces} needs; once per loaded index (~0.3 s at 45,000 places, see scripts/bench-place-search.ts). */
export function prepareSearch(index: PlaceSearchIndex): PlaceSearcher {
  const cache = new Map<string, PreparedName>();
  const prepared = (text: string): PreparedName => {
    let name = cache.get(text);
    if (name === undefined) {
      name = prepareName(text, index.syllablesByName.get(text) ?? null);
      cache.set(text, name);
    }
    return name;
  };
  const { places } = index;
  const names = places.map((place) => prepared(place.name));
  const ancestors = places.map((place) =>
    [...new Set([place.province, place.city, place.county])]
      .filter((name): name is string => name !== null && name !== '' && name !== place.name)
      .map(prepared),
  );
  const chainText = ancestors.map(
    (chain) =>
      `${chain.map((name) => name.text).join('')}|${chain.map((name) => name.characters.slice(0, name.stemLength).join('')).join('')}`,
  );

  const tiers = places.map(tierOf);
  const order = places
    .map((_, i) => i)
    .sort(
      (a, b) =>
        tiers[a]! - tiers[b]! ||
        names[a]!.characters.length - names[b]!.characters.length ||
        compareText(places[a]!.code ?? '~', places[b]!.code ?? '~') ||
        compareText(places[a]!.id, places[b]!.id),
    );
  const placeAtRank = Int32Array.from(order);
  const rankOf = new Int32Array(places.length);
  order.forEach((place, rank) => (rankOf[place] = rank));

  const byCharacter = new Map<string, number[]>();
  const byFirstCharacter = new Map<string, number[]>();
  const bySyllable = new Map<string, number[]>();
  const byInitialPair = new Map<string, number[]>();
  names.forEach((name, place) => {
    for (const character of name.characters) addPosting(byCharacter, character, place);
    if (name.characters[0] !== undefined) addPosting(byFirstCharacter, name.characters[0], place);
    const syllables = name.syllables;
    if (!syllables) return;
    // Pairs of initials skip characters without pinyin, as the name's pinyin does.
    const spelled = syllables.filter((syllable) => syllable !== NO_SYLLABLE);
    spelled.forEach((syllable, i) => {
      addPosting(bySyllable, syllable, place);
      const next = spelled[i + 1];
      if (next !== undefined) addPosting(byInitialPair, syllable[0]! + next[0]!, place);
    });
  });
  const searcher: PlaceSearcher = {
    index,
    names,
    ancestors,
    chainText,
    rankOf,
    placeAtRank,
    byCharacter: toPostings(byCharacter),
    byFirstCharacter: toPostings(byFirstCharacter),
    bySyllable: toPostings(bySyllable),
    byInitialPair: toPostings(byInitialPair),
    syllables: [...bySyllable.keys()].sort(),
    oneLetter: oneLetterResults(names, rankOf),
    search: (query, options) => searchPlaces(searcher, query, options),
  };
  return searcher;
}

/**
 * The searcher over a data folder's index with `jurisdictions`' places it lacks added (reports
 * added in this browser), or over `jurisdictions` alone when the folder has no index. Preparing
 * 45,000 places takes a few hundred milliseconds: the caller memoises it.
 */
export function placeSearcherOf(index: PlaceSearchIndex | null, jurisdictions: readonly JurisdictionEntry[]): PlaceSearcher {
  return prepareSearch(index === null ? buildPlaceSearchIndex(jurisdictions) : withPlaces(index, jurisdictions));
}

/** Sort keys of every one-letter query's matches ({@link PlaceSearcher.oneLetter}). */
function oneLetterResults(names: readonly PreparedName[], rankOf: Int32Array): Map<string, Float64Array> {
  const lists = new Map<string, number[]>();
  const n = names.length;
  names.forEach((name, place) => {
    const letters = new Set(name.initials.replace(/v/g, 'u'));
    for (const letter of letters) {
      const quality = nameQuality(name, letter, letterBits(letter));
      if (quality === NO_MATCH) continue;
      const list = lists.get(letter) ?? [];
      list.push(quality * n + rankOf[place]!);
      lists.set(letter, list);
    }
  });
  return new Map([...lists].map(([letter, keys]) => [letter, Float64Array.from(keys).sort()]));
}

/** Code-unit order: deterministic and fast (collation is not needed to break ties). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const HAN = /\p{Script=Han}/u;
const LETTER = /[a-z]/;

/**
 * Full-width forms as ASCII (Ｔ, （), one character for one, so that names and queries compare
 * alike and a name's characters still line up with its syllables.
 */
const halfWidth = (text: string): string =>
  text.replace(/[\uff01-\uff5e]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

/**
 * The query as the index spells names: half-width, lower case, ü as v, traditional characters as
 * the simplified ones place names use.
 */
export function normalizeQuery(query: string, traditional: ReadonlyMap<string, string>): string {
  let out = '';
  for (const character of halfWidth(query).toLowerCase().replace(/ü|u:/g, 'v')) out += traditional.get(character) ?? character;
  return out;
}

/** Whether a query character equals a syllable character (u stands for ü, written v). */
const sameLetter = (query: string, syllable: string): boolean => query === syllable || (query === 'u' && syllable === 'v');

/**
 * Positions (as a bit set) where a match of `query` from its letter `from` on, starting at
 * character `at`, can end: each character is matched by itself or by a non-empty prefix of its
 * syllable, consecutively. Names are short (under 20 characters), so the search is tiny.
 */
function matchEnds(name: PreparedName, at: number, query: string, from: number): number {
  if (from === query.length) return 1 << Math.min(at, 30);
  if (at >= name.characters.length) return 0;
  let ends = 0;
  const character = name.characters[at]!;
  if (query.startsWith(character, from)) ends |= matchEnds(name, at + 1, query, from + character.length);
  const syllable = name.syllables?.[at];
  if (syllable === undefined) return ends;
  // A character without pinyin (㯊 of 桴㯊镇, a bracket) is left out of the name's pinyin, so a pinyin query passes over it.
  if (syllable === NO_SYLLABLE) return ends | matchEnds(name, at + 1, query, from);
  for (let k = 0; k < syllable.length && from + k < query.length && sameLetter(query[from + k]!, syllable[k]!); k += 1)
    ends |= matchEnds(name, at + 1, query, from + k + 1);
  return ends;
}

/** How `query` (one term, normalised) matches a name: an index into {@link QUALITIES}, or {@link NO_MATCH}. */
function nameQuality(name: PreparedName, query: string, queryLetters: number): number {
  if (queryLetters === 0) {
    const at = name.text.indexOf(query);
    if (at < 0) return NO_MATCH;
    if (name.text === query || (at === 0 && [...query].length === name.stemLength)) return 0;
    return at === 0 ? 1 : 2;
  }
  if (name.syllables === null || (queryLetters & ~name.letters) !== 0) return NO_MATCH;
  // Whole syllables or initials of the name or its stem are exact; a mix of both ("taolz") is a
  // prefix match at best, so that 桃城区 (tao…) ranks before 腾鳌镇 (t·ao) for "tao".
  if (name.exactPinyin.includes(query)) return 0;
  if (name.pinyin.startsWith(query) || name.initials.startsWith(query) || matchEnds(name, 0, query, 0) !== 0) return 1;
  for (let start = 1; start < name.characters.length; start += 1) {
    const syllable = name.syllables[start]!;
    if ((syllable[0] === query[0] || query[0] === name.characters[start]) && matchEnds(name, start, query, 0) !== 0) return 2;
  }
  return NO_MATCH;
}

/**
 * A Chinese term that runs a parent into the name ("长沙芙蓉区", "榆中县城关镇"): the name starts with
 * its end, and the rest is in the parents' names. The quality is the name part's.
 */
function chainedQuality(searcher: PlaceSearcher, place: number, term: string, split: number): number {
  const right = term.slice(split);
  const name = searcher.names[place]!;
  if (!name.text.startsWith(right) || !searcher.chainText[place]!.includes(term.slice(0, split))) return NO_MATCH;
  return name.text === right || [...right].length === name.stemLength ? 0 : 1;
}

/** A term of the query: its text and the letters in it (0 for a Chinese term). */
interface Term {
  readonly text: string;
  readonly letters: number;
}

const termOf = (text: string): Term => ({ text, letters: letterBits(text) });

/** Whether a term (not the name's) matches the place's name or one of its parents anywhere. */
function matchesPlaceOrParent(searcher: PlaceSearcher, place: number, term: Term): boolean {
  if (nameQuality(searcher.names[place]!, term.text, term.letters) !== NO_MATCH) return true;
  return (
    searcher.ancestors[place]!.some((ancestor) => nameQuality(ancestor, term.text, term.letters) !== NO_MATCH) ||
    (term.letters === 0 && searcher.chainText[place]!.includes(term.text))
  );
}

/** Places that may match a term as a name; every real match is among them. */
function candidates(searcher: PlaceSearcher, term: string, visit: (place: number) => void): void {
  const han = [...term].filter((character) => HAN.test(character));
  if (han.length > 0) {
    // Any of its Chinese characters is in the name: the rarest gives the fewest places.
    let rarest: Int32Array | undefined;
    for (const character of han) {
      const list = searcher.byCharacter.get(character) ?? new Int32Array(0);
      if (rarest === undefined || list.length < rarest.length) rarest = list;
    }
    rarest?.forEach(visit);
    return;
  }
  if (!LETTER.test(term[0] ?? '')) {
    // Digits, brackets: look at every place (rare, and still a few milliseconds).
    for (let place = 0; place < searcher.names.length; place += 1) visit(place);
    return;
  }
  // A match is one piece per character, each a prefix of its syllable: either one piece (the
  // term is a prefix of a syllable), or a first piece of k letters and a next syllable starting
  // with letter k.
  for (let k = 1; k < Math.min(term.length, 7); k += 1) searcher.byInitialPair.get(term[0]! + term[k]!)?.forEach(visit);
  if (term.length <= 6) {
    for (const syllable of searcher.syllables) {
      if (syllable.length >= term.length && [...term].every((letter, i) => sameLetter(letter, syllable[i]!)))
        searcher.bySyllable.get(syllable)!.forEach(visit);
    }
  }
}

/** What to search within. */
export interface PlaceFilter {
  /** Only places of these levels. */
  readonly levels?: readonly JurisdictionLevel[];
  /** Only places in this province (its name as the data writes it, 湖南省). */
  readonly province?: string;
  /** Leaves these place ids out (those already chosen). */
  readonly excludeIds?: ReadonlySet<string>;
}

export interface PlaceSearchOptions {
  /** Results per page; 50 unless given. */
  readonly limit?: number;
  /** Results skipped (page × limit). */
  readonly offset?: number;
  readonly filter?: PlaceFilter;
}

/** One result. */
export interface PlaceHit {
  readonly place: PlaceRecord;
  /** The parents, largest first (湖南省 · 长沙市 · 长沙县), to tell same-named places apart. */
  readonly chain: readonly string[];
  readonly quality: MatchQuality;
}

export interface PlaceSearchResult {
  /** The page asked for, best first. */
  readonly hits: readonly PlaceHit[];
  /** Every place that matches, on all pages: "第 1–50 / 共 312 个". */
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
}

/** The query's terms: separated by spaces and list punctuation. */
const TERM_SEPARATORS = /[\s,，、;；·/|]+/;

/**
 * The places matching `query`, ranked: exact matches (the name, its stem without 区/县/镇…, its
 * pinyin or initials whole) before prefix matches before substring matches; then higher levels,
 * shorter names, division code. Several terms ("榆中 城关镇", "changsha furong") match when one
 * matches the name and each other matches the name or a parent; spaces inside pinyin ("tao lin")
 * are read both ways. An empty query lists every place (filtered), by level.
 */
export function searchPlaces(searcher: PlaceSearcher, query: string, options: PlaceSearchOptions = {}): PlaceSearchResult {
  const limit = Math.max(1, Math.trunc(options.limit ?? 50));
  const offset = Math.max(0, Math.trunc(options.offset ?? 0));
  const { places } = searcher.index;
  const accepted = acceptor(searcher, options.filter);
  const terms = normalizeQuery(query, searcher.index.traditional)
    .split(TERM_SEPARATORS)
    .map((term) => term.replace(/'/g, ''))
    .filter((term) => term !== '');

  // best[place] = 1 + quality, 0 while unmatched.
  const best = new Uint8Array(places.length);
  const matched: number[] = [];
  const record = (place: number, quality: number) => {
    if (quality === NO_MATCH || !accepted(place)) return;
    if (best[place] === 0) matched.push(place);
    if (best[place] === 0 || quality + 1 < best[place]!) best[place] = quality + 1;
  };

  const n = places.length;
  const oneLetter = terms.length === 1 && /^[a-z]$/.test(terms[0]!) ? (searcher.oneLetter.get(terms[0]!) ?? new Float64Array(0)) : null;
  if (oneLetter)
    return page(searcher, options.filter ? oneLetter.filter((key) => accepted(searcher.placeAtRank[key % n]!)) : oneLetter, offset, limit);
  if (terms.length === 0) {
    for (let place = 0; place < places.length; place += 1) record(place, 0);
  } else {
    const interpretations: Term[][] = [terms.map(termOf)];
    if (terms.length > 1) interpretations.push([termOf(terms.join(''))]);
    for (const reading of interpretations) {
      reading.forEach(({ text: term, letters }, t) => {
        const others = reading.filter((_, o) => o !== t);
        const fits = (place: number) => others.every((other) => matchesPlaceOrParent(searcher, place, other));
        // Posting lists overlap (a place has several pairs of initials): each place is judged once a term.
        const seen = new Uint8Array(places.length);
        candidates(searcher, term, (place) => {
          if (seen[place] === 1) return;
          seen[place] = 1;
          const quality = nameQuality(searcher.names[place]!, term, letters);
          if (quality !== NO_MATCH && fits(place)) record(place, quality);
        });
        if (letters === 0) {
          const characters = [...term];
          for (let split = 1; split < characters.length; split += 1) {
            const at = characters.slice(0, split).join('').length;
            searcher.byFirstCharacter.get(characters[split]!)?.forEach((place) => {
              const quality = chainedQuality(searcher, place, term, at);
              if (quality !== NO_MATCH && fits(place)) record(place, quality);
            });
          }
        }
      });
    }
  }

  const keys = new Float64Array(matched.length);
  matched.forEach((place, i) => (keys[i] = (best[place]! - 1) * n + searcher.rankOf[place]!));
  return page(searcher, keys.sort(), offset, limit);
}

/** The page of sorted keys (quality × places + rank) asked for, as hits. */
function page(searcher: PlaceSearcher, keys: Float64Array, offset: number, limit: number): PlaceSearchResult {
  const { places } = searcher.index;
  const n = places.length;
  const hits: PlaceHit[] = [];
  for (let i = offset; i < Math.min(keys.length, offset + limit); i += 1) {
    const key = keys[i]!;
    const place = searcher.placeAtRank[key % n]!;
    hits.push({
      place: places[place]!,
      chain: searcher.ancestors[place]!.map((name) => name.text),
      quality: QUALITIES[Math.floor(key / n)]!,
    });
  }
  return { hits, total: keys.length, offset, limit };
}

function acceptor(searcher: PlaceSearcher, filter: PlaceFilter | undefined): (place: number) => boolean {
  if (!filter) return () => true;
  const { places } = searcher.index;
  const levels = filter.levels ? new Set<JurisdictionLevel | null>(filter.levels) : null;
  return (place) => {
    const record = places[place]!;
    return (
      (levels === null || levels.has(record.level)) &&
      (filter.province === undefined || record.province === filter.province) &&
      !(filter.excludeIds?.has(record.id) ?? false)
    );
  };
}

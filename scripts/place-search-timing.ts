/**
 * Keystroke timings of the place search (src/data/place-search.ts), shared by
 * scripts/bench-place-search.ts (the division tables' places) and `npm run bench -- --scale
 * national` (the places of the extracted data): every prefix of random names typed as Chinese,
 * full pinyin and initials, one search each (the first page of 50 and the total).
 */
import { gzipSync } from 'node:zlib';

import { fromPlaceSearchFile, type PlaceSearchIndex, prepareSearch, searchPlaces } from '../src/data/place-search';
import { placeSearchFileSchema } from '../src/data/schema';

/** A small deterministic generator, so runs pick the same names. */
export function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;

export const time = <T>(work: () => T): [T, number] => {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
};

export interface KeystrokeFigures {
  readonly places: number;
  readonly rawKb: number;
  readonly gzipKb: number;
  readonly parseMs: number;
  readonly prepareMs: number;
  /** Milliseconds per keystroke, sorted, by how the names were typed. */
  readonly timings: Readonly<Record<'chinese' | 'pinyin' | 'initials', readonly number[]>>;
  readonly all: readonly number[];
}

/** Parses and prepares a search file's text as the browser does, then types `names` random names. */
export function keystrokeTimings(text: string, names = 200, seed = 1): KeystrokeFigures & { index: PlaceSearchIndex } {
  const [file, parseMs] = time(() => placeSearchFileSchema.parse(JSON.parse(text)));
  const index = fromPlaceSearchFile(file);
  const [searcher, prepareMs] = time(() => prepareSearch(index));
  const next = random(seed);
  const picked =
    index.places.length === 0 ? [] : Array.from({ length: names }, () => index.places[Math.floor(next() * index.places.length)]!);
  const timings: Record<'chinese' | 'pinyin' | 'initials', number[]> = { chinese: [], pinyin: [], initials: [] };
  for (const place of picked) {
    const typed = { chinese: [...place.name], pinyin: [...place.pinyin], initials: [...place.initials] };
    for (const [form, characters] of Object.entries(typed) as ['chinese' | 'pinyin' | 'initials', string[]][]) {
      for (let length = 1; length <= characters.length; length += 1) {
        const query = characters.slice(0, length).join('');
        timings[form].push(time(() => searchPlaces(searcher, query, { limit: 50 }))[1]);
      }
    }
  }
  for (const values of Object.values(timings)) values.sort((a, b) => a - b);
  return {
    index,
    places: index.places.length,
    rawKb: Buffer.byteLength(text) / 1024,
    gzipKb: gzipSync(text).length / 1024,
    parseMs,
    prepareMs,
    timings,
    all: Object.values(timings)
      .flat()
      .sort((a, b) => a - b),
  };
}

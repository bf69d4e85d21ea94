/**
 * added: `search/places.json`, the place-search index the extraction command writes beside the
 * contract's files (src/data/place-search.ts builds it, src/cli/extract/write-place-search.ts writes it). It
 * lets the dashboard search 45,000 place names by Chinese, pinyin and initials without loading
 * pinyin-pro: the pinyin is computed once, at extraction time, and carried here.
 *
 * Columns, not an object per place: 45,000 objects would repeat every key 45,000 times. Names
 * (places' own and their parents') are stored once in `names` and referred to by index, since a
 * province or county name is the parent of hundreds of places and 城关镇 is the name of hundreds.
 */

import { z } from 'zod/mini';

import { levelSchema, urlSafeId } from './common';
import { PLACE_SEARCH_PATH, PLACE_SEARCH_VERSION } from './constants';
import { placeSearchFile, traditionalPairs } from './record-invariants';
import { refinement } from './refinements';

export { PLACE_SEARCH_PATH, PLACE_SEARCH_VERSION };

/** An index into `names`, or -1 for none. */
const nameRef = z.int().check(z.minimum(-1));

export const placeSearchFileSchema = z
  .object({
    placeSearchVersion: z.literal(PLACE_SEARCH_VERSION),
    /** Every distinct name a place or a parent has, each once. */
    names: z.array(z.string().check(z.minLength(1))),
    /**
     * The toneless pinyin of each entry of `names`, one syllable per character, separated by single
     * spaces (ü written v: 吕梁市 → "lv liang shi"); "_" stands for a character without pinyin (a
     * bracket, a digit). Initials are the syllables' first letters, so they are not stored.
     */
    pinyin: z.array(z.string()),
    /**
     * Traditional characters and the simplified ones place names use, as pairs ("縣县鎮镇…"): only
     * characters that no simplified name uses itself, so converting a query never spoils a name
     * (乾县 keeps its 乾). The browser converts a query with this table instead of loading opencc.
     */
    traditional: z.string().check(refinement(traditionalPairs)),
    places: z.object({
      /** The jurisdiction's id; "" when it is its division code (most are), to keep the file small. */
      id: z.array(z.union([urlSafeId, z.literal('')])),
      code: z.array(z.nullable(z.string().check(z.regex(/^\d{6}(\d{3})?$/)))),
      name: z.array(z.int().check(z.nonnegative())),
      level: z.array(z.nullable(levelSchema)),
      province: z.array(nameRef),
      city: z.array(nameRef),
      /** The county of a town or street. */
      county: z.array(nameRef),
    }),
  })
  .check(refinement(placeSearchFile));

export type PlaceSearchFile = z.infer<typeof placeSearchFileSchema>;

/**
 * Writes `search/places.json` (src/data/schema/place-search.ts) into a dataset being staged: every
 * jurisdiction with its pinyin, computed here with pinyin-pro so that the dashboard never loads
 * it to search places. One call from the extract command's commit.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { pinyin } from 'pinyin-pro';

import { buildPlaceSearchIndex, type PlaceSearchTools, toPlaceSearchFile } from '../../data/place-search';
import { type JurisdictionEntry, PLACE_SEARCH_PATH, placeSearchFileSchema } from '../../data/schema';
import { toSimplified } from '../../extract';
import { TRADITIONAL_CHARACTERS } from '../../extract';

/** pinyin-pro and opencc, as the place-search index needs them. */
export const PLACE_SEARCH_TOOLS: PlaceSearchTools = {
  syllablesOf: (name) => pinyin(name, { toneType: 'none', type: 'array', v: true }),
  traditionalCharacters: TRADITIONAL_CHARACTERS,
  toSimplified,
};

/** Writes the place-search file of `jurisdictions` under the staging folder. */
export async function writePlaceSearch(staging: string, jurisdictions: readonly JurisdictionEntry[]): Promise<void> {
  // Validated on the way out as on the way in: a file the dashboard would refuse is never written.
  const file = placeSearchFileSchema.parse(toPlaceSearchFile(buildPlaceSearchIndex(jurisdictions, PLACE_SEARCH_TOOLS)));
  const target = path.join(staging, ...PLACE_SEARCH_PATH.split('/'));
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, `${JSON.stringify(file)}\n`);
}

/**
 * The data folder's versions and fixed paths, apart from the zod schemas that re-export them, so
 * that the page's code before its first chart names them without loading zod.
 */

/**
 * Version 1, with additive fields that are optional on read (older data folders keep loading, no
 * migration needed): catalogue v2's scope/wording/variant, and a report's `sourceUrl` and
 * `retrievedAt` (where `npm run collect` fetched it, and when).
 */
export const SCHEMA_VERSION = 1 as const;

export const COMPACT_VERSION = 1 as const;

export const SHARD_VERSION = 1 as const;

export const PLACE_SEARCH_PATH = 'search/places.json';

export const PLACE_SEARCH_VERSION = 1 as const;

export const POPULATION_PATH = 'population.json';

export const ABOUT_PATH = 'about.json';

export const DOWNLOADS_FOLDER = 'downloads';

export const DOWNLOADS_INDEX_PATH = `${DOWNLOADS_FOLDER}/index.json`;

export const DATAPACKAGE_PATH = `${DOWNLOADS_FOLDER}/datapackage.json`;

/** The prefix of a report added in the browser (src/data/local-join.ts): its id never collides with a bundled one. */
export const LOCAL_ID_PREFIX = 'local-';

/**
 * The page's first requests, started as soon as the page is parsed rather than once the app's code
 * has arrived and run (index.html loads this small entry before the app's, vite.config.ts
 * `bootFirst`): the shards' manifest, then, from the address, the files the view asks for first —
 * its parts, their places and the drawn indicator's values, chosen by the app's own rules
 * (shard-selection.ts, view-scopes.ts). The app takes these responses when it asks for the same
 * files (early-fetch.ts) and validates them as it does any file; a guess that misses costs a file
 * fetched and never read, nothing else.
 */

import { shownScope, VIEW_LOADING } from './app/view-scopes';
import { dataUrl } from './data/data-url';
import { readEarlyJson, startEarlyFetch } from './data/early-fetch';
import type { ShardManifest } from './data/schema';
import { partReportsPath, partValuesPath, SHARD_MANIFEST_PATH, shardPlacesPath } from './data/shard-paths';
import { drawnIndicatorId, selectParts } from './data/shard-selection';
import { LANG_LOCALE, parseUrlState } from './state/url-state';

const state = parseUrlState(window.location.search);

// An English page's words of the first view (a chunk of their own, src/ui/i18n/english.ts, which
// the app loads before it renders in English) are asked for now too, beside the data, rather than
// once the app's code has run: the app's import of the same chunk then finds it loaded (or, should
// this one fail, tries again).
if (state.lang === 'en') import('./ui/i18n/english').catch(() => undefined);

function startFirstViewRequests(manifest: ShardManifest): void {
  const scope = shownScope(VIEW_LOADING[state.view], state);
  const selection = selectParts(manifest, scope);
  for (const shard of selection.shards) void startEarlyFetch(dataUrl(shardPlacesPath(shard)));
  for (const part of selection.parts) void startEarlyFetch(dataUrl(partReportsPath(part.shard, part.year)));
  const drawn = drawnIndicatorId(manifest, scope.drawn);
  if (drawn !== null) for (const part of selection.parts) void startEarlyFetch(dataUrl(partValuesPath(part.shard, part.year, drawn)));
}

// Not validated here (the schema is the app's, and loads with it): a manifest of another shape
// throws, and the app, which reads it again, reports what is wrong with it. A folder without the
// sharded layout has no manifest: the app falls back to the older layouts as before.
void readEarlyJson(dataUrl(SHARD_MANIFEST_PATH))
  .then((json) => startFirstViewRequests(json as ShardManifest))
  .catch(() => undefined)
  // A language's first number format loads its locale data (15–25 ms in Chromium, the first chart's
  // axis and labels paid it): done while the requests are out and the app's code is arriving.
  .finally(() => new Intl.NumberFormat(LANG_LOCALE[state.lang]).format(0));

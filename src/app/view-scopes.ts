/**
 * What each view reads of a sharded data folder, apart from its code: the part of the view
 * registry (view-registry.tsx) that the page's first requests (src/boot.ts) need before any view's
 * code has arrived. The registry's entries take their loading from here.
 */

import type { ShownScope } from '../data/shard-selection';
import type { UiState, View } from '../state/url-state';

export interface ViewLoading {
  /** Whether it draws one year only (it loads only that year's parts of a sharded folder). */
  readonly oneYear: boolean;
  /** Whether it draws one indicator (fetched beside the parts; a failing values file offers the others). */
  readonly drawsOneIndicator: boolean;
}

export const VIEW_LOADING: Readonly<Record<View, ViewLoading>> = {
  compare: { oneYear: true, drawsOneIndicator: true },
  trend: { oneYear: false, drawsOneIndicator: true },
  coverage: { oneYear: false, drawsOneIndicator: false },
  report: { oneYear: false, drawsOneIndicator: false },
  profile: { oneYear: false, drawsOneIndicator: false },
  briefing: { oneYear: false, drawsOneIndicator: false },
  about: { oneYear: false, drawsOneIndicator: false },
  review: { oneYear: false, drawsOneIndicator: false },
  add: { oneYear: false, drawsOneIndicator: false },
  // Its coverage comes from the manifest (or a catalogue read whole), not from loaded parts: it
  // loads the fewest (one year's) and no values.
  indicator: { oneYear: true, drawsOneIndicator: false },
};

/**
 * The parts of a sharded folder a view reads (src/data/shard-selection.ts), from the address's
 * state: the app asks for them while it renders, the entry (main.tsx) before the first render, and
 * src/boot.ts before the app's code has arrived.
 */
export function shownScope(
  entry: ViewLoading,
  state: Pick<UiState, 'level' | 'province' | 'year' | 'jurisdictions' | 'report' | 'indicator'>,
): ShownScope {
  return {
    oneYear: entry.oneYear,
    level: state.level,
    province: state.province,
    year: state.year,
    named: state.report === null ? state.jurisdictions : [...state.jurisdictions, state.report],
    ...(entry.drawsOneIndicator ? { drawn: state.indicator } : {}),
  };
}

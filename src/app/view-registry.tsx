/**
 * Every view of the dashboard in one place (as Superset registers its charts): how it is loaded,
 * the data it reads, and which dataset it is given. The app shell (App.tsx) asks this registry and
 * names no view itself; adding a view is its id in `VIEWS` (src/state/url-state.ts: the address)
 * and its entry here, which the type below demands for every id.
 */

import { type ComponentType, lazy } from 'react';

import { type Dataset, wantedIndicator } from '../data/dataset';
import type { NeededValues } from '../data/get-values';
import type { ShownScope } from '../data/shard-selection';
import { CompareView } from '../features/compare/CompareView';
import type { UiState, View } from '../state/url-state';

/** The dataset a view is given: with this browser's reviews and the reviewed-only filter over it (`shown`), the values as loaded (`loaded`: the review queue reads reviews itself), or none. */
export type ViewDataset = 'shown' | 'loaded' | 'none';

export interface ViewEntry {
  /** The view's component (lazily loaded, but for the landing view's). */
  readonly Component: ComponentType<{ dataset: Dataset }> | ComponentType<Record<string, never>>;
  readonly dataset: ViewDataset;
  /** The indicators whose values it draws, given the base dataset and the indicator the address names. */
  readonly needs: (base: Dataset | undefined, indicator: string | null) => NeededValues;
  /** Whether it draws one year only (it loads only that year's parts of a sharded folder). */
  readonly oneYear: boolean;
  /** Whether it draws one indicator (fetched beside the parts; a failing values file offers the others). */
  readonly drawsOneIndicator: boolean;
  /** Whether the township notice (a province must be chosen) concerns it. */
  readonly showsPlaces: boolean;
  /** Fetches its code ahead, when the page opens on it. */
  readonly preload?: () => Promise<unknown>;
  /** false: not a tab of the view bar (a page reached from links: an indicator's). */
  readonly tab?: false;
}

const drawnIndicator = (base: Dataset | undefined, indicator: string | null): NeededValues => {
  const wanted = base ? wantedIndicator(base, indicator) : null;
  return wanted ? [wanted.id] : [];
};
const everyIndicator = (): NeededValues => 'all';
const noIndicator = (): NeededValues => [];
const headlineIndicators = (base: Dataset | undefined): NeededValues =>
  base ? base.indicators.filter((entry) => entry.headline).map((entry) => entry.id) : [];

const loadReviewQueueView = () => import('../features/review/ReviewQueueView');

// The first chart is the compare view's: every other view loads in a chunk of its own when it is
// opened, so that the JavaScript before the first chart stays within its budget.
export const VIEW_REGISTRY: Readonly<Record<View, ViewEntry>> = {
  compare: { Component: CompareView, dataset: 'shown', needs: drawnIndicator, oneYear: true, drawsOneIndicator: true, showsPlaces: true },
  trend: {
    Component: lazy(() => import('../features/trend/TrendView').then((module) => ({ default: module.TrendView }))),
    dataset: 'shown',
    needs: drawnIndicator,
    oneYear: false,
    drawsOneIndicator: true,
    showsPlaces: true,
  },
  coverage: {
    Component: lazy(() => import('../features/coverage/CoverageView').then((module) => ({ default: module.CoverageView }))),
    dataset: 'shown',
    needs: everyIndicator,
    oneYear: false,
    drawsOneIndicator: false,
    showsPlaces: true,
  },
  report: {
    Component: lazy(() => import('../features/report/ReportView').then((module) => ({ default: module.ReportView }))),
    dataset: 'shown',
    needs: everyIndicator,
    oneYear: false,
    drawsOneIndicator: false,
    showsPlaces: true,
  },
  profile: {
    Component: lazy(() => import('../features/profile/ProfileView').then((module) => ({ default: module.ProfileView }))),
    dataset: 'shown',
    needs: everyIndicator,
    oneYear: false,
    drawsOneIndicator: false,
    showsPlaces: true,
  },
  briefing: {
    Component: lazy(() => import('../features/briefing/BriefingView').then((module) => ({ default: module.BriefingView }))),
    dataset: 'shown',
    needs: headlineIndicators,
    oneYear: false,
    drawsOneIndicator: false,
    showsPlaces: true,
  },
  about: {
    Component: lazy(() => import('../features/about/AboutView').then((module) => ({ default: module.AboutView }))),
    dataset: 'shown',
    needs: noIndicator,
    oneYear: false,
    drawsOneIndicator: false,
    showsPlaces: false,
  },
  // The queue reads each value from its report's detail file, and its order from a file of its own.
  review: {
    Component: lazy(() => loadReviewQueueView().then((module) => ({ default: module.ReviewQueueView }))),
    dataset: 'loaded',
    needs: noIndicator,
    oneYear: false,
    drawsOneIndicator: false,
    showsPlaces: true,
    preload: loadReviewQueueView,
  },
  add: {
    Component: lazy(() => import('../features/local/AddReportView').then((module) => ({ default: module.AddReportView }))),
    dataset: 'none',
    needs: noIndicator,
    oneYear: false,
    drawsOneIndicator: false,
    showsPlaces: false,
  },
  // Its coverage comes from the manifest (or a catalogue read whole), not from loaded parts: it
  // loads the fewest (one year's) and no values.
  indicator: {
    Component: lazy(() => import('../features/indicator/IndicatorView').then((module) => ({ default: module.IndicatorView }))),
    dataset: 'loaded',
    needs: noIndicator,
    oneYear: true,
    drawsOneIndicator: false,
    showsPlaces: false,
    tab: false,
  },
};

/**
 * The parts of a sharded folder a view reads (src/data/shard-selection.ts), from the address's
 * state: the app asks for them while it renders, and the entry (main.tsx) before the first render.
 */
export function shownScope(
  entry: ViewEntry,
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

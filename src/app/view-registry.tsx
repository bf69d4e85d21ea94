/**
 * Every view of the dashboard in one place (as Superset registers its charts): how it is loaded,
 * the data it reads, and which dataset it is given. The app shell (App.tsx) asks this registry and
 * names no view itself; adding a view is its id in `VIEWS` (src/state/url-state.ts: the address)
 * and its entry here, which the type below demands for every id.
 */

import { type ComponentType, lazy } from 'react';

import { type Dataset, wantedIndicator } from '../data/dataset';
import type { NeededValues } from '../data/get-values';
import { CompareView } from '../features/compare/CompareView';
import type { View } from '../state/url-state';
import { VIEW_LOADING, type ViewLoading } from './view-scopes';

/** The dataset a view is given: with this browser's reviews and the reviewed-only filter over it (`shown`), the values as loaded (`loaded`: the review queue reads reviews itself), or none. */
export type ViewDataset = 'shown' | 'loaded' | 'none';

/** A view: how it loads (its data: view-scopes.ts), what it is given and reads. */
export interface ViewEntry extends ViewLoading {
  /** The view's component (lazily loaded, but for the landing view's). */
  readonly Component: ComponentType<{ dataset: Dataset }> | ComponentType<Record<string, never>>;
  readonly dataset: ViewDataset;
  /** The indicators whose values it draws, given the base dataset and the indicator the address names. */
  readonly needs: (base: Dataset | undefined, indicator: string | null) => NeededValues;
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
  compare: { Component: CompareView, ...VIEW_LOADING.compare, dataset: 'shown', needs: drawnIndicator, showsPlaces: true },
  trend: {
    Component: lazy(() => import('../features/trend/TrendView').then((module) => ({ default: module.TrendView }))),
    ...VIEW_LOADING.trend,
    dataset: 'shown',
    needs: drawnIndicator,
    showsPlaces: true,
  },
  coverage: {
    Component: lazy(() => import('../features/coverage/CoverageView').then((module) => ({ default: module.CoverageView }))),
    ...VIEW_LOADING.coverage,
    dataset: 'shown',
    needs: everyIndicator,
    showsPlaces: true,
  },
  report: {
    Component: lazy(() => import('../features/report/ReportView').then((module) => ({ default: module.ReportView }))),
    ...VIEW_LOADING.report,
    dataset: 'shown',
    needs: everyIndicator,
    showsPlaces: true,
  },
  profile: {
    Component: lazy(() => import('../features/profile/ProfileView').then((module) => ({ default: module.ProfileView }))),
    ...VIEW_LOADING.profile,
    dataset: 'shown',
    needs: everyIndicator,
    showsPlaces: true,
  },
  briefing: {
    Component: lazy(() => import('../features/briefing/BriefingView').then((module) => ({ default: module.BriefingView }))),
    ...VIEW_LOADING.briefing,
    dataset: 'shown',
    needs: headlineIndicators,
    showsPlaces: true,
  },
  about: {
    Component: lazy(() => import('../features/about/AboutView').then((module) => ({ default: module.AboutView }))),
    ...VIEW_LOADING.about,
    dataset: 'shown',
    needs: noIndicator,
    showsPlaces: false,
  },
  // The queue reads each value from its report's detail file, and its order from a file of its own.
  review: {
    Component: lazy(() => loadReviewQueueView().then((module) => ({ default: module.ReviewQueueView }))),
    ...VIEW_LOADING.review,
    dataset: 'loaded',
    needs: noIndicator,
    showsPlaces: true,
    preload: loadReviewQueueView,
  },
  add: {
    Component: lazy(() => import('../features/local/AddReportView').then((module) => ({ default: module.AddReportView }))),
    ...VIEW_LOADING.add,
    dataset: 'none',
    needs: noIndicator,
    showsPlaces: false,
  },
  indicator: {
    Component: lazy(() => import('../features/indicator/IndicatorView').then((module) => ({ default: module.IndicatorView }))),
    ...VIEW_LOADING.indicator,
    dataset: 'loaded',
    needs: noIndicator,
    showsPlaces: false,
    tab: false,
  },
};

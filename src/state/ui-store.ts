/**
 * The zustand store for UI state (never server data: that is react-query's). Actions are named
 * after what a person does, so that components read as intent: `openSource`, `openReport`…
 */

import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createStore, type StoreApi } from 'zustand/vanilla';

import {
  type BodyFilter,
  DEFAULT_UI_STATE,
  type Lang,
  type Level,
  type QueueStatus,
  type RiskFilter,
  type SortState,
  type TrendMedian,
  type UiState,
  type View,
  type YearChoice,
} from './url-state';

export interface UiActions {
  setView(view: View): void;
  selectIndicator(indicatorId: string): void;
  /** A year, `latest` (each jurisdiction's latest report) or null (the default year). */
  setYear(year: YearChoice | null): void;
  setJurisdictions(jurisdictionIds: string[]): void;
  /** A new province clears the city: a city belongs to one province. */
  setProvince(province: string | null): void;
  setCity(city: string | null): void;
  setLevel(level: Level | null): void;
  setBody(body: BodyFilter): void;
  setPerCapita(perCapita: boolean): void;
  setSort(sort: SortState | null): void;
  /** The trend's value axis from 0 (or fitted to the data). */
  setTrendZero(zero: boolean): void;
  setTrendMedian(median: TrendMedian | null): void;
  setGroup(group: string | null): void;
  /** Opens the report reader, optionally positioned at one extraction; closes any drill-down. */
  openReport(reportId: string, extractionId?: string | null): void;
  /** Opens the printable profile of a report (`view=profile&report=<id>`). */
  openProfile(reportId: string): void;
  /** Moves the report reader to another extraction of the same report. */
  setExtraction(extractionId: string | null): void;
  /** Opens the source drill-down for `<reportId>/<extractionId>`. */
  openSource(source: string): void;
  closeSource(): void;
  setLang(lang: Lang): void;
  /** Shows only reviewed values (or all again). */
  setReviewedOnly(reviewedOnly: boolean): void;
  /** Turns the report reader's review mode on or off. */
  setReviewing(reviewing: boolean): void;
  /** Opens the report reader in review mode at one extraction. */
  reviewInReader(reportId: string, extractionId: string | null): void;
  /** Opens the review queue, over every report or (with `reportId`) one report's values. */
  openReviewQueue(reportId?: string | null): void;
  /** Opens an indicator's page (`view=indicator&indicator=<id>`); closes any drill-down. */
  openIndicatorPage(indicatorId: string): void;
  /** The review queue's indicator filter (null: every indicator). */
  setQueueIndicator(indicatorId: string | null): void;
  setRisk(risk: RiskFilter | null): void;
  setQueueStatus(status: QueueStatus): void;
  /** Clears the review queue's filters at once (one history entry): every year, indicator, place, body, risk; values to check. */
  clearQueueFilters(): void;
  /** Replaces the whole UI state (used when the URL changes under us: back/forward). */
  replaceState(state: UiState): void;
}

export type UiStore = UiState & UiActions;

/** A fresh store; the app uses the {@link uiStore} singleton, tests may make their own. */
export function createUiStore(initial: UiState = DEFAULT_UI_STATE): StoreApi<UiStore> {
  return createStore<UiStore>()((set) => ({
    ...initial,
    setView: (view) => set({ view }),
    selectIndicator: (indicator) => set({ indicator }),
    setYear: (year) => set({ year }),
    setJurisdictions: (jurisdictions) => set({ jurisdictions: [...new Set(jurisdictions)] }),
    setProvince: (province) => set((state) => ({ province, city: province === state.province ? state.city : null })),
    setCity: (city) => set({ city }),
    setLevel: (level) => set({ level }),
    setBody: (body) => set({ body }),
    setPerCapita: (perCapita) => set({ perCapita }),
    setSort: (sort) => set({ sort }),
    setTrendZero: (trendZero) => set({ trendZero }),
    setTrendMedian: (trendMedian) => set({ trendMedian }),
    setGroup: (group) => set({ group }),
    openReport: (report, extraction = null) => set({ view: 'report', report, extraction, source: null }),
    openProfile: (report) => set({ view: 'profile', report, extraction: null, source: null }),
    setExtraction: (extraction) => set({ extraction }),
    openSource: (source) => set({ source }),
    closeSource: () => set({ source: null }),
    setLang: (lang) => set({ lang }),
    setReviewedOnly: (reviewedOnly) => set({ reviewedOnly }),
    setReviewing: (reviewing) => set({ reviewing }),
    reviewInReader: (report, extraction) => set({ view: 'report', report, extraction, source: null, reviewing: true }),
    openReviewQueue: (report = null) => set({ view: 'review', report, extraction: null, source: null }),
    openIndicatorPage: (indicator) => set({ view: 'indicator', indicator, source: null }),
    setQueueIndicator: (indicator) => set({ indicator }),
    setRisk: (risk) => set({ risk }),
    setQueueStatus: (queueStatus) => set({ queueStatus }),
    clearQueueFilters: () =>
      set({ year: null, indicator: null, province: null, city: null, level: null, body: 'all', risk: null, queueStatus: 'open' }),
    replaceState: (state) => set((previous) => keepingUnchanged(previous, state)),
  }));
}

/**
 * `next` with the chosen places and the sort of `previous` where they are equal: an address read
 * anew (back, forward, a link) makes new ones each time, and a view given a new but equal list
 * would build its chart and table again for nothing.
 */
function keepingUnchanged(previous: UiState, next: UiState): UiState {
  const samePlaces =
    previous.jurisdictions.length === next.jurisdictions.length && previous.jurisdictions.every((id, i) => id === next.jurisdictions[i]);
  const sameSort =
    previous.sort === next.sort ||
    (previous.sort !== null &&
      next.sort !== null &&
      previous.sort.key === next.sort.key &&
      previous.sort.descending === next.sort.descending);
  return { ...next, jurisdictions: samePlaces ? previous.jurisdictions : next.jurisdictions, sort: sameSort ? previous.sort : next.sort };
}

export const uiStore = createUiStore();

/** Reads a slice of the UI store in a component. */
export function useUi<T>(selector: (state: UiStore) => T): T {
  return useStore(uiStore, selector);
}

/** The filters every table and chart of a view reads, and their setters. */
export type Filters = Pick<
  UiStore,
  | 'year'
  | 'province'
  | 'city'
  | 'level'
  | 'body'
  | 'perCapita'
  | 'setYear'
  | 'setProvince'
  | 'setCity'
  | 'setLevel'
  | 'setBody'
  | 'setPerCapita'
>;

/**
 * The filters in one hook (one shallow-compared subscription instead of a selector per field):
 * a component re-renders when a filter changes, not when anything else in the store does.
 */
export function useFilters(): Filters {
  return useStore(
    uiStore,
    useShallow((state) => ({
      year: state.year,
      province: state.province,
      city: state.city,
      level: state.level,
      body: state.body,
      perCapita: state.perCapita,
      setYear: state.setYear,
      setProvince: state.setProvince,
      setCity: state.setCity,
      setLevel: state.setLevel,
      setBody: state.setBody,
      setPerCapita: state.setPerCapita,
    })),
  );
}

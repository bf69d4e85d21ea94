/**
 * Notices about the address: values of the URL that could not be used and were corrected (an
 * unknown indicator, a year without reports). UI state, not server data, and not part of the URL:
 * a corrected link says once what it changed, and the notice can be dismissed.
 */

import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

import type { UrlKey } from './url-state';

/** Why a URL value was replaced: not a possible value, not in the data, or nothing reported for it. */
export const CORRECTION_KINDS = ['invalid', 'unknown', 'no_reports'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export interface UrlCorrection {
  readonly key: UrlKey;
  /** The value as the URL gave it. */
  readonly value: string;
  readonly kind: CorrectionKind;
}

interface NoticeStore {
  readonly corrections: readonly UrlCorrection[];
  /** Adds corrections (a value corrected twice is said once). */
  add(corrections: readonly UrlCorrection[]): void;
  dismiss(): void;
}

export const noticeStore = createStore<NoticeStore>()((set) => ({
  corrections: [],
  add: (corrections) =>
    set((state) => {
      const seen = new Set(state.corrections.map((c) => `${c.key}=${c.value}`));
      const fresh = corrections.filter((c) => !seen.has(`${c.key}=${c.value}`));
      return fresh.length === 0 ? state : { corrections: [...state.corrections, ...fresh] };
    }),
  dismiss: () => set({ corrections: [] }),
}));

export function useNotices<T>(selector: (state: NoticeStore) => T): T {
  return useStore(noticeStore, selector);
}

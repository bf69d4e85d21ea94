/**
 * The reviewer's name, asked once and kept in this browser (localStorage): every decision made
 * here is signed with it. A preference of this browser, not UI state of a view, so not in the URL.
 */

import { useSyncExternalStore } from 'react';

const KEY = 'fazhi-atlas.reviewer';
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some privacy settings throw on access.
    return null;
  }
}

/** The stored name, or null when none was given yet. */
export function readReviewerName(): string | null {
  const name = storage()?.getItem(KEY)?.trim();
  return name ? name : null;
}

/** Keeps the name (trimmed); an empty name forgets it. */
export function saveReviewerName(name: string): void {
  const trimmed = name.trim();
  const store = storage();
  if (store) {
    if (trimmed) store.setItem(KEY, trimmed);
    else store.removeItem(KEY);
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The reviewer's name in a component (updates when it is changed here or in another tab). */
export function useReviewerName(): string | null {
  return useSyncExternalStore(subscribe, readReviewerName, () => null);
}

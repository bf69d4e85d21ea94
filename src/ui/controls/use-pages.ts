import { useState } from 'react';

/**
 * Page numbers of a view's long lists (chart bars, table rows, grid columns…), kept per list name
 * and started again at the first page whenever `resetKey` changes (a new indicator or filter: the
 * old page number means nothing for the new list). React's "adjusting state when a prop changes".
 */
export function usePages(resetKey: string): { page(name: string): number; setPage(name: string, page: number): void } {
  const [state, setState] = useState<{ key: string; pages: Readonly<Record<string, number>> }>({ key: resetKey, pages: {} });
  const current = state.key === resetKey ? state : { key: resetKey, pages: {} };
  if (state.key !== resetKey) setState(current);
  return {
    page: (name) => current.pages[name] ?? 0,
    setPage: (name, page) =>
      setState((previous) => ({ key: resetKey, pages: { ...(previous.key === resetKey ? previous.pages : {}), [name]: page } })),
  };
}

/**
 * Paging of long lists (3,000 jurisdictions do not fit a chart or a screen): which slice a page
 * shows. Pure; the views keep the page number in component state and say what is shown.
 */

export interface PageWindow {
  /** 0-based, clamped to the pages there are. */
  readonly page: number;
  readonly pages: number;
  /** Slice bounds, `start` inclusive, `end` exclusive. */
  readonly start: number;
  readonly end: number;
  readonly total: number;
}

export function pageWindow(total: number, page: number, size: number): PageWindow {
  const pages = Math.max(1, Math.ceil(total / size));
  const clamped = Math.min(Math.max(Math.trunc(page), 0), pages - 1);
  const start = clamped * size;
  return { page: clamped, pages, start, end: Math.min(total, start + size), total };
}

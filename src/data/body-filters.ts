/** Which reports count: all, governments' own, or those written by a department (the URL's `body`; applied by select-reports.ts). */
export const BODY_FILTERS = ['all', 'government', 'department'] as const;
export type BodyFilter = (typeof BODY_FILTERS)[number];

/**
 * The reports the user added in this browser (validated records from IndexedDB), as a query of
 * their own; changed only by the mutations in src/features/local/local-mutations.ts.
 */

import { queryOptions, useQuery } from '@tanstack/react-query';

import { listLocalReports } from './local-store';

/** Query keys of the reports kept in this browser. */
export const localReportKeys = { all: ['local-reports'] as const };

/**
 * The local reports (validated records from IndexedDB). Changed only by this page, which
 * invalidates the key after adding or removing one; another tab's change shows on reload.
 */
export const localReportsQueryOptions = queryOptions({
  queryKey: localReportKeys.all,
  queryFn: () => listLocalReports(),
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export function useLocalReports() {
  return useQuery(localReportsQueryOptions);
}

import { useCallback } from 'react';

import type { ExtractClient } from './extract-client';
import { addSources, sharedExtractClient, type Source } from './local-jobs';
import { useSaveLocalReport } from './local-mutations';

/** Adds files (picked, pasted or dropped) to this browser's reports; `client` replaces the worker in tests. */
export function useAddReports(client?: ExtractClient): (sources: readonly Source[]) => Promise<void> {
  const { mutateAsync: save } = useSaveLocalReport();
  return useCallback((sources) => addSources(sources, { client: client ?? sharedExtractClient(), save }), [client, save]);
}

import { takeEarlyResponse } from './early-fetch';

/**
 * Why a data file could not be used. The kind lets a panel say something precise ("missing"
 * versus "corrupt") instead of a generic failure.
 */
export type DataLoadErrorKind = 'missing' | 'http' | 'network' | 'corrupt';

export class DataLoadError extends Error {
  override readonly name = 'DataLoadError';

  constructor(
    readonly kind: DataLoadErrorKind,
    readonly url: string,
    detail: string,
  ) {
    super(`${kind}: ${url}: ${detail}`);
  }
}

/**
 * Fetches a JSON file and hands it to `parse` (the shared schema's check or zod: src/data/read-checked.ts).
 * Every failure becomes a {@link DataLoadError} so that callers can show one kind of error.
 */
export async function fetchJson<T>(url: string, parse: (json: unknown) => T | Promise<T>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    // The page may have asked for it already, before the app's code arrived (src/boot.ts).
    response = await (takeEarlyResponse(url) ?? fetch(url, signal ? { signal } : undefined));
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataLoadError('network', url, String(error));
  }
  if (response.status === 404) throw new DataLoadError('missing', url, 'HTTP 404');
  if (!response.ok) throw new DataLoadError('http', url, `HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new DataLoadError('corrupt', url, `not JSON: ${String(error)}`);
  }
  try {
    return await parse(json);
  } catch (error) {
    throw new DataLoadError('corrupt', url, error instanceof Error ? error.message : String(error));
  }
}

/**
 * react-query `retry`: one more try after a network error; a missing or corrupt file will not
 * get better by asking again, so its error shows at once.
 */
export function retryNetworkErrorOnce(failureCount: number, error: unknown): boolean {
  return error instanceof DataLoadError && error.kind === 'network' && failureCount < 1;
}

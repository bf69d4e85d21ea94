/**
 * Reads one packed report detail (src/data/detail-pack.ts) from a static server: an HTTP Range
 * request for its member. A server that honours it answers 206 with the member alone; one that
 * ignores Range answers 200 with the whole pack, which is then kept in react-query's cache so that
 * the pack's other reports open without another download, and every later pack is fetched whole
 * once instead of once per report.
 */

import { type QueryClient, queryOptions } from '@tanstack/react-query';

import { DataLoadError } from './data-load-error';
import { dataUrl } from './data-url';
import { memberOf, MemberOutOfRange, memberRange } from './detail-pack';
import type { DetailPack } from './schema';

/** Query keys: a whole pack's bytes, and whether this site's server has been seen to ignore Range. */
export const detailPackKeys = {
  whole: (packPath: string) => ['detail-pack', 'whole', packPath] as const,
  rangeIgnored: ['detail-pack', 'range-ignored'] as const,
};

async function fetchOrFail(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new DataLoadError('network', url, String(error));
  }
  if (response.status === 404) throw new DataLoadError('missing', url, 'HTTP 404');
  // 416: the pack ends before the member the index names, a pack out of step with its index.
  if (response.status === 416) throw new DataLoadError('corrupt', url, 'HTTP 416: the pack ends before the member its index names');
  if (!response.ok) throw new DataLoadError('http', url, `HTTP ${response.status}`);
  return response;
}

async function bytesOf(response: Response, url: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw new DataLoadError('network', url, `the download broke off: ${String(error)}`);
  }
}

/** A whole pack, fetched without Range (a server known to ignore it). */
export function wholePackQueryOptions(packPath: string) {
  return queryOptions({
    queryKey: detailPackKeys.whole(packPath),
    queryFn: async ({ signal }) => {
      const url = dataUrl(packPath);
      return bytesOf(await fetchOrFail(url, { signal }), url);
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

function cutMember(packBytes: Uint8Array, pack: DetailPack, url: string): Uint8Array {
  try {
    return memberOf(packBytes, pack);
  } catch (error) {
    if (error instanceof MemberOutOfRange) throw new DataLoadError('corrupt', url, error.message);
    throw error;
  }
}

/** `bytes a-b/…` of a 206 names the range asked for: a server that answered another range is not trusted. */
function answersRange(response: Response, pack: DetailPack): boolean {
  const range = /^bytes (\d+)-(\d+)\//.exec(response.headers.get('content-range') ?? '');
  return range !== null && Number(range[1]) === pack.offset && Number(range[2]) === pack.offset + pack.length - 1;
}

/**
 * The compressed bytes of one member. `client` (react-query's, given to every query function) holds
 * whole packs from servers that ignore Range; without one, such a pack is used once and dropped.
 */
export async function fetchDetailMember(pack: DetailPack, client?: QueryClient, signal?: AbortSignal): Promise<Uint8Array> {
  const url = dataUrl(pack.path);
  const cached = client?.getQueryData<Uint8Array>(detailPackKeys.whole(pack.path));
  if (cached) return cutMember(cached, pack, url);
  if (client?.getQueryData(detailPackKeys.rangeIgnored))
    return cutMember(await client.fetchQuery(wholePackQueryOptions(pack.path)), pack, url);

  const response = await fetchOrFail(url, { headers: { Range: memberRange(pack) }, ...(signal ? { signal } : {}) });
  const bytes = await bytesOf(response, url);
  if (response.status === 206) {
    if (!answersRange(response, pack) || bytes.length !== pack.length) {
      throw new DataLoadError(
        'corrupt',
        url,
        `asked for ${memberRange(pack)}, got ${response.headers.get('content-range') ?? 'no Content-Range'} and ${bytes.length} bytes`,
      );
    }
    return bytes;
  }
  // 200: the server sent the whole pack. Keep it, and ask it for whole packs from now on.
  client?.setQueryData(detailPackKeys.whole(pack.path), bytes);
  client?.setQueryData(detailPackKeys.rangeIgnored, true);
  return cutMember(bytes, pack, url);
}

/**
 * A member's JSON: gunzipped (fflate, in every browser and in jsdom; loaded on first use, so that a
 * loose dataset's pages never fetch it) and decoded as UTF-8.
 */
export async function memberJson(member: Uint8Array, url: string): Promise<unknown> {
  const { gunzipSync } = await import('fflate');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(gunzipSync(member));
  } catch (error) {
    throw new DataLoadError('corrupt', url, `not a gzip member of UTF-8 text: ${String(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataLoadError('corrupt', url, `not JSON: ${String(error)}`);
  }
}

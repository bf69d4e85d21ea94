/**
 * The data folder's optional side files, each fetched only when a view needs it: the population
 * table (per-capita values; absent unless the user supplied one) and the folder's about file
 * (when it was extracted, with which catalogue). A missing file is "none", not an error; a file
 * that is there but does not validate is an error the view shows.
 */

import { queryOptions, useQuery } from '@tanstack/react-query';

import { DataLoadError, fetchJson, retryNetworkErrorOnce } from './data-load-error';
import { dataUrl } from './data-url';
import { parseChecked } from './read-checked';
import type { AboutFile, DownloadsIndex, PopulationFile } from './schema';
import { ABOUT_PATH, DOWNLOADS_INDEX_PATH, POPULATION_PATH } from './schema/constants';

/** Fetches an optional file: null when the folder does not have it. */
async function fetchOptional<T>(path: string, parse: (json: unknown) => Promise<T>, signal?: AbortSignal): Promise<T | null> {
  try {
    return await fetchJson(dataUrl(path), parse, signal);
  } catch (error) {
    if (error instanceof DataLoadError && error.kind === 'missing') return null;
    throw error;
  }
}

export const sideFileKeys = {
  population: ['side-file', POPULATION_PATH] as const,
  about: ['side-file', ABOUT_PATH] as const,
  downloads: ['side-file', DOWNLOADS_INDEX_PATH] as const,
};

export const aboutQueryOptions = queryOptions({
  queryKey: sideFileKeys.about,
  queryFn: ({ signal }): Promise<AboutFile | null> => fetchOptional(ABOUT_PATH, (json) => parseChecked('aboutFileSchema', json), signal),
  staleTime: Number.POSITIVE_INFINITY,
  retry: retryNetworkErrorOnce,
});

/**
 * The population table: asked for only when the folder's about file says it is there (or an
 * older folder's about file does not say), so a folder without one causes no 404.
 */
export const populationQueryOptions = queryOptions({
  queryKey: sideFileKeys.population,
  queryFn: async ({ signal, client }): Promise<PopulationFile | null> => {
    const about = await client.fetchQuery(aboutQueryOptions).catch(() => null);
    if (about?.population === false) return null;
    return fetchOptional(POPULATION_PATH, (json) => parseChecked('populationFileSchema', json), signal);
  },
  staleTime: Number.POSITIVE_INFINITY,
  retry: retryNetworkErrorOnce,
});

/** The population table, fetched only while `enabled` (the per-capita toggle is on, or a page describes the data). */
export function usePopulation(enabled: boolean) {
  return useQuery({ ...populationQueryOptions, enabled });
}

export function useAbout() {
  return useQuery(aboutQueryOptions);
}

/**
 * The prebuilt "download everything" files (src/data/schema/downloads.ts); null for a folder
 * without them (older or written by hand), whose download is built in the browser instead.
 */
export const downloadsQueryOptions = queryOptions({
  queryKey: sideFileKeys.downloads,
  queryFn: ({ signal }): Promise<DownloadsIndex | null> =>
    fetchOptional(DOWNLOADS_INDEX_PATH, (json) => parseChecked('downloadsIndexSchema', json), signal),
  staleTime: Number.POSITIVE_INFINITY,
  retry: retryNetworkErrorOnce,
});

/** The prebuilt downloads, fetched only while `enabled` (someone chose to download everything). */
export function useDownloads(enabled: boolean) {
  return useQuery({ ...downloadsQueryOptions, enabled });
}

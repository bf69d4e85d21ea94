/** Ids appear in URLs and file paths, so they are restricted to URL-safe characters. */
export const URL_SAFE_ID = /^[A-Za-z0-9_.-]+$/;

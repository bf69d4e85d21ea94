/**
 * Requests started before the app's code has run (src/boot.ts: the first view's files, as soon as
 * the page is parsed), kept until the app asks for the same file (fetchJson, data-load-error.ts),
 * which then takes the response instead of requesting the file again. A response is taken once: a
 * retry, or the file read again later, goes to the network as before; one never asked for is
 * simply never read.
 */

const started = new Map<string, Promise<Response>>();

/** Starts fetching `url` for the app, once. */
export function startEarlyFetch(url: string): Promise<Response> {
  let response = started.get(url);
  if (!response) {
    response = fetch(url);
    // A failure is the app's to report, when it takes the response; until then it is not unhandled.
    response.catch(() => undefined);
    started.set(url, response);
  }
  return response;
}

/**
 * Starts fetching `url` for the app and reads a copy of it now (the boot script reads the manifest
 * to know what else to ask for); rejects when the file is missing or not JSON.
 */
export async function readEarlyJson(url: string): Promise<unknown> {
  // Cloned before anything else can read the body: the app takes the original.
  const response = await startEarlyFetch(url).then((original) => original.clone());
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** The response of an early request for `url`, if one was started and not yet taken. */
export function takeEarlyResponse(url: string): Promise<Response> | undefined {
  const response = started.get(url);
  started.delete(url);
  return response;
}

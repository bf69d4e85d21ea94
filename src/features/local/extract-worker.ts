/// <reference lib="webworker" />
/**
 * The extraction worker: the page stays responsive while a report is decoded and extracted (the
 * extractor takes about a second per million characters; pdf.js and mammoth are heavier). Requests
 * are handled one at a time, in order; every answer carries its request's id.
 */

import { handleExtractRequest } from './extract-handler';
import { loadBrowserPdfjs } from './pdfjs-browser';
import type { ExtractRequest, ExtractResponse } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event: MessageEvent<ExtractRequest>) => {
  const request = event.data;
  if (request?.type !== 'extract') return;
  const post = (message: ExtractResponse) => scope.postMessage(message);
  queue = queue.then(async () => {
    const final = await handleExtractRequest(request, {
      loadPdfjs: loadBrowserPdfjs,
      onProgress: (stage) => post({ type: 'progress', id: request.id, stage }),
    });
    post(final);
  });
};

/**
 * pdf.js for the browser worker: the main build (the legacy one is for Node), loaded on the first
 * PDF only. pdf.js parses in a worker of its own (`workerSrc`, emitted by Vite as an asset), nested
 * in the extraction worker; text extraction needs no DOM, so fonts are not loaded into one.
 *
 * Chinese PDFs often use predefined CMaps (UniGB-UCS2-H…): without `cMapUrl` their text comes out
 * empty. The maps and the standard fonts are copied from `pdfjs-dist` into the build at
 * `pdfjs/cmaps/` and `pdfjs/standard_fonts/` by the plugin in vite.config.ts (never committed).
 */

import type { PdfjsLike, PdfjsProvider } from '../../ingest';

let provider: Promise<PdfjsProvider> | null = null;

export function loadBrowserPdfjs(pdfAssetsUrl: string): Promise<PdfjsProvider> {
  provider ??= (async () => {
    const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    const base = pdfAssetsUrl.endsWith('/') ? pdfAssetsUrl : `${pdfAssetsUrl}/`;
    return {
      pdfjs: pdfjs as unknown as PdfjsLike,
      documentParams: {
        cMapUrl: `${base}cmaps/`,
        cMapPacked: true,
        standardFontDataUrl: `${base}standard_fonts/`,
        disableFontFace: true,
        useSystemFonts: false,
        isEvalSupported: false,
      },
    };
  })();
  provider.catch(() => {
    provider = null;
  });
  return provider;
}

/**
 * pdf.js for Node: the legacy build (the main build needs DOMMatrix, which Node lacks), with the
 * character maps that Chinese PDFs using predefined CMaps (UniGB-UCS2-H…) need to yield text.
 * Loaded on the first PDF only, so a run without PDFs never pays for it.
 */

import { createRequire } from 'node:module';
import path from 'node:path';

import type { PdfjsLike, PdfjsProvider } from '../ingest';

let provider: Promise<PdfjsProvider> | null = null;

export function loadNodePdfjs(): Promise<PdfjsProvider> {
  provider ??= (async () => {
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike;
    const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return {
      pdfjs,
      documentParams: {
        cMapUrl: `${path.join(root, 'cmaps')}${path.sep}`,
        cMapPacked: true,
        standardFontDataUrl: `${path.join(root, 'standard_fonts')}${path.sep}`,
        // Text only: no font loading into a (missing) DOM.
        disableFontFace: true,
        useSystemFonts: false,
      },
    };
  })();
  return provider;
}

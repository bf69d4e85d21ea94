/**
 * What the extraction command and the browser's "add report" both do with a decoded text: ask
 * whether it is a rule-of-law report, extract it, and fingerprint it (SHA-256, which review
 * decisions anchor to). One function, so the two can never drift apart. Pure apart from WebCrypto.
 */

import { extractReport } from '../extract';
import { recogniseReport } from '../ingest';
import type { ExtractedInput } from './build-dataset';
import { sha256Hex } from './sha256';

export type TextExtraction =
  | { readonly kind: 'unrecognised'; readonly reason: string }
  | {
      readonly kind: 'extracted';
      readonly input: ExtractedInput;
      /** False when the text was kept although it is not recognised as a report (`keepUnrecognised`). */
      readonly recognised: boolean;
      /** Why it is not recognised; null when it is. */
      readonly reason: string | null;
    };

/**
 * Recognises, extracts and fingerprints `text` (read from `sourceFile`). A text that is not a
 * rule-of-law report is refused unless `keepUnrecognised` (then extracted and marked).
 */
export async function extractDecodedText(text: string, sourceFile: string, options: { readonly keepUnrecognised: boolean }): Promise<TextExtraction> {
  const recognition = recogniseReport(text);
  if (!recognition.recognised && !options.keepUnrecognised) return { kind: 'unrecognised', reason: recognition.reason };
  const report = extractReport(text);
  const textSha256 = await sha256Hex(text);
  return {
    kind: 'extracted',
    input: { sourceFile, report, textSha256 },
    recognised: recognition.recognised,
    reason: recognition.recognised ? null : recognition.reason,
  };
}

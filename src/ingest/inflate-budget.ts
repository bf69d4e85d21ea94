/**
 * How much a compressed stream really inflates to, found by inflating it — in small pieces, with
 * the output counted and dropped — and given up as soon as it passes a budget. A .docx's zip
 * directory or a PDF's dictionaries may state any size (a bomb understates it); only inflating
 * tells, and inflating with a budget costs at most the budget's time and a few megabytes of memory
 * whatever the stream holds. The decoders (mammoth, pdf.js) inflate the same bytes afterwards,
 * knowing now that they fit.
 */

import { Inflate, Unzlib } from 'fflate';

/** Compressed bytes given to the inflater at a time: at most ~16 MB of output each (DEFLATE's ratio is ≤ 1032:1). */
const PIECE = 16 * 1024;

export type InflateMeasure =
  /** The whole stream inflated to `bytes` within the budget. */
  | { readonly kind: 'fits'; readonly bytes: number }
  /** It inflates to more than the budget (inflating stopped there). */
  | { readonly kind: 'over' }
  /** Not a valid stream of that format (the decoders will say so themselves). */
  | { readonly kind: 'invalid' };

class OverBudget extends Error {}

/**
 * Inflates `data` (raw DEFLATE as in zip entries, or zlib-wrapped as in PDF FlateDecode streams)
 * without keeping the output, stopping once more than `budget` bytes came out.
 */
export function measureInflated(data: Uint8Array, format: 'raw' | 'zlib', budget: number): InflateMeasure {
  let bytes = 0;
  let ended = false;
  const onData = (chunk: Uint8Array, final: boolean) => {
    bytes += chunk.length;
    if (bytes > budget) throw new OverBudget();
    if (final) ended = true;
  };
  const inflater = format === 'raw' ? new Inflate(onData) : new Unzlib(onData);
  try {
    for (let at = 0; at < data.length && !ended; at += PIECE) {
      const end = Math.min(data.length, at + PIECE);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (error) {
    if (error instanceof OverBudget) return { kind: 'over' };
    // A stream that ends cleanly before trailing bytes is fine; anything else is not DEFLATE.
    return ended ? { kind: 'fits', bytes } : { kind: 'invalid' };
  }
  return { kind: 'fits', bytes };
}

/**
 * How much a PDF stream really decodes to, layer by layer: a stream may chain its filters
 * (`/Filter [/FlateDecode /FlateDecode]`, `[/ASCIIHexDecode /FlateDecode]`, `[/FlateDecode
 * /RunLengthDecode]`), and a budget that counts only the first layer lets the second inflate to
 * gigabytes inside pdf.js. Every layer is decoded here with the stream's budget, the output of one
 * being the input of the next; no layer's output may pass it, so memory stays within the budget
 * whatever the chain. Pure: used by the command line and the browser alike.
 */

import { Unzlib } from 'fflate';

export type LayerMeasure =
  /** Every layer decoded within the budget, to `bytes` at the end of the chain. */
  | { readonly kind: 'fits'; readonly bytes: number }
  /** Some layer decodes to more than the budget (decoding stopped there). */
  | { readonly kind: 'over' }
  /** A layer is not valid data of its filter (pdf.js will say so itself). */
  | { readonly kind: 'invalid' }
  /** A filter this reader does not decode (images: DCT, JPX, JBIG2, CCITT; crypt): pdf.js does not decode them for text. */
  | { readonly kind: 'opaque' };

class OverBudget extends Error {}
class Invalid extends Error {}

/** A growing output that refuses to pass the budget. */
class Output {
  private chunks: Uint8Array[] = [];
  length = 0;
  constructor(private readonly budget: number) {}
  push(chunk: Uint8Array): void {
    this.length += chunk.length;
    if (this.length > this.budget) throw new OverBudget();
    this.chunks.push(chunk);
  }
  byte(value: number): void {
    this.push(Uint8Array.of(value));
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** Compressed bytes given to the inflater at a time: at most ~16 MB of output each. */
const PIECE = 16 * 1024;

function flate(data: Uint8Array, out: Output): void {
  let ended = false;
  const inflater = new Unzlib((chunk, final) => {
    out.push(chunk.slice());
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length && !ended; at += PIECE) {
      const end = Math.min(data.length, at + PIECE);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (error) {
    if (error instanceof OverBudget) throw error;
    if (!ended) throw new Invalid();
  }
}

function asciiHex(data: Uint8Array, out: Output): void {
  let high = -1;
  const bytes: number[] = [];
  for (const code of data) {
    if (code === 0x3e) break; // '>' ends the data
    const digit =
      code >= 0x30 && code <= 0x39
        ? code - 0x30
        : code >= 0x41 && code <= 0x46
          ? code - 0x37
          : code >= 0x61 && code <= 0x66
            ? code - 0x57
            : -1;
    if (digit < 0) continue; // white space (anything else pdf.js skips too)
    if (high < 0) high = digit;
    else {
      bytes.push(high * 16 + digit);
      high = -1;
    }
  }
  if (high >= 0) bytes.push(high * 16);
  out.push(Uint8Array.from(bytes));
}

function ascii85(data: Uint8Array, out: Output): void {
  const group: number[] = [];
  const flush = (count: number) => {
    let value = 0;
    for (let i = 0; i < 5; i += 1) value = value * 85 + (group[i] ?? 84);
    const bytes = [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
    out.push(Uint8Array.from(bytes.slice(0, count)));
    group.length = 0;
  };
  for (const code of data) {
    if (code === 0x7e) break; // '~>' ends the data
    if (code === 0x7a && group.length === 0) {
      out.push(new Uint8Array(4)); // 'z': four zero bytes
      continue;
    }
    if (code < 0x21 || code > 0x75) continue;
    group.push(code - 0x21);
    if (group.length === 5) flush(4);
  }
  if (group.length > 1) flush(group.length - 1);
}

function runLength(data: Uint8Array, out: Output): void {
  let at = 0;
  while (at < data.length) {
    const length = data[at]!;
    if (length === 128) break; // end of data
    if (length < 128) {
      out.push(data.slice(at + 1, at + 2 + length));
      at += length + 2;
    } else {
      const run = new Uint8Array(257 - length);
      run.fill(data[at + 1] ?? 0);
      out.push(run);
      at += 2;
    }
  }
}

/** LZW as PDF writes it: 9- to 12-bit codes, 256 clear, 257 end, early change by default. */
function lzw(data: Uint8Array, out: Output, earlyChange: boolean): void {
  const table: Uint8Array[] = [];
  const reset = () => {
    table.length = 0;
    for (let i = 0; i < 256; i += 1) table.push(Uint8Array.of(i));
    table.push(new Uint8Array(0), new Uint8Array(0));
  };
  reset();
  let width = 9;
  let buffer = 0;
  let bits = 0;
  let previous: Uint8Array | null = null;
  for (const byte of data) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= width) {
      const code = (buffer >>> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      buffer &= (1 << bits) - 1;
      if (code === 256) {
        reset();
        width = 9;
        previous = null;
        continue;
      }
      if (code === 257) return;
      let entry: Uint8Array;
      if (code < table.length) entry = table[code]!;
      else if (code === table.length && previous !== null) {
        entry = new Uint8Array(previous.length + 1);
        entry.set(previous);
        entry[previous.length] = previous[0]!;
      } else throw new Invalid();
      out.push(entry);
      if (previous !== null && table.length < 4096) {
        const next = new Uint8Array(previous.length + 1);
        next.set(previous);
        next[previous.length] = entry[0]!;
        table.push(next);
      }
      previous = entry;
      const limit = table.length + (earlyChange ? 1 : 0);
      if (limit >= 1 << width && width < 12) width += 1;
    }
  }
}

type Layer = (data: Uint8Array, out: Output) => void;

const LAYERS: Readonly<Record<string, Layer>> = {
  FlateDecode: flate,
  Fl: flate,
  ASCIIHexDecode: asciiHex,
  AHx: asciiHex,
  ASCII85Decode: ascii85,
  A85: ascii85,
  RunLengthDecode: runLength,
  RL: runLength,
  LZWDecode: (data, out) => lzw(data, out, true),
  LZW: (data, out) => lzw(data, out, true),
};

/** The filters this reader decodes (and so measures). */
export const DECODED_FILTERS: ReadonlySet<string> = new Set(Object.keys(LAYERS));

/** The filters a stream dictionary names, in the order they are applied: `/Filter /X` or `/Filter [/X /Y]`. */
export function streamFilters(dictionary: string): string[] {
  const match = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary);
  if (!match) return [];
  return [...match[1]!.matchAll(/\/([A-Za-z0-9]+)/g)].map((name) => name[1]!);
}

/**
 * Decodes `data` through `filters` in order, no layer's output passing `budget` bytes, and says
 * what the chain comes to. A filter this reader does not decode ends the measure (`opaque`): pdf.js
 * leaves image filters undecoded for text, and a chain that continues after one is refused by
 * `checkPdfStreams` as it cannot be measured.
 */
export function measureLayers(data: Uint8Array, filters: readonly string[], budget: number): LayerMeasure {
  let input = data;
  try {
    for (const filter of filters) {
      const layer = LAYERS[filter];
      if (layer === undefined) return { kind: 'opaque' };
      const out = new Output(budget);
      layer(input, out);
      input = out.bytes();
    }
  } catch (error) {
    if (error instanceof OverBudget) return { kind: 'over' };
    if (error instanceof Invalid) return { kind: 'invalid' };
    throw error;
  }
  return { kind: 'fits', bytes: input.length };
}

/**
 * The elements of one top-level array of a JSON object file, parsed one at a time from its bytes.
 * A national dataset's index.json (a quarter of a million reports) is longer than the longest
 * string V8 can hold, so `JSON.parse(await readFile(…, 'utf8'))` cannot read it; the benchmark
 * reads the arrays it scores (jurisdictions, reports; the truth's reports) element by element.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN = new Set([0x7b, 0x5b]);
const CLOSE = new Set([0x7d, 0x5d]);

/**
 * Yields each element of the array under `key` in the top-level object held by `bytes` (UTF-8
 * JSON), parsed. Nothing is yielded when the key is absent; malformed JSON throws from JSON.parse.
 */
export function* topLevelArrayElements(bytes: Uint8Array, key: string): Generator<unknown> {
  const decoder = new TextDecoder();
  let depth = 0;
  let inString = false;
  let stringStart = -1;
  let lastKey = '';
  let inTarget = false;
  let elementStart = -1;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i]!;
    if (inString) {
      if (byte === BACKSLASH) i += 1;
      else if (byte === QUOTE) {
        inString = false;
        if (depth === 1) lastKey = decoder.decode(bytes.subarray(stringStart + 1, i));
      }
      continue;
    }
    if (byte === QUOTE) {
      inString = true;
      stringStart = i;
      if (inTarget && depth === 2 && elementStart < 0) elementStart = i;
    } else if (byte === COLON && depth === 1) {
      // lastKey is this member's key; the next '[' at depth 1 opens its value.
    } else if (OPEN.has(byte)) {
      if (depth === 1 && byte === 0x5b) inTarget = lastKey === key;
      else if (inTarget && depth === 2 && elementStart < 0) elementStart = i;
      depth += 1;
    } else if (CLOSE.has(byte)) {
      depth -= 1;
      if (inTarget && depth === 2 && elementStart >= 0) {
        yield JSON.parse(decoder.decode(bytes.subarray(elementStart, i + 1)));
        elementStart = -1;
      } else if (inTarget && depth === 1) {
        if (elementStart >= 0) yield JSON.parse(decoder.decode(bytes.subarray(elementStart, i)));
        return;
      }
    } else if (byte === 0x2c && inTarget && depth === 2 && elementStart >= 0) {
      // The end of a scalar element (a string's or number's); objects and arrays end at their bracket.
      yield JSON.parse(decoder.decode(bytes.subarray(elementStart, i)));
      elementStart = -1;
    } else if (inTarget && depth === 2 && elementStart < 0 && byte > 0x20 && byte !== 0x2c) {
      elementStart = i;
    }
  }
}

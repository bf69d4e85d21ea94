/**
 * Writes a large JSON value to a file without building its text as one string: at 270,000 reports
 * the index's text would pass V8's longest string (about 512 million characters) and the run would
 * fail at its last step. The bytes are those of `JSON.stringify(value)` and a newline.
 */
import { open } from 'node:fs/promises';

/** How much text is gathered before it is written: large writes, bounded memory. */
const WRITE_CHUNK_CHARS = 1 << 20;

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * The pieces of `JSON.stringify(value)`, in order: arrays and plain objects down to `depth` levels
 * are taken apart, anything deeper (or with its own toJSON) is stringified whole.
 */
export function* jsonPieces(value: unknown, depth: number): Generator<string> {
  if (depth <= 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let index = 0; index < value.length; index += 1) {
      if (index > 0) yield ',';
      const item: unknown = value[index];
      if (isOmitted(item)) yield 'null';
      else yield* jsonPieces(item, depth - 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (isOmitted(item)) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonPieces(item, depth - 1);
  }
  yield '}';
}

/** Writes `${JSON.stringify(value)}\n` to `file`, taking apart the first `depth` levels of the value. */
export async function writeJsonStreamed(file: string, value: unknown, depth = 2): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let pending = '';
    for (const piece of jsonPieces(value, depth)) {
      pending += piece;
      if (pending.length >= WRITE_CHUNK_CHARS) {
        await handle.write(pending);
        pending = '';
      }
    }
    await handle.write(`${pending}\n`);
  } finally {
    await handle.close();
  }
}

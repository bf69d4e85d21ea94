/**
 * A detail as a pack member (src/data/detail-pack.ts): the loose file's exact bytes, the JSON and
 * its newline, gzipped on their own, so that a member read from a pack and a loose file of the same
 * run are identical. Its own module: the worker compresses with it, and the main thread only when a
 * correction changed a detail, without loading the worker's readers.
 */
import { gzipSync } from 'node:zlib';

export function detailMemberOf(detailJson: string): Uint8Array {
  return gzipSync(`${detailJson}\n`);
}

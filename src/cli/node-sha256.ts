/**
 * SHA-256 of a report's decoded text with Node's hash: the digest of src/data/sha256.ts (WebCrypto
 * over the text's UTF-8 bytes) without WebCrypto's per-call cost, which took a twentieth of an
 * extraction worker's time. Both encode a lone surrogate as U+FFFD, so they agree on every string.
 */
import { createHash } from 'node:crypto';

/** The SHA-256 of `text` (UTF-8), as 64 lower-case hex digits. */
export function nodeSha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

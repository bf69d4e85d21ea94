/**
 * SHA-256 of a report's decoded text: what review decisions anchor to. WebCrypto's `subtle.digest`
 * over the text's UTF-8 bytes, which Chromium and Node 20 (globalThis.crypto) both provide, so the
 * extraction command and the browser's "add report" give the same digest for the same text.
 */

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** The SHA-256 of `text` (UTF-8), as 64 lower-case hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('this environment has no WebCrypto (crypto.subtle): it is needed to fingerprint report texts');
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (const byte of digest) hex += HEX[byte];
  return hex;
}

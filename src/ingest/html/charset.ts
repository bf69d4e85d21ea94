/**
 * A saved page's charset and its decoding: the BOM, then the page's own declaration (`<meta
 * charset>`, `http-equiv`) or the server's, each trusted only when strict decoding proves it, then
 * detection.
 */

import { Parser } from 'htmlparser2';

import { decodeStrict, decodeText, looksBinary } from '../decode-text';

/** How far into the page the charset declaration is looked for (the spec says 1024; real pages put scripts first). */
const PRESCAN_BYTES = 16 * 1024;

/** Encodings a declaration is trusted with: strict decoding proves or disproves them. */
const TRUSTED_DECLARATIONS = new Set(['utf-8', 'gbk', 'gb18030', 'big5', 'utf-16le', 'utf-16be']);

/** Reads the charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type">`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Any single-byte decoding keeps the ASCII markup intact, which is all the prescan needs.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  let found: string | null = null;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (found !== null || name !== 'meta') return;
      if (attributes.charset) {
        found = attributes.charset.trim();
      } else if (attributes['http-equiv']?.toLowerCase() === 'content-type' && attributes.content) {
        // The content attribute is a MIME type ("text/html; charset=gb2312"), not markup.
        const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(attributes.content);
        if (match) found = match[1]!;
      }
    },
  });
  parser.write(head);
  parser.end();
  return found;
}

/** The WHATWG name of a label, or null when TextDecoder does not know it. */
function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** A label's WHATWG name when it is one a declaration is trusted with, else null. */
function trustedEncoding(label: string | null | undefined): string | null {
  const canonical = label ? canonicalEncoding(label) : null;
  if (canonical === null || !TRUSTED_DECLARATIONS.has(canonical)) return null;
  // GBK and GB2312 pages are decoded as GB18030, their superset: a page's odd character survives.
  return canonical === 'gbk' ? 'gb18030' : canonical;
}

/**
 * Decodes a page: a BOM wins, then the charset the server sent in its Content-Type header
 * (`transportCharset`, when the caller knows it), then a declared `<meta>` charset, each only when
 * it decodes strictly; then detection. That is the HTML standard's order.
 */
export function decodeHtml(bytes: Uint8Array, transportCharset?: string | null): { html: string; encoding: string; notes: string[] } {
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  const transport = hasBom ? null : trustedEncoding(transportCharset);
  if (transport !== null) {
    const html = decodeStrict(bytes, transport);
    if (html !== null && !looksBinary(html)) return { html, encoding: transport, notes: [`header charset ${transportCharset}`] };
  }
  const label = hasBom ? null : declaredCharset(bytes);
  const declared = label === null ? null : trustedEncoding(label);
  if (declared !== null) {
    const html = decodeStrict(bytes, declared);
    if (html !== null && !looksBinary(html)) return { html, encoding: declared, notes: [`meta charset ${label}`] };
  }
  const detected = decodeText(bytes);
  const notes = [detected.bom ? 'BOM' : 'detected'];
  if (label !== null) notes.push(`the page declares ${label}`);
  else if (label === null && !hasBom && transport === null) notes.push('no charset declared');
  if (transport !== null) notes.push(`the server said ${transportCharset}`);
  return { html: detected.text, encoding: detected.encoding, notes };
}

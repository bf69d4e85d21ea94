/**
 * A saved web page to the text of its article: the page's charset (BOM, then meta tag, then
 * detection), then htmlparser2's document tree, from which the article is the block with the most
 * Chinese text that is not link text; navigation, footers, scripts and hidden spam are dropped.
 * Block boundaries become line breaks so the extractor's segmenter sees the paragraphs, and the
 * title and date lines are put first, where the metadata reader looks for them.
 *
 * One job a file: the charset (charset.ts), what an element is (elements.ts), which one is the
 * article (article.ts), rendering its text (render.ts), the heading and date lines (heading.ts),
 * the page's declared address (address.ts), the nesting limit (depth.ts); this file puts them
 * together.
 */

import type { AnyNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';

import { IngestError } from '../types';
import { declaredAddress } from './address';
import { findArticle } from './article';
import { decodeHtml } from './charset';
import { checkDepth, refuseDeepNesting } from './depth';
import { headLines } from './heading';
import { renderText } from './render';

export { declaredAddress, httpAddress } from './address';
export { findArticle } from './article';
export { declaredCharset, decodeHtml } from './charset';
export { MAX_HTML_DEPTH, refuseDeepNesting, treeDepth } from './depth';
export { collapseSpace, renderText } from './render';

export interface HtmlText {
  readonly text: string;
  readonly encoding: string;
  readonly notes: readonly string[];
  /** The page's own address as it declares it (canonical link, og:url), http(s) only; null when none. */
  readonly declaredUrl: string | null;
}

/** The article text of a parsed document (see {@link articleText}). */
function articleOf(document: AnyNode): string {
  checkDepth(document);
  const article = findArticle(document);
  if (!article) throw new IngestError('no_text', 'is a web page without article text');
  const body = renderText(article);
  const head = headLines(document, article, body);
  return [...head, ...(head.length ? [''] : []), ...body].join('\n');
}

/**
 * The article text of a page: title line(s), date lines, a blank line, then the article's
 * paragraphs. Throws `no_text` when the page has no Chinese prose at all, `too_complex` when it is
 * nested deeper than {@link MAX_HTML_DEPTH}.
 */
export function articleText(html: string): string {
  refuseDeepNesting(html);
  return articleOf(parseDocument(html, { decodeEntities: true }));
}

/** Decodes and reads a saved web page; `transportCharset` is the server's Content-Type charset, when known. */
export function readHtml(bytes: Uint8Array, transportCharset?: string | null): HtmlText {
  const { html, encoding, notes } = decodeHtml(bytes, transportCharset);
  refuseDeepNesting(html);
  const document = parseDocument(html, { decodeEntities: true });
  const text = articleOf(document);
  return { text, encoding, notes, declaredUrl: declaredAddress(document) };
}

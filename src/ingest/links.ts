/**
 * The links of a web page, as a collector needs them: every link's absolute address with the words
 * a person sees for it, and which of them are attachments (the report as a .pdf, .docx… beside an
 * article page that holds only a line of text). Pure and isomorphic like the rest of src/ingest.
 */

import { type AnyNode, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';

import { refuseDeepNesting } from './html';
import { collapseSpace, httpAddress } from './html';

/** One link of a page. */
export interface PageLink {
  /** Absolute http(s) address, without its #fragment. */
  readonly url: string;
  /** The link's visible text, white space collapsed ('' for an embedded document). */
  readonly text: string;
  /** Its title attribute: list pages often cut the text short and keep the whole title here. */
  readonly title: string;
}

/** File endings of attachments a report may be published as (what `npm run collect` follows). */
export const ATTACHMENT_EXTENSIONS: readonly string[] = ['.pdf', '.docx', '.doc', '.wps', '.txt'];

function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if ('children' in node) return (node as { children: AnyNode[] }).children.map(textOf).join('');
  return '';
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * An embedded PDF viewer (`viewer.html?file=/files/r.pdf`) shows the document named by its `file`
 * parameter: that document is the link. (A `download.jsp?file=123` names no document: left as is.)
 */
function viewerTarget(url: string): string | null {
  const file = new URL(url).searchParams.get('file');
  if (!file || !ATTACHMENT_EXTENSIONS.some((extension) => file.toLowerCase().endsWith(extension))) return null;
  return httpAddress(file, url);
}

/**
 * Every link of a page in document order: `<a href>`, and documents embedded with `<iframe>`,
 * `<embed>` or `<object>`. Relative addresses are resolved against the page's `<base href>` or,
 * without one, `pageUrl`. Addresses that are not http(s), and links to the page itself, are left
 * out; an address linked twice is listed twice ({@link distinctLinks} keeps the first).
 */
export function pageLinks(html: string, pageUrl: string): PageLink[] {
  // A page nested thousands deep is refused before a tree is built (src/ingest/html/depth.ts).
  refuseDeepNesting(html);
  const document = parseDocument(html, { decodeEntities: true });
  let base = pageUrl;
  const links: PageLink[] = [];
  const add = (href: string | undefined, text: string, title: string) => {
    const resolved = httpAddress(href, base);
    if (resolved === null) return;
    const url = withoutFragment(viewerTarget(resolved) ?? resolved);
    if (url === withoutFragment(pageUrl)) return;
    links.push({ url, text: collapseSpace(text.replace(/[\n\r]+/g, ' ')), title: collapseSpace(title) });
  };
  const walk = (node: AnyNode) => {
    if (isTag(node)) {
      const { attribs } = node;
      if (node.name === 'base' && attribs.href) base = httpAddress(attribs.href, pageUrl) ?? base;
      else if (node.name === 'a' || node.name === 'area') add(attribs.href, textOf(node), attribs.title ?? '');
      else if (node.name === 'iframe' || node.name === 'embed') add(attribs.src, '', attribs.title ?? '');
      else if (node.name === 'object') add(attribs.data, '', attribs.title ?? '');
    }
    if ('children' in node) for (const child of (node as { children: AnyNode[] }).children) walk(child);
  };
  walk(document);
  return links;
}

/** The attachment ending of a link ('.pdf'…), from its address's path or, failing that, its words ("报告.pdf"). */
export function attachmentExtension(link: PageLink): string | null {
  const endings = [new URL(link.url).pathname, link.text, link.title].map((part) => part.trim().toLowerCase());
  for (const ending of endings) {
    const found = ATTACHMENT_EXTENSIONS.find((extension) => ending.endsWith(extension));
    if (found) return found;
  }
  return null;
}

/** Each address once, with the first link's words. */
export function distinctLinks(links: readonly PageLink[]): PageLink[] {
  const seen = new Set<string>();
  return links.filter((link) => !seen.has(link.url) && Boolean(seen.add(link.url)));
}

/** The page's links to attachments (see {@link ATTACHMENT_EXTENSIONS}), each once, in page order. */
export function attachmentLinks(links: readonly PageLink[]): PageLink[] {
  return distinctLinks(links.filter((link) => attachmentExtension(link) !== null));
}

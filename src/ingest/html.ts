/**
 * A saved web page to the text of its article: the page's charset (BOM, then meta tag, then
 * detection), then htmlparser2's document tree, from which the article is the block with the most
 * Chinese text that is not link text; navigation, footers, scripts and hidden spam are dropped.
 * Block boundaries become line breaks so the extractor's segmenter sees the paragraphs, and the
 * title and date lines are put first, where the metadata reader looks for them.
 */

import { type AnyNode, type Element, isTag, isText } from 'domhandler';
import { parseDocument, Parser } from 'htmlparser2';

import { decodeStrict, decodeText, looksBinary } from './decode-text';
import { IngestError } from './types';

export interface HtmlText {
  readonly text: string;
  readonly encoding: string;
  readonly notes: readonly string[];
  /** The page's own address as it declares it (canonical link, og:url), http(s) only; null when none. */
  readonly declaredUrl: string | null;
}

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

/**
 * Elements whose content is never article text. Not `form`: ASP.NET pages, common on government
 * sites, wrap the whole page in one.
 */
const DROPPED_TAGS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'math',
  'nav',
  'footer',
  'aside',
  'button',
  'select',
  'textarea',
  'input',
  'map',
  'audio',
  'video',
  'dialog',
]);

/** Class or id words of page chrome on Chinese government sites (exact tokens, or as a prefix/suffix part). */
const CHROME_TOKEN =
  /^(?:nav|navbar|menu|footer|foot|breadcrumbs?|crumbs?|sidebar|share|copyright|toolbar|topbar|login|search|friendlink|links?)$|(?:^|[-_])(?:nav|menu|footer|breadcrumb|crumbs?|sidebar|share|copyright)(?:[-_]|$)/i;

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
]);

/** Elements that may be the article: containers, not paragraphs. */
const CONTAINER_TAGS = new Set(['article', 'main', 'section', 'div', 'td', 'body', 'center', 'font', 'span']);

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

function isHidden(element: Element): boolean {
  if ('hidden' in element.attribs) return true;
  if (element.attribs['aria-hidden'] === 'true') return true;
  const style = element.attribs.style?.replace(/\s+/g, '').toLowerCase() ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function hasChromeName(element: Element): boolean {
  const words = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`.split(/\s+/).filter(Boolean);
  return words.some((word) => CHROME_TOKEN.test(word));
}

/** An HTML5 `<header>` is page chrome unless it is an article's header holding its title. */
function containsHeading(element: Element): boolean {
  return element.children.some((child) => isTag(child) && (/^h[1-3]$/.test(child.name) || containsHeading(child)));
}

/** True for elements whose content is not article text. */
function isDropped(element: Element): boolean {
  if (DROPPED_TAGS.has(element.name) || isHidden(element)) return true;
  if (element.name === 'header') return !containsHeading(element);
  return hasChromeName(element) && element.name !== 'body' && element.name !== 'html';
}

interface Density {
  /** Chinese characters of the element's visible text. */
  han: number;
  /** Of those, characters inside links. */
  linkHan: number;
}

/** Counts Chinese text and link text under every element, skipping dropped ones. */
function measure(node: AnyNode, inLink: boolean, out: Map<Element, Density>): Density {
  if (isText(node)) {
    const han = hanCount(node.data);
    return { han, linkHan: inLink ? han : 0 };
  }
  if (!isTag(node) && !('children' in node)) return { han: 0, linkHan: 0 };
  if (isTag(node) && isDropped(node)) return { han: 0, linkHan: 0 };
  const link = inLink || (isTag(node) && node.name === 'a');
  const total: Density = { han: 0, linkHan: 0 };
  for (const child of (node as { children: AnyNode[] }).children) {
    const density = measure(child, link, out);
    total.han += density.han;
    total.linkHan += density.linkHan;
  }
  if (isTag(node)) out.set(node, total);
  return total;
}

/** Link text counts against a block four times over: navigation is links, an article is prose. */
function score(density: Density): number {
  return density.han - 4 * density.linkHan;
}

/** The element holding the article: the container with the best prose-over-links score. */
export function findArticle(root: AnyNode): Element | null {
  const densities = new Map<Element, Density>();
  measure(root, false, densities);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, density] of densities) {
    if (!CONTAINER_TAGS.has(element.name)) continue;
    const value = score(density);
    if (value > bestScore) {
      best = element;
      bestScore = value;
    }
  }
  return best;
}

const HTML_SPACE = /[ \t\n\r\f]+/g;
/** Wide characters: CSS drops a line break between two of them instead of rendering a space. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Collapses HTML white space in one rendered line the way a browser does, CJK line breaks included. */
export function collapseSpace(line: string): string {
  return line
    .replace(HTML_SPACE, (run, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + run.length] ?? '';
      if (/[\n\r]/.test(run) && WIDE.test(before) && WIDE.test(after)) return '';
      return ' ';
    })
    .replace(/^ +| +$/g, '');
}

/** Renders an element's visible text with a line break at every block boundary. */
export function renderText(root: AnyNode): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = collapseSpace(current);
    if (line.length > 0) lines.push(line);
    current = '';
  };
  const walk = (node: AnyNode, pre: boolean) => {
    if (isText(node)) {
      if (pre) {
        const [first, ...rest] = node.data.split('\n');
        current += first;
        for (const part of rest) {
          lines.push(current.replace(/\s+$/, ''));
          current = part;
        }
      } else {
        current += node.data;
      }
      return;
    }
    if (!isTag(node)) {
      if ('children' in node) for (const child of (node as { children: AnyNode[] }).children) walk(child, pre);
      return;
    }
    if (isDropped(node)) return;
    if (node.name === 'br') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(node.name);
    if (block) flush();
    const inPre = pre || node.name === 'pre';
    for (const child of node.children) walk(child, inPre);
    if (node.name === 'td' || node.name === 'th') current += ' ';
    if (block) flush();
  };
  walk(root, false);
  flush();
  return lines.filter((line) => line.trim().length > 0);
}

/** Title and date elements come before the article; a date line says when the page was published. */
const DATE_LINE = /发布|日期|时间|来源|\d{4}\s*[-年./]\s*\d{1,2}/;
const DATE_LINE_MAX = 120;

function elementsInOrder(root: AnyNode): Element[] {
  const out: Element[] = [];
  const walk = (node: AnyNode) => {
    if (isTag(node)) {
      if (isDropped(node)) return;
      out.push(node);
    }
    if ('children' in node) for (const child of (node as { children: AnyNode[] }).children) walk(child);
  };
  walk(root);
  return out;
}

function contains(ancestor: AnyNode, node: AnyNode): boolean {
  for (let current: AnyNode | null = node; current; current = current.parent) {
    if (current === ancestor) return true;
  }
  return false;
}

const TITLE_WORDS = /报告|总结|情况|法治|法制|依法/;

/**
 * The page's heading: the first `<h1>`–`<h3>` that reads like a report title, else the first `<h1>`
 * with Chinese text (a site's name in an `<h1>` logo must not beat the article's own heading).
 */
function findTitleElement(elements: readonly Element[]): Element | null {
  const headings = elements.filter((element) => /^h[1-3]$/.test(element.name) && hanCount(renderText(element).join('')) >= 4);
  return (
    headings.find((element) => TITLE_WORDS.test(renderText(element).join(''))) ?? headings.find((element) => element.name === 'h1') ?? null
  );
}

/** The `<title>` without the site name after it ("报告_长沙市芙蓉区人民政府" → "报告"). */
function documentTitle(root: AnyNode): string | null {
  const find = (node: AnyNode): Element | null => {
    if (isTag(node) && node.name === 'title') return node;
    if ('children' in node) {
      for (const child of (node as { children: AnyNode[] }).children) {
        const found = find(child);
        if (found) return found;
      }
    }
    return null;
  };
  const element = find(root);
  if (!element) return null;
  const text = collapseSpace(element.children.map((child) => (isText(child) ? child.data : '')).join(''));
  // Site-name separators; a dash needs spaces around it, for "2021—2025" belongs to a title.
  const parts = text.split(/\s*[_|｜]\s*|\s+[-—–]+\s+/).filter((part) => hanCount(part) > 0);
  const first = parts[0] ?? '';
  return hanCount(first) >= 4 ? first : null;
}

/** Lines between the title and the article (date, source), in page order. */
function linesBetween(elements: readonly Element[], title: Element, article: Element): string[] {
  const start = elements.indexOf(title);
  const end = elements.indexOf(article);
  if (start === -1 || end === -1 || end <= start) return [];
  const lines: string[] = [];
  // Leaves only: an element and its children must not render the same line twice.
  for (const element of elements.slice(start + 1, end)) {
    if (contains(title, element) || element.children.some((child) => isTag(child) && !isDropped(child) && BLOCK_TAGS.has(child.name)))
      continue;
    for (const line of renderText(element)) {
      if (line.length <= DATE_LINE_MAX && DATE_LINE.test(line) && !lines.includes(line)) lines.push(line);
    }
  }
  return lines;
}

/** An absolute http(s) address, normalised; null for anything else (relative, javascript:, mailto:…). */
export function httpAddress(candidate: string | undefined, base?: string): string | null {
  if (!candidate) return null;
  try {
    const url = base === undefined ? new URL(candidate.trim()) : new URL(candidate.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Elements nested deeper than a page ever is: real pages are a few dozen deep (old ones with
 * unclosed <font> tags a few hundred). The readers below walk the tree recursively, so a page
 * nested thousands deep is refused by name instead of overflowing the stack.
 */
export const MAX_HTML_DEPTH = 512;

/** The deepest nesting of a parsed tree, found without recursion. */
export function treeDepth(root: AnyNode): number {
  let deepest = 0;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if ('children' in node) for (const child of (node as { children: AnyNode[] }).children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * The address a page declares for itself: `<link rel="canonical">`, else `<meta property="og:url">`.
 * Only an absolute http(s) address counts: a saved page has no address of its own to resolve a
 * relative one against, and nothing else may become a link in the dashboard.
 */
export function declaredAddress(root: AnyNode): string | null {
  let canonical: string | null = null;
  let ogUrl: string | null = null;
  const walk = (node: AnyNode) => {
    if (canonical !== null) return;
    if (isTag(node)) {
      const { attribs } = node;
      if (node.name === 'link' && (attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'))
        canonical = httpAddress(attribs.href);
      else if (node.name === 'meta' && ogUrl === null && (attribs.property ?? attribs.name ?? '').toLowerCase() === 'og:url')
        ogUrl = httpAddress(attribs.content);
    }
    if ('children' in node) for (const child of (node as { children: AnyNode[] }).children) walk(child);
  };
  walk(root);
  return canonical ?? ogUrl;
}

/**
 * Refuses a page nested deeper than {@link MAX_HTML_DEPTH} while it is being read, before a tree is
 * built: building one 200,000 levels deep took half a minute (each closing tag searches the open
 * ones), so the depth is counted on the way in and the reading stops at the limit.
 */
export function refuseDeepNesting(html: string): void {
  let depth = 0;
  let deepest = 0;
  const tooDeep = new Error('too deep');
  const parser = new Parser(
    {
      onopentag() {
        depth += 1;
        if (depth > deepest) deepest = depth;
        if (depth > MAX_HTML_DEPTH) throw tooDeep;
      },
      onclosetag() {
        depth -= 1;
      },
    },
    { decodeEntities: false },
  );
  try {
    parser.end(html);
  } catch (error) {
    if (error !== tooDeep) throw error;
    throw new IngestError(
      'too_complex',
      `is a web page nested more than ${MAX_HTML_DEPTH} levels deep; over ${MAX_HTML_DEPTH} is refused (a page is a few dozen deep)`,
    );
  }
}

/** Refuses a tree nested deeper than {@link MAX_HTML_DEPTH}, before anything walks it recursively. */
function checkDepth(document: AnyNode): void {
  const depth = treeDepth(document);
  if (depth > MAX_HTML_DEPTH) {
    throw new IngestError(
      'too_complex',
      `is a web page nested ${depth.toLocaleString('en')} levels deep; over ${MAX_HTML_DEPTH} is refused (a page is a few dozen deep)`,
    );
  }
}

/** The article text of a parsed document (see {@link articleText}). */
function articleOf(document: AnyNode): string {
  checkDepth(document);
  const article = findArticle(document);
  if (!article) throw new IngestError('no_text', 'is a web page without article text');
  const body = renderText(article);
  const elements = elementsInOrder(document);
  const titleElement = findTitleElement(elements);
  const head: string[] = [];
  if (titleElement && !contains(article, titleElement)) {
    head.push(...renderText(titleElement), ...linesBetween(elements, titleElement, article));
  } else if (!titleElement) {
    const title = documentTitle(document);
    if (title && !body.slice(0, 10).some((line) => line.includes(title))) head.push(title);
  }
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

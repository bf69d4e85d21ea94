/**
 * What an element of a page is to the reader: dropped (scripts, navigation, footers, form controls,
 * hidden spam), a block (a line break before and after it), and the page's elements in order.
 */

import { type AnyNode, type Element, isTag } from 'domhandler';

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

export const BLOCK_TAGS = new Set([
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

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

export function hanCount(text: string): number {
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
export function isDropped(element: Element): boolean {
  if (DROPPED_TAGS.has(element.name) || isHidden(element)) return true;
  if (element.name === 'header') return !containsHeading(element);
  return hasChromeName(element) && element.name !== 'body' && element.name !== 'html';
}

export function elementsInOrder(root: AnyNode): Element[] {
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

export function contains(ancestor: AnyNode, node: AnyNode): boolean {
  for (let current: AnyNode | null = node; current; current = current.parent) {
    if (current === ancestor) return true;
  }
  return false;
}

/** Which element holds the article: the container with the most Chinese prose that is not link text. */

import { type AnyNode, type Element, isTag, isText } from 'domhandler';

import { hanCount, isDropped } from './elements';

/** Elements that may be the article: containers, not paragraphs. */
const CONTAINER_TAGS = new Set(['article', 'main', 'section', 'div', 'td', 'body', 'center', 'font', 'span']);

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

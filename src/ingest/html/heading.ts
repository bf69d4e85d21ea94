/**
 * The page's heading and the lines under it (date, source), which go before the article where the
 * metadata reader looks for them; the `<title>` when the page has no heading.
 */

import { type AnyNode, type Element, isTag, isText } from 'domhandler';

import { BLOCK_TAGS, contains, elementsInOrder, hanCount, isDropped } from './elements';
import { collapseSpace, renderText } from './render';

/** Title and date elements come before the article; a date line says when the page was published. */
const DATE_LINE = /发布|日期|时间|来源|\d{4}\s*[-年./]\s*\d{1,2}/;
const DATE_LINE_MAX = 120;
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

/**
 * The lines that go before the article: the page's heading and the date and source lines under it
 * when the heading is outside the article, else the `<title>` when the page has no heading and
 * the article's first lines do not already say it. `body` is the article's rendered lines.
 */
export function headLines(document: AnyNode, article: Element, body: readonly string[]): string[] {
  const elements = elementsInOrder(document);
  const titleElement = findTitleElement(elements);
  if (titleElement) {
    return contains(article, titleElement) ? [] : [...renderText(titleElement), ...linesBetween(elements, titleElement, article)];
  }
  const title = documentTitle(document);
  return title && !body.slice(0, 10).some((line) => line.includes(title)) ? [title] : [];
}

/** Pages nested deeper than any real page is are refused by name, before a reader walks them recursively. */

import type { AnyNode } from 'domhandler';
import { Parser } from 'htmlparser2';

import { IngestError } from '../types';

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
export function checkDepth(document: AnyNode): void {
  const depth = treeDepth(document);
  if (depth > MAX_HTML_DEPTH) {
    throw new IngestError(
      'too_complex',
      `is a web page nested ${depth.toLocaleString('en')} levels deep; over ${MAX_HTML_DEPTH} is refused (a page is a few dozen deep)`,
    );
  }
}

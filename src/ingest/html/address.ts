/** The address a page declares for itself (canonical link, og:url), http(s) only. */

import { type AnyNode, isTag } from 'domhandler';

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

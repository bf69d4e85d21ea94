/**
 * The words a person selected in one paragraph of the reader, as offsets into the paragraph's text:
 * the reader renders paragraphs as text nodes and `<mark>`s of the text itself
 * (src/ui/values/MarkedParagraph.tsx), so the characters before the selection in the paragraph element
 * are exactly `paragraph.text.slice(0, start)`. Paragraph elements are found by their DOM id.
 */

import { type RefObject, useCallback, useEffect, useState } from 'react';

export interface ParagraphSelection {
  readonly paragraphId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The paragraph element holding a node: the closest `<p>` whose id is `idPrefix` + the paragraph's id. */
function paragraphOf(node: Node | null, idPrefix: string): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  const paragraph = element?.closest<HTMLElement>('p[id]') ?? null;
  return paragraph?.id.startsWith(idPrefix) ? paragraph : null;
}

/** Offsets of the selection's range within its paragraph, or why there are none. */
export function readSelection(selection: Selection | null, idPrefix: string): ParagraphSelection | 'outside' | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const paragraph = paragraphOf(range.startContainer, idPrefix);
  const last = paragraphOf(range.endContainer, idPrefix);
  if (!paragraph || paragraph !== last) return paragraph || last ? 'outside' : null;
  const before = document.createRange();
  before.selectNodeContents(paragraph);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const text = range.toString();
  return { paragraphId: paragraph.id.slice(idPrefix.length), start, end: start + text.length, text };
}

/** Follows the selection inside `container` (the last words selected); `clear()` forgets them (after adding, or on cancel). */
export function useParagraphSelection(container: RefObject<HTMLElement | null>, enabled: boolean, idPrefix: string) {
  const [selection, setSelection] = useState<ParagraphSelection | 'outside' | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    const onChange = () => {
      const current = document.getSelection();
      const anchor = current?.anchorNode ?? null;
      if (!anchor || !container.current?.contains(anchor)) return;
      // A click (a collapsed selection) keeps the words chosen: clicking "add" must not lose them.
      const read = readSelection(current, idPrefix);
      if (read !== null) setSelection(read);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container, enabled, idPrefix]);
  const clear = useCallback(() => setSelection(null), []);
  return { selection: enabled ? selection : null, clear };
}

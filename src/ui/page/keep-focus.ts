import { type RefObject, useEffect, useRef } from 'react';

/**
 * A switch to a year or indicator whose data is not loaded yet replaces the view by a loading
 * status and mounts it again once the data has come: the control the user had just changed is
 * unmounted with it, and the browser moves focus to `<body>`. A keyboard user then finds focus at
 * the top of the page after every such switch. The control comes back as a new element (its `id`
 * from React's useId is new too), so it is found again by what a person would call it: its kind
 * and its label (a radio button's label is the option it stands for).
 */
export function focusKeyOf(element: Element): string | null {
  if (!(element instanceof HTMLElement)) return null;
  const tag = element.tagName.toLowerCase();
  const named = element.getAttribute('aria-label') ?? labelText(element);
  if (!named) return null;
  const type = element instanceof HTMLInputElement ? element.type : '';
  return [tag, type, named].join('\u0000');
}

function labelText(element: HTMLElement): string {
  const labels = 'labels' in element ? (element as HTMLInputElement).labels : null;
  const label = labels?.[0]?.textContent?.trim();
  if (label) return label;
  // Buttons and links are named by their own text.
  return element instanceof HTMLButtonElement || element instanceof HTMLAnchorElement ? (element.textContent?.trim() ?? '') : '';
}

const FOCUSABLE = 'select, input, button, a[href], textarea';

/** The first focusable element under `root` with this key, if any. */
export function findByFocusKey(root: ParentNode, key: string): HTMLElement | null {
  for (const candidate of root.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (focusKeyOf(candidate) === key) return candidate;
  }
  return null;
}

/**
 * Gives focus back to the control that had it inside `root` before the view was taken off screen
 * while loading, once it is drawn again (`drawn` turns true) — only if focus was lost meanwhile
 * (it is on `<body>`): a user who moved on elsewhere keeps where they went.
 */
export function useFocusKeptAcrossReload(root: RefObject<HTMLElement | null>, drawn: boolean): void {
  const lastFocused = useRef<string | null>(null);
  useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    const remember = (event: FocusEvent) => {
      if (event.target instanceof Element) lastFocused.current = focusKeyOf(event.target);
    };
    element.addEventListener('focusin', remember);
    return () => element.removeEventListener('focusin', remember);
  }, [root]);
  useEffect(() => {
    const element = root.current;
    const key = lastFocused.current;
    if (!drawn || !element || key === null) return;
    const active = element.ownerDocument.activeElement;
    if (active !== null && active !== element.ownerDocument.body) return;
    findByFocusKey(element, key)?.focus({ preventScroll: true });
  }, [root, drawn]);
}

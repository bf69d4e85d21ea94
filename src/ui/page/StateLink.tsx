import type { MouseEvent, ReactNode } from 'react';

import { useUi } from '../../state/ui-store';
import type { UiState } from '../../state/url-state';
import { hrefOver } from '../../state/url-sync';

/** True for a plain left click; modified clicks (new tab, new window) keep the browser's way. */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export interface StateLinkProps {
  /** The part of the UI state this link changes. */
  readonly to: Partial<UiState>;
  /** The store action that makes the change (so that one history entry is pushed). */
  readonly onNavigate: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  readonly 'aria-current'?: 'page' | undefined;
}

/**
 * A real link to another UI state: it can be opened in a new tab or copied, and a plain click
 * goes through the store instead of reloading the page. It reads its address from the store, so
 * that it re-renders when its address changes, not on every change of the UI state (a table's
 * hundred place links did, on each source opened).
 */
export function StateLink({ to, onNavigate, children, className, ...rest }: StateLinkProps) {
  // The store's state itself (its actions are no query key): hrefOver caches by that object.
  const href = useUi((s) => hrefOver(s, to));
  return (
    <a
      href={href}
      className={className}
      aria-current={rest['aria-current']}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        onNavigate();
      }}
    >
      {children}
    </a>
  );
}

import { createContext, type MouseEvent, type ReactNode, useContext, useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { useUi } from '../../state/ui-store';
import { pickUiState, type UiState } from '../../state/url-state';
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

/** The state the links below a {@link DeferredLinkBase} lay their `to` over; null outside one. */
const LinkBaseContext = createContext<UiState | null>(null);

/**
 * Gives the links below it (a table's hundred place links) their address from one subscription
 * to the store, a render behind it: a switch (province, year, indicator) changes every link's
 * address, and a link subscribed to the store on its own was re-rendered in the switch's urgent
 * render — before the chart was drawn — only to be rendered again with its new row in the
 * deferred one. Here the urgent render re-renders this component alone (its children are the
 * same elements, and the deferred base has not changed yet), and each link is rendered once, in
 * the deferred render, beside its row.
 *
 * `over` is what every link below changes (e.g. the view and the closed source of a profile
 * link): laid over the state before the comparison, so that a change of those fields only (a
 * source opened) re-renders no link. A link's address is the state with `over`, then its own
 * `to`, laid over it. `over` must be a constant (it is read on every change of the store).
 */
export function DeferredLinkBase({ over, children }: { over: Partial<UiState>; children: ReactNode }) {
  const base = useUi(useShallow((state) => ({ ...pickUiState(state), ...over })));
  const deferred = useDeferredValue(base);
  return <LinkBaseContext.Provider value={deferred}>{children}</LinkBaseContext.Provider>;
}

/**
 * A real link to another UI state: it can be opened in a new tab or copied, and a plain click
 * goes through the store instead of reloading the page. Below a {@link DeferredLinkBase} it reads
 * its address from that; elsewhere from the store, so that it re-renders when its address
 * changes, not on every change of the UI state (a table's hundred place links did, on each source
 * opened).
 */
export function StateLink(props: StateLinkProps) {
  const base = useContext(LinkBaseContext);
  return base ? <LinkTo href={hrefOver(base, props.to)} {...props} /> : <StoreStateLink {...props} />;
}

function StoreStateLink(props: StateLinkProps) {
  // The store's state itself (its actions are no query key): hrefOver caches by that object.
  const href = useUi((s) => hrefOver(s, props.to));
  return <LinkTo href={href} {...props} />;
}

function LinkTo({ href, onNavigate, children, className, ...rest }: StateLinkProps & { href: string }) {
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

import type { CSSProperties, ReactNode } from 'react';

import { type QuoteSpan, segmentText } from './quote';

export interface MarkedParagraphProps {
  readonly text: string;
  readonly spans: readonly QuoteSpan[];
  /** Style and attributes for the `<mark>` of a segment, from the ids of its spans. */
  readonly renderMark?: (spanIds: readonly string[], children: ReactNode, key: string) => ReactNode;
  readonly className?: string;
  readonly id?: string;
  /** -1 lets "go to paragraph" move focus here without adding a tab stop. */
  readonly tabIndex?: number;
  /** Marks the paragraph as the current one of a set (the reader's current value), for assistive technology too. */
  readonly current?: boolean;
}

const defaultMark = (_ids: readonly string[], children: ReactNode, key: string) => <mark key={key}>{children}</mark>;

/**
 * A paragraph of report text with the given spans inside `<mark>` elements. Text is rendered as
 * React text nodes only: report text may contain markup, which must show as text.
 */
export function MarkedParagraph({ text, spans, renderMark = defaultMark, className, id, tabIndex, current }: MarkedParagraphProps) {
  const segments = segmentText(text, spans);
  return (
    <p className={className} id={id} tabIndex={tabIndex} lang="zh" aria-current={current ? 'true' : undefined}>
      {segments.map((segment) =>
        segment.spanIds.length === 0 ? segment.text : renderMark(segment.spanIds, segment.text, `${segment.start}-${segment.end}`),
      )}
    </p>
  );
}

/** A `<mark>` tinted with a theme's colours. */
export function themedMarkStyle(color: { strong: string; soft: string }): CSSProperties {
  return { background: color.soft, boxShadow: `inset 0 -2px 0 ${color.strong}`, color: 'inherit' };
}

/**
 * The two kinds of span, named for what they count from. Both are half-open `[start, end)` in
 * UTF-16 code units; which text they index is the whole difference, and it is in the name:
 *
 * - {@link ParagraphSpan}: within one paragraph's text. An extraction's span (the contract's
 *   `start`/`end`/`quote`: `paragraph.text.slice(start, end) === quote`), the quotes a reader
 *   marks in a paragraph, the matcher's words.
 * - {@link TextSpan}: within the whole decoded text of a report. A metadata value's evidence (the
 *   detail file's `metadata.*.span`), a line, the title, the page header.
 *
 * A paragraph span becomes a text span by adding the paragraph's `offset`. The optional
 * `countsFrom` exists for the type checker only (no value carries it): it keeps a span of one kind
 * from being passed where the other is meant.
 */

/** `[start, end)` within one paragraph's text: `paragraph.text.slice(start, end)`. */
export interface ParagraphSpan {
  readonly start: number;
  readonly end: number;
  readonly countsFrom?: 'paragraph';
}

/** `[start, end)` within a report's whole decoded text: `text.slice(start, end)`. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly countsFrom?: 'text';
}

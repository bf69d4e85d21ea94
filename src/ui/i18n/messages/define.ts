/**
 * How a feature's interface strings are written: one object per language, the English one checked
 * by the compiler to have exactly the Chinese one's keys (a missing or stray key does not build).
 */

/**
 * A message with plural forms, chosen by `Intl.PluralRules` from the `n` parameter: English needs
 * "1 value" / "3 values"; Chinese has one form and writes a plain string.
 */
export interface PluralMessage {
  readonly one: string;
  readonly other: string;
}

export type Message = string | PluralMessage;

/** A feature's messages in both languages; `en` must have the keys of `zh`, no more, no fewer. */
export function defineMessages<const Keys extends string>(
  zh: Readonly<Record<Keys, Message>>,
  en: Readonly<Record<NoInfer<Keys>, Message>>,
): { readonly zh: Readonly<Record<Keys, Message>>; readonly en: Readonly<Record<Keys, Message>> } {
  return { zh, en };
}

/**
 * The Chinese words of a feature the first view shows. Its English is a module of its own
 * (`X.en.ts`, typed {@link EnglishOf}), so that a Chinese page never downloads it: the landing
 * view's and the shell's English was ~5 kB gzip of the JavaScript before the first chart.
 */
export function defineChinese<const Keys extends string>(zh: Readonly<Record<Keys, Message>>): Readonly<Record<Keys, Message>> {
  return zh;
}

/** The English of {@link defineChinese}'s words: exactly their keys (a missing or stray key does not build). */
export type EnglishOf<Chinese> = Readonly<Record<keyof Chinese, Message>>;

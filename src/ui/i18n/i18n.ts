/**
 * Interface strings in Chinese (default) and English, written per feature in `messages/` and
 * merged here. Indicator, theme and unit labels come from the data (the catalogue); only the
 * dashboard's own words live in messages. English plurals ("1 value", "3 values") are chosen by
 * `Intl.PluralRules` from the `n` parameter. Pure, so that option builders can use it without React.
 *
 * Only the words of the landing view (the compare view, its place picker) and the app shell are
 * registered when this module loads, and only in Chinese: their English is a chunk of its own, loaded
 * for an English page ({@link loadLanguage}: before the first render of a page whose address asks
 * for English, and before the language switch shows it). The words of everything that loads in a chunk of its own
 * (the other views, the source panel, the review form, the downloads) are registered, in both
 * languages, by the modules that use them ({@link registerMessages}), so that they do not weigh on
 * the JavaScript before the first chart; their keys are typed here all the same.
 */

import type { Lang } from '../../state/url-state';
import type { aboutMessages } from './messages/about';
import type { briefingMessages } from './messages/briefing';
import { commonChinese } from './messages/common';
import { compareChinese } from './messages/compare';
import type { coverageMessages } from './messages/coverage';
import type { Message } from './messages/define';
import type { indicatorMessages } from './messages/indicator';
import type { localMessages } from './messages/local';
import type { outputsMessages } from './messages/outputs';
import { placePickerChinese } from './messages/place-picker';
import type { profileMessages } from './messages/profile';
import type { reportMessages } from './messages/report';
import type { reviewMessages } from './messages/review';
import { reviewMarksChinese } from './messages/review-marks';
import { shellChinese } from './messages/shell';
import type { sourceMessages } from './messages/source';
import type { trendMessages } from './messages/trend';

/** The Chinese words the landing view and the shell need, registered when this module loads (their English: ./english.ts). */
const EAGER_CHINESE = [shellChinese, commonChinese, compareChinese, reviewMarksChinese, placePickerChinese] as const;

/**
 * Registered by the modules that use them: the views' chunks (src/features/*), the source panel,
 * the review form (src/ui/review), the downloads (src/ui/outputs/OutputsBody.tsx).
 */
type LazyFeatureMessages =
  | typeof aboutMessages
  | typeof briefingMessages
  | typeof coverageMessages
  | typeof indicatorMessages
  | typeof localMessages
  | typeof outputsMessages
  | typeof profileMessages
  | typeof reportMessages
  | typeof reviewMessages
  | typeof sourceMessages
  | typeof trendMessages;

type KeysOf<T> = T extends { readonly zh: Readonly<Record<infer K, Message>> } ? K : never;
type EagerKeysOf<T> = T extends unknown ? keyof T : never;

export type MessageKey = KeysOf<LazyFeatureMessages> | EagerKeysOf<(typeof EAGER_CHINESE)[number]>;

const dictionaries: Record<Lang, Record<string, Message>> = { zh: {}, en: {} };
const registered = new Set<object>();

/** Adds one language's words of a feature; two features defining one key would make one of them say the other's words. */
function registerWords(lang: Lang, words: Readonly<Record<string, Message>>): void {
  for (const [key, message] of Object.entries(words)) {
    if (key in dictionaries[lang]) throw new Error(`message key ${key} is defined twice`);
    dictionaries[lang][key] = message;
  }
}

/** Adds a feature's words (once; a module registering them again is harmless). */
export function registerMessages(feature: {
  readonly zh: Readonly<Record<string, Message>>;
  readonly en: Readonly<Record<string, Message>>;
}): void {
  if (registered.has(feature)) return;
  registered.add(feature);
  registerWords('zh', feature.zh);
  registerWords('en', feature.en);
}

for (const words of EAGER_CHINESE) registerWords('zh', words);

/** The languages whose landing-view and shell words are registered: Chinese from the start. */
const loadedLanguages = new Set<Lang>(['zh']);
let englishLoading: Promise<void> | undefined;

/** Whether `lang`'s words are all here: a page may be drawn in it now. */
export function isLanguageLoaded(lang: Lang): boolean {
  return loadedLanguages.has(lang);
}

/**
 * Loads and registers `lang`'s words of the landing view and the shell (English: ./english.ts, a
 * chunk of its own; Chinese is always here). A failed load (the network) is tried again on the
 * next call.
 */
export function loadLanguage(lang: Lang): Promise<void> {
  if (loadedLanguages.has(lang)) return Promise.resolve();
  englishLoading ??= import('./english').then(
    ({ EAGER_ENGLISH }) => {
      for (const words of EAGER_ENGLISH) registerWords('en', words);
      loadedLanguages.add('en');
    },
    (error: unknown) => {
      englishLoading = undefined;
      throw error;
    },
  );
  return englishLoading;
}

/** Runs `task` once `lang`'s words are here: at once when they are, after their load otherwise (not if it fails). */
export function whenLanguageLoaded(lang: Lang, task: () => void): void {
  if (isLanguageLoaded(lang)) task();
  else loadLanguage(lang).then(task, () => undefined);
}

/**
 * Every registered message, by language (exported for the test that both languages have the same
 * keys). A lazy feature's keys are here once its chunk has loaded; the English of the landing
 * view's and the shell's once {@link loadLanguage} has loaded it.
 */
export const MESSAGES = dictionaries as Readonly<Record<Lang, Readonly<Record<MessageKey, Message>>>>;

const PLURAL_RULES: Record<Lang, Intl.PluralRules> = { zh: new Intl.PluralRules('zh-CN'), en: new Intl.PluralRules('en') };

/** The template for `key`, its plural form chosen by the `n` parameter when it has forms. */
function template(lang: Lang, key: MessageKey, params: Record<string, string | number> | undefined): string {
  const message = MESSAGES[lang][key] as Message | undefined;
  // A lazy feature's word asked before its chunk registered it: the key shows, nothing breaks.
  if (message === undefined) return key;
  if (typeof message === 'string') return message;
  const n = Number(params?.n);
  return PLURAL_RULES[lang].select(Number.isFinite(n) ? n : 0) === 'one' ? message.one : message.other;
}

/** A translation function for one language. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Returns the message for `key` with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = template(lang, key, params);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

/** A message key for data-driven words (units, levels…), checked against the dictionary. */
export function isMessageKey(key: string): key is MessageKey {
  return key in MESSAGES.zh;
}

/** Translates a data-driven key such as `unit.件`, falling back to the raw word. */
export function translateOr(lang: Lang, key: string, fallback: string): string {
  return isMessageKey(key) ? translate(lang, key) : fallback;
}

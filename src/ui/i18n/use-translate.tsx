import { createContext, type ReactNode, useContext, useMemo, useSyncExternalStore } from 'react';

import { uiStore, useUi } from '../../state/ui-store';
import type { Lang } from '../../state/url-state';
import { type Translate, translator } from './i18n';

/** The language the app gives everything it draws ({@link LanguageProvider}); null outside it. */
const LanguageContext = createContext<Lang | null>(null);

/**
 * Reads the language from the store once for all it holds: a table's every cell asked the store
 * itself (a dozen subscriptions a row, each called on every change of the UI state).
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const lang = useUi((state) => state.lang);
  return <LanguageContext.Provider value={lang}>{children}</LanguageContext.Provider>;
}

const subscribeToNothing = () => () => undefined;
const storeLang = () => uiStore.getState().lang;
const noLang = () => null;

/** The current language and its translation function. */
export function useTranslate(): { lang: Lang; t: Translate } {
  const provided = useContext(LanguageContext);
  // Outside a provider (the app's own shell, a component rendered alone) the store is read
  // directly; inside one, this subscribes to nothing.
  const own = useSyncExternalStore(provided === null ? uiStore.subscribe : subscribeToNothing, provided === null ? storeLang : noLang);
  const lang = provided ?? (own as Lang);
  return useMemo(() => ({ lang, t: translator(lang) }), [lang]);
}

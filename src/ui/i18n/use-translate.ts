import { useMemo } from 'react';

import { useUi } from '../../state/ui-store';
import type { Lang } from '../../state/url-state';
import { type Translate, translator } from './i18n';

/** The current language and its translation function. */
export function useTranslate(): { lang: Lang; t: Translate } {
  const lang = useUi((state) => state.lang);
  return useMemo(() => ({ lang, t: translator(lang) }), [lang]);
}

/**
 * What a person reads when the browser's local storage fails: a full quota with its figures, no
 * IndexedDB at all, a tab holding an older version, or the browser's own words.
 */
import { LocalStoreError } from '../../data/site-db';
import type { Lang } from '../../state/url-state';
import { formatNumber } from '../i18n/format';
import type { Translate } from '../i18n/i18n';

const megabytes = (bytes: number, lang: Lang) => `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, lang)} MB`;

export function storeErrorText(error: unknown, t: Translate, lang: Lang): string {
  if (!(error instanceof LocalStoreError)) return t('store.failed', { reason: error instanceof Error ? error.message : String(error) });
  switch (error.failure) {
    case 'full': {
      const figures = error.storage
        ? t('store.figures', { used: megabytes(error.storage.usedBytes, lang), quota: megabytes(error.storage.quotaBytes, lang) })
        : '';
      return t('store.full', { figures });
    }
    case 'missing':
      return t('store.missing');
    case 'blocked':
      return t('store.blocked');
    case 'failed':
      return t('store.failed', { reason: error.message });
  }
}

/** Why saving failed: the storage's words for a storage failure, the error's own otherwise (a refused decision says why). */
export function saveFailure(error: unknown, t: Translate, lang: Lang): string {
  return error instanceof LocalStoreError ? storeErrorText(error, t, lang) : error instanceof Error ? error.message : String(error);
}

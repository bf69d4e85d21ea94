import { useNotices } from '../../state/notice-store';
import type { MessageKey } from '../i18n/i18n';
import { useTranslate } from '../i18n/use-translate';

/**
 * Says which values of the address were corrected (an unknown indicator, a year without reports):
 * a link never quietly shows something other than what it names. Dismissable; a status, so a
 * screen reader hears it once.
 */
export function UrlNotice() {
  const { t } = useTranslate();
  const corrections = useNotices((state) => state.corrections);
  const dismiss = useNotices((state) => state.dismiss);
  if (corrections.length === 0) return null;
  return (
    <div className="url-notice" role="status" data-testid="url-notice">
      <strong>{t('notice.heading')}</strong>
      <ul>
        {corrections.map((correction) => (
          <li key={`${correction.key}=${correction.value}`}>
            {t(`notice.${correction.kind}`, { key: t(`urlKey.${correction.key}` as MessageKey), value: correction.value })}
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

import { DataLoadError } from '../../data/data-load-error';
import { useTranslate } from '../i18n/use-translate';

/**
 * A load failure, said precisely (missing vs corrupt) and local to the panel that needed the file;
 * `lead` says first what the page does without it.
 */
export function LoadError({ error, onRetry, lead }: { error: unknown; onRetry?: () => void; lead?: string }) {
  const { t } = useTranslate();
  const known = error instanceof DataLoadError ? error : null;
  return (
    <div className="load-error" role="alert">
      {lead ? <p>{lead}</p> : null}
      <p>{known ? t(`error.${known.kind}`) : t('error.unknown')}</p>
      {known ? <p className="muted">{t('errorFile', { url: known.url })}</p> : null}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  );
}

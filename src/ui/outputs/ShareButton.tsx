import { useEffect, useId, useRef, useState } from 'react';

import { useTranslate } from '../i18n/use-translate';

type ShareState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'fallback'; url: string };

/**
 * Copies the address of the current view (the URL holds the whole UI state, so the link shows the
 * same screen). Where the clipboard is unavailable (no permission, not a secure context), the link
 * is shown in a read-only field, selected, to copy by hand.
 */
export function ShareButton() {
  const { t } = useTranslate();
  const [state, setState] = useState<ShareState>({ kind: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  useEffect(() => {
    if (state.kind === 'fallback') {
      inputRef.current?.focus();
      inputRef.current?.select();
    }
    if (state.kind !== 'copied') return undefined;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 5000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const url = window.location.href;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'fallback', url });
    }
  };

  return (
    <div className="share">
      <button type="button" className="header-button" onClick={() => void copy()} title={t('shareLabel')}>
        {t('share')}
      </button>
      <p className="share-status" aria-live="polite" aria-atomic="true">
        {state.kind === 'copied' ? t('shareCopied') : ''}
      </p>
      {state.kind === 'fallback' ? (
        <div className="share-fallback">
          <label htmlFor={inputId}>{t('shareFallback')}</label>
          <input id={inputId} ref={inputRef} type="text" readOnly value={state.url} onFocus={(event) => event.currentTarget.select()} />
        </div>
      ) : null}
    </div>
  );
}

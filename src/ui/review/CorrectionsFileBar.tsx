import { useId, useRef, useState } from 'react';

import { useImportCorrections, useReviewDecisions } from '../../data/get-review-decisions';
import { downloadBlob } from '../download';
import { useTranslate } from '../use-translate';

/** The file name of a download: the date it was made, so successive downloads do not overwrite. */
export function correctionsFileName(now = new Date()): string {
  return `fazhi-atlas-corrections-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * The review decisions kept in this browser: how many, download them as a corrections file (for
 * `npm run extract -- --corrections`), import one (a colleague's, or one's own from another
 * browser). A file is imported whole or refused with its one-line reason.
 */
export function CorrectionsFileBar() {
  const { t } = useTranslate();
  const decisions = useReviewDecisions();
  const importing = useImportCorrections();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const count = decisions.data?.records.length ?? 0;

  return (
    <section className="review-box corrections-bar" aria-labelledby={`${inputId}-heading`} data-testid="corrections-bar">
      <h3 id={`${inputId}-heading`}>{t('review.fileHeading')}</h3>
      <p data-testid="corrections-count">{count > 0 ? t('review.stored', { n: count }) : t('review.storedNone')}</p>
      <div className="review-actions">
        <button
          type="button"
          disabled={count === 0}
          onClick={async () => {
            const records = decisions.data?.records ?? [];
            const { correctionsJson } = await import('../../data/corrections-file');
            downloadBlob(new Blob([correctionsJson(records.map((record) => record.decision))], { type: 'application/json' }), correctionsFileName());
          }}
        >
          {t('review.download')}
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          {t('review.import')}
        </button>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t('review.import')}
          data-testid="corrections-input"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            try {
              const result = await importing.mutateAsync({ fileName: file.name, text: await file.text() });
              setMessage({ text: t('review.imported', { file: result.fileName, n: result.decisions }), error: false });
            } catch (error) {
              setMessage({ text: t('review.importError', { file: file.name, message: (error as Error).message }), error: true });
            }
          }}
        />
      </div>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'form-error' : undefined}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

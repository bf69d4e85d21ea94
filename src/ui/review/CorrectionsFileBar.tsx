import { useId, useRef, useState } from 'react';

import { correctionsJson } from '../../data/corrections-file';
import { useReviewDecisions } from '../../data/get-review-decisions';
import { type ImportResult, type ImportStage, useImportCorrections } from '../../data/review-mutations';
import { formatNumber } from '../i18n/format';
import { type MessageKey, registerMessages } from '../i18n/i18n';
import { reviewMessages } from '../i18n/messages/review';
import { useTranslate } from '../i18n/use-translate';
import { downloadBlob } from '../outputs/download';
import { saveFailure } from './store-error-text';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(reviewMessages);

/** The file name of a download: the date it was made, so successive downloads do not overwrite. */
export function correctionsFileName(now = new Date()): string {
  return `fazhi-atlas-corrections-${now.toISOString().slice(0, 10)}.json`;
}

/** Lets the page paint what it was just told before a step that holds the main thread. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

const STAGE_MESSAGE: Record<ImportStage['step'], MessageKey> = {
  checking: 'review.importChecking',
  storing: 'review.importStoring',
  applying: 'review.importApplying',
};

export interface CorrectionsFileBarProps {
  /** Whether the data shown has a report of this id: an import says how many decisions apply to nothing here. */
  readonly hasReport?: (reportId: string) => boolean;
}

/**
 * The review decisions kept in this browser: how many, download them as a corrections file (for
 * `npm run extract -- --corrections`), import one (a colleague's, or one's own from another
 * browser). A file is imported whole or refused with its one-line reason; a large one says what
 * it is doing while it works, and the result says which decisions name reports not shown here.
 */
export function CorrectionsFileBar({ hasReport }: CorrectionsFileBarProps) {
  const { lang, t } = useTranslate();
  const decisions = useReviewDecisions();
  const importing = useImportCorrections();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const count = decisions.data?.records.length ?? 0;
  // Shows its own failure (a file the browser refuses to save).
  const downloadCorrections = () => {
    try {
      const records = decisions.data?.records ?? [];
      downloadBlob(
        new Blob([correctionsJson(records.map((record) => record.decision))], { type: 'application/json' }),
        correctionsFileName(),
      );
    } catch (error) {
      setMessage({ text: t('review.downloadError', { message: saveFailure(error, t, lang) }), error: true });
    }
  };
  const importFile = async (file: File) => {
    const count = (n: number) => formatNumber(n, lang);
    const onStage = async (stage: ImportStage) => {
      setMessage({
        text: t(STAGE_MESSAGE[stage.step], { file: file.name, n: 'decisions' in stage ? count(stage.decisions) : '' }),
        error: false,
      });
      await nextPaint();
    };
    try {
      setMessage({ text: t('review.importReading', { file: file.name }), error: false });
      const text = await file.text();
      const result = await importing.mutateAsync({ fileName: file.name, text, options: { hasReport, onStage } });
      setMessage({ text: importedText(result), error: false });
    } catch (error) {
      setMessage({ text: t('review.importError', { file: file.name, message: saveFailure(error, t, lang) }), error: true });
    }
  };
  const importedText = (result: ImportResult) => {
    const n = (value: number) => formatNumber(value, lang);
    if (result.alreadyStored) return t('review.importedAgain', { file: result.fileName, n: n(result.decisions) });
    const done = t('review.imported', { file: result.fileName, n: n(result.decisions) });
    if (result.unmatched.decisions === 0) return done;
    return [done, t('review.importedUnmatched', { n: n(result.unmatched.decisions), reports: n(result.unmatched.reports) })].join(
      lang === 'zh' ? '' : ' ',
    );
  };

  return (
    <section className="review-box corrections-bar" aria-labelledby={`${inputId}-heading`} data-testid="corrections-bar">
      <h3 id={`${inputId}-heading`}>{t('review.fileHeading')}</h3>
      <p data-testid="corrections-count">{count > 0 ? t('review.stored', { n: formatNumber(count, lang) }) : t('review.storedNone')}</p>
      <div className="review-actions">
        <button type="button" disabled={count === 0} onClick={downloadCorrections}>
          {t('review.download')}
        </button>
        <button type="button" disabled={importing.isPending} onClick={() => input.current?.click()}>
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
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            // Fire and forget: importFile reports its progress and its failure in the bar's message.
            if (file) void importFile(file);
          }}
        />
      </div>
      {message ? (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'form-error' : undefined}
          aria-busy={importing.isPending || undefined}
        >
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

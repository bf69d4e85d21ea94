import { useId, useRef, useState } from 'react';

import { citationBibtex, type CitationInput, citationText } from '../../data/citation';
import { useTranslate } from '../i18n/use-translate';

/** Today as YYYY-MM-DD in the reader's own time zone: the day of access a citation gives. */
export function accessDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** One form of the citation with a button that copies it (or, without a clipboard, selects it to copy by hand). */
function CopyableBlock({ heading, text, testId, lang }: { heading: string; text: string; testId: string; lang?: string }) {
  const { t } = useTranslate();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const block = useRef<HTMLPreElement>(null);
  const headingId = useId();
  const what = heading;
  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      const selection = window.getSelection();
      if (block.current && selection) {
        const range = document.createRange();
        range.selectNodeContents(block.current);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      setStatus('failed');
    }
  };
  return (
    <div className="citation-block">
      <div className="citation-head">
        <h4 id={headingId}>{heading}</h4>
        <button type="button" onClick={() => void copy()} aria-label={t('cite.copyLabel', { what })} data-testid={`${testId}-copy`}>
          {t('cite.copy')}
        </button>
        <span className="muted small" role="status">
          {status === 'copied' ? t('cite.copied', { what }) : status === 'failed' ? t('cite.copyFailed', { what }) : ''}
        </span>
      </div>
      <pre ref={block} className="citation-text" aria-labelledby={headingId} lang={lang} data-testid={testId} tabIndex={0}>
        {text}
      </pre>
    </div>
  );
}

/** How to cite the data (or one indicator of it): plain text in the page's language and BibTeX, each with a copy button. */
export function Citation({ input }: { input: CitationInput }) {
  const { lang, t } = useTranslate();
  return (
    <div className="citation">
      <CopyableBlock heading={t('cite.text')} text={citationText(input, lang)} testId="citation-text" />
      <CopyableBlock heading={t('cite.bibtex')} text={citationBibtex(input)} testId="citation-bibtex" lang="en" />
    </div>
  );
}

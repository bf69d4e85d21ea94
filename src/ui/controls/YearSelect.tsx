import { useId } from 'react';

import { type Dataset, defaultYear } from '../../data/dataset';
import { LATEST, type YearChoice } from '../../state/url-state';
import { useTranslate } from '../i18n/use-translate';

/**
 * The year compared, as one labelled select: the default year first (the latest in which the most
 * places report, written as the empty value so the URL stays short), then each year newest first,
 * then each place's latest report as an explicit choice. The default year is listed a second time
 * only when it was chosen explicitly, so that the select shows what the URL says.
 */
export function YearSelect({
  dataset,
  value,
  onChange,
  fallbackYear,
}: {
  dataset: Dataset;
  value: YearChoice | null;
  onChange: (year: YearChoice | null) => void;
  /** A view's own default year and how to say it (the briefing's: the latest its places report); the data's default otherwise. */
  fallbackYear?: { readonly year: number; readonly label: string };
}) {
  const { t } = useTranslate();
  const id = useId();
  const fallback = fallbackYear?.year ?? defaultYear(dataset);
  return (
    <div className="field">
      <label htmlFor={id}>{t('year')}</label>
      <select
        id={id}
        value={value === null ? '' : String(value)}
        onChange={(event) => {
          const chosen = event.target.value;
          onChange(chosen === '' ? null : chosen === LATEST ? LATEST : Number(chosen));
        }}
      >
        {fallback !== null ? <option value="">{fallbackYear?.label ?? t('defaultYearOption', { year: fallback })}</option> : null}
        {[...dataset.years]
          .reverse()
          .filter((option) => option !== fallback || value === option)
          .map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        <option value={LATEST}>{t('latestYearOption')}</option>
      </select>
    </div>
  );
}

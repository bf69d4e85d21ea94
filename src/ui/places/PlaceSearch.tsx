import { useId } from 'react';

import { useTranslate } from '../i18n/use-translate';

/**
 * A search box for places: Chinese name, pinyin or initials ("高陵", "gaoling", "gl"). The view
 * loads pinyin once the box is used (`usePinyin(query !== '')`), so typing in Latin letters
 * matches as soon as it arrives.
 */
export function PlaceSearch({
  value,
  onChange,
  label,
  controls,
}: {
  value: string;
  onChange: (value: string) => void;
  /** What is searched, for the label. */
  label: string;
  /** Id of the list or table the box filters. */
  controls?: string;
}) {
  const { t } = useTranslate();
  const id = useId();
  return (
    <div className="field place-search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder={t('searchPlaceholder')}
        aria-controls={controls}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

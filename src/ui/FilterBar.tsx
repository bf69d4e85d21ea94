import { useId } from 'react';

import type { Dataset } from '../data/dataset';
import { useUi } from '../state/ui-store';
import { BODY_FILTERS, type Level } from '../state/url-state';
import { ReviewedOnlyFilter } from './review/ReviewedOnlyFilter';
import { useTranslate } from './use-translate';

/**
 * Year, level, issuing body and province filters, read from and written to the UI store (so the
 * URL). Level comes first and as buttons: comparing a town with a county is rarely fair.
 */
export function FilterBar({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslate();
  const year = useUi((state) => state.year);
  const province = useUi((state) => state.province);
  const level = useUi((state) => state.level);
  const body = useUi((state) => state.body);
  const setYear = useUi((state) => state.setYear);
  const setProvince = useUi((state) => state.setProvince);
  const setLevel = useUi((state) => state.setLevel);
  const setBody = useUi((state) => state.setBody);
  const yearId = useId();
  const provinceId = useId();
  const levelName = useId();
  const bodyName = useId();

  const levels: (Level | null)[] = [null, ...dataset.levels];
  return (
    <div className="filter-bar" role="group" aria-label={t('filtersLegend')}>
      <fieldset className="segmented">
        <legend>{t('level')}</legend>
        {levels.map((option) => (
          <label key={option ?? 'all'} className={option === level ? 'segment segment-on' : 'segment'}>
            <input
              type="radio"
              name={levelName}
              value={option ?? ''}
              checked={option === level}
              onChange={() => setLevel(option)}
            />
            {option === null ? t('allLevels') : t(`level.${option}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend>{t('body')}</legend>
        {BODY_FILTERS.map((option) => (
          <label key={option} className={option === body ? 'segment segment-on' : 'segment'}>
            <input
              type="radio"
              name={bodyName}
              value={option}
              checked={option === body}
              onChange={() => setBody(option)}
            />
            {t(`body.${option}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={yearId}>{t('year')}</label>
        <select
          id={yearId}
          value={year === null ? '' : String(year)}
          onChange={(event) => setYear(event.target.value === '' ? null : Number(event.target.value))}
        >
          <option value="">{t('latestYear')}</option>
          {[...dataset.years].reverse().map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={provinceId}>{t('province')}</label>
        <select
          id={provinceId}
          value={province ?? ''}
          onChange={(event) => setProvince(event.target.value === '' ? null : event.target.value)}
        >
          <option value="">{t('allProvinces')}</option>
          {dataset.provinces.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <ReviewedOnlyFilter />
    </div>
  );
}

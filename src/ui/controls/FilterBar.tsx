import { useId } from 'react';

import type { Dataset } from '../../data/dataset';
import { useFilters } from '../../state/ui-store';
import { BODY_FILTERS, type Level } from '../../state/url-state';
import { useTranslate } from '../i18n/use-translate';
import { ReviewedOnlyFilter } from '../review/ReviewedOnlyFilter';
import { YearSelect } from './YearSelect';

export interface FilterBarProps {
  readonly dataset: Dataset;
  /**
   * The "per 10,000 residents" toggle, where the view offers it: `available` is false for an
   * indicator that is not a count (the toggle is then disabled and says why).
   */
  readonly perCapita?: { readonly available: boolean };
}

/**
 * Level, issuing body, year, province and city filters, read from and written to the UI store (so
 * the URL). Level comes first and as buttons: comparing a town with a county is rarely fair. The
 * year opens on the default year (the latest in which the most places report); each place's latest
 * report is an explicit choice.
 */
export function FilterBar({ dataset, perCapita }: FilterBarProps) {
  const { t } = useTranslate();
  const filters = useFilters();
  const provinceId = useId();
  const cityId = useId();
  const levelName = useId();
  const bodyName = useId();
  const perCapitaId = useId();
  const cities = dataset.cities.filter((city) => filters.province === null || city.province === filters.province);

  const levels: (Level | null)[] = [null, ...dataset.levels];
  return (
    <div className="filter-bar" role="group" aria-label={t('filtersLegend')}>
      <fieldset className="segmented">
        <legend>{t('level')}</legend>
        {levels.map((option) => (
          <label key={option ?? 'all'} className={option === filters.level ? 'segment segment-on' : 'segment'}>
            <input
              type="radio"
              name={levelName}
              value={option ?? ''}
              checked={option === filters.level}
              onChange={() => filters.setLevel(option)}
            />
            {option === null ? t('allLevels') : t(`level.${option}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend>{t('body')}</legend>
        {BODY_FILTERS.map((option) => (
          <label key={option} className={option === filters.body ? 'segment segment-on' : 'segment'}>
            <input type="radio" name={bodyName} value={option} checked={option === filters.body} onChange={() => filters.setBody(option)} />
            {t(`body.${option}`)}
          </label>
        ))}
      </fieldset>
      <YearSelect dataset={dataset} value={filters.year} onChange={filters.setYear} />
      <div className="field">
        <label htmlFor={provinceId}>{t('province')}</label>
        <select
          id={provinceId}
          value={filters.province ?? ''}
          onChange={(event) => filters.setProvince(event.target.value === '' ? null : event.target.value)}
        >
          <option value="">{t('allProvinces')}</option>
          {dataset.provinces.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={cityId}>{t('city')}</label>
        <select
          id={cityId}
          className="city-select"
          value={filters.city ?? ''}
          onChange={(event) => filters.setCity(event.target.value === '' ? null : event.target.value)}
        >
          <option value="">{t('allCities')}</option>
          {cities.map((option) => (
            <option key={`${option.province}|${option.name}`} value={option.name}>
              {option.name}
              {filters.province === null && option.province ? ` (${option.province})` : ''}
            </option>
          ))}
        </select>
      </div>
      {perCapita ? (
        <div className="field field-check">
          <input
            id={perCapitaId}
            type="checkbox"
            checked={filters.perCapita && perCapita.available}
            disabled={!perCapita.available}
            onChange={(event) => filters.setPerCapita(event.target.checked)}
          />
          <label htmlFor={perCapitaId}>
            {t('perCapitaToggle')}
            {perCapita.available ? null : <span className="muted small"> {t('perCapitaUnavailable')}</span>}
          </label>
        </div>
      ) : null}
      <ReviewedOnlyFilter />
    </div>
  );
}

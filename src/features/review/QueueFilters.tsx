import { type ReactNode, useId } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { type Dataset, groupIndicatorsByTheme } from '../../data/dataset';
import { REVIEW_RISKS } from '../../lib/review-vocabulary';
import { useUi } from '../../state/ui-store';
import {
  ANY_RISK,
  BODY_FILTERS,
  type BodyFilter,
  type Level,
  QUEUE_STATUSES,
  type QueueStatus,
  type RiskFilter,
} from '../../state/url-state';
import { registerMessages } from '../../ui/i18n/i18n';
import { reviewMessages } from '../../ui/i18n/messages/review';
import { useTranslate } from '../../ui/i18n/use-translate';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(reviewMessages);

function Select({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}

/**
 * The review queue's own filters, all in the address: year, indicator, province, level, body,
 * risk and status. Its year defaults to every year (the shared filter bar's default year is a
 * comparison's choice: a reviewer checks every year's values), so it is a select of its own.
 */
export function QueueFilters({ dataset }: { dataset: Dataset }) {
  const { lang, t } = useTranslate();
  const ui = useUi(
    useShallow((state) => ({
      year: state.year,
      indicator: state.indicator,
      province: state.province,
      level: state.level,
      body: state.body,
      risk: state.risk,
      queueStatus: state.queueStatus,
      setYear: state.setYear,
      setQueueIndicator: state.setQueueIndicator,
      setProvince: state.setProvince,
      setLevel: state.setLevel,
      setBody: state.setBody,
      setRisk: state.setRisk,
      setQueueStatus: state.setQueueStatus,
      clearQueueFilters: state.clearQueueFilters,
    })),
  );
  const filtered =
    typeof ui.year === 'number' ||
    ui.indicator !== null ||
    ui.province !== null ||
    ui.level !== null ||
    ui.body !== 'all' ||
    ui.risk !== null ||
    ui.queueStatus !== 'open';
  return (
    <div className="filter-bar queue-filters" role="group" aria-label={t('review.filters')} data-testid="queue-filters">
      <Select
        label={t('year')}
        value={typeof ui.year === 'number' ? String(ui.year) : ''}
        onChange={(value) => ui.setYear(value === '' ? null : Number(value))}
      >
        <option value="">{t('review.filter.allYears')}</option>
        {[...dataset.years].reverse().map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </Select>
      <Select label={t('indicator')} value={ui.indicator ?? ''} onChange={(value) => ui.setQueueIndicator(value === '' ? null : value)}>
        <option value="">{t('review.filter.allIndicators')}</option>
        {groupIndicatorsByTheme(dataset.indicators).map((group) => (
          <optgroup key={group.theme} label={group.themeLabel[lang]}>
            {group.indicators.map((indicator) => (
              <option key={indicator.id} value={indicator.id}>
                {indicator.label[lang]}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
      <Select label={t('province')} value={ui.province ?? ''} onChange={(value) => ui.setProvince(value === '' ? null : value)}>
        <option value="">{t('allProvinces')}</option>
        {dataset.provinces.map((province) => (
          <option key={province} value={province}>
            {province}
          </option>
        ))}
      </Select>
      <Select label={t('level')} value={ui.level ?? ''} onChange={(value) => ui.setLevel(value === '' ? null : (value as Level))}>
        <option value="">{t('allLevels')}</option>
        {dataset.levels.map((level) => (
          <option key={level} value={level}>
            {t(`level.${level}`)}
          </option>
        ))}
      </Select>
      <Select label={t('body')} value={ui.body} onChange={(value) => ui.setBody(value as BodyFilter)}>
        {BODY_FILTERS.map((body) => (
          <option key={body} value={body}>
            {t(`body.${body}`)}
          </option>
        ))}
      </Select>
      <Select
        label={t('review.filter.risk')}
        value={ui.risk ?? ''}
        onChange={(value) => ui.setRisk(value === '' ? null : (value as RiskFilter))}
      >
        <option value="">{t('review.filter.allRisks')}</option>
        <option value={ANY_RISK}>{t('review.filter.anyRisk')}</option>
        {REVIEW_RISKS.map((risk) => (
          <option key={risk} value={risk}>
            {t(`review.risk.${risk}`)}
          </option>
        ))}
      </Select>
      <Select label={t('review.filter.status')} value={ui.queueStatus} onChange={(value) => ui.setQueueStatus(value as QueueStatus)}>
        {QUEUE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`review.filter.status.${status}`)}
          </option>
        ))}
      </Select>
      {filtered ? (
        <button type="button" className="queue-filters-clear" onClick={ui.clearQueueFilters}>
          {t('review.filter.clear')}
        </button>
      ) : null}
    </div>
  );
}

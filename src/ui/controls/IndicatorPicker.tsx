import { useId, useMemo } from 'react';

import { type Dataset, groupIndicatorsByTheme, indicatorCoverage } from '../../data/dataset';
import type { IndicatorEntry } from '../../data/schema';
import { useTranslate } from '../i18n/use-translate';
import { DefinitionTip } from '../values/DefinitionTip';

export interface IndicatorPickerProps {
  readonly dataset: Dataset;
  readonly indicator: IndicatorEntry;
  readonly onChange: (indicatorId: string) => void;
}

/**
 * A native select (keyboard and phone friendly) grouped by theme, headline indicators first and
 * starred, each with how many jurisdictions report it, plus the definition tip of the chosen one.
 * Indicators no place reports are listed apart, after the others: picking one draws nothing.
 */
export function IndicatorPicker({ dataset, indicator, onChange }: IndicatorPickerProps) {
  const { lang, t } = useTranslate();
  const id = useId();
  const total = dataset.index.jurisdictions.length;
  const { groups, unreported } = useMemo(() => {
    const withCoverage = groupIndicatorsByTheme(dataset.indicators).map((group) => ({
      ...group,
      indicators: group.indicators.map((entry) => ({ entry, coverage: indicatorCoverage(dataset, entry.id) })),
    }));
    return {
      groups: withCoverage
        .map((group) => ({ ...group, indicators: group.indicators.filter((item) => item.coverage > 0) }))
        .filter((group) => group.indicators.length > 0),
      unreported: withCoverage.flatMap((group) => group.indicators.filter((item) => item.coverage === 0)),
    };
  }, [dataset]);
  return (
    <div className="field indicator-picker">
      <label htmlFor={id}>{t('indicator')}</label>
      <div className="indicator-picker-row">
        <select id={id} value={indicator.id} onChange={(event) => onChange(event.target.value)}>
          {groups.map((group) => (
            <optgroup key={group.theme} label={group.themeLabel[lang]}>
              {group.indicators.map(({ entry, coverage }) => (
                <option key={entry.id} value={entry.id} title={entry.definition[lang]}>
                  {entry.headline ? '★ ' : ''}
                  {entry.label[lang]} ({t('reportingCount', { n: coverage, total })})
                </option>
              ))}
            </optgroup>
          ))}
          {unreported.length > 0 ? (
            <optgroup label={t('indicatorsUnreported', { n: unreported.length })}>
              {unreported.map(({ entry }) => (
                <option key={entry.id} value={entry.id} title={entry.definition[lang]}>
                  {entry.label[lang]} ({t('reportingCount', { n: 0, total })})
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
        <DefinitionTip indicator={indicator} />
      </div>
    </div>
  );
}

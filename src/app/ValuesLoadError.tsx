import type { Dataset } from '../data/dataset';
import type { IndicatorEntry } from '../data/schema';
import { useUi } from '../state/ui-store';
import { IndicatorPicker } from '../ui/controls/IndicatorPicker';
import { useTranslate } from '../ui/i18n/use-translate';
import { LoadError } from '../ui/page/LoadError';

export interface ValuesLoadErrorProps {
  /** The catalogue, which did load: it lists the other indicators. */
  readonly base: Dataset;
  readonly failed: readonly { readonly indicator: IndicatorEntry; readonly error: unknown }[];
  readonly onRetry: () => void;
  /** Whether the view draws one indicator (compare, trend): then another can be picked here. */
  readonly canPickAnother: boolean;
}

/**
 * A view whose indicator's value file failed (missing, corrupt) while the catalogue loaded: the
 * page names that indicator and its file, never the index, and, where the view draws one
 * indicator, offers the others, so one bad file does not blank the landing page.
 */
export function ValuesLoadError({ base, failed, onRetry, canPickAnother }: ValuesLoadErrorProps) {
  const { lang, t } = useTranslate();
  const selectIndicator = useUi((state) => state.selectIndicator);
  const first = failed[0];
  if (!first) return null;
  const names = failed.map((item) => item.indicator.label[lang]).join(lang === 'zh' ? '、' : ', ');
  return (
    <section className="values-load-error" aria-label={t('valuesErrorHeading')}>
      <LoadError lead={t('valuesError', { names })} error={first.error} onRetry={onRetry} />
      {canPickAnother && base.indicators.length > 1 ? (
        <>
          <p>{t('valuesErrorPickAnother')}</p>
          <IndicatorPicker dataset={base} indicator={first.indicator} onChange={selectIndicator} />
        </>
      ) : null}
    </section>
  );
}

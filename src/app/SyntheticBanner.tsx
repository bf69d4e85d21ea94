import { type Dataset, syntheticReportCount } from '../data/dataset';
import { formatNumber } from '../ui/i18n/format';
import { useTranslate } from '../ui/i18n/use-translate';

/** Said above every view while the data holds generated reports: their numbers are nobody's real figures. */
export function SyntheticBanner({ dataset }: { readonly dataset: Dataset }) {
  const { lang, t } = useTranslate();
  const count = syntheticReportCount(dataset);
  if (count === 0) return null;
  return (
    <p className="synthetic-banner" role="note" data-testid="synthetic-banner">
      {t('synthetic.banner', { n: formatNumber(count, lang) })}
    </p>
  );
}

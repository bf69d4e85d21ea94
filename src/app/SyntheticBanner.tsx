import { type Dataset, syntheticReportCount } from '../data/dataset';
import { formatNumber } from '../ui/format';
import { useTranslate } from '../ui/use-translate';

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

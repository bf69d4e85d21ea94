import type { Dataset } from '../data/dataset';
import { useUi } from '../state/ui-store';
import { formatNumber } from '../ui/i18n/format';
import { useTranslate } from '../ui/i18n/use-translate';
import { StateLink } from '../ui/page/StateLink';

/**
 * Said where a township-level view of a national dataset would need every province's townships
 * (tens of thousands of places): they load one province at a time, so the page asks for one and
 * offers each, rather than drawing nothing or, worse, every place as not reported.
 */
export function TownsNeedProvince({ dataset }: { readonly dataset: Dataset }) {
  const { lang, t } = useTranslate();
  const setProvince = useUi((state) => state.setProvince);
  const parts = dataset.loadedParts;
  if (!parts?.townsNeedProvince) return null;
  const total = parts.townProvinces.reduce((sum, entry) => sum + entry.reports, 0);
  return (
    <section className="towns-need-province notice" aria-labelledby="towns-need-province">
      <p id="towns-need-province" role="status">
        {t('towns.needProvince', { reports: formatNumber(total, lang) })}
      </p>
      <ul aria-label={t('towns.provincesLabel')} className="chip-list">
        {parts.townProvinces.map((entry) => (
          <li key={entry.province}>
            <StateLink to={{ province: entry.province }} onNavigate={() => setProvince(entry.province)}>
              {entry.province} ({formatNumber(entry.reports, lang)})
            </StateLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

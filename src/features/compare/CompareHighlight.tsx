import { type Dataset, jurisdictionName } from '../../data/dataset';
import { useUi } from '../../state/ui-store';
import { useTranslate } from '../../ui/i18n/use-translate';
import { PlaceChooser } from '../../ui/places/PlaceChooser';
import { HIGHLIGHT_MARK } from './build-compare-option';
import type { CompareState } from './compare-state';

/**
 * Places to pick out of the comparison (URL key `j`, the places chosen in every view): starred
 * and outlined in the chart, marked in the table, and where each stands said here — its rank, or
 * why it has no bar — so that a place is found without paging through thousands of rows.
 */
export function CompareHighlight({ dataset, state }: { dataset: Dataset; state: CompareState }) {
  const { lang, t } = useTranslate();
  const chosen = useUi((s) => s.jurisdictions);
  const setJurisdictions = useUi((s) => s.setJurisdictions);
  const rows = new Map([...state.reported, ...state.noPopulation, ...state.notReported].map((row) => [row.jurisdiction.id, row]));
  const standing = (id: string): string => {
    const row = rows.get(id);
    if (!row) return t('compare.highlightOutside');
    if (!row.report) return t('noReportThatYear');
    if (!row.value) return t('notReported');
    return row.peer?.rank != null ? t('rankOf', { rank: row.peer.rank, n: row.peer.reporting }) : t('compare.highlightNoRank');
  };
  return (
    <div className="compare-highlight">
      <PlaceChooser dataset={dataset} selected={chosen} onChange={setJurisdictions} label={t('compare.highlight')} />
      {chosen.length > 0 ? (
        <ul className="compare-highlight-list" aria-label={t('compare.highlighted')} data-testid="compare-highlighted">
          {chosen.map((id) => (
            <li key={id}>
              <span aria-hidden="true">{HIGHLIGHT_MARK} </span>
              {jurisdictionName(dataset.jurisdictionById.get(id), id)}
              {lang === 'zh' ? ':' : ': '}
              <span className="muted">{standing(id)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

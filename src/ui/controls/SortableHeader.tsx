import type { SortKey, SortState } from '../../state/url-state';
import { useTranslate } from '../i18n/use-translate';

/**
 * A column header that sorts its table: a button inside the `<th>`, the order said by `aria-sort`
 * (and an arrow for the eye). A first click sorts the column in its natural direction
 * (`descendingFirst` for numbers: the largest first), a second click reverses it.
 */
export function SortableHeader({
  column,
  label,
  sort,
  onSort,
  descendingFirst = false,
  className,
}: {
  column: SortKey;
  label: string;
  /** The table's sort now. */
  sort: SortState;
  onSort: (sort: SortState) => void;
  descendingFirst?: boolean;
  className?: string;
}) {
  const { t } = useTranslate();
  const active = sort.key === column;
  const next: SortState = active ? { key: column, descending: !sort.descending } : { key: column, descending: descendingFirst };
  return (
    <th scope="col" className={className} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(next)} title={t('sortBy', { column: label })}>
        {label}
        <span aria-hidden="true" className="sort-arrow">
          {active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}
        </span>
      </button>
    </th>
  );
}

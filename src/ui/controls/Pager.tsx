import { formatNumber } from '../i18n/format';
import { useTranslate } from '../i18n/use-translate';
import type { PageWindow } from './paging';

/**
 * Says which slice of a long list is shown ("items 1–100 of 2,812") and moves between pages with
 * real buttons (keyboard reachable; a button that cannot act is disabled, not hidden). Nothing is
 * dropped silently: the total is always said.
 */
export function Pager({
  window: shown,
  onPage,
  label,
  testId,
}: {
  window: PageWindow;
  onPage: (page: number) => void;
  /** What the pager pages, for screen readers. */
  label: string;
  testId?: string;
}) {
  const { lang, t } = useTranslate();
  const status = t('pagerShowing', {
    from: formatNumber(shown.total === 0 ? 0 : shown.start + 1, lang),
    to: formatNumber(shown.end, lang),
    total: formatNumber(shown.total, lang),
  });
  const first = shown.page === 0;
  const last = shown.page >= shown.pages - 1;
  return (
    <nav className="pager" aria-label={label} data-testid={testId}>
      <span className="pager-status" aria-live="polite">
        {status}
      </span>
      {shown.pages > 1 ? (
        <span className="pager-buttons">
          <button type="button" disabled={first} onClick={() => onPage(0)}>
            {t('pagerFirst')}
          </button>
          <button type="button" disabled={first} onClick={() => onPage(shown.page - 1)}>
            {t('pagerPrevious')}
          </button>
          <span className="muted">{t('pagerPage', { page: shown.page + 1, pages: shown.pages })}</span>
          <button type="button" disabled={last} onClick={() => onPage(shown.page + 1)}>
            {t('pagerNext')}
          </button>
          <button type="button" disabled={last} onClick={() => onPage(shown.pages - 1)}>
            {t('pagerLast')}
          </button>
        </span>
      ) : null}
    </nav>
  );
}

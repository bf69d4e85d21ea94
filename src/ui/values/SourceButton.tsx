import type { ReactNode } from 'react';

import { uiStore } from '../../state/ui-store';
import { useTranslate } from '../i18n/use-translate';

/**
 * The button that opens a value's source (the drill-down), as every table cell and list shows it.
 * Its accessible name says whose value it opens ("查看 嘉祥县 2023 年“法律援助案件”数值的来源"). With
 * `children` (a cell showing the value itself) the words follow the value, hidden from the eye,
 * so that the name still begins with what is seen.
 */
export function SourceButton({
  source,
  label,
  children,
  className = 'link-button',
}: {
  /** `<reportId>/<extractionId>`. */
  source: string;
  /** Whose value it opens, in words (default: 查看来源). */
  label?: string;
  /** What the button shows instead of 查看来源 (the value). */
  children?: ReactNode;
  className?: string;
}) {
  const { t } = useTranslate();
  // The action is read when clicked: a subscription per button (a table has a hundred) for a
  // function that never changes was a cost on every change of the UI state.
  const openSource = () => uiStore.getState().openSource(source);
  if (children) {
    return (
      <button type="button" className={className} onClick={openSource}>
        {children} <span className="visually-hidden">{label ?? t('openSource')}</span>
      </button>
    );
  }
  return (
    <button type="button" className={className} aria-label={label} onClick={openSource}>
      {t('openSource')}
    </button>
  );
}

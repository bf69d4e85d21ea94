import { useId } from 'react';

import { useUi } from '../../state/ui-store';
import { useTranslate } from '../i18n/use-translate';

/**
 * "Reviewed values only" (URL `reviewed=only`): the views then show only values a person signed
 * off (已核实, 已更正, 人工添加); the others are counted as filtered out, never as not reported.
 */
export function ReviewedOnlyFilter() {
  const { t } = useTranslate();
  const reviewedOnly = useUi((state) => state.reviewedOnly);
  const setReviewedOnly = useUi((state) => state.setReviewedOnly);
  const id = useId();
  return (
    <div className="field field-check">
      <input
        id={id}
        type="checkbox"
        checked={reviewedOnly}
        onChange={(event) => setReviewedOnly(event.target.checked)}
        data-testid="reviewed-only"
        aria-describedby={reviewedOnly ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{t('review.filter')}</label>
      {reviewedOnly ? (
        <span id={`${id}-hint`} className="visually-hidden">
          {t('review.filterHint')}
        </span>
      ) : null}
    </div>
  );
}

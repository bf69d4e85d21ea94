import type { ReviewMark } from '../../data/schema';
import { useTranslate } from '../i18n/use-translate';
import { reviewLines, reviewOriginalText, reviewStatusLabel } from './review-text';

/**
 * A value's review status wherever the value is shown: 已核实, 已更正 (the extractor's original on
 * hover, and spelled out for screen readers), 人工添加, or 已否决 in the reader. Nothing for a value
 * nobody reviewed. The status comes from the data (src/data/apply-review.ts), never from the view.
 */
export function ReviewStatusBadge({ review, unit = '' }: { review: ReviewMark | undefined; unit?: string }) {
  const { lang, t } = useTranslate();
  if (!review) return null;
  const original = reviewOriginalText(review, unit, lang);
  return (
    <span
      className={`badge badge-review badge-review-${review.status}`}
      title={reviewLines(review, unit, lang).join('\n')}
      data-testid="review-badge"
      data-status={review.status}
    >
      {reviewStatusLabel(review, lang)}
      {original ? <span className="visually-hidden"> ({t('review.badgeOriginal', { original })})</span> : null}
    </span>
  );
}

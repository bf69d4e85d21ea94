import type { ReviewMark } from '../../data/schema';
import { formatValueWithUnit } from '../i18n/format';
import { registerMessages } from '../i18n/i18n';
import { reviewMessages } from '../i18n/messages/review';
import { useTranslate } from '../i18n/use-translate';
import { ReviewStatusBadge } from './ReviewStatusBadge';

// Words of a chunk of their own, registered where they are used (src/ui/i18n/i18n.ts).
registerMessages(reviewMessages);

/**
 * The review of one value as the drill-down lists it (terms and descriptions of a `<dl>`): status,
 * the extractor's original for a corrected value, who decided and when, and the note.
 */
export function ReviewFacts({ review, unit }: { review: ReviewMark | undefined; unit: string }) {
  const { lang, t } = useTranslate();
  return (
    <>
      <dt>{t('review.drillStatus')}</dt>
      <dd data-testid="drill-review">
        {review ? <ReviewStatusBadge review={review} unit={unit} /> : <span className="muted">{t('review.unreviewed')}</span>}
      </dd>
      {review?.original ? (
        <>
          <dt>{t('review.drillOriginal')}</dt>
          <dd data-testid="drill-original">
            <s>{formatValueWithUnit(review.original.value, review.original.qualifier, unit, lang)}</s>
          </dd>
        </>
      ) : null}
      {review ? (
        <>
          <dt>{t('review.drillReviewer')}</dt>
          <dd>
            {review.reviewer} <span className="muted">{review.reviewedAt.slice(0, 16).replace('T', ' ')}</span>
          </dd>
        </>
      ) : null}
      {review?.note ? (
        <>
          <dt>{t('review.drillNote')}</dt>
          <dd>{review.note}</dd>
        </>
      ) : null}
    </>
  );
}
